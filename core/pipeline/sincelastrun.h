#pragma once

#include "core/clustering/clusterset.h"
#include "core/history/historystore.h"
#include "core/triage/clustertriage.h"

#include <QStringList>
#include <vector>

namespace gardener::pipeline {

// The worklog's "Since the last run" lines: the volume change (once), every cluster whose
// trend is not steady (new, escalating ×factor, decreasing, regressed with the closed issue's
// number and date and the raised priority, bursts with their window), merges and splits with
// the issues they keep, and the clusters with an open issue that were not seen at all.
// Clusters are in `order` (the worklog's reading order).
QStringList sinceLastRunLines(const clustering::ClusterSet &set,
                              const std::vector<triage::TriagedCluster> &triaged,
                              const history::RunComparison &comparison,
                              const std::vector<int> &order);

} // namespace gardener::pipeline
