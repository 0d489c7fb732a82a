#include "core/evidence/deploys.h"

#include "core/clustering/clusterset.h"
#include "core/evidence/evidencetext.h"
#include "core/logs/logstore.h"

#include <QRegularExpression>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace gardener::evidence {

QString shortRevision(const QString &revision)
{
    static const QRegularExpression generated(QStringLiteral("-(\\d{5})-[a-z0-9]{2,4}$"));
    const auto m = generated.match(revision);
    return m.hasMatch() ? m.captured(1) : revision;
}

QString durationText(qint64 ns)
{
    const qint64 s = qMax<qint64>(0, ns / 1'000'000'000);
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    const qint64 min = (s + 30) / 60;
    if (min < 60)
        return QStringLiteral("%1 min").arg(min);
    const qint64 h = min / 60;
    if (h < 48)
        return min % 60 ? QStringLiteral("%1 h %2 min").arg(h).arg(min % 60)
                        : QStringLiteral("%1 h").arg(h);
    return QStringLiteral("%1 days").arg((h + 12) / 24);
}

namespace {

void sortRollout(std::vector<RevisionStat> &revisions)
{
    std::sort(revisions.begin(), revisions.end(), [](const RevisionStat &a, const RevisionStat &b) {
        return a.servingSinceNs() != b.servingSinceNs() ? a.servingSinceNs() < b.servingSinceNs()
                                                        : a.revision < b.revision;
    });
}

std::vector<RevisionStat> countRevisions(const LogStore &store, const std::vector<quint64> &members,
                                         const DeployOptions &options)
{
    std::unordered_set<quint32> services;
    for (quint64 e : members) {
        if (e < store.size())
            services.insert(store.serviceId(size_t(e)));
    }
    std::unordered_map<quint32, RevisionStat> byId;
    size_t next = 0; // members are sorted: walk them alongside
    for (size_t i = 0; i < store.size(); ++i) {
        while (next < members.size() && members[next] < i)
            ++next;
        const bool inCluster = next < members.size() && members[next] == i;
        const quint32 rev = store.revisionId(i);
        if (rev == 0 || !services.count(store.serviceId(i)))
            continue;
        RevisionStat &r = byId[rev];
        const qint64 t = store.timestampNs(i);
        ++r.entries;
        if (t != 0 && (r.firstEntryNs == 0 || t < r.firstEntryNs))
            r.firstEntryNs = t;
        r.lastEntryNs = qMax(r.lastEntryNs, t);
        if (inCluster) {
            ++r.clusterEntries;
            if (t != 0 && (r.clusterFirstNs == 0 || t < r.clusterFirstNs))
                r.clusterFirstNs = t;
            r.clusterLastNs = qMax(r.clusterLastNs, t);
        }
    }
    std::vector<RevisionStat> out;
    for (auto &[id, r] : byId) {
        const std::string_view name = store.pool().at(id);
        r.revision = QString::fromUtf8(name.data(), qsizetype(name.size()));
        r.createdNs = options.createdNs.value(r.revision, 0);
        out.push_back(std::move(r));
    }
    sortRollout(out);
    return out;
}

// "0 of 5,120 entries of 00644" or, over several revisions, "0 of 7,000 entries of the 3
// revisions before it".
QString noneOf(const std::vector<const RevisionStat *> &others, const QString &several)
{
    quint64 total = 0;
    for (const RevisionStat *r : others)
        total += r->entries;
    if (others.size() == 1)
        return QStringLiteral("0 of %1 entries of %2")
            .arg(countText(total), shortRevision(others.front()->revision));
    return QStringLiteral("0 of %1 entries of %2")
        .arg(countText(total), several.arg(others.size()));
}

void startedWith(DeployEvidence &d, const DeployOptions &options)
{
    const auto &revs = d.revisions;
    const auto first = std::find_if(revs.begin(), revs.end(),
                                    [](const RevisionStat &r) { return r.clusterEntries > 0; });
    if (first == revs.end() || first == revs.begin())
        return;
    std::vector<const RevisionStat *> before;
    for (auto it = revs.begin(); it != first; ++it) {
        if (it->entries > 0)
            before.push_back(&*it);
    }
    // The earliest cluster entry must be in this revision, soon after it began serving.
    qint64 clusterFirst = first->clusterFirstNs;
    for (const RevisionStat &r : revs) {
        if (r.clusterEntries > 0 && r.clusterFirstNs < clusterFirst)
            return;
    }
    const qint64 delta = clusterFirst - first->servingSinceNs();
    if (before.empty() || delta < 0 || delta > options.startWindowNs)
        return;
    d.firstSeenWithRevision = true;
    d.startedWith = first->revision;
    d.startedAfterNs = delta;
    // The Admin API's creation time is when the deploy happened; else the first entry tells
    // when the revision began serving.
    d.statements << (first->createdNs > 0
                         ? QStringLiteral("first seen %1 after revision %2 was created (%3)")
                         : QStringLiteral("first seen %1 after revision %2 started serving (%3)"))
                        .arg(durationText(delta), shortRevision(first->revision),
                             noneOf(before, QStringLiteral("the %1 revisions before it")));
}

void onlyIn(DeployEvidence &d)
{
    const RevisionStat *only = nullptr;
    std::vector<const RevisionStat *> others;
    for (const RevisionStat &r : d.revisions) {
        if (r.clusterEntries > 0) {
            if (only)
                return;
            only = &r;
        } else if (r.entries > 0) {
            others.push_back(&r);
        }
    }
    if (!only || others.empty())
        return;
    // Name the other revision with the most entries: the strongest "none there".
    std::sort(others.begin(), others.end(),
              [](auto *a, auto *b) { return a->entries > b->entries; });
    d.onlyInOneRevision = true;
    d.onlyIn = only->revision;
    d.onlyInLatestRevision = only == &d.revisions.back();
    d.statements << QStringLiteral("only in revision %1 (%2)")
                        .arg(shortRevision(only->revision),
                             noneOf(others, QStringLiteral("the other %1 revisions")));
}

void stoppedAfter(DeployEvidence &d)
{
    const auto &revs = d.revisions;
    const auto last = std::find_if(revs.rbegin(), revs.rend(),
                                   [](const RevisionStat &r) { return r.clusterEntries > 0; });
    if (last == revs.rend() || last == revs.rbegin())
        return;
    std::vector<const RevisionStat *> after;
    for (auto it = last.base(); it != revs.end(); ++it) {
        if (it->entries > 0)
            after.push_back(&*it);
    }
    if (after.empty())
        return;
    d.stoppedAfterRevision = true;
    d.stoppedAfter = last->revision;
    d.statements << QStringLiteral("stopped after revision %1 (last seen %2; %3)")
                        .arg(shortRevision(last->revision), timeText(last->clusterLastNs),
                             noneOf(after, QStringLiteral("the %1 revisions after it")));
}

void derive(DeployEvidence &d, const DeployOptions &options)
{
    if (d.revisions.empty())
        return;
    startedWith(d, options);
    onlyIn(d);
    stoppedAfter(d);
    const bool everywhere = d.revisions.size() > 1 &&
                            std::all_of(d.revisions.begin(), d.revisions.end(),
                                        [](const RevisionStat &r) { return r.clusterEntries > 0; });
    if (everywhere) {
        d.statements << QStringLiteral("in all %1 revisions, from %2 to %3 (not tied to a deploy)")
                            .arg(d.revisions.size())
                            .arg(shortRevision(d.revisions.front().revision),
                                 shortRevision(d.revisions.back().revision));
    }
}

struct PairStat
{
    quint64 entries = 0;
    qint64 first = 0;
    qint64 last = 0;
    void add(qint64 t)
    {
        ++entries;
        if (t != 0 && (first == 0 || t < first))
            first = t;
        last = qMax(last, t);
    }
};

quint64 key(quint32 a, quint32 b)
{
    return (quint64(a) << 32) | b;
}

} // namespace

std::vector<DeployFlags> deployFlags(const LogStore &store, const clustering::ClusterSet &set,
                                     const DeployOptions &options)
{
    std::vector<DeployFlags> out;
    for (const DeployEvidence &d : deployEvidenceForAll(store, set, options))
        out.push_back({d.firstSeenWithRevision, d.onlyInLatestRevision});
    return out;
}

std::vector<DeployEvidence> deployEvidenceForAll(const LogStore &store,
                                                 const clustering::ClusterSet &set,
                                                 const DeployOptions &options)
{
    const size_t clusters = set.clusters().size();
    std::unordered_map<quint64, PairStat> byServiceRevision, byClusterRevision;
    std::vector<std::unordered_set<quint32>> services(clusters);
    const size_t n = std::min(store.size(), set.entryCount());
    for (size_t i = 0; i < n; ++i) {
        const quint32 c = set.clusterOfEntry(i);
        const quint32 s = store.serviceId(i), r = store.revisionId(i);
        if (c < clusters)
            services[c].insert(s);
        if (r == 0)
            continue;
        byServiceRevision[key(s, r)].add(store.timestampNs(i));
        if (c < clusters)
            byClusterRevision[key(c, r)].add(store.timestampNs(i));
    }
    std::vector<DeployEvidence> out(clusters);
    for (size_t c = 0; c < clusters; ++c) {
        std::unordered_map<quint32, RevisionStat> byRevision;
        for (const auto &[k, stat] : byServiceRevision) {
            if (!services[c].count(quint32(k >> 32)))
                continue;
            RevisionStat &r = byRevision[quint32(k)];
            r.entries += stat.entries;
            if (stat.first != 0 && (r.firstEntryNs == 0 || stat.first < r.firstEntryNs))
                r.firstEntryNs = stat.first;
            r.lastEntryNs = qMax(r.lastEntryNs, stat.last);
        }
        DeployEvidence &d = out[c];
        for (auto &[rev, r] : byRevision) {
            const auto it = byClusterRevision.find(key(quint32(c), rev));
            if (it != byClusterRevision.end()) {
                r.clusterEntries = it->second.entries;
                r.clusterFirstNs = it->second.first;
                r.clusterLastNs = it->second.last;
            }
            const std::string_view name = store.pool().at(rev);
            r.revision = QString::fromUtf8(name.data(), qsizetype(name.size()));
            r.createdNs = options.createdNs.value(r.revision, 0);
            d.revisions.push_back(std::move(r));
        }
        sortRollout(d.revisions);
        derive(d, options);
    }
    return out;
}

DeployEvidence deployEvidence(const LogStore &store, const std::vector<quint64> &clusterEntries,
                              const DeployOptions &options)
{
    DeployEvidence d;
    d.revisions = countRevisions(store, clusterEntries, options);
    derive(d, options);
    return d;
}

} // namespace gardener::evidence
