#include "core/clustering/clustersnapshot.h"

#include "core/clustering/enginestate.h"
#include "core/clustering/fingerprint.h"
#include "core/clustering/issuegrouper.h"
#include "core/clustering/templateminer.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

// The cluster half of buildSnapshot: each cluster's statistics, samples and time buckets from
// the grouped templates, and the clusters' final order.
namespace gardener::clustering::detail {
namespace {

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

qint64 chooseBucketSize(qint64 range)
{
    static const qint64 sizes[] = {1,    10,       60,    300,       900,
                                   3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400};
    for (qint64 s : sizes)
        if (range / (s * 1'000'000'000LL) < 60)
            return s * 1'000'000'000LL;
    return range / 59 + 1;
}

QString clusterName(const std::string &templ)
{
    QString name = qs(normaliseTemplate(templ));
    name.replace(QStringLiteral("<*>"), QStringLiteral("…"));
    if (name.size() > 100)
        name = name.left(99) + QStringLiteral("…");
    return name;
}

void topCounts(const std::unordered_map<quint32, quint64> &counts, const Interner &strings,
               std::vector<NamedCount> &out)
{
    std::vector<std::pair<quint32, quint64>> v(counts.begin(), counts.end());
    std::sort(v.begin(), v.end(), [&](auto &x, auto &y) {
        return x.second != y.second ? x.second > y.second
                                    : strings.at(x.first) < strings.at(y.first);
    });
    for (size_t i = 0; i < v.size() && i < 8; ++i)
        out.push_back({qs(strings.at(v[i].first)), v[i].second});
}

size_t distinctInUnion(std::vector<const HashSet64 *> &sets)
{
    if (sets.empty())
        return 0;
    if (sets.size() == 1)
        return sets.front()->size();
    std::sort(sets.begin(), sets.end(),
              [](const HashSet64 *a, const HashSet64 *b) { return a->size() > b->size(); });
    HashSet64 all = *sets.front();
    for (size_t i = 1; i < sets.size() && all.size() < DistinctCap; ++i)
        sets[i]->forEach([&](quint64 h) {
            if (all.size() < DistinctCap)
                all.insert(h);
        });
    return all.size();
}

// What the signatures of each cluster add up to beyond its counts.
struct ClusterTallies
{
    std::vector<std::unordered_map<quint32, quint64>> services, revisions;
    std::vector<std::unordered_map<quint64, quint64>> locations;
    // Distinct values are counted over the union of the signatures' sets: most clusters have
    // one set per value kind, and a union starts from a copy of the largest set, so the
    // millions of ids of a large run are not inserted one by one again.
    std::vector<std::array<std::vector<const HashSet64 *>, 4>> valueSets;
    std::vector<quint64> weightedUsers;
    std::vector<std::vector<quint64>> firstOfTemplate; // its first entry, per template
};

ClusterTallies tallySignatures(const EngineState &st, const MinerResult &mined,
                               const GroupingResult &grouping, std::vector<IssueCluster> &clusters)
{
    const size_t nc = clusters.size();
    ClusterTallies tally;
    tally.services.resize(nc);
    tally.revisions.resize(nc);
    tally.locations.resize(nc);
    tally.valueSets.resize(nc);
    tally.weightedUsers.assign(nc, 0);
    tally.firstOfTemplate.assign(mined.templates.size(), std::vector<quint64>{});
    for (size_t s = 0; s < st.signatures.size(); ++s) {
        const SignatureStats &sig = st.signatures[s];
        const quint32 t = mined.signatureTemplate[s];
        const quint32 c = grouping.templateCluster[t];
        IssueCluster &cl = clusters[c];
        cl.count += sig.count;
        for (size_t k = 0; k < cl.severities.size(); ++k)
            cl.severities[k] += sig.severities[k];
        for (auto [id, n] : sig.services.items)
            tally.services[c][id] += n;
        for (auto [id, n] : sig.revisions.items)
            tally.revisions[c][id] += n;
        if (sig.lines.items.empty())
            tally.locations[c][quint64(sig.location) << 32] += sig.count;
        for (auto [line, n] : sig.lines.items)
            tally.locations[c][(quint64(sig.location) << 32) | line] += n;
        if (sig.values)
            for (size_t k = 0; k < 4; ++k)
                if ((*sig.values)[k].size() > 0)
                    tally.valueSets[c][k].push_back(&(*sig.values)[k]);
        tally.weightedUsers[c] = std::max(tally.weightedUsers[c], sig.weightedUsers);
        auto &first = tally.firstOfTemplate[t];
        if (first.empty() || sig.firstEntry < first[0])
            first = {sig.firstEntry};
    }
    return tally;
}

// The time buckets every cluster shares: the whole run's range in chooseBucketSize steps.
struct Buckets
{
    qint64 startNs = 0, sizeNs = 0;
    size_t count = 0;
};

Buckets bucketsOf(const EngineState &st)
{
    qint64 minTs = 0, maxTs = 0;
    for (const SignatureStats &sig : st.signatures) {
        if (sig.firstNs != 0 && (minTs == 0 || sig.firstNs < minTs))
            minTs = sig.firstNs;
        maxTs = std::max(maxTs, sig.lastNs);
    }
    Buckets b;
    b.startNs = minTs;
    b.sizeNs = minTs ? chooseBucketSize(maxTs - minTs) : 0;
    b.count = b.sizeNs ? size_t((maxTs - minTs) / b.sizeNs + 1) : 0;
    return b;
}

// The most frequent source locations of a cluster, at most eight, unknown ones left out.
void addTopLocations(const EngineState &st, const std::unordered_map<quint64, quint64> &counts,
                     IssueCluster &cl)
{
    std::vector<std::pair<quint64, quint64>> locs(counts.begin(), counts.end());
    std::sort(locs.begin(), locs.end(), [](auto &x, auto &y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    for (size_t i = 0; i < locs.size() && i < 8; ++i) {
        const Location &l = st.locations[quint32(locs[i].first >> 32)];
        if (l.file == 0 && l.function == 0)
            continue;
        cl.locations.push_back({qs(st.strings.at(l.file)), qs(st.strings.at(l.function)),
                                qint32(locs[i].first & 0xffffffffu), locs[i].second});
    }
}

// Cluster c's templates (largest first), fingerprint, name, severity, services, locations,
// distinct values and explanation; its templates learn their cluster.
void describeCluster(const EngineState &st, const MinerResult &mined,
                     const GroupingResult &grouping, const ClusterTallies &tally,
                     const Buckets &buckets, quint32 c, IssueCluster &cl,
                     std::vector<TemplateInfo> &templates)
{
    std::sort(cl.templates.begin(), cl.templates.end(), [&](quint32 a, quint32 b) {
        const TemplateInfo &x = templates[a], &y = templates[b];
        return x.count != y.count ? x.count > y.count : x.fingerprint < y.fingerprint;
    });
    std::vector<QString> fps;
    for (quint32 t : cl.templates) {
        const TemplateInfo &ti = templates[t];
        fps.push_back(ti.fingerprint);
        if (ti.firstSeenNs != 0 && (cl.firstSeenNs == 0 || ti.firstSeenNs < cl.firstSeenNs))
            cl.firstSeenNs = ti.firstSeenNs;
        cl.lastSeenNs = std::max(cl.lastSeenNs, ti.lastSeenNs);
    }
    cl.fingerprint = clusterFingerprint(fps);
    cl.name = clusterName(joinTokens(mined.templates[cl.templates.front()].tokens));
    for (int k = SeverityCount - 1; k >= 0; --k)
        if (cl.severities[size_t(k)] > 0) {
            cl.maxSeverity = Severity(k);
            break;
        }
    topCounts(tally.services[c], st.strings, cl.services);
    topCounts(tally.revisions[c], st.strings, cl.revisions);
    addTopLocations(st, tally.locations[c], cl);
    std::array<std::vector<const HashSet64 *>, 4> valueSets = tally.valueSets[c];
    for (size_t k = 0; k < 4; ++k)
        cl.distinctValues[k] = distinctInUnion(valueSets[k]);
    // Rows of a grouped query count their users server-side; the largest is a lower bound.
    auto &users = cl.distinctValues[size_t(CountedValue::User)];
    users = std::max(users, tally.weightedUsers[c]);
    cl.bucketStartNs = buckets.startNs;
    cl.bucketSizeNs = buckets.sizeNs;
    cl.buckets.assign(buckets.count, 0);
    cl.explanation = grouping.explanations[c];
    cl.userDecided = grouping.userDecided[c];
    for (quint32 t : cl.templates)
        templates[t].cluster = c;
}

// One pass over the entries: time buckets, and each cluster's first, last and up to three
// diverse samples (the first entry of other templates of the cluster).
void addBucketsAndSamples(const EngineState &st, const MinerResult &mined,
                          const GroupingResult &grouping, const Buckets &buckets,
                          const ClusterTallies &tally, std::vector<IssueCluster> &clusters)
{
    const size_t nc = clusters.size();
    std::vector<qint64> firstTs(nc, 0), lastTs(nc, 0);
    std::vector<quint64> firstE(nc, ~0ull), lastE(nc, 0);
    for (size_t e = 0; e < st.entrySignature.size(); ++e) {
        const quint32 c = grouping.templateCluster[mined.signatureTemplate[st.entrySignature[e]]];
        const qint64 ts = st.entryTime[e];
        if (ts != 0 && buckets.count) {
            const size_t b = size_t((ts - buckets.startNs) / buckets.sizeNs);
            if (b < buckets.count)
                clusters[c].buckets[b] += quint32(
                    std::min<quint64>(st.weightOf(e), 0xffffffffu - clusters[c].buckets[b]));
        }
        if (firstE[c] == ~0ull || (ts != 0 && ts < firstTs[c])) {
            firstE[c] = e;
            firstTs[c] = ts;
        }
        if (ts >= lastTs[c]) {
            lastE[c] = e;
            lastTs[c] = ts;
        }
    }
    for (size_t c = 0; c < nc; ++c) {
        IssueCluster &cl = clusters[c];
        if (firstE[c] != ~0ull)
            cl.samples.push_back({firstE[c], SampleEntry::First});
        if (lastE[c] != firstE[c])
            cl.samples.push_back({lastE[c], SampleEntry::Last});
        for (size_t k = 1; k < cl.templates.size() && cl.samples.size() < 5; ++k) {
            const auto &f = tally.firstOfTemplate[cl.templates[k]];
            if (!f.empty() && f[0] != firstE[c] && f[0] != lastE[c])
                cl.samples.push_back({f[0], SampleEntry::Diverse});
        }
    }
}

// Final order: largest first, then fingerprint; templates learn their cluster's new index.
void placeClusters(std::vector<IssueCluster> &clusters, ClusterSet::Data &data)
{
    const quint32 nc = quint32(clusters.size());
    std::vector<quint32> order(nc);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return clusters[a].count != clusters[b].count
                   ? clusters[a].count > clusters[b].count
                   : clusters[a].fingerprint < clusters[b].fingerprint;
    });
    std::vector<quint32> newIndex(nc);
    for (quint32 i = 0; i < nc; ++i)
        newIndex[order[i]] = i;
    data.clusters.reserve(nc);
    for (quint32 i = 0; i < nc; ++i)
        data.clusters.push_back(std::move(clusters[order[i]]));
    for (TemplateInfo &t : data.templates)
        t.cluster = newIndex[t.cluster];
    for (int i = 0; i < int(data.clusters.size()); ++i)
        data.clusterByFingerprint.insert(data.clusters[size_t(i)].fingerprint, i);
    for (int i = 0; i < int(data.templates.size()); ++i)
        data.templateByFingerprint.insert(data.templates[size_t(i)].fingerprint, i);
}

} // namespace

void buildClusters(const EngineState &st, const MinerResult &mined,
                   const std::vector<MinerSignature> &sigs, const GroupingResult &grouping,
                   ClusterSet::Data &data, const ProgressFn &progress)
{
    std::vector<IssueCluster> clusters(grouping.clusterCount);
    for (quint32 t = 0; t < data.templates.size(); ++t)
        clusters[grouping.templateCluster[t]].templates.push_back(t);
    const ClusterTallies tally = tallySignatures(st, mined, grouping, clusters);
    const Buckets buckets = bucketsOf(st);
    for (quint32 c = 0; c < clusters.size(); ++c)
        describeCluster(st, mined, grouping, tally, buckets, c, clusters[c], data.templates);
    addValueDistributions(sigs, mined.signatureTemplate, grouping.templateCluster, clusters);

    data.entrySignature = st.entrySignature;
    data.signatureTemplate = mined.signatureTemplate;
    addBucketsAndSamples(st, mined, grouping, buckets, tally, clusters);
    if (progress)
        progress(3, 4);
    placeClusters(clusters, data);
}

} // namespace gardener::clustering::detail
