#pragma once

// A local BigQuery REST API (v2) on FakeHttpServer (127.0.0.1, OS-chosen port), speaking the
// wire format of https://cloud.google.com/bigquery/docs/reference/rest:
//   POST /bigquery/v2/projects/{p}/queries            jobs.query -> QueryResponse
//   GET  /bigquery/v2/projects/{p}/queries/{jobId}    jobs.getQueryResults (pageToken,
//                                                     startIndex, maxResults, timeoutMs,
//                                                     formatOptions.useInt64Timestamp)
//   POST /bigquery/v2/projects/{p}/jobs               jobs.insert (a query job, dryRun too)
//   GET  /bigquery/v2/projects/{p}/jobs/{jobId}       jobs.get (status.state, errorResult,
//                                                     statistics)
//   POST /bigquery/v2/projects/{p}/jobs/{jobId}/cancel jobs.cancel -> {kind, job}
//   GET  /v2/projects/{p}/locations/-/buckets/-/links Cloud Logging's linked datasets
// The SQL is executed for real against fixture entries (BqSqlEngine, fakebigquerysql.h lists the
// GoogleSQL it understands). Rows are {"f":[{"v":...}]} with every scalar a string; REPEATED
// fields are {"v":[{"v":"a"},...]}; TIMESTAMP values are microseconds as a string when
// formatOptions.useInt64Timestamp is true, else seconds as a floating-point string
// ("1.7101234561E9") as BigQuery writes them. Results are paged: maxResults rows per page
// (default pageRows()), the token is opaque, startIndex overrides it.
//
// Errors use Google's shape {"error":{"code","message","errors":[{"message","domain","reason"}],
// "status"}}:
//   no Bearer token            401 UNAUTHENTICATED
//   setDeniedPermission(true)  403 accessDenied "... bigquery.jobs.create permission ..."
//   maximumBytesBilled below the bytes billed (10 MiB minimum, whole MiB)
//                              400 bytesBilledLimitExceeded
//   bad SQL                    400 invalidQuery, unknown dataset/table 404 notFound
//   useLegacySql not false     400 invalidQuery (legacy SQL cannot read `_AllLogs`)
//   setFault()                 anything (429 rateLimitExceeded, 503 backendError, ...)
// setPendingPolls(n): a new job answers jobComplete:false (no rows, no schema) to jobs.query and
// to the next n-1 getQueryResults calls, then completes, as a long query does.
// setFailLate(reason): the next job fails once it "completes": getQueryResults answers 400 with
// the reason, and jobs.get answers 200 with status.errorResult (a job error inside a 200).

#include "tests/common/fakebigquerysql.h"
#include "tests/common/fakehttpserver.h"

#include <QJsonObject>
#include <functional>
#include <map>
#include <optional>

namespace gardener::test {

class FakeBigQuery : public QObject
{
    Q_OBJECT
public:
    explicit FakeBigQuery(QObject *parent = nullptr);

    bool listen() { return m_server.listen(); }
    FakeHttpServer &server() { return m_server; }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    BqSqlEngine &engine() { return m_engine; }

    // The dataset the `_AllLogs` view lives in, e.g. "test-project.logs_link".
    void setDataset(const QString &projectDotDataset) { m_engine.setDataset(projectDotDataset); }
    int load(const QJsonArray &entries) { return m_engine.load(entries); }

    void setPageRows(int rows) { m_pageRows = rows; }
    int pageRows() const { return m_pageRows; }
    void setPendingPolls(int polls) { m_pendingPolls = polls; }
    void setFailLate(const QString &reason, const QString &message)
    {
        m_failReason = reason;
        m_failMessage = message;
    }
    void setDeniedPermission(bool denied) { m_denied = denied; }
    // Linked datasets the Logging API lists (LogBucket links), as Link objects.
    void setLinks(const QJsonArray &links) { m_links = links; }

    using Fault = std::function<std::optional<HttpResponse>(const HttpRequest &)>;
    void setFault(Fault fault) { m_fault = std::move(fault); }

    // Job ids in creation order, and what each asked for (the jobs.query / jobs.insert body).
    QStringList jobIds() const { return m_order; }
    QJsonObject jobRequest(const QString &jobId) const;
    bool jobCancelled(const QString &jobId) const;

    static HttpResponse error(int code, const QString &reason, const QString &message);
    static QString timestampText(qint64 micros, bool int64);

private:
    struct Job
    {
        QString id, project;
        QJsonObject request; // the query config as sent
        std::optional<BqResult> result;
        std::optional<BqError> failure;
        int pendingPolls = 0;
        bool cancelled = false;
        bool dryRun = false;
        qint64 billed = 0;
        qint64 created = 0;
    };

    std::optional<HttpResponse> gate(const HttpRequest &request);
    HttpResponse query(const HttpRequest &request);
    HttpResponse insert(const HttpRequest &request);
    HttpResponse results(const HttpRequest &request);
    HttpResponse getJob(const HttpRequest &request);
    HttpResponse cancel(const HttpRequest &request);
    HttpResponse links(const HttpRequest &request);
    // Runs the query config; on success a new job, else the error answer.
    std::variant<Job *, HttpResponse> start(const QString &project, const QJsonObject &config,
                                            bool fromQueryCall, const QString &requestedId);
    QJsonObject page(const Job &job, qint64 start, int maxRows, bool int64Timestamps) const;
    QJsonObject reference(const Job &job) const;
    QJsonObject jobResource(const Job &job) const;

    FakeHttpServer m_server;
    BqSqlEngine m_engine;
    std::map<QString, Job> m_jobs;
    QStringList m_order;
    int m_pageRows = 1000;
    int m_pendingPolls = 0;
    QString m_failReason, m_failMessage;
    bool m_denied = false;
    QJsonArray m_links;
    Fault m_fault;
};

// A fixture generator shared by the tests, the conformance server and the equivalence test:
// `count` LogEntry objects spread evenly over [newest - span, newest], Cloud Run services, a
// mix of severities, message families carrying ids, UUIDs, numbers, IPs, e-mails, durations and
// hex values, some with a source location, and request logs (httpRequest only, no payload).
// Deterministic for a given seed.
QJsonArray makeBigQueryFixture(int count, const QDateTime &newest, qint64 spanSeconds,
                               quint32 seed = 1);

} // namespace gardener::test
