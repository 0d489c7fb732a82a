#pragma once

#include "core/evidence/codefetcher.h"
#include "core/evidence/codemapping.h"
#include "core/evidence/deploys.h"
#include "core/evidence/difference.h"
#include "core/evidence/usersaffected.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <optional>

namespace gardener {
class LogStore;
}
namespace gardener::clustering {
class ClusterSet;
}

namespace gardener::evidence {

class AttributeIndex;
class CodeOwners;

// What Error Reporting knows of a cluster: the error groups its entries carry
// (errorGroups[].id) and how many entries have a stack trace. Error Reporting only groups
// entries with a stack trace (or a ReportedErrorEvent), so a cluster with none is invisible
// to it, as most WARNING clusters are.
struct ErrorReportingEvidence
{
    quint64 entries = 0;
    quint64 withStackTrace = 0;
    QList<QPair<QString, quint64>> groups; // id, entries; most entries first
    QString project;
    bool known = false; // false: the attribute index was not available
    bool invisible() const
    {
        return known && entries > 0 && groups.isEmpty() && withStackTrace == 0;
    }
    // https://console.cloud.google.com/errors/detail/ID?project=P
    QString consoleUrl(const QString &groupId) const;
};

struct OwnersEvidence
{
    QString file; // the CODEOWNERS file used, e.g. ".github/CODEOWNERS"
    QString repo;
    QString ref;
    int line = 0;
    QString pattern;
    QStringList owners; // empty: the file makes the path unowned
    QStringList assignees;
    QStringList teams;
    QString teamLabel() const; // "team:payments", empty without a team
};

struct EvidenceConfig
{
    CodeSettings code;
    DeployOptions deploys;
    DifferenceOptions differences;
    QHash<QString, QString> revisionCommits; // revision -> commit (Admin API labels or image tag)
    QString project;                         // for Error Reporting links; empty: from the entries
    // A time range the user dragged: "different in this cluster" compares the cluster's entries
    // in [from, to) with all others. 0, 0: the whole cluster.
    qint64 rangeFromNs = 0;
    qint64 rangeToNs = 0;
};

// Everything found for one cluster. The offline parts come from gatherEvidence(); suspects and
// owners are added when GitHub answers (addOwners, suspects directly).
struct ClusterEvidence
{
    QString fingerprint;
    QString service;
    quint64 entries = 0;
    quint64 restEntries = 0;
    quint64 compared = 0;   // entries compared in "different" (all, or those of the range)
    qint64 rangeFromNs = 0; // the range compared, 0, 0: the whole cluster
    qint64 rangeToNs = 0;
    qint64 firstSeenNs = 0;
    DeployEvidence deploys;
    QString deploysSource;
    std::vector<Difference> differences;
    CodeLink where;
    QString deployedCommit;
    ErrorReportingEvidence errors;
    UsersAffected users;
    std::vector<SuspectCommit> suspects;
    QString suspectsSource; // "GitHub commits touching … in the 7 days before first seen"
    std::optional<OwnersEvidence> owners;
    QStringList notes; // problems fetching evidence (GitHub errors), said, not hidden
};

// Gathers the offline evidence of cluster `cluster`. `index` may be null (not built yet): then
// "different in this cluster" and Error Reporting are left out. O(store size); run on a
// worker thread for large stores.
ClusterEvidence gatherEvidence(const LogStore &store, const clustering::ClusterSet &set,
                               int cluster, const AttributeIndex *index,
                               const EvidenceConfig &config);

// The source location evidence uses: the cluster's most frequent location (sourceLocation or
// module labels), else the innermost application frame of a sample's stack trace.
SourceRef clusterSource(const LogStore &store, const clustering::ClusterSet &set, int cluster);

// The stack trace text of one entry's JSON (jsonPayload.stack_trace and friends, or a message
// or textPayload that is one), empty when none.
QString stackTraceOf(const QByteArray &entryJson);

// The code settings file the user edits: <app data>/code-settings.json (see docs/evidence.md).
QString defaultCodeSettingsPath();

// Drafts and worklogs of a run without GitHub lookups: the evidence the entries alone give
// (revisions, the code line through the user's code settings), as evidenceSections(level).
// A settings file that cannot be read is said in the text, not hidden.
QString offlineEvidenceSections(const LogStore &store, const clustering::ClusterSet &set,
                                int cluster, int level);

// offlineEvidenceSections for every cluster of `set` (index = cluster), in one pass over the
// store for the revisions: what worklogs of many clusters use.
QStringList offlineEvidenceSectionsForAll(const LogStore &store, const clustering::ClusterSet &set,
                                          int level);

// Fills ClusterEvidence::owners from a parsed CODEOWNERS for the mapped path.
void addOwners(ClusterEvidence &evidence, const CodeOwners &owners, const QString &repo,
               const QString &ref);

// The Markdown sections for drafts and worklogs: "Started with", "Where", "Suspect commits" (at
// most three), "Different in this cluster", "Owners", each ending with where its evidence came
// from; a section without evidence is left out. `level` is the heading level (3: "###"); 0
// gives each section as one bold-led paragraph, as worklogs show them.
QString evidenceSections(const ClusterEvidence &evidence, int level = 3);

} // namespace gardener::evidence

Q_DECLARE_METATYPE(gardener::evidence::ClusterEvidence)
