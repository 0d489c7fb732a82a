#include "core/clustering/issuegrouper.h"

#include "core/clustering/masker.h"
#include "core/clustering/maskerrules.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <numeric>
#include <set>

namespace gardener::clustering::detail {
namespace {

struct UnionFind
{
    std::vector<quint32> parent;
    explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    quint32 find(quint32 x)
    {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    bool unite(quint32 a, quint32 b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return false;
        if (b < a)
            std::swap(a, b);
        parent[b] = a;
        return true;
    }
};

// Share of constant words the two templates have in common (Jaccard over word sets).
double wordSimilarity(const GroupTemplate &a, const GroupTemplate &b)
{
    std::set<std::string_view> wa, wb;
    for (const std::string &t : a.tokens)
        if (!isPlaceholder(t) && t.find('<') == std::string::npos)
            wa.insert(t);
    for (const std::string &t : b.tokens)
        if (!isPlaceholder(t) && t.find('<') == std::string::npos)
            wb.insert(t);
    if (wa.empty() || wb.empty())
        return 0;
    size_t common = 0;
    for (std::string_view w : wa)
        common += wb.count(w);
    return double(common) / double(wa.size() + wb.size() - common);
}

QString loc(const GroupTemplate &t)
{
    QString s = QString::fromUtf8(t.file.data(), qsizetype(t.file.size()));
    if (!t.function.empty())
        s += QLatin1Char(':') + QString::fromUtf8(t.function.data(), qsizetype(t.function.size()));
    return s;
}

constexpr float SteadyBurst = 8.f;

// Why two templates of one topic are one issue, or empty when nothing but the topic links them.
QString topicEvidence(const GroupTemplate &a, const GroupTemplate &b)
{
    // The same service (or no service known for either, as in plain text).
    std::string service;
    if (!a.services.empty() || !b.services.empty()) {
        for (const std::string &s : a.services)
            if (std::binary_search(b.services.begin(), b.services.end(), s)) {
                service = s;
                break;
            }
        if (service.empty())
            return {};
    }
    QString where = service.empty()
                        ? QString()
                        : QStringLiteral("same service (%1), ")
                              .arg(QString::fromUtf8(service.data(), qsizetype(service.size())));
    const bool burstsA = a.burst >= SteadyBurst, burstsB = b.burst >= SteadyBurst;
    if (burstsA && burstsB) {
        const size_t both = (a.burstSlices & b.burstSlices).count();
        const size_t fewer = std::min(a.burstSlices.count(), b.burstSlices.count());
        if (fewer > 0 && both * 2 >= fewer)
            return where + QStringLiteral("bursts overlap in %1% of time slices")
                               .arg(int(both * 100 / fewer));
    } else if (!burstsA && !burstsB && a.burst >= 0 && b.burst >= 0) {
        // Both steady: they must be logged over the same period, not one in the morning and
        // the other at night (or before and after a deploy).
        const std::bitset<128> both = a.activeSlices & b.activeSlices,
                               either = a.activeSlices | b.activeSlices;
        const size_t fewer = std::min(a.activeSlices.count(), b.activeSlices.count());
        auto span = [](const std::bitset<128> &v) {
            int first = -1, last = -1;
            for (int i = 0; i < 128; ++i)
                if (v[size_t(i)]) {
                    if (first < 0)
                        first = i;
                    last = i;
                }
            return std::pair{first, last};
        };
        const auto [fa, la] = span(a.activeSlices);
        const auto [fb, lb] = span(b.activeSlices);
        const int overlap = std::min(la, lb) - std::max(fa, fb) + 1;
        const auto [fu, lu] = span(either);
        if (fewer > 0 && both.count() * 10 >= fewer * 8 && overlap * 10 >= (lu - fu + 1) * 8)
            return where +
                   QStringLiteral(
                       "both steady and logged in the same time slices (%1% of the rarer's)")
                       .arg(int(both.count() * 100 / fewer));
    }
    // One code module speaking of one topic.
    if (a.file == b.file && !a.file.empty() && !isGenericLocation(a.file, {}))
        return where + QStringLiteral("same module (%1)")
                           .arg(QString::fromUtf8(a.file.data(), qsizetype(a.file.size())));
    return {};
}

} // namespace

bool isGenericLocation(std::string_view file, std::string_view function)
{
    static const char *const genericFiles[] = {
        "", "logging", "root", "__main__", "logger", "log", "uvicorn.error", "uvicorn.access"};
    static const char *const genericFunctions[] = {
        "callHandlers", "handle",  "emit",  "_log",      "log",      "info",
        "warning",      "warn",    "error", "exception", "debug",    "critical",
        "__call__",     "wrapper", "inner", "dispatch",  "<module>", "run",
        "main",         "format",  "print", "write",     "logger"};
    for (const char *f : genericFiles)
        if (file == f)
            return true;
    for (const char *f : genericFunctions)
        if (function == f)
            return true;
    return false;
}

GroupingResult groupTemplates(const std::vector<GroupTemplate> &templates,
                              const std::vector<CoOccurrence> &coOccurrences,
                              const std::vector<std::vector<float>> &series,
                              const ClusterDecisions &decisions, bool automatic,
                              const std::vector<QString> &topicTitles,
                              const std::vector<CoOccurrence> &timePairs)
{
    const size_t n = templates.size();
    UnionFind uf(n);
    std::vector<QStringList> reasons(n); // indexed by the smaller template of each edge

    // Templates with one fingerprint are one kind of message by definition (they differ only in
    // how many placeholders a run of variable text took, which the fingerprint collapses), so
    // they always share a cluster: cluster fingerprints stay unique within a set, and a user's
    // decision about a fingerprint reaches every template that has it.
    QHash<QString, quint32> byFingerprint;
    std::vector<quint32> sameAs(n);
    for (quint32 i = 0; i < n; ++i) {
        const auto it = byFingerprint.constFind(templates[i].fingerprint);
        sameAs[i] = it == byFingerprint.constEnd() ? i : *it;
        if (sameAs[i] == i)
            byFingerprint.insert(templates[i].fingerprint, i);
    }

    // Templates a user split out are only grouped by later user merges.
    std::vector<int> splitGroup(n, -1);
    for (size_t d = 0; d < decisions.decisions().size(); ++d) {
        const ClusterDecision &dec = decisions.decisions()[d];
        if (dec.kind != ClusterDecision::Kind::Split)
            continue;
        for (const QString &fp : dec.templates)
            if (auto it = byFingerprint.constFind(fp); it != byFingerprint.constEnd())
                splitGroup[*it] = int(d);
    }
    for (quint32 i = 0; i < n; ++i)
        splitGroup[i] = splitGroup[sameAs[i]];
    for (quint32 i = 0; i < n; ++i)
        if (sameAs[i] != i && uf.unite(sameAs[i], i))
            reasons[std::min(sameAs[i], i)] << QStringLiteral("the same message once masked");
    auto mayJoin = [&](quint32 a, quint32 b) {
        return splitGroup[a] == splitGroup[b] && sameStackOrNone(templates[a], templates[b]) &&
               !differentErrorCodes(templates[a], templates[b]);
    };

    // One cluster never holds two different stacks, however it was chained together.
    std::vector<const std::string *> stackOf(n);
    for (quint32 i = 0; i < n; ++i)
        stackOf[i] = &templates[i].stackKey;
    auto edge = [&](quint32 a, quint32 b, const QString &why) {
        if (!mayJoin(a, b))
            return;
        const std::string *sa = stackOf[uf.find(a)], *sb = stackOf[uf.find(b)];
        if (!sa->empty() && !sb->empty() && *sa != *sb)
            return;
        if (uf.unite(a, b)) {
            reasons[std::min(a, b)] << why;
            stackOf[uf.find(a)] = sa->empty() ? sb : sa;
        }
    };

    // Pearson correlation over the slices where both templates exist: templates that merely
    // arrived or left with the same deploy do not count as moving together.
    auto active = [&](quint32 t, size_t *first, size_t *last) {
        const std::vector<float> &v = series[t];
        *first = 0;
        while (*first < v.size() && v[*first] == 0.f)
            ++*first;
        *last = v.size();
        while (*last > *first && v[*last - 1] == 0.f)
            --*last;
    };
    auto correlation = [&](quint32 a, quint32 b) -> double {
        if (a >= series.size() || b >= series.size() || series[a].empty() || series[b].empty())
            return 0;
        size_t fa, la, fb, lb;
        active(a, &fa, &la);
        active(b, &fb, &lb);
        const size_t lo = std::max(fa, fb), hi = std::min(la, lb);
        if (hi < lo + 10)
            return 0;
        double ma = 0, mb = 0;
        for (size_t i = lo; i < hi; ++i) {
            ma += series[a][i];
            mb += series[b][i];
        }
        ma /= double(hi - lo);
        mb /= double(hi - lo);
        double sab = 0, saa = 0, sbb = 0;
        for (size_t i = lo; i < hi; ++i) {
            const double x = series[a][i] - ma, y = series[b][i] - mb;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0;
    };

    // Steady: no time slice far above the template's usual share (see timeSeries).
    auto steady = [&](quint32 t) {
        return templates[t].burst >= 0 && templates[t].burst < SteadyBurst;
    };

    if (automatic) {
        // The rules whose evidence says best why come first (the first reason that joins two
        // templates is the one shown): 7. one stack trace (exception type and innermost in-app
        // frame), 4. the same trace, 8. lines logged within milliseconds of each other.
        groupByStack(templates, edge);
        // 4. Logged together: nearly every occurrence of each has the other in the same trace.
        for (const CoOccurrence &c : coOccurrences) {
            const quint64 larger = std::max(templates[c.a].familyCount, templates[c.b].familyCount);
            if (c.together < 2 || double(c.together) < 0.8 * double(larger))
                continue;
            const int pct =
                int(std::min<quint64>(100, c.together * 100 / std::max<quint64>(1, larger)));
            edge(c.a, c.b,
                 QStringLiteral("same trace, %1 ms apart in %2% of occurrences")
                     .arg(c.medianDeltaMs, 0, 'g', 2)
                     .arg(pct));
        }
        groupLoggedTogether(templates, timePairs, edge);
        // 0. One message with another word in one position (the miner split a template on a
        //    word with few values): the same issue.
        for (quint32 i = 0; i < n; ++i)
            if (templates[i].family != i && templates[i].family < n)
                edge(templates[i].family, i, QStringLiteral("the same message with another word"));
        // 10. The same message with another value of a short list (not split from one
        //     template because it has too little context around the value).
        groupEnumerations(templates, edge);
        // 1. Same specific function (not a logging hub): one code path, one issue.
        std::map<std::pair<std::string, std::string>, std::vector<quint32>> byFunction;
        std::map<std::string, std::vector<quint32>> byFile;
        for (quint32 i = 0; i < n; ++i) {
            const GroupTemplate &t = templates[i];
            if (isGenericLocation(t.file, t.function))
                continue;
            if (!t.function.empty())
                byFunction[{t.file, t.function}].push_back(i);
            if (!t.file.empty())
                byFile[t.file].push_back(i);
        }
        for (const auto &[key, members] : byFunction) {
            // A function logging many different messages is a hub, not one issue.
            std::set<quint32> families;
            for (quint32 m : members)
                families.insert(templates[m].family);
            if (members.size() < 2 || families.size() > 6)
                continue;
            for (size_t k = 1; k < members.size(); ++k) {
                size_t j = 0; // the first member naming no other status code
                while (j < k && differentErrorCodes(templates[members[j]], templates[members[k]]))
                    ++j;
                if (j < k)
                    edge(members[j], members[k],
                         QStringLiteral("same module and function (%1)")
                             .arg(loc(templates[members[k]])));
            }
        }
        // 2. Same module, different function, similar wording (a warning and the error it
        //    turns into).
        for (const auto &[file, members] : byFile) {
            if (members.size() < 2 || members.size() > 200)
                continue;
            for (size_t x = 0; x < members.size(); ++x)
                for (size_t y = x + 1; y < members.size(); ++y) {
                    if (differentErrorCodes(templates[members[x]], templates[members[y]]))
                        continue;
                    const double sim = wordSimilarity(templates[members[x]], templates[members[y]]);
                    const double corr = correlation(members[x], members[y]);
                    if (sim >= 0.4)
                        edge(members[x], members[y],
                             QStringLiteral("same module (%1) and %2% of words shared")
                                 .arg(QString::fromUtf8(file.data(), qsizetype(file.size())))
                                 .arg(int(sim * 100)));
                    else if (corr >= 0.3)
                        edge(members[x], members[y],
                             QStringLiteral("same module (%1) and rising and falling together over "
                                            "time (correlation %2)")
                                 .arg(QString::fromUtf8(file.data(), qsizetype(file.size())))
                                 .arg(corr, 0, 'f', 2));
                }
        }
        // 3. Messages without a specific location (tracebacks, request and platform logs) that
        //    burst in step with another template: the same incident seen from elsewhere.
        std::vector<quint32> bursty;
        for (quint32 i = 0; i < n && i < series.size(); ++i)
            if (!series[i].empty())
                bursty.push_back(i);
        // Each location-less template joins only its best partner, so one busy request log
        // cannot chain unrelated issues together.
        for (quint32 a : bursty) {
            if (!templates[a].file.empty())
                continue;
            quint32 best = a;
            double bestCorr = 0;
            for (quint32 b : bursty) {
                if (b == a)
                    continue;
                if (!templates[b].file.empty() &&
                    isGenericLocation(templates[b].file, templates[b].function))
                    continue; // logging-hub messages are grouped only by co-occurrence
                // Two location-less messages bursting together are two components failing at
                // once (a database proxy and a message queue), not one seen from elsewhere.
                if (templates[b].file.empty())
                    continue;
                // Two steady messages move together whenever a burst elsewhere lowers both
                // their shares, the more so the more entries there are: that says nothing.
                if (steady(a) && steady(b))
                    continue;
                const double corr = correlation(a, b);
                if (corr >= 0.6 && corr >= bestCorr) {
                    bestCorr = corr;
                    best = b;
                }
            }
            if (best != a)
                edge(a, best,
                     QStringLiteral("rising and falling together over time (correlation %1)")
                         .arg(bestCorr, 0, 'f', 2));
        }
        // 5. The only two messages that use three particular words ("LOW BUFFER UTILIZATION
        //    ... AUTH_HEALTH_CHECK_TIMEOUT" and "HIGH BUFFER UTILIZATION ..."): words are
        //    compared without punctuation and case, counted once per family, and must be at
        //    least four characters long and hold a letter.
        {
            // (word hash, family) pairs sorted: a word used by exactly two families names a
            // pair; flat arrays, since hostile input brings millions of distinct words.
            auto wordOf = [](const std::string &tok) {
                std::string w;
                if (tok.find('<') != std::string::npos)
                    return w;
                bool letters = false;
                for (char c : tok) {
                    if (std::strchr(".,:;()[]{}'\"!?", c))
                        continue;
                    const char lower = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
                    letters |= (lower >= 'a' && lower <= 'z') || (unsigned char)lower >= 0x80;
                    w += lower;
                }
                if (w.size() < 4 || !letters)
                    w.clear();
                return w;
            };
            std::vector<std::pair<quint64, quint32>> uses;
            size_t tokens = 0; // at most one use per token: reserve once, not by doubling
            for (quint32 i = 0; i < n; ++i)
                if (templates[i].family == i)
                    tokens += templates[i].tokens.size();
            uses.reserve(tokens);
            for (quint32 i = 0; i < n; ++i) {
                if (templates[i].family != i)
                    continue;
                for (const std::string &tok : templates[i].tokens) {
                    const std::string w = wordOf(tok);
                    if (!w.empty())
                        uses.emplace_back(hashFast(w), i);
                }
            }
            std::sort(uses.begin(), uses.end());
            uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
            std::vector<std::pair<quint32, quint32>> pairs;
            for (size_t k = 0; k < uses.size();) {
                size_t e = k;
                while (e < uses.size() && uses[e].first == uses[k].first)
                    ++e;
                if (e - k == 2)
                    pairs.emplace_back(uses[k].second, uses[k + 1].second);
                k = e;
            }
            std::sort(pairs.begin(), pairs.end());
            for (size_t k = 0; k < pairs.size();) {
                size_t e = k;
                while (e < pairs.size() && pairs[e] == pairs[k])
                    ++e;
                if (e - k >= 3) {
                    // Name the words for the explanation (only for pairs that join).
                    const auto [fa, fb] = pairs[k];
                    std::set<std::string> wa, common;
                    for (const std::string &tok : templates[fa].tokens)
                        if (std::string w = wordOf(tok); !w.empty())
                            wa.insert(w);
                    for (const std::string &tok : templates[fb].tokens)
                        if (std::string w = wordOf(tok); !w.empty() && wa.count(w))
                            common.insert(w);
                    QStringList words;
                    for (const std::string &w : common)
                        if (words.size() < 4)
                            words << QString::fromUtf8(w.data(), qsizetype(w.size()));
                    edge(fa, fb,
                         QStringLiteral("the only two messages with the words %1")
                             .arg(words.join(QStringLiteral(", "))));
                }
                k = e;
            }
        }
        // 9. One route failing with several 5xx statuses.
        groupRouteFailures(templates, edge);
        // 11. One route whose segment holds a few names, under one status.
        groupRouteValues(templates, edge);
        // 6. One topic (rate limiting, authentication, ...: see topics.h) with evidence that
        //    the two belong together: the same service, and moving together in time (their
        //    bursts overlap, or both are steady over the same period) or the same module.
        std::vector<quint32> topical;
        for (quint32 i = 0; i < n; ++i)
            if (templates[i].topic >= 0 && size_t(templates[i].topic) < topicTitles.size() &&
                templates[i].activeSlices.any())
                topical.push_back(i);
        for (size_t x = 0; x < topical.size(); ++x)
            for (size_t y = x + 1; y < topical.size(); ++y) {
                const GroupTemplate &a = templates[topical[x]], &b = templates[topical[y]];
                if (a.topic != b.topic || a.family == b.family)
                    continue;
                if (const QString why = topicEvidence(a, b); !why.isEmpty())
                    edge(topical[x], topical[y],
                         QStringLiteral("both about %1 (%2 / %3), %4")
                             .arg(topicTitles[size_t(a.topic)], a.topicEvidence, b.topicEvidence,
                                  why));
            }
    }

    // User decisions, in the order they were made: a merge joins its templates except those a
    // later split took out; a split's templates form one cluster of their own.
    std::vector<bool> decided(n, false);
    for (size_t d = 0; d < decisions.decisions().size(); ++d) {
        const ClusterDecision &dec = decisions.decisions()[d];
        std::vector<quint32> present;
        for (const QString &fp : dec.templates)
            if (auto it = byFingerprint.constFind(fp); it != byFingerprint.constEnd())
                if (dec.kind == ClusterDecision::Kind::Split || splitGroup[*it] <= int(d))
                    present.push_back(*it);
        for (quint32 t : present)
            decided[t] = true;
        if (dec.kind == ClusterDecision::Kind::Split) {
            for (size_t k = 1; k < present.size(); ++k)
                if (uf.unite(present[0], present[k]))
                    reasons[std::min(present[0], present[k])]
                        << QStringLiteral("split out together by the user");
            continue;
        }
        for (size_t k = 1; k < present.size(); ++k)
            if (uf.unite(present[0], present[k]))
                reasons[std::min(present[0], present[k])]
                    << (dec.note.isEmpty() ? QStringLiteral("merged by the user")
                                           : QStringLiteral("merged by the user: ") + dec.note);
    }

    GroupingResult result;
    result.templateCluster.assign(n, 0);
    std::vector<quint32> clusterOfRoot(n, 0xffffffffu);
    for (quint32 i = 0; i < n; ++i) {
        const quint32 r = uf.find(i);
        if (clusterOfRoot[r] == 0xffffffffu) {
            clusterOfRoot[r] = result.clusterCount++;
            result.explanations.emplace_back();
            result.userDecided.push_back(false);
        }
        result.templateCluster[i] = clusterOfRoot[r];
    }
    std::vector<QStringList> lines(result.clusterCount);
    for (quint32 i = 0; i < n; ++i) {
        const quint32 c = result.templateCluster[i];
        lines[c] << reasons[i];
        if (decided[i])
            result.userDecided[c] = true;
    }
    for (quint32 c = 0; c < result.clusterCount; ++c) {
        lines[c].removeDuplicates();
        if (lines[c].isEmpty())
            result.explanations[c] = QStringLiteral("one template");
        else
            result.explanations[c] = lines[c].mid(0, 8).join(QLatin1Char('\n'));
    }
    return result;
}

} // namespace gardener::clustering::detail
