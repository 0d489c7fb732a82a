#include "core/logs/timelinedata.h"

#include "core/logs/logstore.h"

#include <array>
#include <cmath>

namespace gardener {

quint64 TimelineData::total() const
{
    quint64 sum = 0;
    for (const auto &bucket : buckets) {
        for (quint64 n : bucket)
            sum += n;
    }
    return sum;
}

int TimelineData::bucketAt(qint64 timeNs) const
{
    if (bucketNs <= 0 || timeNs < startNs)
        return -1;
    const qint64 index = (timeNs - startNs) / bucketNs;
    return index < static_cast<qint64>(buckets.size()) ? static_cast<int>(index) : -1;
}

qint64 niceBucketWidth(qint64 spanNs, int targetBuckets)
{
    constexpr qint64 s = 1'000'000'000LL;
    static constexpr std::array<qint64, 16> widths = {
        s,         5 * s,         15 * s,         30 * s,         60 * s,       300 * s,
        900 * s,   1800 * s,      3600 * s,       3 * 3600 * s,   6 * 3600 * s, 12 * 3600 * s,
        86400 * s, 7 * 86400 * s, 30 * 86400 * s, 365 * 86400 * s};
    const qint64 target = qMax(1, targetBuckets);
    for (qint64 w : widths) {
        if (spanNs / w < target)
            return w;
    }
    return widths.back();
}

IntegerTicks integerTicks(double peak, int maxTicks)
{
    const int intervals = qMax(1, maxTicks - 1);
    const double need = qMax(1.0, std::ceil(peak));
    for (double magnitude = 1;; magnitude *= 10) {
        for (const double m : {1.0, 2.0, 5.0}) {
            const double step = m * magnitude;
            const double steps = std::ceil(need / step);
            if (steps <= intervals)
                return {steps * step, int(steps) + 1};
        }
    }
}

namespace {

void count(TimelineData &data, const LogStore &store, size_t i)
{
    const qint64 t = store.timestampNs(i);
    if (t == 0)
        return;
    const int b = data.bucketAt(t);
    if (b >= 0)
        ++data.buckets[static_cast<size_t>(b)]
                      [static_cast<size_t>(severityIndex(store.severity(i)))];
}

} // namespace

TimelineData buildTimeline(const LogStore &store, qint64 firstNs, qint64 lastNs, int targetBuckets,
                           const std::vector<quint32> *subset)
{
    TimelineData data;
    if (lastNs < firstNs || firstNs == 0)
        return data;
    data.bucketNs = niceBucketWidth(lastNs - firstNs, targetBuckets);
    // Align to the width so bucket edges fall on round times (12:05, not 12:03:17).
    data.startNs = firstNs - (firstNs % data.bucketNs);
    const qint64 n = (lastNs - data.startNs) / data.bucketNs + 1;
    data.buckets.assign(static_cast<size_t>(n), SeverityCounts{});
    if (subset) {
        for (quint32 i : *subset) {
            if (i < store.size())
                count(data, store, i);
        }
    } else {
        for (size_t i = 0; i < store.size(); ++i)
            count(data, store, i);
    }
    return data;
}

TimelineData buildTimelineLike(const TimelineData &layout, const LogStore &store,
                               const std::vector<quint32> &subset)
{
    TimelineData data;
    data.startNs = layout.startNs;
    data.bucketNs = layout.bucketNs;
    data.buckets.assign(layout.buckets.size(), SeverityCounts{});
    for (quint32 i : subset) {
        if (i < store.size())
            count(data, store, i);
    }
    return data;
}

} // namespace gardener
