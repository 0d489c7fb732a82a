#pragma once

#include "core/github/draft.h"
#include "core/github/issuematcher.h"
#include "core/pipeline/runpipeline.h"

#include <QUrl>

namespace gardener::redaction {
class Redactor;
}

namespace gardener::pipeline {

// What the app and `run` hand to the GitHub session for one cluster of a clustered, triaged
// set (same index in `set` and `triaged`): the draft input, scrubbed by `redactor` before
// anyone sees it, and the match query (fingerprint and a few search terms from the name).
github::DraftInput clusterDraftInput(const LogStore &store, const clustering::ClusterSet &set,
                                     const std::vector<triage::TriagedCluster> &triaged, int index,
                                     const redaction::Redactor &redactor,
                                     const evidence::ClusterEvidence *evidence = nullptr);
github::MatchQuery clusterMatchQuery(const clustering::ClusterSet &set, int index,
                                     const QString &repo);

enum class PostMode
{
    None,
    Comments,
    All
};

struct GitHubStepOptions
{
    QUrl api = QUrl(QStringLiteral("https://api.github.com"));
    QString repo; // owner/name
    QByteArray token;
    PostMode post = PostMode::None;
    QString dataDir;             // journal and drafts; empty: <AppDataLocation>/github
    int newIssueMaxPriority = 3; // clusters at this priority or more urgent deserve an issue
    int writeSpacingMs = 1000;   // GitHub's advice for content-creating requests
    // Full evidence (suspect commits, CODEOWNERS) for this many clusters in reading order; the
    // rest get the offline sections.
    int evidenceClusters = 20;
    QString codeSettingsPath; // empty: evidence::defaultCodeSettingsPath()
};

struct GitHubStepResult
{
    RunActions actions;
    int matched = 0; // clusters that have an issue already
    int drafted = 0;
    int posted = 0;
    int failed = 0;
    int updated = 0;      // issues whose title, labels or marker were PATCHed
    QStringList messages; // for people, one line each
};

// Matches every cluster of the run to GitHub issues, prepares drafts (kept in the draft store
// for review in the app) and posts what `post` allows: comments on matched open issues
// (Comments), and also new issues for unmatched clusters that triage says deserve one (All).
// Clusters marked expected are left alone. Everything posted goes through the session's
// redactor and journal, so a retry never posts twice.
//
// Identity is the cluster's member templates: an issue whose marker (or this machine's
// journal) names any of them is the cluster's issue, so regrouping never files a second
// issue. An issue gets at most one comment per run (a split cluster's parts share it). A
// cluster whose only issue is closed has regressed: `outcome.triage` says so (issue number,
// close date, priority raised one level, GCP-regression) and the issue is reopened with a
// comment rather than filed again. When a commented issue's priority, category or member
// templates changed, its title prefix, labels and marker are updated (PATCH, journaled).
//
// Blocks in a local event loop until done: for the command line only, never the UI thread.
Result<GitHubStepResult> runGitHubStep(RunOutcome &outcome, const GitHubStepOptions &options,
                                       const RunLog &log = {});

} // namespace gardener::pipeline
