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

} // namespace sessiondetail
} // namespace gardener
