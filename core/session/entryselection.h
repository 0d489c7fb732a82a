#pragma once

#include "core/session/sessiontypes.h"

#include <atomic>
#include <string_view>

namespace gardener {

class LogStore;
namespace clustering {
class ClusterSet;
}

// ASCII case-insensitive substring search (`needle` already lower-case). Messages are UTF-8;
// non-ASCII bytes compare exactly, which is what people expect from a filter box.
bool containsIgnoreCase(std::string_view haystack, std::string_view lowerNeedle);

// Runs an EntryQuery over a finished store and its clusters (any thread). `layout` gives the
// time buckets of the result's timeline. Returns rows == nullptr when the query selects
// everything. Stops early (returning what it has) when `cancel` becomes true.
EntryQueryResult selectEntries(const LogStore &store, const clustering::ClusterSet &clusters,
                               const EntryQuery &query, const TimelineData &layout,
                               const std::atomic_bool *cancel = nullptr);

// Fingerprints of clusters that have at least one entry whose message contains `lowerText`.
QStringList clustersWithMessage(const LogStore &store, const clustering::ClusterSet &clusters,
                                const QString &text, const std::atomic_bool *cancel = nullptr);

} // namespace gardener
