#include "core/clustering/maskerrules.h"

#include "core/clustering/maskbytes.h"
#include "core/clustering/maskemitter.h"
#include "core/clustering/messageshapes.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gardener::clustering::detail {
namespace {

// "sec", "KB", "seconds": a unit that makes the number before it one value.
int unitWord(std::string_view w)
{
    // Runs after every number: turn words away by first letter (which trimming the closing
    // punctuation cannot remove) and length before the lists.
    constexpr quint32 initials = (1u << ('n' - 'a')) | (1u << ('u' - 'a')) | (1u << ('m' - 'a')) |
                                 (1u << ('s' - 'a')) | (1u << ('h' - 'a')) | (1u << ('d' - 'a')) |
                                 (1u << ('b' - 'a')) | (1u << ('k' - 'a')) | (1u << ('g' - 'a')) |
                                 (1u << ('t' - 'a'));
    if (w.empty() || !isAlpha(w[0]) || !(initials & (1u << ((w[0] | 0x20) - 'a'))))
        return 0;
    while (isCloser(w.back()))
        w.remove_suffix(1);
    if (w.size() > 7)
        return 0;
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

constexpr quint32 initialsOf(const char *letters)
{
    quint32 m = 0;
    for (; *letters; ++letters)
        m |= 1u << (*letters - 'a');
    return m;
}
constexpr quint32 kMonthInitials = initialsOf("jfmasond"), kWeekdayInitials = initialsOf("mtwfs");

// Whether the letter `c`, in any case, is one of `initials`.
inline bool startsName(char c, quint32 initials)
{
    return initials & (1u << ((c | 0x20) - 'a'));
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
    if (c0 < 'a' || c0 > 'z' ||
        !((kind == 1 ? kMonthInitials : kWeekdayInitials) & (1u << (c0 - 'a'))))
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
    if (isAlpha(t[0])) // a word: neither opening punctuation nor a number
        return {};
    size_t b = 0;
    while (b < t.size() && (isOpener(t[b]) || t[b] == '>'))
        ++b;
    std::string_view core = t.substr(b);
    if (core.empty() || numberClass(core) != NumberClass::Plain)
        return {};
    *prefix = t.substr(0, b);
    return core;
}

// `http`: a token after the first starts with "HTTP/" (splitRaw saw it).
bool mayBeRequestLine(std::span<const std::string_view> raw, bool http)
{
    return http || (raw.size() >= 2 && raw.size() <= 3 && raw[1][0] == '/');
}

// Where a quoted span of several words that opens with `first` closes: the index of the token
// ending in the same quote (before trailing punctuation), at most eight tokens on; 0 if none.
size_t quotedSpanEnd(std::span<const std::string_view> raw, size_t first)
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

// The masked text and where each of its tokens starts and ends, as they are written.
struct MaskedText
{
    TextWriter text;
    quint32 *bounds; // start, end pairs into text, room for one pair per raw token

    void space()
    {
        if (!text.empty())
            text.put(' ');
    }
    // Records the text from `start` to the end as one token.
    void close(quint32 start)
    {
        bounds[0] = start;
        bounds[1] = text.size();
        bounds += 2;
    }
};

// Free text in quotes ("query 'lamp garden'") is one value, whatever its word count: emits
// "<STR>" for the span starting at raw[t] and moves t to its last token; false if none.
bool emitQuotedSpan(std::span<const std::string_view> raw, size_t &t, MaskedText &out)
{
    const size_t close = quotedSpanEnd(raw, t);
    if (close == 0)
        return false;
    out.space();
    const quint32 start = out.text.size();
    out.text.put("<STR>");
    const std::string_view last = raw[close];
    out.text.put(last.substr(last.rfind(raw[t][0]) + 1));
    out.close(start);
    t = close;
    return true;
}

// Request and access lines and stack traces are masked by their structure (messageshapes.h);
// what the split saw (line breaks, a method or "HTTP/") tells which messages may be one, so
// the others cost nothing more. Not re-entered: a shape masks its prefix the usual way.
bool maskByShape(std::string_view msg, size_t maxTokens, bool lines, bool http,
                 std::span<const std::string_view> raw, MaskedMessage &out)
{
    thread_local bool shaping = false;
    if (shaping || !(lines || mayBeRequestLine(raw, http)))
        return false;
    shaping = true;
    const bool shaped = maskShaped(msg, maxTokens, out);
    shaping = false;
    return shaped;
}

// The tokens of one message, written through a pointer into room maskBuiltin makes once for
// the most a message of its length can hold: a vector's capacity check and call per token
// were a twentieth of the masking.
struct RawTokens
{
    std::string_view *begin;
    std::string_view *end;
    bool http = false; // a token after the first starts with "HTTP/" (of a request line)

    // Appends the token at [p, p + length).
    void add(const char *p, size_t length)
    {
        if (*p == 'H' && length >= 6 && end != begin && std::memcmp(p, "HTTP/", 5) == 0)
            http = true;
        *end++ = std::string_view(p, length);
    }
    std::span<const std::string_view> span() const { return {begin, size_t(end - begin)}; }
};

#if defined(__SSE2__)
// Bit k set when byte k of the 64 at `p` separates tokens (isSep); `newline` gets the '\n's.
quint64 separatorMask(const char *p, quint64 &newline)
{
    const __m128i space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7f);
    const __m128i lf = _mm_set1_epi8('\n');
    quint64 sep = 0, nl = 0;
#pragma GCC unroll 4 // constant shifts: GCC at -O2 keeps the loop and shifts by a register
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
        const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, space), v); // v <= 0x20, unsigned
        const __m128i s = _mm_or_si128(low, _mm_cmpeq_epi8(v, del));
        sep |= quint64(quint32(_mm_movemask_epi8(s))) << (16 * k);
        nl |= quint64(quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)))) << (16 * k);
    }
    newline = nl;
    return sep;
}

// splitRaw splits the message at separators into `raw` and says whether it spans several lines:
// one scan, so the masking loop can look one token ahead without rescanning.

// 64 bytes a step: splitting is the one loop that touches every byte of every message, and a
// token's ends are the edges of the block's mask, found without a branch per byte.
bool splitRaw(std::string_view msg, RawTokens &raw)
{
    const char *const base = msg.data();
    const size_t n = msg.size();
    bool lines = false;
    bool open = false; // a token runs on from the previous block
    size_t start = 0;
    char tail[64];
    for (size_t at = 0; at < n; at += 64) {
        const char *block = base + at;
        if (n - at < 64) { // the message's last bytes, then spaces: never read past its end
            std::memset(tail, ' ', sizeof tail);
            std::memcpy(tail, block, n - at);
            block = tail;
        }
        quint64 newline = 0;
        const quint64 word = ~separatorMask(block, newline);
        lines = lines || newline != 0;
        // Bit k: byte k starts a token (when none is open) or ends the open one.
        for (quint64 edges = word ^ ((word << 1) | quint64(open)); edges != 0; edges &= edges - 1) {
            const size_t k = at + size_t(std::countr_zero(edges));
            if (open)
                raw.add(base + start, k - start);
            else
                start = k;
            open = !open;
        }
    }
    if (open)
        raw.add(base + start, n - start);
    return lines;
}
#else
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

bool splitRaw(std::string_view msg, RawTokens &raw)
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
        raw.add(p, size_t(q - p));
        p = q;
    }
    return lines;
}
#endif

// Dates written with names ("Sun Jul 10 03:55:21 2005", "Jun 9"): a month before a day
// number, or a weekday before a month, is a date part like the time after it. True when
// `tok` was one and became <TS>.
bool emitNamedDate(std::string_view tok, std::string_view next, MaskedText &out)
{
    if (next.empty() || tok.size() < 3 || tok.size() > 10 || !isAlpha(tok[0]) ||
        !(isDigit(next[0]) || isAlpha(next[0])))
        return false;
    // Both words are looked at for nearly every pair of words: their first letters (`tok`'s
    // and, for a weekday, `next`'s are letters here) turn most pairs away before a call.
    const bool date =
        isDigit(next[0])
            ? startsName(tok[0], kMonthInitials) && dayNumber(next) && calendarWord(tok, 1) == 1
            : startsName(tok[0], kWeekdayInitials) && startsName(next[0], kMonthInitials) &&
                  calendarWord(tok, 2) == 2 && calendarWord(next, 1) == 1;
    if (!date)
        return false;
    out.space();
    const quint32 start = out.text.size();
    out.text.put("<TS>");
    out.close(start);
    return true;
}

enum class UnitPair
{
    None,     // `tok` is not a number followed by a unit word
    Restated, // a parenthesised restatement of the value before: dropped with its unit
    Emitted   // <DUR> or <NUM> with the unit's closing punctuation
};

// Number + unit pairs ("5 seconds", "(0.39 KB)"): the unit word `next` is consumed with it.
UnitPair emitNumberWithUnit(std::string_view tok, std::string_view next, MaskedText &out)
{
    // A word is turned away on its first letter; then the unit word, on its length and first
    // letter, before the number check scans every digit of `tok`.
    const int unit = next.empty() || isAlpha(tok[0]) ? 0 : unitWord(next);
    std::string_view numPrefix;
    if (unit == 0 || numberCore(tok, &numPrefix).empty())
        return UnitPair::None;
    // A parenthesised restatement right after a value adds nothing: "403 bytes (0.39 KB)".
    if (numPrefix == "(" && next.back() == ')' && !out.text.empty() && out.text.back() == '>')
        return UnitPair::Restated;
    out.space();
    const quint32 start = out.text.size();
    out.text.put(numPrefix);
    out.text.put(unit == 1 ? std::string_view("<DUR>") : std::string_view("<NUM>"));
    size_t c = next.size();
    while (c > 0 && isCloser(next[c - 1]))
        --c;
    out.text.put(next.substr(c));
    out.close(start);
    return UnitPair::Emitted;
}

// The finished text into `out`, the tokens as views of it, and its hash.
void finishMasked(MaskedMessage &out, const MaskedText &masked, const quint32 *bounds)
{
    out.text.assign(masked.text.data(), masked.text.size());
    const std::string_view text(out.text);
    if (out.withTokens) {
        const size_t count = size_t(masked.bounds - bounds) / 2;
        out.tokens.reserve(out.tokens.size() + count);
        for (size_t k = 0; k < count; ++k)
            out.tokens.push_back(text.substr(bounds[2 * k], bounds[2 * k + 1] - bounds[2 * k]));
    }
    const Hash128 h = hashFast128(text);
    out.hash = h.lo;
    out.hashHi = h.hi;
}

} // namespace

void maskBuiltin(std::string_view msg, size_t maxTokens, MaskedMessage &out)
{
    // Tokens are separated by at least one byte: a message holds at most (bytes + 1) / 2.
    thread_local std::vector<std::string_view> rawRoom;
    if (const size_t most = msg.size() / 2 + 1; rawRoom.size() < most)
        rawRoom.resize(std::max(most, 2 * rawRoom.size()));
    RawTokens split{rawRoom.data(), rawRoom.data()};
    const bool lines = splitRaw(msg, split);
    const std::span<const std::string_view> raw = split.span();
    if (maskByShape(msg, maxTokens, lines, split.http, raw, out))
        return;
    // Sized once for the message: the writer then never checks for room. Text already in `out`
    // is kept ahead of this message's.
    thread_local std::unique_ptr<char[]> buffer;
    thread_local size_t bufferSize = 0;
    thread_local std::vector<quint32> bounds;
    const size_t need = out.text.size() + maskOutputBound(msg.size());
    if (need > bufferSize) {
        bufferSize = std::max(need, 2 * bufferSize);
        buffer = std::make_unique_for_overwrite<char[]>(bufferSize);
    }
    if (bounds.size() < 2 * raw.size())
        bounds.resize(2 * raw.size());
    MaskedText masked{TextWriter(buffer.get()), bounds.data()};
    masked.text.put(out.text);
    Emitter emitter(masked.text, out);
    bool afterBearer = false;
    size_t count = 0;
    for (size_t t = 0; t < raw.size(); ++t) {
        const std::string_view tok = raw[t];
        const std::string_view next = t + 1 < raw.size() ? raw[t + 1] : std::string_view();
        if (emitNamedDate(tok, next, masked)) {
            ++count;
            afterBearer = false;
            continue;
        }
        if ((tok[0] == '\'' || tok[0] == '"') && emitQuotedSpan(raw, t, masked)) {
            ++count;
            afterBearer = false;
            continue;
        }
        if (const UnitPair pair = emitNumberWithUnit(tok, next, masked); pair != UnitPair::None) {
            ++t; // the unit word is consumed
            if (pair == UnitPair::Emitted) {
                ++count;
                afterBearer = false;
            }
            continue;
        }
        masked.space();
        const quint32 start = masked.text.size();
        if (maxTokens > 0 && count + 1 >= maxTokens && t + 1 < raw.size()) {
            // Fold the rest into one wildcard so huge messages cost a bounded template.
            masked.text.put("<*>");
            out.truncated = true;
            masked.close(start);
            break;
        }
        emitter.token(tok, afterBearer);
        afterBearer = lowerEquals(tok, "bearer");
        masked.close(start);
        ++count;
    }
    finishMasked(out, masked, bounds.data());
}

} // namespace gardener::clustering::detail
