#include "core/logs/entrysplitter.h"

#include <array>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace gardener {
namespace {

// Bytes that end a run inside a string, and outside strings inside an entry.
constexpr std::array<bool, 256> makeTable(std::string_view stops)
{
    std::array<bool, 256> t{};
    for (char c : stops)
        t[static_cast<unsigned char>(c)] = true;
    return t;
}
constexpr auto kStringStop = makeTable("\"\\\n");
constexpr auto kNestedStop = makeTable("\"{}[]\n");

inline size_t skipString(const char *buf, size_t i, size_t end)
{
#ifdef __SSE2__
    // Most of an export is string content: look at 16 bytes at a time.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i newline = _mm_set1_epi8('\n');
    while (i + 16 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(buf + i));
        const __m128i hit =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                         _mm_cmpeq_epi8(v, newline));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        i += 16;
    }
#endif
    while (i < end && !kStringStop[static_cast<unsigned char>(buf[i])])
        ++i;
    return i;
}

QString describeByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

} // namespace

EntrySplitter::EntrySplitter(size_t maxEntryBytes, Scan scan)
    : m_maxEntryBytes(maxEntryBytes), m_blocks(scan != Scan::Bytes),
      m_avx2(scan == Scan::Blocks && avx2Runs())
{
    m_lists.push_back({0, ListKind::Stream, 0});
}

quint64 EntrySplitter::keepFrom() const
{
    if (m_mode == Mode::Item && m_itemKind == ItemKind::Object && !m_oversize)
        return m_itemStart;
    return m_pos;
}

void EntrySplitter::scan(const char *buffer, quint64 base, size_t length, Sink &sink)
{
    size_t i = static_cast<size_t>(m_pos - base);
    if (m_pos == 0 && base == 0 && length >= 3 && std::memcmp(buffer, "\xEF\xBB\xBF", 3) == 0)
        i = 3; // a UTF-8 byte order mark, as some Windows tools write
    while (i < length) {
        switch (m_mode) {
        case Mode::List:
            scanList(buffer, base, i, length, sink);
            break;
        case Mode::Item:
        case Mode::Page:
            scanNested(buffer, base, i, length, sink);
            break;
        case Mode::Scalar:
            scanScalar(buffer, base, i, length, sink);
            break;
        case Mode::SkipLine:
            scanSkipLine(buffer, i, length);
            break;
        case Mode::Dead:
            i = length;
            break;
        }
    }
    m_pos = base + length;
    if (m_mode == Mode::Item && m_itemKind == ItemKind::Object && !m_oversize &&
        m_pos - m_itemStart > m_maxEntryBytes)
        m_oversize = true; // stop keeping its bytes; reported when it ends
}

// '[' in a list: a list of its own in a stream of lists, else an entry that is an array.
Q_ALWAYS_INLINE void EntrySplitter::openList(ListContext &list, quint64 at)
{
    if (list.kind == ListKind::Stream) {
        if (m_layout == Layout::Unknown)
            m_layout = Layout::Array;
        ++m_depth;
        m_lists.push_back({m_depth, ListKind::Array, at});
    } else {
        ++list.items;
        beginItem(ItemKind::Array, at, false);
        ++m_depth;
        m_mode = Mode::Item;
    }
}

// ']' at buf[i] in a list: the list ends (a list of entries hands back to its page), or, in a
// stream, garbage. True when the scan leaves.
Q_ALWAYS_INLINE bool EntrySplitter::closeList(ListContext &list, quint64 base, size_t &i,
                                              Sink &sink)
{
    if (list.kind == ListKind::Stream) {
        garbage(base + i, ']', sink);
        return true;
    }
    const bool wasEntries = list.kind == ListKind::Entries;
    m_lists.pop_back();
    --m_depth;
    ++i;
    if (!wasEntries)
        return false;
    m_itemDepth = m_pageItemDepth;
    m_mode = Mode::Page;
    return true;
}

void EntrySplitter::scanList(const char *buf, quint64 base, size_t &i, size_t end, Sink &sink)
{
    while (i < end) {
        const char c = buf[i];
        ListContext &list = m_lists.back();
        switch (c) {
        case ' ':
        case '\t':
        case '\r':
        case ',': // separators between entries; a stray comma between lines is harmless
            ++i;
            continue;
        case '\n':
            ++m_line;
            ++i;
            continue;
        case '{':
            m_sawValue = true;
            ++list.items;
            beginItem(ItemKind::Object, base + i, list.kind != ListKind::Entries);
            ++m_depth;
            ++i;
            m_mode = Mode::Item;
            return;
        case '[':
            m_sawValue = true;
            openList(list, base + i);
            ++i;
            return;
        case ']':
            if (closeList(list, base, i, sink))
                return;
            continue;
        case '"':
            if (list.kind == ListKind::Stream) {
                garbage(base + i, c, sink);
                return;
            }
            ++list.items;
            beginItem(ItemKind::String, base + i, false);
            m_inString = true;
            ++i;
            m_mode = Mode::Item;
            return;
        default:
            if (list.kind == ListKind::Stream) {
                garbage(base + i, c, sink);
                return;
            }
            if (c == '}') {
                sink.problem(base + i, m_line,
                             QStringLiteral("unexpected '}' in the list of entries"), false);
                ++i;
                continue;
            }
            ++list.items;
            beginItem(ItemKind::Object, base + i, false); // kind fixed in badElement
            m_mode = Mode::Scalar;
            return;
        }
    }
}

void EntrySplitter::garbage(quint64 at, char c, Sink &sink)
{
    if (!m_sawValue) {
        // The very first thing in the input is not JSON: not an export at all.
        m_notJson = true;
        m_mode = Mode::Dead;
        sink.problem(at, m_line,
                     QStringLiteral("not a JSON log export: found %1 where '[' or '{' should "
                                    "start the input")
                         .arg(describeByte(c)),
                     false);
        return;
    }
    sink.problem(at, m_line,
                 QStringLiteral("unexpected %1 between entries; skipped the rest of the line")
                     .arg(describeByte(c)),
                 true);
    m_mode = Mode::SkipLine;
}

void EntrySplitter::scanSkipLine(const char *buf, size_t &i, size_t end)
{
    const void *nl = std::memchr(buf + i, '\n', end - i);
    if (!nl) {
        i = end;
        return;
    }
    i = static_cast<size_t>(static_cast<const char *>(nl) - buf) + 1;
    ++m_line;
    m_mode = Mode::List;
}

void EntrySplitter::scanScalar(const char *buf, quint64 base, size_t &i, size_t end, Sink &sink)
{
    while (i < end) {
        const char c = buf[i];
        if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            badElement("a number or literal", sink);
            m_mode = Mode::List;
            return;
        }
        ++i;
    }
    (void)base;
}

void EntrySplitter::beginItem(ItemKind kind, quint64 at, bool candidate)
{
    m_itemKind = kind;
    m_itemStart = at;
    m_itemLine = m_line;
    m_itemDepth = m_depth;
    m_candidate = candidate && kind == ItemKind::Object;
    m_oversize = false;
    m_keyStart = kNone;
    m_entriesKey = 0;
    m_lineStart = false;
}

void EntrySplitter::badElement(const char *found, Sink &sink)
{
    sink.problem(m_itemStart, m_itemLine,
                 QStringLiteral("element %1 of the list is %2, not a LogEntry object")
                     .arg(m_lists.back().items)
                     .arg(QLatin1String(found)),
                 true);
}

void EntrySplitter::becomePage(quint64 at)
{
    // A candidate object turned out to be an API response page: its "entries" array lists
    // the entries; the page itself is no longer kept.
    ++m_pages;
    if (m_layout == Layout::Unknown)
        m_layout = Layout::Pages;
    m_pageStart = m_itemStart;
    m_pageLine = m_itemLine;
    m_pageItemDepth = m_itemDepth;
    m_candidate = false;
    m_entriesKey = 0;
    m_lists.push_back({m_depth, ListKind::Entries, at});
    m_mode = Mode::List;
}

void EntrySplitter::endItem(const char *buf, quint64 base, quint64 endOffset, Sink &sink)
{
    m_mode = Mode::List;
    m_lineStart = false;
    if (m_itemKind == ItemKind::Array) {
        badElement("an array", sink);
        return;
    }
    if (m_itemKind == ItemKind::String) {
        badElement("a string", sink);
        return;
    }
    const quint64 length = endOffset - m_itemStart;
    if (m_oversize || length > m_maxEntryBytes) {
        sink.problem(m_itemStart, m_itemLine,
                     QStringLiteral("entry of %1 bytes is larger than the limit of %2 bytes")
                         .arg(length)
                         .arg(m_maxEntryBytes),
                     true);
        m_oversize = false;
        return;
    }
    if (m_layout == Layout::Unknown)
        m_layout = Layout::Lines;
    sink.entry(buf + (m_itemStart - base), static_cast<size_t>(length), m_itemStart, m_itemLine);
}

void EntrySplitter::abandonItem(quint64 at, const QString &why, Sink &sink)
{
    Q_UNUSED(at);
    sink.problem(m_itemStart, m_itemLine, why, true);
    m_mode = Mode::List;
    m_inString = false;
    m_escape = false;
    m_depth = m_itemDepth;
    m_keyStart = kNone;
    m_entriesKey = 0;
    m_oversize = false;
    m_lineStart = false;
}

// Inside a string of an item or page: skips to its end. A raw newline inside a string is
// invalid JSON; in JSON Lines it means the line was cut, and the entry ends there so the next
// line still loads.
Q_ALWAYS_INLINE EntrySplitter::Step EntrySplitter::stringStep(const char *buf, quint64 base,
                                                              size_t &i, size_t end, Sink &sink,
                                                              bool jsonLines)
{
    if (m_escape) {
        m_escape = false;
        ++i;
        return Step::Again;
    }
    i = skipString(buf, i, end);
    if (i == end)
        return Step::Leave;
    const char c = buf[i];
    if (c == '\\') {
        if (i + 1 < end) {
            i += 2;
        } else {
            m_escape = true;
            ++i;
        }
        return Step::Again;
    }
    if (c == '"') {
        m_inString = false;
        if (m_keyStart != kNone) {
            const quint64 keyEnd = base + i;
            if (m_keyStart >= base && keyEnd - m_keyStart == 7 &&
                std::memcmp(buf + (m_keyStart - base), "entries", 7) == 0)
                m_entriesKey = 1;
            m_keyStart = kNone;
        }
        ++i;
        if (m_mode == Mode::Item && m_itemKind == ItemKind::String) {
            endItem(buf, base, base + i, sink);
            return Step::Leave;
        }
        return Step::Again;
    }
    ++m_line;
    ++i;
    if (jsonLines) {
        abandonItem(base + i,
                    QStringLiteral("line ends inside a string (cut or "
                                   "corrupted entry)"),
                    sink);
        return Step::Leave;
    }
    return Step::Again;
}

// After a key "entries": its ':' and '[' make the list of entries of a page.
Q_ALWAYS_INLINE EntrySplitter::Step EntrySplitter::entriesKeyStep(const char *buf, quint64 base,
                                                                  size_t &i)
{
    const char c = buf[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        if (c == '\n')
            ++m_line;
        ++i;
        return Step::Again;
    }
    if (c == ':' && m_entriesKey == 1) {
        m_entriesKey = 2;
        ++i;
        return Step::Again;
    }
    if (c == '[' && m_entriesKey == 2) {
        ++m_depth;
        ++i;
        becomePage(base + i - 1);
        return Step::Leave;
    }
    m_entriesKey = 0;
    return Step::On;
}

// The structural byte at buf[i] (one of kNestedStop).
Q_ALWAYS_INLINE EntrySplitter::Step
EntrySplitter::structureStep(const char *buf, quint64 base, size_t &i, Sink &sink, bool jsonLines)
{
    switch (buf[i]) {
    case '{':
    case '[':
        ++m_depth;
        ++i;
        break;
    case '}':
    case ']':
        --m_depth;
        ++i;
        if (m_depth == m_itemDepth) {
            if (m_mode == Mode::Item) {
                endItem(buf, base, base + i, sink);
            } else {
                m_mode = Mode::List; // the page is done
            }
            return Step::Leave;
        }
        break;
    case '"':
        m_inString = true;
        if (m_candidate && m_depth == m_itemDepth + 1)
            m_keyStart = base + i + 1;
        ++i;
        break;
    case '\n':
        ++m_line;
        ++i;
        if (jsonLines)
            m_lineStart = true;
        break;
    }
    return Step::Again;
}

void EntrySplitter::scanNested(const char *buf, quint64 base, size_t &i, size_t end, Sink &sink)
{
    const bool jsonLines = m_mode == Mode::Item && m_lists.size() == 1;
    const bool blocks = m_blocks && (m_mode == Mode::Page || m_itemKind != ItemKind::String);
    while (i < end) {
        if (blocks && !m_escape && m_entriesKey == 0 && !m_lineStart && m_keyStart == kNone &&
            base + i >= m_bytesUntil) {
            const Step step = m_avx2 ? scanBlocksAvx2(buf, base, i, end, sink, jsonLines)
                                     : scanBlocks(buf, base, i, end, sink, jsonLines);
            if (step == Step::Leave || i == end)
                return;
        }
        if (m_inString) {
            if (stringStep(buf, base, i, end, sink, jsonLines) == Step::Leave)
                return;
            continue;
        }
        if (m_entriesKey != 0) {
            const Step step = entriesKeyStep(buf, base, i);
            if (step == Step::Leave)
                return;
            if (step == Step::Again)
                continue;
        }
        if (m_lineStart) {
            m_lineStart = false;
            if (buf[i] == '{') {
                abandonItem(base + i,
                            QStringLiteral("entry is unfinished where line %1 starts a new one")
                                .arg(m_line),
                            sink);
                return;
            }
        }

        while (i < end && !kNestedStop[static_cast<unsigned char>(buf[i])])
            ++i;
        if (i == end)
            return;
        if (structureStep(buf, base, i, sink, jsonLines) == Step::Leave)
            return;
    }
}

void EntrySplitter::finish(Sink &sink)
{
    switch (m_mode) {
    case Mode::Item:
        sink.problem(m_itemStart, m_itemLine,
                     QStringLiteral("input ends inside this entry (file cut short?)"), true);
        break;
    case Mode::Scalar:
        badElement("a number or literal", sink);
        break;
    case Mode::Page:
        sink.problem(m_pageStart, m_pageLine,
                     QStringLiteral("input ends inside the response page that starts here"), false);
        break;
    case Mode::List:
        if (m_lists.size() > 1)
            sink.problem(m_lists.back().openedAt, -1,
                         QStringLiteral("input ends before the ']' that closes the list of "
                                        "entries opened here (file cut short?)"),
                         false);
        break;
    case Mode::SkipLine:
    case Mode::Dead:
        break;
    }
    if (!m_sawValue && !m_notJson && m_mode != Mode::Dead)
        m_layout = Layout::Unknown;
    m_mode = Mode::Dead;
}

} // namespace gardener
