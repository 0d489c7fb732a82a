// Issue rules from where and how the messages are logged and what they say (docs/clustering.md,
// "Issue clusters", rules 0-6).
#include "core/clustering/issuegrouper.h"
#include "core/clustering/masker.h"
#include "core/clustering/maskerrules.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>

namespace gardener::clustering::detail {
namespace {

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

// Pearson correlation over the slices where both templates exist: templates that merely
// arrived or left with the same deploy do not count as moving together.
double correlation(const std::vector<std::vector<float>> &series, quint32 a, quint32 b)
{
    auto active = [&](quint32 t, size_t *first, size_t *last) {
        const std::vector<float> &v = series[t];
        *first = 0;
        while (*first < v.size() && v[*first] == 0.f)
            ++*first;
        *last = v.size();
        while (*last > *first && v[*last - 1] == 0.f)
            --*last;
    };
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
}

// Steady: no time slice far above the template's usual share (see timeSeries).
bool steady(const GroupTemplate &t)
{
    return t.burst >= 0 && t.burst < SteadyBurst;
}

// A token as a word for rule 5: without punctuation, lower case, at least four characters
// and holding a letter; empty otherwise.
std::string plainWord(const std::string &tok)
{
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
}

// For each word used by exactly two families, that pair, sorted (a pair once per word).
std::vector<std::pair<quint32, quint32>>
pairsSharingAWord(const std::vector<GroupTemplate> &templates)
{
    // (word hash, family) pairs sorted: flat arrays, since hostile input brings millions of
    // distinct words.
    const size_t n = templates.size();
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
            const std::string w = plainWord(tok);
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
    return pairs;
}

} // namespace

// 4. Logged together: nearly every occurrence of each has the other in the same trace.
void groupCoOccurring(const std::vector<GroupTemplate> &templates,
                      const std::vector<CoOccurrence> &coOccurrences, const EdgeFn &edge)
{
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
}

// 0. One message with another word in one position (the miner split a template on a word with
//    few values): the same issue.
void groupFamilies(const std::vector<GroupTemplate> &templates, const EdgeFn &edge)
{
    const size_t n = templates.size();
    for (quint32 i = 0; i < n; ++i)
        if (templates[i].family != i && templates[i].family < n)
            edge(templates[i].family, i, QStringLiteral("the same message with another word"));
}

// 1. Same specific function (not a logging hub): one code path, one issue.
void groupByFunction(const std::vector<GroupTemplate> &templates, const EdgeFn &edge)
{
    std::map<std::pair<std::string, std::string>, std::vector<quint32>> byFunction;
    for (quint32 i = 0; i < templates.size(); ++i) {
        const GroupTemplate &t = templates[i];
        if (!isGenericLocation(t.file, t.function) && !t.function.empty())
            byFunction[{t.file, t.function}].push_back(i);
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
}

// 2. Same module, different function, similar wording (a warning and the error it turns into).
void groupByModule(const std::vector<GroupTemplate> &templates,
                   const std::vector<std::vector<float>> &series, const EdgeFn &edge)
{
    std::map<std::string, std::vector<quint32>> byFile;
    for (quint32 i = 0; i < templates.size(); ++i) {
        const GroupTemplate &t = templates[i];
        if (!isGenericLocation(t.file, t.function) && !t.file.empty())
            byFile[t.file].push_back(i);
    }
    for (const auto &[file, members] : byFile) {
        if (members.size() < 2 || members.size() > 200)
            continue;
        for (size_t x = 0; x < members.size(); ++x)
            for (size_t y = x + 1; y < members.size(); ++y) {
                if (differentErrorCodes(templates[members[x]], templates[members[y]]))
                    continue;
                const double sim = wordSimilarity(templates[members[x]], templates[members[y]]);
                const double corr = correlation(series, members[x], members[y]);
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
}

// 3. Messages without a specific location (tracebacks, request and platform logs) that burst
//    in step with another template: the same incident seen from elsewhere.
void groupBurstingTogether(const std::vector<GroupTemplate> &templates,
                           const std::vector<std::vector<float>> &series, const EdgeFn &edge)
{
    std::vector<quint32> bursty;
    for (quint32 i = 0; i < templates.size() && i < series.size(); ++i)
        if (!series[i].empty())
            bursty.push_back(i);
    // Each location-less template joins only its best partner, so one busy request log cannot
    // chain unrelated issues together.
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
            // Two location-less messages bursting together are two components failing at once
            // (a database proxy and a message queue), not one seen from elsewhere.
            if (templates[b].file.empty())
                continue;
            // Two steady messages move together whenever a burst elsewhere lowers both their
            // shares, the more so the more entries there are: that says nothing.
            if (steady(templates[a]) && steady(templates[b]))
                continue;
            const double corr = correlation(series, a, b);
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
}

// 5. The only two messages that use three particular words ("LOW BUFFER UTILIZATION ...
//    AUTH_HEALTH_CHECK_TIMEOUT" and "HIGH BUFFER UTILIZATION ..."): words are compared without
//    punctuation and case, counted once per family, and must be at least four characters long
//    and hold a letter.
void groupByRareWords(const std::vector<GroupTemplate> &templates, const EdgeFn &edge)
{
    const std::vector<std::pair<quint32, quint32>> pairs = pairsSharingAWord(templates);
    for (size_t k = 0; k < pairs.size();) {
        size_t e = k;
        while (e < pairs.size() && pairs[e] == pairs[k])
            ++e;
        if (e - k >= 3) {
            // Name the words for the explanation (only for pairs that join).
            const auto [fa, fb] = pairs[k];
            std::set<std::string> wa, common;
            for (const std::string &tok : templates[fa].tokens)
                if (std::string w = plainWord(tok); !w.empty())
                    wa.insert(w);
            for (const std::string &tok : templates[fb].tokens)
                if (std::string w = plainWord(tok); !w.empty() && wa.count(w))
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

// 6. One topic (rate limiting, authentication, ...: see topics.h) with evidence that the two
//    belong together: the same service, and moving together in time (their bursts overlap, or
//    both are steady over the same period) or the same module.
void groupByTopic(const std::vector<GroupTemplate> &templates,
                  const std::vector<QString> &topicTitles, const EdgeFn &edge)
{
    std::vector<quint32> topical;
    for (quint32 i = 0; i < templates.size(); ++i)
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
                         .arg(topicTitles[size_t(a.topic)], a.topicEvidence, b.topicEvidence, why));
        }
}

} // namespace gardener::clustering::detail
