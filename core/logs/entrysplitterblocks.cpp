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

#if defined(GARDENER_JSON_BLOCKS) && defined(__x86_64__) && defined(__GNUC__) && !defined(__AVX2__)
#define GARDENER_JSON_BLOCKS_AVX2 1
#include <immintrin.h>
#endif

namespace gardener {

#if defined(GARDENER_JSON_BLOCKS)

#define GARDENER_SCAN_BLOCKS scanBlocks
#define GARDENER_CLASSIFY jsonblock::classify
#include "core/logs/entrysplitterblocksbody.h"
#undef GARDENER_CLASSIFY
#undef GARDENER_SCAN_BLOCKS

#if defined(GARDENER_JSON_BLOCKS_AVX2)
// Everything defined from here to the pop is compiled for AVX2 (clang spells it differently).
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2,bmi,popcnt"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx2,bmi,popcnt")
#endif
namespace {

uint64_t bits(__m256i low, __m256i high)
{
    return uint64_t(uint32_t(_mm256_movemask_epi8(low))) |
           (uint64_t(uint32_t(_mm256_movemask_epi8(high))) << 32);
}

// jsonblock::classify in two 32-byte lanes.
jsonblock::Masks classifyAvx2(const char *p)
{
    const __m256i low = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    const __m256i high = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32));
    const auto hits = [&](__m256i value) {
        return bits(_mm256_cmpeq_epi8(low, value), _mm256_cmpeq_epi8(high, value));
    };
    const __m256i bracketBits = _mm256_set1_epi8(static_cast<char>(0xd9));
    const __m256i bracketValue = _mm256_set1_epi8(0x59);
    jsonblock::Masks m;
    m.quote = hits(_mm256_set1_epi8('"'));
    m.backslash = hits(_mm256_set1_epi8('\\'));
    m.newline = hits(_mm256_set1_epi8('\n'));
    m.bracket = bits(_mm256_cmpeq_epi8(_mm256_and_si256(low, bracketBits), bracketValue),
                     _mm256_cmpeq_epi8(_mm256_and_si256(high, bracketBits), bracketValue));
    m.lowerE = hits(_mm256_set1_epi8('e'));
    return m;
}

} // namespace

#define GARDENER_SCAN_BLOCKS scanBlocksAvx2
#define GARDENER_CLASSIFY classifyAvx2
#include "core/logs/entrysplitterblocksbody.h"
#undef GARDENER_CLASSIFY
#undef GARDENER_SCAN_BLOCKS
#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif

bool EntrySplitter::avx2Runs()
{
    static const bool runs = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
               __builtin_cpu_supports("popcnt");
    }();
    return runs;
}
#else
EntrySplitter::Step EntrySplitter::scanBlocksAvx2(const char *buf, quint64 base, size_t &i,
                                                  size_t end, Sink &sink, bool jsonLines)
{
    return scanBlocks(buf, base, i, end, sink, jsonLines);
}

bool EntrySplitter::avx2Runs()
{
    return false;
}
#endif

#else

EntrySplitter::Step EntrySplitter::scanBlocks(const char *, quint64, size_t &, size_t, Sink &, bool)
{
    m_blocks = false;
    return Step::On;
}

EntrySplitter::Step EntrySplitter::scanBlocksAvx2(const char *, quint64, size_t &, size_t, Sink &,
                                                  bool)
{
    m_blocks = false;
    return Step::On;
}

bool EntrySplitter::avx2Runs()
{
    return false;
}

#endif

} // namespace gardener
