// Ids in URL paths decided per position (docs/clustering.md, "Ids in paths"): the masks see
// one token at a time and miss ids without a digit (slugs, short base62/base32 words); the
// values seen at one position of one route tell them apart from the route's own words.
#include "core/clustering/maskerrules.h"
#include "core/clustering/templateminer.h"

#include <algorithm>
#include <unordered_map>

namespace gardener::clustering::detail {
namespace {

bool isPathToken(std::string_view t)
{
    return t.size() >= 3 && t[0] == '/' && t.find('/', 1) != std::string_view::npos &&
           t.find(' ') == t.npos;
}

std::vector<std::string_view> segments(std::string_view path)
{
    std::vector<std::string_view> out;
    const std::string_view p = path.substr(0, path.find('?'));
    size_t i = 1;
    while (i <= p.size()) {
        size_t j = p.find('/', i);
        if (j == std::string_view::npos)
            j = p.size();
        out.push_back(p.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

struct Slot
{
    quint64 key; // the message around one segment: location, other tokens, other segments
    quint64 value;
    quint32 sig, token, segment;
};

} // namespace

void maskVariablePathSegments(std::vector<MinerSignature> &sigs, std::deque<std::string> &storage)
{
    std::vector<Slot> cells;
    for (quint32 s = 0; s < sigs.size(); ++s) {
        const std::vector<std::string_view> &tokens = sigs[s].tokens;
        for (quint32 t = 0; t < tokens.size(); ++t) {
            if (!isPathToken(tokens[t]))
                continue;
            quint64 around =
                hashBytes(std::string_view(reinterpret_cast<const char *>(&sigs[s].location), 4));
            for (quint32 o = 0; o < tokens.size(); ++o)
                around = around * 1000003ull + (o == t ? 0x9e37 : hashBytes(tokens[o]));
            const std::vector<std::string_view> segs = segments(tokens[t]);
            around = around * 31 + t;
            around = around * 31 + segs.size();
            for (quint32 k = 0; k < segs.size(); ++k) {
                if (segs[k].empty() || segs[k].find('<') != std::string_view::npos)
                    continue;
                quint64 key = around * 31 + k;
                for (quint32 o = 0; o < segs.size(); ++o)
                    if (o != k)
                        key = key * 1000003ull + hashBytes(segs[o]);
                cells.push_back({key, hashBytes(segs[k]), s, t, k});
            }
        }
    }
    if (cells.empty())
        return;
    std::sort(cells.begin(), cells.end(), [](const Slot &a, const Slot &b) {
        return a.key != b.key ? a.key < b.key : a.sig < b.sig;
    });
    // A position is a variable when it holds many values (12 or more), at least three that
    // are nearly all seen once or twice, or at least three file names: a route's own words
    // (resources, actions) are few, each used often, and not files.
    std::unordered_map<quint64, std::vector<quint32>> masked; // (sig << 32 | token) -> segments
    std::unordered_map<quint64, quint64> perValue;
    for (size_t i = 0; i < cells.size();) {
        size_t j = i;
        quint64 total = 0;
        bool files = true;
        perValue.clear();
        for (; j < cells.size() && cells[j].key == cells[i].key; ++j) {
            const std::string_view seg =
                segments(sigs[cells[j].sig].tokens[cells[j].token])[cells[j].segment];
            files = files && seg.find('.') != std::string_view::npos && seg.find('.') > 0;
            perValue[cells[j].value] += sigs[cells[j].sig].count;
            total += sigs[cells[j].sig].count;
        }
        const size_t distinct = perValue.size();
        if (distinct >= 12 || (distinct >= 3 && (total <= 2 * distinct || files)))
            for (size_t k = i; k < j; ++k)
                masked[(quint64(cells[k].sig) << 32) | cells[k].token].push_back(cells[k].segment);
        i = j;
    }
    for (const auto &[at, segs] : masked) {
        MinerSignature &sig = sigs[size_t(at >> 32)];
        std::string_view &token = sig.tokens[size_t(at & 0xffffffffu)];
        const std::vector<std::string_view> parts = segments(token);
        std::string out;
        for (quint32 k = 0; k < parts.size(); ++k) {
            out += '/';
            out.append(std::find(segs.begin(), segs.end(), k) != segs.end()
                           ? std::string_view("<*>")
                           : parts[k]);
        }
        if (const size_t q = token.find('?'); q != std::string_view::npos)
            out.append(token.substr(q));
        storage.push_back(std::move(out));
        token = storage.back();
    }
}

} // namespace gardener::clustering::detail
