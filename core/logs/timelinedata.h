#pragma once

#include "core/logs/severity.h"

#include <QtGlobal>
#include <vector>

namespace gardener {

class LogStore;

// Entries per time bucket and severity: what the timeline chart draws. A plain value, built on
// any thread and handed to TimelineModel on the UI thread.
struct TimelineData
{
    qint64 startNs = 0;  // start of bucket 0 (UTC nanoseconds)
    qint64 bucketNs = 0; // width of every bucket; 0 when there are no buckets
    std::vector<SeverityCounts> buckets;

    bool isEmpty() const { return buckets.empty(); }
    qint64 endNs() const { return startNs + bucketNs * static_cast<qint64>(buckets.size()); }
    quint64 total() const;
    // The bucket holding timeNs, or -1 when it falls outside.
    int bucketAt(qint64 timeNs) const;
};

// A bucket width people read easily (1 s, 5 s, 15 s, 1 min, 5 min, 15 min, 1 h, 3 h, 6 h, 12 h,
// 1 d, 7 d) giving at most about targetBuckets buckets over spanNs.
qint64 niceBucketWidth(qint64 spanNs, int targetBuckets);

// A count axis from 0 to `top` with `count` ticks a whole, round step apart (1, 2, 5 × 10^k),
// top >= peak, at most maxTicks ticks: labels of whole counts never repeat or need decimals.
struct IntegerTicks
{
    double top = 1;
    int count = 2;
};
IntegerTicks integerTicks(double peak, int maxTicks = 6);

// Counts store entries into buckets of niceBucketWidth over [firstNs, lastNs]. With `subset`,
// only those entry indices are counted (the rest of the range stays, so a cluster's timeline
// lines up with the overall one). Entries without a timestamp are not counted.
TimelineData buildTimeline(const LogStore &store, qint64 firstNs, qint64 lastNs, int targetBuckets,
                           const std::vector<quint32> *subset = nullptr);

// The same buckets as `layout` (start and width), counting only `subset`.
TimelineData buildTimelineLike(const TimelineData &layout, const LogStore &store,
                               const std::vector<quint32> &subset);

} // namespace gardener
