#pragma once

// 64 bytes of JSON at a time as bit masks (bit k = byte k), for finding where strings and
// brackets are without looking at each byte in turn: the structural scan simdjson's first
// stage is built on, in the few masks the entry splitter needs. SSE2 only, so every x86-64
// build has it; elsewhere the splitter keeps its byte loop.

#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#define GARDENER_JSON_BLOCKS 1
#endif

namespace gardener::jsonblock {

#if defined(GARDENER_JSON_BLOCKS)

struct Masks
{
    uint64_t quote = 0;     // '"'
    uint64_t backslash = 0; // '\\'
    uint64_t newline = 0;   // '\n'
    // '{', '}', '[' and ']', and also 'Y', '_', 'y' and 0x7f: one AND and one compare find
    // all four brackets; the caller looks at the byte, and outside strings those four others
    // are not valid JSON anyway.
    uint64_t bracket = 0;
    uint64_t lowerE = 0; // 'e'
};

inline uint64_t movemask16(__m128i hits)
{
    return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(hits)));
}

// `p` must have 64 readable bytes.
inline Masks classify(const char *p)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i bracketBits = _mm_set1_epi8(static_cast<char>(0xd9));
    const __m128i bracketValue = _mm_set1_epi8(0x59);
    const __m128i lowerE = _mm_set1_epi8('e');
    Masks m;
    // Unrolled so that each lane's shift is a constant (GCC at -O2 kept the loop, and a shift
    // by a register is several micro-ops).
#pragma GCC unroll 4
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
        const int shift = 16 * k;
        m.quote |= movemask16(_mm_cmpeq_epi8(v, quote)) << shift;
        m.backslash |= movemask16(_mm_cmpeq_epi8(v, backslash)) << shift;
        m.newline |= movemask16(_mm_cmpeq_epi8(v, newline)) << shift;
        m.bracket |= movemask16(_mm_cmpeq_epi8(_mm_and_si128(v, bracketBits), bracketValue))
                     << shift;
        m.lowerE |= movemask16(_mm_cmpeq_epi8(v, lowerE)) << shift;
    }
    return m;
}

#endif

// The bytes a backslash escapes: each unescaped backslash escapes the byte after it, so a run
// of backslashes escapes every second one. `carry` in: the previous block's last byte was an
// unescaped backslash; out: the same for this block. Backslashes are rare in logs, so this
// walks them one by one instead of simdjson's branch-free subtraction.
inline uint64_t escapedBytes(uint64_t backslash, uint64_t &carry)
{
    uint64_t escaped = carry;
    carry = 0;
    uint64_t pending = backslash & ~escaped;
    while (pending != 0) {
        const int at = std::countr_zero(pending);
        if (at == 63) {
            carry = 1;
            break;
        }
        const uint64_t next = uint64_t(2) << at;
        escaped |= next;
        pending &= ~((uint64_t(1) << at) | next);
    }
    return escaped;
}

// Bit k set when an odd number of bits 0..k of `x` are set: with `x` the unescaped quotes,
// the bytes inside strings, each opening quote included and each closing quote not.
inline uint64_t prefixXor(uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

} // namespace gardener::jsonblock
