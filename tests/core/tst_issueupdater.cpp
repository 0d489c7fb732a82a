// Title prefix, labels and marker of a posted issue follow its cluster's triage: one PATCH per
// decided change, journaled before it leaves, never sent again once done.
#include "core/github/client.h"
#include "core/github/issueupdater.h"
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

Result<bool> applyNow(IssueUpdater &u, const IssueUpdate &update)
{
    std::optional<Result<bool>> got;
    u.apply(update, [&](Result<bool> r) { got = r; });
    (void)QTest::qWaitFor([&] { return got.has_value(); }, 10000);
    return got.value_or(fail(QStringLiteral("no answer")));
}
} // namespace

class TestIssueUpdater : public QObject
{
    Q_OBJECT
private slots:
    void titleAndLabelsFollowTriage()
    {
        QCOMPARE(retitled(QStringLiteral("GCP-active-dev | P2 | Redis timed out"),
                          QStringLiteral("P1"), QStringLiteral("GCP-regression")),
                 QStringLiteral("GCP-regression | P1 | Redis timed out"));
        // A title a person rewrote without the prefix is left alone.
        QCOMPARE(retitled(QStringLiteral("Redis flakes in staging"), QStringLiteral("P1"),
                          QStringLiteral("GCP-regression")),
                 QStringLiteral("Redis flakes in staging"));
        QCOMPARE(relabelled({QStringLiteral("P2"), QStringLiteral("GCP-active-dev"),
                             QStringLiteral("redis"), QStringLiteral("log-gardener")},
                            QStringLiteral("P1"), QStringLiteral("GCP-regression")),
                 (QStringList{QStringLiteral("P1"), QStringLiteral("GCP-regression"),
                              QStringLiteral("redis"), QStringLiteral("log-gardener")}));
    }

    // A regression filed as a new issue says GCP-regression in its title prefix and its label,
    // and its marker lists the cluster's member templates.
    void regressionDraftTitleAndLabelAgree()
    {
        QTemporaryDir dir;
        const redaction::Redactor redactor;
        GitHubSession::Options o;
        o.api = {QUrl(QStringLiteral("http://127.0.0.1:9")), "t"};
        o.repo = Repo;
        o.dataDir = dir.path();
        auto session = GitHubSession::open(o, &redactor);
        QVERIFY(session.has_value());
        DraftInput in;
        in.fingerprint = QStringLiteral("v1:a");
        in.name = QStringLiteral("Redis timed out");
        in.titlePrefix = in.category = QStringLiteral("GCP-active-dev");
        in.priority = QStringLiteral("P1");
        MatchResult match;
        match.verdict = MatchResult::Verdict::Regression;
        match.templates = {QStringLiteral("v1:a"), QStringLiteral("v1:b")};
        Candidate closed;
        closed.number = 7;
        closed.state = QStringLiteral("closed");
        closed.via = {Candidate::Via::Marker};
        match.candidates = {closed};
        const auto draft = (*session)->prepareDraft(in, match);
        QVERIFY(draft.has_value());
        QVERIFY2(draft->title.startsWith(QStringLiteral("GCP-regression | P1 | ")),
                 qPrintable(draft->title));
        QVERIFY(draft->labels.contains(QStringLiteral("GCP-regression")));
        QVERIFY(!draft->labels.contains(QStringLiteral("GCP-active-dev")));
        QCOMPARE(marker::findTemplates(draft->body),
                 (QStringList{QStringLiteral("v1:a"), QStringLiteral("v1:b")}));
        QVERIFY(draft->body.contains(QStringLiteral("#7")));
    }

    void patchesOnceAndJournals()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(Repo);
        const int n = fake.seedIssue(Repo, QStringLiteral("GCP-active-dev | P2 | Redis"),
                                     marker::identity(QStringLiteral("v1:a"), {}),
                                     {QStringLiteral("P2"), QStringLiteral("GCP-active-dev"),
                                      QStringLiteral("log-gardener")});
        QTemporaryDir dir;
        GitHubClient client({fake.apiBase(), "t"});
        IssueUpdater updater(&client);
        QVERIFY(updater.open(dir.filePath(QStringLiteral("journal.sqlite"))).has_value());
        IssueUpdate u;
        u.repo = Repo;
        u.number = n;
        u.title = QStringLiteral("GCP-regression | P1 | Redis");
        u.labels = {QStringLiteral("P1"), QStringLiteral("GCP-regression"),
                    QStringLiteral("log-gardener")};
        u.setLabels = true;
        u.body = marker::identity(QStringLiteral("v1:a"), {QStringLiteral("v1:b")});
        const auto first = applyNow(updater, u);
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(*first);
        const auto &issue = fake.repo(Repo)->issues.first();
        QCOMPARE(issue.title, u.title);
        QCOMPARE(issue.labels, u.labels);
        QCOMPARE(marker::findTemplates(issue.body),
                 (QStringList{QStringLiteral("v1:a"), QStringLiteral("v1:b")}));
        QCOMPARE(issue.patches, 1);
        QVERIFY(*updater.isDone(u.key()));

        // The same change again (a retried run, another updater on the same journal): nothing sent.
        IssueUpdater again(&client);
        QVERIFY(again.open(dir.filePath(QStringLiteral("journal.sqlite"))).has_value());
        const auto second = applyNow(again, u);
        QVERIFY(second.has_value());
        QVERIFY(!*second);
        QCOMPARE(fake.repo(Repo)->issues.first().patches, 1);
        QCOMPARE(fake.server().count("PATCH", QStringLiteral("/repos/acme/app/issues/%1").arg(n)),
                 1);

        // A failed PATCH is journaled as failed and sent again next time.
        IssueUpdate missing = u;
        missing.number = 999;
        QVERIFY(!applyNow(updater, missing).has_value());
        QVERIFY(!*updater.isDone(missing.key()));
    }
};

QTEST_GUILESS_MAIN(TestIssueUpdater)
#include "tst_issueupdater.moc"
