#include "core/demo/demotimeline.h"

#include <algorithm>

namespace gardener::demo {

namespace {

constexpr qint64 kSecond = 1000000000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

// Relative traffic by UTC hour: a working day in the Americas and Europe, quiet early hours.
constexpr double kHourly[24] = {0.55, 0.45, 0.35, 0.3, 0.3,  0.35, 0.5,  0.7,
                                0.9,  1.05, 1.15, 1.2, 1.25, 1.3,  1.35, 1.4,
                                1.4,  1.35, 1.25, 1.1, 0.95, 0.85, 0.75, 0.65};

double dailyRate(qint64 timeNs)
{
    qint64 inDay = timeNs % (24 * kHour);
    if (inDay < 0)
        inDay += 24 * kHour;
    const qint64 hour = inDay / kHour;
    const double f = double(inDay % kHour) / double(kHour);
    return kHourly[hour] * (1.0 - f) + kHourly[(hour + 1) % 24] * f;
}

} // namespace

DemoTimeline::DemoTimeline(DemoRandom &rng, qint64 startNs, qint64 spanNs,
                           const std::function<int(int)> &pickBurstCluster)
    : m_start(startNs), m_span(std::max<qint64>(spanNs, 1))
{
    // Minute buckets, within bounds that keep setup cheap for very long or short windows.
    const qint64 buckets = std::clamp<qint64>(m_span / kMinute, 16, 1 << 17);
    m_buckets = buckets;
    m_bucketNs = double(m_span) / double(buckets);
    m_deploy[0] = m_start + qint64(double(m_span) * (0.30 + 0.10 * rng.uniform()));
    m_deploy[1] = m_start + qint64(double(m_span) * (0.65 + 0.10 * rng.uniform()));

    std::vector<double> weight(static_cast<size_t>(buckets), 0.0);
    for (qint64 b = 0; b < buckets; ++b)
        weight[size_t(b)] = dailyRate(m_start + qint64((double(b) + 0.5) * m_bucketNs));

    // Quiet periods: traffic nearly stops (a night without users, a paused job).
    const qint64 hours = m_span / kHour;
    const qint64 quiet = std::clamp<qint64>(hours / 8, 1, 100);
    for (qint64 q = 0; q < quiet; ++q) {
        const qint64 length = std::min<qint64>(rng.range(20, 90) * kMinute, m_span / 10);
        const qint64 from = m_start + qint64(rng.uniform() * double(m_span - length));
        for (int b = bucketOf(from), e = bucketOf(from + length); b <= e; ++b)
            weight[size_t(b)] *= 0.08;
    }

    double total = 0;
    for (double w : weight)
        total += w;
    const double mean = total / double(buckets);

    // Bursts: one cluster floods the logs for a few minutes (an outage, a retry storm).
    m_burstOf.assign(size_t(buckets), -1);
    const qint64 wanted = std::clamp<qint64>(hours / 4, 2, 400);
    for (qint64 tries = 0; qint64(m_bursts.size()) < wanted && tries < wanted * 4; ++tries) {
        const qint64 length = std::max<qint64>(
            std::min<qint64>(rng.range(3, 25) * kMinute, m_span / 20), qint64(m_bucketNs));
        const qint64 from = m_start + qint64(rng.uniform() * double(m_span - length));
        const double multiplier = double(rng.range(4, 14));
        const int first = bucketOf(from), last = bucketOf(from + length);
        bool free = true;
        for (int b = std::max(0, first - 2); b <= std::min<int>(int(buckets) - 1, last + 2); ++b)
            free = free && m_burstOf[size_t(b)] < 0;
        const int cluster = pickBurstCluster(revisionAt(from + length / 2));
        if (!free || cluster < 0)
            continue;
        const double extra = mean * multiplier;
        double base = 0;
        for (int b = first; b <= last; ++b) {
            base += weight[size_t(b)];
            weight[size_t(b)] += extra;
            m_burstOf[size_t(b)] = qint16(m_bursts.size());
        }
        base /= double(last - first + 1);
        m_bursts.push_back({m_start + qint64(double(first) * m_bucketNs),
                            m_start + qint64(double(last + 1) * m_bucketNs), cluster,
                            extra / (extra + base)});
    }
    std::sort(m_bursts.begin(), m_bursts.end(),
              [](const Burst &a, const Burst &b) { return a.startNs < b.startNs; });
    // Sorting moved the bursts; point the buckets at their new places.
    for (size_t i = 0; i < m_bursts.size(); ++i)
        for (int b = bucketOf(m_bursts[i].startNs), e = bucketOf(m_bursts[i].endNs - 1); b <= e;
             ++b)
            m_burstOf[size_t(b)] = qint16(i);

    m_cumulative.resize(size_t(buckets));
    double running = 0;
    total = 0;
    for (double w : weight)
        total += w;
    for (qint64 b = 0; b < buckets; ++b) {
        running += weight[size_t(b)];
        m_cumulative[size_t(b)] = running / total;
    }
    m_cumulative.back() = 1.0;
}

int DemoTimeline::bucketOf(qint64 timeNs) const
{
    const qint64 b = qint64(double(timeNs - m_start) / m_bucketNs);
    return int(std::clamp<qint64>(b, 0, m_buckets - 1));
}

qint64 DemoTimeline::timeAt(double fraction) const
{
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), fraction);
    const size_t b = std::min(size_t(it - m_cumulative.begin()), m_cumulative.size() - 1);
    const double lo = b == 0 ? 0.0 : m_cumulative[b - 1];
    const double hi = m_cumulative[b];
    const double within = hi > lo ? std::clamp((fraction - lo) / (hi - lo), 0.0, 1.0) : 0.0;
    const qint64 t = m_start + qint64((double(b) + within) * m_bucketNs);
    return std::min(t, m_start + m_span - 1);
}

const DemoTimeline::Burst *DemoTimeline::burstAt(qint64 timeNs) const
{
    const int i = m_burstOf[size_t(bucketOf(timeNs))];
    return i < 0 ? nullptr : &m_bursts[size_t(i)];
}

int DemoTimeline::revisionAt(qint64 timeNs) const
{
    return timeNs < m_deploy[0] ? 0 : (timeNs < m_deploy[1] ? 1 : 2);
}

} // namespace gardener::demo
