#include "core/models/filteredcounts.h"

#include "core/logs/logstore.h"
#include "core/util/workerpool.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace gardener {

FilteredCounts countFiltered(const LogStore &store, const clustering::ClusterSet &set,
                             qint64 fromNs, qint64 toNs, quint32 severityMask, int buckets,
                             const std::atomic_bool *cancel)
{
    FilteredCounts out;
    out.set = set;
    out.fromNs = fromNs;
    out.toNs = toNs;
    out.severityMask = severityMask;
    const auto &clusters = set.clusters();
    const bool byTime = toNs > fromNs;
    if (byTime) {
        out.bucketStartNs = fromNs;
        out.bucketNs = qMax<qint64>(1, (toNs - fromNs + buckets - 1) / qMax(1, buckets));
    } else if (!clusters.empty() && clusters.front().bucketSizeNs > 0) {
        // The clusters' own histogram span, at their resolution: the sparklines keep their shape.
        out.bucketStartNs = clusters.front().bucketStartNs;
        out.bucketNs = clusters.front().bucketSizeNs;
        buckets = int(clusters.front().buckets.size());
    }
    const size_t bucketCount = out.bucketNs > 0 ? size_t(qMax(0, buckets)) : 0;
    out.clusters.resize(clusters.size());
    for (auto &c : out.clusters)
        c.buckets.assign(bucketCount, 0);

    const size_t n = qMin(store.size(), set.entryCount());
    for (size_t i = 0; i < n; ++i) {
        if (cancel && (i & 0xffff) == 0 && cancel->load(std::memory_order_relaxed))
            return FilteredCounts{};
        const quint32 ci = set.clusterOfEntry(i);
        if (ci >= out.clusters.size())
            continue;
        const int s = severityIndex(store.severity(i));
        if (severityMask && !(severityMask & (1u << s)))
            continue;
        const qint64 t = store.timestampNs(i);
        if (byTime && (t < fromNs || t >= toNs))
            continue;
        ClusterRangeCounts &c = out.clusters[ci];
        ++c.count;
        ++c.severities[size_t(s)];
        ++out.entries;
        if (bucketCount > 0 && t >= out.bucketStartNs) {
            const qint64 b = (t - out.bucketStartNs) / out.bucketNs;
            if (b < qint64(bucketCount))
                ++c.buckets[size_t(b)];
        }
    }
    return out;
}

FilteredCountsJob::FilteredCountsJob(QObject *parent) : QObject(parent) {}

FilteredCountsJob::~FilteredCountsJob()
{
    cancel();
}

void FilteredCountsJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel.reset();
    ++m_job;
    m_running = false;
}

void FilteredCountsJob::request(std::shared_ptr<const LogStore> store,
                                const clustering::ClusterSet &set, qint64 fromNs, qint64 toNs,
                                quint32 severityMask)
{
    cancel();
    const quint64 id = m_job;
    if (!store || (toNs <= fromNs && severityMask == 0)) {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (id == m_job)
                    Q_EMIT ready(nullptr);
            },
            Qt::QueuedConnection);
        return;
    }
    m_running = true;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancel = flag;
    using Counts = std::shared_ptr<const FilteredCounts>;
    auto *watcher = new QFutureWatcher<Counts>(this);
    connect(watcher, &QFutureWatcher<Counts>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (id != m_job || watcher->future().resultCount() == 0)
            return; // a newer request replaced this one
        m_running = false;
        Q_EMIT ready(watcher->result());
    });
    // A copy of the set and a share of the store: the pass reads neither after they change.
    // On the session's pool at its lowered priority: the UI thread comes first.
    watcher->setFuture(QtConcurrent::run(
        &workerPool(), [store, set, fromNs, toNs, severityMask, flag]() -> Counts {
            lowerWorkerPriority();
            return std::make_shared<const FilteredCounts>(
                countFiltered(*store, set, fromNs, toNs, severityMask, 48, flag.get()));
        }));
}

} // namespace gardener
