#pragma once

#include "core/gcp/exportwriter.h"
#include "core/gcp/requestpacer.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace gardener::gcp {

QUrl defaultLoggingEndpoint(); // https://logging.googleapis.com

struct CollectRequest
{
    QUrl endpoint = defaultLoggingEndpoint();
    QString projectId;
    QString filter;          // a Cloud Logging filter (see QueryBuilder)
    bool newestFirst = true; // orderBy "timestamp desc", else "timestamp asc"
    int pageSize = 1000;
    QString outputPath;    // the JSON export; <out>.partial / <out>.state.json beside it
    qint64 maxEntries = 0; // stop after this many new entries; 0 = all
    // The time window the filter covers, when known: lets progress estimate how far it got.
    QDateTime windowStart, windowEnd;
};

struct CollectProgress
{
    int pages = 0;
    int requests = 0;
    int retries = 0;
    qint64 entries = 0;       // entries in the output, including those of a resumed run
    qint64 duplicates = 0;    // entries dropped because their insertId was already there
    QDateTime oldest, newest; // time span covered so far
    double fraction = -1;     // 0..1 of the window covered, -1 when unknown
    qint64 etaMs = -1;        // estimated time left, -1 when unknown
};

struct CollectSummary
{
    qint64 entries = 0;
    int pages = 0;
    bool resumed = false;
    qint64 duplicates = 0;
    QString outputPath;
    QDateTime oldest, newest;
};

// Downloads log entries with entries.list (POST {endpoint}/v2/entries:list) into a JSON
// export, page by page, following nextPageToken (an empty page with a token means "keep going").
// - Pacing: at most `limit` list calls per sliding window (60/min/project by default).
// - Retries: 429 / RESOURCE_EXHAUSTED, 5xx, timeouts and dropped connections back off
//   exponentially with jitter (BackoffPolicy), honouring Retry-After; other errors end the run.
// - 401: the access token is refreshed once and the page asked again.
// - Every request is aborted after requestTimeout. TLS errors are never ignored.
// - Resumable: see ExportWriter. cancel() stops promptly and keeps what was committed.
// Lives on one thread; signals are emitted there. The network manager must outlive it.
class LogCollector : public QObject
{
    Q_OBJECT
public:
    // Hands an access token to `done`; `forceRefresh` after the API answered 401.
    using TokenSource =
        std::function<void(bool forceRefresh, std::function<void(Result<QByteArray>)> done)>;

    LogCollector(QNetworkAccessManager *network, TokenSource tokens, QObject *parent = nullptr);
    ~LogCollector() override;

    void setPacing(int limit, qint64 windowMs, RequestPacer::Clock clock = {});
    void setBackoff(const BackoffPolicy &policy) { m_backoff = policy; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start(const CollectRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

    // Valid after finished().
    const Result<CollectSummary> &result() const { return m_result; }
    const CollectProgress &progress() const { return m_progress; }

Q_SIGNALS:
    // The new entries of one page as {"entries":[...]} (duplicates removed), for a reader.
    void pageReceived(const QByteArray &page, qint64 newEntries);
    void progressChanged();
    // A transient failure that will be retried after `delayMs`.
    void retrying(const QString &reason, qint64 delayMs);
    void finished();

private:
    void schedule(qint64 delayMs);
    void sendNext();
    void send(const QByteArray &token);
    void onReply(QNetworkReply *reply, bool timedOut);
    void retryLater(const QString &reason, qint64 retryAfterMs);
    void handlePage(const QByteArray &body);
    void end(Result<CollectSummary> result);
    void updateEstimate();

    QNetworkAccessManager *m_network;
    TokenSource m_tokens;
    RequestPacer m_pacer;
    BackoffPolicy m_backoff;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(60)};
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};

    CollectRequest m_request;
    ExportWriter m_writer;
    CollectProgress m_progress;
    Result<CollectSummary> m_result = fail(QStringLiteral("not started"));
    bool m_running = false;
    bool m_resumed = false;
    bool m_refreshedToken = false;
    bool m_forceRefresh = false;
    int m_failures = 0;
    qint64 m_newEntries = 0;
    QElapsedTimer m_clock;
    QTimer *m_wait = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace gardener::gcp
