#include "core/session/sessionworkers.h"

#include "core/clustering/clusterengine.h"
#include "core/logs/logstore.h"
#include "core/naming/clusternaming.h"

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

void addToReport(ReadReport &total, const ReadReport &read)
{
    total.format = read.format;
    total.entries += read.entries;
    total.skipped += read.skipped;
    total.problemCount += read.problemCount;
    total.problems += read.problems;
    total.bytesRead += read.bytesRead;
    total.bytesDecoded += read.bytesDecoded;
}

std::optional<FinalSnapshot> finalSnapshot(clustering::ClusterEngine &engine, const LogStore &store,
                                           const std::atomic_bool *cancel, LoadProgress &progress)
{
    auto set = std::make_shared<clustering::ClusterSet>(
        naming::namedByRules(engine.snapshot(cancel), &store));
    if (cancel->load())
        return std::nullopt;
    auto timeline = std::make_shared<TimelineData>(overallTimeline(store));
    progress.entries = store.size();
    progress.clusters = int(set->clusters().size());
    return FinalSnapshot{set, timeline};
}

} // namespace gardener::sessiondetail
