#include "tests/common/fakegithub.h"

#include "core/evidence/codefetcher.h"
#include "core/github/client.h"

#include <QSignalSpy>
#include <QTest>

using namespace gardener;
using namespace gardener::evidence;
using gardener::test::FakeGitHub;

namespace {

const QDateTime FirstSeen(QDate(2026, 3, 1), QTime(11, 3), Qt::UTC);

QString sha(char c)
{
    return QString(40, QLatin1Char(c));
}

FakeGitHub::CodeCommit commit(char id, const char *message, const char *login, int daysBefore,
                              QStringList files = {QStringLiteral("routes/health.py")})
{
    FakeGitHub::CodeCommit c;
    c.sha = sha(id);
    c.message = QString::fromUtf8(message);
    c.authorName = QStringLiteral("Dev ") + QLatin1Char(id);
    c.authorEmail = QStringLiteral("dev@acme.test");
    c.authorLogin = QString::fromUtf8(login);
    c.date = FirstSeen.addSecs(-qint64(daysBefore) * 86400 + 600);
    c.files = std::move(files);
    return c;
}

// Runs `start` and the event loop until its callback has answered (a failure after 5 s).
template <typename T> T wait(std::function<void(std::function<void(T)>)> start)
{
    std::optional<T> out;
    start([&out](T v) { out = std::move(v); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
        return gardener::fail(QStringLiteral("no answer within 5 s"));
    return std::move(*out);
}

github::GitHubClient::Config config(const FakeGitHub &gh, QByteArray token = {})
{
    github::GitHubClient::Config c;
    c.apiBase = gh.apiBase();
    c.token = std::move(token);
    return c;
}

} // namespace

class TestEvidenceGitHub : public QObject
{
    Q_OBJECT
private slots:
    void suspectCommitsNewestFirstWithAuthorAndPullRequest()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addRepo(QStringLiteral("acme/shop"));
        gh.addCommit(QStringLiteral("acme/shop"),
                     commit('a', "Add health ping timeout (#412)\n\nbody", "alice", 2));
        gh.addCommit(QStringLiteral("acme/shop"),
                     commit('b', "Merge pull request #415 from bob/fix\n\nFix pool", "bob", 1));
        gh.addCommit(QStringLiteral("acme/shop"), commit('c', "Tidy imports", "", 5));
        gh.addCommit(QStringLiteral("acme/shop"),
                     commit('d', "Too old", "carol", 9)); // outside 7 days
        gh.addCommit(QStringLiteral("acme/shop"),
                     commit('e', "Other file", "dave", 1, {QStringLiteral("README.md")}));
        gh.addCommit(QStringLiteral("acme/shop"),
                     commit('f', "After first seen", "erin", -1)); // later

        github::GitHubClient client(config(gh));
        CodeFetcher fetcher(&client);
        auto r = wait<Result<std::vector<SuspectCommit>>>([&](auto done) {
            fetcher.suspectCommits(QStringLiteral("acme/shop"), QStringLiteral("routes/health.py"),
                                   FirstSeen, done);
        });
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().what));
        QCOMPARE(r->size(), size_t(3));
        const SuspectCommit &newest = (*r)[0];
        QCOMPARE(newest.sha, sha('b'));
        QCOMPARE(newest.author, QStringLiteral("bob"));
        QVERIFY(newest.authorIsLogin);
        QCOMPARE(newest.pullRequest, 415);
        QCOMPARE(newest.pullRequestUrl,
                 gh.webBase().toString() + QStringLiteral("/acme/shop/pull/415"));
        QCOMPARE((*r)[1].sha, sha('a'));
        QCOMPARE((*r)[1].title, QStringLiteral("Add health ping timeout (#412)"));
        QCOMPARE((*r)[1].pullRequest, 412);
        // "author": null (an e-mail GitHub cannot link): the commit's author name.
        QCOMPARE((*r)[2].author, QStringLiteral("Dev c"));
        QVERIFY(!(*r)[2].authorIsLogin);
        QCOMPARE((*r)[2].pullRequest, 0);

        // The request GitHub got: path, window and cap.
        const auto requests =
            gh.server().requests("GET", QStringLiteral("/repos/acme/shop/commits"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].queryValue(QStringLiteral("path")),
                 QStringLiteral("routes/health.py"));
        QCOMPARE(requests[0].queryValue(QStringLiteral("since")),
                 QStringLiteral("2026-02-22T11:03:00Z"));
        QCOMPARE(requests[0].queryValue(QStringLiteral("until")),
                 QStringLiteral("2026-03-01T11:03:00Z"));
        QCOMPARE(requests[0].queryValue(QStringLiteral("per_page")), QStringLiteral("5"));

        // Cached: the same question again costs no request, and still answers later.
        bool inline_ = true;
        auto again = wait<Result<std::vector<SuspectCommit>>>([&](auto done) {
            fetcher.suspectCommits(QStringLiteral("acme/shop"), QStringLiteral("routes/health.py"),
                                   FirstSeen, done);
            inline_ = false;
        });
        QVERIFY(!inline_);
        QCOMPARE(again->size(), size_t(3));
        QCOMPARE(gh.server().count("GET", QStringLiteral("/repos/acme/shop/commits")), 1);
    }

    void suspectCommitsAreCapped()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addRepo(QStringLiteral("acme/shop"));
        for (char id = 'a'; id < 'a' + 8; ++id)
            gh.addCommit(QStringLiteral("acme/shop"),
                         commit(id, "change", "alice", 1 + (id - 'a') % 6));
        github::GitHubClient client(config(gh));
        CodeFetcher fetcher(&client);
        fetcher.setOptions({7, 3});
        auto r = wait<Result<std::vector<SuspectCommit>>>([&](auto done) {
            fetcher.suspectCommits(QStringLiteral("acme/shop"), QStringLiteral("routes/health.py"),
                                   FirstSeen, done);
        });
        QVERIFY(r.has_value());
        QCOMPARE(r->size(), size_t(3));
        QVERIFY((*r)[0].date >= (*r)[1].date && (*r)[1].date >= (*r)[2].date);
    }

    void missingRepositoryIsAClearError()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        github::GitHubClient client(config(gh));
        CodeFetcher fetcher(&client);
        auto r = wait<Result<std::vector<SuspectCommit>>>([&](auto done) {
            fetcher.suspectCommits(QStringLiteral("acme/gone"), QStringLiteral("a.py"), FirstSeen,
                                   done);
        });
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().what.contains(QLatin1String("/repos/acme/gone/commits: HTTP 404")),
                 qPrintable(r.error().what));
    }

    void codeOwnersFromTheFirstLocationGitHubUses()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addRepo(QStringLiteral("acme/shop"));
        // Root and docs/ both have one; GitHub uses .github/ first, then the root: here the root.
        gh.setFile(QStringLiteral("acme/shop"), QStringLiteral("CODEOWNERS"),
                   "* @acme/platform\n/routes/ @alice @acme/payments\n!routes/x.py @nobody\n");
        gh.setFile(QStringLiteral("acme/shop"), QStringLiteral("docs/CODEOWNERS"),
                   "* @docs-only\n");
        github::GitHubClient client(config(gh));
        CodeFetcher fetcher(&client);
        auto r = wait<Result<CodeOwners>>([&](auto done) {
            fetcher.codeOwners(QStringLiteral("acme/shop"), QStringLiteral("main"), done);
        });
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().what));
        QCOMPARE(r->path(), QStringLiteral("CODEOWNERS"));
        const auto m = r->match(QStringLiteral("routes/health.py"));
        QVERIFY(m.has_value());
        QCOMPARE(m->owners,
                 (QStringList{QStringLiteral("@alice"), QStringLiteral("@acme/payments")}));
        QCOMPARE(r->skipped().size(), 1);
        QCOMPARE(gh.server().count("GET",
                                   QStringLiteral("/repos/acme/shop/contents/.github/CODEOWNERS")),
                 1);
        QCOMPARE(gh.server().count("GET", QStringLiteral("/repos/acme/shop/contents/CODEOWNERS")),
                 1);
        QCOMPARE(
            gh.server().count("GET", QStringLiteral("/repos/acme/shop/contents/docs/CODEOWNERS")),
            0);
        QCOMPARE(gh.server()
                     .requests("GET", QStringLiteral("/repos/acme/shop/contents/CODEOWNERS"))[0]
                     .queryValue(QStringLiteral("ref")),
                 QStringLiteral("main"));
    }

    void noCodeOwnersAnywhere()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addRepo(QStringLiteral("acme/shop"));
        github::GitHubClient client(config(gh));
        CodeFetcher fetcher(&client);
        auto r = wait<Result<CodeOwners>>(
            [&](auto done) { fetcher.codeOwners(QStringLiteral("acme/shop"), {}, done); });
        QVERIFY(r.has_value());
        QVERIFY(r->path().isEmpty());
        QVERIFY(!r->match(QStringLiteral("a.py")));
        QCOMPARE(fetcher.requestsSent(), 3);
        auto again = wait<Result<CodeOwners>>(
            [&](auto done) { fetcher.codeOwners(QStringLiteral("acme/shop"), {}, done); });
        QCOMPARE(fetcher.requestsSent(), 3);
    }

    void unauthorisedIsNotTakenForMissing()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addRepo(QStringLiteral("acme/shop"));
        gh.requiredToken = "good";
        github::GitHubClient client(config(gh, "bad"));
        CodeFetcher fetcher(&client);
        auto r = wait<Result<CodeOwners>>(
            [&](auto done) { fetcher.codeOwners(QStringLiteral("acme/shop"), {}, done); });
        QVERIFY(!r.has_value());
        QVERIFY(r.error().what.contains(QLatin1String("HTTP 401")));
        QCOMPARE(fetcher.requestsSent(), 1);
    }

    void pullRequestNumbers()
    {
        QCOMPARE(pullRequestOf(QStringLiteral("Fix (#12)")), 12);
        QCOMPARE(pullRequestOf(QStringLiteral("Merge pull request #7 from a/b")), 7);
        QCOMPARE(pullRequestOf(QStringLiteral("Fix #12 in parser")), 0);
        QCOMPARE(pullRequestOf(QStringLiteral("Title\n\n(#99)")), 0);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceGitHub)
#include "tst_evidence_github.moc"
