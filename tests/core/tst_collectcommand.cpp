// `loggardener collect` end to end against the fake Google: a service-account key file from
// GOOGLE_APPLICATION_CREDENTIALS whose token_uri points at the fake, and a saved profile.
#include "app/cli/collectcommand.h"
#include "core/gcp/profile.h"
#include "tests/common/fakegoogle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::test;

namespace {
struct Run
{
    int code = -1;
    QString out, err;
};

Run collect(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    cli::CollectCommand command;
    r.code = command.run(args, out, err);
    return r;
}

QJsonArray readArray(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}
} // namespace

class TestCollectCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors();
    void badFilterIsReported();
    void noCredentials();
    void endToEndServiceAccountFromEnvironment();
    void profileWithAdcFile();
    void interruptedCollectionResumesItsWindow();

private:
    QTemporaryDir m_home;
};

void TestCollectCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings, gcloud config and HOME all inside a throw-away directory.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("CLOUDSDK_CONFIG", m_home.filePath(QStringLiteral("gcloud")).toUtf8());
    qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("loggardener"));
}

void TestCollectCommand::usageErrors()
{
    const QString out = m_home.filePath(QStringLiteral("x.json"));
    QCOMPARE(collect({QStringLiteral("--out"), out}).code, int(cli::ExitUsage));
    QCOMPARE(collect({QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--profile"),
                      QStringLiteral("q"), QStringLiteral("--out"), out})
                 .code,
             int(cli::ExitUsage));
    QCOMPARE(collect({QStringLiteral("--project"), QStringLiteral("p")}).code, int(cli::ExitUsage));
    const Run since =
        collect({QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--since"),
                 QStringLiteral("yesterday"), QStringLiteral("--out"), out});
    QCOMPARE(since.code, int(cli::ExitUsage));
    QVERIFY(since.err.contains(QStringLiteral("--since")));
    QCOMPARE(collect({QStringLiteral("--bogus")}).code, int(cli::ExitUsage));
    const Run help = collect({QStringLiteral("--help")});
    QCOMPARE(help.code, int(cli::ExitOk));
    QVERIFY(help.out.contains(QStringLiteral("--logging-endpoint")));
}

void TestCollectCommand::badFilterIsReported()
{
    const Run r = collect({QStringLiteral("--project"), QStringLiteral("p"),
                           QStringLiteral("--filter"), QStringLiteral("severity>= AND x"),
                           QStringLiteral("--out"), m_home.filePath(QStringLiteral("x.json"))});
    QCOMPARE(r.code, int(cli::ExitFailure));
    QVERIFY2(r.err.contains(QStringLiteral("has no value")), qPrintable(r.err));
}

void TestCollectCommand::noCredentials()
{
    const Run r = collect({QStringLiteral("--project"), QStringLiteral("p"),
                           QStringLiteral("--out"), m_home.filePath(QStringLiteral("x.json"))});
    QCOMPARE(r.code, int(cli::ExitFailure));
    QVERIFY2(r.err.contains(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS")), qPrintable(r.err));
}

void TestCollectCommand::endToEndServiceAccountFromEnvironment()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    QTemporaryDir dir;
    const QString keyFile = google.writeServiceAccountFile(dir.path(), generateRsaKeyPair());
    const QJsonArray all = makeEntries(2500, QDateTime::currentDateTimeUtc().addSecs(-60));
    google.setEntries(all, 1000);
    qputenv("GOOGLE_APPLICATION_CREDENTIALS", keyFile.toUtf8());
    const QString out = dir.filePath(QStringLiteral("collected.json"));
    const Run r = collect(
        {QStringLiteral("--project"), QStringLiteral("test-project"), QStringLiteral("--service"),
         QStringLiteral("checkout"), QStringLiteral("--since"), QStringLiteral("2d"),
         QStringLiteral("--severity"), QStringLiteral("warning"), QStringLiteral("--filter"),
         QStringLiteral("textPayload:\"took\""), QStringLiteral("--out"), out,
         QStringLiteral("--logging-endpoint"), google.baseUrl().toString()});
    qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    QVERIFY2(r.code == cli::ExitOk, qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // messages go to standard error
    QVERIFY(r.err.contains(QStringLiteral("wrote 2500 entries")));

    const QJsonArray written = readArray(out);
    QCOMPARE(written.size(), 2500);
    QCOMPARE(written.first().toObject().value(QStringLiteral("insertId")).toString(),
             QStringLiteral("id-0"));

    // The token came from a signed JWT at the file's token_uri.
    QCOMPARE(google.tokenCalls(), 1);
    const QUrlQuery form(
        QString::fromUtf8(google.server().requests("POST", QStringLiteral("/token")).first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
             QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    const auto lists = google.listRequests();
    QCOMPARE(lists.size(), 3);
    const QString filter = QJsonDocument::fromJson(lists.first().body)
                               .object()
                               .value(QStringLiteral("filter"))
                               .toString();
    QVERIFY2(
        filter.startsWith(QStringLiteral(
            "resource.type=\"cloud_run_revision\" AND resource.labels.service_name=\"checkout\" "
            "AND severity>=WARNING AND timestamp>=\"")),
        qPrintable(filter));
    QVERIFY(filter.endsWith(QStringLiteral(" AND (textPayload:\"took\")")));
}

void TestCollectCommand::interruptedCollectionResumesItsWindow()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    QTemporaryDir dir;
    const QString keyFile = google.writeServiceAccountFile(dir.path(), generateRsaKeyPair());
    google.setEntries(makeEntries(2500, QDateTime::currentDateTimeUtc().addSecs(-60)), 1000);
    // The second page fails for good: the collection stops with one page saved.
    google.setListFault([](int call, const HttpRequest &) -> std::optional<HttpResponse> {
        if (call != 1)
            return std::nullopt;
        return FakeGoogle::googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                                       QStringLiteral("try again later"));
    });
    qputenv("GOOGLE_APPLICATION_CREDENTIALS", keyFile.toUtf8());
    const QString out = dir.filePath(QStringLiteral("collected.json"));
    const QStringList args{QStringLiteral("--project"),
                           QStringLiteral("test-project"),
                           QStringLiteral("--since"),
                           QStringLiteral("1h"),
                           QStringLiteral("--out"),
                           out,
                           QStringLiteral("--logging-endpoint"),
                           google.baseUrl().toString()};
    const Run first = collect(args);
    QVERIFY(first.code != cli::ExitOk);
    QVERIFY(QFileInfo::exists(out + QStringLiteral(".state.json")));
    const int callsBefore = google.listCalls();

    // "now minus 1h" moves on with the clock's second: only a pinned window resumes.
    const qint64 firstSecond = QDateTime::currentSecsSinceEpoch();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > firstSecond, 5000);
    google.setListFault({});
    const Run second = collect(args);
    qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    QVERIFY2(second.code == cli::ExitOk, qPrintable(second.err));
    QVERIFY2(second.err.contains(QStringLiteral("(resumed)")), qPrintable(second.err));
    const auto lists = google.listRequests();
    QCOMPARE(lists.size() - callsBefore, 2); // pages 2 and 3 only
    const QJsonObject resumed = QJsonDocument::fromJson(lists.at(callsBefore).body).object();
    QVERIFY(!resumed.value(QStringLiteral("pageToken")).toString().isEmpty());
    QCOMPARE(resumed.value(QStringLiteral("filter")),
             QJsonDocument::fromJson(lists.first().body).object().value(QStringLiteral("filter")));
    QCOMPARE(readArray(out).size(), 2500);
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".window.json")));
}

void TestCollectCommand::profileWithAdcFile()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addRefreshToken("1//adc");
    QTemporaryDir dir;
    const QString adc = dir.filePath(QStringLiteral("adc.json"));
    {
        QFile f(adc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("authorized_user")},
                            {QStringLiteral("client_id"),
                             QStringLiteral("test-client.apps.googleusercontent.com")},
                            {QStringLiteral("client_secret"), QStringLiteral("test-client-secret")},
                            {QStringLiteral("refresh_token"), QStringLiteral("1//adc")},
                            {QStringLiteral("token_uri"), google.tokenUri().toString()}})
                .toJson());
    }
    {
        QSettings settings;
        gcp::ProfileStore store(&settings);
        gcp::Profile p;
        p.name = QStringLiteral("staging");
        p.projectId = QStringLiteral("staging-project");
        p.auth = gcp::Profile::Auth::Adc;
        p.credentialsPath = adc;
        p.query.service = QStringLiteral("api");
        p.query.minSeverity = QStringLiteral("ERROR");
        QVERIFY(store.save(p).has_value());
    }
    google.setEntries(makeEntries(30, QDateTime::currentDateTimeUtc().addSecs(-10)), 1000);
    const QString out = dir.filePath(QStringLiteral("staging.json"));
    const Run r =
        collect({QStringLiteral("--profile"), QStringLiteral("staging"), QStringLiteral("--out"),
                 out, QStringLiteral("--logging-endpoint"), google.baseUrl().toString()});
    QVERIFY2(r.code == cli::ExitOk, qPrintable(r.err));
    QCOMPARE(readArray(out).size(), 30);
    const QJsonObject body = QJsonDocument::fromJson(google.listRequests().first().body).object();
    QCOMPARE(body.value(QStringLiteral("resourceNames")).toArray().first().toString(),
             QStringLiteral("projects/staging-project"));
    const QString filter = body.value(QStringLiteral("filter")).toString();
    QVERIFY(filter.contains(QStringLiteral("resource.labels.service_name=\"api\"")));
    QVERIFY(filter.contains(QStringLiteral("severity>=ERROR")));
    // The refresh token stayed where it was: nothing under the settings directory holds it.
    QDirIterator it(m_home.filePath(QStringLiteral("config")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("1//adc"));
    }

    const Run missing = collect(
        {QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("--out"), out});
    QCOMPARE(missing.code, int(cli::ExitFailure));
    QVERIFY(missing.err.contains(QStringLiteral("staging")));
}

QTEST_GUILESS_MAIN(TestCollectCommand)
#include "tst_collectcommand.moc"
