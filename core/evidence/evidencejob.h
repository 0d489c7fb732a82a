#pragma once

#include "core/clustering/clusterset.h"
#include "core/evidence/clusterevidence.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

namespace gardener {
class LogStore;
}
namespace gardener::github {
class GitHubClient;
}

namespace gardener::evidence {

class AttributeIndex;

// Gathers a cluster's evidence for the details view without blocking the UI thread: the
// attribute index (built once per store) and gatherEvidence run on a worker thread; then, with
// a GitHub client and a repository for the service, suspect commits and CODEOWNERS are asked
// for. evidenceReady is emitted with what is known so far (first the entries' evidence, then
// again when GitHub has answered). A newer request supersedes an older one: stale results are
// dropped by job id. Lives on the UI thread.
class EvidenceJob : public QObject
{
    Q_OBJECT
public:
    explicit EvidenceJob(QObject *parent = nullptr);
    ~EvidenceJob() override;

    void setGitHubClient(github::GitHubClient *client);
    // Settings file to read code mappings and repositories from (default:
    // defaultCodeSettingsPath()).
    void setCodeSettingsPath(const QString &path) { m_settingsPath = path; }
    QString codeSettingsPath() const { return m_settingsPath; }

    // [fromNs, toNs): a dragged time range to compare instead of the whole cluster (0, 0: none).
    void request(std::shared_ptr<const LogStore> store, const clustering::ClusterSet &set,
                 int cluster, qint64 fromNs = 0, qint64 toNs = 0);
    // Cloud Run Admin API facts for the deploy evidence (revision -> creation time in ns, and
    // -> deployed commit), used by the following requests.
    void setRevisionFacts(const QHash<QString, qint64> &createdNs,
                          const QHash<QString, QString> &commits);
    const QHash<QString, qint64> &revisionCreatedNs() const { return m_createdNs; }
    void cancel(); // drops the pending result (a running index build goes on, for the next request)

Q_SIGNALS:
    void evidenceReady(const gardener::evidence::ClusterEvidence &evidence);

private:
    void askGitHub(quint64 job, ClusterEvidence evidence, const CodeRepo &repo);

    QPointer<github::GitHubClient> m_client;
    std::unique_ptr<CodeFetcher> m_fetcher;
    QString m_settingsPath;
    QHash<QString, qint64> m_createdNs;
    QHash<QString, QString> m_commits;
    quint64 m_job = 0;
    // The attribute index of one store, built by the first worker that needs it while later
    // ones wait: a superseded request does not cancel (and so restart) a long build.
    struct IndexSlot;
    std::shared_ptr<IndexSlot> m_slot;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace gardener::evidence
