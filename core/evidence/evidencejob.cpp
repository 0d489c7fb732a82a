#include "core/evidence/evidencejob.h"

#include "core/evidence/attributeindex.h"
#include "core/github/client.h"
#include "core/logs/logstore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <mutex>

namespace gardener::evidence {

struct EvidenceJob::IndexSlot
{
    std::shared_ptr<const LogStore> store;
    std::mutex mutex;
    std::shared_ptr<const AttributeIndex> index;
};

namespace {

struct WorkerResult
{
    ClusterEvidence evidence;
    CodeRepo repo;
};

} // namespace

EvidenceJob::EvidenceJob(QObject *parent)
    : QObject(parent), m_settingsPath(defaultCodeSettingsPath())
{
}

EvidenceJob::~EvidenceJob()
{
    cancel();
    m_stop->store(true);
}

void EvidenceJob::setGitHubClient(github::GitHubClient *client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_fetcher = client ? std::make_unique<CodeFetcher>(client) : nullptr;
}

void EvidenceJob::cancel()
{
    ++m_job;
}

void EvidenceJob::request(std::shared_ptr<const LogStore> store, const clustering::ClusterSet &set,
                          int cluster, qint64 fromNs, qint64 toNs)
{
    cancel();
    if (!store || cluster < 0 || size_t(cluster) >= set.clusters().size())
        return;
    const quint64 job = m_job;
    if (!m_slot || m_slot->store != store) {
        m_slot = std::make_shared<IndexSlot>();
        m_slot->store = store;
    }
    const QString settingsPath = m_settingsPath;
    const QHash<QString, qint64> createdNs = m_createdNs;
    const QHash<QString, QString> commits = m_commits;
    auto slot = m_slot;
    auto stop = m_stop;
    auto *watcher = new QFutureWatcher<WorkerResult>(this);
    connect(watcher, &QFutureWatcher<WorkerResult>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        WorkerResult r = watcher->result();
        if (job != m_job || r.evidence.fingerprint.isEmpty())
            return;
        Q_EMIT evidenceReady(r.evidence);
        askGitHub(job, std::move(r.evidence), r.repo);
    });
    watcher->setFuture(QtConcurrent::run(
        [store, set, cluster, slot, stop, settingsPath, fromNs, toNs, createdNs, commits] {
            WorkerResult r;
            std::shared_ptr<const AttributeIndex> index;
            {
                const std::lock_guard<std::mutex> lock(slot->mutex);
                if (!slot->index) {
                    auto built = std::make_shared<const AttributeIndex>(
                        AttributeIndex::build(*store, stop.get()));
                    if (built->cancelled())
                        return r; // shutting down
                    slot->index = std::move(built);
                }
                index = slot->index;
            }
            EvidenceConfig config;
            config.rangeFromNs = fromNs;
            config.rangeToNs = toNs;
            config.deploys.createdNs = createdNs;
            config.revisionCommits = commits;
            auto settings = CodeSettings::load(settingsPath);
            if (settings)
                config.code = *settings;
            r.evidence = gatherEvidence(*store, set, cluster, index.get(), config);
            if (!settings)
                r.evidence.notes << QStringLiteral("Code settings not used: ") +
                                        settings.error().toString();
            r.repo = config.code.repoFor(r.evidence.service);
            return r;
        }));
}

void EvidenceJob::setRevisionFacts(const QHash<QString, qint64> &createdNs,
                                   const QHash<QString, QString> &commits)
{
    m_createdNs = createdNs;
    m_commits = commits;
}

void EvidenceJob::askGitHub(quint64 job, ClusterEvidence evidence, const CodeRepo &repo)
{
    if (!m_fetcher || repo.repo.isEmpty() || evidence.where.path.isEmpty())
        return;
    // Both answers land in one shared copy; each emits what is known by then.
    auto shared = std::make_shared<ClusterEvidence>(std::move(evidence));
    const QDateTime firstSeen =
        QDateTime::fromMSecsSinceEpoch(shared->firstSeenNs / 1'000'000, Qt::UTC);
    const int days = 7;
    // `this` owns the fetcher, and a fetcher calls nothing back once destroyed: `this` is alive.
    m_fetcher->setOptions({days, 5});
    m_fetcher->suspectCommits(
        repo.repo, shared->where.path, firstSeen,
        [this, job, shared, days](Result<std::vector<SuspectCommit>> r) {
            if (job != m_job)
                return;
            if (r) {
                shared->suspects = *r;
                shared->suspectsSource =
                    QStringLiteral("GitHub commits touching `%1` in the %2 days before first seen")
                        .arg(shared->where.path)
                        .arg(days);
            } else {
                shared->notes << QStringLiteral("Suspect commits not available: ") + r.error().what;
            }
            Q_EMIT evidenceReady(*shared);
        });
    const QString ref = shared->where.ref;
    m_fetcher->codeOwners(repo.repo, ref, [this, job, shared, repo, ref](Result<CodeOwners> r) {
        if (job != m_job)
            return;
        if (r)
            addOwners(*shared, *r, repo.repo, ref);
        else
            shared->notes << QStringLiteral("CODEOWNERS not available: ") + r.error().what;
        Q_EMIT evidenceReady(*shared);
    });
}

} // namespace gardener::evidence
