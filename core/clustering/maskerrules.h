#pragma once

#include "core/clustering/masker.h"

#include <string_view>

// The built-in masks as plain byte scanning (no regular expressions): fast enough to run on
// every message. Private to clustering/.
namespace gardener::clustering::detail {

void maskBuiltin(std::string_view message, size_t maxTokens, MaskedMessage &out);

// Which whole-token mask applies to `core` (wrapping punctuation already removed);
// MaskKind::Count when none does.
MaskKind classifyToken(std::string_view core, bool afterBearer);
// The same, with shapeOf(core) already known.
MaskKind classifyToken(std::string_view core, bool afterBearer, quint16 shape);

quint64 hashBytes(std::string_view bytes);

// A fast 128-bit hash for in-memory tables only (never stored: the stable hashes are
// hashBytes and the fingerprints). Tables that key on both halves treat equal hashes as equal
// text: for the distinct messages of a run, a collision is far less likely than a memory error.
struct Hash128
{
    quint64 lo = 0, hi = 0;
    bool operator==(const Hash128 &) const = default;
};
Hash128 hashFast128(std::string_view bytes);
inline quint64 hashFast(std::string_view bytes)
{
    return hashFast128(bytes).lo;
}

} // namespace gardener::clustering::detail
