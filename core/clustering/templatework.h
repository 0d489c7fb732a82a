#pragma once

#include "core/clustering/masker.h"
#include "core/clustering/templateminer.h"

#include <string>
#include <string_view>
#include <vector>

// What mining (templateminer.cpp) hands to the passes after it (templatepasses.cpp): the state of
// one mining, and the words both read. Private to the template miner.
namespace gardener::clustering::detail {

inline constexpr std::string_view Wildcard = "<*>";

inline bool hasPlaceholder(std::string_view token)
{
    const size_t open = token.find('<');
    return open != std::string_view::npos && token.find('>', open) != std::string_view::npos;
}

// The key of a setting ("rhost" of "rhost=10.0.0.1"), with its '='; empty for other words.
inline std::string_view settingKey(std::string_view token)
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
inline bool isKeyWildcard(std::string_view token)
{
    const std::string_view key = settingKey(token);
    return !key.empty() && token.size() == key.size() + Wildcard.size() &&
           token.substr(key.size()) == Wildcard;
}

// The merge of two tokens of one position: the token when they are the same, else a variable
// ("<*>", or "key=<*>" for two values of one setting).
std::string mergeToken(const std::string &a, std::string_view b);

// A route of a line the masks recognised as a request or access line: they keep its status
// code as a literal right after it (other messages that quote a request keep their ways).
inline bool isRouteAt(const auto &tokens, size_t i)
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

// One mining: the templates found so far and which template each signature joined.
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
    void unite(quint32 a, quint32 b, size_t piecewise = size_t(-1));
};

// Post-merge (see templatepasses.cpp): templates that differ in one position where it holds
// many values become one. Fills w.parent.
void mergeFamilies(Work &w);
// The result: each merged template, split where its messages hold only a few distinct words.
MinerResult splitTemplates(Work &w, const std::vector<quint32> &order);

} // namespace gardener::clustering::detail
