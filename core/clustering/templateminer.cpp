#include "templateminer.h"

#include "masker.h"
#include "maskerrules.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

namespace gardener::clustering::detail {
namespace {

constexpr std::string_view Wildcard = "<*>";

// A leading token keys the tree only if it is a plain word: one holding digits or placeholders
// is likely variable and would scatter one kind of message over many leaves.
bool keyable(std::string_view token)
{
    if (token.empty() || token.size() > 48)
        return false;
    for (unsigned char c : token)
        if ((c >= '0' && c <= '9') || c == '<' || c == '>')
            return false;
    return true;
}

// Words that look like names rather than vocabulary (files, hosts, dotted or snake-case
// identifiers): the only ones a family of templates may turn into a variable.
bool nameLike(std::string_view token)
{
    size_t marks = 0;
    for (size_t i = 1; i + 1 < token.size(); ++i)
        marks += token[i] == '.' || token[i] == '_' || token[i] == '/' || token[i] == '\\'
            || token[i] == '@' || token[i] == ':';
    return marks > 0;
}

bool hasPlaceholder(std::string_view token)
{
    const size_t open = token.find('<');
    return open != std::string_view::npos && token.find('>', open) != std::string_view::npos;
}

bool tokenMatches(std::string_view templ, std::string_view token)
{
    if (templ == token)
        return true;
    return isPlaceholder(templ) && isPlaceholder(token);
}

std::string mergeToken(const std::string &a, std::string_view b)
{
    if (a == b)
        return a;
    return std::string(Wildcard);
}

struct Work
{
    const std::vector<MinerSignature> &sigs;
    const MinerOptions &opt;
    std::vector<MinedTemplate> templates;
    std::vector<quint32> sigTemplate;
    std::vector<quint32> parent; // union-find over templates, for the post-merge passes

    quint32 find(quint32 t)
    {
        while (parent[t] != t) {
            parent[t] = parent[parent[t]];
            t = parent[t];
        }
        return t;
    }
    void unite(quint32 a, quint32 b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (b < a)
            std::swap(a, b);
        parent[b] = a;
        MinedTemplate &ta = templates[a];
        const MinedTemplate &tb = templates[b];
        for (size_t i = 0; i < ta.tokens.size(); ++i)
            ta.tokens[i] = mergeToken(ta.tokens[i], tb.tokens[i]);
        ta.count += tb.count;
    }
};

double similarity(const MinedTemplate &t, const MinerSignature &s, int *wildcards)
{
    const size_t n = s.tokens.size();
    if (n == 0)
        return 1.0;
    // Positions where both sides are variables say nothing about likeness; constant words
    // decide (the variable-aware form of Drain's similarity).
    size_t same = 0, counted = 0;
    int wild = 0;
    for (size_t i = 0; i < n; ++i) {
        const std::string &tt = t.tokens[i];
        const bool sv = hasPlaceholder(s.tokens[i]);
        if (tt == Wildcard)
            ++wild;
        // Both variable: a whole placeholder against a variable, or the same masked shape
        // ("<UUID>]"). Different shapes ("/a/<ID>/run" vs "/b/<ID>/messages") do count.
        if (sv && ((tt == Wildcard || isPlaceholder(tt)) || tt == s.tokens[i]))
            continue;
        ++counted;
        if (tt == Wildcard || tt == s.tokens[i])
            same += 2;
        else if (sv && hasPlaceholder(tt))
            same += 1; // two masked shapes that differ: half alike
    }
    *wildcards = wild;
    return counted == 0 ? 1.0 : double(same) / double(2 * counted);
}

} // namespace

std::string joinTokens(const std::vector<std::string> &tokens)
{
    std::string out;
    for (const std::string &t : tokens) {
        if (!out.empty())
            out += ' ';
        out += t;
    }
    return out;
}

MinerResult mineTemplates(const std::vector<MinerSignature> &sigs, const MinerOptions &opt,
                          const std::atomic_bool *cancel)
{
    Work w{sigs, opt, {}, std::vector<quint32>(sigs.size(), 0), {}};
    std::vector<quint32> order(sigs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const MinerSignature &x = sigs[a], &y = sigs[b];
        if (x.location != y.location)
            return x.location < y.location;
        if (x.tokens.size() != y.tokens.size())
            return x.tokens.size() < y.tokens.size();
        if (x.count != y.count)
            return x.count > y.count;
        return std::lexicographical_compare(x.tokens.begin(), x.tokens.end(), y.tokens.begin(),
                                            y.tokens.end());
    });

    // Leaves of the parse tree: (location, length, leading token) -> templates.
    std::unordered_map<std::string, std::vector<quint32>> leaves;
    std::string key;
    size_t done = 0;
    for (quint32 si : order) {
        if (cancel && (++done & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        const MinerSignature &s = sigs[si];
        key.assign(reinterpret_cast<const char *>(&s.location), sizeof s.location);
        const quint32 len = quint32(s.tokens.size());
        key.append(reinterpret_cast<const char *>(&len), sizeof len);
        if (!s.tokens.empty() && keyable(s.tokens[0]))
            key.append(s.tokens[0]);
        std::vector<quint32> &leaf = leaves[key];
        int best = -1;
        double bestSim = -1;
        int bestWild = -1;
        for (quint32 t : leaf) {
            int wild = 0;
            const double sim = similarity(w.templates[t], s, &wild);
            if (sim > bestSim || (sim == bestSim && wild > bestWild)) {
                best = int(t);
                bestSim = sim;
                bestWild = wild;
            }
        }
        if (best >= 0 && (bestSim >= opt.similarity || leaf.size() >= opt.maxTemplatesPerLeaf)) {
            MinedTemplate &t = w.templates[size_t(best)];
            for (size_t i = 0; i < t.tokens.size(); ++i)
                if (!tokenMatches(t.tokens[i], s.tokens[i]) || t.tokens[i] != s.tokens[i])
                    t.tokens[i] = mergeToken(t.tokens[i], s.tokens[i]);
            t.count += s.count;
            w.sigTemplate[si] = quint32(best);
            continue;
        }
        MinedTemplate t;
        t.tokens.assign(s.tokens.begin(), s.tokens.end());
        t.location = s.location;
        t.count = s.count;
        w.sigTemplate[si] = quint32(w.templates.size());
        leaf.push_back(quint32(w.templates.size()));
        w.templates.push_back(std::move(t));
    }

    // Post-merge: templates of one length and location that differ in exactly one plain-word
    // position, when at least three of them do, are one template with a variable there
    // (program names, hosts, user names that no mask knows). Two alternatives ("opened" /
    // "closed") stay apart.
    w.parent.resize(w.templates.size());
    std::iota(w.parent.begin(), w.parent.end(), 0);
    {
        std::unordered_map<quint64, std::vector<quint32>> families;
        for (quint32 t = 0; t < w.templates.size(); ++t) {
            const MinedTemplate &mt = w.templates[t];
            const size_t n = mt.tokens.size();
            if (n < 3)
                continue;
            std::vector<quint64> h(n);
            quint64 total = 0, pw = 1;
            std::vector<quint64> powers(n);
            for (size_t i = 0; i < n; ++i) {
                h[i] = hashBytes(isPlaceholder(mt.tokens[i]) ? Wildcard : mt.tokens[i]);
                powers[i] = pw;
                total += h[i] * pw;
                pw *= 1000003ull;
            }
            for (size_t p = 0; p < n; ++p) {
                if (isPlaceholder(mt.tokens[p]) || !nameLike(mt.tokens[p]))
                    continue;
                quint64 k = total - h[p] * powers[p];
                k = k * 31 + p;
                k = k * 1000003ull + n;
                k = k * 1000003ull + mt.location;
                families[k].push_back(t);
            }
        }
        std::vector<std::pair<const quint64, std::vector<quint32>> *> ordered;
        for (auto &f : families)
            if (f.second.size() >= 3)
                ordered.push_back(&f);
        std::sort(ordered.begin(), ordered.end(),
                  [](auto *a, auto *b) { return a->second.front() < b->second.front(); });
        for (auto *f : ordered)
            for (size_t i = 1; i < f->second.size(); ++i)
                w.unite(f->second[0], f->second[i]);
    }

    MinerResult result;
    std::vector<quint32> remap(w.templates.size(), 0xffffffffu);
    for (quint32 t = 0; t < w.templates.size(); ++t) {
        const quint32 root = w.find(t);
        if (remap[root] == 0xffffffffu) {
            remap[root] = quint32(result.templates.size());
            result.templates.push_back(std::move(w.templates[root]));
        }
    }
    result.signatureTemplate.resize(sigs.size());
    for (size_t s = 0; s < sigs.size(); ++s)
        result.signatureTemplate[s] = remap[w.find(w.sigTemplate[s])];
    return result;
}

} // namespace gardener::clustering::detail
