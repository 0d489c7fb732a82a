#include "core/session/sessionworkers.h"

#include "core/logs/logstore.h"

#include <algorithm>

namespace gardener::sessiondetail {

namespace {
// The chart's resolution: enough buckets to show bursts, few enough to draw instantly.
constexpr int kTimelineBuckets = 120;
} // namespace

TimelineData overallTimeline(const LogStore &store)
{
    qint64 first = 0, last = 0;
    for (size_t i = 0; i < store.size(); ++i) {
        const qint64 t = store.timestampNs(i);
        if (t == 0)
            continue;
        if (first == 0 || t < first)
            first = t;
        last = qMax(last, t);
    }
    return buildTimeline(store, first, last, kTimelineBuckets);
}

qint64 nextSnapshotMs(qint64 nowMs, qint64 snapshotMs)
{
    return std::max({nowMs * 2, nowMs + 500, nowMs + snapshotMs * 4});
}

bool pastHalfway(quint64 bytesRead, quint64 totalBytes)
{
    return totalBytes > 0 && bytesRead >= totalBytes / 2;
}

} // namespace gardener::sessiondetail
