#pragma once

#include <QtGlobal>
#include <string>
#include <string_view>

namespace gardener {

// Small text helpers of the entry parser, kept apart so tests can reach them.

// "POST /ws/beacon 405": the method, the URL's path (scheme, host and query dropped) and the
// status, leaving out the parts that are missing.
std::string httpSummary(std::string_view method, std::string_view url, qint32 status);

// The JSON value starting at `begin` (an object or array) with whitespace outside strings
// removed, at most `limit` bytes (cut at a UTF-8 boundary, then "…"). Stops at `end`.
std::string compactJson(const char *begin, const char *end, size_t limit);

// The longest prefix of `text` no longer than `limit` bytes that does not split a UTF-8
// sequence.
size_t utf8Prefix(std::string_view text, size_t limit);

} // namespace gardener
