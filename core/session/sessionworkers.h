#pragma once

// What the Session's two ways of loading (files, and pages streamed from a collection) share:
// the overall timeline (the worker pool is util/workerpool.h). Internal to core/session.

#include "core/clustering/clusterset.h"
#include "core/logs/logreader.h"
#include "core/logs/timelinedata.h"
#include "core/session/sessiontypes.h"
#include "core/util/workerpool.h"

#include <atomic>
#include <memory>
#include <optional>

namespace gardener {
class LogStore;

namespace clustering {
class ClusterEngine;
}

namespace sessiondetail {

// The whole store over time, at the chart's resolution.
TimelineData overallTimeline(const LogStore &store);

// When to take the next snapshot while loading, `nowMs` into the load, the last snapshot having
// taken `snapshotMs`. A snapshot costs in proportion to the entries read so far: taken at
// doubling times and only in the first half of the input (pastHalfway), all those shown while
// loading cost less together than the final one, whatever the size (at a fixed interval they
// grew to about a fifth of a large load's work). At least 500 ms apart, and at most a fifth
// of the time goes to them.
qint64 nextSnapshotMs(qint64 nowMs, qint64 snapshotMs);

// In the second half of the input the final clusters come within the time already spent: an
// intermediate snapshot there would cost the most and only delay them. False when the size is
// unknown.
bool pastHalfway(quint64 bytesRead, quint64 totalBytes);

// Adds what one read found to a load's report (its format: the last one read). Pages and the
// source are counted by the caller, files and streamed pages differ there.
void addToReport(ReadReport &total, const ReadReport &read);

// What a finished load hands over besides the store: the clusters, named, and the timeline.
struct FinalSnapshot
{
    std::shared_ptr<clustering::ClusterSet> set;
    std::shared_ptr<TimelineData> timeline;
};
// Takes the final snapshot on the load's worker and counts its entries and clusters into
// `progress`; nothing when the load was cancelled meanwhile.
std::optional<FinalSnapshot> finalSnapshot(clustering::ClusterEngine &engine, const LogStore &store,
                                           const std::atomic_bool *cancel, LoadProgress &progress);

} // namespace sessiondetail
} // namespace gardener
