#include "core/triage/clustertriage.h"

#include "core/evidence/deploys.h"
#include "core/logs/logstore.h"

#include <QRegularExpression>
#include <QTimeZone>

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
    // Request logs read "<METHOD> <path> <status>": their status and path tell a server error
    // on a user path from a failing health check.
    static const QRegularExpression request(
        QStringLiteral(R"(^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) (<[^>]+>|[1-5]\d\d)$)"));
    for (quint32 t : c.templates) {
        const auto m = request.match(set.templates()[t].text.trimmed());
        if (!m.hasMatch())
            continue;
        in.httpStatus =
            std::max(in.httpStatus, m.captured(3).toInt()); // 0 when masked: samples tell
        in.requestPaths << m.captured(2).section(QLatin1Char('?'), 0, 0);
    }
    if (store) {
        for (const auto &sample : c.samples)
            if (sample.entry < store->size())
                in.httpStatus = std::max(in.httpStatus, int(store->httpStatus(sample.entry)));
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

// Cloud Run names revisions "<service>-<5-digit sequence>-<suffix>"; other names say nothing
// about order, so no deploy is inferred from them.
struct RevisionOrder
{
    QString service;
    int sequence = -1;
};

RevisionOrder revisionOrder(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(.+)-(\\d{5})-[a-z0-9]+$"));
    const auto m = re.match(name);
    return m.hasMatch() ? RevisionOrder{m.captured(1), m.captured(2).toInt()} : RevisionOrder{};
}

// The revision each cluster started with, for clusters whose entries all come from revisions
// deployed after the oldest one running in the window (of the same service).
std::vector<QString> deployRevisions(const clustering::ClusterSet &set)
{
    QHash<QString, int> oldest;
    for (const auto &c : set.clusters()) {
        for (const auto &r : c.revisions) {
            const RevisionOrder o = revisionOrder(r.name);
            if (o.sequence >= 0 &&
                (!oldest.contains(o.service) || o.sequence < oldest.value(o.service)))
                oldest.insert(o.service, o.sequence);
        }
    }
    std::vector<QString> result(set.clusters().size());
    for (size_t i = 0; i < set.clusters().size(); ++i) {
        const auto &c = set.clusters()[i];
        QString first;
        int firstSequence = -1;
        bool afterDeploy = !c.revisions.empty();
        for (const auto &r : c.revisions) {
            const RevisionOrder o = revisionOrder(r.name);
            afterDeploy = afterDeploy && o.sequence > oldest.value(o.service, o.sequence);
            if (o.sequence >= 0 && (firstSequence < 0 || o.sequence < firstSequence)) {
                firstSequence = o.sequence;
                first = r.name;
            }
        }
        if (afterDeploy)
            result[i] = first;
    }
    return result;
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

QVector<history::MemberCluster> memberClusters(const clustering::ClusterSet &set)
{
    QVector<history::MemberCluster> members;
    members.reserve(int(set.clusters().size()));
    for (const auto &c : set.clusters()) {
        history::MemberCluster m;
        m.fingerprint = c.fingerprint;
        m.name = c.name;
        m.count = c.count;
        for (quint32 ti : c.templates)
            m.templates.append({set.templates()[ti].fingerprint, set.templates()[ti].count,
                                history::isRequestTemplate(set.templates()[ti].text)});
        members.append(std::move(m));
    }
    return members;
}

QString burstText(const clustering::IssueCluster &c)
{
    constexpr qint64 kWindowNs = 10 * kNsPerMinute;
    if (c.count < 20 || c.bucketSizeNs <= 0 || c.buckets.empty())
        return {};
    const int width = int(std::max<qint64>(1, kWindowNs / c.bucketSizeNs));
    // A burst is short against the run: at most a sixth of its buckets.
    if (width * 6 > int(c.buckets.size()))
        return {};
    quint64 sum = 0, best = 0;
    size_t bestEnd = 0;
    for (size_t i = 0; i < c.buckets.size(); ++i) {
        sum += c.buckets[i];
        if (i >= size_t(width))
            sum -= c.buckets[i - size_t(width)];
        if (sum > best) {
            best = sum;
            bestEnd = i;
        }
    }
    if (best * 2 < c.count)
        return {};
    const size_t first = bestEnd + 1 >= size_t(width) ? bestEnd + 1 - size_t(width) : 0;
    auto at = [&](size_t bucket) {
        return QDateTime::fromMSecsSinceEpoch((c.bucketStartNs + qint64(bucket) * c.bucketSizeNs) /
                                                  1'000'000,
                                              QTimeZone::utc())
            .toString(QStringLiteral("HH:mm"));
    };
    return QStringLiteral("%1 of %2 within %3–%4")
        .arg(best)
        .arg(c.count)
        .arg(at(first), at(bestEnd + 1));
}

void markRegressed(TriagedCluster &t, int issue, const QDateTime &closedAt)
{
    t.trend.trend = Trend::Regression;
    t.trend.regressedIssue = issue;
    if (closedAt.isValid())
        t.trend.regressedClosedAt = closedAt;
    t.decision.category = QStringLiteral("GCP-regression");
    // One trend, one level: a cluster the rules already raised (as escalating, or as regressed
    // from the history's links) is not raised again.
    if (t.decision.raisedBy > 0 || t.decision.priority == 0 || t.decision.overridden)
        return;
    t.decision.explanation << QStringLiteral("regressed: #%1 was closed and it is back: P%2 → P%3")
                                  .arg(issue)
                                  .arg(t.decision.priority)
                                  .arg(t.decision.priority - 1);
    --t.decision.priority;
    t.decision.raisedBy = 1;
}

Result<std::vector<TriagedCluster>> triageClusters(const clustering::ClusterSet &set,
                                                   const LogStore *store, const RuleSet &rules,
                                                   const history::HistoryStore *history,
                                                   const ClusterTriageOptions &options,
                                                   history::RunComparison *comparison)
{
    const double minutes = windowMinutes(set, options);
    history::RunComparison compared;
    if (history) {
        history::TrendOptions trendOptions;
        trendOptions.escalateFactor = 1.0 + options.escalatePercent / 100.0;
        quint64 entries = set.entryCount();
        if (entries == 0)
            for (const auto &c : set.clusters())
                entries += c.count;
        auto r = history->compare(memberClusters(set), entries, minutes, options.currentRunId,
                                  trendOptions);
        if (!r)
            return tl::unexpected(r.error());
        compared = std::move(*r);
    }
    std::vector<TriagedCluster> result;
    result.reserve(set.clusters().size());
    const std::vector<QString> deploys = deployRevisions(set);
    const auto deployEvidence =
        store ? evidence::deployFlags(*store, set) : std::vector<evidence::DeployFlags>{};
    for (int i = 0; i < int(set.clusters().size()); ++i) {
        const auto &c = set.clusters()[size_t(i)];
        TriagedCluster t;
        t.perMinute = double(c.count) / minutes;
        TriageInput in = inputFor(set, i, store, t.perMinute);
        in.deployRevision = deploys[size_t(i)];
        if (size_t(i) < deployEvidence.size()) {
            in.firstSeenWithRevision = deployEvidence[size_t(i)].firstSeenWithRevision;
            in.onlyInLatestRevision = deployEvidence[size_t(i)].onlyInLatestRevision;
        }
        if (history) {
            t.trend = compared.clusters[i];
            in.trend = t.trend.trend;
            in.changePercent = t.trend.changePercent;
        }
        t.trend.burst = burstText(c);
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
    if (comparison)
        *comparison = std::move(compared);
    return result;
}

history::RunCluster toRunCluster(const clustering::ClusterSet &set, int cluster,
                                 const TriagedCluster &t)
{
    const auto &c = set.clusters()[size_t(cluster)];
    history::RunCluster r;
    for (quint32 ti : c.templates) {
        const auto &tpl = set.templates()[ti];
        r.templates.push_back(
            {c.fingerprint, tpl.fingerprint, tpl.text, tpl.sourceFile, tpl.function, tpl.count});
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
