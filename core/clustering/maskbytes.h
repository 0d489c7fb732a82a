#pragma once

#include <QtGlobal>
#include <string_view>

// Byte-level helpers shared by the masker's token classifiers (maskclassify.cpp) and its
// emitter (maskerrules.cpp). Private to clustering/.
namespace gardener::clustering::detail {

inline bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool isAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool isAlnum(unsigned char c) { return isDigit(c) || isAlpha(c); }
inline bool isHex(unsigned char c) { return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
// Control bytes separate tokens too, so binary junk cannot build one giant token.
inline bool isSep(unsigned char c) { return c <= ' ' || c == 0x7f; }

// `b` is lower case. Lengths are compared first: these run for every token against short
// word lists, so most calls end there.
inline bool lowerEquals(std::string_view a, std::string_view b)
{
    const size_t n = b.size();
    if (a.size() != n)
        return false;
    for (size_t i = 0; i < n; ++i)
        if ((a[i] | 0x20) != b[i])
            return false;
    return true;
}

inline size_t digitsAt(std::string_view s, size_t i)
{
    size_t j = i;
    while (j < s.size() && isDigit(s[j]))
        ++j;
    return j - i;
}

enum class NumberClass { None, Plain, Duration };

// A number with an optional sign, thousands separators, fraction, exponent and unit.
NumberClass numberClass(std::string_view s);
// 0x-prefixed hex, or a run of 6+ hex digits holding a digit.
bool isHexToken(std::string_view s);

} // namespace gardener::clustering::detail
