#include "core/session/session.h"

#include "core/history/runidentity.h"

#include "core/clustering/clusterengine.h"
#include "core/logs/logstore.h"
#include "core/naming/clusternaming.h"
#include "core/session/entryselection.h"
#include "core/session/sessionworkers.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent>

namespace gardener {

Q_LOGGING_CATEGORY(lcSession, "gardener.session")

namespace {

// Big enough that the engine masks each batch on two threads; ~50 ms of reading per chunk.
constexpr size_t kChunkBytes = size_t(4) << 20;
constexpr qint64 kProgressIntervalMs = 100;
constexpr qint64 kFirstSnapshotMs = 250;
// Entries clustered at a time while reading (a 4 MiB chunk holds about 4,000).
constexpr size_t kClusterBatch = 32768;

} // namespace

using sessiondetail::addToReport;
using sessiondetail::finalSnapshot;
using sessiondetail::FinalSnapshot;
using sessiondetail::nextSnapshotMs;
using sessiondetail::pastHalfway;

// A load on its worker, phase by phase: read the inputs (clustering between chunks, with
// snapshots and progress on the way), cluster weighted entries, take the final snapshot.
struct Session::LoadJob
{
    JobTicket ticket;
    std::vector<Input> inputs;
    std::vector<EntryWeight> weights; // per entry; empty: each entry counts once
    Session *session = nullptr;       // reached only through ticket.deliver

    // Touched by the worker only.
    QElapsedTimer clock;
    std::shared_ptr<LogStore> store = std::make_shared<LogStore>();
    std::shared_ptr<clustering::ClusterEngine> engine =
        std::make_shared<clustering::ClusterEngine>();
    LoadProgress progress;
    quint64 bytesBefore = 0;
    qint64 lastProgress = -kProgressIntervalMs;
    qint64 nextSnapshot = kFirstSnapshotMs;
    ReadReport total;

    void run();

private:
    const std::atomic_bool *cancel() const { return ticket.cancelFlag(); }
    // Hands fn(session) to the session on the UI thread; it runs only if the job is current.
    template <typename Fn> void post(Fn fn) const
    {
        ticket.deliver([target = session, fn] { fn(target); });
    }
    void failWith(const QString &message) const;
    bool readInputs();
    void onChunk(const ReadProgress &p);
    void addWeighted();
    void finish();
};

Session::Session(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<gardener::LoadProgress>();
    qRegisterMetaType<gardener::EntryQueryResult>();
}

Session::~Session()
{
    m_loads.cancel();
    cancelQueries();
    waitForWorkers();
}

void Session::waitForWorkers()
{
    for (auto &f : m_workers)
        f.waitForFinished();
    m_workers.clear();
}

void Session::pruneWorkers()
{
    // Forget finished workers so the list does not grow over a long session.
    m_workers.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::cancelQueries()
{
    m_queries.cancel();
    m_searches.cancel();
}

void Session::openFiles(const QStringList &paths)
{
    std::vector<Input> inputs;
    for (const QString &p : paths)
        inputs.push_back({p, {}, QFileInfo(p).fileName()});
    QString name = inputs.empty() ? QString() : inputs.front().name;
    if (inputs.size() > 1)
        name = tr("%1 and %n more", nullptr, int(inputs.size() - 1)).arg(name);
    startLoad(std::move(inputs), name);
}

void Session::openBytes(const QByteArray &bytes, const QString &name)
{
    startLoad({Input{{}, bytes, name}}, name);
}

void Session::openWeighted(const QString &path, std::vector<EntryWeight> weights,
                           const QString &name)
{
    startLoad({Input{path, {}, name}}, name, std::move(weights));
}

void Session::cancel()
{
    if (m_state != State::Loading)
        return;
    m_loads.cancel(); // anything still in flight from that load is stale now
    m_stream.reset();
    m_store.reset();
    m_engine.reset();
    m_clusters = {};
    m_timeline = {};
    setState(State::Empty);
    Q_EMIT loadCancelled();
}

void Session::close()
{
    m_loads.cancel();
    cancelQueries();
    m_stream.reset();
    m_store.reset();
    m_engine.reset();
    m_clusters = {};
    m_timeline = {};
    m_report = {};
    m_decisions.clear();
    m_name.clear();
    setState(State::Empty);
    Q_EMIT clustersChanged();
}

JobTicket Session::resetForLoad(const QString &name)
{
    const JobTicket job = m_loads.start();
    cancelQueries();
    pruneWorkers();

    m_stream.reset();
    m_name = name;
    m_dataKey.clear();
    m_store.reset();
    m_engine.reset();
    m_clusters = {};
    m_timeline = {};
    m_report = {};
    m_decisions.clear();
    setState(State::Loading);
    Q_EMIT loadStarted(name);
    Q_EMIT clustersChanged();
    return job;
}

// On the load's worker: the inputs' identities and the window of what was read.
QString Session::loadedDataKey(const std::vector<Input> &inputs, const LogStore &store)
{
    QList<QByteArray> identities;
    for (const Input &in : inputs)
        identities << (in.path.isEmpty() ? history::bytesIdentity(in.bytes)
                                         : history::fileIdentity(in.path));
    qint64 first = 0, last = 0;
    for (size_t i = 0; i < store.size(); ++i) {
        const qint64 t = store.timestampNs(i);
        if (t == 0)
            continue;
        if (first == 0 || t < first) // as summarize() does, so the app and `run` agree
            first = t;
        if (last == 0 || t > last)
            last = t;
    }
    return history::runDataKey(identities, first, last, store.size());
}

ReadOptions Session::readOptions()
{
    ReadOptions options;
    options.chunkBytes = kChunkBytes;
    // The app reads what the user chose to open, so its limits are set by memory rather than
    // by the CLI's defaults for unattended input: 8M entries (about 3 GB with the clusters)
    // or 8 GiB of JSON per input. The report still says where and why reading stopped.
    options.maxEntries = 8'000'000;
    options.maxDecodedBytes = quint64(8) << 30;
    return options;
}

void Session::startLoad(std::vector<Input> inputs, const QString &name,
                        std::vector<EntryWeight> weights)
{
    auto job = std::make_shared<LoadJob>();
    job->ticket = resetForLoad(name);
    job->inputs = std::move(inputs);
    job->weights = std::move(weights);
    job->session = this;
    m_workers << QtConcurrent::run(&workerPool(), [job] { job->run(); });
}

void Session::LoadJob::run()
{
    lowerWorkerPriority();
    clock.start();
    quint64 totalBytes = 0;
    for (const Input &in : inputs)
        totalBytes +=
            in.path.isEmpty() ? quint64(in.bytes.size()) : quint64(QFileInfo(in.path).size());
    progress.bytesTotal = totalBytes;

    if (!readInputs())
        return;
    if (!weights.empty() && weights.size() != store->size()) {
        failWith(Session::tr("The BigQuery rows (%1) do not match the representative entries (%2).")
                     .arg(weights.size())
                     .arg(store->size()));
        return;
    }
    if (weights.empty())
        engine->addEntries(*store, engine->entryCount(), store->size(), cancel());
    addWeighted();
    finish();
}

void Session::LoadJob::failWith(const QString &message) const
{
    post([message](Session *s) {
        s->setState(State::Empty);
        Q_EMIT s->loadFailed(message);
    });
}

// Reads every input into the store; false when cancelled or failed (the failure is reported).
bool Session::LoadJob::readInputs()
{
    const ReadOptions options = readOptions();
    const auto chunk = [this](const ReadProgress &p) { onChunk(p); };
    for (const Input &in : inputs) {
        auto result =
            in.path.isEmpty()
                ? LogReader::readBytes(in.bytes, in.name, *store, options, chunk, cancel())
                : LogReader::readFile(in.path, *store, options, chunk, cancel());
        if (cancel()->load())
            return false;
        if (!result) {
            failWith(result.error().toString());
            return false;
        }
        bytesBefore += result->bytesRead;
        total.source = total.source.isEmpty() ? result->source : total.source;
        total.gzip = total.gzip || result->gzip;
        addToReport(total, *result);
        total.pages += result->pages;
    }
    return true;
}

void Session::LoadJob::onChunk(const ReadProgress &p)
{
    progress.entries = store->size();
    progress.bytesRead = bytesBefore + p.bytesRead;
    const bool snapshotDue = clock.elapsed() >= nextSnapshot && !cancel()->load() &&
                             !pastHalfway(progress.bytesRead, progress.bytesTotal);
    // Between chunks the store is consistent, so clustering can catch up right here; in
    // batches of a few chunks, which the engine masks on two threads while it interns.
    if (weights.empty() && (snapshotDue || store->size() - engine->entryCount() >= kClusterBatch))
        engine->addEntries(*store, engine->entryCount(), store->size(), cancel());
    if (snapshotDue) {
        QElapsedTimer snapClock;
        snapClock.start();
        auto set = std::make_shared<clustering::ClusterSet>(engine->snapshot(cancel()));
        progress.clusters = int(set->clusters().size());
        nextSnapshot = nextSnapshotMs(clock.elapsed(), snapClock.elapsed());
        post([set](Session *s) {
            s->m_clusters = *set;
            Q_EMIT s->clustersChanged();
        });
    }
    if (clock.elapsed() - lastProgress >= kProgressIntervalMs) {
        lastProgress = clock.elapsed();
        post([progress = progress](Session *s) { Q_EMIT s->progress(progress); });
    }
}

// The representative entries of a BigQuery analysis, each standing for its weight.
void Session::LoadJob::addWeighted()
{
    for (size_t i = 0; i < weights.size(); ++i) {
        clustering::EntryMeta meta;
        meta.timestampNs = store->timestampNs(i);
        meta.severity = store->severity(i);
        meta.service = store->service(i);
        meta.revision = store->revision(i);
        meta.sourceFile = store->sourceFile(i);
        meta.function = store->function(i);
        meta.line = store->line(i);
        meta.httpStatus = store->httpStatus(i);
        const EntryWeight &w = weights[i];
        engine->addWeighted(store->message(i), meta, w.count, w.lastSeenNs, w.users);
    }
}

// The final, named snapshot and what the window shows beside it, handed over at once.
void Session::LoadJob::finish()
{
    const std::optional<FinalSnapshot> last = finalSnapshot(*engine, *store, cancel(), progress);
    if (!last)
        return;
    const QString dataKey = loadedDataKey(inputs, *store);
    const qint64 ms = clock.elapsed();
    progress.bytesRead = progress.bytesTotal ? progress.bytesTotal : bytesBefore;
    auto report = std::make_shared<ReadReport>(std::move(total));
    post([store = store, engine = engine, last = *last, report, progress = progress, ms,
          dataKey](Session *s) {
        s->m_dataKey = dataKey;
        s->finishLoad(store, engine, *last.set, *last.timeline, *report, ms, progress);
    });
}

void Session::finishLoad(std::shared_ptr<LogStore> store,
                         std::shared_ptr<clustering::ClusterEngine> engine,
                         const clustering::ClusterSet &set, const TimelineData &timeline,
                         const ReadReport &report, qint64 ms, const LoadProgress &progress)
{
    m_store = std::move(store);
    m_engine = std::move(engine);
    m_clusters = set;
    m_timeline = timeline;
    m_report = report;
    m_loadMs = ms;
    setState(State::Ready);
    Q_EMIT this->progress(progress);
    Q_EMIT clustersChanged();
    Q_EMIT loadFinished();
}

Result<void> Session::mergeClusters(const QStringList &clusterFingerprints)
{
    if (m_state != State::Ready)
        return fail(tr("Clusters can be merged once loading has finished."));
    auto result = m_decisions.merge(m_clusters, clusterFingerprints);
    if (!result)
        return result;
    recluster();
    return {};
}

Result<void> Session::splitTemplates(const QStringList &templateFingerprints)
{
    if (m_state != State::Ready)
        return fail(tr("Clusters can be split once loading has finished."));
    auto result = m_decisions.split(m_clusters, templateFingerprints);
    if (!result)
        return result;
    recluster();
    return {};
}

void Session::recluster()
{
    setState(State::Busy);
    const JobTicket job = m_loads.current(); // a newer load makes the result stale
    auto engine = m_engine;
    auto decisions = m_decisions;
    Session *const target = this;
    auto store = m_store;
    m_workers << QtConcurrent::run(&workerPool(), [engine, decisions, job, target, store] {
        lowerWorkerPriority();
        engine->setDecisions(decisions);
        auto set = std::make_shared<clustering::ClusterSet>(
            naming::namedByRules(engine->snapshot(), store.get()));
        job.deliver([target, set] {
            target->m_clusters = *set;
            target->setState(State::Ready);
            Q_EMIT target->clustersChanged();
        });
    });
}

quint64 Session::queryEntries(const EntryQuery &query)
{
    pruneWorkers();
    const JobTicket job = m_queries.start();
    auto store = this->store();
    if (!store) {
        // Nothing to select from yet: answer at once (still asynchronously, like a real job).
        EntryQueryResult empty;
        empty.job = job.id();
        empty.query = query;
        empty.rows = std::make_shared<const std::vector<quint32>>();
        job.deliver([this, empty] { Q_EMIT entriesReady(empty); });
        return job.id();
    }
    const clustering::ClusterSet clusters = m_clusters;
    const TimelineData layout = m_timeline;
    Session *const target = this;
    m_workers << QtConcurrent::run(&workerPool(), [=] {
        lowerWorkerPriority();
        auto result = std::make_shared<EntryQueryResult>(
            selectEntries(*store, clusters, query, layout, job.cancelFlag()));
        if (job.isCancelled())
            return;
        result->job = job.id();
        job.deliver([target, result] { Q_EMIT target->entriesReady(*result); });
    });
    return job.id();
}

quint64 Session::searchMessages(const QString &text)
{
    const JobTicket job = m_searches.start();
    auto store = this->store();
    if (!store || text.trimmed().isEmpty())
        return job.id();
    const clustering::ClusterSet clusters = m_clusters;
    Session *const target = this;
    m_workers << QtConcurrent::run(&workerPool(), [=] {
        lowerWorkerPriority();
        const QStringList found = clustersWithMessage(*store, clusters, text, job.cancelFlag());
        if (job.isCancelled())
            return;
        job.deliver(
            [target, job, text, found] { Q_EMIT target->messageMatches(job.id(), text, found); });
    });
    return job.id();
}

} // namespace gardener
