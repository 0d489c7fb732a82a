#pragma once

#include "core/clustering/clusterdecisions.h"
#include "core/clustering/clusterset.h"
#include "core/evidence/clusterevidence.h"
#include "core/history/historystore.h"
#include "core/logs/logreader.h"
#include "core/logs/logsummary.h"
#include "core/triage/clustertriage.h"
#include "core/util/error.h"
#include "core/worklog/worklogdata.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace gardener::pipeline {

// One headless pass (`loggardener run`): read, cluster, triage against history, record the
// run, write the worklog. Collecting from Google Cloud and the GitHub steps are added by the
// caller around it (they need the network and credentials).
struct RunOptions
{
    QStringList inputs;  // export files
    bool demo = false;   // the bundled demo export instead of / besides files
    QString historyPath; // empty: HistoryStore::defaultPath()
    QString rulesPath;   // empty: the built-in rules
    QString worklogDir;  // empty: <AppDataLocation>/worklogs
    bool writeWorklog = true;
    bool recordHistory = true;
    QString service; // for the worklog header; empty: from the entries
    QString project;
    QString timeRange;
    QString severityFilter;
    clustering::ClusterDecisions decisions; // saved merges and splits to apply
    // When set, clusters the store instead of the usual engine and may correct the summary: the
    // BigQuery engine's representative entries each stand for many entries.
    std::function<Result<clustering::ClusterSet>(const LogStore &, LogSummary &)> cluster;
    ReadOptions read; // limits against hostile input (--max-entries, --max-input-mb)
    // The data's identity (history/runidentity.h); empty: computed from `demo` and `inputs`.
    // Recording the same data again updates its run instead of adding one.
    QString dataKey;
};

struct RunOutcome
{
    QList<ReadReport> reads;
    std::shared_ptr<LogStore> store;
    LogSummary summary;
    clustering::ClusterSet clusters;
    std::vector<triage::TriagedCluster> triage; // same order as clusters.clusters()
    history::RunComparison comparison;          // against earlier runs: volume, regroups, not seen
    qint64 runId = 0;
    QString dataKey; // what identifies the data read (see RunOptions::dataKey)
    QString worklogPath;
    QStringList warnings; // for people: skipped entries, a history that was set aside, ...
    bool partial = false; // some input was skipped or unreadable, but the run went on
    // From the Cloud Run Admin API when the run collected with credentials: revision creation
    // times and deployed commits, for the evidence of drafts and the worklog.
    evidence::DeployOptions deploys;
    QHash<QString, QString> revisionCommits;
};

using RunLog = std::function<void(const QString &)>;

// What happened on GitHub during the run, for the worklog and the history.
struct RunActions
{
    QList<worklog::WorklogAction> actions; // `cluster` = index into RunOutcome::clusters
    QList<history::IssueLink> links;
    int draftsWaiting = 0; // drafts left for review in the app
    // Per cluster, the full evidence gathered with GitHub (suspect commits, owners); a cluster
    // without it (empty fingerprint, or an empty list) gets the offline sections.
    std::vector<evidence::ClusterEvidence> evidence;
};

// Synchronous; call from a thread that may own a database connection. An unreadable input
// makes the run partial when other inputs were read, and fails it when none was.
// runOnce = analyse + finish without GitHub actions.
Result<RunOutcome> runOnce(const RunOptions &options, const RunLog &log = {});

// Read, cluster and triage against history; writes nothing.
Result<RunOutcome> analyse(const RunOptions &options, const RunLog &log = {});
// Writes the worklog (with the actions) and records the run and its issue links.
Result<void> finish(RunOutcome &outcome, const RunOptions &options, const RunActions &actions,
                    const RunLog &log = {});

struct RecordedRun
{
    qint64 runId = 0;    // 0 when history is off
    QString worklogPath; // empty when no worklog was written
};

// The worklog and the history record of a clustered, triaged data set, as `finish` writes them
// for a headless run; the app's "Write Worklog" uses it for what is open. `openHistory` may be
// an already open store (same thread); null opens options.historyPath.
Result<RecordedRun> recordRun(const LogStore &store, const LogSummary &summary,
                              const clustering::ClusterSet &set,
                              const std::vector<triage::TriagedCluster> &triaged,
                              const RunOptions &options, const RunActions &actions = {},
                              history::HistoryStore *openHistory = nullptr, const RunLog &log = {});

QString defaultWorklogDir();

} // namespace gardener::pipeline
