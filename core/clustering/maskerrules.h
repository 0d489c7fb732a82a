#pragma once

#include "masker.h"

#include <string_view>

// The built-in masks as plain byte scanning (no regular expressions): fast enough to run on
// every message. Private to clustering/.
namespace gardener::clustering::detail {

void maskBuiltin(std::string_view message, size_t maxTokens, MaskedMessage &out);

// Which whole-token mask applies to `core` (wrapping punctuation already removed);
// MaskKind::Count when none does.
MaskKind classifyToken(std::string_view core, bool afterBearer);

quint64 hashBytes(std::string_view bytes);

// A fast 64-bit hash, eight bytes at a step, for in-memory tables only (never stored: the
// stable hashes are hashBytes and the fingerprints).
quint64 hashFast(std::string_view bytes);

} // namespace gardener::clustering::detail
