#pragma once

#include "clustering/clusterset.h"
#include "history/historystore.h"
#include "rules.h"

#include <vector>

namespace gardener {
class LogStore;
}

namespace gardener::triage {

struct ClusterTriageOptions
{
    double escalatePercent = 200; // a frequency rise that makes a cluster "escalating"
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
Result<std::vector<TriagedCluster>> triageClusters(const clustering::ClusterSet &set,
                                                   const LogStore *store, const RuleSet &rules,
                                                   const history::HistoryStore *history,
                                                   const ClusterTriageOptions &options = {});

// The run's window used for frequencies: options' window, else the entries' time range, and
// never shorter than one minute.
double windowMinutes(const clustering::ClusterSet &set, const ClusterTriageOptions &options);

// A cluster and its triage as the history store records them.
history::RunCluster toRunCluster(const clustering::ClusterSet &set, int cluster, const TriagedCluster &triaged);

} // namespace gardener::triage
