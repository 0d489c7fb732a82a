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

bool allHex(std::string_view s)
{
    int any = 0;
    for (char c : s)
        any |= hexDigit(c);
    return any >= 0;
}

} // namespace

void LogStore::appendId(std::string_view id, bool prefixed)
{
    std::string_view prefix;
    std::string_view digits = id;
    if (prefixed) {
        const size_t slash = id.rfind('/');
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
    char *out = m_record.data() + at;
    for (size_t k = 0; k + 1 < digits.size(); k += 2)
        *out++ = char((hexDigit(digits[k]) << 4) | hexDigit(digits[k + 1]));
    if (digits.size() % 2)
        *out = char(hexDigit(digits.back()) << 4);
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
