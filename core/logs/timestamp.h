#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <string_view>

namespace gardener {

// RFC 3339 timestamps as Cloud Logging writes them: "2025-09-12T23:26:25.718912Z", with any
// number of fraction digits (digits past nanoseconds are dropped, not rounded), 'Z' or a
// "+HH:MM"/"-HH:MM" offset, 'T', 't' or ' ' between date and time. Returns nanoseconds since
// the Unix epoch in UTC, or nullopt when the text is not such a timestamp or lies outside
// 1678..2261 (what qint64 nanoseconds can hold). Allocation-free; safe from any thread.
std::optional<qint64> parseRfc3339(std::string_view text);

// True when `text` is a well-formed RFC 3339 time whose year lies outside 1678..2261, so a
// message can say "out of the supported range" instead of "not a time".
bool isRfc3339OutOfRange(std::string_view text);

// "2025-09-12T23:26:25.718912Z": UTC, fraction trimmed to 0, 3, 6 or 9 digits.
QString formatRfc3339(qint64 nanoseconds);

// Cloud Logging durations such as httpRequest.latency ("0.012345s"); nullopt if malformed.
std::optional<qint64> parseDurationNs(std::string_view text);

} // namespace gardener
