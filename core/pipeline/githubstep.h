#pragma once

#include "github/draft.h"
#include "github/issuematcher.h"
#include "runpipeline.h"

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
                                     const redaction::Redactor &redactor);
github::MatchQuery clusterMatchQuery(const clustering::ClusterSet &set, int index, const QString &repo);

enum class PostMode { None, Comments, All };

struct GitHubStepOptions
{
    QUrl api = QUrl(QStringLiteral("https://api.github.com"));
    QString repo;        // owner/name
    QByteArray token;
    PostMode post = PostMode::None;
    QString dataDir;     // journal and drafts; empty: <AppDataLocation>/github
    int newIssueMaxPriority = 3; // clusters at this priority or more urgent deserve an issue
    int writeSpacingMs = 1000;   // GitHub's advice for content-creating requests
};

struct GitHubStepResult
{
    RunActions actions;
    int matched = 0;   // clusters that have an issue already
    int drafted = 0;
    int posted = 0;
    int failed = 0;
    QStringList messages; // for people, one line each
};

// Matches every cluster of the run to GitHub issues, prepares drafts (kept in the draft store
// for review in the app) and posts what `post` allows: comments on matched open issues
// (Comments), and also new issues for unmatched clusters that triage says deserve one (All).
// Clusters marked expected are left alone. Everything posted goes through the session's
// redactor and journal, so a retry never posts twice.
//
// Blocks in a local event loop until done: for the command line only, never the UI thread.
Result<GitHubStepResult> runGitHubStep(const RunOutcome &outcome, const GitHubStepOptions &options,
                                       const RunLog &log = {});

} // namespace gardener::pipeline
