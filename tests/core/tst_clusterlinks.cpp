// Links out of and into the app: the Logs Explorer and Cloud Trace console URLs of a cluster and
// an entry, loggardener:// links to a cluster, and "users affected" counted from the entries.
#include "core/evidence/usersaffected.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"
#include "core/pipeline/clusterfacts.h"
#include "core/session/clusterlink.h"

#include <QTest>
#include <QUrl>

using namespace gardener;

namespace {

std::shared_ptr<LogStore> storeOf(const QByteArray &lines)
{
    auto store = std::make_shared<LogStore>();
    auto report = LogReader::readBytes(lines, QStringLiteral("links-test.jsonl"), *store);
    if (!report)
        QTest::qFail(qPrintable(report.error().what), __FILE__, __LINE__);
    return store;
}

QByteArray entry(int i, const QString &extra)
{
    return QStringLiteral("{\"insertId\":\"e%1\",\"timestamp\":\"2026-11-30T10:00:%2Z\","
                          "\"severity\":\"ERROR\","
                          "\"resource\":{\"type\":\"cloud_run_revision\",\"labels\":{\"service_"
                          "name\":\"api\",\"project_id\":\"acme-prod\"}},"
                          "\"textPayload\":\"payment failed\"%3}\n")
        .arg(i)
        .arg(i % 60, 2, 10, QLatin1Char('0'))
        .arg(extra)
        .toUtf8();
}

std::vector<quint64> all(const LogStore &store)
{
    std::vector<quint64> v(store.size());
    for (size_t i = 0; i < v.size(); ++i)
        v[i] = i;
    return v;
}

} // namespace

class TestClusterLinks : public QObject
{
    Q_OBJECT
private slots:
    void logsExplorerUrlHasQueryWindowAndProject()
    {
        const QDateTime start =
            QDateTime::fromString(QStringLiteral("2026-11-30T10:00:00Z"), Qt::ISODate);
        const QDateTime end =
            QDateTime::fromString(QStringLiteral("2026-11-30T11:30:00Z"), Qt::ISODate);
        const QString url =
            pipeline::logsQueryUrl(QStringLiteral("acme-prod"), QStringLiteral("api"),
                                   QStringLiteral("payment \"failed\""), start, end);
        QVERIFY2(
            url.startsWith(QStringLiteral("https://console.cloud.google.com/logs/query;query=")),
            qPrintable(url));
        // One absolute range, "START/END" with the slash encoded, before the project.
        QVERIFY2(url.contains(QStringLiteral(
                     ";timeRange=2026-11-30T10:00:00Z%2F2026-11-30T11:30:01Z?project=acme-prod")),
                 qPrintable(url));
        QVERIFY(!url.contains(QStringLiteral("startTime")));
        const QString query = QUrl::fromPercentEncoding(
            url.section(QStringLiteral(";query="), 1).section(QLatin1Char(';'), 0, 0).toUtf8());
        QCOMPARE(query, QStringLiteral("resource.type=\"cloud_run_revision\"\nresource.labels."
                                       "service_name=\"api\"\n\"payment \\\"failed\\\"\""));
    }

    void traceUrlOfAnEntry()
    {
        auto store = storeOf(
            entry(
                0,
                QStringLiteral(
                    ",\"trace\":\"projects/acme-trace/traces/4bf92f3577b34da6a3ce929d0e0e4736\"")) +
            entry(1, QString()));
        QCOMPARE(pipeline::entryTraceUrl(*store, 0),
                 QStringLiteral("https://console.cloud.google.com/traces/"
                                "list?tid=4bf92f3577b34da6a3ce929d0e0e4736&project=acme-trace"));
        QVERIFY(pipeline::entryTraceUrl(*store, 1).isEmpty());
        QVERIFY(pipeline::entryTraceUrl(*store, 7).isEmpty());
    }

    void clusterLinkRoundTrips()
    {
        ClusterLink link;
        link.fingerprint = QStringLiteral("v1:3f2a9c0e1b2d4f60");
        link.files = {QStringLiteral("/tmp/logs & more/run #1.json"),
                      QStringLiteral("/tmp/100%.jsonl.gz")};
        const QString text = link.toString();
        QVERIFY2(
            text.startsWith(QStringLiteral("loggardener://open?cluster=v1:3f2a9c0e1b2d4f60&file=")),
            qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char(' ')));
        auto parsed = ClusterLink::parse(text);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().what));
        QCOMPARE(parsed->fingerprint, link.fingerprint);
        QCOMPARE(parsed->files, link.files);
        QVERIFY(!parsed->demo);

        ClusterLink demo;
        demo.demo = true;
        demo.fingerprint = QStringLiteral("v1:00aa");
        auto parsedDemo = ClusterLink::parse(demo.toString());
        QVERIFY(parsedDemo && parsedDemo->demo && parsedDemo->files.isEmpty());
    }

    void badClusterLinksSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("says");
        QTest::newRow("other scheme") << QStringLiteral("https://open?cluster=v1:1&demo=1")
                                      << QStringLiteral("not a Log Gardener cluster link");
        QTest::newRow("no cluster")
            << QStringLiteral("loggardener://open?demo=1") << QStringLiteral("names no cluster");
        QTest::newRow("no data") << QStringLiteral("loggardener://open?cluster=v1:1")
                                 << QStringLiteral("no export file");
        QTest::newRow("relative") << QStringLiteral("loggardener://open?cluster=v1:1&file=run.json")
                                  << QStringLiteral("not an absolute path");
        QTest::newRow("unknown part")
            << QStringLiteral("loggardener://open?cluster=v1:1&demo=1&select=2")
            << QStringLiteral("unknown part \"select\"");
    }

    void badClusterLinksSayWhatIsWrong()
    {
        QFETCH(QString, link);
        QFETCH(QString, says);
        auto parsed = ClusterLink::parse(link);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().what.contains(says), qPrintable(parsed.error().what));
        QCOMPARE(parsed.error().file, link);
    }

    void usersAffectedCountsUserKeys()
    {
        QByteArray lines;
        for (int i = 0; i < 30; ++i) {
            // Three users in entry labels, two more only in the payload; IPs are ignored when users
            // are named.
            const QString extra =
                i < 20 ? QStringLiteral(",\"labels\":{\"user_id\":\"u-%1\"},\"httpRequest\":{"
                                        "\"remoteIp\":\"10.0.0.%2\"}")
                             .arg(i % 3)
                             .arg(i)
                       : QStringLiteral(",\"jsonPayload\":{\"message\":\"x\",\"userId\":\"p-%1\"}")
                             .arg(i % 2);
            lines += entry(i, extra);
        }
        auto store = storeOf(lines);
        const auto users = evidence::usersAffected(*store, all(*store));
        QCOMPARE(users.kind, evidence::UsersAffected::Kind::Users);
        QCOMPARE(users.distinct, quint64(5));
        QCOMPARE(users.withValue, quint64(30));
        QCOMPARE(users.field, QStringLiteral("labels.user_id"));
        QVERIFY(!users.sampled());
    }

    void usersAffectedFallsBackToIpsSaidAsIps()
    {
        QByteArray lines;
        for (int i = 0; i < 12; ++i)
            lines += entry(
                i,
                i < 9
                    ? QStringLiteral(",\"httpRequest\":{\"remoteIp\":\"203.0.113.%1\"}").arg(i % 4)
                    : QString());
        auto store = storeOf(lines);
        const auto ips = evidence::usersAffected(*store, all(*store));
        QCOMPARE(ips.kind, evidence::UsersAffected::Kind::Ips);
        QCOMPARE(ips.distinct, quint64(4));
        QCOMPARE(ips.withValue, quint64(9));
        QCOMPARE(ips.field, QStringLiteral("httpRequest.remoteIp"));

        // Nothing names a user or an address: nothing is claimed.
        auto bare = storeOf(entry(0, QString()) + entry(1, QString()));
        QCOMPARE(evidence::usersAffected(*bare, all(*bare)).kind,
                 evidence::UsersAffected::Kind::None);

        // A sample is said to be one.
        const auto sampled = evidence::usersAffected(*store, all(*store), 6);
        QCOMPARE(sampled.read, quint64(6));
        QVERIFY(sampled.sampled());
    }
};

QTEST_GUILESS_MAIN(TestClusterLinks)
#include "tst_clusterlinks.moc"
