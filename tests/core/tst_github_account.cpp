// The app's GitHub sign-in without widgets: host text to API address, the profile in the
// settings, a session restored from the environment or the secret store, replaced on connect
// and dropped on sign-out (with the token removed).
#include "core/github/account.h"
#include "core/github/tokenstore.h"
#include "core/secrets/memorybackend.h"
#include "tests/common/fakegithub.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::github;
using gardener::test::FakeGitHub;

namespace {

template <typename T> T waitFor(std::optional<T> &value)
{
    if (!QTest::qWaitFor([&] { return value.has_value(); }, 15000))
        qFatal("no answer within 15 s");
    return *value;
}

} // namespace

class TestGitHubAccount : public QObject
{
    Q_OBJECT

    FakeGitHub m_fake{QStringLiteral("/api/v3")};
    QTemporaryDir m_dir;
    redaction::Redactor m_redactor;

    GitHubProfile profile() const
    {
        GitHubProfile p;
        p.apiBase = m_fake.apiBase();
        p.repo = QStringLiteral("octo/app");
        p.clientId = QStringLiteral("Iv1.abc");
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_github_account"));
        QVERIFY(m_fake.listen());
        m_fake.addRepo(QStringLiteral("octo/app"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        for (const char *v :
             {"GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"})
            qunsetenv(v);
    }

    void hostTextBecomesApiBase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("api");
        QTest::newRow("empty") << QString() << "https://api.github.com";
        QTest::newRow("github.com") << "github.com"
                                    << "https://api.github.com";
        QTest::newRow("api host") << "https://api.github.com/"
                                  << "https://api.github.com";
        QTest::newRow("ghes host") << "ghe.example.com"
                                   << "https://ghe.example.com/api/v3";
        QTest::newRow("ghes api") << " https://ghe.example.com/api/v3/ "
                                  << "https://ghe.example.com/api/v3";
        QTest::newRow("ghes port") << "https://ghe.example.com:8443"
                                   << "https://ghe.example.com:8443/api/v3";
        QTest::newRow("loopback http") << "http://127.0.0.1:4000/api/v3"
                                       << "http://127.0.0.1:4000/api/v3";
        QTest::newRow("plain http") << "http://ghe.example.com"
                                    << "";
        QTest::newRow("not a url") << "https://"
                                   << "";
    }

    void hostTextBecomesApiBase()
    {
        QFETCH(QString, text);
        QFETCH(QString, api);
        const auto r = GitHubProfile::apiBaseFromText(text);
        if (api.isEmpty()) {
            QVERIFY(!r.has_value());
            QVERIFY(!r.error().what.isEmpty());
        } else {
            QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().what));
            QCOMPARE(*r, QUrl(api));
        }
    }

    void webBaseAndProfileRoundTrip()
    {
        GitHubProfile p;
        QVERIFY(!p.isEnterprise());
        QCOMPARE(p.webBase(), QUrl(QStringLiteral("https://github.com")));
        QCOMPARE(p.hostLabel(), QStringLiteral("github.com"));
        p.apiBase = QUrl(QStringLiteral("https://ghe.example.com/api/v3"));
        p.repo = QStringLiteral("o/r");
        QCOMPARE(p.webBase(), QUrl(QStringLiteral("https://ghe.example.com")));
        QSettings settings;
        p.save(settings);
        const GitHubProfile back = GitHubProfile::load(settings);
        QCOMPARE(back.apiBase, p.apiBase);
        QCOMPARE(back.repo, p.repo);
        QVERIFY(back.isComplete());
    }

    void restoreWithoutProfileOrToken()
    {
        secrets::SecretStore store(std::make_unique<secrets::MemoryBackend>());
        GitHubAccount account(&store, &m_redactor, m_dir.filePath(QStringLiteral("a")));
        std::optional<Result<bool>> r;
        account.restore([&](Result<bool> x) { r = x; });
        QCOMPARE(waitFor(r).value(), false); // no profile
        QSettings settings;
        profile().save(settings);
        r.reset();
        account.restore([&](Result<bool> x) { r = x; });
        QCOMPARE(waitFor(r).value(), false); // a profile, but no token anywhere
        QVERIFY(!account.session());
    }

    void restoreUsesTheEnvironmentFirst()
    {
        QSettings settings;
        profile().save(settings);
        secrets::SecretStore store(std::make_unique<secrets::MemoryBackend>());
        GitHubAccount account(&store, &m_redactor, m_dir.filePath(QStringLiteral("b")));
        qputenv("GH_ENTERPRISE_TOKEN", "env-token"); // the fake is not api.github.com
        QSignalSpy changed(&account, &GitHubAccount::sessionChanged);
        std::optional<Result<bool>> r;
        account.restore([&](Result<bool> x) { r = x; });
        QCOMPARE(waitFor(r).value(), true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(account.tokenSource(), QStringLiteral("GH_ENTERPRISE_TOKEN"));
        QCOMPARE(account.session()->options().api.token, QByteArray("env-token"));
        QCOMPARE(account.session()->options().repo, QStringLiteral("octo/app"));
    }

    void connectReplacesAndSignOutDropsTheSession()
    {
        secrets::SecretStore store(std::make_unique<secrets::MemoryBackend>());
        GitHubAccount account(&store, &m_redactor, m_dir.filePath(QStringLiteral("c")));
        QSignalSpy changed(&account, &GitHubAccount::sessionChanged);

        GitHubProfile incomplete = profile();
        incomplete.repo = QStringLiteral("no-slash");
        std::optional<Result<secrets::Stored>> stored;
        account.connectWith(incomplete, "t1", [&](Result<secrets::Stored> x) { stored = x; });
        QVERIFY(!waitFor(stored).has_value());
        QCOMPARE(changed.count(), 0);

        stored.reset();
        account.connectWith(profile(), "t1", [&](Result<secrets::Stored> x) { stored = x; });
        QVERIFY(waitFor(stored).has_value());
        QCOMPARE(changed.count(), 1);
        GitHubSession *first = account.session();
        QVERIFY(first);
        QCOMPARE(changed.at(0).at(0).value<GitHubSession *>(), first);
        QCOMPARE(QSettings().value(QStringLiteral("github/repo")).toString(),
                 QStringLiteral("octo/app"));
        QVERIFY(!QSettings().allKeys().isEmpty());
        for (const QString &key : QSettings().allKeys())
            QVERIFY(QSettings().value(key).toString() != QLatin1String("t1"));

        stored.reset();
        account.connectWith(profile(), "t2", [&](Result<secrets::Stored> x) { stored = x; });
        QVERIFY(waitFor(stored).has_value());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(account.session()->options().api.token, QByteArray("t2"));

        std::optional<Result<ResolvedToken>> kept;
        GitHubTokenStore(&store).load(m_fake.apiBase(), [&](Result<ResolvedToken> x) { kept = x; });
        QCOMPARE(waitFor(kept)->token, QByteArray("t2"));

        std::optional<Result<void>> out;
        account.signOut([&](Result<void> x) { out = x; });
        QVERIFY(waitFor(out).has_value());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(2).at(0).value<GitHubSession *>(), nullptr);
        QVERIFY(!account.session());
        kept.reset();
        GitHubTokenStore(&store).load(m_fake.apiBase(), [&](Result<ResolvedToken> x) { kept = x; });
        QVERIFY(waitFor(kept)->token.isEmpty());
        QCOMPARE(account.profile().repo, QStringLiteral("octo/app")); // kept for the next sign-in
    }
};

QTEST_GUILESS_MAIN(TestGitHubAccount)
#include "tst_github_account.moc"
