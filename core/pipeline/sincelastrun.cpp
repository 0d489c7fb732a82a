#include "core/pipeline/sincelastrun.h"

#include "core/worklog/markdownscan.h"

#include <cmath>

namespace gardener::pipeline {
namespace {

QString percent(double change)
{
    return QStringLiteral("%1%2 %")
        .arg(change >= 0 ? QStringLiteral("+") : QString())
        .arg(std::lround(change));
}

QString sharePercent(double share)
{
    return QStringLiteral("%1 %").arg(share * 100, 0, 'f', share < 0.1 ? 1 : 0);
}

QString clusterLine(const clustering::IssueCluster &c, const triage::TriagedCluster &t)
{
    const auto &trend = t.trend;
    QString head = QStringLiteral("**%1** (%2): ")
                       .arg(worklog::md::escapeInline(c.name), t.decision.priorityLabel());
    QString what;
    switch (trend.trend) {
    case triage::Trend::New:
        what = QStringLiteral("new, %1 entries").arg(c.count);
        break;
    case triage::Trend::Regression:
        what = trend.label() + QStringLiteral(", back with %1 entries").arg(c.count);
        if (trend.countBefore > 0)
            what += QStringLiteral(" (%1 against the last run)").arg(percent(trend.changePercent));
        if (t.decision.raisedBy > 0)
            what += QStringLiteral(", P%1 → P%2")
                        .arg(t.decision.priority + t.decision.raisedBy)
                        .arg(t.decision.priority);
        break;
    case triage::Trend::Escalating:
    case triage::Trend::Decreasing:
        what = QStringLiteral("%1: %2 → %3 entries (%4), share %5 → %6")
                   .arg(trend.label())
                   .arg(trend.countBefore)
                   .arg(c.count)
                   .arg(percent(trend.changePercent), sharePercent(trend.shareBefore),
                        sharePercent(trend.shareNow));
        if (trend.trend == triage::Trend::Escalating && t.decision.raisedBy > 0)
            what += QStringLiteral(", P%1 → P%2")
                        .arg(t.decision.priority + t.decision.raisedBy)
                        .arg(t.decision.priority);
        break;
    default:
        if (trend.burst.isEmpty() && trend.regroup.isEmpty())
            return {};
        what = QStringLiteral("%1, %2 entries (%3)")
                   .arg(trend.label())
                   .arg(c.count)
                   .arg(percent(trend.changePercent));
    }
    if (!trend.burst.isEmpty())
        what += QStringLiteral("; burst: ") + trend.burst;
    return head + what;
}

} // namespace

QStringList sinceLastRunLines(const clustering::ClusterSet &set,
                              const std::vector<triage::TriagedCluster> &triaged,
                              const history::RunComparison &comparison,
                              const std::vector<int> &order)
{
    QStringList lines;
    if (!comparison.hasEarlier)
        return lines;
    lines << QStringLiteral("Volume: %1.").arg(comparison.volumeText());
    int changed = 0;
    for (int i : order) {
        if (size_t(i) >= triaged.size())
            continue;
        const QString line = clusterLine(set.clusters()[size_t(i)], triaged[size_t(i)]);
        if (!line.isEmpty()) {
            lines << line;
            ++changed;
        }
    }
    for (const auto &g : comparison.regroups)
        lines << QStringLiteral("Regrouped: ") + worklog::md::escapeInline(g.text());
    for (const auto &gone : comparison.notSeen)
        lines << QStringLiteral("**%1** (P%2, %3 entries last run): %4")
                     .arg(worklog::md::escapeInline(gone.name))
                     .arg(std::max(gone.priority, 0))
                     .arg(gone.countBefore)
                     .arg(gone.text());
    if (changed == 0 && comparison.regroups.isEmpty() && comparison.notSeen.isEmpty())
        lines << QStringLiteral("Every cluster is steady.");
    return lines;
}

} // namespace gardener::pipeline
