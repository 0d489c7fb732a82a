#include "core/clustering/maskerrules.h"
#include "core/clustering/templatework.h"

#include <algorithm>
#include <numeric>

// The passes after mining: templates that differ in one position merge into a family, and
// templates whose variable holds only a few words split again.
namespace gardener::clustering::detail {
namespace {

constexpr size_t MaxSettingValues = 8;

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

} // namespace

void Work::unite(quint32 a, quint32 b, size_t piecewise)
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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

} // namespace gardener::clustering::detail
