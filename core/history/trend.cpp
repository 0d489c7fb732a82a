#include "core/history/trend.h"

#include <array>

namespace gardener::history {
namespace {
constexpr std::array<std::pair<Trend, const char *>, 8> kTrends = {{
    {Trend::Unknown, "unknown"},
    {Trend::New, "new"},
    {Trend::Steady, "steady"},
    {Trend::Escalating, "escalating"},
    {Trend::Decreasing, "decreasing"},
    {Trend::Regression, "regression"},
    {Trend::NotSeen, "not seen"},
    {Trend::Regression, "regressed"}, // read as a synonym, never written
}};
} // namespace

QString trendName(Trend t)
{
    for (const auto &[trend, name] : kTrends) {
        if (trend == t)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

std::optional<Trend> parseTrend(const QString &name)
{
    for (const auto &[trend, text] : kTrends) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return trend;
    }
    return std::nullopt;
}

} // namespace gardener::history
