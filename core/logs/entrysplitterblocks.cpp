// The inside of an entry, 64 bytes at a time. Most of an export is the inside of entries, and
// most of that is string content in which only the closing quote matters; the byte loop in
// entrysplitter.cpp stops at every quote, bracket and newline. Here each block becomes bit
// masks (core/logs/jsonblock.h), and only the brackets outside strings (and, where they
// matter, newlines and possible "entries" keys) are looked at one by one.
//
// Whatever needs the byte loop's rules hands back to it at that byte with the same state the
// byte loop would have there: a newline in JSON Lines (it may end a cut entry), a member key
// that may be "entries" (the object may be a page), a backslash outside a string (invalid JSON,
// whose reading the byte loop defines), and the last bytes of the buffer.
#include "core/logs/entrysplitter.h"
#include "core/logs/jsonblock.h"

#include <bit>

namespace gardener {

#if defined(GARDENER_JSON_BLOCKS)

EntrySplitter::Step EntrySplitter::scanBlocks(const char *buf, quint64 base, size_t &i, size_t end,
                                              Sink &sink, bool jsonLines)
{
    using namespace jsonblock;
    constexpr uint64_t kAll = ~uint64_t(0);
    uint64_t inside = m_inString ? kAll : 0; // the block starts inside a string
    uint64_t carry = 0;                      // m_escape is false here (see scanNested)
    // One byte past the block is read too (an 'e' after a quote in its last byte).
    while (i + 65 <= end) {
        const char *block = buf + i;
        const Masks m = classify(block);
        const uint64_t carryIn = carry;
        const uint64_t escaped = escapedBytes(m.backslash, carry);
        const uint64_t quotes = m.quote & ~escaped;
        const uint64_t strings = prefixXor(quotes) ^ inside;
        if ((m.backslash & ~strings) != 0) {
            m_bytesUntil = base + i + 64;
            carry = carryIn;
            break;
        }
        const uint64_t newlines = m.newline & ~escaped;
        uint64_t events = m.bracket & ~strings;
        if (jsonLines)
            events |= newlines;
        if (m_candidate) {
            const uint64_t eNext = (m.lowerE >> 1) | (uint64_t(block[64] == 'e') << 63);
            events |= quotes & strings & eNext; // strings opening with 'e'
        }
        // Lines before byte `at` of this block, for the byte loop's line numbers.
        const auto linesBefore = [&](int at) {
            return at == 0 ? 0 : std::popcount(newlines & (kAll >> (64 - at)));
        };
        while (events != 0) {
            const int at = std::countr_zero(events);
            events &= events - 1;
            switch (block[at]) {
            case '{':
            case '[':
                ++m_depth;
                break;
            case '}':
            case ']':
                if (--m_depth != m_itemDepth)
                    break;
                if (!jsonLines)
                    m_line += linesBefore(at);
                i += size_t(at) + 1;
                m_inString = false;
                if (m_mode == Mode::Item)
                    endItem(buf, base, base + i, sink);
                else
                    m_mode = Mode::List; // the page is done
                return Step::Leave;
            case '\n':
            case '"':
                if (block[at] == '"' && m_depth != m_itemDepth + 1)
                    break; // not a member key: cannot make a page
                if (!jsonLines)
                    m_line += linesBefore(at);
                i += size_t(at);
                m_inString = ((strings >> at) & 1) != 0 && block[at] == '\n';
                return Step::On;
            default:
                break; // 'Y', '_', 'y' or 0x7f outside a string: not ours to judge
            }
        }
        if (!jsonLines)
            m_line += std::popcount(newlines);
        inside = (strings >> 63) != 0 ? kAll : 0;
        i += 64;
    }
    m_inString = inside != 0;
    m_escape = carry != 0;
    return Step::On;
}

#else

EntrySplitter::Step EntrySplitter::scanBlocks(const char *, quint64, size_t &, size_t, Sink &, bool)
{
    m_blocks = false;
    return Step::On;
}

#endif

} // namespace gardener
