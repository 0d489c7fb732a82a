#include "core/session/entryselection.h"

#include "core/clustering/clusterset.h"
#include "core/logs/logstore.h"

#include <algorithm>
#include <cstring>

namespace gardener {

namespace {

inline char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

} // namespace

bool containsIgnoreCase(std::string_view haystack, std::string_view needle)
{
    if (needle.empty())
        return true;
    if (haystack.size() < needle.size())
        return false;
    const char first = needle.front();
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - ('a' - 'A')) : first;
    const size_t last = haystack.size() - needle.size();
    for (size_t i = 0; i <= last; ++i) {
        const char c = haystack[i];
        if (c != first && c != firstUpper)
            continue;
        size_t k = 1;
        while (k < needle.size() && lowerAscii(haystack[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

EntryQueryResult selectEntries(const LogStore &store, const clustering::ClusterSet &clusters,
                               const EntryQuery &query, const TimelineData &layout,
                               const std::atomic_bool *cancel)
{
    EntryQueryResult result;
    result.query = query;
    if (query.isEverything()) {
        result.count = store.size();
        result.timeline = layout;
        return result;
    }
    const QByteArray needle = query.text.trimmed().toLower().toUtf8();
    const std::string_view lowerNeedle(needle.constData(), size_t(needle.size()));
    const QByteArray service = query.service.toUtf8();
    const std::string_view serviceView(service.constData(), size_t(service.size()));

    // Cluster membership as a bit per cluster index, so each entry costs one lookup.
    std::vector<bool> wanted;
    const bool byCluster = !query.clusters.isEmpty();
    if (byCluster) {
        wanted.assign(clusters.clusters().size(), false);
        for (const QString &fp : query.clusters) {
            const int ci = clusters.clusterIndex(fp);
            if (ci >= 0)
                wanted[size_t(ci)] = true;
        }
    }
    auto rows = std::make_shared<std::vector<quint32>>();
    result.timeline.startNs = layout.startNs;
    result.timeline.bucketNs = layout.bucketNs;
    result.timeline.buckets.assign(layout.buckets.size(), SeverityCounts{});
    const bool byTime = query.toNs > query.fromNs;
    const size_t n = store.size();
    for (size_t i = 0; i < n; ++i) {
        if (cancel && (i & 0xffff) == 0 && cancel->load(std::memory_order_relaxed))
            break;
        if (byCluster) {
            const quint32 ci = clusters.clusterOfEntry(i);
            if (ci == clustering::NoIndex || ci >= wanted.size() || !wanted[ci])
                continue;
        }
        const Severity severity = store.severity(i);
        if (query.severityMask && !(query.severityMask & (1u << severityIndex(severity))))
            continue;
        const qint64 t = store.timestampNs(i);
        if (byTime && (t < query.fromNs || t >= query.toNs))
            continue;
        if (!serviceView.empty() && store.service(i) != serviceView)
            continue;
        if (!lowerNeedle.empty() && !containsIgnoreCase(store.message(i), lowerNeedle))
            continue;
        rows->push_back(quint32(i));
        const int b = result.timeline.bucketAt(t);
        if (b >= 0)
            ++result.timeline.buckets[size_t(b)][size_t(severityIndex(severity))];
    }
    result.count = rows->size();
    result.rows = std::move(rows);
    return result;
}

QStringList clustersWithMessage(const LogStore &store, const clustering::ClusterSet &clusters,
                                const QString &text, const std::atomic_bool *cancel)
{
    const QByteArray needle = text.trimmed().toLower().toUtf8();
    QStringList out;
    if (needle.isEmpty())
        return out;
    const std::string_view lowerNeedle(needle.constData(), size_t(needle.size()));
    const auto &all = clusters.clusters();
    std::vector<bool> found(all.size(), false);
    size_t remaining = all.size();
    const size_t n = qMin(store.size(), clusters.entryCount());
    for (size_t i = 0; i < n && remaining > 0; ++i) {
        if (cancel && (i & 0xffff) == 0 && cancel->load(std::memory_order_relaxed))
            break;
        const quint32 ci = clusters.clusterOfEntry(i);
        if (ci == clustering::NoIndex || ci >= found.size() || found[ci])
            continue; // a cluster needs only one match
        if (containsIgnoreCase(store.message(i), lowerNeedle)) {
            found[ci] = true;
            --remaining;
            out << all[ci].fingerprint;
        }
    }
    return out;
}

} // namespace gardener
