#pragma once

#include <string_view>
#include <vector>

namespace gardener::clustering {

// The words of a line, separated by spaces or tabs, as views into it: how trace lines and
// request lines are read apart (a masked message has its own tokens).
inline std::vector<std::string_view> splitWords(std::string_view s)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\t')
            ++j;
        if (j > i)
            out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

} // namespace gardener::clustering
