// Exactly once across processes: two overlapping `loggardener run --post all` file each issue
// once; an issue filed at the same time by another machine is closed as a duplicate (GraphQL
// closeIssue, stateReason DUPLICATE); a rerun with the same input posts nothing; a post waits
// for the journal's lock and says so.
#include "core/github/client.h"
#include "core/github/draft.h"
#include "core/github/issueposter.h"
#include "core/github/postjournal.h"
#include "core/github/types.h"
#include "core/redaction/redactor.h"
#include "tests/common/fakegithub.h"
#include "tests/common/testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gardener;
using namespace gardener::github;
using gardener::test::FakeGitHub;

namespace {

const QString Repo = QStringLiteral("acme/app");

DraftInput input(const QDateTime &last)
{
    DraftInput in;
    in.fingerprint = QStringLiteral("fp-once-1");
    in.name = QStringLiteral("Payment webhook timed out");
    in.priority = QStringLiteral("P1");
    in.category = QStringLiteral("regression");
    in.count = 7;
    in.first = last.addSecs(-600);
    in.last = last;
    return in;
}

Result<PostOutcome> postAndWait(IssuePoster &poster, const IssueDraft &d)
{
    std::optional<Result<PostOutcome>> result;
    poster.post(d, {}, [&](Result<PostOutcome> r) { result = std::move(r); });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result.value_or(fail(QStringLiteral("timed out")));
}

} // namespace

class TestExactlyOnce : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostJournal> m_journal;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<IssuePoster> m_poster;
    redaction::Redactor m_redactor;

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeGitHub>();
        QVERIFY(m_fake->listen());
        m_fake->addRepo(Repo);
        m_fake->requiredToken = "test-token-not-real";
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<PostJournal>();
        QVERIFY(m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))).has_value());
        GitHubClient::Config c;
        c.apiBase = m_fake->apiBase();
        c.token = "test-token-not-real";
        c.timeoutMs = 5000;
        c.writeSpacingMs = 10;
        m_client = std::make_unique<GitHubClient>(c);
        m_poster = std::make_unique<IssuePoster>(m_client.get(), m_journal.get(), &m_redactor);
    }

    void cleanup()
    {
        m_poster.reset();
        m_client.reset();
        m_journal.reset();
        m_dir.reset();
        m_fake.reset();
    }

    void twoProcessesFileEachIssueOnce()
    {
        const QString binary = test::loggardenerBinary();
        if (binary.isEmpty())
            QSKIP("the loggardener binary is not built (GARDENER_BUILD_APP off); two real "
                  "processes are needed");
        m_fake->requiredToken = "env-token";
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("GH_TOKEN"), QStringLiteral("env-token"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int n = 0; n < 2; ++n) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->setProgram(binary);
            // Each run its own history and worklogs; the GitHub journal is the shared default.
            p->setArguments(
                {QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--post"),
                 QStringLiteral("all"), QStringLiteral("--github-repo"), Repo,
                 QStringLiteral("--github-api"), m_fake->apiBase().toString(),
                 QStringLiteral("--history"), home.filePath(QStringLiteral("h%1.sqlite").arg(n)),
                 QStringLiteral("--worklog-dir"), home.filePath(QStringLiteral("w%1").arg(n))});
            runs.push_back(std::move(p));
        }
        for (auto &p : runs)
            p->start();
        for (auto &p : runs)
            QVERIFY(p->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(runs[0]->state() == QProcess::NotRunning &&
                                     runs[1]->state() == QProcess::NotRunning,
                                 240000);
        for (auto &p : runs) {
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     qPrintable(err));
        }
        QMap<QString, int> perMarker;
        for (const auto &issue : m_fake->repo(Repo)->issues) {
            if (issue.state == QLatin1String("open"))
                ++perMarker[marker::findFingerprint(issue.body)];
        }
        QVERIFY2(perMarker.size() >= 2, "the demo files several issues");
        for (auto it = perMarker.cbegin(); it != perMarker.cend(); ++it)
            QVERIFY2(
                it.value() == 1,
                qPrintable(QStringLiteral("%1 open issues for %2").arg(it.value()).arg(it.key())));
        // Nothing needed closing: the lock kept the runs apart on this machine.
        QCOMPARE(m_fake->issueCount(Repo), int(perMarker.size()));

        // A rerun with the same input has nothing new to say: no issue, no comment.
        auto commentCount = [this] {
            int n = 0;
            for (const auto &issue : m_fake->repo(Repo)->issues)
                n += int(issue.comments.size());
            return n;
        };
        const int commentsBefore = commentCount();
        const int createsBefore = m_fake->createRequests();
        QProcess rerun;
        rerun.setProcessEnvironment(env);
        rerun.setProgram(binary);
        rerun.setArguments(runs[0]->arguments());
        rerun.start();
        QTRY_VERIFY_WITH_TIMEOUT(rerun.state() == QProcess::NotRunning, 240000);
        QVERIFY2(rerun.exitCode() == 0, rerun.readAllStandardError().constData());
        QCOMPARE(m_fake->createRequests(), createsBefore);
        QCOMPARE(commentCount(), commentsBefore);
    }

    void anotherMachinesIssueWinsAndOursIsClosedAsDuplicate()
    {
        const DraftBuilder builder;
        const IssueDraft draft = builder.newIssue(Repo, input(QDateTime::currentDateTimeUtc()));
        int theirs = 0;
        // Another machine files the same cluster while our create request is on its way.
        connect(&m_fake->server(), &gardener::test::FakeHttpServer::requestReceived, this,
                [&](const gardener::test::HttpRequest &req) {
                    if (req.method == "POST" && req.path.endsWith(QLatin1String("/issues")) &&
                        theirs == 0)
                        theirs = m_fake->seedIssue(
                            Repo, QStringLiteral("same cluster, other machine"),
                            QStringLiteral("body\n") + marker::fingerprint(draft.fingerprint), {},
                            QStringLiteral("open"), QDateTime::currentDateTimeUtc());
                });
        const auto r = postAndWait(*m_poster, draft);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().what));
        QVERIFY(theirs > 0);
        QCOMPARE(r->issueNumber, theirs);
        QVERIFY(r->closedDuplicate > theirs);
        const auto *repo = m_fake->repo(Repo);
        const FakeGitHub::IssueRecord *ours = nullptr;
        for (const auto &i : repo->issues)
            if (i.number == r->closedDuplicate)
                ours = &i;
        QVERIFY(ours);
        QCOMPARE(ours->state, QStringLiteral("closed"));
        QCOMPARE(ours->stateReason, QStringLiteral("DUPLICATE"));
        QCOMPARE(ours->duplicateOf, theirs);
        QCOMPARE(ours->comments.size(), 1);
        QVERIFY(ours->comments.first().body.contains(QStringLiteral("#%1").arg(theirs)));
        QCOMPARE(m_fake->server().count("POST", QStringLiteral("/graphql")), 1);
    }

    void anIssueFiledMeanwhileIsNotFiledAgain()
    {
        const DraftBuilder builder;
        const IssueDraft draft = builder.newIssue(Repo, input(QDateTime::currentDateTimeUtc()));
        // Filed after our match (the draft) by someone else: the check under the lock sees it.
        const int theirs = m_fake->seedIssue(
            Repo, QStringLiteral("filed meanwhile"), marker::fingerprint(draft.fingerprint), {},
            QStringLiteral("open"), QDateTime::currentDateTimeUtc());
        const auto r = postAndWait(*m_poster, draft);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().what));
        QCOMPARE(r->issueNumber, theirs);
        QVERIFY(r->alreadyPosted);
        QCOMPARE(m_fake->createRequests(), 0);
    }

    void anUpdateWithoutNewEntriesIsNotPosted()
    {
        const DraftBuilder builder;
        const QDateTime last = QDateTime::currentDateTimeUtc().addSecs(-60);
        const IssueDraft issue = builder.newIssue(Repo, input(last));
        const auto filed = postAndWait(*m_poster, issue);
        QVERIFY(filed.has_value());
        // Same window as the issue: nothing new, nothing posted.
        const auto same =
            postAndWait(*m_poster, builder.comment(Repo, filed->issueNumber, input(last)));
        QVERIFY2(same.has_value(), qPrintable(same ? QString() : same.error().what));
        QVERIFY(same->nothingNew);
        QCOMPARE(m_fake->repo(Repo)->issues.first().comments.size(), 0);
        // Later entries: one comment; the same later window again: still one.
        const auto later = postAndWait(
            *m_poster, builder.comment(Repo, filed->issueNumber, input(last.addSecs(30))));
        QVERIFY(later.has_value());
        QVERIFY(!later->nothingNew);
        const auto again = postAndWait(
            *m_poster, builder.comment(Repo, filed->issueNumber, input(last.addSecs(30))));
        QVERIFY(again.has_value());
        QVERIFY(again->nothingNew);
        QCOMPARE(m_fake->repo(Repo)->issues.first().comments.size(), 1);
    }

    void aPostWaitsForTheLockAndSaysSo()
    {
        QLockFile other(m_journal->lockPath());
        QVERIFY(other.tryLock(0));
        m_poster->setLockTimeoutMs(1500);
        QSignalSpy waiting(m_poster.get(), &IssuePoster::waiting);
        const DraftBuilder builder;
        const auto r =
            postAndWait(*m_poster, builder.newIssue(Repo, input(QDateTime::currentDateTimeUtc())));
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().what.contains(m_journal->lockPath()), qPrintable(r.error().what));
        QCOMPARE(waiting.size(), 1);
        QVERIFY(waiting.first().first().toString().contains(
            QStringLiteral("waiting for another Log Gardener process")));
        QCOMPARE(m_fake->createRequests(), 0);

        // Released meanwhile: the post goes ahead.
        m_poster->setLockTimeoutMs(10000);
        QTimer::singleShot(600, this, [&other] { other.unlock(); });
        const auto after =
            postAndWait(*m_poster, builder.newIssue(Repo, input(QDateTime::currentDateTimeUtc())));
        QVERIFY2(after.has_value(), qPrintable(after ? QString() : after.error().what));
        QCOMPARE(m_fake->createRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExactlyOnce)
#include "tst_exactlyonce.moc"
