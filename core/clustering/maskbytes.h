#pragma once

#include <QtGlobal>
#include <string_view>

// Byte-level helpers shared by the masker's token classifiers (maskclassify.cpp) and its
// emitter (maskemitter.cpp). Private to clustering/.
namespace gardener::clustering::detail {

inline bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
inline bool isAlpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
inline bool isAlnum(unsigned char c)
{
    return isDigit(c) || isAlpha(c);
}
inline bool isHex(unsigned char c)
{
    return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
// Control bytes separate tokens too, so binary junk cannot build one giant token.
inline bool isSep(unsigned char c)
{
    return c <= ' ' || c == 0x7f;
}

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

// What kinds of bytes a token holds, as the OR of shapeOf() over its bytes: one pass that lets
// the classifiers skip every mask the token cannot match.
namespace shape {
enum : quint16
{
    Digit = 1,
    HexLetter = 2, // a-f, A-F
    Letter = 4,    // g-z, G-Z
    Underscore = 8,
    Dash = 16,
    Dot = 32,
    Colon = 64,
    Slash = 128,
    At = 256,
    Other = 512,    // anything else: other punctuation, spaces, bytes >= 0x80
    LetterU = 1024, // u or U (ids that name a user)
};
}
struct ShapeTable
{
    quint16 bits[256] = {};
    constexpr ShapeTable()
    {
        for (int c = 0; c < 256; ++c)
            bits[c] = shape::Other;
        for (int c = '0'; c <= '9'; ++c)
            bits[c] = shape::Digit;
        for (int c = 'a'; c <= 'z'; ++c)
            bits[c] = bits[c - 'a' + 'A'] = c <= 'f' ? shape::HexLetter : shape::Letter;
        bits[int('u')] = bits[int('U')] = shape::Letter | shape::LetterU;
        bits[int('_')] = shape::Underscore;
        bits[int('-')] = shape::Dash;
        bits[int('.')] = shape::Dot;
        bits[int(':')] = shape::Colon;
        bits[int('/')] = shape::Slash;
        bits[int('@')] = shape::At;
    }
};
inline constexpr ShapeTable kShapes;
inline quint16 shapeOf(std::string_view s)
{
    quint16 bits = 0;
    for (unsigned char c : s)
        bits |= kShapes.bits[c];
    return bits;
}

enum class NumberClass
{
    None,
    Plain,
    Duration
};

// A number with an optional sign, thousands separators, fraction, exponent and unit.
NumberClass numberClassAt(std::string_view s);
// Most tokens are words: rejected on their first byte without a call.
inline NumberClass numberClass(std::string_view s)
{
    if (s.empty())
        return NumberClass::None;
    const unsigned char c = s[0];
    if (!isDigit(c) && c != '~' && c != '+' && c != '-' && c != '=' && c != 0xC2)
        return NumberClass::None;
    return numberClassAt(s);
}
// 0x-prefixed hex, or a run of 6+ hex digits holding a digit.
bool isHexToken(std::string_view s);

} // namespace gardener::clustering::detail
