#include "core/pipeline/clusterfacts.h"

#include "core/logs/logstore.h"
#include "core/redaction/redactor.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>

namespace gardener::pipeline {
namespace {

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QDateTime fromNs(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, QTimeZone::utc());
}

QString jsonString(const QString &s)
{
    // QJsonDocument quotes and escapes a string the way JSON wants it.
    const QByteArray doc =
        QJsonDocument(QJsonObject{{QStringLiteral("v"), s}}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(5, doc.size() - 6));
}

QString compactObject(const QList<QPair<QString, QJsonValue>> &fields)
{
    QStringList parts;
    for (const auto &[key, value] : fields) {
        if (value.isUndefined() || value.isNull() ||
            (value.isString() && value.toString().isEmpty()))
            continue;
        parts << jsonString(key) + QStringLiteral(": ") +
                     (value.isString() ? jsonString(value.toString())
                                       : QString::number(value.toDouble(), 'g', 12));
    }
    return QStringLiteral("{") + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// A request URL without host and query (queries carry ids and sometimes secrets).
QString pathOf(const QString &url)
{
    const QUrl u(url);
    return u.isValid() && !u.path().isEmpty() ? u.path() : url.section(QLatin1Char('?'), 0, 0);
}

// Splits a traceback into its last line (the exception, as the message) and the whole text.
void splitTrace(QString &message, QString &stackTrace)
{
    if (!message.contains(QLatin1Char('\n')))
        return;
    stackTrace = message.trimmed();
    const QStringList lines = stackTrace.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    message = lines.isEmpty() ? QString() : lines.last().trimmed();
}

TrimmedSample trimmedSample(const LogStore &store, quint64 entry)
{
    TrimmedSample s;
    s.entry = entry;
    s.revision = text(store.revision(entry));
    const StoredText storedTrace = store.trace(entry);
    const QString trace = text(storedTrace);
    s.trace = trace.section(QLatin1Char('/'), -1);
    const QJsonObject o = QJsonDocument::fromJson(store.rawJson(entry)).object();
    const QJsonObject payload = o.value(QLatin1String("jsonPayload")).toObject();
    QString message = payload.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = o.value(QLatin1String("textPayload")).toString();
    if (message.isEmpty())
        message = text(store.message(entry));
    splitTrace(message, s.stackTrace);

    QStringList lines;
    auto add = [&](const QString &key, const QString &valueJson) {
        lines << QStringLiteral("  ") + jsonString(key) + QStringLiteral(": ") + valueJson;
    };
    add(QStringLiteral("severity"), jsonString(text(severityName(store.severity(entry)))));
    add(QStringLiteral("timestamp"),
        jsonString(o.value(QLatin1String("timestamp"))
                       .toString(fromNs(store.timestampNs(entry)).toString(Qt::ISODateWithMs))));
    if (!message.isEmpty())
        add(QStringLiteral("message"), jsonString(message));
    const QJsonObject labels = payload.value(QLatin1String("labels")).toObject();
    if (!labels.isEmpty()) {
        add(QStringLiteral("labels"),
            compactObject({{QStringLiteral("function"), labels.value(QLatin1String("function"))},
                           {QStringLiteral("line"), labels.value(QLatin1String("line"))},
                           {QStringLiteral("module"), labels.value(QLatin1String("module"))}}));
    } else if (const QJsonObject loc = o.value(QLatin1String("sourceLocation")).toObject();
               !loc.isEmpty()) {
        add(QStringLiteral("sourceLocation"),
            compactObject({{QStringLiteral("file"), loc.value(QLatin1String("file"))},
                           {QStringLiteral("line"), loc.value(QLatin1String("line"))},
                           {QStringLiteral("function"), loc.value(QLatin1String("function"))}}));
    }
    const QJsonObject http = o.value(QLatin1String("httpRequest")).toObject();
    if (!http.isEmpty()) {
        add(QStringLiteral("httpRequest"),
            compactObject(
                {{QStringLiteral("requestMethod"), http.value(QLatin1String("requestMethod"))},
                 {QStringLiteral("requestUrl"),
                  pathOf(http.value(QLatin1String("requestUrl")).toString())},
                 {QStringLiteral("status"), http.value(QLatin1String("status"))},
                 {QStringLiteral("latency"), http.value(QLatin1String("latency"))},
                 {QStringLiteral("userAgent"), http.value(QLatin1String("userAgent"))}}));
    }
    s.json = QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QStringLiteral("\n}");
    return s;
}

// Templates in the order their samples are worth reading: most severe, not a request log,
// then most frequent.
std::vector<quint32> sampleOrder(const clustering::ClusterSet &set,
                                 const clustering::IssueCluster &c)
{
    std::vector<quint32> order(c.templates.begin(), c.templates.end());
    auto maxSev = [&](quint32 t) {
        for (int s = SeverityCount - 1; s >= 0; --s) {
            if (set.templates()[t].severities[size_t(s)] > 0)
                return s;
        }
        return 0;
    };
    static const QRegularExpression request(
        QStringLiteral("^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /"));
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const bool ra = request.match(set.templates()[a].text).hasMatch();
        const bool rb = request.match(set.templates()[b].text).hasMatch();
        if (ra != rb)
            return !ra;
        if (maxSev(a) != maxSev(b))
            return maxSev(a) > maxSev(b);
        return set.templates()[a].count > set.templates()[b].count;
    });
    return order;
}

// The literal a console query searches for, from the first template worth reading.
QString safeLiteral(const clustering::ClusterSet &set, const std::vector<quint32> &order)
{
    if (order.empty())
        return QString();
    // The console link leaves the machine in drafts and worklogs: a literal that holds a
    // secret stays out of the query (the link still selects the service and window).
    static const redaction::Redactor redactor; // safe to share between threads
    // Judged on the whole template too: a cut literal ("//0gFAKE…" without its "1") no
    // longer looks like the token it came from.
    const QString &templateText = set.templates()[order.front()].text;
    const QString literal = templateLiteral(templateText);
    return redactor.clean(templateText) && redactor.clean(literal) ? literal : QString();
}

void findBurst(const clustering::IssueCluster &c, ClusterFacts &f)
{
    if (c.buckets.size() < 4 || c.bucketSizeNs <= 0 || c.count < 10)
        return;
    const auto peak = std::max_element(c.buckets.begin(), c.buckets.end());
    const double average = double(c.count) / double(c.buckets.size());
    if (*peak < 5 || *peak < 4 * average)
        return;
    size_t from = size_t(peak - c.buckets.begin()), to = from;
    while (from > 0 && c.buckets[from - 1] * 2 >= *peak)
        --from;
    while (to + 1 < c.buckets.size() && c.buckets[to + 1] * 2 >= *peak)
        ++to;
    quint64 entries = 0;
    for (size_t i = from; i <= to; ++i)
        entries += c.buckets[i];
    f.burstStart = fromNs(c.bucketStartNs + qint64(from) * c.bucketSizeNs);
    f.burstEnd = fromNs(c.bucketStartNs + qint64(to + 1) * c.bucketSizeNs);
    f.burstEntries = entries;
    f.burstFactor = double(entries) / double(to - from + 1) / average;
}

// Impact from what the entries show: answers with 5xx, restarts, dropped messages.
void findImpact(const LogStore &store, const std::vector<quint64> &entries, ClusterFacts &f,
                const FactsContext &context)
{
    QHash<int, quint64> statuses;
    QHash<QString, quint64> routes;
    quint64 restarts = 0, dropped = 0, terminated = 0, errors = 0;
    QSet<QString> instances;
    int scanned = 0;
    for (quint64 e : entries) {
        const int status = store.httpStatus(e);
        if (status >= 500) {
            ++statuses[status];
            // "POST /api/v1/threads/thread_7b47…/messages": ids in the path become ":id", so
            // the requests of one route count together.
            static const QRegularExpression idSegment(
                QStringLiteral("/[^/\\s]*\\d[^/\\s]*\\d[^/\\s]*"));
            QString route = text(store.message(e))
                                .section(QLatin1Char(' '), 0, 1)
                                .section(QLatin1Char('?'), 0, 0);
            route.replace(idSegment, QStringLiteral("/:id"));
            routes[route]++;
        }
        const std::string_view m = store.message(e);
        if (m.find("restart") != std::string_view::npos)
            ++restarts;
        if (m.find("terminated") != std::string_view::npos)
            ++terminated;
        if (m.find("Dropped") != std::string_view::npos ||
            m.find("dropped") != std::string_view::npos)
            ++dropped;
        if (store.severity(e) >= Severity::Error)
            ++errors;
        if (scanned < context.maxInstanceScan) {
            ++scanned;
            const QJsonObject o = QJsonDocument::fromJson(store.rawJson(e)).object();
            const QString id = o.value(QLatin1String("labels"))
                                   .toObject()
                                   .value(QLatin1String("instanceId"))
                                   .toString();
            if (!id.isEmpty())
                instances.insert(id);
        }
    }
    f.instances = quint64(instances.size());
    f.instancesCapped = entries.size() > size_t(scanned);
    QStringList parts;
    quint64 fivexx = 0;
    int topStatus = 0;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        fivexx += it.value();
        if (topStatus == 0 || it.value() > statuses.value(topStatus))
            topStatus = it.key();
    }
    if (fivexx > 0) {
        QString route;
        for (auto it = routes.cbegin(); it != routes.cend(); ++it) {
            if (route.isEmpty() || it.value() > routes.value(route))
                route = it.key();
        }
        const bool health = route.contains(QLatin1String("/health"));
        parts << QStringLiteral("%1 requests answered HTTP %2 on %3%4")
                     .arg(fivexx)
                     .arg(topStatus)
                     .arg(route, health ? QStringLiteral(" (health checks)")
                                        : QStringLiteral(" (a user path)"));
    }
    if (restarts > 0)
        parts << QStringLiteral("%1 instance restarts announced").arg(restarts);
    if (terminated > 0)
        parts << QStringLiteral("%1 containers terminated").arg(terminated);
    if (dropped > 0)
        parts << QStringLiteral("%1 messages dropped").arg(dropped);
    if (parts.isEmpty())
        f.impact =
            errors > 0
                ? QStringLiteral("%1 errors; the entries show no failed request or restart.")
                      .arg(errors)
                : QStringLiteral("Warnings only; the entries show no failed request or restart.");
    else
        f.impact = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

void findRevisions(const LogStore &store, const clustering::IssueCluster &c, ClusterFacts &f)
{
    for (const auto &r : c.revisions)
        f.revisions.append({r.name, r.count});
    // When each revision first logged anything: a cluster that starts within minutes of a
    // later deploy started with it.
    QHash<quint32, qint64> firstOf;
    for (size_t e = 0; e < store.size(); ++e) {
        const quint32 id = store.revisionId(e);
        const qint64 t = store.timestampNs(e);
        auto it = firstOf.find(id);
        if (it == firstOf.end())
            firstOf.insert(id, t);
        else if (t < *it)
            *it = t;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (qint64 t : std::as_const(firstOf))
        earliest = std::min(earliest, t);
    // Of the deploys in the window before the cluster began, the last one is what it started
    // with; equal times fall to the smaller name, so the answer never depends on hash order.
    constexpr qint64 window = 15LL * 60 * 1'000'000'000;
    qint64 bestAt = 0;
    for (auto it = firstOf.cbegin(); it != firstOf.cend(); ++it) {
        const qint64 at = it.value();
        if (at == earliest || c.firstSeenNs < at || c.firstSeenNs - at > window)
            continue;
        const QString name = text(store.pool().at(it.key()));
        if (f.startedWithRevision.isEmpty() || at > bestAt ||
            (at == bestAt && name < f.startedWithRevision)) {
            bestAt = at;
            f.startedWithRevision = name;
        }
    }
}

} // namespace

QString templateLiteral(const QString &templateText)
{
    static const QRegularExpression placeholder(QStringLiteral("<[A-Za-z_*]{1,12}>"));
    QString best;
    for (const QString &part : templateText.split(placeholder)) {
        // Quotes and brackets around a placeholder are not part of the message's words.
        QString t = part.trimmed();
        static const QRegularExpression edges(
            QStringLiteral("^[\\s'\"(\\[:,=]+|[\\s'\"(\\[:,=]+$"));
        t.remove(edges);
        if (t.size() > best.size())
            best = t;
    }
    return best.left(120);
}

QString logsQueryUrl(const QString &project, const QString &service, const QString &text,
                     const QDateTime &start, const QDateTime &end)
{
    QStringList query;
    query << QStringLiteral("resource.type=\"cloud_run_revision\"");
    if (!service.isEmpty())
        query << QStringLiteral("resource.labels.service_name=\"%1\"").arg(service);
    if (!text.isEmpty())
        query << QLatin1Char('"') +
                     QString(text).replace(QLatin1Char('"'), QStringLiteral("\\\"")) +
                     QLatin1Char('"');
    // The console keeps its parameters after ';' in the path, percent-encoded.
    QString url = QStringLiteral("https://console.cloud.google.com/logs/query;query=") +
                  QString::fromLatin1(QUrl::toPercentEncoding(query.join(QLatin1Char('\n'))));
    // An absolute window is "timeRange=START/END" (ISO 8601, the slash encoded), as the console
    // writes it when a custom range is shared; the end is widened by a second so the last
    // entry (with sub-second time) is inside.
    if (start.isValid() && end.isValid())
        url += QStringLiteral(";timeRange=") +
               QString::fromLatin1(
                   QUrl::toPercentEncoding(start.toUTC().toString(Qt::ISODate) + QLatin1Char('/') +
                                               end.toUTC().addSecs(1).toString(Qt::ISODate),
                                           ":"));
    if (!project.isEmpty())
        url += QStringLiteral("?project=") + QString::fromLatin1(QUrl::toPercentEncoding(project));
    return url;
}

QString clusterLogsUrl(const LogStore &store, const clustering::ClusterSet &set, int cluster)
{
    if (cluster < 0 || size_t(cluster) >= set.clusters().size())
        return QString();
    const auto &c = set.clusters()[size_t(cluster)];
    QString project;
    for (const auto &s : c.samples) {
        if (s.entry < store.size() && project.isEmpty())
            project = text(store.project(size_t(s.entry)));
    }
    const QString service = c.services.empty() ? QString() : c.services.front().name;
    return logsQueryUrl(project, service, safeLiteral(set, sampleOrder(set, c)),
                        fromNs(c.firstSeenNs), fromNs(c.lastSeenNs));
}

QString entryTraceUrl(const LogStore &store, size_t entry)
{
    if (entry >= store.size())
        return QString();
    // "projects/P/traces/ID": the trace's own project, else the entry's.
    const StoredText storedTrace = store.trace(entry);
    const QString trace = text(storedTrace);
    const QString project = trace.startsWith(QLatin1String("projects/"))
                                ? trace.section(QLatin1Char('/'), 1, 1)
                                : text(store.project(entry));
    return traceUrl(project, trace.section(QLatin1Char('/'), -1));
}

QString traceUrl(const QString &project, const QString &traceId)
{
    if (traceId.isEmpty())
        return QString();
    QString url = QStringLiteral("https://console.cloud.google.com/traces/list?tid=") +
                  QString::fromLatin1(QUrl::toPercentEncoding(traceId));
    if (!project.isEmpty())
        url += QStringLiteral("&project=") + QString::fromLatin1(QUrl::toPercentEncoding(project));
    return url;
}

QString timeWindow(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid())
        return QString();
    const QDateTime a = start.toUTC(), b = end.toUTC();
    if (a.date() == b.date())
        return a.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("–") +
               b.toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC");
    return a.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" – ") +
           b.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

ClusterFacts clusterFacts(const LogStore &store, const clustering::ClusterSet &set, int cluster,
                          const FactsContext &context)
{
    const auto &c = set.clusters()[size_t(cluster)];
    ClusterFacts f;
    f.first = fromNs(c.firstSeenNs);
    f.last = fromNs(c.lastSeenNs);
    f.users = c.distinctValues[size_t(clustering::CountedValue::User)];
    findBurst(c, f);
    findRevisions(store, c, f);
    const std::vector<quint64> entries = set.entriesOfCluster(quint32(cluster));
    findImpact(store, entries, f, context);

    const std::vector<quint32> order = sampleOrder(set, c);
    for (quint32 t : order) {
        if (f.samples.size() >= context.maxSamples)
            break;
        for (const auto &s : c.samples) {
            if (s.entry < store.size() && set.templateOfEntry(s.entry) == t) {
                f.samples.append(trimmedSample(store, s.entry));
                break;
            }
        }
    }
    QString project = context.project, service = context.service;
    if (!entries.empty()) {
        if (project.isEmpty())
            project = text(store.project(entries.front()));
        if (service.isEmpty())
            service = text(store.service(entries.front()));
    }
    f.literal = safeLiteral(set, order);
    f.logsUrl = logsQueryUrl(project, service, f.literal, f.first, f.last);
    for (const TrimmedSample &s : std::as_const(f.samples)) {
        if (!s.trace.isEmpty()) {
            f.traceUrl = traceUrl(project, s.trace);
            break;
        }
    }
    return f;
}

} // namespace gardener::pipeline
