// Matching a cluster to GitHub issues: the fingerprint marker (label listing, all pages), the
// journal, and search, which lags and never alone concludes "no issue".
#include "core/github/issuematcher.h"
#include "core/github/session.h"
#include "core/github/types.h"
#include "tests/common/fakegithub.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::github;
using gardener::test::FakeGitHub;

namespace {

const QString Repo = QStringLiteral("acme/app");
const QString Label = QStringLiteral("log-gardener");

MatchResult runMatch(IssueMatcher &m, const MatchQuery &q)
{
    std::optional<MatchResult> got;
    m.match(q, [&](MatchResult r) { got = r; });
    (void)QTest::qWaitFor([&] { return got.has_value(); }, 10000);
    return got.value_or(MatchResult{});
}

QString bodyWithMarker(const QString &fp)
{
    return QStringLiteral("Some text\n\n") + marker::fingerprint(fp) + QLatin1Char('\n');
}

} // namespace

class TestGitHubMatcher : public QObject
{
    Q_OBJECT
private slots:
    void markerFoundBeyondTheFirstPage()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(Repo);
        const int target = fake.seedIssue(Repo, QStringLiteral("GCP-regression | P1 | routing"),
                                          bodyWithMarker(QStringLiteral("fpA")), {Label});
        for (int i = 0; i < 230; ++i) // newer issues push the target to the third page of 100
            fake.seedIssue(Repo, QStringLiteral("other %1").arg(i),
                           bodyWithMarker(QStringLiteral("x%1").arg(i)), {Label},
                           QStringLiteral("open"), QDateTime::currentDateTimeUtc().addSecs(-i));
        GitHubClient client({fake.apiBase(), "t"});
        IssueMatcher matcher(&client, nullptr);
        const MatchResult r = runMatch(matcher, {Repo, QStringLiteral("fpA"), {}});
        QVERIFY(r.listingComplete);
        QCOMPARE(r.verdict, MatchResult::Verdict::Existing);
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().number, target);
        QVERIFY(r.candidates.first().via.contains(Candidate::Via::Marker));
        QCOMPARE(fake.server().count("GET", QStringLiteral("/repos/acme/app/issues")), 3);
        // The listing asked for every state and the app's label.
        const auto req =
            fake.server().requests("GET", QStringLiteral("/repos/acme/app/issues")).first();
        QCOMPARE(req.queryValue(QStringLiteral("state")), QStringLiteral("all"));
        QCOMPARE(req.queryValue(QStringLiteral("labels")), Label);
    }

    void closedMarkedIssueIsARegression()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(Repo);
        const int old =
            fake.seedIssue(Repo, QStringLiteral("old"), bodyWithMarker(QStringLiteral("fpB")),
                           {Label}, QStringLiteral("closed"));
        GitHubClient client({fake.apiBase(), "t"});
        IssueMatcher matcher(&client, nullptr);
        const MatchResult r = runMatch(matcher, {Repo, QStringLiteral("fpB"), {}});
        QCOMPARE(r.verdict, MatchResult::Verdict::Regression);

        // The session turns that into a new issue that links the old one.
        QTemporaryDir dir;
        redaction::Redactor redactor;
        auto session =
            GitHubSession::open({{fake.apiBase(), "t"}, Repo, dir.path(), {}}, &redactor);
        QVERIFY(session.has_value());
        DraftInput in;
        in.fingerprint = QStringLiteral("fpB");
        in.name = QStringLiteral("routing error");
        auto draft = (*session)->prepareDraft(in, r);
        QVERIFY(draft.has_value());
        QCOMPARE(draft->kind, IssueDraft::Kind::NewIssue);
        QVERIFY(draft->title.startsWith(QLatin1String("GCP-regression | ")));
        QVERIFY(draft->body.contains(QStringLiteral("- #%1").arg(old)));

        // Or the user reopens the old issue instead.
        std::optional<Result<Issue>> reopened;
        (*session)->setIssueState(old, true, [&](Result<Issue> x) { reopened = x; });
        QTRY_VERIFY_WITH_TIMEOUT(reopened.has_value(), 5000);
        QVERIFY(reopened->has_value());
        QCOMPARE((*reopened)->state, QStringLiteral("open"));
        QCOMPARE(fake.repo(Repo)->issues.first().state, QStringLiteral("open"));
        const MatchResult again = runMatch(matcher, {Repo, QStringLiteral("fpB"), {}});
        QCOMPARE(again.verdict, MatchResult::Verdict::Existing);
    }

    void searchLagsSoItNeverDecidesAlone()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(Repo);
        fake.searchLagMs = 60000; // nothing created now is searchable yet
        // Created "just now" by another machine, with the marker and the label.
        fake.seedIssue(Repo, QStringLiteral("SessionMiddleware warnings"),
                       bodyWithMarker(QStringLiteral("fpC")), {Label}, QStringLiteral("open"),
                       QDateTime::currentDateTimeUtc());
        fake.repo(Repo)->issues.last().createdElapsedMs = 0; // inside the search lag
        GitHubClient client({fake.apiBase(), "t"});
        IssueMatcher matcher(&client, nullptr);
        const MatchResult r =
            runMatch(matcher, {Repo, QStringLiteral("fpC"), {QStringLiteral("SessionMiddleware")}});
        QVERIFY(r.searchUsed);
        QCOMPARE(r.verdict, MatchResult::Verdict::Existing); // found by the listing, not search
        QVERIFY(!r.candidates.first().via.contains(Candidate::Via::Search));

        // With the listing failing, a search that finds nothing is "unknown", not "new".
        fake.addRepo(QStringLiteral("acme/broken"));
        fake.rateLimitNext = 1; // the listing is refused; search still answers
        const MatchResult u = runMatch(
            matcher,
            {QStringLiteral("acme/broken"), QStringLiteral("fpZ"), {QStringLiteral("nothing")}});
        QCOMPARE(u.verdict, MatchResult::Verdict::Unknown);
        QVERIFY(!u.listingError.isEmpty());
        QTemporaryDir dir;
        redaction::Redactor redactor;
        auto session = GitHubSession::open(
            {{fake.apiBase(), "t"}, QStringLiteral("acme/broken"), dir.path(), {}}, &redactor);
        QVERIFY(session.has_value());
        QVERIFY(!(*session)->prepareDraft(DraftInput{}, u).has_value());
    }

    void searchAddsSimilarCandidatesAndIsRateLimited()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(Repo);
        const int similar = fake.seedIssue(Repo, QStringLiteral("thread id run id inconsistency"),
                                           QStringLiteral("no marker"), {});
        GitHubClient::Config c{fake.apiBase(), "t"};
        GitHubClient client(c);
        IssueMatcher matcher(&client, nullptr);
        const MatchResult r = runMatch(
            matcher,
            {Repo, QStringLiteral("fpD"), {QStringLiteral("run id"), QStringLiteral("thread")}});
        QCOMPARE(r.verdict, MatchResult::Verdict::Similar);
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().number, similar);
        QCOMPARE(r.candidates.first().via, QList<Candidate::Via>{Candidate::Via::Search});
        QCOMPARE(IssueMatcher::searchQuery(
                     {Repo, {}, {QStringLiteral("run id"), QStringLiteral("thread")}}),
                 QStringLiteral("repo:acme/app is:issue \"run id\" thread"));
    }

    void nothingAnywhereIsNew()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(Repo);
        GitHubClient client({fake.apiBase(), "t"});
        IssueMatcher matcher(&client, nullptr);
        const MatchResult r =
            runMatch(matcher, {Repo, QStringLiteral("fpE"), {QStringLiteral("zzz")}});
        QCOMPARE(r.verdict, MatchResult::Verdict::New);
        QVERIFY(r.listingComplete);
    }

    void journalFindsIssuesWhoseLabelWasDropped()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(Repo);
        const int n = fake.seedIssue(Repo, QStringLiteral("t"),
                                     bodyWithMarker(QStringLiteral("fpF")), {}); // no label
        QTemporaryDir dir;
        PostJournal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))).has_value());
        JournalEntry e;
        e.key = QStringLiteral("k1");
        e.repo = Repo;
        e.fingerprint = QStringLiteral("fpF");
        QVERIFY(journal.begin(e).has_value());
        QVERIFY(journal.markDone(QStringLiteral("k1"), n, 0, QString()).has_value());
        GitHubClient client({fake.apiBase(), "t"});
        IssueMatcher matcher(&client, &journal);
        const MatchResult r = runMatch(matcher, {Repo, QStringLiteral("fpF"), {}});
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().number, n);
        QVERIFY(r.candidates.first().via.contains(Candidate::Via::Journal));
        QVERIFY(r.verdict != MatchResult::Verdict::New);
    }

    // Markers name the cluster and list its member templates; early markers doubled the
    // version prefix and still read.
    void markerFormatsOldAndNew()
    {
        const QString fp = QStringLiteral("v1:0a1b2c3d4e5f6a7b");
        QCOMPARE(marker::fingerprint(fp),
                 QStringLiteral("<!-- loggardener:fingerprint=v1:0a1b2c3d4e5f6a7b -->"));
        const QString old =
            QStringLiteral("text\n<!-- loggardener:fingerprint=v1:v1:0a1b2c3d4e5f6a7b -->\n");
        QCOMPARE(marker::findFingerprint(old), fp);
        QCOMPARE(marker::findTemplates(old), QStringList{fp});
        const QString listed =
            marker::identity(fp, {QStringLiteral("v1:99"), fp, QStringLiteral("v1:aa")});
        QCOMPARE(listed, QStringLiteral("<!-- loggardener:fingerprint=v1:0a1b2c3d4e5f6a7b "
                                        "templates=v1:0a1b2c3d4e5f6a7b,v1:99,v1:aa -->"));
        QCOMPARE(marker::findFingerprint(listed), fp);
        QCOMPARE(marker::findTemplates(listed),
                 (QStringList{fp, QStringLiteral("v1:99"), QStringLiteral("v1:aa")}));
        // Rewriting replaces the marker in place and keeps the post marker.
        const QString body = old + marker::post(QStringLiteral("k1"));
        const QString rewritten = marker::withIdentity(body, fp, {QStringLiteral("v1:bb")});
        QCOMPARE(marker::findTemplates(rewritten), (QStringList{fp, QStringLiteral("v1:bb")}));
        QCOMPARE(marker::findPostKey(rewritten), QStringLiteral("k1"));
        QCOMPARE(rewritten.count(QStringLiteral("loggardener:fingerprint")), 1);
        QVERIFY(marker::withIdentity(QStringLiteral("plain"), fp, {})
                    .endsWith(marker::identity(fp, {}) + QLatin1Char('\n')));
    }

    // A cluster whose representative template changed (merged with a template whose
    // fingerprint sorts first) finds its issue through any member template the marker lists,
    // and prefers the issue covering most of its entries.
    void memberTemplatesFindTheIssueAfterRegrouping()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(Repo);
        const int small =
            fake.seedIssue(Repo, QStringLiteral("GCP-active-dev | P2 | reconnects"),
                           QStringLiteral("b\n") +
                               marker::identity(QStringLiteral("v1:b"), {QStringLiteral("v1:b")}),
                           {Label});
        const int big =
            fake.seedIssue(Repo, QStringLiteral("GCP-active-dev | P2 | timeouts"),
                           QStringLiteral("c\n") +
                               marker::identity(QStringLiteral("v1:c"),
                                                {QStringLiteral("v1:c"), QStringLiteral("v1:d")}),
                           {Label});
        fake.seedIssue(Repo, QStringLiteral("unrelated"),
                       QStringLiteral("u\n") + marker::identity(QStringLiteral("v1:z"), {}),
                       {Label});
        GitHubClient client({fake.apiBase(), "t"});
        IssueMatcher matcher(&client, nullptr);
        MatchQuery q;
        q.repo = Repo;
        q.fingerprint = QStringLiteral("v1:a"); // a new template now represents the cluster
        q.templates = {{QStringLiteral("v1:a"), 5},
                       {QStringLiteral("v1:b"), 20},
                       {QStringLiteral("v1:c"), 300}};
        const MatchResult r = runMatch(matcher, q);
        QCOMPARE(r.verdict, MatchResult::Verdict::Existing);
        QCOMPARE(r.candidates.size(), 2);
        QCOMPARE(r.candidates.first().number, big);
        QCOMPARE(r.candidates.last().number, small);
        QCOMPARE(r.candidates.first().overlap, quint64(300));
        QCOMPARE(r.candidates.first().markerTemplates,
                 (QStringList{QStringLiteral("v1:c"), QStringLiteral("v1:d")}));
    }

    // This machine's journal knows the cluster by its fingerprint at posting time, which is
    // one of its member templates now.
    void journalFindsTheIssueOfAMemberTemplate()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(Repo);
        const int n = fake.seedIssue(Repo, QStringLiteral("t"),
                                     QStringLiteral("no marker any more"), {Label});
        QTemporaryDir dir;
        PostJournal journal;
        QVERIFY(journal.open(dir.filePath(QStringLiteral("j.sqlite"))).has_value());
        JournalEntry e;
        e.key = QStringLiteral("k2");
        e.repo = Repo;
        e.fingerprint = QStringLiteral("v1:old");
        QVERIFY(journal.begin(e).has_value());
        QVERIFY(journal.markDone(QStringLiteral("k2"), n, 0, QString()).has_value());
        GitHubClient client({fake.apiBase(), "t"});
        IssueMatcher matcher(&client, &journal);
        MatchQuery q;
        q.repo = Repo;
        q.fingerprint = QStringLiteral("v1:new");
        q.templates = {{QStringLiteral("v1:new"), 3}, {QStringLiteral("v1:old"), 9}};
        const MatchResult r = runMatch(matcher, q);
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().number, n);
        QCOMPARE(r.verdict, MatchResult::Verdict::Existing);
    }
};

QTEST_GUILESS_MAIN(TestGitHubMatcher)
#include "tst_github_matcher.moc"
