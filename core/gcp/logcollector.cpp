#include "core/gcp/logcollector.h"

#include "core/gcp/googlerequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "core/util/transport.h"
#include <QTimer>
#include <utility>

Q_LOGGING_CATEGORY(lcCollect, "gardener.gcp")

namespace gardener::gcp {

QUrl defaultLoggingEndpoint()
{
    return QUrl(QStringLiteral("https://logging.googleapis.com"));
}

namespace {

// "403 PERMISSION_DENIED: message" from a Google API error body, or the raw status.
QString apiError(int status, const QByteArray &body)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    QString text = QString::number(status);
    const QString code = error.value(QStringLiteral("status")).toString();
    const QString message = error.value(QStringLiteral("message")).toString();
    if (!code.isEmpty())
        text += QLatin1Char(' ') + code;
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

QDateTime parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

LogCollector::LogCollector(QNetworkAccessManager *network, TokenSource tokens, QObject *parent)
    : QObject(parent), m_network(network), m_tokens(std::move(tokens)), m_wait(new QTimer(this))
{
    m_wait->setSingleShot(true);
    connect(m_wait, &QTimer::timeout, this, &LogCollector::sendNext);
}

LogCollector::~LogCollector()
{
    abandonReply(m_reply, this);
    m_writer.close();
}

void LogCollector::setPacing(int limit, qint64 windowMs, RequestPacer::Clock clock)
{
    m_pacer = RequestPacer(limit, windowMs, std::move(clock));
}

void LogCollector::start(const CollectRequest &request)
{
    if (m_running)
        return;
    m_request = request;
    m_progress = {};
    m_failures = 0;
    m_newEntries = 0;
    m_refreshedToken = false;
    m_running = true;
    m_clock.start();
    if (m_request.projectId.isEmpty()) {
        end(fail(QStringLiteral("No Google Cloud project given.")));
        return;
    }
    const QJsonObject identity{
        {QStringLiteral("endpoint"), m_request.endpoint.toString()},
        {QStringLiteral("project"), m_request.projectId},
        {QStringLiteral("filter"), m_request.filter},
        {QStringLiteral("orderBy"), m_request.newestFirst ? QStringLiteral("timestamp desc")
                                                          : QStringLiteral("timestamp asc")},
    };
    auto opened = m_writer.open(m_request.outputPath, identity);
    if (!opened) {
        end(tl::unexpected<Error>(opened.error()));
        return;
    }
    m_resumed = *opened;
    m_progress.entries = m_writer.entries();
    if (m_resumed)
        qCInfo(lcCollect) << "resuming with" << m_writer.entries() << "entries already saved";
    sendNext();
}

void LogCollector::cancel()
{
    if (!m_running)
        return;
    end(fail(QStringLiteral("Cancelled after %1 entries; run the same collection again to "
                            "resume where it stopped.")
                 .arg(m_progress.entries),
             m_request.outputPath));
}

void LogCollector::schedule(qint64 delayMs)
{
    m_wait->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void LogCollector::sendNext()
{
    if (!m_running)
        return;
    if (const qint64 wait = m_pacer.delayBeforeNext(); wait > 0) {
        schedule(wait);
        return;
    }
    withAccessToken(
        m_tokens, std::exchange(m_forceRefresh, false), this, &m_running,
        [this](const QByteArray &token) { send(token); },
        [this](const Error &error) { end(tl::unexpected<Error>(error)); });
}

void LogCollector::send(const QByteArray &token)
{
    QJsonObject body{
        {QStringLiteral("resourceNames"),
         QJsonArray{QString(QStringLiteral("projects/") + m_request.projectId)}},
        {QStringLiteral("orderBy"), m_request.newestFirst ? QStringLiteral("timestamp desc")
                                                          : QStringLiteral("timestamp asc")},
        {QStringLiteral("pageSize"), m_request.pageSize},
    };
    if (!m_request.filter.isEmpty())
        body.insert(QStringLiteral("filter"), m_request.filter);
    if (!m_writer.pageToken().isEmpty())
        body.insert(QStringLiteral("pageToken"), QString::fromUtf8(m_writer.pageToken()));

    QUrl url = m_request.endpoint;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/v2/entries:list"));
    if (const QString refused =
            net::refuseCredentialsTo(url, QStringLiteral("the Google access token"));
        !refused.isEmpty()) {
        end(fail(refused));
        return;
    }
    QNetworkRequest request(url);
    // Same origin only: the access token never follows a redirect to another host.
    net::restrictRequest(request, m_timeout);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/json");

    m_pacer.recordRequest();
    ++m_progress.requests;
    m_reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    finishWithin(m_reply, m_timeout, this,
                 [this](QNetworkReply *reply, bool timedOut) { onReply(reply, timedOut); });
}

void LogCollector::onReply(QNetworkReply *reply, bool timedOut)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    if (!m_running)
        return;
    if (timedOut) {
        retryLater(QStringLiteral("the Logging API did not answer within %1 s")
                       .arg(double(m_timeout.count()) / 1000.0),
                   -1);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const auto error = reply->error();
    if (error == QNetworkReply::InsecureRedirectError ||
        error == QNetworkReply::TooManyRedirectsError) {
        end(fail(
            QStringLiteral(
                "the Logging API at %1 redirected to %2; not followed with the access token")
                .arg(
                    m_request.endpoint.host(),
                    reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl().host())));
        return;
    }
    if (const auto problem = transportProblem(reply, status, m_request.endpoint.host())) {
        if (problem->fatal)
            end(fail(problem->message));
        else
            retryLater(problem->message, -1);
        return;
    }
    if (status == 401) {
        if (!m_refreshedToken) {
            m_refreshedToken = true; // refresh once per page, then give up
            m_forceRefresh = true;
            m_failures = 0;
            sendNext();
            return;
        }
        end(fail(QStringLiteral("Sign in again: the Logging API refused a fresh access token "
                                "(%1).")
                     .arg(apiError(status, body))));
        return;
    }
    if (status == 429 || status >= 500) {
        retryLater(apiError(status, body), retryAfterMs(reply));
        return;
    }
    if (status != 200) {
        end(fail(QStringLiteral("The Logging API answered %1.").arg(apiError(status, body))));
        return;
    }
    m_failures = 0;
    m_refreshedToken = false;
    handlePage(body);
}

void LogCollector::retryLater(const QString &reason, qint64 retryAfterMs)
{
    const auto wait = m_backoff.retry(m_failures, retryAfterMs, reason, m_random);
    if (!wait) {
        end(tl::unexpected<Error>(wait.error()));
        return;
    }
    const qint64 delay = *wait;
    ++m_failures;
    ++m_progress.retries;
    qCInfo(lcCollect).noquote() << "retrying in" << delay << "ms:" << reason;
    Q_EMIT retrying(reason, delay);
    schedule(delay);
}

void LogCollector::handlePage(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        end(fail(QStringLiteral("The Logging API answered with malformed JSON (%1).")
                     .arg(parseError.error != QJsonParseError::NoError
                              ? parseError.errorString()
                              : QStringLiteral("not an object")),
                 QStringLiteral("entries:list page %1").arg(m_progress.pages + 1), -1,
                 parseError.offset));
        return;
    }
    const QJsonObject page = doc.object();
    const QJsonArray entries = page.value(QStringLiteral("entries")).toArray();
    const QByteArray nextToken = page.value(QStringLiteral("nextPageToken")).toString().toUtf8();

    QList<QByteArray> fresh, keys;
    QSet<QByteArray> inPage;
    for (const QJsonValue &value : entries) {
        if (m_request.maxEntries > 0 && m_newEntries + fresh.size() >= m_request.maxEntries)
            break;
        const QJsonObject entry = value.toObject();
        const QByteArray json = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        const QByteArray key = ExportWriter::entryKey(entry, json);
        if (m_writer.seen(key) || inPage.contains(key)) {
            ++m_progress.duplicates;
            continue;
        }
        inPage.insert(key);
        fresh.append(json);
        keys.append(key);
        const QDateTime t = parseTimestamp(entry.value(QStringLiteral("timestamp")).toString());
        if (t.isValid()) {
            if (!m_progress.oldest.isValid() || t < m_progress.oldest)
                m_progress.oldest = t;
            if (!m_progress.newest.isValid() || t > m_progress.newest)
                m_progress.newest = t;
        }
    }
    if (auto committed = m_writer.commitPage(fresh, keys, nextToken); !committed) {
        end(tl::unexpected<Error>(committed.error()));
        return;
    }
    m_newEntries += fresh.size();
    ++m_progress.pages;
    m_progress.entries = m_writer.entries();
    updateEstimate();
    Q_EMIT pageReceived("{\"entries\":[" + fresh.join(',') + "]}", fresh.size());
    Q_EMIT progressChanged();
    if (!m_running)
        return; // a slot cancelled
    const bool full = m_request.maxEntries > 0 && m_newEntries >= m_request.maxEntries;
    if (nextToken.isEmpty() || full) {
        auto done = m_writer.finish();
        if (!done) {
            end(tl::unexpected<Error>(done.error()));
            return;
        }
        CollectSummary summary;
        summary.entries = m_writer.entries();
        summary.pages = m_progress.pages;
        summary.resumed = m_resumed;
        summary.duplicates = m_progress.duplicates;
        summary.outputPath = m_request.outputPath;
        summary.oldest = m_progress.oldest;
        summary.newest = m_progress.newest;
        end(summary);
        return;
    }
    sendNext();
}

void LogCollector::updateEstimate()
{
    const QDateTime &start = m_request.windowStart;
    const QDateTime &end = m_request.windowEnd;
    if (!start.isValid() || !end.isValid() || start >= end)
        return;
    const QDateTime reached = m_request.newestFirst ? m_progress.oldest : m_progress.newest;
    if (!reached.isValid())
        return;
    const double span = double(start.msecsTo(end));
    const double covered =
        m_request.newestFirst ? double(reached.msecsTo(end)) : double(start.msecsTo(reached));
    m_progress.fraction = std::clamp(covered / span, 0.0, 1.0);
    if (m_progress.fraction > 0)
        m_progress.etaMs =
            qint64(double(m_clock.elapsed()) * (1.0 - m_progress.fraction) / m_progress.fraction);
}

void LogCollector::end(Result<CollectSummary> result)
{
    m_running = false;
    m_wait->stop();
    abandonReply(m_reply, this);
    m_writer.close();
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace gardener::gcp
