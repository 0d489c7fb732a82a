#include "core/github/client.h"

#include "core/github/oneshothttp.h"
#include "core/util/transport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGitHub, "gardener.github")

namespace gardener::github {

namespace {

bool isWrite(const QByteArray &method)
{
    return method != "GET" && method != "HEAD";
}

} // namespace

GitHubClient::GitHubClient(Config config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(nam), m_writeTimer(new QTimer(this))
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_ownsNam = true;
    }
    m_clock.start();
    m_writeTimer->setSingleShot(true);
    connect(m_writeTimer, &QTimer::timeout, this, &GitHubClient::pumpWrites);
}

GitHubClient::~GitHubClient()
{
    *m_alive = false;
}

QUrl GitHubClient::resolve(const QString &path, const QUrlQuery &query) const
{
    QUrl url;
    if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://"))) {
        url = QUrl(path);
    } else {
        url = m_config.apiBase;
        QString base = url.path();
        if (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
        if (!query.isEmpty())
            url.setQuery(query);
    }
    return url;
}

void GitHubClient::get(const QString &path, const QUrlQuery &query, Callback done)
{
    const QUrl url = resolve(path, query);
    if (const QString refused = net::refuseCredentialsTo(url, QStringLiteral("the GitHub token"));
        !refused.isEmpty()) {
        QTimer::singleShot(0, this, [done, refused] { done(fail(refused)); });
        return;
    }
    if (url.host() != m_config.apiBase.host() || url.port() != m_config.apiBase.port() ||
        url.scheme() != m_config.apiBase.scheme()) {
        // Never send the token to another host, even if a Link header says so.
        QTimer::singleShot(0, this, [done, url] {
            done(fail(QStringLiteral("refusing to follow %1: not the configured GitHub API host")
                          .arg(url.toString())));
        });
        return;
    }
    if (url.path().contains(QLatin1String("/search/"))) {
        const qint64 wait = searchDelayMs();
        if (wait > 0) {
            QTimer::singleShot(int(wait), this, [this, url, done] { send("GET", url, {}, done); });
            return;
        }
    }
    send("GET", url, {}, std::move(done));
}

void GitHubClient::listCommits(const QString &repo, const QString &path, const QDateTime &since,
                               const QDateTime &until, int perPage, Callback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("path"), path);
    if (since.isValid())
        q.addQueryItem(QStringLiteral("since"), since.toUTC().toString(Qt::ISODate));
    if (until.isValid())
        q.addQueryItem(QStringLiteral("until"), until.toUTC().toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(qBound(1, perPage, 100)));
    get(QStringLiteral("/repos/%1/commits").arg(repo), q, std::move(done));
}

void GitHubClient::getContents(const QString &repo, const QString &path, const QString &ref,
                               Callback done)
{
    QUrlQuery q;
    if (!ref.isEmpty())
        q.addQueryItem(QStringLiteral("ref"), ref);
    get(QStringLiteral("/repos/%1/contents/%2").arg(repo, path), q, std::move(done));
}

qint64 GitHubClient::searchDelayMs()
{
    const qint64 now = m_clock.elapsed();
    while (!m_searchStarts.empty() && now - m_searchStarts.front() >= m_config.rateWindowMs)
        m_searchStarts.pop_front();
    qint64 start = now;
    if (int(m_searchStarts.size()) >= m_config.maxSearchesPerMinute)
        start = m_searchStarts[m_searchStarts.size() - m_config.maxSearchesPerMinute] +
                m_config.rateWindowMs;
    m_searchStarts.push_back(start);
    return start - now;
}

void GitHubClient::write(const QByteArray &method, const QString &path, const QByteArray &jsonBody,
                         Callback done)
{
    m_writes.push_back(PendingWrite{method.toUpper(), path, jsonBody, std::move(done)});
    QTimer::singleShot(0, this, &GitHubClient::pumpWrites);
}

void GitHubClient::pumpWrites()
{
    if (m_writeInFlight || m_writes.empty())
        return;
    const qint64 now = m_clock.elapsed();
    while (!m_writeStarts.empty() && now - m_writeStarts.front() >= m_config.rateWindowMs)
        m_writeStarts.pop_front();

    qint64 earliest = qMax(now, m_notBefore);
    // Spacing counts from the end of the previous write, so GitHub sees at least this gap
    // between two writes whatever the network delay.
    if (m_lastWriteEnd >= 0)
        earliest = qMax(earliest, m_lastWriteEnd + m_config.writeSpacingMs);
    if (int(m_writeStarts.size()) >= m_config.maxWritesPerMinute)
        earliest = qMax(earliest, m_writeStarts.front() + m_config.rateWindowMs);
    if (earliest > now) {
        m_writeTimer->start(int(earliest - now));
        return;
    }

    PendingWrite w = std::move(m_writes.front());
    m_writes.pop_front();
    m_writeInFlight = true;
    m_lastWriteStart = now;
    m_writeStarts.push_back(now);
    ++m_writesStarted;
    auto done = std::move(w.done);
    std::weak_ptr<bool> alive = m_alive;
    const QUrl url = resolve(w.path, {});
    QString refused = net::refuseCredentialsTo(url, QStringLiteral("the GitHub token"));
    if (refused.isEmpty() &&
        (url.host() != m_config.apiBase.host() || url.port() != m_config.apiBase.port()))
        refused = QStringLiteral(
                      "refusing to send the GitHub token to %1: not the configured GitHub API host")
                      .arg(url.host());
    if (!refused.isEmpty()) {
        QTimer::singleShot(0, this, [this, alive, done, refused] {
            if (alive.expired())
                return;
            m_writeInFlight = false;
            m_lastWriteEnd = m_clock.elapsed();
            done(fail(refused));
            pumpWrites();
        });
        return;
    }
    sendOnce(w.method, url, w.body, [this, alive, done](Result<ApiResponse> r) {
        if (alive.expired())
            return;
        m_writeInFlight = false;
        m_lastWriteEnd = m_clock.elapsed();
        done(std::move(r));
        pumpWrites();
    });
}

QUrl GitHubClient::graphqlUrl() const
{
    QUrl url = m_config.apiBase;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/v3")))
        path.chop(3);
    url.setPath(path + QStringLiteral("/graphql"));
    url.setQuery(QString());
    return url;
}

void GitHubClient::closeIssueAsDuplicate(const QString &issueNodeId,
                                         const QString &duplicateOfNodeId,
                                         std::function<void(Result<void>)> done)
{
    if (issueNodeId.isEmpty() || duplicateOfNodeId.isEmpty()) {
        QTimer::singleShot(0, this, [done] {
            done(fail(QStringLiteral("GitHub gave no node id for the issues")));
        });
        return;
    }
    static const QString mutation =
        QStringLiteral("mutation($issue: ID!, $original: ID!) { closeIssue(input: {issueId: "
                       "$issue, stateReason: DUPLICATE, "
                       "duplicateIssueId: $original}) { issue { number state stateReason } } }");
    const QJsonObject request{{QStringLiteral("query"), mutation},
                              {QStringLiteral("variables"),
                               QJsonObject{{QStringLiteral("issue"), issueNodeId},
                                           {QStringLiteral("original"), duplicateOfNodeId}}}};
    write("POST", graphqlUrl().toString(), QJsonDocument(request).toJson(QJsonDocument::Compact),
          [done](Result<ApiResponse> r) {
              if (!r) {
                  done(tl::unexpected(r.error()));
                  return;
              }
              // GraphQL reports failures in "errors" with HTTP 200.
              QStringList messages;
              for (const QJsonValue &e : r->json.object().value(QLatin1String("errors")).toArray())
                  messages << e.toObject().value(QLatin1String("message")).toString();
              const QJsonObject issue = r->json.object()
                                            .value(QLatin1String("data"))
                                            .toObject()
                                            .value(QLatin1String("closeIssue"))
                                            .toObject()
                                            .value(QLatin1String("issue"))
                                            .toObject();
              if (!messages.isEmpty() ||
                  issue.value(QLatin1String("state")).toString() != QLatin1String("CLOSED")) {
                  done(fail(QStringLiteral("closing as a duplicate failed: %1")
                                .arg(messages.isEmpty()
                                         ? QStringLiteral(
                                               "GitHub's answer does not show the issue closed")
                                         : messages.join(QLatin1String("; ")))));
                  return;
              }
              done({});
          });
}

void GitHubClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                        Callback done)
{
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/vnd.github+json");
    req.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    req.setRawHeader("User-Agent", m_config.userAgent);
    if (!m_config.token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_config.token);
    if (!body.isEmpty() || isWrite(method))
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    // Redirects within the same origin are fine (renamed repositories answer 301).
    net::restrictRequest(req, std::chrono::milliseconds(m_config.timeoutMs));

    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    auto expired = std::make_shared<bool>(false);
    net::setDeadline(reply, std::chrono::milliseconds(m_config.deadlineMs),
                     [expired] { *expired = true; });
    // TLS errors are never ignored: no ignoreSslErrors() anywhere; the reply fails with them.
    std::weak_ptr<bool> alive = m_alive;
    connect(reply, &QNetworkReply::finished, this, [this, alive, reply, method, done, expired] {
        reply->deleteLater();
        if (alive.expired())
            return;
        if (*expired) {
            done(fail(QStringLiteral("%1 %2 failed: no complete answer within %3 s")
                          .arg(QString::fromLatin1(method), reply->request().url().path())
                          .arg(m_config.deadlineMs / 1000.0)));
            return;
        }
        finish(reply, method, done);
    });
    connect(this, &QObject::destroyed, reply, &QNetworkReply::abort);
}

void GitHubClient::noteRate(const RateLimit &rate)
{
    if (rate.remaining >= 0)
        m_rate = rate;
    if (rate.retryAfterSeconds > 0)
        m_notBefore = qMax(m_notBefore, m_clock.elapsed() + qint64(rate.retryAfterSeconds) * 1000);
    else if (rate.remaining == 0 && rate.reset.isValid()) {
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(rate.reset);
        if (wait > 0)
            m_notBefore = qMax(m_notBefore, m_clock.elapsed() + qMin<qint64>(wait, 3600000));
    }
}

void GitHubClient::finish(QNetworkReply *reply, const QByteArray &method, Callback done)
{
    ApiResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.append({h.first.toLower(), h.second});
    QString networkError;
    if (reply->error() != QNetworkReply::NoError && r.status == 0) {
        networkError =
            reply->error() == QNetworkReply::OperationCanceledError
                ? QStringLiteral("no answer within %1 s").arg(m_config.timeoutMs / 1000.0)
                : reply->errorString();
    }
    complete(method, reply->request().url(), std::move(r), networkError, std::move(done));
}

void GitHubClient::sendOnce(const QByteArray &method, const QUrl &url, const QByteArray &body,
                            Callback done)
{
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"Accept", "application/vnd.github+json"},
        {"X-GitHub-Api-Version", "2022-11-28"},
        {"User-Agent", m_config.userAgent},
        {"Content-Type", "application/json; charset=utf-8"},
    };
    if (!m_config.token.isEmpty())
        headers.append({"Authorization", "Bearer " + m_config.token});
    auto *http = new OneShotHttp(this);
    std::weak_ptr<bool> alive = m_alive;
    http->send(method, url, headers, body, qMin(m_config.timeoutMs, m_config.deadlineMs),
               [this, alive, http, method, url, done](Result<RawResponse> raw) {
                   http->deleteLater();
                   if (alive.expired())
                       return;
                   ApiResponse r;
                   QString networkError;
                   if (raw) {
                       r.status = raw->status;
                       r.body = raw->body;
                       r.headers = raw->headers;
                   } else {
                       networkError = raw.error().what;
                   }
                   complete(method, url, std::move(r), networkError, done);
               });
}

void GitHubClient::complete(const QByteArray &method, const QUrl &url, ApiResponse r,
                            const QString &networkError, Callback done)
{
    auto header = [&r](const QByteArray &name) {
        for (const auto &h : r.headers)
            if (h.first == name)
                return h.second;
        return QByteArray();
    };
    bool ok = false;
    if (const int v = header("x-ratelimit-limit").toInt(&ok); ok)
        r.rate.limit = v;
    if (const int v = header("x-ratelimit-remaining").toInt(&ok); ok)
        r.rate.remaining = v;
    if (const qint64 v = header("x-ratelimit-reset").toLongLong(&ok); ok)
        r.rate.reset = QDateTime::fromSecsSinceEpoch(v, Qt::UTC);
    if (const int v = header("retry-after").toInt(&ok); ok)
        r.rate.retryAfterSeconds = v;
    r.nextPage = parseNextLink(header("link"));
    noteRate(r.rate);

    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), url.path());
    if (!networkError.isEmpty()) {
        done(fail(networkError.startsWith(what)
                      ? networkError
                      : QStringLiteral("%1 failed: %2").arg(what, networkError)));
        return;
    }
    if (r.status < 200 || r.status >= 300) {
        done(fail(describeFailure(method, url, r.status, r.body, r.rate)));
        return;
    }
    if (!r.body.isEmpty()) {
        QJsonParseError err;
        r.json = QJsonDocument::fromJson(r.body, &err);
        if (err.error != QJsonParseError::NoError) {
            done(fail(QStringLiteral("%1 answered %2 with a body that is not JSON (%3 at byte %4)")
                          .arg(what)
                          .arg(r.status)
                          .arg(err.errorString())
                          .arg(err.offset)));
            return;
        }
    } else if (r.status != 204 && isWrite(method)) {
        done(fail(QStringLiteral("%1 answered %2 without the expected body; the outcome is unknown")
                      .arg(what)
                      .arg(r.status)));
        return;
    }
    done(std::move(r));
}

QString GitHubClient::describeFailure(const QByteArray &method, const QUrl &url, int status,
                                      const QByteArray &body, const RateLimit &rate)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString message = o.value(QLatin1String("message")).toString();
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    QStringList details;
    for (const QJsonValue &e : errors) {
        const QJsonObject eo = e.toObject();
        QString d = eo.value(QLatin1String("message")).toString();
        if (d.isEmpty())
            d = QStringLiteral("%1 %2 %3")
                    .arg(eo.value(QLatin1String("resource")).toString(),
                         eo.value(QLatin1String("field")).toString(),
                         eo.value(QLatin1String("code")).toString())
                    .trimmed();
        if (!d.isEmpty())
            details.append(d);
    }
    if (!details.isEmpty())
        message += QStringLiteral(" (%1)").arg(details.join(QLatin1String("; ")));
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(200)).simplified();

    QString hint;
    switch (status) {
    case 401:
        hint = QStringLiteral("the token is missing, expired or revoked; sign in again");
        break;
    case 403:
        hint = (rate.remaining == 0 || rate.retryAfterSeconds > 0)
                   ? QStringLiteral("rate limited; retry after %1")
                         .arg(rate.retryAfterSeconds > 0
                                  ? QStringLiteral("%1 s").arg(rate.retryAfterSeconds)
                                  : rate.reset.toString(Qt::ISODate))
                   : QStringLiteral("the token lacks permission for this repository or action");
        break;
    case 404:
        hint = QStringLiteral("not found, or private and the token cannot see it");
        break;
    case 410:
        hint = QStringLiteral("gone (issues may be disabled for this repository)");
        break;
    case 422:
        hint = QStringLiteral("GitHub rejected the content");
        break;
    case 429:
        hint = QStringLiteral("rate limited; retry after %1 s").arg(rate.retryAfterSeconds);
        break;
    default:
        if (status >= 500)
            hint = QStringLiteral("GitHub had a server error; the outcome of a write is unknown");
        break;
    }
    return QStringLiteral("%1 %2: HTTP %3%4%5")
        .arg(QString::fromLatin1(method), url.path())
        .arg(status)
        .arg(hint.isEmpty() ? QString() : QStringLiteral(", ") + hint)
        .arg(message.isEmpty() ? QString() : QStringLiteral(". GitHub says: ") + message);
}

QUrl GitHubClient::parseNextLink(const QByteArray &linkHeader)
{
    static const QRegularExpression part(QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"?([^\";]+)\"?"));
    auto it = part.globalMatch(QString::fromUtf8(linkHeader));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2).split(QLatin1Char(' ')).contains(QLatin1String("next")))
            return QUrl(m.captured(1));
    }
    return {};
}

void GitHubClient::getAllPages(const QString &path, const QUrlQuery &query, PagesCallback done)
{
    pageStep(resolve(path, query), std::make_shared<QList<QJsonValue>>(), 1, std::move(done));
}

void GitHubClient::pageStep(QUrl url, std::shared_ptr<QList<QJsonValue>> acc, int page,
                            PagesCallback done)
{
    get(url.toString(), {}, [this, acc, page, done](Result<ApiResponse> r) {
        if (!r) {
            done(tl::unexpected(r.error()));
            return;
        }
        const QJsonArray items = r->json.isArray()
                                     ? r->json.array()
                                     : r->json.object().value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items)
            acc->append(v);
        if (r->nextPage.isEmpty()) {
            done(*acc);
            return;
        }
        if (page >= m_config.maxPages) {
            done(fail(
                QStringLiteral("stopped after %1 pages of %2").arg(page).arg(r->nextPage.path())));
            return;
        }
        pageStep(r->nextPage, acc, page + 1, done);
    });
}

} // namespace gardener::github
