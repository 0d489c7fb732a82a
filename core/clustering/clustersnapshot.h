#pragma once

#include "clusterengine.h"

namespace gardener::clustering::detail {

struct EngineState;

// Mines templates over the engine's distinct messages, groups them into issue clusters and
// gathers each cluster's statistics. Reads `state` only.
ClusterSet buildSnapshot(const EngineState &state, const std::atomic_bool *cancel,
                         const ProgressFn &progress);

} // namespace gardener::clustering::detail
