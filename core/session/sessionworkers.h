#pragma once

// What the Session's two ways of loading (files, and pages streamed from a collection) share:
// the overall timeline (the worker pool is util/workerpool.h). Internal to core/session.

#include "core/logs/timelinedata.h"
#include "core/util/workerpool.h"

namespace gardener {
class LogStore;

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

} // namespace sessiondetail
} // namespace gardener
