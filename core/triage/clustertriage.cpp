#include "clustertriage.h"

#include "evidence/deploys.h"
#include "logs/logstore.h"

#include <algorithm>
#include <limits>

namespace gardener::triage {
namespace {

constexpr qint64 kNsPerMinute = 60'000'000'000LL;
constexpr int kSampleTexts = 3;

TriageInput inputFor(const clustering::ClusterSet &set, int index, const LogStore *store,
                     double perMinute)
{
    const auto &c = set.clusters()[size_t(index)];
    TriageInput in;
    in.fingerprint = c.fingerprint;
    in.name = c.name;
    for (quint32 t : c.templates)
        in.texts << set.templates()[t].text;
    if (store) {
        int taken = 0;
        for (const auto &sample : c.samples) {
            if (sample.entry >= store->size() || taken++ == kSampleTexts)
                break;
            const auto message = store->message(sample.entry);
            in.texts << QString::fromUtf8(message.data(), qsizetype(message.size()));
        }
    }
    if (!c.locations.empty()) {
        const auto &l = c.locations.front();
        in.location = l.function.isEmpty() ? l.file : l.file + QLatin1Char(':') + l.function;
    }
    in.maxSeverity = c.maxSeverity;
    in.count = c.count;
    in.perMinute = perMinute;
    return in;
}

// The user's standing decisions come last: they win over every rule, and say so.
void applyOverride(const history::Override &o, TriagedCluster &t)
{
    if (o.priority) {
        t.decision.priority = *o.priority;
        t.decision.overridden = true;
        t.decision.explanation << QStringLiteral("your override → P%1").arg(*o.priority);
    }
    if (!o.expected)
        return;
    const double base = std::max(o.mutedPerMinute, 1e-9);
    const double factor = std::max(t.perMinute / base, base / std::max(t.perMinute, 1e-9));
    if (factor < o.muteFactor) {
        t.muted = true;
        t.decision.expected = true;
        t.decision.explanation << QStringLiteral("muted as expected (%1 per minute; muted at %2, "
                                                 "unmutes at ×%3)")
                                      .arg(t.perMinute, 0, 'g', 3)
                                      .arg(o.mutedPerMinute, 0, 'g', 3)
                                      .arg(o.muteFactor, 0, 'g', 3);
    } else {
        t.decision.explanation << QStringLiteral("was muted as expected, but its frequency changed "
                                                 "×%1 (%2 → %3 per minute)")
                                      .arg(factor, 0, 'g', 3)
                                      .arg(o.mutedPerMinute, 0, 'g', 3)
                                      .arg(t.perMinute, 0, 'g', 3);
    }
}

} // namespace

double windowMinutes(const clustering::ClusterSet &set, const ClusterTriageOptions &options)
{
    qint64 start = options.windowStartNs;
    qint64 end = options.windowEndNs;
    if (start == 0 || end == 0) {
        start = std::numeric_limits<qint64>::max();
        end = std::numeric_limits<qint64>::min();
        for (const auto &c : set.clusters()) {
            start = std::min(start, c.firstSeenNs);
            end = std::max(end, c.lastSeenNs);
        }
    }
    if (end <= start)
        return 1.0;
    return std::max(1.0, double(end - start) / double(kNsPerMinute));
}

Result<std::vector<TriagedCluster>> triageClusters(const clustering::ClusterSet &set,
                                                   const LogStore *store, const RuleSet &rules,
                                                   const history::HistoryStore *history,
                                                   const ClusterTriageOptions &options)
{
    const double minutes = windowMinutes(set, options);
    std::vector<TriagedCluster> result;
    result.reserve(set.clusters().size());
    const auto deploys = store ? evidence::deployFlags(*store, set) : std::vector<evidence::DeployFlags>{};
    for (int i = 0; i < int(set.clusters().size()); ++i) {
        const auto &c = set.clusters()[size_t(i)];
        TriagedCluster t;
        t.perMinute = double(c.count) / minutes;
        TriageInput in = inputFor(set, i, store, t.perMinute);
        if (size_t(i) < deploys.size()) {
            in.firstSeenWithRevision = deploys[size_t(i)].firstSeenWithRevision;
            in.onlyInLatestRevision = deploys[size_t(i)].onlyInLatestRevision;
        }
        if (history) {
            auto trend = history->trendFor(c.fingerprint, t.perMinute, options.currentRunId,
                                           options.escalatePercent);
            if (!trend)
                return tl::unexpected(trend.error());
            t.trend = std::move(*trend);
            in.trend = t.trend.trend;
            in.changePercent = t.trend.changePercent;
        }
        t.decision = rules.evaluate(in);
        if (history) {
            auto o = history->overrideFor(c.fingerprint);
            if (!o)
                return tl::unexpected(o.error());
            if (*o)
                applyOverride(**o, t);
        }
        result.push_back(std::move(t));
    }
    return result;
}

history::RunCluster toRunCluster(const clustering::ClusterSet &set, int cluster, const TriagedCluster &t)
{
    const auto &c = set.clusters()[size_t(cluster)];
    history::RunCluster r;
    for (quint32 ti : c.templates) {
        const auto &tpl = set.templates()[ti];
        r.templates.push_back({c.fingerprint, tpl.fingerprint, tpl.text, tpl.sourceFile, tpl.function});
    }
    r.fingerprint = c.fingerprint;
    r.name = c.name;
    r.count = c.count;
    r.firstSeenNs = c.firstSeenNs;
    r.lastSeenNs = c.lastSeenNs;
    r.perMinute = t.perMinute;
    r.maxSeverity = severityIndex(c.maxSeverity);
    r.priority = t.decision.priority;
    r.category = t.decision.category;
    r.buckets = QVector<quint32>(c.buckets.begin(), c.buckets.end());
    r.bucketSeconds = c.bucketSizeNs / 1'000'000'000LL;
    return r;
}

} // namespace gardener::triage
