#include "core/clustering/maskbytes.h"
#include "core/clustering/maskerrules.h"

#include <algorithm>
#include <bit>
#include <cstring>

// Whole-token classifiers of the built-in masks, and the in-memory hashes.
namespace gardener::clustering::detail {
namespace {

bool containsLower(std::string_view s, const char *needle)
{
    const size_t n = std::strlen(needle);
    if (s.size() < n)
        return false;
    for (size_t i = 0; i + n <= s.size(); ++i) {
        size_t k = 0;
        while (k < n && (s[i + k] | 0x20) == needle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

bool isUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (size_t i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isHex(s[i]))
            return false;
    }
    return true;
}

bool isJwt(std::string_view s)
{
    if (s.size() < 16 || s.substr(0, 3) != "eyJ")
        return false;
    int dots = 0;
    for (unsigned char c : s) {
        if (c == '.')
            ++dots;
        else if (!isAlnum(c) && c != '-' && c != '_' && c != '=')
            return false;
    }
    return dots == 2;
}

bool isEmail(std::string_view s)
{
    const size_t at = s.find('@');
    if (at == 0 || at == std::string_view::npos || at + 3 > s.size())
        return false;
    for (size_t i = 0; i < at; ++i) {
        const unsigned char c = s[i];
        if (!isAlnum(c) && !std::strchr("._%+*-", c))
            return false;
    }
    bool dot = false;
    for (size_t i = at + 1; i < s.size(); ++i) {
        const unsigned char c = s[i];
        if (c == '.')
            dot = true;
        else if (!isAlnum(c) && c != '-')
            return false;
    }
    return dot && s.back() != '.';
}

bool isUrl(std::string_view s)
{
    const size_t p = s.find("://");
    if (p == 0 || p == std::string_view::npos || p > 10 || p + 3 >= s.size())
        return false;
    for (size_t i = 0; i < p; ++i)
        if (!isAlpha(s[i]) && s[i] != '+')
            return false;
    return true;
}

bool isIpv4(std::string_view s)
{
    size_t i = 0;
    for (int part = 0; part < 4; ++part) {
        const size_t d = digitsAt(s, i);
        if (d == 0 || d > 3)
            return false;
        i += d;
        if (part < 3) {
            if (i >= s.size() || s[i] != '.')
                return false;
            ++i;
        }
    }
    if (i == s.size())
        return true;
    if (s[i] != ':') // optional :port
        return false;
    const size_t d = digitsAt(s, i + 1);
    return d > 0 && i + 1 + d == s.size();
}

bool isIpv6(std::string_view s)
{
    int colons = 0;
    bool hex = false;
    bool doubleColon = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = s[i];
        if (c == ':') {
            ++colons;
            if (i > 0 && s[i - 1] == ':')
                doubleColon = true;
        } else if (isHex(c)) {
            hex = true;
        } else if (c != '.') { // ::ffff:1.2.3.4
            return false;
        }
    }
    return hex && colons >= 2 && (doubleColon || colons >= 5);
}

// hh:mm[:ss][.frac][Z|+hh:mm] starting at i; returns end or npos.
size_t timeAt(std::string_view s, size_t i)
{
    size_t d = digitsAt(s, i);
    if (d < 1 || d > 2 || i + d >= s.size() || s[i + d] != ':')
        return std::string_view::npos;
    i += d + 1;
    if (digitsAt(s, i) != 2)
        return std::string_view::npos;
    i += 2;
    if (i < s.size() && s[i] == ':' && digitsAt(s, i + 1) == 2)
        i += 3;
    if (i < s.size() && (s[i] == '.' || s[i] == ',') && digitsAt(s, i + 1) > 0)
        i += 1 + digitsAt(s, i + 1);
    if (i < s.size() && s[i] == 'Z')
        ++i;
    else if (i < s.size() && (s[i] == '+' || s[i] == '-') && digitsAt(s, i + 1) == 2) {
        i += 3;
        if (i < s.size() && s[i] == ':')
            ++i;
        i += digitsAt(s, i) == 2 ? 2 : 0;
    }
    return i;
}

bool isTimestamp(std::string_view s)
{
    // yyyy-mm-dd or yyyy/mm/dd, optionally followed by T or _ and a time.
    if (digitsAt(s, 0) == 4 && s.size() >= 8 && (s[4] == '-' || s[4] == '/')) {
        size_t i = 5;
        size_t d = digitsAt(s, i);
        if (d < 1 || d > 2 || i + d >= s.size() || s[i + d] != s[4])
            return false;
        i += d + 1;
        d = digitsAt(s, i);
        if (d < 1 || d > 2)
            return false;
        i += d;
        if (i == s.size())
            return true;
        if (s[i] != 'T' && s[i] != '_' && s[i] != ' ' && s[i] != ':')
            return false;
        return timeAt(s, i + 1) == s.size();
    }
    return timeAt(s, 0) == s.size();
}

} // namespace

NumberClass numberClassAt(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && (s[i] == '~' || s[i] == '+' || s[i] == '-' || s[i] == '='))
        ++i;
    else if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC2 &&
             static_cast<unsigned char>(s[1]) == 0xB1) // ±
        i += 2;
    size_t d = digitsAt(s, i);
    if (d == 0)
        return NumberClass::None;
    i += d;
    while (i + 3 < s.size() + 0 && s[i] == ',' && digitsAt(s, i + 1) == 3) // 1,024,000
        i += 4;
    if (i < s.size() && s[i] == '.' && digitsAt(s, i + 1) > 0)
        i += 1 + digitsAt(s, i + 1);
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-'))
            ++j;
        if (digitsAt(s, j) > 0)
            i = j + digitsAt(s, j);
    }
    if (i == s.size())
        return NumberClass::Plain;
    std::string_view unit = s.substr(i);
    if (unit == "%")
        return NumberClass::Plain;
    if (unit == "\xC2\xB5s") // µs
        return NumberClass::Duration;
    // Every unit below is one to five letters: "12:30", "5-7" end here.
    if (unit.size() > 5 || !isAlpha(unit[0]))
        return NumberClass::None;
    static constexpr std::string_view timeUnits[] = {"ns",  "us",   "ms", "s",  "sec", "secs", "m",
                                                     "min", "mins", "h",  "hr", "hrs", "d"};
    for (std::string_view u : timeUnits)
        if (lowerEquals(unit, u))
            return NumberClass::Duration;
    static constexpr std::string_view otherUnits[] = {"b",   "kb",  "mb",  "gb", "tb",    "kib",
                                                      "mib", "gib", "k",   "x",  "bytes", "px",
                                                      "hz",  "khz", "mhz", "ghz"};
    for (std::string_view u : otherUnits)
        if (lowerEquals(unit, u))
            return NumberClass::Plain;
    return NumberClass::None;
}

bool isHexToken(std::string_view s)
{
    if (s.size() >= 3 && s[0] == '0' && (s[1] | 0x20) == 'x') {
        for (size_t i = 2; i < s.size(); ++i)
            if (!isHex(s[i]))
                return false;
        return true;
    }
    if (s.size() < 6)
        return false;
    bool digit = false;
    for (unsigned char c : s) {
        if (!isHex(c))
            return false;
        digit |= isDigit(c);
    }
    return digit;
}

namespace {

// Words joined by _ - . where one part is a run of 3+ digits or a 6+ hex run with a digit.
bool isCompositeId(std::string_view s)
{
    bool joined = false;
    bool variablePart = false;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        const bool end = i == s.size();
        const quint16 k =
            end ? quint16(shape::Underscore) : kShapes.bits[static_cast<unsigned char>(s[i])];
        if (k & (shape::Underscore | shape::Dash | shape::Dot)) {
            if (!end)
                joined = true;
            const std::string_view part = s.substr(start, i - start);
            if (!part.empty()) {
                const size_t d = digitsAt(part, 0);
                if ((d == part.size() && d >= 3) || isHexToken(part))
                    variablePart = true;
            }
            start = i + 1;
        } else if (!(k & (shape::Digit | shape::HexLetter | shape::Letter))) {
            return false;
        }
    }
    return joined && variablePart;
}

bool isUserId(std::string_view s)
{
    bool digit = false;
    for (unsigned char c : s) {
        if (!isAlnum(c) && c != '_' && c != '-' && c != '.')
            return false;
        digit |= isDigit(c);
    }
    return digit && containsLower(s, "user");
}

bool isTruncatedId(std::string_view s)
{
    size_t body = s.size();
    if (body > 3 && s.substr(body - 3) == "...")
        body -= 3;
    else if (body > 3 && s.substr(body - 3) == "\xE2\x80\xA6") // …
        body -= 3;
    else
        return false;
    if (body < 4)
        return false;
    bool digit = false;
    for (size_t i = 0; i < body; ++i) {
        const unsigned char c = s[i];
        if (!isAlnum(c) && c != '_' && c != '-')
            return false;
        digit |= isDigit(c);
    }
    return digit;
}

} // namespace

quint64 hashBytes(std::string_view bytes)
{
    quint64 h = 1469598103934665603ull; // FNV-1a
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

namespace {

inline quint64 rotl(quint64 v, int r)
{
    return (v << r) | (v >> (64 - r));
}

inline quint64 fmix(quint64 h)
{
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}

// The `k` (at most 8) bytes at `p` as memcpy into a zeroed word would give them, without the
// library call a copy of unknown length costs (two per hash, and most texts end in one).
inline quint64 loadUpTo8(const char *p, size_t k)
{
    if (k >= 4) {
        quint32 a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + k - 4, 4);
        return quint64(a) | (quint64(b) << (8 * (k - 4))); // the overlap holds the same bytes
    }
    if (k == 0)
        return 0;
    const auto byte = [p](size_t i) {
        return quint64(static_cast<unsigned char>(p[i])) << (8 * i);
    };
    return byte(0) | byte(k / 2) | byte(k - 1);
}

} // namespace

Hash128 hashFast128(std::string_view s)
{
    // Two chains, each over every byte, sixteen bytes a step: each chain multiplies once per
    // step, so the two run side by side and the whole costs about one 64-bit chain.
    quint64 a = 0x9E3779B97F4A7C15ull ^ (quint64(s.size()) * 0xC2B2AE3D27D4EB4Full);
    quint64 b = 0x165667B19E3779F9ull ^ (quint64(s.size()) * 0x27D4EB2F165667C5ull);
    const char *p = s.data();
    size_t n = s.size();
    auto step = [&](quint64 v0, quint64 v1) {
        a = rotl((a ^ v0) * 0xFF51AFD7ED558CCDull, 29) ^ v1;
        b = rotl((b ^ v1) * 0xC4CEB9FE1A85EC53ull, 31) ^ v0;
    };
    for (; n >= 16; p += 16, n -= 16) {
        quint64 v0, v1;
        std::memcpy(&v0, p, 8);
        std::memcpy(&v1, p + 8, 8);
        step(v0, v1);
    }
    if (n > 0) {
        quint64 v0, v1 = 0;
        if constexpr (std::endian::native == std::endian::little) {
            v0 = loadUpTo8(p, std::min<size_t>(n, 8));
            if (n > 8)
                v1 = loadUpTo8(p + 8, n - 8);
        } else {
            v0 = 0;
            std::memcpy(&v0, p, std::min<size_t>(n, 8));
            if (n > 8)
                std::memcpy(&v1, p + 8, n - 8);
        }
        step(v0, v1);
    }
    return {fmix(a + rotl(b, 23)), fmix(b ^ rotl(a, 41))};
}

MaskKind classifyToken(std::string_view s, bool afterBearer)
{
    return classifyToken(s, afterBearer, shapeOf(s));
}

MaskKind classifyToken(std::string_view s, bool afterBearer, quint16 b)
{
    if (afterBearer)
        return MaskKind::Bearer;
    // Digits alone are a number ("148", "081109"): every check before the number's needs a
    // letter or punctuation.
    if (b == shape::Digit)
        return MaskKind::Number;
    // The checks run in the documented order; the shape only skips those that cannot match.
    using namespace shape;
    const bool idChars = !(b & (Other | Colon | Slash | At)); // letters, digits, _ - .
    if ((b & Colon) && (b & Slash) && s.find("://") != std::string_view::npos && isUrl(s))
        return MaskKind::Url;
    if ((b & At) && isEmail(s))
        return MaskKind::Email;
    if (isJwt(s))
        return MaskKind::Jwt;
    if (isUuid(s))
        return MaskKind::Uuid;
    const bool leadingDigit = !s.empty() && isDigit(s[0]);
    if (leadingDigit && (b & Dot) && isIpv4(s))
        return MaskKind::Ip;
    const bool maybeTime = leadingDigit && (b & (Colon | Dash | Slash));
    if ((b & Colon) && !(b & ~(Digit | HexLetter | Colon | Dot)) && isIpv6(s) &&
        !(maybeTime && isTimestamp(s)))
        return MaskKind::Ip;
    if (maybeTime && isTimestamp(s))
        return MaskKind::Timestamp;
    if ((b & Dot || b & Other) && isTruncatedId(s))
        return MaskKind::TruncatedId;
    // Every number holds a digit.
    switch ((b & Digit) ? numberClass(s) : NumberClass::None) {
    case NumberClass::Plain:
        return MaskKind::Number;
    case NumberClass::Duration:
        return MaskKind::Duration;
    case NumberClass::None:
        break;
    }
    if (idChars && (b & Digit) && (b & LetterU) && isUserId(s))
        return MaskKind::UserId;
    if ((b & Digit) && isHexToken(s))
        return MaskKind::Hex;
    if (idChars && (b & (Underscore | Dash | Dot)) && isCompositeId(s))
        return MaskKind::CompositeId;
    return MaskKind::Count;
}

} // namespace gardener::clustering::detail
