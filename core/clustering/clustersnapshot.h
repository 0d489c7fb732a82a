#pragma once

#include "core/clustering/clusterengine.h"

namespace gardener::clustering::detail {

struct EngineState;
struct MinerSignature;

// Mines templates over the engine's distinct messages, groups them into issue clusters and
// gathers each cluster's statistics. Reads `state` only.
ClusterSet buildSnapshot(const EngineState &state, const std::atomic_bool *cancel,
                         const ProgressFn &progress);

// Fills IssueCluster::valueDistributions (valuedistributions.cpp); `clusters` indexed as
// `templateCluster` numbers them.
void addValueDistributions(const std::vector<MinerSignature> &sigs,
                           const std::vector<quint32> &sigTemplate,
                           const std::vector<quint32> &templateCluster,
                           std::vector<IssueCluster> &clusters);

} // namespace gardener::clustering::detail
