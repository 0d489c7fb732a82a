#pragma once

#include <QString>
#include <optional>

namespace gardener::history {

// How a cluster compares with earlier runs (filled from the history store).
enum class Trend
{
    Unknown, // no history consulted
    New,     // never seen before
    Steady,
    Escalating, // frequency up by at least the escalation threshold
    Decreasing,
    Regression, // its GitHub issue was closed and it came back ("regressed")
    NotSeen,    // a cluster of the last run with an open issue and no entries now
};
QString trendName(Trend t);
std::optional<Trend> parseTrend(const QString &name);

} // namespace gardener::history
