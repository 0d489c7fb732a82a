#pragma once

#include "core/clustering/clusterdecisions.h"
#include "core/clustering/clusterset.h"
#include "core/logs/entryweight.h"
#include "core/logs/logreader.h"
#include "core/session/sessiontypes.h"
#include "core/util/jobtracker.h"

#include <QFuture>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace gardener {

namespace clustering {
class ClusterEngine;
}

// The orchestrator the window talks to: owns the LogStore and the ClusterEngine of the open
// export(s) and runs reading, clustering and entry queries on worker threads (QtConcurrent).
// Results are immutable values delivered on the UI thread by signals; each job has an id and
// results of a cancelled or superseded job are dropped, never shown.
//
// Thread: create and call on the UI thread. Destruction cancels running work and waits for it.
class Session final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,
        Loading,
        Ready,
        Busy
    }; // Busy: merge/split re-clustering

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Starts loading (replacing what is open). Progress, snapshots and the end are signalled.
    void openFiles(const QStringList &paths);
    // Loads an export held in memory (the bundled demo data); `name` labels it for people.
    void openBytes(const QByteArray &bytes, const QString &name);
    // An export whose entry i stands for weights[i].count entries, last seen at
    // weights[i].lastSeenNs, among weights[i].users distinct users: the representative entries
    // of a BigQuery analysis. Counts, first/last
    // seen and trends of the clusters are those of the entries they stand for. A file that does
    // not hold one entry per weight fails the load.
    void openWeighted(const QString &path, std::vector<EntryWeight> weights, const QString &name);
    // A live input (a Google Cloud collection): starts an empty load named `name`; each
    // appendPage() reads one page ({"entries":[...]} or a JSON array) into the store and
    // clusters it on a worker, strictly in order, with a snapshot once the worker caught up;
    // finishStream() ends the load like a finished file (loadFinished). cancel() drops it.
    void beginStream(const QString &name);
    void appendPage(const QByteArray &page);
    // A page whose bytes `page` returns when the worker gets to it (for bytes read from disk).
    void appendPageFrom(std::function<QByteArray()> page);
    void finishStream();
    bool isStreaming() const { return m_stream != nullptr; }
    void cancel();
    void close();

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    QString sourceName() const { return m_name; }
    // What identifies the loaded data (history/runidentity.h: its files' contents and the window
    // of entries), so that recording it again updates its run; empty for live collections.
    QString dataKey() const { return m_dataKey; }
    // The store once a load has finished; nullptr while loading (it is still being filled).
    std::shared_ptr<const LogStore> store() const
    {
        return m_state == State::Loading ? nullptr : m_store;
    }
    const clustering::ClusterSet &clusters() const { return m_clusters; }
    const ReadReport &report() const { return m_report; }
    // Entries over time for the whole store, bucketed for the chart (after a load).
    const TimelineData &timeline() const { return m_timeline; }
    qint64 lastLoadMs() const { return m_loadMs; }
    // How the app reads a file: its limits follow memory, not the CLI's unattended defaults.
    static ReadOptions readOptions();

    // Merges clusters / splits templates out of their cluster, then re-clusters on a worker
    // (clustersChanged follows). Errors (e.g. fewer than two clusters) come back as a message.
    Result<void> mergeClusters(const QStringList &clusterFingerprints);
    Result<void> splitTemplates(const QStringList &templateFingerprints);
    const clustering::ClusterDecisions &decisions() const { return m_decisions; }

    // Selects entries for the entries view and the selection timeline; the answer comes as
    // entriesReady with the returned job id (a newer request supersedes older ones).
    quint64 queryEntries(const EntryQuery &query);
    // Finds clusters whose messages contain `text`; answered by messageMatches.
    quint64 searchMessages(const QString &text);

Q_SIGNALS:
    void stateChanged(gardener::Session::State state);
    void loadStarted(const QString &name);
    void progress(const gardener::LoadProgress &progress);
    // A new snapshot (periodic while loading, final at the end, after merge/split).
    void clustersChanged();
    void loadFinished();
    void loadFailed(const QString &message);
    void loadCancelled();
    void entriesReady(const gardener::EntryQueryResult &result);
    void messageMatches(quint64 job, const QString &text, const QStringList &fingerprints);

private:
    struct Input
    {
        QString path;     // a file, or empty with bytes
        QByteArray bytes; // in-memory export
        QString name;
    };
    struct LoadJob;
    struct StreamJob;
    void runStream(std::shared_ptr<StreamJob> job);
    JobTicket resetForLoad(const QString &name); // the new load job
    void startLoad(std::vector<Input> inputs, const QString &name,
                   std::vector<EntryWeight> weights = {});
    static QString loadedDataKey(const std::vector<Input> &inputs, const LogStore &store);
    void setState(State state);
    // Takes over a finished load (file or stream) and announces it.
    void finishLoad(std::shared_ptr<LogStore> store,
                    std::shared_ptr<clustering::ClusterEngine> engine,
                    const clustering::ClusterSet &set, const TimelineData &timeline,
                    const ReadReport &report, qint64 ms, const LoadProgress &progress);
    void recluster();
    void cancelQueries();
    void waitForWorkers();
    void pruneWorkers();

    State m_state = State::Empty;
    QString m_name;
    QString m_dataKey;
    // Loading (and re-clustering what it loaded), entry queries, message searches: each kind's
    // newest job is the only one whose results are taken.
    JobTracker m_loads{this};
    JobTracker m_queries{this};
    JobTracker m_searches{this};
    std::shared_ptr<LogStore> m_store;
    std::shared_ptr<clustering::ClusterEngine> m_engine;
    clustering::ClusterSet m_clusters;
    clustering::ClusterDecisions m_decisions;
    ReadReport m_report;
    TimelineData m_timeline;
    qint64 m_loadMs = 0;
    QList<QFuture<void>> m_workers;
    std::shared_ptr<StreamJob> m_stream;
};

} // namespace gardener
