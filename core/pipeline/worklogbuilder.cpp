#include "worklogbuilder.h"

#include "logs/entrytext.h"
#include "logs/logstore.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>
#include <numeric>

namespace gardener::pipeline {
namespace {

QString utc(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, QTimeZone::utc()).toString(Qt::ISODate);
}

QString asText(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// Samples are quoted as the whole entry, indented, because engineers paste them into issues.
worklog::WorklogSample sampleOf(const LogStore &store, quint64 entry)
{
    worklog::WorklogSample s;
    s.kind = worklog::WorklogSample::Kind::Json;
    const QByteArray raw = store.sampleJson(entry); // capped: a 60 MB entry is not copied whole
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    s.text = doc.isObject() ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed()
                            : QString::fromUtf8(raw);
    const std::string_view message = store.message(entry);
    s.message = asText(message.substr(0, utf8Prefix(message, size_t(LogStore::MaxSampleBytes))));
    s.module = asText(store.sourceFile(entry));
    s.function = asText(store.function(entry));
    s.line = store.line(entry) > 0 ? store.line(entry) : -1;
    s.timestamp = utc(store.timestampNs(entry));
    s.severity = asText(severityName(store.severity(entry)));
    return s;
}

QString frequencyText(const clustering::IssueCluster &c, const triage::TriagedCluster &t)
{
    QString text = QStringLiteral("%1 occurrences (%2 per minute)").arg(c.count).arg(t.perMinute, 0, 'g', 3);
    const auto &trend = t.trend;
    if (trend.trend == triage::Trend::New)
        text += QStringLiteral(", new");
    else if (trend.earlierRuns > 0)
        text += QStringLiteral(", %1 → %2 per minute since the last run (%3%4%), %5")
                    .arg(trend.perMinuteBefore, 0, 'g', 3)
                    .arg(trend.perMinuteNow, 0, 'g', 3)
                    .arg(trend.changePercent >= 0 ? QStringLiteral("+") : QString())
                    .arg(trend.changePercent, 0, 'f', 0)
                    .arg(triage::trendName(trend.trend));
    return text;
}

} // namespace

std::vector<int> clusterReadingOrder(const clustering::ClusterSet &set,
                                     const std::vector<triage::TriagedCluster> &triage)
{
    std::vector<int> order(set.clusters().size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int pa = size_t(a) < triage.size() ? triage[size_t(a)].decision.priority : 9;
        const int pb = size_t(b) < triage.size() ? triage[size_t(b)].decision.priority : 9;
        if (pa != pb)
            return pa < pb;
        return set.clusters()[size_t(a)].count > set.clusters()[size_t(b)].count;
    });
    return order;
}

worklog::WorklogData buildWorklog(const WorklogHeader &header, const LogStore &store,
                                  const LogSummary &summary, const clustering::ClusterSet &set,
                                  const std::vector<triage::TriagedCluster> &triage)
{
    worklog::WorklogData w;
    w.title = QStringLiteral("Log Gardener Worklog");
    w.generated = header.generated.isValid() ? header.generated.toUTC() : QDateTime::currentDateTimeUtc();
    w.service = header.service.isEmpty() && !summary.services.isEmpty() ? summary.services.first().name
                                                                         : header.service;
    w.project = header.project;
    if (w.project.isEmpty() && !store.empty())
        w.project = asText(store.project(0));
    w.severityFilter = header.severityFilter;
    if (summary.firstNs != 0) {
        w.firstEntry = utc(summary.firstNs);
        w.lastEntry = utc(summary.lastNs);
    }
    w.timeRange = !header.timeRange.isEmpty() ? header.timeRange
                                              : w.firstEntry + QStringLiteral(" – ") + w.lastEntry;
    if (!summary.revisions.isEmpty())
        w.revision = summary.revisions.first().revision;
    w.entriesAnalysed = qint64(summary.entries);
    for (int s = SeverityCount - 1; s >= 0; --s) {
        if (summary.severities[size_t(s)] > 0)
            w.severityDistribution.append({asText(severityName(Severity(s))), qint64(summary.severities[size_t(s)])});
    }

    for (int index : clusterReadingOrder(set, triage)) {
        const auto &c = set.clusters()[size_t(index)];
        const auto &t = triage[size_t(index)];
        worklog::WorklogCluster wc;
        wc.number = int(w.clusters.size()) + 1;
        wc.title = c.name;
        wc.severity = asText(severityName(c.maxSeverity));
        wc.priority = t.decision.priorityLabel();
        wc.category = t.decision.category;
        wc.count = qint64(c.count);
        wc.frequency = frequencyText(c, t);
        wc.fingerprint = c.fingerprint;
        if (!c.locations.empty()) {
            wc.module = c.locations.front().file;
            wc.function = c.locations.front().function;
            wc.line = c.locations.front().line > 0 ? c.locations.front().line : -1;
        }
        QStringList pattern;
        for (quint32 ti : c.templates)
            pattern << QStringLiteral("`%1` (%2)").arg(set.templates()[ti].text).arg(set.templates()[ti].count);
        wc.pattern = pattern.join(QStringLiteral("; "));
        wc.impact = t.muted ? QStringLiteral("Expected behaviour (muted)") : QString();
        QStringList analysis;
        if (!c.explanation.isEmpty())
            analysis << QStringLiteral("Grouping: ") + c.explanation;
        for (const QString &line : t.decision.explanation)
            analysis << QStringLiteral("Triage: ") + line;
        wc.analysis = analysis.join(QLatin1Char('\n'));
        for (const auto &sample : c.samples) {
            if (wc.samples.size() >= header.samplesPerCluster)
                break;
            if (sample.entry < store.size())
                wc.samples.append(sampleOf(store, sample.entry));
        }
        worklog::WorklogSummaryItem item;
        item.title = wc.title;
        item.priority = wc.priority;
        item.count = wc.count;
        item.cluster = int(w.clusters.size());
        w.summary.append(item);
        w.clusters.append(std::move(wc));
    }
    w.nextSteps << QStringLiteral("Review the drafts of new issues and comments in Log Gardener, then post them.")
                << QStringLiteral("Mark expected clusters as such so later runs mute them.");
    return w;
}

} // namespace gardener::pipeline
