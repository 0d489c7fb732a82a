#pragma once

#include "core/clustering/clusterset.h"
#include "core/history/historystore.h"
#include "core/triage/rules.h"

#include <vector>

namespace gardener {
class LogStore;
}

namespace gardener::triage {

struct ClusterTriageOptions
{
    // A rise of the cluster's share of all entries that makes it "escalating" (with enough
    // entries above what earlier runs predict, see history::TrendOptions): 100 = doubled.
    double escalatePercent = 100;
    // The run's window, for frequencies; 0 = the time range of the clustered entries.
    qint64 windowStartNs = 0;
    qint64 windowEndNs = 0;
    qint64 currentRunId = 0; // when the run is already recorded, compare with runs before it
};

// The triage of one issue cluster of a ClusterSet (same index).
struct TriagedCluster
{
    TriageDecision decision;
    history::ClusterTrend trend;
    double perMinute = 0;
    bool muted = false; // marked expected by the user, and not changed enough to unmute
};

// Priority, category and trend for every cluster of `set`: rules over its templates, a few
// sample messages from `store` (may be null), its trend against `history` (may be null), then
// the user's overrides from `history`. Runs on any thread that owns `history`'s connection.
// `comparison`, when given, receives the run-level comparison with earlier runs (volume,
// merges and splits, clusters not seen any more).
Result<std::vector<TriagedCluster>> triageClusters(const clustering::ClusterSet &set,
                                                   const LogStore *store, const RuleSet &rules,
                                                   const history::HistoryStore *history,
                                                   const ClusterTriageOptions &options = {},
                                                   history::RunComparison *comparison = nullptr);

// The clusters of `set` as identity across runs sees them: member templates with counts.
QVector<history::MemberCluster> memberClusters(const clustering::ClusterSet &set);

// "158 of 226 within 15:00–15:10" when most of a cluster's entries fell in one short window
// of the run; empty otherwise.
QString burstText(const clustering::IssueCluster &cluster);

// A cluster whose linked issue GitHub reports closed is back: the trend says so with the
// issue's number and close date, the category is GCP-regression, and the priority is raised
// one level (once, however often this is called).
void markRegressed(TriagedCluster &t, int issue, const QDateTime &closedAt);

// The run's window used for frequencies: options' window, else the entries' time range, and
// never shorter than one minute.
double windowMinutes(const clustering::ClusterSet &set, const ClusterTriageOptions &options);

// A cluster and its triage as the history store records them.
history::RunCluster toRunCluster(const clustering::ClusterSet &set, int cluster,
                                 const TriagedCluster &triaged);

} // namespace gardener::triage
