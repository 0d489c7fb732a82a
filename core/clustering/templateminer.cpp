#include "core/clustering/templateminer.h"

#include "core/clustering/masker.h"
#include "core/clustering/templatework.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace gardener::clustering::detail {
namespace {

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

bool tokenMatches(std::string_view templ, std::string_view token)
{
    if (templ == token)
        return true;
    return isPlaceholder(templ) && isPlaceholder(token);
}

// What is known of a signature's token before it meets the templates of its leaf (worked out
// once per signature, not once per template).
enum TokenFlag : char
{
    Variable = 1, // holds a placeholder
    Route = 2     // a request line's route (isRouteAt)
};

// A token's words hashed, so that most unequal tokens are told apart without comparing their
// bytes (equal hashes are still compared).
quint64 tokenHash(std::string_view token)
{
    quint64 h = 0xCBF29CE484222325ull ^ token.size();
    for (unsigned char c : token)
        h = (h ^ c) * 0x100000001B3ull;
    return h;
}

// What similarity() asks of a template's token, kept with the template while its leaf is mined
// (the template's tokens change only when a signature joins it).
enum TemplateFlag : char
{
    EndsAngle = 1,        // ends in '>' (a wildcard or a setting's variable value may)
    IsWildcard = 2,       // "<*>"
    IsKeyWildcard = 4,    // "key=<*>"
    IsPlaceholder = 8,    // a whole placeholder
    HoldsPlaceholder = 16 // holds one somewhere
};

struct TemplateTokenFacts
{
    std::vector<quint64> hashes;
    std::vector<char> flags;
    void set(size_t i, std::string_view t)
    {
        hashes[i] = tokenHash(t);
        flags[i] = char((!t.empty() && t.back() == '>' ? EndsAngle : 0) |
                        (t == Wildcard ? IsWildcard : 0) | (isKeyWildcard(t) ? IsKeyWildcard : 0) |
                        (isPlaceholder(t) ? IsPlaceholder : 0) |
                        (hasPlaceholder(t) ? HoldsPlaceholder : 0));
    }
    explicit TemplateTokenFacts(const std::vector<std::string> &tokens)
        : hashes(tokens.size()), flags(tokens.size())
    {
        for (size_t i = 0; i < tokens.size(); ++i)
            set(i, tokens[i]);
    }
};

double similarity(const MinedTemplate &t, const TemplateTokenFacts &tf, const MinerSignature &s,
                  const std::vector<quint64> &hashes, const std::vector<char> &flags,
                  int *wildcards)
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
        const std::string_view st = s.tokens[i];
        const bool equal = tf.hashes[i] == hashes[i] && tt == st;
        if (!equal && (flags[i] & Route)) {
            *wildcards = 0;
            return 0;
        }
        const bool sv = flags[i] & Variable;
        const char f = tf.flags[i];
        // A setting's variable value ("rhost=<*>") is a wildcard for values of that key.
        // An empty value ("rhost=") is the setting's absence, not one of its values.
        const bool wildcard =
            (f & EndsAngle) &&
            ((f & IsWildcard) || ((f & IsKeyWildcard) && st.size() > tt.size() - Wildcard.size() &&
                                  settingKey(st) == settingKey(tt)));
        if (wildcard)
            ++wild;
        // Both variable: a whole placeholder against a variable, or the same masked shape
        // ("<UUID>]"). Different shapes ("/a/<ID>/run" vs "/b/<ID>/messages") do count.
        if (sv && (wildcard || equal || (f & IsPlaceholder)))
            continue;
        ++counted;
        if (wildcard || equal)
            same += 2;
        else if (sv && (f & HoldsPlaceholder))
            same += 1; // two masked shapes that differ: half alike
    }
    *wildcards = wild;
    return counted == 0 ? 1.0 : double(same) / double(2 * counted);
}

} // namespace

std::string mergeToken(const std::string &a, std::string_view b)
{
    if (a == b)
        return a;
    const std::string_view key = settingKey(a);
    if (!key.empty() && settingKey(b) == key)
        return std::string(key) + std::string(Wildcard);
    return std::string(Wildcard);
}

bool isRouteToken(std::string_view previous, std::string_view token)
{
    if (token.empty() || token[0] != '/')
        return false;
    if (!previous.empty() && previous[0] == '"')
        previous.remove_prefix(1);
    static constexpr std::string_view methods[] = {"GET",  "POST",    "PUT",     "DELETE", "PATCH",
                                                   "HEAD", "OPTIONS", "CONNECT", "TRACE"};
    return std::find(std::begin(methods), std::end(methods), previous) != std::end(methods);
}

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

namespace {

// Signatures in the order the tree is built: by location and length, the most frequent first,
// ties by their words, so the templates do not depend on the order of the input.
std::vector<quint32> miningOrder(const std::vector<MinerSignature> &sigs)
{
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
    return order;
}

// Each signature joins the most similar template of its leaf, or starts one. False when
// cancelled.
bool mineLeaves(Work &w, const std::vector<quint32> &order, const std::atomic_bool *cancel)
{
    // Leaves of the parse tree: (location, length, leading token) -> templates.
    std::unordered_map<std::string, std::vector<quint32>> leaves;
    std::string key;
    std::vector<char> flags;
    std::vector<quint64> hashes;
    std::vector<TemplateTokenFacts> facts; // per template, as w.templates
    size_t done = 0;
    for (quint32 si : order) {
        if (cancel && (++done & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            return false;
        const MinerSignature &s = w.sigs[si];
        key.assign(reinterpret_cast<const char *>(&s.location), sizeof s.location);
        const quint32 len = quint32(s.tokens.size());
        key.append(reinterpret_cast<const char *>(&len), sizeof len);
        if (!s.tokens.empty() && keyable(s.tokens[0]))
            key.append(s.tokens[0]);
        std::vector<quint32> &leaf = leaves[key];
        flags.resize(s.tokens.size());
        hashes.resize(s.tokens.size());
        for (size_t i = 0; i < s.tokens.size(); ++i) {
            flags[i] = char((hasPlaceholder(s.tokens[i]) ? Variable : 0) |
                            (isRouteAt(s.tokens, i) ? Route : 0));
            hashes[i] = tokenHash(s.tokens[i]);
        }
        int best = -1;
        double bestSim = -1;
        int bestWild = -1;
        for (quint32 t : leaf) {
            int wild = 0;
            const double sim = similarity(w.templates[t], facts[t], s, hashes, flags, &wild);
            if (sim > bestSim || (sim == bestSim && wild > bestWild)) {
                best = int(t);
                bestSim = sim;
                bestWild = wild;
            }
        }
        if (best >= 0 &&
            (bestSim >= w.opt.similarity || leaf.size() >= w.opt.maxTemplatesPerLeaf)) {
            MinedTemplate &t = w.templates[size_t(best)];
            for (size_t i = 0; i < t.tokens.size(); ++i)
                if (!tokenMatches(t.tokens[i], s.tokens[i]) || t.tokens[i] != s.tokens[i]) {
                    t.tokens[i] = mergeToken(t.tokens[i], s.tokens[i]);
                    facts[size_t(best)].set(i, t.tokens[i]);
                }
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
        facts.emplace_back(t.tokens);
        w.templates.push_back(std::move(t));
    }
    return true;
}

} // namespace

MinerResult mineTemplates(const std::vector<MinerSignature> &sigs, const MinerOptions &opt,
                          const std::atomic_bool *cancel)
{
    Work w{sigs, opt, {}, std::vector<quint32>(sigs.size(), 0), {}};
    const std::vector<quint32> order = miningOrder(sigs);
    if (!mineLeaves(w, order, cancel))
        return {};
    mergeFamilies(w);
    return splitTemplates(w, order);
}

} // namespace gardener::clustering::detail
