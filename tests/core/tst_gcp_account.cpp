// GoogleCloudAccount, the one door to Google Cloud, against the fake Google: profiles kept in
// settings and their sign-ins under the profile's keychain key (removed with the profile), one
// token provider per profile until the profile is saved again, credentials checked at the token
// endpoint, answers never delivered to a context that is gone, collections on the account's
// endpoint, Cloud Run revision facts gathered service by service.
#include "core/gcp/googlecloudaccount.h"
#include "core/gcp/livecollection.h"
#include "core/gcp/tokenprovider.h"
#include "core/gcp/tokenrequest.h"
#include "core/secrets/memorybackend.h"
#include "core/secrets/secretstore.h"
#include "tests/common/fakegoogle.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::gcp;
using namespace gardener::test;

namespace {

const QByteArray kRefresh = "1//adc-refresh";

struct Rig
{
    FakeGoogle google;
    QNetworkAccessManager network;
    QTemporaryDir dir;
    QSettings settings{QStringLiteral("%1/settings.ini").arg(dir.path()), QSettings::IniFormat};
    secrets::SecretStore secrets{std::make_unique<secrets::MemoryBackend>()};
    std::unique_ptr<GoogleCloudAccount> account;
    Profile adc;

    Rig()
    {
        if (!google.listen())
            qFatal("fake Google did not listen");
        google.addRefreshToken(kRefresh);
        const QString path = dir.filePath(QStringLiteral("adc.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the ADC file");
        f.write(QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("type"), QStringLiteral("authorized_user")},
                        {QStringLiteral("client_id"),
                         QStringLiteral("test-client.apps.googleusercontent.com")},
                        {QStringLiteral("client_secret"), QStringLiteral("test-client-secret")},
                        {QStringLiteral("refresh_token"), QString::fromLatin1(kRefresh)},
                        {QStringLiteral("token_uri"), google.tokenUri().toString()},
                    })
                    .toJson());
        f.close();
        adc.name = QStringLiteral("staging");
        adc.projectId = QStringLiteral("test-project");
        adc.auth = Profile::Auth::Adc;
        adc.credentialsPath = path;

        GoogleCloudAccount::Config config;
        config.network = &network;
        config.settings = &settings;
        config.collectionsFolder = dir.filePath(QStringLiteral("collections"));
        config.loggingEndpoint = google.baseUrl();
        config.cloudRunEndpoint = google.baseUrl();
        config.tokenUri = google.tokenUri();
        account = std::make_unique<GoogleCloudAccount>(&secrets, config);
    }

    Credentials browserCredentials() const
    {
        Credentials c;
        c.kind = Credentials::Kind::AuthorizedUser;
        c.clientId = QStringLiteral("test-client.apps.googleusercontent.com");
        c.clientSecret = "test-client-secret";
        c.refreshToken = kRefresh;
        c.tokenUri = google.tokenUri();
        return c;
    }

    std::optional<QByteArray> keychainEntry(const QString &profile)
    {
        std::optional<QByteArray> value;
        bool read = false;
        secrets.read(credentialsKey(profile), [&](Result<std::optional<QByteArray>> r) {
            read = true;
            if (r)
                value = *r;
        });
        if (!QTest::qWaitFor([&] { return read; }, 5000))
            qFatal("the keychain did not answer");
        return value;
    }

    std::shared_ptr<TokenProvider> tokensFor(const QString &profile, QString *problem = nullptr)
    {
        std::optional<Result<std::shared_ptr<TokenProvider>>> got;
        account->tokensFor(profile, account.get(),
                           [&](Result<std::shared_ptr<TokenProvider>> r) { got = std::move(r); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 5000))
            return nullptr;
        if (!*got) {
            if (problem)
                *problem = got->error().what;
            return nullptr;
        }
        return **got;
    }
};

} // namespace

class TestGcpAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profilesAndTheirSignInsAreKeptAndForgottenTogether();
    void oneTokenProviderPerProfileUntilItIsSavedAgain();
    void checksCredentialsAtTheTokenEndpoint();
    void answersNeverReachAContextThatIsGone();
    void collectsFromTheAccountsEndpoint();
    void gathersRevisionFactsServiceByService();
    void bigQueryExportsGoBesideTheCollections();
};

void TestGcpAccount::profilesAndTheirSignInsAreKeptAndForgottenTogether()
{
    Rig rig;
    Profile browser = rig.adc;
    browser.name = QStringLiteral("production");
    browser.auth = Profile::Auth::Browser;
    browser.credentialsPath.clear();
    browser.clientId = QStringLiteral("test-client.apps.googleusercontent.com");
    QVERIFY(rig.account->saveProfile(rig.adc).has_value());
    QVERIFY(rig.account->saveProfile(browser).has_value());
    // Written to disk at once: another reader of the same file sees both.
    QSettings other(rig.settings.fileName(), QSettings::IniFormat);
    QCOMPARE(ProfileStore(&other).names().size(), 2);
    QCOMPARE(rig.account->profileNames().size(), 2);
    QCOMPARE(rig.account->profile(QStringLiteral("staging"))->projectId,
             QStringLiteral("test-project"));

    std::optional<Result<secrets::Stored>> kept;
    rig.account->keepBrowserSignIn(browser.name, rig.browserCredentials(), rig.account.get(),
                                   [&](Result<secrets::Stored> r) { kept = r; });
    QTRY_VERIFY(kept.has_value());
    QVERIFY(kept->has_value());
    const auto entry = rig.keychainEntry(browser.name);
    QVERIFY(entry.has_value());
    QVERIFY(entry->contains(kRefresh));
    // The settings file holds no secret.
    rig.settings.sync();
    QFile file(rig.settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kRefresh));

    // The saved sign-in becomes tokens for the profile.
    QString problem;
    auto tokens = rig.tokensFor(browser.name, &problem);
    QVERIFY2(tokens, qPrintable(problem));
    QCOMPARE(tokens->credentials().refreshToken, kRefresh);

    rig.account->removeProfile(browser.name);
    QCOMPARE(rig.account->profileNames(), QStringList{QStringLiteral("staging")});
    QTRY_VERIFY(!rig.keychainEntry(browser.name).has_value());
    QVERIFY(!rig.tokensFor(browser.name, &problem));
    QVERIFY2(problem.contains(browser.name), qPrintable(problem));
}

void TestGcpAccount::oneTokenProviderPerProfileUntilItIsSavedAgain()
{
    Rig rig;
    QVERIFY(rig.account->saveProfile(rig.adc).has_value());
    const auto first = rig.tokensFor(rig.adc.name);
    QVERIFY(first);
    QCOMPARE(rig.tokensFor(rig.adc.name), first);

    // The shared provider hands out one token for both callers.
    std::optional<Result<QByteArray>> a, b;
    const auto source = GoogleCloudAccount::tokenSource(first);
    source(false, [&](Result<QByteArray> r) { a = r; });
    source(false, [&](Result<QByteArray> r) { b = r; });
    QTRY_VERIFY(a.has_value() && b.has_value());
    QVERIFY(a->has_value());
    QCOMPARE(**a, **b);
    QCOMPARE(rig.google.tokenCalls(), 1);

    // Signed in again: the next caller gets a provider built from what was saved now.
    QVERIFY(rig.account->saveProfile(rig.adc).has_value());
    const auto second = rig.tokensFor(rig.adc.name);
    QVERIFY(second);
    QVERIFY(second != first);

    // A source whose provider is gone says so instead of failing silently.
    std::optional<Result<QByteArray>> gone;
    std::weak_ptr<TokenProvider> dropped;
    {
        auto temporary = std::make_shared<TokenProvider>(&rig.network, Credentials{});
        dropped = temporary;
    }
    GoogleCloudAccount::tokenSource(dropped)(false, [&](Result<QByteArray> r) { gone = r; });
    QVERIFY(gone.has_value());
    QVERIFY(!gone->has_value());
}

void TestGcpAccount::checksCredentialsAtTheTokenEndpoint()
{
    Rig rig;
    std::optional<Result<void>> good;
    rig.account->checkCredentials(rig.browserCredentials(), rig.account.get(),
                                  [&](Result<void> r) { good = r; });
    QTRY_VERIFY(good.has_value());
    QVERIFY2(good->has_value(), *good ? "" : qPrintable(good->error().toString()));
    QCOMPARE(rig.google.tokenCalls(), 1);

    rig.google.setRefreshError(QStringLiteral("invalid_grant"));
    std::optional<Result<void>> revoked;
    rig.account->checkCredentials(rig.browserCredentials(), rig.account.get(),
                                  [&](Result<void> r) { revoked = r; });
    QTRY_VERIFY(revoked.has_value());
    QVERIFY(!revoked->has_value());
    QVERIFY(needsSignInAgain(revoked->error()));
}

void TestGcpAccount::answersNeverReachAContextThatIsGone()
{
    Rig rig;
    bool called = false;
    auto *context = new QObject;
    rig.account->checkCredentials(rig.browserCredentials(), context,
                                  [&](Result<void>) { called = true; });
    delete context; // the dialog closed while the token endpoint was asked
    QTRY_COMPARE(rig.google.tokenCalls(), 1);
    QVERIFY(!QTest::qWaitFor([&] { return called; }, 300));
}

void TestGcpAccount::collectsFromTheAccountsEndpoint()
{
    Rig rig;
    const QDateTime newest = QDateTime::currentDateTimeUtc().addSecs(-60);
    rig.google.setEntries(makeEntries(30, newest), 10);
    QObject owner;
    LiveCollection *live = rig.account->newCollection(&owner);
    QCOMPARE(live->parent(), &owner);
    CollectRequest request;
    request.endpoint = rig.account->loggingEndpoint();
    request.projectId = rig.adc.projectId;
    request.filter = QStringLiteral("severity>=WARNING");
    request.windowStart = newest.addDays(-1);
    request.windowEnd = newest.addSecs(60);
    request.outputPath =
        collectionOutputPath(rig.account->collectionsFolder(), rig.adc.name, request);
    QVERIFY(request.outputPath.startsWith(rig.dir.filePath(QStringLiteral("collections"))));
    QSignalSpy finished(live, &LiveCollection::finished);
    live->start(rig.adc, request);
    QVERIFY(finished.wait(20000));
    QVERIFY2(live->result().has_value(),
             live->result() ? "" : qPrintable(live->result().error().toString()));
    QCOMPARE(live->result()->entries, qint64(30));
    QCOMPARE(rig.google.listCalls(), 3);
}

void TestGcpAccount::gathersRevisionFactsServiceByService()
{
    Rig rig;
    QVERIFY(rig.account->saveProfile(rig.adc).has_value());
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QJsonArray revisions;
    for (const char *id : {"checkout-00041-xyz", "checkout-00042-abc", "checkout-00043-def"})
        revisions.append(
            FakeGoogle::makeRevision(QStringLiteral("test-project"), QStringLiteral("us-central1"),
                                     QStringLiteral("checkout"), QString::fromLatin1(id), created,
                                     {{QStringLiteral("commit-sha"), QStringLiteral("4f2a9c1")}},
                                     QStringLiteral("gcr.io/test-project/checkout@sha256:00")));
    rig.google.setRevisions(QStringLiteral("test-project"), QStringLiteral("us-central1"),
                            QStringLiteral("checkout"), revisions);
    const auto tokens = rig.tokensFor(rig.adc.name);
    QVERIFY(tokens);

    std::optional<RevisionFacts> facts;
    // "payments" cannot be listed (404): it loses its own facts only.
    rig.account->lookUpRevisions(tokens, QStringLiteral("test-project"),
                                 {{QStringLiteral("payments"), QStringLiteral("us-central1")},
                                  {QStringLiteral("checkout"), QStringLiteral("us-central1")}},
                                 rig.account.get(), [&](RevisionFacts f) { facts = std::move(f); });
    QTRY_VERIFY_WITH_TIMEOUT(facts.has_value(), 10000);
    QCOMPARE(facts->createdNs.size(), 3);
    QCOMPARE(facts->createdNs.value(QStringLiteral("checkout-00042-abc")),
             created.toMSecsSinceEpoch() * 1000000);
    QCOMPARE(facts->commits.value(QStringLiteral("checkout-00043-def")), QStringLiteral("4f2a9c1"));
    QVERIFY(rig.google.revisionCalls() >= 3); // payments, then checkout in pages of two

    // Nothing is delivered once the asker is gone.
    const int calls = rig.google.revisionCalls();
    bool called = false;
    auto *context = new QObject;
    rig.account->lookUpRevisions(tokens, QStringLiteral("test-project"),
                                 {{QStringLiteral("checkout"), QStringLiteral("us-central1")}},
                                 context, [&](RevisionFacts) { called = true; });
    delete context;
    QTRY_VERIFY(rig.google.revisionCalls() > calls);
    QVERIFY(!QTest::qWaitFor([&] { return called; }, 300));
}

void TestGcpAccount::bigQueryExportsGoBesideTheCollections()
{
    Rig rig;
    const QString path = rig.account->bigQueryOutputPath(rig.adc.name);
    const QFileInfo info(path);
    QCOMPARE(info.absolutePath(),
             QDir(rig.dir.filePath(QStringLiteral("collections/bigquery"))).absolutePath());
    QVERIFY(info.dir().exists());
    QVERIFY(info.fileName().startsWith(QStringLiteral("staging-")));
    QVERIFY(info.fileName().endsWith(QStringLiteral(".json")));
}

QTEST_GUILESS_MAIN(TestGcpAccount)
#include "tst_gcp_account.moc"
