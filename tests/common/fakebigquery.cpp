#include "tests/common/fakebigquery.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace gardener::test {
namespace {

constexpr qint64 MinBilled = 10 * 1024 * 1024; // BigQuery bills at least 10 MiB per query

QString projectOf(const HttpRequest &r)
{
    return r.captures.value(1);
}

qint64 int64Field(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}

qint64 billedFor(qint64 processed)
{
    const qint64 mib = 1024 * 1024;
    return std::max(MinBilled, (processed + mib - 1) / mib * mib);
}

QString pageToken(qint64 offset)
{
    const QByteArray raw = QByteArray("BQ") + QByteArray::number(offset);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
}

qint64 offsetOf(const QString &token)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    bool ok = false;
    const qint64 offset = raw.startsWith("BQ") ? raw.mid(2).toLongLong(&ok) : -1;
    return ok ? offset : -1;
}

} // namespace

FakeBigQuery::FakeBigQuery(QObject *parent) : QObject(parent)
{
    const QString p = QStringLiteral("/bigquery/v2/projects/([^/]+)");
    auto route = [this](const QByteArray &method, const QString &path,
                        HttpResponse (FakeBigQuery::*handler)(const HttpRequest &)) {
        m_server.addRoute(method, path, [this, handler](const HttpRequest &r) {
            if (auto answer = gate(r))
                return *answer;
            return (this->*handler)(r);
        });
    };
    route("POST", p + QStringLiteral("/queries"), &FakeBigQuery::query);
    route("GET", p + QStringLiteral("/queries/([^/]+)"), &FakeBigQuery::results);
    route("POST", p + QStringLiteral("/jobs"), &FakeBigQuery::insert);
    route("GET", p + QStringLiteral("/jobs/([^/]+)"), &FakeBigQuery::getJob);
    route("POST", p + QStringLiteral("/jobs/([^/]+)/cancel"), &FakeBigQuery::cancel);
    route("GET", QStringLiteral("/v2/projects/([^/]+)/locations/-/buckets/-/links"),
          &FakeBigQuery::links);
}

HttpResponse FakeBigQuery::error(int code, const QString &reason, const QString &message)
{
    static const QHash<int, QString> status{
        {400, QStringLiteral("INVALID_ARGUMENT")},  {401, QStringLiteral("UNAUTHENTICATED")},
        {403, QStringLiteral("PERMISSION_DENIED")}, {404, QStringLiteral("NOT_FOUND")},
        {409, QStringLiteral("ALREADY_EXISTS")},    {429, QStringLiteral("RESOURCE_EXHAUSTED")},
        {500, QStringLiteral("INTERNAL")},          {503, QStringLiteral("UNAVAILABLE")}};
    const QJsonObject body{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("errors"),
                      QJsonArray{QJsonObject{{QStringLiteral("message"), message},
                                             {QStringLiteral("domain"), QStringLiteral("global")},
                                             {QStringLiteral("reason"), reason}}}},
                     {QStringLiteral("status"), status.value(code, QStringLiteral("UNKNOWN"))}}}};
    return HttpResponse::json(code, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString FakeBigQuery::timestampText(qint64 micros, bool int64)
{
    if (int64 || micros <= 0)
        return QString::number(micros);
    // BigQuery's float seconds: Java's Double.toString, e.g. "1.710416400123456E9".
    const QString secs = QString::number(micros / 1'000'000);
    QString digits = secs + QStringLiteral("%1").arg(micros % 1'000'000, 6, 10, QLatin1Char('0'));
    while (digits.size() > 2 && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    const QString rest = digits.mid(1);
    return digits.left(1) + QLatin1Char('.') + (rest.isEmpty() ? QStringLiteral("0") : rest) +
           QLatin1Char('E') + QString::number(secs.size() - 1);
}

std::optional<HttpResponse> FakeBigQuery::gate(const HttpRequest &request)
{
    if (m_fault)
        if (auto answer = m_fault(request))
            return answer;
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || auth.size() <= 7)
        return error(401, QStringLiteral("unauthorized"),
                     QStringLiteral("Request is missing required authentication credential. "
                                    "Expected OAuth 2 access token."));
    return std::nullopt;
}

std::variant<FakeBigQuery::Job *, HttpResponse> FakeBigQuery::start(const QString &project,
                                                                    const QJsonObject &config,
                                                                    bool fromQueryCall,
                                                                    const QString &requestedId)
{
    if (!requestedId.isEmpty() && m_jobs.count(requestedId))
        return error(409, QStringLiteral("duplicate"),
                     QStringLiteral("Already Exists: Job %1:US.%2").arg(project, requestedId));
    if (m_denied)
        return error(
            403, QStringLiteral("accessDenied"),
            QStringLiteral("Access Denied: Project %1: User does not have bigquery.jobs.create "
                           "permission in project %1.")
                .arg(project));
    const QString sql = config.value(QLatin1String("query")).toString();
    if (sql.trimmed().isEmpty())
        return error(400, QStringLiteral("invalid"),
                     QStringLiteral("Required parameter is missing: query"));
    // jobs.query defaults to legacy SQL, which cannot read `project.dataset._AllLogs`.
    const QJsonValue legacy = config.value(QLatin1String("useLegacySql"));
    if (!legacy.isBool() || legacy.toBool())
        return error(400, QStringLiteral("invalidQuery"),
                     QStringLiteral("Invalid table name: `%1._AllLogs` [Try using standard SQL "
                                    "(https://cloud.google.com/bigquery/docs/reference/"
                                    "standard-sql/enabling-standard-sql)].")
                         .arg(m_engine.dataset()));
    const bool dryRun = config.value(QLatin1String("dryRun")).toBool();
    auto outcome =
        m_engine.run(sql, config.value(QLatin1String("queryParameters")).toArray(), dryRun);
    Job job;
    job.project = project;
    job.request = config;
    job.dryRun = dryRun;
    job.created = QDateTime::currentMSecsSinceEpoch();
    if (auto *e = std::get_if<BqError>(&outcome)) {
        if (fromQueryCall)
            return error(e->httpStatus, e->reason, e->message);
        job.failure = *e;
    } else {
        job.result = std::get<BqResult>(std::move(outcome));
        job.billed = dryRun ? 0 : billedFor(job.result->bytesProcessed);
        const qint64 cap = int64Field(config.value(QLatin1String("maximumBytesBilled")));
        if (!dryRun && cap > 0 && job.billed > cap) {
            const QString message =
                QStringLiteral("Query exceeded limit for bytes billed: %1. %2 or higher required.")
                    .arg(cap)
                    .arg(job.billed);
            if (fromQueryCall)
                return error(400, QStringLiteral("bytesBilledLimitExceeded"), message);
            job.failure = BqError{400, QStringLiteral("bytesBilledLimitExceeded"), message};
            job.result.reset();
        }
    }
    if (dryRun && fromQueryCall) {
        m_jobs[QString()] = std::move(job); // dry runs create no job; keep it for inspection
        return &m_jobs[QString()];
    }
    job.id = requestedId.isEmpty()
                 ? QStringLiteral("job_") + QUuid::createUuid().toString(QUuid::Id128).left(20)
                 : requestedId;
    if (!job.failure && !dryRun) {
        job.pendingPolls = m_pendingPolls;
        if (!m_failReason.isEmpty()) {
            job.failure = BqError{400, m_failReason, m_failMessage};
            job.pendingPolls = std::max(1, m_pendingPolls);
            m_failReason.clear();
        }
    }
    m_order << job.id;
    const QString id = job.id;
    m_jobs[id] = std::move(job);
    return &m_jobs[id];
}

QJsonObject FakeBigQuery::reference(const Job &job) const
{
    QJsonObject ref{{QStringLiteral("projectId"), job.project},
                    {QStringLiteral("location"), QStringLiteral("US")}};
    if (!job.id.isEmpty())
        ref.insert(QStringLiteral("jobId"), job.id);
    return ref;
}

QJsonObject FakeBigQuery::page(const Job &job, qint64 start, int maxRows,
                               bool int64Timestamps) const
{
    QJsonObject out{{QStringLiteral("jobReference"), reference(job)},
                    {QStringLiteral("jobComplete"), true},
                    {QStringLiteral("cacheHit"), false}};
    const BqResult &r = *job.result;
    QJsonArray fields;
    for (const BqField &f : r.schema)
        fields.append(
            QJsonObject{{QStringLiteral("name"), f.name},
                        {QStringLiteral("type"), f.type},
                        {QStringLiteral("mode"),
                         f.repeated ? QStringLiteral("REPEATED") : QStringLiteral("NULLABLE")}});
    out.insert(QStringLiteral("schema"), QJsonObject{{QStringLiteral("fields"), fields}});
    out.insert(QStringLiteral("totalBytesProcessed"), QString::number(r.bytesProcessed));
    if (job.dryRun)
        return out;
    out.insert(QStringLiteral("totalRows"), QString::number(r.rows.size()));
    const qint64 total = qint64(r.rows.size());
    const qint64 end = std::min(total, start + std::max(1, maxRows));
    QJsonArray rows;
    for (qint64 i = start; i < end; ++i) {
        QJsonArray cells;
        for (size_t c = 0; c < r.schema.size(); ++c) {
            const QVariant &v = r.rows[size_t(i)][c];
            const BqField &f = r.schema[c];
            if (f.repeated) {
                QJsonArray items;
                for (const QString &s : v.toStringList())
                    items.append(QJsonObject{{QStringLiteral("v"), s}});
                cells.append(QJsonObject{{QStringLiteral("v"), items}});
            } else if (v.isNull()) {
                cells.append(QJsonObject{{QStringLiteral("v"), QJsonValue::Null}});
            } else if (f.type == QLatin1String("TIMESTAMP")) {
                cells.append(QJsonObject{
                    {QStringLiteral("v"), timestampText(v.toLongLong(), int64Timestamps)}});
            } else {
                cells.append(QJsonObject{{QStringLiteral("v"), v.toString()}});
            }
        }
        rows.append(QJsonObject{{QStringLiteral("f"), cells}});
    }
    if (start < total)
        out.insert(QStringLiteral("rows"), rows);
    if (end < total)
        out.insert(QStringLiteral("pageToken"), pageToken(end));
    return out;
}

HttpResponse FakeBigQuery::query(const HttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    auto started = start(projectOf(request), body, true, {});
    if (auto *answer = std::get_if<HttpResponse>(&started))
        return *answer;
    Job &job = *std::get<Job *>(started);
    QJsonObject out;
    if (job.pendingPolls > 0) {
        --job.pendingPolls;
        out = QJsonObject{{QStringLiteral("jobReference"), reference(job)},
                          {QStringLiteral("jobComplete"), false}};
    } else {
        const bool int64 = body.value(QLatin1String("formatOptions"))
                               .toObject()
                               .value(QLatin1String("useInt64Timestamp"))
                               .toBool();
        const int max = body.contains(QLatin1String("maxResults"))
                            ? int(int64Field(body.value(QLatin1String("maxResults"))))
                            : m_pageRows;
        out = page(job, 0, std::min(max, m_pageRows), int64);
    }
    out.insert(QStringLiteral("kind"), QStringLiteral("bigquery#queryResponse"));
    return HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

HttpResponse FakeBigQuery::results(const HttpRequest &request)
{
    auto it = m_jobs.find(request.captures.value(2));
    if (it == m_jobs.end() || it->first.isEmpty() || it->second.project != projectOf(request))
        return error(404, QStringLiteral("notFound"),
                     QStringLiteral("Not found: Job %1:US.%2")
                         .arg(projectOf(request), request.captures.value(2)));
    Job &job = it->second;
    if (job.pendingPolls > 0) {
        --job.pendingPolls;
        const QJsonObject out{
            {QStringLiteral("kind"), QStringLiteral("bigquery#getQueryResultsResponse")},
            {QStringLiteral("jobReference"), reference(job)},
            {QStringLiteral("jobComplete"), false}};
        HttpResponse r = HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
        r.delayMs = std::min(20, request.queryValue(QStringLiteral("timeoutMs")).toInt());
        return r;
    }
    if (job.failure)
        return error(job.failure->httpStatus, job.failure->reason, job.failure->message);
    qint64 offset = 0;
    if (const QString token = request.queryValue(QStringLiteral("pageToken")); !token.isEmpty()) {
        offset = offsetOf(token);
        if (offset < 0)
            return error(400, QStringLiteral("invalid"),
                         QStringLiteral("Invalid page token: %1").arg(token));
    }
    if (const QString startIndex = request.queryValue(QStringLiteral("startIndex"));
        !startIndex.isEmpty())
        offset = startIndex.toLongLong();
    const QString max = request.queryValue(QStringLiteral("maxResults"));
    const int rows = max.isEmpty() ? m_pageRows : std::min(m_pageRows, max.toInt());
    const bool int64 = request.queryValue(QStringLiteral("formatOptions.useInt64Timestamp")) ==
                       QLatin1String("true");
    QJsonObject out = page(job, offset, rows, int64);
    out.insert(QStringLiteral("kind"), QStringLiteral("bigquery#getQueryResultsResponse"));
    out.insert(QStringLiteral("etag"), QStringLiteral("\"%1\"").arg(job.id));
    return HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QJsonObject FakeBigQuery::jobResource(const Job &job) const
{
    const bool done = job.pendingPolls == 0 || job.cancelled;
    QJsonObject status{
        {QStringLiteral("state"), done ? QStringLiteral("DONE") : QStringLiteral("RUNNING")}};
    if (done && job.failure) {
        const QJsonObject e{{QStringLiteral("reason"), job.failure->reason},
                            {QStringLiteral("message"), job.failure->message}};
        status.insert(QStringLiteral("errorResult"), e);
        status.insert(QStringLiteral("errors"), QJsonArray{e});
    }
    QJsonObject stats{{QStringLiteral("creationTime"), QString::number(job.created)}};
    if (job.result) {
        const QString processed = QString::number(job.result->bytesProcessed);
        stats.insert(QStringLiteral("totalBytesProcessed"), processed);
        stats.insert(QStringLiteral("query"),
                     QJsonObject{{QStringLiteral("totalBytesProcessed"), processed},
                                 {QStringLiteral("totalBytesBilled"), QString::number(job.billed)},
                                 {QStringLiteral("statementType"), QStringLiteral("SELECT")}});
    }
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("bigquery#job")},
        {QStringLiteral("id"), QString(job.project + QStringLiteral(":US.") + job.id)},
        {QStringLiteral("jobReference"), reference(job)},
        {QStringLiteral("configuration"), QJsonObject{{QStringLiteral("query"), job.request},
                                                      {QStringLiteral("dryRun"), job.dryRun}}},
        {QStringLiteral("status"), status},
        {QStringLiteral("statistics"), stats}};
}

HttpResponse FakeBigQuery::insert(const HttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject configuration = body.value(QLatin1String("configuration")).toObject();
    QJsonObject config = configuration.value(QLatin1String("query")).toObject();
    if (config.isEmpty())
        return error(400, QStringLiteral("invalid"),
                     QStringLiteral("Only query jobs are served here"));
    config.insert(QStringLiteral("dryRun"), configuration.value(QLatin1String("dryRun")).toBool());
    config.insert(QStringLiteral("labels"), configuration.value(QLatin1String("labels")));
    const QString id = body.value(QLatin1String("jobReference"))
                           .toObject()
                           .value(QLatin1String("jobId"))
                           .toString();
    auto started = start(projectOf(request), config, false, id);
    if (auto *answer = std::get_if<HttpResponse>(&started))
        return *answer;
    return HttpResponse::json(
        200, QJsonDocument(jobResource(*std::get<Job *>(started))).toJson(QJsonDocument::Compact));
}

HttpResponse FakeBigQuery::getJob(const HttpRequest &request)
{
    auto it = m_jobs.find(request.captures.value(2));
    if (it == m_jobs.end() || it->first.isEmpty())
        return error(404, QStringLiteral("notFound"),
                     QStringLiteral("Not found: Job %1:US.%2")
                         .arg(projectOf(request), request.captures.value(2)));
    return HttpResponse::json(
        200, QJsonDocument(jobResource(it->second)).toJson(QJsonDocument::Compact));
}

HttpResponse FakeBigQuery::cancel(const HttpRequest &request)
{
    auto it = m_jobs.find(request.captures.value(2));
    if (it == m_jobs.end() || it->first.isEmpty())
        return error(404, QStringLiteral("notFound"),
                     QStringLiteral("Not found: Job %1:US.%2")
                         .arg(projectOf(request), request.captures.value(2)));
    Job &job = it->second;
    if (job.pendingPolls > 0) { // a finished job stays as it was, as in BigQuery
        job.cancelled = true;
        job.pendingPolls = 0;
        job.failure =
            BqError{400, QStringLiteral("stopped"),
                    QStringLiteral("Job execution was cancelled: User requested cancellation")};
    }
    const QJsonObject out{{QStringLiteral("kind"), QStringLiteral("bigquery#jobCancelResponse")},
                          {QStringLiteral("job"), jobResource(job)}};
    return HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

HttpResponse FakeBigQuery::links(const HttpRequest &)
{
    QJsonObject out;
    out.insert(QStringLiteral("links"), m_links);
    return HttpResponse::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QJsonObject FakeBigQuery::jobRequest(const QString &jobId) const
{
    auto it = m_jobs.find(jobId);
    return it == m_jobs.end() ? QJsonObject() : it->second.request;
}

bool FakeBigQuery::jobCancelled(const QString &jobId) const
{
    auto it = m_jobs.find(jobId);
    return it != m_jobs.end() && it->second.cancelled;
}

} // namespace gardener::test
