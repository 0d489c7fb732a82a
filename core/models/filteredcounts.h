#pragma once

#include "core/clustering/clusterset.h"
#include "core/logs/severity.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <vector>

namespace gardener {

class LogStore;

// A cluster's entries inside the filter's time range and severities.
struct ClusterRangeCounts
{
    quint64 count = 0;
    SeverityCounts severities{};
    std::vector<quint32>
        buckets; // sparkline over the range, FilteredCounts::bucketStartNs/bucketNs
};

// What the clusters table shows while a time range or a minimum severity is chosen: each
// cluster's entries that pass both, and its histogram over the range. Keeps the set it was
// counted over, so counts are never applied to another snapshot's cluster indices.
struct FilteredCounts
{
    clustering::ClusterSet set;
    qint64 fromNs = 0; // [fromNs, toNs); both 0 = any time
    qint64 toNs = 0;
    quint32 severityMask = 0; // bit i = severity i counts; 0 = any
    qint64 bucketStartNs = 0;
    qint64 bucketNs = 0;
    std::vector<ClusterRangeCounts> clusters; // by cluster index of `set`
    quint64 entries = 0;                      // all matching entries

    bool isFor(const clustering::ClusterSet &other) const
    {
        return &set.clusters() == &other.clusters();
    }
};

// One pass over the store (any thread; `cancel` is checked every 64k entries, a cancelled
// count returns an empty result). The sparkline has `buckets` buckets over the range, or over
// the clusters' own histogram span when no time range is given.
FilteredCounts countFiltered(const LogStore &store, const clustering::ClusterSet &set,
                             qint64 fromNs, qint64 toNs, quint32 severityMask, int buckets = 48,
                             const std::atomic_bool *cancel = nullptr);

// Runs countFiltered on the thread pool, one request at a time: a new request cancels the one
// running, and only the newest answer is delivered. A request without a filter answers
// nullptr at once (the table shows whole clusters again).
class FilteredCountsJob final : public QObject
{
    Q_OBJECT
public:
    explicit FilteredCountsJob(QObject *parent = nullptr);
    ~FilteredCountsJob() override;

    void request(std::shared_ptr<const LogStore> store, const clustering::ClusterSet &set,
                 qint64 fromNs, qint64 toNs, quint32 severityMask);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void ready(std::shared_ptr<const gardener::FilteredCounts> counts);

private:
    quint64 m_job = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace gardener
