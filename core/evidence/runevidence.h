#pragma once

#include "core/evidence/clusterevidence.h"

#include <vector>

namespace gardener::github {
class GitHubClient;
}

namespace gardener::evidence {

struct RunEvidenceOptions
{
    QString codeSettingsPath;                // empty: defaultCodeSettingsPath()
    github::GitHubClient *github = nullptr;  // null: no suspect commits or owners
    DeployOptions deploys;                   // Cloud Run revision creation times, when known
    QHash<QString, QString> revisionCommits; // revision -> deployed commit, when known
    QString project;
    std::vector<int> clusters; // which clusters to gather for (drafts and worklog)
    int suspectDays = 7;
};

// The full evidence of a headless run (`loggardener run`) for the listed clusters: the entries'
// evidence (deploys, what is different, the code line, Error Reporting) and, with a GitHub
// client and a repository for the service in the code settings, the suspect commits and the
// CODEOWNERS owners, as the details view shows them. Waits for GitHub on a local event loop, so
// call it from a thread without a UI. The result has one entry per cluster of `set`; those not
// listed have an empty fingerprint.
std::vector<ClusterEvidence> gatherRunEvidence(const LogStore &store,
                                               const clustering::ClusterSet &set,
                                               const RunEvidenceOptions &options);

} // namespace gardener::evidence
