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
// doubling times, all those shown while loading cost less than twice the final one whatever
// the size (at a fixed interval they grew to about a fifth of a large load's work). At least
// 500 ms apart, and at most a fifth of the time goes to them.
qint64 nextSnapshotMs(qint64 nowMs, qint64 snapshotMs);

// Near the end of the input (the last eighth) the final clusters come soon: a snapshot there
// would only delay them. False when the size is unknown.
bool nearlyRead(quint64 bytesRead, quint64 totalBytes);

} // namespace sessiondetail
} // namespace gardener
