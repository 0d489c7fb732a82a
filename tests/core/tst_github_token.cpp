// The GitHub token: environment first, then the keychain; a real Secret Service round trip,
// and no token in any file under HOME after a whole post through a session.
#include "core/github/session.h"
#include "core/github/tokenstore.h"
#include "core/secrets/memorybackend.h"
#include "tests/common/fakegithub.h"
#include "tests/common/secretscan.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using gardener::test::filesContaining;

using namespace gardener;
using namespace gardener::github;
using gardener::test::FakeGitHub;

namespace {

template <typename T> T waitFor(std::optional<T> &slot, int ms = 15000)
{
    (void)QTest::qWaitFor([&] { return slot.has_value(); }, ms);
    return std::move(*slot);
}

QByteArray randomToken()
{
    QByteArray t = "ghp_";
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 36; ++i)
        t += alphabet[QRandomGenerator::global()->bounded(62)];
    return t;
}

} // namespace

class TestGitHubToken : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("GH_ENTERPRISE_TOKEN");
        qunsetenv("GITHUB_ENTERPRISE_TOKEN");
    }

    void environmentWinsOverKeychain()
    {
        secrets::SecretStore store(std::make_unique<secrets::MemoryBackend>());
        GitHubTokenStore tokens(&store);
        const QUrl api(QStringLiteral("https://api.github.com"));
        std::optional<Result<secrets::Stored>> saved;
        tokens.save(api, "from-keychain", [&](Result<secrets::Stored> r) { saved = r; });
        QVERIFY(waitFor(saved).has_value());

        std::optional<Result<ResolvedToken>> got;
        tokens.load(api, [&](Result<ResolvedToken> r) { got = r; });
        auto r = waitFor(got);
        QVERIFY(r.has_value());
        QCOMPARE(r->token, QByteArray("from-keychain"));
        QCOMPARE(r->source, QStringLiteral("keychain"));

        qputenv("GITHUB_TOKEN", "from-env");
        got.reset();
        tokens.load(api, [&](Result<ResolvedToken> r2) { got = r2; });
        r = waitFor(got);
        QCOMPARE(r->token, QByteArray("from-env"));
        QCOMPARE(r->source, QStringLiteral("GITHUB_TOKEN"));

        // A GHES host prefers the enterprise variables, then the generic ones, then its own
        // keychain entry (not the github.com one).
        const QUrl ghes(QStringLiteral("https://ghe.example.com/api/v3"));
        qputenv("GH_ENTERPRISE_TOKEN", "from-enterprise-env");
        got.reset();
        tokens.load(ghes, [&](Result<ResolvedToken> r2) { got = r2; });
        r = waitFor(got);
        QCOMPARE(r->token, QByteArray("from-enterprise-env"));
        qunsetenv("GH_ENTERPRISE_TOKEN");
        got.reset();
        tokens.load(ghes, [&](Result<ResolvedToken> r2) { got = r2; });
        r = waitFor(got);
        QCOMPARE(r->source, QStringLiteral("GITHUB_TOKEN"));
        qunsetenv("GITHUB_TOKEN");
        got.reset();
        tokens.load(ghes, [&](Result<ResolvedToken> r2) { got = r2; });
        r = waitFor(got);
        QVERIFY(r.has_value());
        QVERIFY(r->token.isEmpty()); // the github.com keychain entry is not used for GHES
        QVERIFY(GitHubTokenStore::keyFor(QUrl(QStringLiteral("https://ghe.example.com/api/v3"))) !=
                GitHubTokenStore::keyFor(api));
    }

    void realKeychainRoundTripLeavesNoTokenInHome()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run through scripts/run-tests.sh, which starts a private "
                  "session with an unlocked gnome-keyring.");
        const QString home = QDir::homePath();
        if (!home.startsWith(QDir::tempPath()))
            QSKIP(
                "HOME is not a throw-away directory: this test scans every file under HOME, so it "
                "only runs with the temporary HOME that scripts/run-tests.sh sets up.");

        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(QStringLiteral("o/r"));
        const QByteArray token = randomToken();
        fake.requiredToken = token;
        const QUrl api = fake.apiBase();

        {
            secrets::SecretStore store;
            GitHubTokenStore tokens(&store);
            std::optional<Result<secrets::Stored>> saved;
            tokens.save(api, token, [&](Result<secrets::Stored> r) { saved = r; });
            auto s = waitFor(saved);
            QVERIFY2(s.has_value(), "the keychain refused the write");
            QVERIFY2(*s == secrets::Stored::InKeychain, qPrintable(store.message()));
        }

        // A new store (as after a restart) finds it, and a session posts with it.
        secrets::SecretStore store;
        GitHubTokenStore tokens(&store);
        std::optional<Result<ResolvedToken>> got;
        tokens.load(api, [&](Result<ResolvedToken> r) { got = r; });
        auto r = waitFor(got);
        QVERIFY(r.has_value());
        QCOMPARE(r->source, QStringLiteral("keychain"));
        QCOMPARE(r->token, token);

        const QString dataDir =
            QDir(home).filePath(QStringLiteral(".local/share/loggardener-test"));
        redaction::Redactor redactor;
        GitHubClient::Config config{api, r->token};
        config.writeSpacingMs = 0;
        auto session = GitHubSession::open({config, QStringLiteral("o/r"), dataDir, {}}, &redactor);
        QVERIFY(session.has_value());
        DraftInput in;
        in.fingerprint = QStringLiteral("fp-token-test");
        in.name = QStringLiteral("token test");
        const IssueDraft d = DraftBuilder().newIssue(QStringLiteral("o/r"), in);
        QVERIFY((*session)->drafts().save(d).has_value());
        std::optional<Result<PostOutcome>> posted;
        (*session)->post(d, {}, [&](Result<PostOutcome> p) { posted = p; });
        auto p = waitFor(posted);
        QVERIFY2(p.has_value(), qPrintable(p ? QString() : p.error().what));
        QCOMPARE(fake.issueCount(QStringLiteral("o/r")), 1);
        session->reset();

        const QStringList hits = filesContaining(home, token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));

        std::optional<Result<secrets::Stored>> removed;
        tokens.forget(api, [&](Result<secrets::Stored> x) { removed = x; });
        QVERIFY(waitFor(removed).has_value());
    }
};

QTEST_GUILESS_MAIN(TestGitHubToken)
#include "tst_github_token.moc"
