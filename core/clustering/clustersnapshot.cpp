#include "core/clustering/clustersnapshot.h"

#include "core/clustering/enginestate.h"
#include "core/clustering/fingerprint.h"
#include "core/clustering/issuegrouper.h"
#include "core/clustering/messageshapes.h"
#include "core/clustering/templateminer.h"
#include "core/clustering/topicmatcher.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace gardener::clustering::detail {
namespace {

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::vector<std::string_view> splitTokens(const std::string &text)
{
    std::vector<std::string_view> out;
    out.reserve(size_t(std::count(text.begin(), text.end(), ' ')) + 1);
    const std::string_view v(text);
    size_t i = 0;
    while (i < v.size()) {
        size_t j = v.find(' ', i);
        if (j == std::string_view::npos)
            j = v.size();
        if (j > i)
            out.push_back(v.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

// The entries with a trace as compact records sorted by (trace, time, template): sorting the
// values themselves, not indices into three arrays, keeps large inputs cache friendly.
struct TraceRec
{
    quint64 trace;
    qint64 time;
    quint32 tmpl;
    bool operator<(const TraceRec &o) const
    {
        return std::tie(trace, time, tmpl) < std::tie(o.trace, o.time, o.tmpl);
    }
};

// How often two templates came together, and how far apart.
struct PairAcc
{
    quint64 together = 0;
    std::array<quint32, 24> deltaLog{}; // histogram of deltas by powers of two (µs)
};

// The pairs (key: the smaller template in the high half) as co-occurrences, sorted by templates.
std::vector<CoOccurrence> summarisePairs(const std::unordered_map<quint64, PairAcc> &pairs)
{
    std::vector<CoOccurrence> out;
    out.reserve(pairs.size());
    for (const auto &[key, acc] : pairs) {
        CoOccurrence c;
        c.a = quint32(key >> 32);
        c.b = quint32(key & 0xffffffffu);
        c.together = acc.together;
        c.medianDeltaMs = -1;
        quint64 half = (acc.together + 1) / 2, run = 0;
        for (size_t b = 0; b < acc.deltaLog.size(); ++b) {
            run += acc.deltaLog[b];
            if (run >= half && c.medianDeltaMs < 0)
                c.medianDeltaMs = b == 0 ? 0.0 : double(qint64(1) << (b - 1)) / 1000.0;
            if (acc.deltaLog[b])
                c.maxDeltaMs = double(qint64(1) << b) / 1000.0; // the bucket's upper bound
        }
        c.medianDeltaMs = std::max(0.0, c.medianDeltaMs);
        out.push_back(c);
    }
    std::sort(out.begin(), out.end(), [](const CoOccurrence &x, const CoOccurrence &y) {
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    return out;
}

// Pairs of templates logged in the same trace close in time, or (`byTime`) logged within
// milliseconds of each other, trace or not: the lines of one event.
std::vector<CoOccurrence> coOccurrences(const EngineState &st,
                                        const std::vector<quint32> &sigTemplate,
                                        const std::atomic_bool *cancel, bool byTime = false)
{
    const auto wanted = [&](size_t i) {
        return byTime ? st.entryTime[i] != 0 : st.entryTrace[i] != 0;
    };
    const auto record = [&](size_t i) {
        return TraceRec{byTime ? 0 : st.entryTrace[i], st.entryTime[i],
                        sigTemplate[st.entrySignature[i]]};
    };
    // The trace pass puts each record straight into a bucket by the top bits of its trace hash
    // and sorts the buckets one by one: the same order as one sort of all of them, in about
    // half the time (a bucket of a few hundred records sorts in the cache). The time pass
    // keeps the input's order when it is already sorted, as exports usually are.
    constexpr int BucketBits = 11;
    const size_t buckets = byTime ? 1 : size_t(1) << BucketBits;
    const auto bucketOf = [&](size_t i) {
        return byTime ? size_t(0) : size_t(st.entryTrace[i] >> (64 - BucketBits));
    };
    // Counted first: growing the vector would copy it and touch fresh pages at every doubling.
    std::vector<size_t> start(buckets + 1, 0);
    for (size_t i = 0; i < st.entryTrace.size(); ++i)
        if (wanted(i))
            ++start[bucketOf(i) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    if (start.back() == 0)
        return {};
    std::vector<TraceRec> recs(start.back());
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (size_t i = 0; i < st.entryTrace.size(); ++i)
        if (wanted(i))
            recs[next[bucketOf(i)]++] = record(i);
    for (size_t b = 0; b < buckets; ++b) {
        const auto first = recs.begin() + qsizetype(start[b]);
        const auto last = recs.begin() + qsizetype(start[b + 1]);
        if (!std::is_sorted(first, last))
            std::sort(first, last);
    }
    const qint64 WindowNs = byTime ? 50'000'000 : 1'000'000'000; // 50 ms, 1 s
    constexpr size_t Neighbours = 8;
    std::unordered_map<quint64, PairAcc> pairs;
    for (size_t i = 0; i < recs.size(); ++i) {
        if (cancel && (i & 65535) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        const TraceRec &a = recs[i];
        const quint32 ta = a.tmpl;
        quint32 seen[Neighbours];
        size_t nseen = 0;
        for (size_t j = i + 1; j < recs.size() && j <= i + Neighbours; ++j) {
            const TraceRec &b = recs[j];
            if (b.trace != a.trace || b.time - a.time > WindowNs)
                break;
            const quint32 tb = b.tmpl;
            if (tb == ta || std::find(seen, seen + nseen, tb) != seen + nseen)
                continue;
            seen[nseen++] = tb;
            const quint64 key = (quint64(std::min(ta, tb)) << 32) | std::max(ta, tb);
            PairAcc &acc = pairs[key];
            ++acc.together;
            const qint64 us = (b.time - a.time) / 1000;
            int bucket = 0;
            while (bucket < 23 && (qint64(1) << bucket) <= us)
                ++bucket;
            ++acc.deltaLog[size_t(bucket)];
        }
    }
    return summarisePairs(pairs);
}

// Per-template share of all entries over 120 slices of the whole time range, for the 400 most
// frequent templates with at least 10 entries (bounded work).
// `burst` receives, per template with a series, how far its busiest slice stands above what
// its share of the traffic predicts (the largest (count - expected) / sqrt(expected + 1)),
// capped below 8 unless a tenth of its entries come at twice its usual rate: below 8 is a
// steady background message, far beyond it the messages of an incident.
std::vector<std::vector<float>>
timeSeries(const EngineState &st, const std::vector<quint32> &sigTemplate,
           const std::vector<TemplateInfo> &templates, std::vector<float> &burst,
           std::vector<std::bitset<128>> &active, std::vector<std::bitset<128>> &bursting)
{
    burst.assign(templates.size(), -1.f);
    active.assign(templates.size(), {});
    bursting.assign(templates.size(), {});
    constexpr size_t Slices = 120, MaxTemplates = 400;
    std::vector<std::vector<float>> out(templates.size());
    std::vector<quint32> order;
    for (quint32 t = 0; t < templates.size(); ++t)
        if (templates[t].count >= 10 && templates[t].firstSeenNs != 0)
            order.push_back(t);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return templates[a].count != templates[b].count
                   ? templates[a].count > templates[b].count
                   : templates[a].fingerprint < templates[b].fingerprint;
    });
    if (order.size() > MaxTemplates)
        order.resize(MaxTemplates);
    if (order.size() < 2)
        return out;
    qint64 lo = 0, hi = 0;
    for (quint32 t : order) {
        lo = lo == 0 ? templates[t].firstSeenNs : std::min(lo, templates[t].firstSeenNs);
        hi = std::max(hi, templates[t].lastSeenNs);
    }
    const qint64 width = std::max<qint64>(1, (hi - lo) / qint64(Slices) + 1);
    for (quint32 t : order)
        out[t].assign(Slices, 0.f);
    std::vector<float> total(Slices, 0.f);
    for (size_t e = 0; e < st.entrySignature.size(); ++e) {
        const quint32 t = sigTemplate[st.entrySignature[e]];
        const qint64 ts = st.entryTime[e];
        if (ts < lo || ts > hi)
            continue;
        const size_t slice = size_t((ts - lo) / width);
        const float w = float(st.weightOf(e));
        total[slice] += w;
        if (!out[t].empty())
            out[t][slice] += w;
    }
    double grand = 0;
    for (float x : total)
        grand += x;
    for (quint32 t : order) {
        const std::vector<float> &v = out[t];
        double count = 0;
        for (float x : v)
            count += x;
        double z = 0, excess = 0;
        for (size_t i = 0; i < Slices; ++i) {
            const double expected = grand > 0 ? count * total[i] / grand : 0;
            const double zi = (v[i] - expected) / std::sqrt(expected + 1);
            z = std::max(z, zi);
            excess += std::max(0.0, v[i] - 2 * expected);
            active[t][i] = v[i] > 0;
            bursting[t][i] = zi >= 4 && v[i] > 2 * expected;
        }
        // Far above its usual share somewhere, and with a tenth of its entries at more than
        // twice its usual rate: a burst. Deploys and the daily load move steady messages by a
        // large z on big inputs, but never double them for long.
        burst[t] =
            z >= 8 && count > 0 && excess / count >= 0.1 ? float(z) : float(std::min(z, 7.9));
    }
    for (quint32 t : order) {
        std::vector<float> &v = out[t];
        // Shares of all traffic, not raw counts: everything rises with the daily load, only
        // templates of one incident rise together against it.
        for (size_t i = 0; i < Slices; ++i)
            v[i] = total[i] > 0 ? v[i] / total[i] : 0.f;
    }
    return out;
}

// Services and topic of each template (only those with a time series can be grouped by topic,
// which bounds the work); returns the topic titles.
std::vector<QString> assignTopics(const EngineState &st, const MinerResult &mined,
                                  std::vector<GroupTemplate> &group)
{
    const TopicMatcher matcher(topicLexicon(st.options.userTopics));
    const size_t nt = group.size();
    std::vector<std::vector<std::pair<int, quint64>>> statuses(nt);
    std::vector<std::vector<quint32>> services(nt);
    for (size_t s = 0; s < st.signatures.size(); ++s) {
        const quint32 t = mined.signatureTemplate[s];
        if (!group[t].activeSlices.any())
            continue;
        const SignatureStats &sig = st.signatures[s];
        for (auto [id, n] : sig.services.items)
            services[t].push_back(id);
        for (const auto &[code, n] : sig.statuses.items) {
            const int status = int(code); // a lambda may not capture a structured binding
            auto it = std::find_if(statuses[t].begin(), statuses[t].end(),
                                   [status](const auto &p) { return p.first == status; });
            if (it == statuses[t].end())
                statuses[t].emplace_back(status, n);
            else
                it->second += n;
        }
    }
    for (size_t t = 0; t < nt; ++t) {
        GroupTemplate &g = group[t];
        if (!g.activeSlices.any())
            continue;
        for (quint32 id : services[t])
            g.services.push_back(st.strings.at(id));
        std::sort(g.services.begin(), g.services.end());
        g.services.erase(std::unique(g.services.begin(), g.services.end()), g.services.end());
        const TopicMatch m = matcher.match(g.tokens, statuses[t], g.count);
        g.topic = m.topic;
        g.topicEvidence = m.evidence;
    }
    std::vector<QString> titles;
    for (size_t i = 0; i < matcher.size(); ++i)
        titles.push_back(matcher.title(int(i)));
    return titles;
}

} // namespace

namespace {

// Mines the templates of the signatures (`rewritten` keeps the path segments the masks
// rewrote, which the signatures' tokens point into). False when cancelled.
bool mineSignatures(const EngineState &st, std::vector<MinerSignature> &sigs,
                    std::deque<std::string> &rewritten, MinerResult &mined,
                    const std::atomic_bool *cancel)
{
    const size_t nsig = st.signatures.size();
    sigs.resize(nsig);
    for (size_t i = 0; i < nsig; ++i) {
        sigs[i].tokens = splitTokens(st.signatures[i].text);
        sigs[i].count = st.signatures[i].count;
        sigs[i].location = st.signatures[i].location;
    }
    maskVariablePathSegments(sigs, rewritten);
    MinerOptions mo;
    mo.similarity = st.options.similarity;
    mo.maxTemplatesPerLeaf = st.options.maxTemplatesPerLeaf;
    mo.splitDistinct = st.options.splitDistinct;
    mined = mineTemplates(sigs, mo, cancel);
    return !(cancel && cancel->load());
}

// Two mined templates that normalise to the same text at one location (say "<NUM> x" and
// "<HEX> x") are one template: fingerprints must be unique.
void mergeSameText(MinerResult &mined)
{
    std::unordered_map<std::string, quint32> seen;
    std::vector<quint32> remap(mined.templates.size());
    std::vector<MinedTemplate> kept;
    for (size_t t = 0; t < mined.templates.size(); ++t) {
        MinedTemplate &m = mined.templates[t];
        std::string key = normaliseTemplate(joinTokens(m.tokens));
        key.append(reinterpret_cast<const char *>(&m.location), sizeof m.location);
        auto [it, fresh] = seen.try_emplace(std::move(key), quint32(kept.size()));
        if (fresh) {
            kept.push_back(std::move(m));
        } else {
            MinedTemplate &k = kept[it->second];
            for (size_t i = 0; i < k.tokens.size() && i < m.tokens.size(); ++i)
                if (k.tokens[i] != m.tokens[i])
                    k.tokens[i] = "<*>";
            k.count += m.count;
        }
        remap[t] = it->second;
    }
    mined.templates = std::move(kept);
    for (quint32 &t : mined.signatureTemplate)
        t = remap[t];
    std::vector<quint32> family(mined.templates.size());
    for (size_t t = 0; t < remap.size(); ++t)
        family[remap[t]] = remap[mined.templateFamily[t]];
    mined.templateFamily = std::move(family);
}

// The templates with their texts, fingerprints and statistics, and what grouping reads of each.
void describeTemplates(const EngineState &st, const MinerResult &mined,
                       std::vector<TemplateInfo> &templates, std::vector<GroupTemplate> &group)
{
    const size_t nt = mined.templates.size();
    templates.resize(nt);
    group.resize(nt);
    for (size_t t = 0; t < nt; ++t) {
        const MinedTemplate &m = mined.templates[t];
        const Location &l = st.locations[m.location];
        const std::string text = joinTokens(m.tokens);
        TemplateInfo &info = templates[t];
        info.text = qs(text);
        info.sourceFile = qs(st.strings.at(l.file));
        info.function = qs(st.strings.at(l.function));
        info.fingerprint =
            templateFingerprint(text, st.strings.at(l.file), st.strings.at(l.function));
        group[t].tokens = m.tokens;
        group[t].file = st.strings.at(l.file);
        group[t].function = st.strings.at(l.function);
        group[t].fingerprint = info.fingerprint;
        group[t].family = mined.templateFamily[t];
        group[t].stackKey = stackKey(m.tokens);
    }
    for (size_t s = 0; s < st.signatures.size(); ++s) {
        const SignatureStats &sig = st.signatures[s];
        TemplateInfo &info = templates[mined.signatureTemplate[s]];
        info.count += sig.count;
        if (sig.firstNs != 0 && (info.firstSeenNs == 0 || sig.firstNs < info.firstSeenNs))
            info.firstSeenNs = sig.firstNs;
        info.lastSeenNs = std::max(info.lastSeenNs, sig.lastNs);
        for (size_t k = 0; k < info.severities.size(); ++k)
            info.severities[k] += sig.severities[k];
    }
}

// Time and trace evidence is gathered per family (the templates a split made of one mined
// template), so a split never thins it out.
std::vector<TemplateInfo> familyInfos(const MinerResult &mined,
                                      const std::vector<TemplateInfo> &templates,
                                      std::vector<GroupTemplate> &group)
{
    const size_t nt = templates.size();
    std::vector<TemplateInfo> families(nt);
    for (size_t t = 0; t < nt; ++t) {
        const TemplateInfo &ti = templates[t];
        TemplateInfo &fi = families[mined.templateFamily[t]];
        if (mined.templateFamily[t] == t)
            fi.fingerprint = ti.fingerprint;
        fi.count += ti.count;
        if (ti.firstSeenNs != 0 && (fi.firstSeenNs == 0 || ti.firstSeenNs < fi.firstSeenNs))
            fi.firstSeenNs = ti.firstSeenNs;
        fi.lastSeenNs = std::max(fi.lastSeenNs, ti.lastSeenNs);
    }
    for (size_t t = 0; t < nt; ++t) {
        group[t].count = templates[t].count;
        group[t].familyCount = families[group[t].family].count;
    }
    return families;
}

// Templates into issue clusters, from co-occurrence, time series, topics and the user's
// decisions. Empty when cancelled.
std::optional<GroupingResult> groupIntoIssues(const EngineState &st, const MinerResult &mined,
                                              std::vector<GroupTemplate> &group,
                                              const std::vector<TemplateInfo> &families,
                                              const std::atomic_bool *cancel,
                                              const ProgressFn &progress)
{
    const size_t nsig = st.signatures.size();
    std::vector<quint32> sigFamily(nsig);
    for (size_t s = 0; s < nsig; ++s)
        sigFamily[s] = mined.templateFamily[mined.signatureTemplate[s]];
    const std::vector<CoOccurrence> co =
        st.options.groupIssues ? coOccurrences(st, sigFamily, cancel) : std::vector<CoOccurrence>{};
    const std::vector<CoOccurrence> timePairs =
        st.options.groupIssues ? coOccurrences(st, mined.signatureTemplate, cancel, true)
                               : std::vector<CoOccurrence>{};
    if (cancel && cancel->load())
        return std::nullopt;
    if (progress)
        progress(2, 4);
    std::vector<float> burst;
    std::vector<std::bitset<128>> active, bursting;
    const std::vector<std::vector<float>> series =
        st.options.groupIssues ? timeSeries(st, sigFamily, families, burst, active, bursting)
                               : std::vector<std::vector<float>>{};
    for (size_t t = 0; t < group.size() && t < burst.size(); ++t) {
        group[t].burst = burst[group[t].family];
        group[t].activeSlices = active[group[t].family];
        group[t].burstSlices = bursting[group[t].family];
    }
    std::vector<QString> topicTitles;
    if (st.options.groupIssues && st.options.groupByTopic)
        topicTitles = assignTopics(st, mined, group);
    return groupTemplates(group, co, series, st.options.decisions, st.options.groupIssues,
                          topicTitles, timePairs);
}

} // namespace

ClusterSet buildSnapshot(const EngineState &st, const std::atomic_bool *cancel,
                         const ProgressFn &progress)
{
    std::vector<MinerSignature> sigs;
    std::deque<std::string> rewritten;
    MinerResult mined;
    if (!mineSignatures(st, sigs, rewritten, mined, cancel))
        return {};
    if (progress)
        progress(1, 4);
    mergeSameText(mined);

    auto data = std::make_shared<ClusterSet::Data>();
    std::vector<GroupTemplate> group;
    describeTemplates(st, mined, data->templates, group);
    const std::vector<TemplateInfo> families = familyInfos(mined, data->templates, group);
    const std::optional<GroupingResult> grouping =
        groupIntoIssues(st, mined, group, families, cancel, progress);
    if (!grouping)
        return {};

    buildClusters(st, mined, sigs, *grouping, *data, progress);
    if (progress)
        progress(4, 4);
    return ClusterSet(std::move(data));
}

} // namespace gardener::clustering::detail
