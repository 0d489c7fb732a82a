#pragma once

#include "core/clustering/clusterset.h"
#include "core/history/historystore.h"
#include "core/pipeline/runpipeline.h"
#include "core/pipeline/worklogimport.h"
#include "core/triage/rules.h"
#include "core/util/error.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace gardener {
class LogStore;
}

namespace gardener::pipeline {

// What the window has open when it asks for a worklog: shares of immutable data, so the worker
// reads them while the window goes on (a new load replaces them instead of changing them).
struct WorklogRequest
{
    std::shared_ptr<const LogStore> store;
    clustering::ClusterSet clusters;
    triage::RuleSet rules;
    QString source;  // what was opened, for the run's inputs
    QString dataKey; // the data's identity: the same export again updates its run
    QString worklogDir;
};

// Writes the window's worklog and records its run and issue links in the history, on the
// window's worker pool, never on the UI thread. Each piece of work opens its own connection to
// the history file on the thread it runs on (a QSqlDatabase is never shared between threads)
// and history writes run one at a time. A result reaches `done` on the thread the job lives on
// (the UI thread), and only while `context` still exists: a closed window gets nothing.
// Errors come back as values (Error: where and what). The destructor waits for running work.
class WorklogJob final : public QObject
{
    Q_OBJECT
public:
    // `historyPath` empty: no history; worklogs are written, nothing is recorded.
    explicit WorklogJob(QString historyPath, QObject *parent = nullptr);
    ~WorklogJob() override;

    // The file of an open store; call on the store's thread (its connection lives there).
    static QString pathOf(const history::HistoryStore &history);

    QString historyPath() const { return m_historyPath; }
    bool isBusy() const { return m_running > 0; }

    using WriteDone = std::function<void(const Result<RecordedRun> &)>;
    using LinkDone = std::function<void(const Result<void> &)>;
    using ImportDone = std::function<void(const Result<ImportOutcome> &)>;

    // Triage against history, the worklog file and the history record, on a worker thread.
    void write(WorklogRequest request, QObject *context, WriteDone done);
    // Saves the link of an issue just posted, on a worker thread.
    void linkIssue(history::IssueLink link, QObject *context, LinkDone done);
    // Reads the worklog file at `path` (whose reader gave `worklog`) and joins it to the
    // history (importWorklog), on a worker thread. Without a history: an error saying so.
    void importFile(worklog::WorklogData worklog, QString path, QObject *context, ImportDone done);

    // The synchronous work of write(), on the calling thread, which must own `history`'s
    // connection (null: no history). The worker runs exactly this.
    static Result<RecordedRun> writeNow(const WorklogRequest &request,
                                        history::HistoryStore *history, const RunLog &log = {});
    // The link of an issue just created for a cluster of `set`, with the cluster's member
    // templates so a later run that regroups them still finds the issue.
    static history::IssueLink createdIssueLink(const clustering::ClusterSet &set,
                                               const QString &fingerprint, int issue,
                                               const QString &url);

Q_SIGNALS:
    // Emitted from the worker thread as the work goes ("worklog written to …"); a receiver
    // connected with a context object gets it on that object's thread.
    void progress(const QString &line);
    // On the job's thread, after a write or a link finished (success or not), callbacks done.
    void busyChanged(bool busy);
    void finished();

private:
    // Runs `work` on the pool with this thread's own history (or null), serialised with the
    // other history work, and hands its result to `done` on the job's thread.
    template <typename R>
    void start(std::function<R(history::HistoryStore *)> work, QObject *context,
               std::function<void(const R &)> done);
    void settle();

    QString m_historyPath;
    int m_running = 0;
    QList<QFuture<void>> m_workers;
    std::mutex m_historyLock; // one history writer at a time, across pieces of work
};

} // namespace gardener::pipeline
