// End to end: 200,000 entries behind the fake BigQuery, analysed there with the grouped query
// and clustered locally from the weighted rows, give the same issue clusters (fingerprints,
// counts, first/last seen) as downloading the same entries and clustering them locally.
#include "core/clustering/clusterengine.h"
#include "core/gcp/bigqueryanalysis.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"
#include "tests/common/fakebigquery.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace gardener;
using namespace gardener::gcp;
using namespace gardener::test;

namespace {

const QDateTime Newest(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
constexpr int Entries = 200'000;
constexpr qint64 Span = 2 * 86400;

QString describe(const clustering::IssueCluster &c)
{
    return QStringLiteral("%1 '%2' count %3 first %4 last %5 (%6)")
        .arg(c.fingerprint, c.name)
        .arg(c.count)
        .arg(c.firstSeenNs)
        .arg(c.lastSeenNs)
        .arg(c.explanation);
}

class TestBigQueryEquivalence : public QObject
{
    Q_OBJECT

    std::vector<GroupedRow> m_rows;
    clustering::ClusterSet m_local;
    quint64 m_localEntries = 0;

    static void compare(const clustering::ClusterSet &local, const clustering::ClusterSet &remote)
    {
        QStringList missing;
        for (const auto &c : local.clusters()) {
            const int j = remote.clusterIndex(c.fingerprint);
            if (j < 0) {
                missing << describe(c);
                continue;
            }
            const auto &r = remote.clusters()[size_t(j)];
            QVERIFY2(
                r.count == c.count && r.firstSeenNs == c.firstSeenNs &&
                    r.lastSeenNs == c.lastSeenNs,
                qPrintable(QStringLiteral("local %1\nremote %2").arg(describe(c), describe(r))));
            QCOMPARE(r.severities, c.severities);
            QCOMPARE(r.templates.size(), c.templates.size());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QCOMPARE(remote.clusters().size(), local.clusters().size());
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer clock;
        clock.start();
        const QJsonArray fixture = makeBigQueryFixture(Entries, Newest, Span, 42);
        // Local: what a download of WARNING and above would hold, clustered as usual.
        QJsonArray warnings;
        for (const QJsonValue &v : fixture) {
            const QString s = v.toObject()[QLatin1String("severity")].toString();
            if (s == QLatin1String("WARNING") || s == QLatin1String("ERROR") ||
                s == QLatin1String("CRITICAL"))
                warnings.append(v);
        }
        m_localEntries = quint64(warnings.size());
        LogStore store;
        const auto read =
            LogReader::readBytes(QJsonDocument(warnings).toJson(QJsonDocument::Compact),
                                 QStringLiteral("download.json"), store);
        QVERIFY(read);
        QCOMPARE(quint64(store.size()), m_localEntries);
        m_local = clustering::clusterStore(store);
        qInfo() << "local:" << m_local.clusters().size() << "clusters of" << m_localEntries
                << "entries";

        // BigQuery: the same entries behind the fake, the grouped query through the client.
        FakeBigQuery fake;
        QVERIFY(fake.listen());
        fake.setDataset(QStringLiteral("test-project.logs_link"));
        QCOMPARE(fake.load(fixture), Entries);
        GroupedQueryOptions o;
        o.dataset = *parseLinkedDataset(QStringLiteral("test-project.logs_link"));
        o.resourceType = QStringLiteral("cloud_run_revision"); // as the download's filter says
        o.start = Newest.addSecs(-Span);
        o.end = Newest.addSecs(1);
        const auto query = buildGroupedQuery(o);
        QVERIFY(query);
        QNetworkAccessManager net;
        BigQueryClient client(&net, [](bool, auto done) { done(QByteArray("test-token")); });
        BigQueryRequest request;
        request.endpoint = fake.baseUrl();
        request.project = QStringLiteral("test-project");
        request.sql = query->sql;
        request.parameters = query->parameters;
        request.pageRows = 5000;
        QSignalSpy finished(&client, &BigQueryClient::finished);
        client.start(request);
        QVERIFY(finished.wait(240'000));
        QVERIFY2(client.result(),
                 qPrintable(client.result() ? QString() : client.result().error().toString()));
        auto rows = groupedRows(*client.result());
        QVERIFY(rows);
        m_rows = std::move(*rows);
        qInfo() << "bigquery:" << m_rows.size() << "rows for" << representedEntries(m_rows)
                << "entries," << client.progress().requests << "requests;" << clock.elapsed()
                << "ms in all";
    }

    void everyEntryIsRepresentedOnce()
    {
        QCOMPARE(representedEntries(m_rows), m_localEntries);
        QVERIFY(m_rows.size() * 10 < m_localEntries); // the point: far fewer rows than entries
    }

    void weightedRowsGiveTheSameClusters() { compare(m_local, clusterRows(m_rows)); }

    void representativeExportGivesTheSameClusters()
    {
        LogStore store;
        QVERIFY(LogReader::readBytes(representativeExport(m_rows), QStringLiteral("bigquery.json"),
                                     store));
        const auto set = clusterRepresentatives(store, m_rows);
        QVERIFY(set);
        compare(m_local, *set);
        // Samples name entries of the store, which are real insert ids of BigQuery's rows.
        for (const auto &c : set->clusters())
            for (const auto &s : c.samples)
                QVERIFY(store.insertId(size_t(s.entry)).str().substr(0, 3) == "bq-");
    }

    void aWrongQueryGivesAWrongAnswer()
    {
        // Masking only numbers server-side (a wrong query) groups differently: fewer entries
        // per row, so far more rows; and the fake really ran it (no canned answer).
        FakeBigQuery fake;
        QVERIFY(fake.listen());
        fake.setDataset(QStringLiteral("test-project.logs_link"));
        fake.load(makeBigQueryFixture(2000, Newest, Span, 42));
        auto right =
            fake.engine().run(QStringLiteral("SELECT COUNT(DISTINCT m) AS n FROM (SELECT %1 AS m "
                                             "FROM `test-project.logs_link._AllLogs`)")
                                  .arg(maskExpression(QStringLiteral(
                                      "COALESCE(text_payload, JSON_VALUE(json_payload.message))"))),
                              {}, false);
        auto wrong = fake.engine().run(
            QStringLiteral(
                "SELECT COUNT(DISTINCT m) AS n FROM (SELECT REGEXP_REPLACE(COALESCE(text_payload, "
                "JSON_VALUE(json_payload.message)), r'[0-9]+', '<NUM>') AS m "
                "FROM `test-project.logs_link._AllLogs`)"),
            {}, false);
        QVERIFY(std::holds_alternative<BqResult>(right) && std::holds_alternative<BqResult>(wrong));
        const qint64 r = std::get<BqResult>(right).rows[0][0].toLongLong();
        const qint64 w = std::get<BqResult>(wrong).rows[0][0].toLongLong();
        QVERIFY2(w > r * 5, qPrintable(QStringLiteral("right %1 wrong %2").arg(r).arg(w)));
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestBigQueryEquivalence)
#include "tst_bigqueryequivalence.moc"
