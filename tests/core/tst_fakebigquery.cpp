// The fake BigQuery speaks the REST wire format and executes the SQL it receives.
#include "tests/common/fakebigquery.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace gardener::test;

namespace {

const QString Dataset = QStringLiteral("test-project.logs_link");

struct Reply
{
    int status = 0;
    QJsonObject body;
};

class TestFakeBigQuery : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_net;

    Reply call(FakeBigQuery &fake, const QByteArray &method, const QString &path,
               const QJsonObject &body = {}, const QString &query = {})
    {
        QUrl url = fake.baseUrl();
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer test-token");
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            method == "POST"
                ? m_net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
                : m_net.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return r;
    }

    Reply query(FakeBigQuery &fake, const QString &sql, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("query"), sql);
        if (!extra.contains(QLatin1String("useLegacySql")))
            extra.insert(QStringLiteral("useLegacySql"), false);
        return call(fake, "POST", QStringLiteral("/bigquery/v2/projects/test-project/queries"),
                    extra);
    }

    static QString cell(const QJsonObject &response, int row, int column)
    {
        return response[QLatin1String("rows")]
            .toArray()[row]
            .toObject()[QLatin1String("f")]
            .toArray()[column]
            .toObject()[QLatin1String("v")]
            .toString();
    }

    static QJsonArray entries()
    {
        QJsonArray e;
        const auto add = [&e](const QString &id, const QString &ts, const QString &sev,
                              const QString &service, const QString &text) {
            e.append(QJsonObject{
                {QStringLiteral("insertId"), id},
                {QStringLiteral("timestamp"), ts},
                {QStringLiteral("severity"), sev},
                {QStringLiteral("textPayload"), text},
                {QStringLiteral("resource"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud_run_revision")},
                             {QStringLiteral("labels"),
                              QJsonObject{{QStringLiteral("service_name"), service}}}}}});
        };
        add(QStringLiteral("a"), QStringLiteral("2026-03-14T11:00:00.123Z"),
            QStringLiteral("ERROR"), QStringLiteral("checkout"), QStringLiteral("order 17 failed"));
        add(QStringLiteral("b"), QStringLiteral("2026-03-14T11:20:00Z"), QStringLiteral("ERROR"),
            QStringLiteral("checkout"), QStringLiteral("order 4242 failed"));
        add(QStringLiteral("c"), QStringLiteral("2026-03-14T12:05:00Z"), QStringLiteral("WARNING"),
            QStringLiteral("checkout"), QStringLiteral("order 9 failed"));
        add(QStringLiteral("d"), QStringLiteral("2026-03-14T12:06:00Z"), QStringLiteral("INFO"),
            QStringLiteral("cart"), QStringLiteral("cart opened"));
        add(QStringLiteral("e"), QStringLiteral("2026-03-14T12:07:00Z"), QStringLiteral("ERROR"),
            QStringLiteral("cart"), QStringLiteral("timeout after 3.5s"));
        return e;
    }

    void setUp(FakeBigQuery &fake)
    {
        QVERIFY(fake.listen());
        fake.setDataset(Dataset);
        QCOMPARE(fake.load(entries()), 5);
    }

    const QString grouped = QStringLiteral(
        "WITH masked AS (\n"
        "  SELECT REGEXP_REPLACE(text_payload, r'\\b[0-9]+\\b', '<NUM>') AS message,\n"
        "         JSON_VALUE(resource.labels.service_name) AS service, severity, timestamp, "
        "insert_id\n"
        "  FROM `test-project.logs_link._AllLogs`\n"
        "  WHERE severity_number >= @min_severity AND timestamp >= @start)\n"
        "SELECT message, service, COUNT(*) AS n, MIN(timestamp) AS first_seen, MAX(timestamp) AS "
        "last_seen,\n"
        "       TIMESTAMP_TRUNC(MIN(timestamp), HOUR) AS first_hour,\n"
        "       ARRAY_AGG(insert_id ORDER BY timestamp DESC LIMIT 2) AS samples,\n"
        "       APPROX_COUNT_DISTINCT(severity) AS severities\n"
        "FROM masked GROUP BY message, service ORDER BY n DESC, message");

    QJsonArray params() const
    {
        return QJsonArray{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("min_severity")},
                        {QStringLiteral("parameterType"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("INT64")}}},
                        {QStringLiteral("parameterValue"),
                         QJsonObject{{QStringLiteral("value"), QStringLiteral("400")}}}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("start")},
                        {QStringLiteral("parameterType"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("TIMESTAMP")}}},
                        {QStringLiteral("parameterValue"),
                         QJsonObject{{QStringLiteral("value"),
                                      QStringLiteral("2026-03-14 10:00:00+00:00")}}}}};
    }

private slots:
    void executesTheSqlAndAnswersInTheWireFormat()
    {
        FakeBigQuery fake;
        setUp(fake);
        const Reply r = query(fake, grouped,
                              {{QStringLiteral("queryParameters"), params()},
                               {QStringLiteral("parameterMode"), QStringLiteral("NAMED")},
                               {QStringLiteral("formatOptions"),
                                QJsonObject{{QStringLiteral("useInt64Timestamp"), true}}}});
        QVERIFY2(r.status == 200, QJsonDocument(r.body).toJson().constData());
        QCOMPARE(r.body[QLatin1String("kind")].toString(),
                 QStringLiteral("bigquery#queryResponse"));
        QVERIFY(r.body[QLatin1String("jobComplete")].toBool());
        QCOMPARE(r.body[QLatin1String("totalRows")].toString(),
                 QStringLiteral("2")); // INFO left out
        const QJsonArray fields =
            r.body[QLatin1String("schema")].toObject()[QLatin1String("fields")].toArray();
        QCOMPARE(fields.size(), 8);
        QCOMPARE(fields[2].toObject()[QLatin1String("type")].toString(), QStringLiteral("INTEGER"));
        QCOMPARE(fields[3].toObject()[QLatin1String("type")].toString(),
                 QStringLiteral("TIMESTAMP"));
        QCOMPARE(fields[5].toObject()[QLatin1String("type")].toString(),
                 QStringLiteral("TIMESTAMP"));
        QCOMPARE(fields[6].toObject()[QLatin1String("mode")].toString(),
                 QStringLiteral("REPEATED"));
        // The regex really ran: three orders are one masked message, with string scalars.
        QCOMPARE(cell(r.body, 0, 0), QStringLiteral("order <NUM> failed"));
        QCOMPARE(cell(r.body, 0, 1), QStringLiteral("checkout"));
        QCOMPARE(cell(r.body, 0, 2), QStringLiteral("3"));
        QCOMPARE(cell(r.body, 0, 3), QStringLiteral("1773486000123000"));
        QCOMPARE(cell(r.body, 0, 5), QStringLiteral("1773486000000000"));
        QCOMPARE(cell(r.body, 0, 7), QStringLiteral("2"));
        const QJsonArray samples = r.body[QLatin1String("rows")]
                                       .toArray()[0]
                                       .toObject()[QLatin1String("f")]
                                       .toArray()[6]
                                       .toObject()[QLatin1String("v")]
                                       .toArray();
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples[0].toObject()[QLatin1String("v")].toString(), QStringLiteral("c"));
        QCOMPARE(samples[1].toObject()[QLatin1String("v")].toString(), QStringLiteral("b"));
        QCOMPARE(cell(r.body, 1, 0), QStringLiteral("timeout after <NUM>.5s")); // \b splits "3.5s"
        const QJsonObject ref = r.body[QLatin1String("jobReference")].toObject();
        QCOMPARE(ref[QLatin1String("projectId")].toString(), QStringLiteral("test-project"));
        QVERIFY(!ref[QLatin1String("jobId")].toString().isEmpty());
    }

    void timestampsAsFloatSecondsWithoutInt64Option()
    {
        QCOMPARE(FakeBigQuery::timestampText(1773486000123000, false),
                 QStringLiteral("1.773486000123E9"));
        QCOMPARE(FakeBigQuery::timestampText(1773486000000000, false),
                 QStringLiteral("1.773486E9"));
        FakeBigQuery fake;
        setUp(fake);
        const Reply r = query(
            fake,
            QStringLiteral(
                "SELECT timestamp FROM `test-project.logs_link._AllLogs` WHERE insert_id = 'a'"));
        QCOMPARE(cell(r.body, 0, 0), QStringLiteral("1.773486000123E9"));
    }

    void pagesWithTokenAndStartIndex()
    {
        FakeBigQuery fake;
        setUp(fake);
        const QString sql = QStringLiteral(
            "SELECT insert_id FROM `test-project.logs_link._AllLogs` ORDER BY insert_id");
        const Reply first = query(fake, sql, {{QStringLiteral("maxResults"), 2}});
        QCOMPARE(first.body[QLatin1String("rows")].toArray().size(), 2);
        QCOMPARE(first.body[QLatin1String("totalRows")].toString(), QStringLiteral("5"));
        const QString token = first.body[QLatin1String("pageToken")].toString();
        QVERIFY(!token.isEmpty());
        const QString job =
            first.body[QLatin1String("jobReference")].toObject()[QLatin1String("jobId")].toString();
        const QString path = QStringLiteral("/bigquery/v2/projects/test-project/queries/") + job;
        Reply next = call(fake, "GET", path, {}, QStringLiteral("maxResults=2&pageToken=") + token);
        QCOMPARE(cell(next.body, 0, 0), QStringLiteral("c"));
        QCOMPARE(next.body[QLatin1String("kind")].toString(),
                 QStringLiteral("bigquery#getQueryResultsResponse"));
        next = call(fake, "GET", path, {},
                    QStringLiteral("maxResults=2&pageToken=") +
                        next.body[QLatin1String("pageToken")].toString());
        QCOMPARE(next.body[QLatin1String("rows")].toArray().size(), 1);
        QVERIFY(!next.body.contains(QLatin1String("pageToken")));
        const Reply indexed =
            call(fake, "GET", path, {}, QStringLiteral("startIndex=3&maxResults=1"));
        QCOMPARE(cell(indexed.body, 0, 0), QStringLiteral("d"));
        QCOMPARE(call(fake, "GET", path, {}, QStringLiteral("pageToken=garbage")).status, 400);
    }

    void lateJobPollsThenCompletesAndCanBeCancelled()
    {
        FakeBigQuery fake;
        setUp(fake);
        fake.setPendingPolls(2);
        const QString sql =
            QStringLiteral("SELECT COUNT(*) AS n FROM `test-project.logs_link._AllLogs`");
        const Reply first = query(fake, sql);
        QCOMPARE(first.body[QLatin1String("jobComplete")].toBool(true), false);
        QVERIFY(!first.body.contains(QLatin1String("rows")));
        const QString job =
            first.body[QLatin1String("jobReference")].toObject()[QLatin1String("jobId")].toString();
        const QString path = QStringLiteral("/bigquery/v2/projects/test-project/queries/") + job;
        QCOMPARE(call(fake, "GET", path, {}, QStringLiteral("timeoutMs=10"))
                     .body[QLatin1String("jobComplete")]
                     .toBool(true),
                 false);
        const Reply done = call(fake, "GET", path);
        QVERIFY(done.body[QLatin1String("jobComplete")].toBool());
        QCOMPARE(cell(done.body, 0, 0), QStringLiteral("5"));

        const Reply pending = query(fake, sql);
        const QString job2 = pending.body[QLatin1String("jobReference")]
                                 .toObject()[QLatin1String("jobId")]
                                 .toString();
        const Reply cancelled =
            call(fake, "POST",
                 QStringLiteral("/bigquery/v2/projects/test-project/jobs/%1/cancel").arg(job2));
        QCOMPARE(cancelled.body[QLatin1String("kind")].toString(),
                 QStringLiteral("bigquery#jobCancelResponse"));
        QVERIFY(fake.jobCancelled(job2));
        const Reply after =
            call(fake, "GET", QStringLiteral("/bigquery/v2/projects/test-project/queries/") + job2);
        QCOMPARE(after.status, 400);
        const QJsonObject error = after.body[QLatin1String("error")].toObject();
        QCOMPARE(error[QLatin1String("errors")]
                     .toArray()[0]
                     .toObject()[QLatin1String("reason")]
                     .toString(),
                 QStringLiteral("stopped"));
        const Reply meta =
            call(fake, "GET", QStringLiteral("/bigquery/v2/projects/test-project/jobs/") + job2);
        QCOMPARE(meta.status, 200); // the job's error is inside a 200
        QCOMPARE(meta.body[QLatin1String("status")]
                     .toObject()[QLatin1String("errorResult")]
                     .toObject()[QLatin1String("reason")]
                     .toString(),
                 QStringLiteral("stopped"));
    }

    void dryRunAndBytesBilledCap()
    {
        FakeBigQuery fake;
        setUp(fake);
        const QString sql =
            QStringLiteral("SELECT text_payload FROM `test-project.logs_link._AllLogs`");
        const Reply dry = query(fake, sql, {{QStringLiteral("dryRun"), true}});
        QCOMPARE(dry.status, 200);
        const qint64 bytes = dry.body[QLatin1String("totalBytesProcessed")].toString().toLongLong();
        qint64 expected = 0;
        for (const QJsonValue &e : entries())
            expected += 2 + e.toObject()[QLatin1String("textPayload")].toString().toUtf8().size();
        QCOMPARE(bytes, expected); // only the column the query reads is scanned
        QVERIFY(!dry.body.contains(QLatin1String("rows")));
        QVERIFY(fake.jobIds().isEmpty());
        const Reply capped =
            query(fake, sql, {{QStringLiteral("maximumBytesBilled"), QStringLiteral("1000")}});
        QCOMPARE(capped.status, 400);
        const QJsonObject error = capped.body[QLatin1String("error")].toObject();
        QCOMPARE(error[QLatin1String("errors")]
                     .toArray()[0]
                     .toObject()[QLatin1String("reason")]
                     .toString(),
                 QStringLiteral("bytesBilledLimitExceeded"));
        QVERIFY(error[QLatin1String("message")].toString().contains(
            QLatin1String("10485760 or higher required")));
        QCOMPARE(
            query(fake, sql, {{QStringLiteral("maximumBytesBilled"), QStringLiteral("10485760")}})
                .status,
            200);
    }

    void errorsInGoogleShape()
    {
        FakeBigQuery fake;
        setUp(fake);
        auto reasonOf = [](const Reply &r) {
            return r.body[QLatin1String("error")]
                .toObject()[QLatin1String("errors")]
                .toArray()[0]
                .toObject()[QLatin1String("reason")]
                .toString();
        };
        Reply r = query(
            fake,
            QStringLiteral("SELECT FOO(text_payload) AS x FROM `test-project.logs_link._AllLogs`"));
        QCOMPARE(r.status, 400);
        QCOMPARE(reasonOf(r), QStringLiteral("invalidQuery"));
        QVERIFY(r.body[QLatin1String("error")]
                    .toObject()[QLatin1String("message")]
                    .toString()
                    .startsWith(QLatin1String("Function not found: FOO")));
        r = query(fake, QStringLiteral("SELECT insert_id FROM `test-project.other._AllLogs`"));
        QCOMPARE(r.status, 404);
        QCOMPARE(reasonOf(r), QStringLiteral("notFound"));
        r = query(fake, QStringLiteral("SELECT insert_id FROM `test-project.logs_link._AllLogs`"),
                  {{QStringLiteral("useLegacySql"), true}});
        QCOMPARE(reasonOf(r), QStringLiteral("invalidQuery"));
        r = query(fake,
                  QStringLiteral("SELECT nosuchcolumn FROM `test-project.logs_link._AllLogs`"));
        QCOMPARE(reasonOf(r), QStringLiteral("invalidQuery"));
        fake.setDeniedPermission(true);
        r = query(fake, QStringLiteral("SELECT insert_id FROM `test-project.logs_link._AllLogs`"));
        QCOMPARE(r.status, 403);
        QCOMPARE(reasonOf(r), QStringLiteral("accessDenied"));
        QVERIFY(
            r.body[QLatin1String("error")].toObject()[QLatin1String("message")].toString().contains(
                QLatin1String("bigquery.jobs.create")));
    }

    void fixtureIsDeterministicAndLoads()
    {
        const QDateTime newest(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
        const QJsonArray a = makeBigQueryFixture(500, newest, 3600, 7);
        QCOMPARE(a, makeBigQueryFixture(500, newest, 3600, 7));
        QVERIFY(a != makeBigQueryFixture(500, newest, 3600, 8));
        FakeBigQuery fake;
        QVERIFY(fake.listen());
        fake.setDataset(Dataset);
        QCOMPARE(fake.load(a), 500);
        const Reply r = query(
            fake,
            QStringLiteral(
                "SELECT COUNT(*) AS n, MIN(timestamp) AS lo FROM `test-project.logs_link._AllLogs` "
                "WHERE JSON_VALUE(resource.labels, '$.service_name') = 'payments' OR "
                "source_location.file IS NOT NULL"),
            {{QStringLiteral("formatOptions"),
              QJsonObject{{QStringLiteral("useInt64Timestamp"), true}}}});
        int expected = 0;
        for (const QJsonValue &v : a) {
            const QJsonObject e = v.toObject();
            if (e[QLatin1String("resource")]
                        .toObject()[QLatin1String("labels")]
                        .toObject()[QLatin1String("service_name")]
                        .toString() == QLatin1String("payments") ||
                e.contains(QLatin1String("sourceLocation")))
                ++expected;
        }
        QCOMPARE(cell(r.body, 0, 0).toInt(), expected);
        QCOMPARE(cell(r.body, 0, 1).toLongLong(), newest.addSecs(-3600).toMSecsSinceEpoch() * 1000);
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestFakeBigQuery)
#include "tst_fakebigquery.moc"
