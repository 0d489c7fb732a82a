// EntrySplitter::scanBlocks' body, compiled once per way of classifying a block. No include
// guard on purpose: entrysplitterblocks.cpp includes it for SSE2 lanes and again inside an AVX2
// target region, with GARDENER_SCAN_BLOCKS (the member's name) and GARDENER_CLASSIFY (the
// function that turns 64 bytes into jsonblock::Masks) defined. It defines nothing else, so no
// inline function is compiled for AVX2 under a name baseline code also uses.
#ifndef GARDENER_SCAN_BLOCKS
#error                                                                                             \
    "define GARDENER_SCAN_BLOCKS and GARDENER_CLASSIFY before including entrysplitterblocksbody.h"
#endif

EntrySplitter::Step EntrySplitter::GARDENER_SCAN_BLOCKS(const char *buf, quint64 base, size_t &i,
                                                        size_t end, Sink &sink, bool jsonLines)
{
    using namespace jsonblock;
    constexpr uint64_t kAll = ~uint64_t(0);
    uint64_t inside = m_inString ? kAll : 0; // the block starts inside a string
    uint64_t carry = 0;                      // m_escape is false here (see scanNested)
    // One byte past the block is read too (an 'e' after a quote in its last byte).
    while (i + 65 <= end) {
        const char *block = buf + i;
        const Masks m = GARDENER_CLASSIFY(block);
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
