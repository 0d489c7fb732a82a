// The REST client: Link paging, GitHub headers, error bodies as clear Errors, rate limits,
// GHES base paths, and no token sent to a foreign host.
#include "core/github/client.h"
#include "core/github/session.h"
#include "tests/common/fakegithub.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::github;
using gardener::test::FakeGitHub;

namespace {

template <typename T> T waitFor(std::optional<T> &slot, int ms = 10000)
{
    (void)QTest::qWaitFor([&] { return slot.has_value(); }, ms);
    return std::move(*slot);
}

} // namespace

class TestGitHubClient : public QObject
{
    Q_OBJECT
private slots:
    void followsLinkPaging()
    {
        FakeGitHub fake(QStringLiteral("/api/v3"));
        QVERIFY(fake.listen());
        for (int i = 0; i < 75; ++i)
            fake.seedIssue(QStringLiteral("o/r"), QStringLiteral("issue %1").arg(i), QString(),
                           {QStringLiteral("log-gardener")});
        GitHubClient client({fake.apiBase(), "tok"});
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("20"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
        std::optional<Result<QList<QJsonValue>>> got;
        client.getAllPages(QStringLiteral("/repos/o/r/issues"), q,
                           [&](Result<QList<QJsonValue>> r) { got = r; });
        auto r = waitFor(got);
        QVERIFY(r.has_value());
        QCOMPARE(r->size(), 75);
        QCOMPARE(fake.server().count("GET", QStringLiteral("/api/v3/repos/o/r/issues")), 4);
        // Every issue exactly once.
        QSet<int> numbers;
        for (const QJsonValue &v : *r)
            numbers.insert(v.toObject().value(QLatin1String("number")).toInt());
        QCOMPARE(numbers.size(), 75);
        const auto first = fake.server().requests().first();
        QCOMPARE(first.header("authorization"), QByteArray("Bearer tok"));
        QCOMPARE(first.header("accept"), QByteArray("application/vnd.github+json"));
        QCOMPARE(first.header("x-github-api-version"), QByteArray("2022-11-28"));
        QCOMPARE(client.lastRateLimit().limit, 5000);
        QVERIFY(client.lastRateLimit().remaining < 5000);
        QVERIFY(client.lastRateLimit().reset.isValid());
    }

    void parsesLinkHeader()
    {
        const QByteArray link = "<https://api.github.com/x?page=2>; rel=\"next\", "
                                "<https://api.github.com/x?page=5>; rel=\"last\"";
        QCOMPARE(GitHubClient::parseNextLink(link),
                 QUrl(QStringLiteral("https://api.github.com/x?page=2")));
        QVERIFY(GitHubClient::parseNextLink("<https://api.github.com/x?page=1>; rel=\"prev\"")
                    .isEmpty());
    }

    void errorsAreClear_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << QByteArray("wrong") << QStringLiteral("/repos/o/r")
                             << QStringLiteral("HTTP 401");
        QTest::newRow("404") << QByteArray("good") << QStringLiteral("/repos/o/missing")
                             << QStringLiteral("HTTP 404");
    }

    void errorsAreClear()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(QStringLiteral("o/r"));
        fake.requiredToken = "good";
        GitHubClient client({fake.apiBase(), token});
        std::optional<Result<ApiResponse>> got;
        client.get(path, {}, [&](Result<ApiResponse> r) { got = r; });
        auto r = waitFor(got);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().what.contains(expected), qPrintable(r.error().what));
        QVERIFY2(r.error().what.contains(QLatin1String("GitHub says")), qPrintable(r.error().what));
        QVERIFY(!r.error().what.contains(QLatin1String("good")));
    }

    void validationErrorNamesTheField()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(QStringLiteral("o/r"));
        GitHubClient::Config c{fake.apiBase(), "t"};
        c.writeSpacingMs = 0;
        GitHubClient client(c);
        std::optional<Result<ApiResponse>> got;
        client.write("POST", QStringLiteral("/repos/o/r/issues"), R"({"body":"no title"})",
                     [&](Result<ApiResponse> r) { got = r; });
        auto r = waitFor(got);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().what.contains(QLatin1String("HTTP 422")), qPrintable(r.error().what));
        QVERIFY2(r.error().what.contains(QLatin1String("title")), qPrintable(r.error().what));
        QCOMPARE(fake.issueCount(QStringLiteral("o/r")), 0);
    }

    void rateLimitedWriteIsReportedAndDelaysTheNext()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(QStringLiteral("o/r"));
        fake.rateLimitNext = 1;
        GitHubClient::Config c{fake.apiBase(), "t"};
        c.writeSpacingMs = 0;
        GitHubClient client(c);
        std::optional<Result<ApiResponse>> got;
        client.write("POST", QStringLiteral("/repos/o/r/issues"), R"({"title":"x","body":"y"})",
                     [&](Result<ApiResponse> r) { got = r; });
        auto r = waitFor(got);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().what.contains(QLatin1String("rate limited")),
                 qPrintable(r.error().what));
        QCOMPARE(client.lastRateLimit().remaining, 0);
    }

    // GitHub's secondary limit (429 or 403 with retry-after, the primary budget not used up):
    // the error says so and the next write waits the seconds retry-after asked for.
    void secondaryRateLimitIsReportedAndHonoured()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(QStringLiteral("o/r"));
        fake.secondaryRateLimitNext = 1;
        fake.secondaryRetryAfter = 1;
        GitHubClient::Config c{fake.apiBase(), "t"};
        c.writeSpacingMs = 0;
        GitHubClient client(c);
        std::optional<Result<ApiResponse>> first, second;
        client.write("POST", QStringLiteral("/repos/o/r/issues"), R"({"title":"x","body":"y"})",
                     [&](Result<ApiResponse> r) { first = r; });
        auto r = waitFor(first);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().what.contains(QLatin1String("HTTP 429, rate limited; retry after 1 s")),
                 qPrintable(r.error().what));
        QVERIFY2(r.error().what.contains(QLatin1String("secondary rate limit")),
                 qPrintable(r.error().what));
        QCOMPARE(client.lastRateLimit().retryAfterSeconds, 1);
        client.write("POST", QStringLiteral("/repos/o/r/issues"), R"({"title":"x","body":"y"})",
                     [&](Result<ApiResponse> r) { second = r; });
        QVERIFY(waitFor(second).has_value());
        const auto posts = fake.server().requests("POST", QStringLiteral("/repos/o/r/issues"));
        QCOMPARE(posts.size(), 2);
        QVERIFY2(posts[1].elapsedMs - posts[0].elapsedMs >= 950,
                 qPrintable(QString::number(posts[1].elapsedMs - posts[0].elapsedMs)));
    }

    void writesPerWindowAreCapped()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(QStringLiteral("o/r"));
        GitHubClient::Config c{fake.apiBase(), "t"};
        c.writeSpacingMs = 0;
        c.maxWritesPerMinute = 2;
        c.rateWindowMs = 400; // "at most 2 per 400 ms" stands in for "80 per minute"
        GitHubClient client(c);
        int done = 0;
        for (int i = 0; i < 5; ++i)
            client.write("POST", QStringLiteral("/repos/o/r/issues"),
                         QStringLiteral("{\"title\":\"t%1\",\"body\":\"b\"}").arg(i).toUtf8(),
                         [&](Result<ApiResponse> r) {
                             QVERIFY(r.has_value());
                             ++done;
                         });
        QTRY_COMPARE_WITH_TIMEOUT(done, 5, 10000);
        const auto posts = fake.server().requests("POST", QStringLiteral("/repos/o/r/issues"));
        QCOMPARE(posts.size(), 5);
        // No window of 400 ms holds more than 2 writes (server-side arrival times).
        for (int i = 2; i < posts.size(); ++i)
            QVERIFY2(posts[i].elapsedMs - posts[i - 2].elapsedMs >= 400 - 5,
                     qPrintable(QStringLiteral("writes %1 and %2 only %3 ms apart")
                                    .arg(i - 2)
                                    .arg(i)
                                    .arg(posts[i].elapsedMs - posts[i - 2].elapsedMs)));
    }

    void searchesPerWindowAreCapped()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(QStringLiteral("o/r"));
        GitHubClient::Config c{fake.apiBase(), "t"};
        c.maxSearchesPerMinute = 2;
        c.rateWindowMs = 300;
        GitHubClient client(c);
        int done = 0;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), QStringLiteral("repo:o/r is:issue x"));
        for (int i = 0; i < 4; ++i)
            client.get(QStringLiteral("/search/issues"), q, [&](Result<ApiResponse> r) {
                QVERIFY(r.has_value());
                ++done;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 4, 10000);
        const auto s = fake.server().requests("GET", QStringLiteral("/search/issues"));
        QCOMPARE(s.size(), 4);
        QVERIFY(s[2].elapsedMs - s[0].elapsedMs >= 300 - 5);
        QVERIFY(s[3].elapsedMs - s[1].elapsedMs >= 300 - 5);
    }

    void refusesToSendTheTokenElsewhere()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        GitHubClient client({fake.apiBase(), "t"});
        std::optional<Result<ApiResponse>> got;
        client.get(QStringLiteral("http://127.0.0.2:1/steal"), {},
                   [&](Result<ApiResponse> r) { got = r; });
        auto r = waitFor(got);
        QVERIFY(!r.has_value());
        QVERIFY(r.error().what.contains(QLatin1String("refusing")));
    }

    void timeoutIsAnError()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.server().addRoute("GET", QStringLiteral("/slow"),
                               [](const gardener::test::HttpRequest &) {
                                   auto r = gardener::test::HttpResponse::json(200, "{}");
                                   r.delayMs = 2000;
                                   return r;
                               });
        GitHubClient::Config c{fake.apiBase(), "t"};
        c.timeoutMs = 200;
        GitHubClient client(c);
        std::optional<Result<ApiResponse>> got;
        client.get(QStringLiteral("/slow"), {}, [&](Result<ApiResponse> r) { got = r; });
        auto r = waitFor(got, 5000);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().what.contains(QLatin1String("no answer")), qPrintable(r.error().what));
    }

    void accessCheckReadsPermissions()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        auto &repo = fake.addRepo(QStringLiteral("o/r"));
        repo.push = false;
        repo.triage = false;
        QTemporaryDir dir;
        redaction::Redactor redactor;
        auto session = GitHubSession::open(
            {{fake.apiBase(), "t"}, QStringLiteral("o/r"), dir.path(), {}}, &redactor);
        QVERIFY(session.has_value());
        std::optional<Result<RepoAccess>> got;
        (*session)->checkAccess([&](Result<RepoAccess> r) { got = r; });
        auto r = waitFor(got);
        QVERIFY(r.has_value());
        QVERIFY(r->canCreateIssues());
        QVERIFY(!r->canSetLabels());
    }
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_github_client.moc"
