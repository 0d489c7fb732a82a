#pragma once

#include "core/demo/demorandom.h"

#include <functional>
#include <vector>

namespace gardener::demo {

// When entries happen: a daily rhythm, a few quiet periods, bursts of one issue cluster, and
// two deploys that split the window into three revisions. Entries are placed by inverting the
// cumulative rate, so entry i of n lands at timeAt((i + jitter) / n): sorted by construction,
// with nothing held per entry.
class DemoTimeline
{
public:
    struct Burst
    {
        qint64 startNs;
        qint64 endNs;
        int cluster;  // index into demoClusters()
        double share; // fraction of entries inside the burst that belong to it
    };

    // `pickBurstCluster(revision)` returns a cluster index that can burst during that
    // revision, or -1. Times are ns since the epoch; spanNs > 0.
    DemoTimeline(DemoRandom &rng, qint64 startNs, qint64 spanNs,
                 const std::function<int(int revision)> &pickBurstCluster);

    qint64 timeAt(double fraction) const;      // fraction in [0, 1)
    const Burst *burstAt(qint64 timeNs) const; // the burst covering timeNs, or nullptr
    int revisionAt(qint64 timeNs) const;       // 0, 1 or 2
    qint64 deployNs(int i) const { return m_deploy[size_t(i)]; } // i = 0, 1
    const std::vector<Burst> &bursts() const { return m_bursts; }

private:
    int bucketOf(qint64 timeNs) const;

    qint64 m_start;
    qint64 m_span;
    qint64 m_buckets = 1;
    double m_bucketNs;
    std::vector<double> m_cumulative; // normalised cumulative weight at each bucket's end
    std::vector<qint16> m_burstOf;    // per bucket: index into m_bursts or -1
    std::vector<Burst> m_bursts;
    qint64 m_deploy[2];
};

} // namespace gardener::demo
