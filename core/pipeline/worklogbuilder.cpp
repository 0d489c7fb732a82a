#include "core/pipeline/worklogbuilder.h"

#include "core/evidence/clusterevidence.h"
#include "core/logs/entrytext.h"
#include "core/logs/logstore.h"
#include "core/pipeline/clusterfacts.h"
#include "core/worklog/worklogphrases.h"
#include "core/worklog/writersections.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
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

QString rateText(const triage::TriagedCluster &t)
{
    QString text = QStringLiteral("%1/min").arg(t.perMinute, 0, 'g', 2);
    if (t.trend.trend == triage::Trend::New)
        text += QStringLiteral(", new");
    else if (t.trend.earlierRuns > 0)
        text += QStringLiteral(", %1").arg(triage::trendName(t.trend.trend));
    return text;
}

QString frequencyText(const clustering::IssueCluster &c, const triage::TriagedCluster &t)
{
    QString text = QStringLiteral("%1 per minute").arg(t.perMinute, 0, 'g', 3);
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
    Q_UNUSED(c);
    return text;
}

// A revision without its service prefix: "orders-backend-staging-00544-pbl" -> "00544-pbl".
QString shortRevision(const QString &revision, const QString &service)
{
    return !service.isEmpty() && revision.startsWith(service + QLatin1Char('-'))
               ? revision.mid(service.size() + 1)
               : revision;
}

// "15:00–16:00 UTC (199 entries, 21× the usual rate)"; the date only when the cluster's window
// spans more than one day.
QString burstWindow(const ClusterFacts &f)
{
    QString window = timeWindow(f.burstStart, f.burstEnd);
    if (f.first.date() == f.last.date() && f.burstStart.date() == f.first.date())
        window = window.mid(11); // drop "yyyy-MM-dd "
    return QStringLiteral("%1 (%2 entries, %3× the usual rate)")
        .arg(window)
        .arg(f.burstEntries)
        .arg(f.burstFactor, 0, 'f', 0);
}

QString burstText(const ClusterFacts &f)
{
    return f.burstStart.isValid() ? QStringLiteral("burst ") + burstWindow(f) : QString();
}

// The facts a person reads first, for one detailed cluster.
void addFacts(worklog::WorklogCluster &wc, const ClusterFacts &f, const QString &service)
{
    wc.window = timeWindow(f.first, f.last);
    if (const QString burst = burstText(f); !burst.isEmpty())
        wc.window += QStringLiteral("; ") + burst;
    QStringList revisions;
    for (const auto &[name, count] : f.revisions)
        revisions << QStringLiteral("%1 (%2)").arg(shortRevision(name, service)).arg(count);
    wc.revisions = revisions.join(QStringLiteral(", "));
    if (!f.startedWithRevision.isEmpty())
        wc.revisions += QStringLiteral("; started with the deploy of %1")
                            .arg(shortRevision(f.startedWithRevision, service));
    QStringList affected;
    if (f.instances > 0)
        affected << QStringLiteral("%1%2 instance%3")
                        .arg(f.instancesCapped ? QStringLiteral("at least ") : QString())
                        .arg(f.instances)
                        .arg(f.instances == 1 ? QString() : QStringLiteral("s"));
    if (f.users > 0)
        affected << QStringLiteral("%1 user%2")
                        .arg(f.users)
                        .arg(f.users == 1 ? QString() : QStringLiteral("s"));
    wc.affected = affected.join(QStringLiteral(", "));
    wc.impact = f.impact;
    wc.logsUrl = f.logsUrl;
    wc.traceUrl = f.traceUrl;
    for (const TrimmedSample &t : f.samples) {
        worklog::WorklogSample s;
        s.kind = worklog::WorklogSample::Kind::Json;
        s.text = t.json;
        s.stackTrace = t.stackTrace;
        QList<worklog::WorklogSample> parsed;
        worklog::phrases::samplesFromJson(t.json, parsed);
        if (!parsed.isEmpty()) {
            s.message = parsed.first().message;
            s.timestamp = parsed.first().timestamp;
            s.severity = parsed.first().severity;
            s.module = parsed.first().module;
            s.function = parsed.first().function;
            s.line = parsed.first().line;
        }
        wc.samples.append(s);
    }
}

// 1–3 sentences of facts: the volume, the P0/P1 clusters, bursts and deploy-linked starts.
QString summaryText(const worklog::WorklogData &w, const std::vector<int> &order,
                    const clustering::ClusterSet &set,
                    const std::vector<triage::TriagedCluster> &triage,
                    const QList<QPair<int, ClusterFacts>> &facts)
{
    QStringList sentences;
    int urgent = 0;
    QStringList urgentNames;
    for (size_t k = 0; k < order.size(); ++k) {
        const int i = order[k];
        if (triage[size_t(i)].decision.priority <= 1 && !triage[size_t(i)].muted) {
            ++urgent;
            if (urgentNames.size() < 4)
                urgentNames << QStringLiteral("**%1** (%2, %3 entries)")
                                   .arg(worklog::writer::inlineText(set.clusters()[size_t(i)].name),
                                        triage[size_t(i)].decision.priorityLabel(),
                                        QLocale(QLocale::English)
                                            .toString(qulonglong(set.clusters()[size_t(i)].count)));
        }
    }
    sentences << QStringLiteral("%1 entries from %2 (%3) fell into %4 clusters, %5 of them P0/P1%6")
                     .arg(QLocale(QLocale::English).toString(w.entriesAnalysed))
                     .arg(w.service.isEmpty() ? QStringLiteral("the service") : w.service,
                          w.timeRange)
                     .arg(set.clusters().size())
                     .arg(urgent)
                     .arg(urgentNames.isEmpty()
                              ? QStringLiteral(".")
                              : QStringLiteral(": ") + urgentNames.join(QStringLiteral("; ")) +
                                    QLatin1Char('.'));
    QStringList events;
    const ClusterFacts *biggest = nullptr;
    int biggestIndex = -1;
    for (const auto &[index, f] : facts) {
        if (f.burstStart.isValid() && (!biggest || f.burstEntries > biggest->burstEntries)) {
            biggest = &f;
            biggestIndex = index;
        }
    }
    if (biggest)
        events << QStringLiteral("the largest burst was **%1** at %2")
                      .arg(worklog::writer::inlineText(set.clusters()[size_t(biggestIndex)].name),
                           burstWindow(*biggest));
    for (const auto &[index, f] : facts) {
        if (!f.startedWithRevision.isEmpty() && events.size() < 3)
            events << QStringLiteral("**%1** started with the deploy of %2")
                          .arg(worklog::writer::inlineText(set.clusters()[size_t(index)].name),
                               shortRevision(f.startedWithRevision, w.service));
    }
    if (!events.isEmpty()) {
        QString s = events.join(QStringLiteral("; ")) + QLatin1Char('.');
        sentences << s.left(1).toUpper() + s.mid(1);
    }
    return sentences.join(QLatin1Char(' '));
}

QStringList nextSteps(const worklog::WorklogData &w, const std::vector<int> &order,
                      const std::vector<triage::TriagedCluster> &triage)
{
    QStringList steps;
    int muted = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        const auto &t = triage[size_t(order[k])];
        const auto &c = w.clusters.at(qsizetype(k));
        if (t.muted) {
            ++muted;
            continue;
        }
        if (t.decision.priority > 2 || steps.size() >= 5)
            continue;
        if (t.trend.lastIssue)
            steps << QStringLiteral("Cluster %1 (%2, %3) is tracked in #%4 (%5): check that the "
                                    "issue covers these %6 entries.")
                         .arg(k + 1)
                         .arg(c.title, c.priority)
                         .arg(t.trend.lastIssue->issue)
                         .arg(t.trend.lastIssue->state)
                         .arg(c.count);
        else
            steps << QStringLiteral(
                         "Cluster %1 (%2, %3) has no issue yet: review its draft or file one.")
                         .arg(k + 1)
                         .arg(c.title, c.priority);
    }
    if (muted > 0)
        steps << QStringLiteral("%1 cluster(s) are muted as expected; they come back when their "
                                "frequency changes.")
                     .arg(muted);
    steps << QStringLiteral("Mark expected clusters as such so later runs mute them.");
    return steps;
}

} // namespace

worklog::WorklogWriterOptions pipelineWriterOptions()
{
    worklog::WorklogWriterOptions o;
    o.maxSamplesPerCluster = 2;
    o.maxDetailed = MaxDetailedClusters;
    o.detailMaxPriority = 3;
    return o;
}
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

namespace {

// The worklog's header: what was read, from where, over which time.
worklog::WorklogData worklogHeader(const WorklogHeader &header, const LogStore &store,
                                   const LogSummary &summary)
{
    worklog::WorklogData w;
    w.title = QStringLiteral("Log Gardener Worklog");
    w.generated =
        header.generated.isValid() ? header.generated.toUTC() : QDateTime::currentDateTimeUtc();
    w.service = header.service.isEmpty() && !summary.services.isEmpty()
                    ? summary.services.first().name
                    : header.service;
    w.project = header.project;
    if (w.project.isEmpty() && !store.empty())
        w.project = asText(store.project(0));
    w.severityFilter = header.severityFilter;
    if (summary.firstNs != 0) {
        w.firstEntry = utc(summary.firstNs);
        w.lastEntry = utc(summary.lastNs);
    }
    w.timeRange =
        !header.timeRange.isEmpty()
            ? header.timeRange
            : timeWindow(
                  QDateTime::fromMSecsSinceEpoch(summary.firstNs / 1'000'000, QTimeZone::utc()),
                  QDateTime::fromMSecsSinceEpoch(summary.lastNs / 1'000'000, QTimeZone::utc()));
    if (!summary.revisions.isEmpty())
        w.revision = summary.revisions.first().revision;
    w.entriesAnalysed = qint64(summary.entries);
    for (int s = SeverityCount - 1; s >= 0; --s) {
        if (summary.severities[size_t(s)] > 0)
            w.severityDistribution.append(
                {asText(severityName(Severity(s))), qint64(summary.severities[size_t(s)])});
    }
    return w;
}

// What every cluster of the worklog states, shown in full or in the table of the others.
worklog::WorklogCluster worklogCluster(const clustering::IssueCluster &c,
                                       const triage::TriagedCluster &t, int number)
{
    worklog::WorklogCluster wc;
    wc.number = number;
    wc.title = c.name;
    wc.severity = asText(severityName(c.maxSeverity));
    wc.priority = t.decision.priorityLabel();
    wc.category = t.decision.category;
    wc.count = qint64(c.count);
    wc.rate = rateText(t);
    wc.fingerprint = c.fingerprint;
    if (!c.locations.empty()) {
        wc.module = c.locations.front().file;
        wc.function = c.locations.front().function;
        wc.line = c.locations.front().line > 0 ? c.locations.front().line : -1;
    }
    return wc;
}

// What a cluster shown in full adds: how often, its templates, facts from its entries, why it
// was grouped and triaged so, and its evidence (`gathered` with GitHub, else `offline`).
ClusterFacts addDetails(worklog::WorklogCluster &wc, const LogStore &store,
                        const clustering::ClusterSet &set, int index,
                        const triage::TriagedCluster &t, const FactsContext &context,
                        const QString &service, const evidence::ClusterEvidence *gathered,
                        const QString &offline)
{
    const auto &c = set.clusters()[size_t(index)];
    wc.frequency = frequencyText(c, t);
    for (size_t k = 0; k < c.templates.size() && k < 3; ++k)
        wc.templates.append(
            {set.templates()[c.templates[k]].text, qint64(set.templates()[c.templates[k]].count)});
    const ClusterFacts f = clusterFacts(store, set, index, context);
    addFacts(wc, f, service);
    if (t.muted)
        wc.impact = QStringLiteral("Expected behaviour (muted). ") + wc.impact;
    QStringList trace;
    static const QRegularExpression decisions(QStringLiteral("\\n|; "));
    for (const QString &line : c.explanation.split(decisions, Qt::SkipEmptyParts))
        trace << QStringLiteral("Grouping: ") + line.trimmed();
    for (const QString &line : t.decision.explanation)
        trace << QStringLiteral("Triage: ") + line;
    wc.ruleTrace = trace.join(QLatin1Char('\n'));
    wc.evidence = gathered ? evidence::evidenceSections(*gathered, 0) : offline;
    return f;
}

} // namespace

worklog::WorklogData buildWorklog(const WorklogHeader &header, const LogStore &store,
                                  const LogSummary &summary, const clustering::ClusterSet &set,
                                  const std::vector<triage::TriagedCluster> &triage,
                                  const std::vector<evidence::ClusterEvidence> *evidence)
{
    worklog::WorklogData w = worklogHeader(header, store, summary);
    const QStringList evidenceText = evidence::offlineEvidenceSectionsForAll(store, set, 0);
    const worklog::WorklogWriterOptions writerOptions = pipelineWriterOptions();
    FactsContext context;
    context.project = w.project;
    context.service = w.service;
    context.maxSamples = header.samplesPerCluster;
    QList<QPair<int, ClusterFacts>> detailedFacts;
    const std::vector<int> order = clusterReadingOrder(set, triage);
    for (int index : order) {
        const auto &t = triage[size_t(index)];
        worklog::WorklogCluster wc =
            worklogCluster(set.clusters()[size_t(index)], t, int(w.clusters.size()) + 1);
        // Facts only for the clusters the worklog shows in full (they read entry JSON).
        const bool detailed = detailedFacts.size() < writerOptions.maxDetailed &&
                              t.decision.priority <= writerOptions.detailMaxPriority;
        if (detailed) {
            // Gathered with GitHub (suspect commits, owners) when the run had it, else offline.
            const bool full = evidence && size_t(index) < evidence->size() &&
                              !(*evidence)[size_t(index)].fingerprint.isEmpty();
            const ClusterFacts f =
                addDetails(wc, store, set, index, t, context, w.service,
                           full ? &(*evidence)[size_t(index)] : nullptr, evidenceText.value(index));
            detailedFacts.append({index, f});
        }
        w.clusters.append(std::move(wc));
    }
    w.summaryText = summaryText(w, order, set, triage, detailedFacts);
    w.nextSteps = nextSteps(w, order, triage);
    return w;
}

} // namespace gardener::pipeline
