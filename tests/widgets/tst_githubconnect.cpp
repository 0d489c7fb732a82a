// The Connect to GitHub dialog, offscreen, against the fake GitHub: a personal access token
// lands in the real keychain and in no file under HOME (and comes back after a restart), the
// device flow honours slow_down and Cancel stops it, no keychain keeps the token for the session
// and says so, and the access check says plainly what the token may do.
#include "core/github/tokenstore.h"
#include "tests/widgets/githubuifixture.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace gardener;
using namespace gardener::github;
using namespace gardener::test;

namespace {

const QString Repo = GitHubUiRepo;

// A keychain that cannot be reached (no Secret Service), as on a machine without one.
class NoKeychain final : public secrets::SecretBackend
{
public:
    QString name() const override { return QStringLiteral("no keychain"); }
    bool persistent() const override { return true; }
    void read(const QString &, const QString &, secrets::BackendCallback done) override
    {
        done(gone());
    }
    void write(const QString &, const QString &, const QByteArray &,
               secrets::BackendCallback done) override
    {
        done(gone());
    }
    void remove(const QString &, const QString &, secrets::BackendCallback done) override
    {
        done(gone());
    }

private:
    static secrets::BackendReply gone()
    {
        return {secrets::BackendReply::Unavailable,
                {},
                QStringLiteral("The name org.freedesktop.secrets was not provided")};
    }
};

} // namespace

class TestGitHubConnect : public QObject
{
    Q_OBJECT
    GitHubUiFixture f;

private slots:
    void initTestCase() { GitHubUiFixture::initApp(QStringLiteral("tst_githubconnect")); }
    void init() { QVERIFY(f.init()); }
    void cleanup() { f.cleanup(); }

    void patSignInKeepsTheTokenInTheKeychainOnly()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run with a private session and an unlocked gnome-keyring "
                  "(scripts/run-tests.sh).");
        const QString home = QDir::homePath();
        if (!home.startsWith(QDir::tempPath()))
            QSKIP("HOME is not a throw-away directory: this test scans every file under HOME.");

        const QByteArray token = randomToken("ghp_");
        f.fake->requiredToken = token;
        const QString dataDir =
            QDir(home).filePath(QStringLiteral(".local/share/tst_githubui/github"));
        {
            secrets::SecretStore store; // the real keychain
            auto acc = f.account(&store, dataDir);
            GitHubConnectDialog dialog(acc.get());
            QVERIFY(f.fillWhere(dialog));
            dialog.methodTabs()->setCurrentIndex(1);
            dialog.tokenEdit()->setText(QString::fromLatin1(token));
            QVERIFY(!dialog.connectButton()->isEnabled());
            QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.access().has_value(), 10000);
            QVERIFY2(dialog.accessText().contains(QStringLiteral("Can read octo/app")),
                     qPrintable(dialog.accessText()));
            QVERIFY(dialog.accessText().contains(QStringLiteral("Can set labels")));
            QVERIFY(dialog.connectButton()->isEnabled());
            QSignalSpy connected(&dialog, &GitHubConnectDialog::connected);
            QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
            QVERIFY2(acc->session(), qPrintable(dialog.statusText()));
            QCOMPARE(acc->tokenSource(), QStringLiteral("keychain"));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.tokenEdit()->text().isEmpty());
        }
        QSettings().sync();

        // As after a restart: the saved profile and the keychain give a session again.
        {
            secrets::SecretStore store;
            auto acc = f.account(&store, dataDir);
            std::optional<Result<bool>> restored;
            acc->restore([&](Result<bool> r) { restored = r; });
            const auto r = waitFor(restored);
            QVERIFY2(r.has_value() && *r, r ? "no session" : qPrintable(r.error().what));
            QCOMPARE(acc->profile().repo, Repo);
            QCOMPARE(acc->session()->options().api.token, token);
            QCOMPARE(acc->tokenSource(), QStringLiteral("keychain"));
            std::optional<Result<RepoAccess>> access;
            acc->session()->checkAccess([&](Result<RepoAccess> a) { access = a; });
            QVERIFY(waitFor(access).has_value());

            const QStringList hits = filesContaining(home, token);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));

            // Sign out removes it from the keychain.
            std::optional<Result<void>> out;
            acc->signOut([&](Result<void> r2) { out = r2; });
            QVERIFY(waitFor(out).has_value());
            QVERIFY(!acc->session());
        }
        secrets::SecretStore store;
        std::optional<Result<ResolvedToken>> after;
        GitHubTokenStore(&store).load(f.fake->apiBase(),
                                      [&](Result<ResolvedToken> r) { after = r; });
        const auto a = waitFor(after);
        QVERIFY(a.has_value());
        QVERIFY(a->token.isEmpty());
    }

    void deviceFlowHonoursSlowDown()
    {
        const QByteArray token = randomToken("gho_");
        f.fake->requiredToken = token;
        f.fake->deviceInterval = 1;
        f.fake->deviceScript = {QStringLiteral("authorization_pending"),
                                QStringLiteral("slow_down"),
                                QStringLiteral("authorization_pending"),
                                QStringLiteral("token:") + QString::fromLatin1(token)};
        auto store = f.memoryStore();
        auto acc = f.account(store.get());
        GitHubConnectDialog dialog(acc.get());
        dialog.setDeviceFlowIntervalScale(0.05); // 1 s -> 50 ms; after slow_down 6 s -> 300 ms
        QVERIFY(f.fillWhere(dialog));
        dialog.clientIdEdit()->setText(QStringLiteral("Iv1.testclient"));
        QTest::mouseClick(dialog.startDeviceButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.userCode(), QStringLiteral("ABCD-1234"), 10000);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("openPageButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.access().has_value(), 15000);
        QVERIFY(!dialog.deviceFlowRunning() ||
                QTest::qWaitFor([&] { return !dialog.deviceFlowRunning(); }));
        const QList<qint64> polls = f.fake->devicePollElapsedMs;
        QCOMPARE(polls.size(), 4);
        // The waits after slow_down are longer than before it.
        QVERIFY2(polls[2] - polls[1] >= 250,
                 qPrintable(QStringLiteral("%1").arg(polls[2] - polls[1])));
        QVERIFY2(polls[1] - polls[0] < 250,
                 qPrintable(QStringLiteral("%1").arg(polls[1] - polls[0])));
        QVERIFY(dialog.connectButton()->isEnabled());
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(acc->session() != nullptr, 10000);
        QCOMPARE(acc->session()->options().api.token, token);
        QCOMPARE(acc->profile().clientId, QStringLiteral("Iv1.testclient"));
        QCOMPARE(QSettings().value(QStringLiteral("github/clientId")).toString(),
                 QStringLiteral("Iv1.testclient"));
        QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QString::fromLatin1(token)));
    }

    void cancelStopsTheDeviceFlow()
    {
        f.fake->deviceInterval = 1;
        f.fake->deviceScript = QStringList(50, QStringLiteral("authorization_pending"));
        auto store = f.memoryStore();
        auto acc = f.account(store.get());
        GitHubConnectDialog dialog(acc.get());
        dialog.setDeviceFlowIntervalScale(0.05);
        QVERIFY(f.fillWhere(dialog));
        dialog.clientIdEdit()->setText(QStringLiteral("Iv1.testclient"));
        QTest::mouseClick(dialog.startDeviceButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.userCode().isEmpty(), 10000);
        dialog.reject();
        QVERIFY(!dialog.deviceFlowRunning());
        const qsizetype polls = f.fake->devicePollElapsedMs.size();
        // A fixed wait, because it proves that nothing happens: at this scale a running flow
        // would poll several times within it.
        QTest::qWait(300);
        QCOMPARE(f.fake->devicePollElapsedMs.size(), polls);
        QVERIFY(!acc->session());
    }

    void noKeychainKeepsTheTokenForThisSessionAndSaysSo()
    {
        const QByteArray token = randomToken("ghp_");
        f.fake->requiredToken = token;
        secrets::SecretStore store(std::make_unique<NoKeychain>());
        auto acc = f.account(&store);
        GitHubConnectDialog dialog(acc.get());
        QVERIFY(f.fillWhere(dialog));
        dialog.methodTabs()->setCurrentIndex(1);
        dialog.tokenEdit()->setText(QString::fromLatin1(token));
        QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.connectButton()->isEnabled(), 10000);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(acc->session() != nullptr, 10000);
        QCOMPARE(acc->tokenSource(), QStringLiteral("session"));
        // The dialog stays open and says so, until the user closes it.
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("kept for this session only")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.connectButton()->text(), QStringLiteral("&Done"));
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QStringList hits = filesContaining(f.dir->path(), token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

    void permissionCheckSaysNoPushAccess()
    {
        const QByteArray token = randomToken("github_pat_");
        f.fake->requiredToken = token;
        FakeGitHub::Repo *repo = f.fake->repo(Repo);
        repo->push = false;
        repo->triage = false;
        auto store = f.memoryStore();
        auto acc = f.account(store.get());
        GitHubConnectDialog dialog(acc.get());
        QVERIFY(f.fillWhere(dialog));
        dialog.methodTabs()->setCurrentIndex(1);

        dialog.tokenEdit()->setText(QStringLiteral("ghp_wrongwrongwrongwrongwrongwrongwrong"));
        QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.accessText().contains(QStringLiteral("cannot be used")),
                                 10000);
        QVERIFY(!dialog.connectButton()->isEnabled());

        dialog.tokenEdit()->setText(QString::fromLatin1(token));
        QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.access().has_value(), 10000);
        QVERIFY2(
            dialog.accessText().contains(QStringLiteral("Labels will be dropped: no push access")),
            qPrintable(dialog.accessText()));
        QVERIFY(dialog.accessText().contains(QStringLiteral("Can write issues")));
        QVERIFY(dialog.connectButton()->isEnabled()); // issues still work, without labels

        // Another repository invalidates the check.
        dialog.repoEdit()->setText(QStringLiteral("octo/other"));
        Q_EMIT dialog.repoEdit()->textEdited(dialog.repoEdit()->text());
        QVERIFY(!dialog.connectButton()->isEnabled());
    }
};

QTEST_MAIN(TestGitHubConnect)
#include "tst_githubconnect.moc"
