#include "core/logs/severity.h"

#include <algorithm>
#include <cctype>

namespace gardener {
namespace {
constexpr std::array<std::string_view, SeverityCount> kNames = {
    "DEFAULT", "DEBUG", "INFO", "NOTICE", "WARNING", "ERROR", "CRITICAL", "ALERT", "EMERGENCY"};

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::toupper(static_cast<unsigned char>(x)) == y;
           });
}
} // namespace

std::string_view severityName(Severity s)
{
    const auto i = static_cast<size_t>(s);
    return i < kNames.size() ? kNames[i] : std::string_view("DEFAULT");
}

std::optional<Severity> severityFromNumber(long long value)
{
    if (value < 0 || value > 800 || value % 100 != 0)
        return std::nullopt;
    return static_cast<Severity>(value / 100);
}

std::optional<Severity> parseSeverity(std::string_view text)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (equalsIgnoreCase(text, kNames[i]))
            return static_cast<Severity>(i);
    }
    // Common spellings from other loggers that people route into Cloud Logging.
    if (equalsIgnoreCase(text, "WARN"))
        return Severity::Warning;
    if (equalsIgnoreCase(text, "FATAL"))
        return Severity::Critical;
    if (!text.empty() &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        text.size() <= 3)
        return severityFromNumber(std::stoll(std::string(text)));
    return std::nullopt;
}

} // namespace gardener
