#include "core/gcp/bigqueryclient.h"

#include "core/gcp/credentials.h"
#include "core/gcp/googlerequest.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <cmath>
#include <memory>

Q_LOGGING_CATEGORY(lcBigQuery, "gardener.bigquery")

namespace gardener::gcp {

QUrl defaultBigQueryEndpoint()
{
    return QUrl(QStringLiteral("https://bigquery.googleapis.com"));
}

QString bigQueryReadScope()
{
    return cloudReadScopes();
}

qint64 billedBytesFor(qint64 bytesProcessed)
{
    constexpr qint64 MiB = 1024 * 1024;
    return std::max<qint64>(10 * MiB, (bytesProcessed + MiB - 1) / MiB * MiB);
}

double estimatedCostUsd(qint64 bytesBilled)
{
    return double(bytesBilled) / double(1LL << 40) * BigQueryUsdPerTiB;
}

QString formatBytes(qint64 bytes)
{
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024 && u < 5) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

Result<void> checkApiEndpoint(const QUrl &endpoint, const QString &what)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return fail(QStringLiteral("%1 is not a URL: '%2'").arg(what, endpoint.toString()));
    if (endpoint.scheme() == QLatin1String("https"))
        return {};
    const QHostAddress host(endpoint.host());
    const bool loopback =
        endpoint.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (endpoint.scheme() == QLatin1String("http") && loopback)
        return {};
    return fail(QStringLiteral("%1 must use https (plain http only to a loopback address): '%2'")
                    .arg(what, endpoint.toString()));
}

namespace {

struct GoogleError
{
    QString status, reason, message;
};

GoogleError parseError(const QByteArray &body)
{
    const QJsonObject e =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QJsonObject first = e.value(QLatin1String("errors")).toArray().first().toObject();
    return {e.value(QLatin1String("status")).toString(),
            first.value(QLatin1String("reason")).toString(),
            e.value(QLatin1String("message")).toString()};
}

bool retriableReason(const QString &reason)
{
    return reason == QLatin1String("rateLimitExceeded") ||
           reason == QLatin1String("backendError") || reason == QLatin1String("internalError");
}

qint64 int64Of(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}

// TIMESTAMP cells: microseconds with useInt64Timestamp, else float seconds ("1.7E9").
qint64 timestampOf(const QString &text)
{
    bool ok = false;
    const qint64 micros = text.toLongLong(&ok);
    if (ok)
        return micros;
    return qint64(std::llround(text.toDouble() * 1e6));
}

QVariant cellValue(const QJsonValue &v, const BigQueryField &f)
{
    const QJsonValue value = v.toObject().value(QLatin1String("v"));
    if (value.isNull() || value.isUndefined())
        return {};
    if (f.repeated) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toObject().value(QLatin1String("v")).toString();
        return items;
    }
    const QString text = value.toString();
    if (f.type == QLatin1String("TIMESTAMP"))
        return timestampOf(text);
    if (f.type == QLatin1String("INTEGER") || f.type == QLatin1String("INT64"))
        return text.toLongLong();
    return text;
}

} // namespace

QString BigQueryClient::describeError(int status, const QByteArray &body, const QString &project)
{
    const GoogleError e = parseError(body);
    QString text = QString::number(status);
    if (!e.reason.isEmpty())
        text += QLatin1Char(' ') + e.reason;
    else if (!e.status.isEmpty())
        text += QLatin1Char(' ') + e.status;
    if (!e.message.isEmpty())
        text += QStringLiteral(": ") + e.message;
    if (e.reason == QLatin1String("accessDenied") &&
        e.message.contains(QLatin1String("bigquery.jobs.create")))
        text +=
            QStringLiteral(" Grant the account the role %1 (BigQuery Job User) in project %2, and "
                           "roles/bigquery.dataViewer on the linked dataset.")
                .arg(QLatin1String(BigQueryJobUserRole), project);
    else if (e.reason == QLatin1String("accessDenied") &&
             (e.message.contains(QLatin1String("bigquery.tables.getData")) ||
              e.message.contains(QLatin1String("permission to query table"))))
        text +=
            QStringLiteral(" Grant the account roles/bigquery.dataViewer on the linked dataset.");
    else if (e.status == QLatin1String("PERMISSION_DENIED") &&
             e.message.contains(QLatin1String("scopes"), Qt::CaseInsensitive))
        text += QStringLiteral(" The sign-in lacks the cloud-platform.read-only scope: use "
                               "gcloud's Application Default "
                               "Credentials or a service-account key (a browser sign-in for "
                               "downloads only has logging.read).");
    else if (e.reason == QLatin1String("bytesBilledLimitExceeded"))
        text += QStringLiteral(" Raise the cap (--max-bytes-billed) or shorten the window.");
    return text;
}

BigQueryClient::BigQueryClient(QNetworkAccessManager *network, TokenSource tokens, QObject *parent)
    : QObject(parent), m_network(network), m_tokens(std::move(tokens)), m_wait(new QTimer(this))
{
    m_wait->setSingleShot(true);
    connect(m_wait, &QTimer::timeout, this, &BigQueryClient::next);
}

BigQueryClient::~BigQueryClient()
{
    abandonReply(m_reply, this);
}

void BigQueryClient::start(const BigQueryRequest &request)
{
    if (m_running)
        return;
    m_request = request;
    m_request.labels.insert(QStringLiteral("app"), QStringLiteral("log-gardener"));
    m_data = {};
    m_progress = {};
    m_step = Step::Query;
    m_pageToken.clear();
    m_failures = 0;
    m_refreshed = false;
    m_running = true;
    if (auto ok = checkApiEndpoint(m_request.endpoint, QStringLiteral("The BigQuery endpoint"));
        !ok) {
        end(tl::unexpected(ok.error()));
        return;
    }
    if (m_request.project.isEmpty()) {
        end(fail(QStringLiteral("No Google Cloud project given for the BigQuery job.")));
        return;
    }
    next();
}

void BigQueryClient::cancel()
{
    if (!m_running || m_step == Step::Cancel)
        return;
    if (m_data.jobId.isEmpty() || m_step == Step::Stats) {
        end(fail(QStringLiteral("Cancelled.")));
        return;
    }
    // Stop what is in flight and tell BigQuery, so the job stops scanning (and billing).
    abandonReply(m_reply, this);
    m_wait->stop();
    m_step = Step::Cancel;
    m_failures = 0;
    next();
}

QUrl BigQueryClient::url(const QString &path) const
{
    QUrl u = m_request.endpoint;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + QStringLiteral("/bigquery/v2/projects/") + m_request.project + path);
    return u;
}

void BigQueryClient::next()
{
    if (!m_running)
        return;
    withAccessToken(
        m_tokens, std::exchange(m_forceRefresh, false), this, &m_running,
        [this](const QByteArray &token) { send(token); },
        [this](const Error &error) { end(tl::unexpected<Error>(error)); });
}

void BigQueryClient::send(const QByteArray &token)
{
    QUrl target;
    QByteArray body;
    QByteArray verb = "GET";
    if (m_step == Step::Query) {
        QJsonObject labels;
        const QStringList keys = m_request.labels.keys();
        for (const QString &key : keys)
            labels.insert(key, m_request.labels.value(key));
        QJsonObject q{{QStringLiteral("query"), m_request.sql},
                      {QStringLiteral("useLegacySql"), false},
                      {QStringLiteral("parameterMode"), QStringLiteral("NAMED")},
                      {QStringLiteral("queryParameters"), m_request.parameters},
                      {QStringLiteral("labels"), labels},
                      {QStringLiteral("maxResults"), m_request.pageRows},
                      {QStringLiteral("timeoutMs"), m_request.waitMs},
                      {QStringLiteral("formatOptions"),
                       QJsonObject{{QStringLiteral("useInt64Timestamp"), true}}}};
        if (m_request.dryRun)
            q.insert(QStringLiteral("dryRun"), true);
        if (m_request.maximumBytesBilled > 0)
            q.insert(QStringLiteral("maximumBytesBilled"),
                     QString::number(m_request.maximumBytesBilled));
        target = url(QStringLiteral("/queries"));
        body = QJsonDocument(q).toJson(QJsonDocument::Compact);
        verb = "POST";
    } else if (m_step == Step::Results) {
        QUrl u = url(QStringLiteral("/queries/") + m_data.jobId);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("maxResults"), QString::number(m_request.pageRows));
        query.addQueryItem(QStringLiteral("timeoutMs"), QString::number(m_request.waitMs));
        query.addQueryItem(QStringLiteral("formatOptions.useInt64Timestamp"),
                           QStringLiteral("true"));
        if (!m_location.isEmpty())
            query.addQueryItem(QStringLiteral("location"), m_location);
        if (!m_pageToken.isEmpty())
            query.addQueryItem(QStringLiteral("pageToken"), m_pageToken);
        u.setQuery(query);
        target = u;
    } else {
        QUrl u = url(QStringLiteral("/jobs/") + m_data.jobId +
                     (m_step == Step::Cancel ? QStringLiteral("/cancel") : QString()));
        if (!m_location.isEmpty())
            u.setQuery(QStringLiteral("location=") + m_location);
        target = u;
        verb = m_step == Step::Cancel ? "POST" : "GET";
    }
    // The server may hold a query answer back for waitMs before it sends a byte.
    auto built =
        googleApiRequest(target, token, m_timeout + std::chrono::milliseconds(m_request.waitMs));
    if (!built) {
        end(tl::unexpected<Error>(built.error()));
        return;
    }
    QNetworkRequest request = *built;
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    ++m_progress.requests;
    m_reply = m_network->sendCustomRequest(request, verb, body);
    finishWithin(m_reply, m_timeout + std::chrono::milliseconds(m_request.waitMs), this,
                 [this](QNetworkReply *reply, bool timedOut) { onReply(reply, timedOut); });
}

void BigQueryClient::onReply(QNetworkReply *reply, bool timedOut)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (m_step == Step::Cancel) { // whatever BigQuery said, the run ends here
        end(fail(QStringLiteral("Cancelled; BigQuery job %1 was asked to stop%2.")
                     .arg(m_data.jobId, status == 200 ? QString()
                                                      : QStringLiteral(" (%1)").arg(describeError(
                                                            status, body, m_request.project)))));
        return;
    }
    if (timedOut) {
        retryLater(QStringLiteral("BigQuery did not answer in time"), -1);
        return;
    }
    if (const auto problem = transportProblem(reply, status, m_request.endpoint.host())) {
        if (problem->fatal)
            end(fail(problem->message));
        else
            retryLater(problem->message, -1);
        return;
    }
    if (status == 401 && !m_refreshed) {
        m_refreshed = true;
        m_forceRefresh = true;
        next();
        return;
    }
    const GoogleError e = parseError(body);
    if (status == 429 || status >= 500 || (status == 403 && retriableReason(e.reason))) {
        retryLater(describeError(status, body, m_request.project), retryAfterMs(reply));
        return;
    }
    if (status != 200) {
        end(fail(QStringLiteral("BigQuery answered %1")
                     .arg(describeError(status, body, m_request.project))));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        end(fail(QStringLiteral("BigQuery answered with malformed JSON (%1).")
                     .arg(parseError.error != QJsonParseError::NoError
                              ? parseError.errorString()
                              : QStringLiteral("not an object")),
                 QStringLiteral("BigQuery response"), -1, parseError.offset));
        return;
    }
    m_failures = 0;
    m_refreshed = false;
    handle(doc.object());
}

void BigQueryClient::handle(const QJsonObject &body)
{
    if (m_step == Step::Stats) {
        const QJsonObject status = body.value(QLatin1String("status")).toObject();
        if (status.contains(QLatin1String("errorResult"))) { // a job error inside a 200
            const QJsonObject er = status.value(QLatin1String("errorResult")).toObject();
            end(fail(QStringLiteral("The BigQuery job failed: %1: %2")
                         .arg(er.value(QLatin1String("reason")).toString(),
                              er.value(QLatin1String("message")).toString())));
            return;
        }
        const QJsonObject stats = body.value(QLatin1String("statistics")).toObject();
        m_data.bytesBilled = int64Of(stats.value(QLatin1String("query"))
                                         .toObject()
                                         .value(QLatin1String("totalBytesBilled")));
        end(std::move(m_data));
        return;
    }
    const QJsonObject ref = body.value(QLatin1String("jobReference")).toObject();
    if (m_data.jobId.isEmpty()) {
        m_data.jobId = ref.value(QLatin1String("jobId")).toString();
        m_location = ref.value(QLatin1String("location")).toString();
        m_progress.jobId = m_data.jobId;
    }
    if (body.contains(QLatin1String("totalBytesProcessed")))
        m_data.bytesProcessed = int64Of(body.value(QLatin1String("totalBytesProcessed")));
    if (m_request.dryRun) {
        end(std::move(m_data));
        return;
    }
    // Errors listed in a 200 answer of a complete job without results: the job failed.
    const QJsonArray errors = body.value(QLatin1String("errors")).toArray();
    if (body.value(QLatin1String("jobComplete")).toBool() && !errors.isEmpty() &&
        !body.contains(QLatin1String("schema"))) {
        const QJsonObject er = errors.first().toObject();
        end(fail(QStringLiteral("The BigQuery job failed: %1: %2")
                     .arg(er.value(QLatin1String("reason")).toString(),
                          er.value(QLatin1String("message")).toString())));
        return;
    }
    if (m_data.jobId.isEmpty()) {
        end(fail(QStringLiteral("BigQuery answered without a job reference.")));
        return;
    }
    if (!body.value(QLatin1String("jobComplete")).toBool()) {
        ++m_progress.polls;
        m_step = Step::Results;
        Q_EMIT progressChanged();
        if (!m_running || m_step == Step::Cancel)
            return; // a slot cancelled
        next();     // getQueryResults waits up to timeoutMs on the server: no client-side sleep
        return;
    }
    if (!takePage(body))
        return;
    Q_EMIT progressChanged();
    if (!m_running || m_step == Step::Cancel)
        return; // a slot cancelled
    m_step = m_pageToken.isEmpty() ? Step::Stats : Step::Results;
    next();
}

bool BigQueryClient::takePage(const QJsonObject &body)
{
    if (m_data.fields.empty()) {
        for (const QJsonValue &v : body.value(QLatin1String("schema"))
                                       .toObject()
                                       .value(QLatin1String("fields"))
                                       .toArray()) {
            const QJsonObject f = v.toObject();
            m_data.fields.push_back(
                {f.value(QLatin1String("name")).toString(),
                 f.value(QLatin1String("type")).toString(),
                 f.value(QLatin1String("mode")).toString() == QLatin1String("REPEATED")});
        }
        if (m_data.fields.empty()) {
            end(fail(QStringLiteral("BigQuery answered a complete job without a schema.")));
            return false;
        }
    }
    m_data.totalRows = int64Of(body.value(QLatin1String("totalRows")));
    m_progress.totalRows = m_data.totalRows;
    const QString token = body.value(QLatin1String("pageToken")).toString();
    const QJsonArray rows = body.value(QLatin1String("rows")).toArray();
    if (!token.isEmpty() && token == m_pageToken) {
        end(fail(QStringLiteral("BigQuery repeated page token '%1'; stopping instead of looping.")
                     .arg(token)));
        return false;
    }
    for (const QJsonValue &row : rows) {
        const QJsonArray cells = row.toObject().value(QLatin1String("f")).toArray();
        if (cells.size() != qsizetype(m_data.fields.size())) {
            end(fail(QStringLiteral("BigQuery row %1 has %2 cells for %3 columns.")
                         .arg(m_data.rows.size() + 1)
                         .arg(cells.size())
                         .arg(m_data.fields.size())));
            return false;
        }
        QVariantList values;
        values.reserve(cells.size());
        for (qsizetype i = 0; i < cells.size(); ++i)
            values.append(cellValue(cells[i], m_data.fields[size_t(i)]));
        m_data.rows.push_back(std::move(values));
    }
    m_progress.rowsFetched = qint64(m_data.rows.size());
    m_data.cacheHit = body.value(QLatin1String("cacheHit")).toBool();
    m_pageToken = token;
    return true;
}

void BigQueryClient::retryLater(const QString &reason, qint64 retryAfterMs)
{
    const auto wait = m_backoff.retry(m_failures, retryAfterMs, reason, m_random);
    if (!wait) {
        end(tl::unexpected<Error>(wait.error()));
        return;
    }
    const qint64 delay = *wait;
    ++m_failures;
    ++m_progress.retries;
    qCInfo(lcBigQuery).noquote() << "retrying in" << delay << "ms:" << reason;
    Q_EMIT retrying(reason, delay);
    m_wait->start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void BigQueryClient::end(Result<BigQueryResult> result)
{
    m_running = false;
    m_wait->stop();
    abandonReply(m_reply, this);
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace gardener::gcp
