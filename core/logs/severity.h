#pragma once

#include <QMetaType>
#include <array>
#include <optional>
#include <string_view>

namespace gardener {

// The nine LogSeverity levels of Cloud Logging, in their order. The numeric value is the index
// used by columns and per-cluster histograms; the API's own numbers are 0, 100, ... 800.
enum class Severity : quint8
{
    Default = 0,
    Debug,
    Info,
    Notice,
    Warning,
    Error,
    Critical,
    Alert,
    Emergency,
};
inline constexpr int SeverityCount = 9;

using SeverityCounts = std::array<quint64, SeverityCount>;

std::string_view severityName(Severity s); // "WARNING"
// Accepts the API names (any case) and the numeric form ("400" or 400 as text); nullopt if unknown.
std::optional<Severity> parseSeverity(std::string_view text);
std::optional<Severity> severityFromNumber(long long value);
inline int severityIndex(Severity s)
{
    return static_cast<int>(s);
}

} // namespace gardener

Q_DECLARE_METATYPE(gardener::Severity)
