#pragma once

// Asynchronous GitHub REST v3 client (github.com or GitHub Enterprise Server).
//
// Contract
// - Lives on one thread; every callback runs on that thread from the event loop, exactly once,
//   never from inside the call that started the request. No nested event loops.
// - Every request carries Accept: application/vnd.github+json, X-GitHub-Api-Version:
//   2022-11-28, "Authorization: Bearer <token>" when a token is set, and a timeout
//   (Config::timeoutMs) and an overall deadline (Config::deadlineMs). TLS errors are never
//   ignored. The token goes only over https:// (plain http:// only to loopback test servers;
//   otherwise every request fails naming the host) and never follows a redirect elsewhere.
// - Writes (POST/PATCH/PUT/DELETE) are sent exactly once on their own connection (OneShotHttp;
//   QNetworkAccessManager may silently resend a POST) and go through one queue: one at a time, at
//   least Config::writeSpacingMs between the end of one and the start of the next, at most
//   Config::maxWritesPerMinute starts per rolling minute, and not before a Retry-After / rate-limit
//   reset GitHub asked for. Search requests are limited to Config::maxSearchesPerMinute.
// - Failures are Errors with a sentence naming the request, the HTTP status and GitHub's own
//   message (401 bad token, 403 permissions or rate limit, 404 missing or private, 422
//   validation). A write whose answer is missing or unreadable is an Error too: callers must
//   treat it as "may have happened" (see IssuePoster, which reconciles).
// - Destroying the client aborts requests in flight; their callbacks are not called.

#include "core/util/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace gardener::github {

struct RateLimit
{
    int limit = -1; // -1: not reported yet
    int remaining = -1;
    QDateTime reset; // when `remaining` refills
    int retryAfterSeconds = -1;
};

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QJsonDocument json; // parsed body (null when empty or not JSON)
    QUrl nextPage;      // Link rel="next", empty on the last page
    RateLimit rate;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class GitHubClient : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl apiBase = QUrl(QStringLiteral("https://api.github.com")); // GHES: https://HOST/api/v3
        QByteArray token;
        int timeoutMs = 30000;   // inactivity: no byte for this long fails the request
        int deadlineMs = 120000; // overall: a request never takes longer than this
        int writeSpacingMs = 1000;
        int maxWritesPerMinute = 80;
        int maxSearchesPerMinute = 30;
        int rateWindowMs = 60000; // the "minute" of the two limits above (tests shrink it)
        int maxPages = 50;        // getAllPages stops (with an Error) beyond this
        QByteArray userAgent = QByteArrayLiteral("LogGardener");
    };

    using Callback = std::function<void(Result<ApiResponse>)>;
    using PagesCallback = std::function<void(Result<QList<QJsonValue>>)>;

    explicit GitHubClient(Config config, QNetworkAccessManager *nam = nullptr,
                          QObject *parent = nullptr);
    ~GitHubClient() override;

    const Config &config() const { return m_config; }
    void setToken(const QByteArray &token) { m_config.token = token; }
    RateLimit lastRateLimit() const { return m_rate; }

    // path is relative to apiBase ("/repos/o/r/issues"); an absolute URL (a Link "next") is
    // used as is, but only if it points at the same host as apiBase.
    void get(const QString &path, const QUrlQuery &query, Callback done);
    // Follows Link rel="next" and concatenates the JSON array of each page (or the "items"
    // array of search results).
    void getAllPages(const QString &path, const QUrlQuery &query, PagesCallback done);
    // GET /repos/{repo}/commits?path=&since=&until=&per_page=: one page of the commits that
    // touched `path` in [since, until], newest first (GitHub's order). Invalid times are left out.
    void listCommits(const QString &repo, const QString &path, const QDateTime &since,
                     const QDateTime &until, int perPage, Callback done);
    // GET /repos/{repo}/contents/{path}?ref=: a file's metadata and base64 content; 404 when
    // absent.
    void getContents(const QString &repo, const QString &path, const QString &ref, Callback done);
    // Queued, paced write. body is sent exactly as given (callers serialise JSON once).
    void write(const QByteArray &method, const QString &path, const QByteArray &jsonBody,
               Callback done);

    // GraphQL closeIssue with stateReason DUPLICATE and duplicateIssueId (node ids): the one
    // call that records the link (REST state_reason=duplicate records none). A queued write.
    void closeIssueAsDuplicate(const QString &issueNodeId, const QString &duplicateOfNodeId,
                               std::function<void(Result<void>)> done);
    // https://api.github.com/graphql, or https://HOST/api/graphql for .../api/v3.
    QUrl graphqlUrl() const;

    int writesStarted() const { return m_writesStarted; }

    // An Error sentence for a failed response; exposed for tests and other clients.
    static QString describeFailure(const QByteArray &method, const QUrl &url, int status,
                                   const QByteArray &body, const RateLimit &rate);
    static QUrl parseNextLink(const QByteArray &linkHeader);

private:
    struct PendingWrite
    {
        QByteArray method;
        QString path;
        QByteArray body;
        Callback done;
    };

    QUrl resolve(const QString &path, const QUrlQuery &query) const;
    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, Callback done);
    void finish(QNetworkReply *reply, const QByteArray &method, Callback done);
    // Writes bypass QNetworkAccessManager (see OneShotHttp for why).
    void sendOnce(const QByteArray &method, const QUrl &url, const QByteArray &body, Callback done);
    void complete(const QByteArray &method, const QUrl &url, ApiResponse r,
                  const QString &networkError, Callback done);
    void pumpWrites();
    void pageStep(QUrl url, std::shared_ptr<QList<QJsonValue>> acc, int page, PagesCallback done);
    qint64 searchDelayMs();
    void noteRate(const RateLimit &rate);

    Config m_config;
    QNetworkAccessManager *m_nam = nullptr;
    bool m_ownsNam = false;
    QElapsedTimer m_clock;
    RateLimit m_rate;
    std::deque<PendingWrite> m_writes;
    bool m_writeInFlight = false;
    qint64 m_lastWriteStart = -1;
    qint64 m_lastWriteEnd = -1;
    std::deque<qint64> m_writeStarts; // within the last minute
    std::deque<qint64> m_searchStarts;
    qint64 m_notBefore = 0; // m_clock time before which no write starts
    QTimer *m_writeTimer = nullptr;
    int m_writesStarted = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace gardener::github
