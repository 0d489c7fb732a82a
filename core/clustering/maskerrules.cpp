#include "core/clustering/maskerrules.h"

#include "core/clustering/maskbytes.h"
#include "core/clustering/messageshapes.h"

#include <array>
#include <bit>
#include <cstring>
#include <span>

namespace gardener::clustering::detail {
namespace {

struct ByteClasses
{
    enum : quint8
    {
        Opener = 1,
        Closer = 2,
        SubDelim = 4,
        Digit = 8,
        Special = 16
    };
    quint8 bits[256] = {};
    constexpr ByteClasses()
    {
        for (int c = '0'; c <= '9'; ++c)
            bits[c] |= Digit;
        for (int c = 0x80; c < 0x100; ++c)
            bits[c] |= Special;
        bits[quint8('@')] |= Special;
        bits[quint8(':')] |= Special;
        for (const char *p = "([{<\"'`"; *p; ++p)
            bits[quint8(*p)] |= Opener;
        for (const char *p = ")]}>\"'`,;:!?"; *p; ++p)
            bits[quint8(*p)] |= Closer;
        for (const char *p = "=,;()[]{}<>|\"'`"; *p; ++p)
            bits[quint8(*p)] |= SubDelim;
    }
};
constexpr ByteClasses kClasses;
inline bool isOpener(unsigned char c)
{
    return kClasses.bits[c] & ByteClasses::Opener;
}
inline bool isCloser(unsigned char c)
{
    return kClasses.bits[c] & ByteClasses::Closer;
}
inline bool isSubDelim(unsigned char c)
{
    return kClasses.bits[c] & ByteClasses::SubDelim;
}

// Both tables in one, so a token's bytes are looked at once: ByteClasses in the low byte, the
// classifiers' shape (maskbytes.h) above it.
struct TokenBits
{
    quint32 bits[256] = {};
    constexpr TokenBits()
    {
        for (int c = 0; c < 256; ++c)
            bits[c] = kClasses.bits[c] | (quint32(kShapes.bits[c]) << 8);
    }
};
constexpr TokenBits kTokenBits;

int countedSlot(MaskKind kind)
{
    switch (kind) {
    case MaskKind::UserId:
        return int(CountedValue::User);
    case MaskKind::Email:
        return int(CountedValue::Email);
    case MaskKind::Ip:
        return int(CountedValue::Ip);
    case MaskKind::Uuid:
    case MaskKind::CompositeId:
    case MaskKind::TruncatedId:
        return int(CountedValue::Id);
    default:
        return -1;
    }
}

// maskPlaceholder() as views: appending them then needs no strlen.
const std::array<std::string_view, MaskKindCount + 1> kPlaceholders = [] {
    std::array<std::string_view, MaskKindCount + 1> views;
    for (int k = 0; k <= MaskKindCount; ++k)
        views[size_t(k)] = maskPlaceholder(static_cast<MaskKind>(k));
    return views;
}();

struct Emitter
{
    MaskedMessage &out;

    void record(MaskKind kind, std::string_view value)
    {
        const int slot = countedSlot(kind);
        if (slot >= 0 && out.valueHash[size_t(slot)] == 0)
            out.valueHash[size_t(slot)] = hashFast(value) | 1;
    }

    void placeholder(MaskKind kind, std::string_view value)
    {
        record(kind, value);
        out.text += kPlaceholders[size_t(kind)];
    }

    // scheme://host is masked, the path kept with its variable segments masked (it tells
    // endpoints apart), the query string masked whole.
    void url(std::string_view u)
    {
        const size_t scheme = u.find("://");
        size_t pathStart = u.find_first_of("/?#", scheme + 3);
        if (pathStart == std::string_view::npos)
            pathStart = u.size();
        record(MaskKind::Url, u);
        out.text += kPlaceholders[size_t(MaskKind::Url)];
        size_t query = u.find_first_of("?#", pathStart);
        if (query == std::string_view::npos)
            query = u.size();
        size_t i = pathStart;
        while (i < query) {
            if (u[i] == '/') {
                out.text += '/';
                ++i;
                continue;
            }
            size_t j = u.find('/', i);
            if (j == std::string_view::npos || j > query)
                j = query;
            segment(u.substr(i, j - i));
            i = j;
        }
        if (query < u.size())
            out.text += "?<*>";
    }

    // Masks the variable pieces inside a token that is not one value as a whole.
    void pieces(std::string_view core)
    {
        size_t i = 0;
        while (i < core.size()) {
            if (isSubDelim(core[i])) {
                size_t j = i + 1;
                while (j < core.size() && isSubDelim(core[j]))
                    ++j;
                out.text.append(core.substr(i, j - i));
                i = j;
                continue;
            }
            size_t j = i;
            while (j < core.size() && !isSubDelim(core[j]))
                ++j;
            segment(core.substr(i, j - i));
            i = j;
        }
    }

    void segment(std::string_view seg)
    {
        // Without a digit only a URL or an address (':', '@'), a JWT (16+ bytes from 'e') or a
        // UUID (36) can match, and there is no digit run to mask: the segment stays as it is.
        const quint16 segShape = shapeOf(seg);
        if (!(segShape & (shape::Digit | shape::Colon | shape::At)) && seg.size() < 36 &&
            (seg.size() < 16 || seg[0] != 'e')) {
            out.text.append(seg);
            return;
        }
        // Trailing sentence punctuation after a value: "took 5ms." / "port 22:".
        size_t end = seg.size();
        while (end > 0 && (seg[end - 1] == '.' || seg[end - 1] == ':'))
            --end;
        const std::string_view core = seg.substr(0, end);
        const MaskKind kind =
            core.empty() ? MaskKind::Count
                         : classifyToken(core, false, end == seg.size() ? segShape : shapeOf(core));
        if (kind != MaskKind::Count) {
            placeholder(kind, core);
            out.text.append(seg.substr(end));
            return;
        }
        // Digit runs inside words ("blk_42", "HTTP/1.1", "R02") become numbers.
        size_t i = 0;
        while (i < seg.size()) {
            const unsigned char c = seg[i];
            if (isAlnum(c)) {
                size_t j = i;
                bool letter = false;
                while (j < seg.size() && isAlnum(seg[j]))
                    letter |= isAlpha(seg[j++]);
                const std::string_view run = seg.substr(i, j - i);
                if (!letter)
                    out.text += "<NUM>";
                else if (isHexToken(run))
                    out.text += "<HEX>";
                else
                    out.text.append(run);
                i = j;
            } else {
                size_t j = i + 1;
                while (j < seg.size() && !isAlnum(seg[j]))
                    ++j;
                out.text.append(seg.substr(i, j - i));
                i = j;
            }
        }
    }

    void token(std::string_view tok, bool afterBearer)
    {
        if (tok[0] == '<' && isPlaceholder(tok)) {
            out.text.append(tok);
            return;
        }
        size_t b = 0, e = tok.size();
        while (b < e && isOpener(tok[b]))
            ++b;
        while (e > b && isCloser(tok[e - 1]))
            --e;
        // One pass over the bytes: the wrapping's and the core's classes, the core's shape.
        quint32 wrapAcc = 0, coreAcc = 0;
        for (size_t i = 0; i < b; ++i)
            wrapAcc |= kTokenBits.bits[static_cast<unsigned char>(tok[i])];
        for (size_t i = b; i < e; ++i)
            coreAcc |= kTokenBits.bits[static_cast<unsigned char>(tok[i])];
        for (size_t i = e; i < tok.size(); ++i)
            wrapAcc |= kTokenBits.bits[static_cast<unsigned char>(tok[i])];
        const quint8 bits = quint8(wrapAcc | coreAcc);
        // Fast path: a word without digits or the few characters some masks need.
        const bool quoted = tok[0] == '\'' || tok[0] == '"';
        if (!(bits & (ByteClasses::Digit | ByteClasses::Special)) && !quoted && !afterBearer &&
            !(tok.size() >= 16 && tok[0] == 'e')) {
            out.text.append(tok);
            return;
        }
        std::string_view core = tok.substr(b, e - b);
        if (core.empty()) {
            out.text.append(tok);
            return;
        }
        // "failed:", "(middleware": the wrapping held the only special byte. Every mask but
        // the quoted one needs a digit, '@' or ':' in the value itself.
        if (!(bits & ByteClasses::Digit) && !afterBearer &&
            !(core.size() >= 16 && core[0] == 'e') &&
            !(b > 0 && (tok[b - 1] == '\'' || tok[b - 1] == '"'))) {
            if (!(quint8(coreAcc) & ByteClasses::Special)) {
                out.text.append(tok);
                return;
            }
        }
        MaskKind kind = classifyToken(core, afterBearer, quint16(coreAcc >> 8));
        if (kind == MaskKind::Count && core.back() == '.') {
            size_t e2 = core.size();
            while (e2 > 0 && core[e2 - 1] == '.')
                --e2;
            if (e2 > 0) {
                kind = classifyToken(core.substr(0, e2), afterBearer);
                if (kind != MaskKind::Count) {
                    e = b + e2;
                    core = core.substr(0, e2);
                }
            }
        }
        const std::string_view prefix = tok.substr(0, b);
        const std::string_view suffix = tok.substr(e);
        if (kind == MaskKind::Count && !prefix.empty() && !suffix.empty() &&
            (prefix.back() == '\'' || prefix.back() == '"') && suffix.front() == prefix.back()) {
            bool idChars = false;
            for (unsigned char c : core)
                idChars |= isDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ':';
            if (idChars) {
                out.text.append(prefix.substr(0, prefix.size() - 1));
                placeholder(MaskKind::Quoted, core);
                out.text.append(suffix.substr(1));
                return;
            }
        }
        out.text.append(prefix);
        if (kind == MaskKind::Url)
            url(core);
        else if (kind != MaskKind::Count)
            placeholder(kind, core);
        else
            pieces(core);
        out.text.append(suffix);
    }
};

} // namespace

namespace {

// "sec", "KB", "seconds": a unit that makes the number before it one value.
int unitWord(std::string_view w)
{
    while (!w.empty() && isCloser(w.back()))
        w.remove_suffix(1);
    static constexpr std::string_view timeUnits[] = {
        "ns",   "us",     "ms",      "s",  "sec", "secs", "second", "seconds", "min",
        "mins", "minute", "minutes", "hr", "hrs", "hour", "hours",  "day",     "days"};
    static constexpr std::string_view sizeUnits[] = {"b",   "kb",  "mb",  "gb",   "tb",
                                                     "kib", "mib", "gib", "byte", "bytes"};
    for (std::string_view u : timeUnits)
        if (lowerEquals(w, u))
            return 1;
    for (std::string_view u : sizeUnits)
        if (lowerEquals(w, u))
            return 2;
    return 0;
}

// `kind` (1) when `w` is a month name, or (2) a weekday name: English, abbreviated or in full,
// any case, with trailing ',' or '.'; else 0.
int calendarWord(std::string_view w, int kind)
{
    while (!w.empty() && (w.back() == ',' || w.back() == '.'))
        w.remove_suffix(1);
    if (w.size() < 3 || w.size() > 9)
        return 0;
    // Runs for nearly every word: reject on the first letter before any list.
    const char c0 = char(w[0] | 0x20);
    constexpr auto letters = [](const char *l) {
        quint32 m = 0;
        for (; *l; ++l)
            m |= 1u << (*l - 'a');
        return m;
    };
    constexpr quint32 monthInitials = letters("jfmasond"), weekdayInitials = letters("mtwfs");
    if (c0 < 'a' || c0 > 'z' ||
        !((kind == 1 ? monthInitials : weekdayInitials) & (1u << (c0 - 'a'))))
        return 0;
    static constexpr std::string_view months[] = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};
    static constexpr std::string_view weekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};
    const std::span<const std::string_view> names =
        kind == 1 ? std::span<const std::string_view>(months)
                  : std::span<const std::string_view>(weekdays);
    for (std::string_view full : names) {
        if (c0 != full[0] || (w[1] | 0x20) != full[1] || (w[2] | 0x20) != full[2])
            continue;
        // The three-letter abbreviation, the full name, or "Sept" / "Tues" / "Thur(s)".
        if (w.size() == 3 || lowerEquals(w, full) ||
            (w.size() <= 5 && lowerEquals(w, full.substr(0, w.size())) &&
             (full == "september" || full == "tuesday" || full == "thursday")))
            return kind;
        return 0;
    }
    return 0;
}

// A day of the month: 1 or 2 digits, optionally followed by ',' ("Jul 10", "Jul 9,").
bool dayNumber(std::string_view w)
{
    const size_t d = digitsAt(w, 0);
    return (d == 1 || d == 2) && (d == w.size() || (d + 1 == w.size() && w[d] == ','));
}

// A number, possibly after opening punctuation or a comparison ("(0.39", "<1", "~2").
std::string_view numberCore(std::string_view t, std::string_view *prefix)
{
    size_t b = 0;
    while (b < t.size() && (isOpener(t[b]) || t[b] == '>'))
        ++b;
    std::string_view core = t.substr(b);
    if (core.empty() || numberClass(core) != NumberClass::Plain)
        return {};
    *prefix = t.substr(0, b);
    return core;
}

// The first separator byte in [p, end), eight bytes a step: splitting is the one loop that
// touches every byte of every message.
const char *findSep(const char *p, const char *end)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr quint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        for (; end - p >= 8; p += 8) {
            quint64 v;
            std::memcpy(&v, p, 8);
            // Bytes below 0x21, and bytes equal to 0x7f. Borrows can flag bytes after a true
            // one, never before, so the lowest flag is exact.
            const quint64 low = (v - ones * 0x21) & ~v & highs;
            const quint64 x = v ^ (ones * 0x7f);
            const quint64 del = (x - ones) & ~x & highs;
            if (const quint64 m = low | del)
                return p + (std::countr_zero(m) >> 3);
        }
    }
    while (p < end && !isSep(static_cast<unsigned char>(*p)))
        ++p;
    return p;
}

bool mayBeRequestLine(const std::vector<std::string_view> &raw)
{
    if (raw.size() >= 2 && raw.size() <= 3 && raw[1][0] == '/')
        return true;
    for (size_t t = 1; t < raw.size(); ++t)
        if (raw[t].size() >= 6 && raw[t][0] == 'H' && raw[t].substr(0, 5) == "HTTP/")
            return true;
    return false;
}

// Where a quoted span of several words that opens with `first` closes: the index of the token
// ending in the same quote (before trailing punctuation), at most eight tokens on; 0 if none.
size_t quotedSpanEnd(const std::vector<std::string_view> &raw, size_t first)
{
    const std::string_view open = raw[first];
    const char q = open[0];
    if ((q != '\'' && q != '"') || open.size() < 2)
        return 0;
    auto closes = [q](std::string_view w) {
        while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ')' ||
                              w.back() == ';' || w.back() == ':'))
            w.remove_suffix(1);
        return !w.empty() && w.back() == q;
    };
    if (closes(open))
        return 0;
    // A quoted request line ("GET /path HTTP/1.1") is structure, not free text.
    static constexpr std::string_view methods[] = {"GET",   "POST", "PUT",    "DELETE",
                                                   "PATCH", "HEAD", "OPTIONS"};
    for (std::string_view m : methods)
        if (open.substr(1) == m)
            return 0;
    for (size_t t = first; t < raw.size() && t <= first + 8; ++t) {
        const std::string_view w = raw[t];
        // Structured text (key=value, JSON) is not free text.
        if (w.find('=') != std::string_view::npos || w.find('{') != std::string_view::npos)
            return 0;
        if (t > first && closes(w))
            return t;
    }
    return 0;
}

// Free text in quotes ("query 'lamp garden'") is one value, whatever its word count: emits
// "<STR>" for the span starting at raw[t] and moves t to its last token; false if none.
bool emitQuotedSpan(const std::vector<std::string_view> &raw, size_t &t, MaskedMessage &out,
                    std::vector<quint32> &offsets)
{
    const size_t close = quotedSpanEnd(raw, t);
    if (close == 0)
        return false;
    if (!out.text.empty())
        out.text += ' ';
    offsets.push_back(quint32(out.text.size()));
    out.text += "<STR>";
    const std::string_view last = raw[close];
    out.text.append(last.substr(last.rfind(raw[t][0]) + 1));
    offsets.push_back(quint32(out.text.size()));
    t = close;
    return true;
}

// Request and access lines and stack traces are masked by their structure (messageshapes.h);
// what the split saw (line breaks, a method or "HTTP/") tells which messages may be one, so
// the others cost nothing more. Not re-entered: a shape masks its prefix the usual way.
bool maskByShape(std::string_view msg, size_t maxTokens, bool lines,
                 const std::vector<std::string_view> &raw, MaskedMessage &out)
{
    thread_local bool shaping = false;
    if (shaping || !(lines || mayBeRequestLine(raw)))
        return false;
    shaping = true;
    const bool shaped = maskShaped(msg, maxTokens, out);
    shaping = false;
    return shaped;
}

// Splits the message at separators into `raw`; true when it spans several lines. One scan, so
// the masking loop can look one token ahead without rescanning.
bool splitRaw(std::string_view msg, std::vector<std::string_view> &raw)
{
    bool lines = false;
    const char *p = msg.data();
    const char *const end = p + msg.size();
    while (p < end) {
        while (p < end && isSep(static_cast<unsigned char>(*p))) {
            lines = lines || *p == '\n';
            ++p;
        }
        if (p == end)
            break;
        const char *q = findSep(p, end);
        raw.emplace_back(p, size_t(q - p));
        p = q;
    }
    return lines;
}

// Records the text from `start` to the end as one token.
void closeToken(const MaskedMessage &out, quint32 start, std::vector<quint32> &offsets)
{
    offsets.push_back(start);
    offsets.push_back(quint32(out.text.size()));
}

// Dates written with names ("Sun Jul 10 03:55:21 2005", "Jun 9"): a month before a day
// number, or a weekday before a month, is a date part like the time after it. True when
// `tok` was one and became <TS>.
bool emitNamedDate(std::string_view tok, std::string_view next, MaskedMessage &out,
                   std::vector<quint32> &offsets)
{
    if (next.empty() || tok.size() < 3 || tok.size() > 10 || !isAlpha(tok[0]) ||
        !(isDigit(next[0]) || isAlpha(next[0])))
        return false;
    const bool date = isDigit(next[0]) ? dayNumber(next) && calendarWord(tok, 1) == 1
                                       : calendarWord(tok, 2) == 2 && calendarWord(next, 1) == 1;
    if (!date)
        return false;
    if (!out.text.empty())
        out.text += ' ';
    const quint32 start = quint32(out.text.size());
    out.text += "<TS>";
    closeToken(out, start, offsets);
    return true;
}

enum class UnitPair
{
    None,     // `tok` is not a number followed by a unit word
    Restated, // a parenthesised restatement of the value before: dropped with its unit
    Emitted   // <DUR> or <NUM> with the unit's closing punctuation
};

// Number + unit pairs ("5 seconds", "(0.39 KB)"): the unit word `next` is consumed with it.
UnitPair emitNumberWithUnit(std::string_view tok, std::string_view next, MaskedMessage &out,
                            std::vector<quint32> &offsets)
{
    std::string_view numPrefix;
    const std::string_view num = next.empty() ? std::string_view() : numberCore(tok, &numPrefix);
    const int unit = num.empty() ? 0 : unitWord(next);
    if (unit == 0)
        return UnitPair::None;
    // A parenthesised restatement right after a value adds nothing: "403 bytes (0.39 KB)".
    if (numPrefix == "(" && next.back() == ')' && out.text.size() >= 1 && out.text.back() == '>')
        return UnitPair::Restated;
    if (!out.text.empty())
        out.text += ' ';
    const quint32 start = quint32(out.text.size());
    out.text.append(numPrefix);
    out.text += unit == 1 ? "<DUR>" : "<NUM>";
    size_t c = next.size();
    while (c > 0 && isCloser(next[c - 1]))
        --c;
    out.text.append(next.substr(c));
    closeToken(out, start, offsets);
    return UnitPair::Emitted;
}

// The tokens as views of the finished text, and its hash.
void finishMasked(MaskedMessage &out, const std::vector<quint32> &offsets)
{
    out.tokens.reserve(offsets.size() / 2);
    const std::string_view text(out.text);
    for (size_t k = 0; k + 1 < offsets.size(); k += 2)
        out.tokens.push_back(text.substr(offsets[k], offsets[k + 1] - offsets[k]));
    const Hash128 h = hashFast128(text);
    out.hash = h.lo;
    out.hashHi = h.hi;
}

} // namespace

void maskBuiltin(std::string_view msg, size_t maxTokens, MaskedMessage &out)
{
    thread_local std::vector<quint32> offsets; // start, end pairs into out.text
    offsets.clear();
    out.text.reserve(msg.size() + 16);
    Emitter emitter{out};
    bool afterBearer = false;
    thread_local std::vector<std::string_view> raw;
    raw.clear();
    const bool lines = splitRaw(msg, raw);
    if (maskByShape(msg, maxTokens, lines, raw, out))
        return;
    size_t count = 0;
    for (size_t t = 0; t < raw.size(); ++t) {
        const std::string_view tok = raw[t];
        const std::string_view next = t + 1 < raw.size() ? raw[t + 1] : std::string_view();
        if (emitNamedDate(tok, next, out, offsets)) {
            ++count;
            afterBearer = false;
            continue;
        }
        if ((tok[0] == '\'' || tok[0] == '"') && emitQuotedSpan(raw, t, out, offsets)) {
            ++count;
            afterBearer = false;
            continue;
        }
        if (const UnitPair pair = emitNumberWithUnit(tok, next, out, offsets);
            pair != UnitPair::None) {
            ++t; // the unit word is consumed
            if (pair == UnitPair::Emitted) {
                ++count;
                afterBearer = false;
            }
            continue;
        }
        if (!out.text.empty())
            out.text += ' ';
        const quint32 start = quint32(out.text.size());
        if (maxTokens > 0 && count + 1 >= maxTokens && t + 1 < raw.size()) {
            // Fold the rest into one wildcard so huge messages cost a bounded template.
            out.text += "<*>";
            out.truncated = true;
            closeToken(out, start, offsets);
            break;
        }
        emitter.token(tok, afterBearer);
        afterBearer = lowerEquals(tok, "bearer");
        closeToken(out, start, offsets);
        ++count;
    }
    finishMasked(out, offsets);
}

} // namespace gardener::clustering::detail
