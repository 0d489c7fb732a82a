// The GitHub step of a headless run against the fake GitHub: drafts wait for review unless
// posting is asked for; a cluster whose marker is on an open issue gets a comment, urgent new
// clusters get issues, and a second run posts no duplicate issue.
#include "app/cli/runcommand.h"
#include "core/github/tokensource.h"
#include "core/github/types.h"
#include "core/pipeline/githubstep.h"
#include "core/worklog/worklogreader.h"
#include "tests/common/fakegithub.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::test;

namespace {
const QString kRepo = QStringLiteral("acme/orders");

pipeline::RunOptions demoRun(const QTemporaryDir &dir)
{
    pipeline::RunOptions o;
    o.demo = true;
    o.historyPath = dir.filePath(QStringLiteral("h.sqlite"));
    o.worklogDir = dir.filePath(QStringLiteral("worklogs"));
    return o;
}

pipeline::GitHubStepOptions ghOptions(const FakeGitHub &fake, const QTemporaryDir &dir,
                                      pipeline::PostMode mode)
{
    pipeline::GitHubStepOptions o;
    o.api = fake.apiBase();
    o.repo = kRepo;
    o.token = QByteArrayLiteral("test-token");
    o.post = mode;
    o.dataDir = dir.filePath(QStringLiteral("github"));
    o.writeSpacingMs = 20; // the fake has no abuse detection; keep the test quick
    return o;
}
} // namespace

class TestRunGitHub : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("loggardener"));
    }

    void postsOnceAndRecordsActions()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.requiredToken = QByteArrayLiteral("test-token");
        fake.addRepo(kRepo);
        QTemporaryDir dir;
        const auto options = demoRun(dir);
        auto outcome = pipeline::analyse(options);
        QVERIFY(outcome.has_value());

        // One cluster already has an open issue with the app's marker.
        const auto &tracked = outcome->clusters.clusters().front();
        const int seeded = fake.seedIssue(kRepo, QStringLiteral("Existing report"),
                                          QStringLiteral("Seen before.\n") +
                                              github::marker::fingerprint(tracked.fingerprint),
                                          {QStringLiteral("log-gardener")});

        // Without --post nothing is written to GitHub; drafts wait for review.
        auto dry =
            pipeline::runGitHubStep(*outcome, ghOptions(fake, dir, pipeline::PostMode::None));
        QVERIFY2(dry.has_value(), qPrintable(dry ? QString() : dry.error().toString()));
        QCOMPARE(dry->posted, 0);
        QVERIFY(dry->drafted >= 2);
        QCOMPARE(dry->actions.draftsWaiting, dry->drafted);
        QCOMPARE(fake.repo(kRepo)->issues.size(), 1);
        QCOMPARE(dry->matched, 1);

        // Post everything: a comment on the seeded issue, issues for the urgent rest.
        auto posted =
            pipeline::runGitHubStep(*outcome, ghOptions(fake, dir, pipeline::PostMode::All));
        QVERIFY(posted.has_value());
        QVERIFY2(posted->failed == 0, qPrintable(posted->messages.join(QLatin1Char('\n'))));
        QVERIFY(posted->posted >= 2);
        const auto *repo = fake.repo(kRepo);
        QCOMPARE(repo->issues.first().number, seeded);
        QCOMPARE(repo->issues.first().comments.size(), 1);
        const int issuesAfterFirst = int(repo->issues.size());
        QVERIFY(issuesAfterFirst > 1);
        for (const auto &issue : repo->issues)
            QVERIFY2(!github::marker::findFingerprint(issue.body).isEmpty(),
                     "every issue carries its marker");
        // A new issue's marker lists every member template of its cluster.
        for (const auto &a : posted->actions.actions) {
            if (a.kind != worklog::WorklogAction::Kind::Created)
                continue;
            const auto &cluster = outcome->clusters.clusters()[size_t(a.cluster)];
            for (const auto &issue : repo->issues) {
                if (issue.number != a.issue)
                    continue;
                const QStringList listed = github::marker::findTemplates(issue.body);
                QCOMPARE(listed.first(), cluster.fingerprint);
                QCOMPARE(listed.size(), qsizetype(cluster.templates.size()));
                for (quint32 ti : cluster.templates)
                    QVERIFY(listed.contains(outcome->clusters.templates()[ti].fingerprint));
            }
        }

        // The worklog lists what was done.
        QVERIFY(pipeline::finish(*outcome, options, posted->actions).has_value());
        const auto worklog = worklog::WorklogReader::readFile(outcome->worklogPath);
        QVERIFY(worklog.has_value());
        QCOMPARE(worklog->actions.size(), posted->posted);
        bool sawUpdate = false;
        for (const auto &a : worklog->actions)
            sawUpdate =
                sawUpdate || (a.issue == seeded && a.kind == worklog::WorklogAction::Kind::Updated);
        QVERIFY(sawUpdate);

        // A second run finds its own markers: comments, no new issue.
        auto again =
            pipeline::runGitHubStep(*outcome, ghOptions(fake, dir, pipeline::PostMode::All));
        QVERIFY(again.has_value());
        QCOMPARE(int(fake.repo(kRepo)->issues.size()), issuesAfterFirst);
        QCOMPARE(again->matched, issuesAfterFirst);
    }

    void enterpriseHostsAcceptTheGeneralToken()
    {
        qunsetenv("GITHUB_TOKEN");
        qunsetenv("GITHUB_ENTERPRISE_TOKEN");
        qputenv("GH_TOKEN", "general");
        qunsetenv("GH_ENTERPRISE_TOKEN");
        QCOMPARE(github::tokenFromEnvironment(true).token, QByteArray("general"));
        qputenv("GH_ENTERPRISE_TOKEN", "enterprise");
        QCOMPARE(github::tokenFromEnvironment(true).token, QByteArray("enterprise"));
        QCOMPARE(github::tokenFromEnvironment(false).token, QByteArray("general"));
        qunsetenv("GH_ENTERPRISE_TOKEN");
        qunsetenv("GH_TOKEN");
    }

    void commandNeedsATokenAndARepoToPost()
    {
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        QString o, e;
        QTextStream out(&o), err(&e);
        QCOMPARE(cli::RunCommand().run(
                     {QStringLiteral("--demo"), QStringLiteral("--post"), QStringLiteral("all")},
                     out, err),
                 int(cli::ExitUsage));

        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.addRepo(kRepo);
        fake.requiredToken = QByteArrayLiteral("env-token");
        QTemporaryDir dir;
        qputenv("GH_TOKEN", "env-token");
        QString o2, e2;
        QTextStream out2(&o2), err2(&e2);
        const int code = cli::RunCommand().run(
            {QStringLiteral("--demo"), QStringLiteral("--github-repo"), kRepo,
             QStringLiteral("--github-api"), fake.apiBase().toString(), QStringLiteral("--history"),
             dir.filePath(QStringLiteral("h.sqlite")), QStringLiteral("--worklog-dir"), dir.path()},
            out2, err2);
        qunsetenv("GH_TOKEN");
        QVERIFY2(code == cli::ExitOk, qPrintable(e2));
        QVERIFY2(e2.contains(QStringLiteral("waiting for review")), qPrintable(e2));
        QCOMPARE(fake.repo(kRepo)->issues.size(), 0); // --post none (the default) writes nothing
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestRunGitHub)
#include "tst_rungithub.moc"
