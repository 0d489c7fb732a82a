#pragma once

#include "core/clustering/clusterengine.h"

namespace gardener::clustering::detail {

struct EngineState;
struct GroupingResult;
struct MinerResult;
struct MinerSignature;

// Mines templates over the engine's distinct messages, groups them into issue clusters and
// gathers each cluster's statistics. Reads `state` only.
ClusterSet buildSnapshot(const EngineState &state, const std::atomic_bool *cancel,
                         const ProgressFn &progress);

// The clusters of the grouped templates with their statistics, samples and time buckets, in
// their final order, into `data`, whose templates are described already (snapshotclusters.cpp).
void buildClusters(const EngineState &state, const MinerResult &mined,
                   const std::vector<MinerSignature> &sigs, const GroupingResult &grouping,
                   ClusterSet::Data &data, const ProgressFn &progress);

// Fills IssueCluster::valueDistributions (valuedistributions.cpp); `clusters` indexed as
// `templateCluster` numbers them.
void addValueDistributions(const std::vector<MinerSignature> &sigs,
                           const std::vector<quint32> &sigTemplate,
                           const std::vector<quint32> &templateCluster,
                           std::vector<IssueCluster> &clusters);

} // namespace gardener::clustering::detail
