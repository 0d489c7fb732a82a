#include "core/pipeline/worklogjob.h"

#include "core/logs/logstore.h"
#include "core/logs/logsummary.h"
#include "core/triage/clustertriage.h"
#include "core/util/workerpool.h"
#include "core/worklog/worklogreader.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QtConcurrent>

#include <utility>

namespace gardener::pipeline {

WorklogJob::WorklogJob(QString historyPath, QObject *parent)
    : QObject(parent), m_historyPath(std::move(historyPath))
{
}

WorklogJob::~WorklogJob()
{
    // The workers post to this object; it must outlive them. Their posted results are dropped
    // with it, so no callback runs after this.
    for (auto &worker : m_workers)
        worker.waitForFinished();
}

QString WorklogJob::pathOf(const history::HistoryStore &history)
{
    return QSqlDatabase::database(history.connectionName(), false).databaseName();
}

template <typename R>
void WorklogJob::start(std::function<R(history::HistoryStore *)> work, QObject *context,
                       std::function<void(const R &)> done)
{
    m_workers.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
    // Made and read on this thread only; the worker merely carries it back.
    auto reply = std::make_shared<std::pair<QPointer<QObject>, std::function<void(const R &)>>>(
        context, std::move(done));
    m_workers << QtConcurrent::run(&workerPool(), [this, work = std::move(work), reply] {
        lowerWorkerPriority();
        std::optional<R> result;
        {
            const std::lock_guard lock(m_historyLock);
            history::HistoryStore history; // this thread's own connection, closed here
            if (m_historyPath.isEmpty()) {
                result = work(nullptr);
            } else if (auto opened = history.open(m_historyPath); !opened) {
                result = R(tl::unexpected(opened.error()));
            } else {
                result = work(&history);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, reply, value = std::move(*result)] {
                if (reply->first)
                    reply->second(value);
                settle();
            },
            Qt::QueuedConnection);
    });
}

void WorklogJob::settle()
{
    Q_EMIT finished();
    if (--m_running == 0)
        Q_EMIT busyChanged(false);
}

void WorklogJob::write(WorklogRequest request, QObject *context, WriteDone done)
{
    auto work = [this, request = std::move(request)](history::HistoryStore *history) {
        return writeNow(request, history, [this](const QString &line) { Q_EMIT progress(line); });
    };
    start<Result<RecordedRun>>(std::move(work), context, std::move(done));
}

void WorklogJob::linkIssue(history::IssueLink link, QObject *context, LinkDone done)
{
    auto work = [link = std::move(link)](history::HistoryStore *history) -> Result<void> {
        if (!history)
            return {}; // no history: nothing to keep
        return history->linkIssue(link);
    };
    start<Result<void>>(std::move(work), context, std::move(done));
}

void WorklogJob::importFile(worklog::WorklogData worklog, QString path, QObject *context,
                            ImportDone done)
{
    auto work = [worklog = std::move(worklog),
                 path = std::move(path)](history::HistoryStore *history) -> Result<ImportOutcome> {
        if (!history)
            return fail(QStringLiteral("there is no history to import the worklog into"), path);
        const auto content = worklog::WorklogReader::readBytes(path);
        if (!content)
            return tl::unexpected(content.error());
        return importWorklog(worklog, *content, path, *history);
    };
    start<Result<ImportOutcome>>(std::move(work), context, std::move(done));
}

Result<RecordedRun> WorklogJob::writeNow(const WorklogRequest &request,
                                         history::HistoryStore *history, const RunLog &log)
{
    if (!request.store || request.clusters.clusters().empty())
        return fail(QStringLiteral("there are no clusters to write a worklog about"),
                    request.source);
    triage::ClusterTriageOptions triageOptions;
    if (history) {
        if (auto earlier = history->runForData(request.dataKey); earlier && *earlier)
            triageOptions.currentRunId = **earlier; // the same data again: not compared with itself
    }
    auto triaged = triage::triageClusters(request.clusters, request.store.get(), request.rules,
                                          history, triageOptions);
    if (!triaged)
        return tl::unexpected(triaged.error());
    RunOptions options;
    options.inputs = {request.source};
    options.dataKey = request.dataKey; // the same export again updates its run
    options.worklogDir = request.worklogDir;
    options.recordHistory = history != nullptr;
    return recordRun(*request.store, summarize(*request.store), request.clusters, *triaged, options,
                     {}, history, log);
}

history::IssueLink WorklogJob::createdIssueLink(const clustering::ClusterSet &set,
                                                const QString &fingerprint, int issue,
                                                const QString &url)
{
    history::IssueLink link;
    link.fingerprint = fingerprint;
    link.issue = issue;
    link.url = url;
    link.state = QStringLiteral("open");
    link.lastAction = QStringLiteral("created");
    link.updated = QDateTime::currentDateTimeUtc();
    if (const int ci = set.clusterIndex(fingerprint); ci >= 0)
        for (quint32 t : set.clusters()[size_t(ci)].templates)
            link.templates << set.templates()[t].fingerprint;
    return link;
}

} // namespace gardener::pipeline
