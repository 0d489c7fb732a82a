// The query builder's exact filter strings, the filter syntax check, and profiles in QSettings.
#include "core/gcp/profile.h"
#include "core/gcp/querybuilder.h"
#include "core/secrets/memorybackend.h"
#include "core/secrets/secretstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::gcp;

class TestGcpQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultQuery();
    void resourcesAndServices();
    void customWindowTextAndAdvanced();
    void rejectsUnknownSeverity();
    void sinceParsing();
    void validFilters_data();
    void validFilters();
    void invalidFilters_data();
    void invalidFilters();
    void profilesRoundTrip();
    void recentQueries();
    void browserProfileCredentialsFromKeychain();
};

static const QDateTime kNow(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);

void TestGcpQuery::defaultQuery()
{
    LogQuery q;
    q.service = QStringLiteral("checkout");
    q.minSeverity = QStringLiteral("WARNING");
    q.window = LogQuery::Window::LastHour;
    QCOMPARE(
        buildFilter(q, kNow).value_or(QString()),
        QStringLiteral(
            "resource.type=\"cloud_run_revision\" AND resource.labels.service_name=\"checkout\" "
            "AND severity>=WARNING AND timestamp>=\"2026-03-14T11:00:00Z\""));
    q.window = LogQuery::Window::Last2Days;
    QVERIFY(buildFilter(q, kNow)->endsWith(QStringLiteral("timestamp>=\"2026-03-12T12:00:00Z\"")));
}

void TestGcpQuery::resourcesAndServices()
{
    LogQuery q;
    q.window = LogQuery::Window::Last24Hours;
    q.service = QStringLiteral("web");
    q.resource = LogQuery::Resource::K8sContainer;
    QVERIFY(buildFilter(q, kNow)->startsWith(QStringLiteral(
        "resource.type=\"k8s_container\" AND resource.labels.container_name=\"web\"")));
    q.resource = LogQuery::Resource::CloudFunction;
    QVERIFY(
        buildFilter(q, kNow)->contains(QStringLiteral("resource.labels.function_name=\"web\"")));
    q.resource = LogQuery::Resource::GaeApp;
    QVERIFY(buildFilter(q, kNow)->contains(QStringLiteral("resource.labels.module_id=\"web\"")));
    q.resource = LogQuery::Resource::Any;
    const QString any = *buildFilter(q, kNow);
    QVERIFY(!any.contains(QStringLiteral("resource.type")));
    QVERIFY(any.startsWith(QStringLiteral("(resource.labels.service_name=\"web\" OR")));
    QVERIFY(validateFilter(any).has_value());
    QCOMPARE(LogQuery::resourceFromName(QStringLiteral("gae_app")), LogQuery::Resource::GaeApp);
    QVERIFY(!LogQuery::resourceFromName(QStringLiteral("gce_instance")).has_value());
}

void TestGcpQuery::customWindowTextAndAdvanced()
{
    LogQuery q;
    q.window = LogQuery::Window::Custom;
    q.customStart = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    q.customEnd = QDateTime(QDate(2026, 3, 2), QTime(6, 30), Qt::UTC);
    q.text = QStringLiteral("said \"no\"");
    q.advanced = QStringLiteral("httpRequest.status>=500 OR jsonPayload.error:*");
    QCOMPARE(*buildFilter(q, kNow),
             QStringLiteral(
                 "resource.type=\"cloud_run_revision\" AND timestamp>=\"2026-03-01T00:00:00Z\" AND "
                 "timestamp<=\"2026-03-02T06:30:00Z\" AND \"said \\\"no\\\"\" AND "
                 "(httpRequest.status>=500 OR jsonPayload.error:*)"));
    q.advanced = QStringLiteral("(severity>=ERROR");
    QVERIFY(!buildFilter(q, kNow).has_value());
}

void TestGcpQuery::rejectsUnknownSeverity()
{
    LogQuery q;
    q.minSeverity = QStringLiteral("SEVERE");
    auto f = buildFilter(q, kNow);
    QVERIFY(!f.has_value());
    QVERIFY(f.error().what.contains(QStringLiteral("WARNING")));
    q.minSeverity = QStringLiteral("error");
    QVERIFY(buildFilter(q, kNow)->contains(QStringLiteral("severity>=ERROR")));
}

void TestGcpQuery::sinceParsing()
{
    QCOMPARE(LogQuery::parseSinceSeconds(QStringLiteral("1h")), 3600);
    QCOMPARE(LogQuery::parseSinceSeconds(QStringLiteral("24h")), 86400);
    QCOMPARE(LogQuery::parseSinceSeconds(QStringLiteral("2d")), 172800);
    QCOMPARE(LogQuery::parseSinceSeconds(QStringLiteral("90m")), 5400);
    QVERIFY(!LogQuery::parseSinceSeconds(QStringLiteral("0h")).has_value());
    QVERIFY(!LogQuery::parseSinceSeconds(QStringLiteral("1w")).has_value());
    QVERIFY(!LogQuery::parseSinceSeconds(QStringLiteral("h")).has_value());
}

void TestGcpQuery::validFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("simple") << QStringLiteral("severity>=WARNING");
    QTest::newRow("and/or/not") << QStringLiteral(
        "severity>=ERROR AND (resource.type=\"gae_app\" OR NOT textPayload:\"ok\")");
    QTest::newRow("implicit and") << QStringLiteral("severity=ERROR \"timeout\"");
    QTest::newRow("regex") << QStringLiteral("textPayload=~\"^panic\" AND logName!~\"audit\"");
    QTest::newRow("escaped quote") << QStringLiteral("textPayload:\"a \\\" b\"");
    QTest::newRow("has") << QStringLiteral("jsonPayload.error:*");
    QTest::newRow("negation") << QStringLiteral("-severity=DEBUG");
    QTest::newRow("nested") << QStringLiteral("((a=1 OR b=2) AND c<3)");
}

void TestGcpQuery::validFilters()
{
    QFETCH(QString, filter);
    auto r = validateFilter(filter);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
}

void TestGcpQuery::invalidFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("offset");
    QTest::newRow("empty") << QString() << QStringLiteral("empty") << 0;
    QTest::newRow("open quote") << QStringLiteral("textPayload:\"abc")
                                << QStringLiteral("never closed") << 12;
    QTest::newRow("open paren") << QStringLiteral("(a=1 AND b=2") << QStringLiteral("never closed")
                                << 0;
    QTest::newRow("extra close") << QStringLiteral("a=1)") << QStringLiteral("no opening") << 3;
    QTest::newRow("double op") << QStringLiteral("a==1")
                               << QStringLiteral("Unknown comparison operator \"==\"") << 1;
    QTest::newRow("arrow") << QStringLiteral("a=>1")
                           << QStringLiteral("Unknown comparison operator") << 1;
    QTest::newRow("and and") << QStringLiteral("a=1 AND AND b=2")
                             << QStringLiteral("Empty clause before AND") << 8;
    QTest::newRow("leading or") << QStringLiteral("OR a=1")
                                << QStringLiteral("Empty clause before OR") << 0;
    QTest::newRow("trailing and") << QStringLiteral("a=1 AND")
                                  << QStringLiteral("ends with \"AND\"") << 4;
    QTest::newRow("no value") << QStringLiteral("severity>= AND a=1")
                              << QStringLiteral("has no value") << 8;
    QTest::newRow("no field") << QStringLiteral("=ERROR") << QStringLiteral("no field") << 0;
    QTest::newRow("empty parens") << QStringLiteral("a=1 AND ()") << QStringLiteral("Empty clause")
                                  << 9;
    QTest::newRow("value at end") << QStringLiteral("a=") << QStringLiteral("has no value") << 1;
}

void TestGcpQuery::invalidFilters()
{
    QFETCH(QString, filter);
    QFETCH(QString, message);
    QFETCH(int, offset);
    auto r = validateFilter(filter);
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().what.contains(message), qPrintable(r.error().what));
    QCOMPARE(r.error().offset, qint64(offset));
}

void TestGcpQuery::profilesRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile p;
    p.name = QStringLiteral("prod");
    p.projectId = QStringLiteral("shop-prod");
    p.account = QStringLiteral("me@example.com");
    p.auth = Profile::Auth::Browser;
    p.clientId = QStringLiteral("123.apps.googleusercontent.com");
    p.query.resource = LogQuery::Resource::K8sContainer;
    p.query.service = QStringLiteral("cart");
    p.query.minSeverity = QStringLiteral("ERROR");
    p.query.window = LogQuery::Window::LastHour;
    p.query.advanced = QStringLiteral("labels.env=\"prod\"");
    QVERIFY(store.save(p).has_value());
    QVERIFY(!store.save(Profile{}).has_value());
    QCOMPARE(store.names(), QStringList{QStringLiteral("prod")});
    const auto back = store.load(QStringLiteral("prod"));
    QVERIFY(back.has_value());
    QCOMPARE(back->projectId, p.projectId);
    QCOMPARE(int(back->auth), int(Profile::Auth::Browser));
    QCOMPARE(back->clientId, p.clientId);
    QCOMPARE(int(back->query.resource), int(LogQuery::Resource::K8sContainer));
    QCOMPARE(back->query.service, p.query.service);
    QCOMPARE(back->query.minSeverity, p.query.minSeverity);
    QCOMPARE(int(back->query.window), int(LogQuery::Window::LastHour));
    QCOMPARE(back->query.advanced, p.query.advanced);
    store.remove(QStringLiteral("prod"));
    QVERIFY(store.names().isEmpty());
    QVERIFY(!store.load(QStringLiteral("prod")).has_value());
}

void TestGcpQuery::recentQueries()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    for (int i = 0; i < 25; ++i)
        store.rememberQuery(QStringLiteral("q%1").arg(i));
    store.rememberQuery(QStringLiteral("q10"));
    const QStringList recent = store.recentQueries();
    QCOMPARE(recent.size(), ProfileStore::MaxRecentQueries);
    QCOMPARE(recent.first(), QStringLiteral("q10"));
    QCOMPARE(recent.count(QStringLiteral("q10")), 1);
    QCOMPARE(recent.at(1), QStringLiteral("q24"));
}

void TestGcpQuery::browserProfileCredentialsFromKeychain()
{
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    Profile p;
    p.name = QStringLiteral("prod");
    p.auth = Profile::Auth::Browser;
    p.clientId = QStringLiteral("cid");
    std::optional<Result<Credentials>> got;
    loadProfileCredentials(p, secrets, [&](Result<Credentials> c) { got = std::move(c); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->has_value());
    QVERIFY(got->error().what.startsWith(QStringLiteral("Sign in again")));

    secrets.write(secrets::SecretStore::profileKey(QStringLiteral("prod"), QStringLiteral("oauth")),
                  encodeBrowserSecret("cs", "1//rt"), [](auto) {});
    got.reset();
    loadProfileCredentials(p, secrets, [&](Result<Credentials> c) { got = std::move(c); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->has_value());
    QCOMPARE(got->value().refreshToken, QByteArray("1//rt"));
    QCOMPARE(got->value().clientSecret, QByteArray("cs"));
    QCOMPARE(got->value().clientId, QStringLiteral("cid"));
}

QTEST_GUILESS_MAIN(TestGcpQuery)
#include "tst_gcpquery.moc"
