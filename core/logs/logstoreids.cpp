// The store's three per-entry ids (insert id, trace, span id), packed when they are lowercase
// hex. Cloud Logging writes all three that way: a 24-digit insert id, "projects/P/traces/" and
// 32 digits, a 16-digit span id; packed, the 99 bytes of text become about 40.
//
// Each id is a varint header, (n << 1) | packed, then:
//  - not packed: its n bytes;
//  - packed: a varint, 0 or 1 + the pool id of the prefix (the trace's text up to its last
//    '/'), then n hex digits two to a byte, high nibble first.
#include "core/logs/logstore.h"
#include "core/logs/varint.h"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gardener {
namespace {

// Digit values of lowercase hex, -1 for every other byte (upper case too: an id must come back
// exactly as it was). A table, as ids are random digits a branch would guess wrong half the
// time.
constexpr std::array<signed char, 256> kHexValue = [] {
    std::array<signed char, 256> t{};
    t.fill(-1);
    for (int c = 0; c < 10; ++c)
        t[size_t('0' + c)] = static_cast<signed char>(c);
    for (int c = 0; c < 6; ++c)
        t[size_t('a' + c)] = static_cast<signed char>(10 + c);
    return t;
}();

int hexDigit(char c)
{
    return kHexValue[static_cast<unsigned char>(c)];
}

#if defined(__SSE2__)
// Each byte's digit value where it is a lowercase hex digit; `ok` gets a bit per such byte.
inline __m128i hexValues(__m128i v, int &ok)
{
    const __m128i fromZero = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    const __m128i fromA = _mm_sub_epi8(v, _mm_set1_epi8('a'));
    // x <= limit, unsigned, as min(x, limit) == x
    const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(fromZero, _mm_set1_epi8(9)), fromZero);
    const __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(fromA, _mm_set1_epi8(5)), fromA);
    ok = _mm_movemask_epi8(_mm_or_si128(digit, letter));
    return _mm_or_si128(_mm_and_si128(digit, fromZero),
                        _mm_and_si128(letter, _mm_add_epi8(fromA, _mm_set1_epi8(10))));
}
#endif

// Ids are 16 to 32 digits: sixteen at a time where SSE2 is there, then byte by byte.
bool allHex(std::string_view s)
{
    size_t k = 0;
#if defined(__SSE2__)
    for (; k + 16 <= s.size(); k += 16) {
        int ok = 0;
        hexValues(_mm_loadu_si128(reinterpret_cast<const __m128i *>(s.data() + k)), ok);
        if (ok != 0xffff)
            return false;
    }
#endif
    int any = 0;
    for (; k < s.size(); ++k)
        any |= hexDigit(s[k]);
    return any >= 0;
}

// Writes the hex digits of `digits` (all lowercase hex) two to a byte, high nibble first.
void packHex(std::string_view digits, char *out)
{
    size_t k = 0;
#if defined(__SSE2__)
    for (; k + 16 <= digits.size(); k += 16) {
        int ok = 0;
        const __m128i v =
            hexValues(_mm_loadu_si128(reinterpret_cast<const __m128i *>(digits.data() + k)), ok);
        // Little-endian 16-bit lanes hold (second << 8) | first: make (first << 4) | second.
        const __m128i pairs = _mm_or_si128(
            _mm_slli_epi16(_mm_and_si128(v, _mm_set1_epi16(0xff)), 4), _mm_srli_epi16(v, 8));
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out),
                         _mm_packus_epi16(pairs, _mm_setzero_si128()));
        out += 8;
    }
#endif
    for (; k + 1 < digits.size(); k += 2)
        *out++ = char((hexDigit(digits[k]) << 4) | hexDigit(digits[k + 1]));
    if (k < digits.size())
        *out = char(hexDigit(digits.back()) << 4);
}

// The trace's text up to its last '/': Cloud Logging's traces end in 32 digits after it.
size_t lastSlash(std::string_view id)
{
    constexpr size_t kTraceDigits = 32;
    if (id.size() > kTraceDigits && id[id.size() - kTraceDigits - 1] == '/' &&
        allHex(id.substr(id.size() - kTraceDigits)))
        return id.size() - kTraceDigits - 1;
    return id.rfind('/');
}

} // namespace

void LogStore::appendId(std::string_view id, bool prefixed)
{
    std::string_view prefix;
    std::string_view digits = id;
    if (prefixed) {
        const size_t slash = lastSlash(id);
        if (slash != std::string_view::npos) {
            prefix = id.substr(0, slash + 1);
            digits = id.substr(slash + 1);
        }
    }
    // Short runs gain nothing; the limit keeps the unpacked text in StoredText's buffer.
    if (digits.size() < 8 || id.size() > StoredText::Capacity || !allHex(digits)) {
        putVarint(m_record, quint64(id.size()) << 1);
        m_record.append(id);
        return;
    }
    putVarint(m_record, (quint64(digits.size()) << 1) | 1);
    putVarint(m_record, prefix.empty() ? 0 : quint64(m_pool.intern(prefix)) + 1);
    const size_t at = m_record.size();
    m_record.resize(at + (digits.size() + 1) / 2);
    packHex(digits, m_record.data() + at);
}

StoredText LogStore::idField(size_t i, int field) const
{
    quint64 length = 0;
    const char *p = getVarint(m_bytes.at(m_text[i]), length);
    p += length; // the message
    for (;;) {
        quint64 header = 0;
        p = getVarint(p, header);
        const size_t n = size_t(header >> 1);
        const bool packed = (header & 1) != 0;
        quint64 prefixId = 0;
        if (packed)
            p = getVarint(p, prefixId);
        if (field-- > 0) {
            p += packed ? (n + 1) / 2 : n;
            continue;
        }
        StoredText text;
        if (!packed) {
            text.m_raw = std::string_view(p, n);
            return text;
        }
        static constexpr char digit[] = "0123456789abcdef";
        const std::string_view prefix = prefixId ? m_pool.at(quint32(prefixId - 1)) : "";
        prefix.copy(text.m_buf, prefix.size());
        char *out = text.m_buf + prefix.size();
        for (size_t k = 0; k < n; ++k) {
            const auto byte = static_cast<unsigned char>(p[k / 2]);
            *out++ = digit[k % 2 ? byte & 0xf : byte >> 4];
        }
        text.m_length = prefix.size() + n;
        text.m_packed = true;
        return text;
    }
}

} // namespace gardener
