#pragma once

#include "core/gcp/requestpacer.h"
#include "core/util/error.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>
#include <QVariant>
#include <chrono>
#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace gardener::gcp {

QUrl defaultBigQueryEndpoint(); // https://bigquery.googleapis.com
// Read-only access that covers reading logs and running BigQuery queries (jobs.query):
// "https://www.googleapis.com/auth/logging.read
// https://www.googleapis.com/auth/cloud-platform.read-only"
QString bigQueryReadScope();
// The role that grants bigquery.jobs.create, named in the error when it is missing.
inline constexpr const char *BigQueryJobUserRole = "roles/bigquery.jobUser";

// On-demand price per TiB scanned (US multi-region, list price; the first TiB of a month is
// free), used for the estimate shown before a query runs.
inline constexpr double BigQueryUsdPerTiB = 6.25;
double estimatedCostUsd(qint64 bytesBilled);
// BigQuery bills at least 10 MiB per query, in whole MiB.
qint64 billedBytesFor(qint64 bytesProcessed);
QString formatBytes(qint64 bytes); // "12.3 MiB"

// Plain http is only allowed to a loopback host (tests, local emulators); anything else needs
// https. Returns an error naming `what` otherwise.
Result<void> checkApiEndpoint(const QUrl &endpoint, const QString &what);

struct BigQueryRequest
{
    QUrl endpoint = defaultBigQueryEndpoint();
    QString project; // the project the job runs (and is billed) in
    QString sql;
    QJsonArray parameters;         // NAMED query parameters
    qint64 maximumBytesBilled = 0; // 0: no cap
    bool dryRun = false;
    QMap<QString, QString> labels; // job labels; "app": "log-gardener" is always added
    int pageRows = 10000;          // maxResults per page
    int waitMs = 10000;            // timeoutMs: how long the server may hold a call
};

struct BigQueryField
{
    QString name;
    QString type;
    bool repeated = false;
};

struct BigQueryResult
{
    std::vector<BigQueryField> fields;
    // STRING as QString, INTEGER as qint64, TIMESTAMP as qint64 microseconds since the epoch,
    // REPEATED as QStringList, NULL as an invalid QVariant.
    std::vector<QVariantList> rows;
    qint64 totalRows = 0;
    qint64 bytesProcessed = 0;
    qint64 bytesBilled = 0; // from the job's statistics (0 for a dry run)
    QString jobId;
    bool cacheHit = false;
};

struct BigQueryProgress
{
    qint64 rowsFetched = 0;
    qint64 totalRows = -1; // -1 until the job completed
    int requests = 0;
    int polls = 0; // answers with jobComplete: false
    int retries = 0;
    QString jobId;
};

// Runs one query with the BigQuery REST API v2:
//   jobs.query (POST {endpoint}/bigquery/v2/projects/P/queries, useLegacySql false, labels,
//   maximumBytesBilled, formatOptions.useInt64Timestamp), then jobs.getQueryResults while
//   jobComplete is false and for every further page (pageToken), then jobs.get for the bytes
//   billed. A dry run stops after jobs.query with totalBytesProcessed.
// - Retries 429, 5xx, rateLimitExceeded/backendError and dropped connections with BackoffPolicy
//   (Retry-After honoured); a 401 refreshes the token once.
// - accessDenied names the role to grant; bytesBilledLimitExceeded says how to raise the cap;
//   a job error inside a 200 answer ends the run with that error.
// - cancel() sends jobs.cancel for a running job and ends with a "Cancelled" error.
// Lives on one thread; the network manager must outlive it.
class BigQueryClient : public QObject
{
    Q_OBJECT
public:
    using TokenSource =
        std::function<void(bool forceRefresh, std::function<void(Result<QByteArray>)> done)>;

    BigQueryClient(QNetworkAccessManager *network, TokenSource tokens, QObject *parent = nullptr);
    ~BigQueryClient() override;

    void setBackoff(const BackoffPolicy &policy) { m_backoff = policy; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start(const BigQueryRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

    const Result<BigQueryResult> &result() const { return m_result; }
    const BigQueryProgress &progress() const { return m_progress; }

    // "403 accessDenied: message" plus what to do about it, from a Google error body.
    static QString describeError(int status, const QByteArray &body, const QString &project);

Q_SIGNALS:
    void progressChanged();
    void retrying(const QString &reason, qint64 delayMs);
    void finished();

private:
    enum class Step
    {
        Query,
        Results,
        Stats,
        Cancel
    };

    void next();
    void send(const QByteArray &token);
    void onReply(QNetworkReply *reply, bool timedOut);
    void handle(const QJsonObject &body);
    bool takePage(const QJsonObject &body);
    void retryLater(const QString &reason, qint64 retryAfterMs);
    void end(Result<BigQueryResult> result);
    QUrl url(const QString &path) const;

    QNetworkAccessManager *m_network;
    TokenSource m_tokens;
    BackoffPolicy m_backoff;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(60)};
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};

    BigQueryRequest m_request;
    BigQueryResult m_data;
    BigQueryProgress m_progress;
    Result<BigQueryResult> m_result = fail(QStringLiteral("not started"));
    Step m_step = Step::Query;
    QString m_pageToken;
    QString m_location;
    bool m_running = false;
    bool m_refreshed = false;
    bool m_forceRefresh = false;
    int m_failures = 0;
    QTimer *m_wait = nullptr;
    QPointer<QNetworkReply> m_reply;
};

// Cloud Logging's linked datasets of a project's log buckets:
// GET {loggingEndpoint}/v2/projects/P/locations/-/buckets/-/links. Hands `done` the datasets as
// "PROJECT.LINK_ID", or an error that says how to create one when there is none.
void listLinkedDatasets(QNetworkAccessManager *network, const BigQueryClient::TokenSource &tokens,
                        const QUrl &loggingEndpoint, const QString &project,
                        std::function<void(Result<QStringList>)> done);
QString noLinkedDatasetHelp(const QString &project);

} // namespace gardener::gcp
