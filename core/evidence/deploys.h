#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace gardener {
class LogStore;
}
namespace gardener::clustering {
class ClusterSet;
}

namespace gardener::evidence {

// One Cloud Run revision (resource.labels.revision_name) of the cluster's service(s), over the
// whole window.
struct RevisionStat
{
    QString revision;
    quint64 entries = 0;        // all entries of the revision in the window
    quint64 clusterEntries = 0; // of them, in the cluster
    qint64 firstEntryNs = 0;    // the revision's first entry in the window
    qint64 lastEntryNs = 0;
    qint64 clusterFirstNs = 0; // 0 when the cluster has none in this revision
    qint64 clusterLastNs = 0;
    qint64 createdNs = 0; // from the Cloud Run Admin API, 0 when unknown
    qint64 servingSinceNs() const { return createdNs > 0 ? createdNs : firstEntryNs; }
};

// What the revisions say about a cluster. Each statement is only made when its numbers back it.
struct DeployEvidence
{
    std::vector<RevisionStat> revisions; // in rollout order (servingSinceNs, then name)

    // "first seen 3 min after revision 00645 started serving": the cluster has no entry in any
    // revision that served before `startedWith`, and one of those did serve entries.
    bool firstSeenWithRevision = false;
    QString startedWith;
    qint64 startedAfterNs = 0; // cluster first seen - revision serving since
    // "only in revision 00645 (0 of 5,120 entries of 00644)"
    bool onlyInOneRevision = false;
    bool onlyInLatestRevision = false;
    QString onlyIn;
    // "stopped after revision 00650": none in any later revision, and a later one served.
    bool stoppedAfterRevision = false;
    QString stoppedAfter;

    QStringList statements; // the sentences above with their numbers, most telling first
    bool isEmpty() const { return statements.isEmpty(); }
};

struct DeployOptions
{
    // "started with" is only claimed when the cluster appears within this long after the
    // revision began serving; later, other causes are as likely.
    qint64 startWindowNs = 60LL * 60 * 1000 * 1000 * 1000;
    // Revision creation times from the Cloud Run Admin API (revision name -> ns), optional.
    QHash<QString, qint64> createdNs;
};

// Counts the cluster's entries (sorted entry indices of `store`) per revision of the services
// the cluster's entries belong to, and derives the statements. O(store size).
DeployEvidence deployEvidence(const LogStore &store, const std::vector<quint64> &clusterEntries,
                              const DeployOptions &options = {});

// The two deploy facts triage rules can use (first_seen_with_revision, only_in_latest_revision),
// for every cluster of `set` in one pass over the store (deployEvidence per cluster would pass
// over it once per cluster). Same rules as deployEvidence.
struct DeployFlags
{
    bool firstSeenWithRevision = false;
    bool onlyInLatestRevision = false;
};
std::vector<DeployFlags> deployFlags(const LogStore &store, const clustering::ClusterSet &set,
                                     const DeployOptions &options = {});
// deployEvidence for every cluster of `set`, in one pass over the store.
std::vector<DeployEvidence> deployEvidenceForAll(const LogStore &store,
                                                 const clustering::ClusterSet &set,
                                                 const DeployOptions &options = {});

// "00645" of "netra-backend-00645-xyz" (Cloud Run's generated names); other names unchanged.
QString shortRevision(const QString &revision);

// "3 min", "45 s", "2 h 5 min"
QString durationText(qint64 ns);

} // namespace gardener::evidence
