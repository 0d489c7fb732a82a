#pragma once

// What the Session's two ways of loading (files, and pages streamed from a collection) share:
// the worker pool, the workers' priority and the overall timeline. Internal to core/session.

#include "logs/timelinedata.h"

class QThreadPool;

namespace gardener {
class LogStore;

namespace sessiondetail {

// Workers run at a lower scheduling priority than the UI thread, so on a busy machine the
// window keeps getting the CPU first and stays responsive while reading and clustering go on.
void lowerWorkerPriority();
// Our own pool, so engine-internal parallelism on the global pool never waits behind us.
QThreadPool &workerPool();
// The whole store over time, at the chart's resolution.
TimelineData overallTimeline(const LogStore &store);

} // namespace sessiondetail
} // namespace gardener
