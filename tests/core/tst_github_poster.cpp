// Posting happens once: no duplicate issue after a 502, a dropped connection or a client that
// dies mid-post; the posted body is the reviewed text byte for byte; writes are paced.
#include "core/github/client.h"
#include "core/github/draft.h"
#include "core/github/issueposter.h"
#include "core/github/postjournal.h"
#include "core/github/types.h"
#include "core/redaction/redactor.h"
#include "tests/common/fakegithub.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::github;
using gardener::test::FakeGitHub;

namespace {

const QString Repo = QStringLiteral("acme/app");

DraftInput sampleInput(const QString &fp = QStringLiteral("fp0001"))
{
    DraftInput in;
    in.fingerprint = fp;
    in.name = QStringLiteral("WebSocket message routing AttributeError in handlers");
    in.priority = QStringLiteral("P1");
    in.category = QStringLiteral("regression");
    in.area = QStringLiteral("websocket");
    in.count = 42;
    in.first = QDateTime(QDate(2025, 9, 12), QTime(23, 0), Qt::UTC);
    in.last = QDateTime(QDate(2025, 9, 12), QTime(23, 30), Qt::UTC);
    in.severities = {{QStringLiteral("ERROR"), 40}, {QStringLiteral("WARNING"), 2}};
    in.location = QStringLiteral("app/websocket/handlers.py:214");
    in.revision = QStringLiteral("backend-00421-xyz");
    // Unicode, tabs, trailing spaces, CRLF and backticks: all must survive byte for byte.
    in.samplesJson = {
        QStringLiteral("{\"message\":\"caf\u00e9 \u2192 \U0001F600\\ttab  \",\"n\":1}"),
        QStringLiteral("not json: ```fenced``` line\r\nsecond line   ")};
    in.ratePerMinuteBefore = 5;
    in.ratePerMinuteAfter = 15;
    return in;
}

// Runs post() and waits for its callback.
Result<PostOutcome> postAndWait(IssuePoster &poster, const IssueDraft &d,
                                const redaction::AllowList &allowed = {})
{
    std::optional<Result<PostOutcome>> result;
    poster.post(d, allowed, [&](Result<PostOutcome> r) { result = std::move(r); });
    // The event loop runs meanwhile: the fake answers on this thread.
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return fail(QStringLiteral("timed out"));
    return std::move(*result);
}

} // namespace

class TestGitHubPoster : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostJournal> m_journal;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<IssuePoster> m_poster;
    redaction::Redactor m_redactor;

    GitHubClient::Config config(int spacingMs = 20) const
    {
        GitHubClient::Config c;
        c.apiBase = m_fake->apiBase();
        c.token = "test-token-not-real";
        c.timeoutMs = 5000;
        c.writeSpacingMs = spacingMs;
        return c;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeGitHub>(QStringLiteral("/api/v3"));
        QVERIFY(m_fake->listen());
        m_fake->addRepo(Repo);
        m_fake->requiredToken = "test-token-not-real";
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<PostJournal>();
        QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).has_value());
        m_client = std::make_unique<GitHubClient>(config());
        m_poster = std::make_unique<IssuePoster>(m_client.get(), m_journal.get(), &m_redactor);
    }

    void cleanup()
    {
        m_poster.reset();
        m_client.reset();
        m_journal.reset();
        m_fake.reset();
    }

    void postsOnceAndBodyIsByteExact()
    {
        const IssueDraft d = DraftBuilder().newIssue(Repo, sampleInput());
        QCOMPARE(d.title,
                 QStringLiteral(
                     "GCP-regression | P1 | WebSocket message routing AttributeError in handlers"));
        auto r = postAndWait(*m_poster, d);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().what));
        QVERIFY(r->issueNumber > 0);
        QVERIFY(!r->alreadyPosted);
        QVERIFY(r->droppedLabels.isEmpty());
        QCOMPARE(m_fake->issueCount(Repo), 1);
        const auto &issue = m_fake->repo(Repo)->issues.first();
        QCOMPARE(issue.rawBody, d.body.toUtf8());
        QCOMPARE(issue.title, d.title);
        QCOMPARE(issue.labels, d.labels);
        // The request really carried the GitHub headers.
        const auto req = m_fake->server().requests("POST", QStringLiteral(".*/issues")).first();
        QCOMPARE(req.header("accept"), QByteArray("application/vnd.github+json"));
        QCOMPARE(req.header("x-github-api-version"), QByteArray("2022-11-28"));

        // Posting the same draft again does not create anything.
        auto again = postAndWait(*m_poster, d);
        QVERIFY(again.has_value());
        QVERIFY(again->alreadyPosted);
        QCOMPARE(again->issueNumber, r->issueNumber);
        QCOMPARE(m_fake->createRequests(), 1);
    }

    void noDuplicateAfter502AfterCreate()
    {
        m_fake->createThen502 = 1;
        const IssueDraft d = DraftBuilder().newIssue(Repo, sampleInput());
        auto r = postAndWait(*m_poster, d);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().what));
        QVERIFY(r->alreadyPosted); // found through the marker after the 502
        QCOMPARE(m_fake->issueCount(Repo), 1);
        auto again = postAndWait(*m_poster, d);
        QVERIFY(again.has_value());
        QCOMPARE(m_fake->issueCount(Repo), 1);
        QCOMPARE(m_fake->createRequests(), 1);
        // Reconciliation used the issue list, not search.
        QCOMPARE(m_fake->server().count("GET", QStringLiteral(".*/search/issues")), 0);
    }

    void noDuplicateAfterDroppedConnection()
    {
        m_fake->createThenDrop = 1;
        const IssueDraft d = DraftBuilder().newIssue(Repo, sampleInput());
        auto r = postAndWait(*m_poster, d);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().what));
        QCOMPARE(m_fake->issueCount(Repo), 1);
        QCOMPARE(m_fake->createRequests(), 1);
    }

    void noDuplicateCommentAfterDroppedConnection()
    {
        const int n =
            m_fake->seedIssue(Repo, QStringLiteral("old"), QStringLiteral("old body"), {});
        m_fake->commentThenDrop = 1;
        const IssueDraft d = DraftBuilder().comment(Repo, n, sampleInput());
        auto r = postAndWait(*m_poster, d);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().what));
        QVERIFY(r->alreadyPosted);
        QVERIFY(r->commentId > 0);
        auto again = postAndWait(*m_poster, d);
        QVERIFY(again.has_value());
        QCOMPARE(m_fake->repo(Repo)->issues.first().comments.size(), 1);
        QCOMPARE(m_fake->repo(Repo)->issues.first().comments.first().body, d.body);
    }

    void newClientReconcilesAfterCrashMidPost()
    {
        m_fake->createDelayMs = 400;
        const IssueDraft d = DraftBuilder().newIssue(Repo, sampleInput());
        bool called = false;
        m_poster->post(d, {}, [&](Result<PostOutcome>) { called = true; });
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->createRequests(), 1, 5000);
        // The process "dies": poster, client and journal connection go away before the answer.
        const QString path = m_journal->path();
        m_poster.reset();
        m_client.reset();
        m_journal.reset();
        // A fixed wait, because it proves that nothing happens: the fake's answer, 400 ms after
        // the request, meets a closed socket and calls nobody back.
        QTest::qWait(600);
        QVERIFY(!called);
        QCOMPARE(m_fake->issueCount(Repo), 1);

        // Restart: a new journal on the same file, a new client and poster.
        m_fake->createDelayMs = 0;
        m_journal = std::make_unique<PostJournal>();
        QVERIFY(m_journal->open(path).has_value());
        auto pending = m_journal->pending();
        QVERIFY(pending.has_value());
        QCOMPARE(pending->size(), 1);
        m_client = std::make_unique<GitHubClient>(config());
        m_poster = std::make_unique<IssuePoster>(m_client.get(), m_journal.get(), &m_redactor);

        std::optional<Result<int>> rec;
        m_poster->reconcilePending(Repo, [&](Result<int> r) { rec = r; });
        QTRY_VERIFY_WITH_TIMEOUT(rec.has_value(), 5000);
        QVERIFY(rec->has_value());
        QCOMPARE(**rec, 1);
        QVERIFY(m_journal->pending()->isEmpty());

        auto r = postAndWait(*m_poster, d); // the user presses "Post" again
        QVERIFY(r.has_value());
        QVERIFY(r->alreadyPosted);
        QCOMPARE(m_fake->issueCount(Repo), 1);
        QCOMPARE(m_fake->createRequests(), 1);
    }

    void retryAfterRestartWithoutReconcileStillFindsIt()
    {
        m_fake->createDelayMs = 300;
        const IssueDraft d = DraftBuilder().newIssue(Repo, sampleInput());
        m_poster->post(d, {}, [](Result<PostOutcome>) {});
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->createRequests(), 1, 5000);
        m_poster.reset();
        m_client.reset();
        m_fake->createDelayMs = 0;
        m_client = std::make_unique<GitHubClient>(config());
        m_poster = std::make_unique<IssuePoster>(m_client.get(), m_journal.get(), &m_redactor);
        auto r = postAndWait(*m_poster, d);
        QVERIFY(r.has_value());
        QVERIFY(r->alreadyPosted);
        QCOMPARE(m_fake->createRequests(), 1);
    }

    void blocksUnallowedFindingsAndRemovedMarker()
    {
        DraftInput in = sampleInput();
        in.samplesJson = {
            QStringLiteral("{\"message\":\"auth with ghp_FAKE0fake1FAKE2fake3FAKE4fake5FAKE6\"}")};
        const IssueDraft d = DraftBuilder().newIssue(Repo, in);
        auto r = postAndWait(*m_poster, d);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().what.contains(QLatin1String("github-token")),
                 qPrintable(r.error().what));
        QVERIFY(!r.error().what.contains(QLatin1String("ghp_FAKE")));
        QCOMPARE(m_fake->server().requests().size(), 0);

        // Allowed explicitly: posts.
        redaction::AllowList allowed;
        for (const auto &f : m_redactor.findings(d.body))
            allowed.allow(f);
        auto ok = postAndWait(*m_poster, d, allowed);
        QVERIFY2(ok.has_value(), qPrintable(ok ? QString() : ok.error().what));

        IssueDraft noMarker = DraftBuilder().newIssue(Repo, sampleInput(QStringLiteral("fp2")));
        noMarker.body.replace(marker::post(noMarker.postKey), QString());
        auto blocked = postAndWait(*m_poster, noMarker);
        QVERIFY(!blocked.has_value());
        QVERIFY(blocked.error().what.contains(QLatin1String("hidden line")));
    }

    void writesArePaced()
    {
        const int spacing = 150;
        m_poster.reset();
        m_client = std::make_unique<GitHubClient>(config(spacing));
        m_poster = std::make_unique<IssuePoster>(m_client.get(), m_journal.get(), &m_redactor);
        int done = 0;
        for (int i = 0; i < 4; ++i) {
            const IssueDraft d =
                DraftBuilder().newIssue(Repo, sampleInput(QStringLiteral("fp%1").arg(i)));
            m_poster->post(d, {}, [&](Result<PostOutcome> r) {
                QVERIFY(r.has_value());
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 4, 10000);
        const auto posts = m_fake->server().requests("POST", QStringLiteral(".*/issues"));
        QCOMPARE(posts.size(), 4);
        for (int i = 1; i < posts.size(); ++i) {
            const qint64 gap = posts[i].elapsedMs - posts[i - 1].elapsedMs;
            // The client measures from its own send; allow a few ms of delivery jitter.
            QVERIFY2(gap >= spacing - 5,
                     qPrintable(QStringLiteral("gap %1 ms < %2 ms").arg(gap).arg(spacing)));
        }
    }

    void reportsDroppedLabels()
    {
        auto *repo = m_fake->repo(Repo);
        repo->push = repo->triage = false;
        const IssueDraft d = DraftBuilder().newIssue(Repo, sampleInput());
        auto r = postAndWait(*m_poster, d);
        QVERIFY(r.has_value());
        QCOMPARE(r->droppedLabels, d.labels);
    }
};

QTEST_GUILESS_MAIN(TestGitHubPoster)
#include "tst_github_poster.moc"
