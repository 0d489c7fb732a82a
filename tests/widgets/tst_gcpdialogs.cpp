// The Google Cloud dialogs, offscreen, against the fake Google: signing in with gcloud's ADC
// file and with a service-account key through the connect dialog (checked at the fake token
// endpoint), the browser sign-in where the test plays the browser (right state: a token; wrong
// state: no token request), the keychain round-trip (no secret in any file under HOME) and
// the "no keychain" path, the query builder's filter and validation, and collecting from the
// collect dialog: entries stream into the session, Stop stops, Resume finishes, the export is
// saved and read again. GARDENER_SCREENSHOT_DIR: also saves pictures of the dialogs there.
#include "core/gcp/googlecloudaccount.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"
#include "core/secrets/memorybackend.h"
#include "core/secrets/secretstore.h"
#include "core/session/session.h"
#include "tests/common/fakegoogle.h"
#include "tests/common/secretscan.h"
#include "widgets/appservices.h"
#include "widgets/gcp/collectdialog.h"
#include "widgets/gcp/connectdialog.h"
#include "widgets/gcp/queryform.h"
#include "widgets/mainwindow.h"
#include "widgets/startpage.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using gardener::test::filesContaining;

using namespace gardener;
using namespace gardener::gcp;
using namespace gardener::test;

namespace {

const QString kClientId = QStringLiteral("test-client.apps.googleusercontent.com");

// A keychain that cannot be reached, as on a bare window manager without a Secret Service.
class NoKeychain final : public secrets::SecretBackend
{
public:
    QString name() const override { return QStringLiteral("none"); }
    bool persistent() const override { return true; }
    void read(const QString &, const QString &, secrets::BackendCallback done) override
    {
        done(unavailable());
    }
    void write(const QString &, const QString &, const QByteArray &,
               secrets::BackendCallback done) override
    {
        done(unavailable());
    }
    void remove(const QString &, const QString &, secrets::BackendCallback done) override
    {
        done(unavailable());
    }

private:
    static secrets::BackendReply unavailable()
    {
        return {secrets::BackendReply::Unavailable,
                {},
                QStringLiteral(
                    "The name org.freedesktop.secrets was not provided by any .service files")};
    }
};

// What the system browser does with the authorization URL: follows the redirect to the app's
// loopback listener. With `state`, the browser comes back with that state instead.
void playBrowser(QNetworkAccessManager &network, const QUrl &url, const QByteArray &state = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QUrl back = QUrl::fromEncoded(reply->rawHeader("Location"));
    reply->deleteLater();
    QVERIFY(back.isValid());
    QCOMPARE(back.host(), QStringLiteral("127.0.0.1"));
    if (!state.isEmpty()) {
        QUrlQuery query(back);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(state));
        back.setQuery(query);
    }
    QNetworkReply *landing = network.get(QNetworkRequest(back));
    QSignalSpy landed(landing, &QNetworkReply::finished);
    QVERIFY(landed.wait(10000));
    landing->deleteLater();
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("GARDENER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestGcpDialogs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeGoogle> m_google;
    QNetworkAccessManager m_network;

    // The account the dialogs ask, pointed at the fake; collections go to `folder`.
    GoogleCloudAccount::Config cloudConfig(QSettings *settings,
                                           const QString &folder = QStringLiteral("collections"))
    {
        GoogleCloudAccount::Config config;
        config.network = &m_network;
        config.settings = settings;
        config.collectionsFolder = m_dir.filePath(folder);
        config.loggingEndpoint = m_google->baseUrl();
        config.authorizationUri = m_google->authorizationUri();
        config.tokenUri = m_google->tokenUri();
        return config;
    }

    // The browser tab filled in with the fake's endpoints and client; `opened` receives the
    // address the dialog sends the browser to.
    void fillBrowserForm(ConnectDialog &dialog, QUrl &opened)
    {
        dialog.setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        dialog.setWay(ConnectDialog::Browser);
        dialog.findChild<QLineEdit *>(QStringLiteral("clientId"))->setText(kClientId);
        dialog.findChild<QLineEdit *>(QStringLiteral("clientSecret"))
            ->setText(QStringLiteral("test-client-secret"));
    }

    QString writeAdc(const QByteArray &refreshToken)
    {
        const QString path = m_dir.filePath(QStringLiteral("adc.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("authorized_user")},
                            {QStringLiteral("client_id"), kClientId},
                            {QStringLiteral("client_secret"), QStringLiteral("test-client-secret")},
                            {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                            {QStringLiteral("quota_project_id"), QStringLiteral("test-project")},
                            {QStringLiteral("token_uri"), m_google->tokenUri().toString()}})
                .toJson());
        return path;
    }
    Profile adcProfile(const QString &name)
    {
        Profile p;
        p.name = name;
        p.projectId = QStringLiteral("test-project");
        p.auth = Profile::Auth::Adc;
        p.account = QStringLiteral("Application Default Credentials");
        p.credentialsPath = writeAdc("1//adc-refresh");
        p.query.service = QStringLiteral("checkout");
        p.query.minSeverity = QStringLiteral("WARNING");
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gcpdialogs"));
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        QSettings().clear();
        m_google = std::make_unique<FakeGoogle>();
        QVERIFY(m_google->listen());
        m_google->addRefreshToken("1//adc-refresh");
    }

    void adcSignIn();
    void adcRevokedAsksToSignInAgain();
    void serviceAccountSignIn();
    void browserSignInKeepsSecretInKeychainOnly();
    void browserWrongStateGetsNoToken();
    void noKeychainSaysSoAndKeepsSessionOnly();
    void queryBuilderShowsAndValidatesFilter();
    void collectStreamsCancelsResumesAndSaves();
    void collectAsksToSignInAgain();
    void windowOffersCollecting();
};

void TestGcpDialogs::adcSignIn()
{
    QSettings settings;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount cloud(&secrets, cloudConfig(&settings));
    ConnectDialog dialog(&cloud);
    dialog.show();
    const QString adc = writeAdc("1//adc-refresh");
    dialog.setWay(ConnectDialog::Adc);
    dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))
        ->setText(QStringLiteral("staging"));
    dialog.findChild<QLineEdit *>(QStringLiteral("adcPath"))->setText(adc);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("adcCheckButton")),
                      Qt::LeftButton);
    QVERIFY2(dialog.statusText().contains(kClientId), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.statusText().contains(QStringLiteral("adc-refresh")));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("projectId"))->text(),
             QStringLiteral("test-project"));
    shoot(&dialog, QStringLiteral("gcp-connect-adc.png"));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveProfileButton")),
                      Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_google->tokenCalls(), 1); // the credentials were checked at the token endpoint
    const auto saved = ProfileStore(&settings).load(QStringLiteral("staging"));
    QVERIFY(saved);
    QCOMPARE(saved->auth, Profile::Auth::Adc);
    QCOMPARE(saved->credentialsPath, adc); // read in place
    QCOMPARE(saved->projectId, QStringLiteral("test-project"));
    settings.sync();
    QVERIFY(
        filesContaining(QFileInfo(settings.fileName()).absolutePath(), "1//adc-refresh").isEmpty());
}

void TestGcpDialogs::adcRevokedAsksToSignInAgain()
{
    QSettings settings;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount cloud(&secrets, cloudConfig(&settings));
    ConnectDialog dialog(&cloud);
    dialog.setWay(ConnectDialog::Adc);
    dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))
        ->setText(QStringLiteral("staging"));
    dialog.findChild<QLineEdit *>(QStringLiteral("projectId"))
        ->setText(QStringLiteral("test-project"));
    dialog.findChild<QLineEdit *>(QStringLiteral("adcPath"))->setText(writeAdc("1//adc-refresh"));
    m_google->setRefreshError(QStringLiteral("invalid_rapt"));
    dialog.save();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messageText().contains(QStringLiteral("sign in again")), 10000);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!ProfileStore(&settings).load(QStringLiteral("staging")));
}

void TestGcpDialogs::serviceAccountSignIn()
{
    const RsaKeyPair key = generateRsaKeyPair();
    const QString email = QStringLiteral("collector@test-project.iam.gserviceaccount.com");
    m_google->setServiceAccount(email, key.publicPem);
    const QString path = m_google->writeServiceAccountFile(m_dir.path(), key, email);
    QSettings settings;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount cloud(&secrets, cloudConfig(&settings));
    ConnectDialog dialog(&cloud);
    dialog.show();
    dialog.setWay(ConnectDialog::ServiceAccount);
    dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))
        ->setText(QStringLiteral("production"));
    dialog.findChild<QLineEdit *>(QStringLiteral("keyPath"))->setText(path);
    dialog.checkKeyFile();
    QVERIFY2(dialog.statusText().contains(email), qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(QStringLiteral("test-project")));
    QVERIFY(!dialog.statusText().contains(QStringLiteral("PRIVATE KEY")));
    shoot(&dialog, QStringLiteral("gcp-connect-key.png"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.save();
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_google->tokenCalls(), 1); // a signed JWT was exchanged
    const auto saved = ProfileStore(&settings).load(QStringLiteral("production"));
    QVERIFY(saved);
    QCOMPARE(saved->auth, Profile::Auth::ServiceAccount);
    QCOMPARE(saved->credentialsPath, path);
    QCOMPARE(saved->account, email);
}

void TestGcpDialogs::browserSignInKeepsSecretInKeychainOnly()
{
    QSettings settings;
    secrets::SecretStore secrets; // the real keychain (Secret Service in CI)
    GoogleCloudAccount cloud(&secrets, cloudConfig(&settings));
    ConnectDialog dialog(&cloud);
    dialog.show();
    QUrl opened;
    fillBrowserForm(dialog, opened);
    dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))
        ->setText(QStringLiteral("browser-test"));
    dialog.findChild<QLineEdit *>(QStringLiteral("projectId"))
        ->setText(QStringLiteral("test-project"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("browserSignInButton")),
                      Qt::LeftButton);
    QVERIFY(opened.isValid());
    QCOMPARE(QUrlQuery(opened).queryItemValue(QStringLiteral("code_challenge_method")),
             QStringLiteral("S256"));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelSignInButton"))->isVisible());
    QVERIFY(dialog.statusText().contains(QStringLiteral("Waiting")));
    shoot(&dialog, QStringLiteral("gcp-connect-browser.png"));

    playBrowser(m_network, opened);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Signed in")), 10000);
    QCOMPARE(m_google->tokenCalls(), 1);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.save();
    if (!accepted.wait(10000)) {
        // No reachable keychain here: the dialog said so; Continue closes it.
        QVERIFY(secrets.sessionOnly());
        QVERIFY(!dialog.messageText().isEmpty());
        dialog.save();
        QCOMPARE(accepted.count(), 1);
    }
    QCOMPARE(ProfileStore(&settings).load(QStringLiteral("browser-test"))->auth,
             Profile::Auth::Browser);

    // The secret reads back from the keychain, and no file under HOME holds it.
    std::optional<QByteArray> stored;
    secrets.read(
        credentialsKey(QStringLiteral("browser-test")),
        [&](Result<std::optional<QByteArray>> r) { stored = r ? r->value_or("") : "error"; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
    const QJsonObject secret = QJsonDocument::fromJson(*stored).object();
    const QByteArray refresh = secret.value(QStringLiteral("refresh_token")).toString().toUtf8();
    QVERIFY(!refresh.isEmpty());
    QCOMPARE(secret.value(QStringLiteral("client_secret")).toString(),
             QStringLiteral("test-client-secret"));
    settings.sync();
    QCOMPARE(filesContaining(QDir::homePath(), refresh), QStringList());
    QCOMPARE(filesContaining(QDir::homePath(), "test-client-secret"), QStringList());

    bool removed = false;
    secrets.remove(credentialsKey(QStringLiteral("browser-test")),
                   [&](Result<secrets::Stored>) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
}

void TestGcpDialogs::browserWrongStateGetsNoToken()
{
    QSettings settings;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount cloud(&secrets, cloudConfig(&settings));
    ConnectDialog dialog(&cloud);
    QUrl opened;
    fillBrowserForm(dialog, opened);
    dialog.startBrowserSignIn();
    QVERIFY(opened.isValid());
    playBrowser(m_network, opened, "forged-state-from-another-tab");
    // Ignored (RFC 8252): no token, and the dialog goes on waiting for the real answer.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.browserSignIn().ignoredAnswers(), 1, 10000);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Waiting for the browser")),
             qPrintable(dialog.statusText()));
    QCOMPARE(m_google->tokenCalls(), 0);
    dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("x"));
    dialog.findChild<QLineEdit *>(QStringLiteral("projectId"))->setText(QStringLiteral("p"));
    dialog.save(); // refuses: nobody is signed in
    QVERIFY(dialog.messageText().contains(QStringLiteral("Sign in with Google first")));
    QVERIFY(!ProfileStore(&settings).load(QStringLiteral("x")));
}

void TestGcpDialogs::noKeychainSaysSoAndKeepsSessionOnly()
{
    QSettings settings;
    secrets::SecretStore secrets(std::make_unique<NoKeychain>());
    GoogleCloudAccount cloud(&secrets, cloudConfig(&settings));
    ConnectDialog dialog(&cloud);
    dialog.show();
    QUrl opened;
    fillBrowserForm(dialog, opened);
    dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("nokeys"));
    dialog.findChild<QLineEdit *>(QStringLiteral("projectId"))
        ->setText(QStringLiteral("test-project"));
    dialog.startBrowserSignIn();
    playBrowser(m_network, opened);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Signed in")), 10000);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.save();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.messageText().isEmpty(), 5000);
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(dialog.messageText().contains(QStringLiteral("keyring")),
             qPrintable(dialog.messageText()));
    QVERIFY(dialog.messageText().contains(QStringLiteral("this session only")));
    shoot(&dialog, QStringLiteral("gcp-connect-nokeychain.png"));
    dialog.save(); // "Continue"
    QCOMPARE(accepted.count(), 1);
    // Kept in memory for this session, and nowhere on disk.
    std::optional<QByteArray> stored;
    secrets.read(
        credentialsKey(QStringLiteral("nokeys")),
        [&](Result<std::optional<QByteArray>> r) { stored = r ? r->value_or("") : "error"; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->contains("test-client-secret"));
    settings.sync();
    QCOMPARE(filesContaining(QDir::homePath(), "test-client-secret"), QStringList());
}

void TestGcpDialogs::queryBuilderShowsAndValidatesFilter()
{
    QueryForm form;
    const QDateTime now(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
    form.setClock([now] { return now; });
    LogQuery q;
    q.service = QStringLiteral("checkout");
    q.minSeverity = QStringLiteral("WARNING");
    q.window = LogQuery::Window::Last24Hours;
    form.setQuery(q);
    QCOMPARE(form.filterText(), *buildFilter(q, now));
    QVERIFY(form.filterText().contains(QStringLiteral("resource.type=\"cloud_run_revision\"")));
    QVERIFY(form.filterText().contains(QStringLiteral("timestamp>=\"2026-03-13T12:00:00Z\"")));

    auto *advanced = form.findChild<QComboBox *>(QStringLiteral("advancedFilter"));
    advanced->setEditText(QStringLiteral("jsonPayload.status>=500"));
    QVERIFY(form.filterText().endsWith(QStringLiteral("(jsonPayload.status>=500)")));
    QVERIFY(form.filter().has_value());
    advanced->setEditText(QStringLiteral("jsonPayload.message=\"oops"));
    QVERIFY(!form.filter().has_value());
    QVERIFY(form.problemText().startsWith(QStringLiteral("Not sent")));
    advanced->setEditText(QString());
    QVERIFY(form.problemText().isEmpty());

    // The exact filter can be edited by hand; it is checked before anything is sent.
    form.setFilterText(QStringLiteral("severity>=ERROR AND ("));
    QVERIFY(form.isFilterEdited());
    QVERIFY(!form.filter().has_value());
    QVERIFY(form.problemText().contains(QStringLiteral("character")));
    form.setFilterText(QStringLiteral("severity>=ERROR AND textPayload:\"timeout\""));
    QCOMPARE(*form.filter(), QStringLiteral("severity>=ERROR AND textPayload:\"timeout\""));
    form.resetFilter();
    QCOMPARE(form.filterText(), *buildFilter(q, now));
}

void TestGcpDialogs::collectStreamsCancelsResumesAndSaves()
{
    QSettings settings;
    ProfileStore(&settings).save(adcProfile(QStringLiteral("staging")));
    Profile prod = adcProfile(QStringLiteral("production"));
    prod.projectId = QStringLiteral("prod-project");
    ProfileStore(&settings).save(prod);
    m_google->setEntries(makeEntries(250, QDateTime::currentDateTimeUtc().addSecs(-60)), 50);
    m_google->setListFault(FakeGoogle::slowCalls({3}));

    Session session;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount cloud(&secrets, cloudConfig(&settings));
    CollectDialog dialog(&session, &cloud);
    dialog.show();
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"))->count(), 2);
    dialog.selectProfile(QStringLiteral("staging"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("collectProject"))->text(),
             QStringLiteral("test-project"));
    QCOMPARE(dialog.queryForm()->query().service, QStringLiteral("checkout"));

    auto *collect = dialog.findChild<QPushButton *>(QStringLiteral("collectButton"));
    auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("cancelCollectButton"));
    QVERIFY(collect->isEnabled());
    QVERIFY(!stop->isEnabled());
    QTest::mouseClick(collect, Qt::LeftButton);
    QVERIFY(dialog.collection()->isRunning());
    QVERIFY(!collect->isEnabled());
    QCOMPARE(session.state(), Session::State::Loading);
    // Entries reach the session's clusters while the download is still going.
    QTRY_COMPARE_WITH_TIMEOUT(m_google->listCalls(), 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!session.clusters().clusters().empty(), 10000);
    QVERIFY(dialog.collection()->isRunning());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("collectProgress"))
                ->text()
                .contains(QStringLiteral("150")));
    shoot(&dialog, QStringLiteral("gcp-collect.png"));
    const QJsonObject sent =
        QJsonDocument::fromJson(m_google->listRequests().first().body).object();
    QVERIFY(sent.value(QStringLiteral("filter"))
                .toString()
                .contains(QStringLiteral("service_name=\"checkout\"")));
    QCOMPARE(sent.value(QStringLiteral("resourceNames")).toArray().first().toString(),
             QStringLiteral("projects/test-project"));

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!dialog.collection()->isRunning()); // stops at once
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(dialog.statusText().contains(QStringLiteral("resume")));
    if (session.state() != Session::State::Ready) {
        QSignalSpy loaded(&session, &Session::loadFinished);
        QVERIFY(loaded.wait(10000));
    }
    QCOMPARE(session.store()->size(), size_t(150));
    auto *resume = dialog.findChild<QPushButton *>(QStringLiteral("resumeButton"));
    QVERIFY(resume->isVisibleTo(&dialog));
    QVERIFY(resume->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pendingLabel"))
                ->text()
                .contains(QStringLiteral("150")));

    m_google->setListFault({});
    QSignalSpy finished(dialog.collection(), &LiveCollection::finished);
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.collection()->result().has_value());
    QVERIFY(dialog.statusText().contains(QStringLiteral("250")));
    QVERIFY(!resume->isVisibleTo(&dialog));
    if (session.state() != Session::State::Ready) {
        QSignalSpy loaded(&session, &Session::loadFinished);
        QVERIFY(loaded.wait(10000));
    }
    QCOMPARE(session.store()->size(), size_t(250));
    shoot(&dialog, QStringLiteral("gcp-collect-done.png"));

    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveExportButton"))->isEnabled());
    const QString exported = m_dir.filePath(QStringLiteral("saved.json"));
    QFuture<Result<qint64>> saving = dialog.saveExport(exported);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveExportButton"))->isEnabled());
    QTRY_VERIFY(dialog.statusText().startsWith(QStringLiteral("Saved to")));
    QVERIFY(saving.result().has_value());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveExportButton"))->isEnabled());
    LogStore store;
    QVERIFY(LogReader::readFile(exported, store).has_value());
    QCOMPARE(store.size(), size_t(250));
}

void TestGcpDialogs::collectAsksToSignInAgain()
{
    QSettings settings;
    Profile p = adcProfile(QStringLiteral("prod"));
    p.auth = Profile::Auth::Browser; // but nothing in the keychain for it
    p.clientId = kClientId;
    ProfileStore(&settings).save(p);
    Session session;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount cloud(&secrets,
                             cloudConfig(&settings, QStringLiteral("collections-signin")));
    CollectDialog dialog(&session, &cloud);
    dialog.show();
    QSignalSpy finished(dialog.collection(), &LiveCollection::finished);
    dialog.startCollecting();
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Sign in again")),
             qPrintable(dialog.statusText()));
    QCOMPARE(m_google->listCalls(), 0);
    auto *again = dialog.findChild<QPushButton *>(QStringLiteral("signInAgainButton"));
    QVERIFY(again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    auto *connect = dialog.findChild<ConnectDialog *>();
    QVERIFY(connect);
    QCOMPARE(connect->way(), ConnectDialog::Browser);
    QCOMPARE(connect->findChild<QLineEdit *>(QStringLiteral("profileName"))->text(),
             QStringLiteral("prod"));
    QCOMPARE(connect->findChild<QLineEdit *>(QStringLiteral("clientId"))->text(), kClientId);
    connect->reject();
}

void TestGcpDialogs::windowOffersCollecting()
{
    Session session;
    MainWindow window(&session);
    QSettings settings;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount cloud(&secrets, cloudConfig(&settings));
    AppServices services;
    services.googleCloud = &cloud;
    window.setServices(services);
    window.show();
    QAction *action = window.findChild<QAction *>(QStringLiteral("collectGcpAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    auto *button = window.startPage()->findChild<QPushButton *>(QStringLiteral("collectGcpButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    CollectDialog *dialog = window.findChild<CollectDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    action->trigger();
    QCOMPARE(window.findChildren<CollectDialog *>().size(), 1); // the same dialog again
}

QTEST_MAIN(TestGcpDialogs)
#include "tst_gcpdialogs.moc"
