#include "core/clustering/templateminer.h"

#include "core/clustering/masker.h"
#include "core/clustering/maskerrules.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace gardener::clustering::detail {
namespace {

constexpr std::string_view Wildcard = "<*>";
constexpr size_t MaxSettingValues = 8;

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
        marks += token[i] == '.' || token[i] == '_' || token[i] == '/' || token[i] == '\\' ||
                 token[i] == '@' || token[i] == ':';
    return marks > 0;
}

bool isPieceMark(char c)
{
    return c == '.' || c == '_' || c == '/' || c == '\\' || c == '@' || c == ':' || c == '-';
}

// Walks two name-like words piece by piece (pieces lie between . _ / \\ @ : -), calling
// onPiece(pieceOfA, pieceOfB, markAfterOrZero) for each pair; false when the pieces do not
// line up (different counts or marks).
template <typename OnPiece>
bool forEachPiece(std::string_view a, std::string_view b, OnPiece &&onPiece)
{
    size_t i = 0, j = 0;
    for (;;) {
        size_t ie = i, je = j;
        while (ie < a.size() && !isPieceMark(a[ie]))
            ++ie;
        while (je < b.size() && !isPieceMark(b[je]))
            ++je;
        const bool aEnd = ie >= a.size(), bEnd = je >= b.size();
        if (aEnd != bEnd || (!aEnd && a[ie] != b[je]))
            return false;
        onPiece(a.substr(i, ie - i), b.substr(j, je - j), aEnd ? '\0' : a[ie]);
        if (aEnd)
            return true;
        i = ie + 1;
        j = je + 1;
    }
}

// How many pieces two name-like words differ in; npos when their pieces do not line up.
// "/api/v1/agents/a/run" and "/api/v1/agents/b/run" differ in one,
// "/api/v1/threads/<ID>/messages" and "/api/v1/agents/a/run" in three.
size_t pieceDifference(std::string_view a, std::string_view b)
{
    size_t differ = 0;
    const bool aligned = forEachPiece(
        a, b, [&](std::string_view pa, std::string_view pb, char) { differ += pa != pb; });
    return aligned ? differ : std::string_view::npos;
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

// The key of a setting ("rhost" of "rhost=10.0.0.1"), with its '='; empty for other words.
std::string_view settingKey(std::string_view token)
{
    const size_t eq = token.find('=');
    if (eq == 0 || eq == std::string_view::npos || eq > 32)
        return {};
    for (size_t i = 0; i < eq; ++i) {
        const char c = token[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.'))
            return {};
    }
    return token.substr(0, eq + 1);
}

// "rhost=<*>": a setting whose value is a variable. It stands for any value of that key only,
// so a message that has the setting and one that lacks it (or has another key there) stay
// apart: "rhost=<IP>" and "rhost=<ID>" merge to "rhost=<*>", not to a bare "<*>" that would
// make "ruser= <*>" and "ruser= <*> <*>" read the same once runs of "<*>" are folded.
bool isKeyWildcard(std::string_view token)
{
    const std::string_view key = settingKey(token);
    return !key.empty() && token.size() == key.size() + Wildcard.size() &&
           token.substr(key.size()) == Wildcard;
}

std::string mergeToken(const std::string &a, std::string_view b)
{
    if (a == b)
        return a;
    const std::string_view key = settingKey(a);
    if (!key.empty() && settingKey(b) == key)
        return std::string(key) + std::string(Wildcard);
    return std::string(Wildcard);
}

// Two names that differ in one piece ("/api/v1/agents/a/run", "/api/v1/agents/b/run") merge
// into the name with that piece as a placeholder ("/api/v1/agents/<*>/run"), so endpoints keep
// apart in the template text, and so in their fingerprints. Otherwise as mergeToken.
std::string mergePieces(const std::string &a, std::string_view b)
{
    if (a == b)
        return a;
    std::string out;
    size_t differ = 0;
    const bool aligned =
        forEachPiece(a, b, [&](std::string_view pa, std::string_view pb, char mark) {
            const bool same = pa == pb;
            differ += !same;
            out.append(same ? pa : std::string_view(Wildcard));
            if (mark)
                out.push_back(mark);
        });
    return aligned && differ <= 1 ? out : std::string(Wildcard);
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
    // `piecewise`: the position whose names merge piece by piece (see mergePieces), if any.
    void unite(quint32 a, quint32 b, size_t piecewise = size_t(-1))
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
            ta.tokens[i] = i == piecewise ? mergePieces(ta.tokens[i], tb.tokens[i])
                                          : mergeToken(ta.tokens[i], tb.tokens[i]);
        ta.count += tb.count;
    }
};

// A route of a line the masks recognised as a request or access line: they keep its status
// code as a literal right after it (other messages that quote a request keep their ways).
bool isRouteAt(const auto &tokens, size_t i)
{
    if (i == 0 || !isRouteToken(tokens[i - 1], tokens[i]))
        return false;
    for (size_t j = i + 1; j < tokens.size() && j <= i + 2; ++j) {
        const std::string_view t = tokens[j];
        if (t.size() == 3 && t[0] >= '1' && t[0] <= '5' && t[1] >= '0' && t[1] <= '9' &&
            t[2] >= '0' && t[2] <= '9')
            return true;
    }
    return false;
}

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
        if (tt != s.tokens[i] && isRouteAt(s.tokens, i)) {
            *wildcards = 0;
            return 0;
        }
        const bool sv = hasPlaceholder(s.tokens[i]);
        // A setting's variable value ("rhost=<*>") is a wildcard for values of that key.
        // An empty value ("rhost=") is the setting's absence, not one of its values.
        const bool wildcard = tt == Wildcard || (isKeyWildcard(tt) &&
                                                 s.tokens[i].size() > tt.size() - Wildcard.size() &&
                                                 settingKey(s.tokens[i]) == settingKey(tt));
        if (wildcard)
            ++wild;
        // Both variable: a whole placeholder against a variable, or the same masked shape
        // ("<UUID>]"). Different shapes ("/a/<ID>/run" vs "/b/<ID>/messages") do count.
        if (sv && ((wildcard || isPlaceholder(tt)) || tt == s.tokens[i]))
            continue;
        ++counted;
        if (wildcard || tt == s.tokens[i])
            same += 2;
        else if (sv && hasPlaceholder(tt))
            same += 1; // two masked shapes that differ: half alike
    }
    *wildcards = wild;
    return counted == 0 ? 1.0 : double(same) / double(2 * counted);
}

} // namespace

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
        if (best >= 0 &&
            (bestSim >= w.opt.similarity || leaf.size() >= w.opt.maxTemplatesPerLeaf)) {
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
    return true;
}

// Templates of one length and location that differ in exactly one position.
struct Family
{
    quint32 position = 0;
    std::vector<quint32> members;
    bool piecewise = false; // names that differ in one piece
};

// Every family of three or more templates, in the order of their keys.
std::vector<Family> familiesOf(const Work &w)
{
    // (family key, template, position) for every position, sorted: runs of one key are the
    // families. A flat array, not a map of vectors: hostile input has millions of them.
    struct Slot
    {
        quint64 key;
        quint32 t, p;
    };
    std::vector<Slot> slotList;
    std::vector<quint64> h, powers;
    for (quint32 t = 0; t < w.templates.size(); ++t) {
        const MinedTemplate &mt = w.templates[t];
        const size_t n = mt.tokens.size();
        if (n < 3)
            continue;
        h.resize(n);
        powers.resize(n);
        quint64 total = 0, pw = 1;
        for (size_t i = 0; i < n; ++i) {
            h[i] = hashBytes(isPlaceholder(mt.tokens[i]) ? Wildcard : mt.tokens[i]);
            powers[i] = pw;
            total += h[i] * pw;
            pw *= 1000003ull;
        }
        for (size_t p = 0; p < n; ++p) {
            if (mt.tokens[p] == Wildcard || isRouteAt(mt.tokens, p))
                continue;
            quint64 k = total - h[p] * powers[p];
            k = k * 31 + p;
            k = k * 1000003ull + n;
            k = k * 1000003ull + mt.location;
            slotList.push_back({k, t, quint32(p)});
        }
    }
    std::sort(slotList.begin(), slotList.end(), [](const Slot &a, const Slot &b) {
        return a.key != b.key ? a.key < b.key : a.t < b.t;
    });
    std::vector<Family> families;
    for (size_t i = 0; i < slotList.size();) {
        size_t j = i;
        while (j < slotList.size() && slotList[j].key == slotList[i].key)
            ++j;
        if (j - i >= 3) {
            Family f;
            f.position = slotList[i].p;
            for (size_t k = i; k < j; ++k)
                f.members.push_back(slotList[k].t);
            families.push_back(std::move(f));
        }
        i = j;
    }
    return families;
}

size_t constantWords(const Work &w, const Family &f)
{
    size_t constants = 0;
    for (const std::string &tok : w.templates[f.members[0]].tokens)
        constants += !hasPlaceholder(tok);
    return constants;
}

bool allNames(const Work &w, const Family &f)
{
    for (quint32 t : f.members)
        if (!nameLike(w.templates[t].tokens[f.position]))
            return false;
    return true;
}

// Name-like alternatives (program names, hosts) are variables from three on, given two constant
// words besides them: a method and a status code alone do not make two endpoints of a request
// log one message. With less context only alternatives that differ in one piece join
// ("/api/v1/agents/a/run", "/api/v1/agents/b/run", ...): those groups go to `nameGroups`.
void addNameFamilies(const Work &w, std::vector<Family> &families, std::vector<Family> &nameGroups,
                     std::vector<Family *> &ordered)
{
    for (Family &f : families) {
        if (f.members.size() < 3 || !allNames(w, f))
            continue;
        if (constantWords(w, f) >= 3) {
            ordered.push_back(&f);
            continue;
        }
        const size_t first = nameGroups.size();
        for (quint32 t : f.members) {
            const std::string &tok = w.templates[t].tokens[f.position];
            size_t g = first;
            while (g < nameGroups.size() &&
                   pieceDifference(w.templates[nameGroups[g].members[0]].tokens[f.position], tok) >
                       1)
                ++g;
            if (g == nameGroups.size())
                nameGroups.push_back({f.position, {}, true});
            nameGroups[g].members.push_back(t);
        }
    }
    for (Family &g : nameGroups)
        if (g.members.size() >= 3)
            ordered.push_back(&g);
}

// Plain words only vary inside enough constant context to tell the message (three constant
// words besides the varying one), and more of them than a split keeps apart.
void addWordFamilies(const Work &w, std::vector<Family> &families, std::vector<Family *> &ordered)
{
    for (Family &f : families) {
        if (f.members.size() < 3 || allNames(w, f))
            continue;
        if (constantWords(w, f) < 4)
            continue;
        // A setting with a few values ("(queue=sms)", "(queue=push)", ...) is an enumeration:
        // its values stay templates of their own (one issue, see groupEnumerations) up to eight
        // of them.
        const bool setting = std::all_of(f.members.begin(), f.members.end(), [&](quint32 t) {
            return w.templates[t].tokens[f.position].find('=') != std::string::npos;
        });
        if (setting && f.members.size() <= 8)
            continue;
        const size_t needed = w.opt.splitDistinct == 0 ? 3 : w.opt.splitDistinct + 1;
        if (f.members.size() >= needed)
            ordered.push_back(&f);
    }
}

// Post-merge: templates of one length and location that differ in exactly one position are
// one template with a variable there once that position holds many values: three name-like
// words (program names, hosts), or more plain words than a split keeps apart (user names that
// no mask knows). A few alternatives ("opened" / "closed") stay apart.
void mergeFamilies(Work &w)
{
    w.parent.resize(w.templates.size());
    std::iota(w.parent.begin(), w.parent.end(), 0);
    std::vector<Family> families = familiesOf(w);
    std::vector<Family *> ordered;
    std::vector<Family> nameGroups;
    nameGroups.reserve(families.size() * 2);
    addNameFamilies(w, families, nameGroups, ordered);
    addWordFamilies(w, families, ordered);
    std::sort(ordered.begin(), ordered.end(), [](const Family *a, const Family *b) {
        return a->members.front() < b->members.front();
    });
    for (const Family *f : ordered)
        for (size_t i = 1; i < f->members.size(); ++i)
            w.unite(f->members[0], f->members[i], f->piecewise ? f->position : size_t(-1));
}

// Scratch space of splitPositions, kept across templates.
struct SplitScratch
{
    std::vector<std::string_view> distinct;
    std::vector<quint64> valueCounts; // per distinct value
};

// Whether the wildcard position `p` of the template whose signatures are `mem` holds only a
// few distinct plain words, or a short list of settings each used often.
bool splitsAt(const Work &w, const std::vector<quint32> &mem, size_t p, SplitScratch &scratch)
{
    std::vector<std::string_view> &distinct = scratch.distinct;
    std::vector<quint64> &valueCounts = scratch.valueCounts;
    distinct.clear();
    valueCounts.clear();
    quint64 total = 0;
    for (quint32 si : mem) {
        const std::string_view tok = w.sigs[si].tokens[p];
        if (hasPlaceholder(tok))
            return false;
        total += w.sigs[si].count;
        const auto at = std::find(distinct.begin(), distinct.end(), tok);
        if (at != distinct.end()) {
            valueCounts[size_t(at - distinct.begin())] += w.sigs[si].count;
            continue;
        }
        distinct.push_back(tok);
        valueCounts.push_back(w.sigs[si].count);
        if (distinct.size() > std::max<size_t>(w.opt.splitDistinct, MaxSettingValues))
            break;
    }
    // A setting with a short list of values each used often ("(queue=sms)", "(queue=push)",
    // ...: an enumeration) splits too, up to eight values; a long tail of rare values
    // ("user=root" and a few "user=ftp") is a variable.
    const quint64 rarest =
        valueCounts.empty() ? 0 : *std::min_element(valueCounts.begin(), valueCounts.end());
    const bool settings =
        distinct.size() <= MaxSettingValues && rarest * 4 * distinct.size() >= total &&
        std::all_of(distinct.begin(), distinct.end(),
                    [](std::string_view d) { return d.find('=') != std::string_view::npos; });
    return distinct.size() >= 2 && (distinct.size() <= w.opt.splitDistinct || settings);
}

// One template of the result per combination of the words at `splitAt`, in the order the
// signatures come.
void addSplitTemplates(const Work &w, const std::vector<quint32> &mem,
                       const std::vector<size_t> &splitAt, quint32 family, MinerResult &result)
{
    std::vector<std::pair<std::string, quint32>> children; // split key -> template index
    std::string splitKey;
    for (quint32 si : mem) {
        const MinerSignature &s = w.sigs[si];
        splitKey.clear();
        for (size_t p : splitAt) {
            splitKey.append(s.tokens[p]);
            splitKey += '\x1f';
        }
        auto it = std::find_if(children.begin(), children.end(),
                               [&](const auto &c) { return c.first == splitKey; });
        if (it == children.end()) {
            MinedTemplate child;
            child.tokens.assign(s.tokens.begin(), s.tokens.end());
            child.location = s.location;
            children.emplace_back(splitKey, quint32(result.templates.size()));
            result.templates.push_back(std::move(child));
            result.templateFamily.push_back(family);
            it = children.end() - 1;
        }
        MinedTemplate &child = result.templates[it->second];
        for (size_t i = 0; i < child.tokens.size(); ++i)
            if (child.tokens[i] != s.tokens[i])
                child.tokens[i] = mergeToken(child.tokens[i], s.tokens[i]);
        child.count += s.count;
        result.signatureTemplate[si] = it->second;
    }
}

// Split: a wildcard position whose messages hold only a few distinct plain words ("VM Started"
// / "VM Stopped", "client SPP" / "client WindowsUpdateAgent") is part of the message, so each
// combination of those words is a template of its own. Members are visited in the fixed order,
// so the split is as order independent as the mining.
MinerResult splitTemplates(Work &w, const std::vector<quint32> &order)
{
    std::vector<std::vector<quint32>> members(w.templates.size());
    for (quint32 si : order)
        members[w.find(w.sigTemplate[si])].push_back(si);
    MinerResult result;
    result.signatureTemplate.resize(w.sigs.size());
    std::vector<size_t> splitAt;
    SplitScratch scratch;
    for (quint32 t = 0; t < w.templates.size(); ++t) {
        if (w.find(t) != t)
            continue;
        const std::vector<quint32> &mem = members[t];
        MinedTemplate &mt = w.templates[t];
        splitAt.clear();
        if (w.opt.splitDistinct > 0 && mem.size() > 1) {
            for (size_t p = 0; p < mt.tokens.size(); ++p)
                if ((mt.tokens[p] == Wildcard || isKeyWildcard(mt.tokens[p])) &&
                    splitsAt(w, mem, p, scratch))
                    splitAt.push_back(p);
        }
        const quint32 family = quint32(result.templates.size());
        if (!splitAt.empty()) {
            addSplitTemplates(w, mem, splitAt, family, result);
            continue;
        }
        for (quint32 si : mem)
            result.signatureTemplate[si] = family;
        result.templates.push_back(std::move(mt));
        result.templateFamily.push_back(family);
    }
    return result;
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
