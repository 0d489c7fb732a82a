// Drafts: worklog-style titles and labels, template overrides, the 65,536-character limit,
// frequency wording, and drafts that survive a restart. Device flow: slow_down honoured.
#include "core/github/deviceflow.h"
#include "core/github/draft.h"
#include "core/github/session.h"
#include "core/github/tokensource.h"
#include "core/github/types.h"
#include "tests/common/fakegithub.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::github;
using gardener::test::FakeGitHub;

namespace {

DraftInput input()
{
    DraftInput in;
    in.fingerprint = QStringLiteral("abc123");
    in.name = QStringLiteral("Authentication Module Import Missing dev_launcher");
    in.titlePrefix = QStringLiteral("GCP-active-dev");
    in.priority = QStringLiteral("P2");
    in.category = QStringLiteral("active-dev");
    in.area = QStringLiteral("auth");
    in.count = 7;
    in.severities = {{QStringLiteral("ERROR"), 7}};
    in.samplesJson = {QStringLiteral("{\"a\":1}")};
    return in;
}

} // namespace

class TestGitHubDrafts : public QObject
{
    Q_OBJECT
private slots:
    void titleLabelsAndMarkers()
    {
        const IssueDraft d = DraftBuilder().newIssue(QStringLiteral("o/r"), input());
        QCOMPARE(d.title,
                 QStringLiteral(
                     "GCP-active-dev | P2 | Authentication Module Import Missing dev_launcher"));
        QCOMPARE(d.labels, (QStringList{QStringLiteral("P2"), QStringLiteral("active-dev"),
                                        QStringLiteral("auth"), QStringLiteral("log-gardener")}));
        QCOMPARE(marker::findFingerprint(d.body), QStringLiteral("abc123"));
        QCOMPARE(marker::findPostKey(d.body), d.postKey);
        QVERIFY(d.body.contains(QLatin1String("```json\n{\n    \"a\": 1\n}\n```")));
        QVERIFY(d.body.contains(QLatin1String("ERROR 7")));
        QVERIFY(!d.trimmed);
    }

    void frequencyWording()
    {
        QCOMPARE(DraftBuilder::frequencyChange(5, 15), QStringLiteral("5 → 15 per minute, +200%"));
        QCOMPARE(DraftBuilder::frequencyChange(10, 5), QStringLiteral("10 → 5 per minute, -50%"));
        QCOMPARE(DraftBuilder::frequencyChange(-1, 3), QStringLiteral("3 per minute"));
        DraftInput in = input();
        in.ratePerMinuteBefore = 5;
        in.ratePerMinuteAfter = 15;
        in.previousPriority = QStringLiteral("P3");
        const IssueDraft c = DraftBuilder().comment(QStringLiteral("o/r"), 169, in);
        QCOMPARE(c.kind, IssueDraft::Kind::Comment);
        QCOMPARE(c.targetIssue, 169);
        QVERIFY(c.body.contains(QStringLiteral("5 → 15 per minute, +200%")));
        QVERIFY(c.body.contains(QStringLiteral("P3 → P2 (proposed)")));
    }

    void longBodiesDropSamplesFirst()
    {
        DraftInput in = input();
        const QString big = QStringLiteral("{\"m\":\"%1\"}").arg(QString(20000, QLatin1Char('x')));
        in.samplesJson = {big, big, big, big, big};
        const IssueDraft d = DraftBuilder().newIssue(QStringLiteral("o/r"), in);
        QVERIFY(d.body.size() <= DraftBuilder::MaxBodyChars);
        QVERIFY(d.trimmed);
        QVERIFY(d.body.contains(QLatin1String("samples omitted")));
        QVERIFY(d.body.count(QLatin1String("```json")) >= 1);
        QCOMPARE(marker::findPostKey(d.body), d.postKey); // the marker survives trimming

        in.samplesJson.clear();
        in.summary = QString(70000, QLatin1Char('s'));
        const IssueDraft huge = DraftBuilder().newIssue(QStringLiteral("o/r"), in);
        QVERIFY(huge.body.size() <= DraftBuilder::MaxBodyChars);
        QCOMPARE(marker::findPostKey(huge.body), huge.postKey);
    }

    void userTemplatesOverrideDefaults()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("issue-body.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Custom {{name}} x{{count}} {{{{literal}}\n");
        f.close();
        DraftTemplates t;
        QVERIFY(t.loadOverrides(dir.path()).has_value());
        const IssueDraft d = DraftBuilder(t).newIssue(QStringLiteral("o/r"), input());
        QVERIFY(d.body.startsWith(QStringLiteral(
            "Custom Authentication Module Import Missing dev_launcher x7 {{literal}}")));
        // A template without {{marker}} still gets the markers.
        QCOMPARE(marker::findPostKey(d.body), d.postKey);
    }

    void draftsSurviveRestart()
    {
        QTemporaryDir dir;
        const IssueDraft d = DraftBuilder().newIssue(QStringLiteral("o/r"), input());
        {
            DraftStore store(dir.filePath(QStringLiteral("drafts")));
            QVERIFY(store.save(d).has_value());
        }
        DraftStore again(dir.filePath(QStringLiteral("drafts")));
        auto loaded = again.load(d.postKey);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->body, d.body);
        QCOMPARE(loaded->title, d.title);
        QCOMPARE(loaded->labels, d.labels);
        QCOMPARE(again.loadReadable().drafts.size(), 1);
        QVERIFY(again.remove(d.postKey).has_value());
        QCOMPARE(again.loadReadable().drafts.size(), 0);
    }

    // A broken file is named with what is wrong; the drafts beside it are still read.
    void brokenDraftFileIsNamedNotFatal()
    {
        QTemporaryDir dir;
        DraftStore store(dir.filePath(QStringLiteral("drafts")));
        const IssueDraft d = DraftBuilder().newIssue(QStringLiteral("o/r"), input());
        QVERIFY(store.save(d).has_value());
        QFile broken(
            QDir(dir.filePath(QStringLiteral("drafts"))).filePath(QStringLiteral("x.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[1, 2");
        broken.close();

        const DraftStore::Readable readable = store.loadReadable();
        QCOMPARE(readable.drafts.size(), 1);
        QCOMPARE(readable.drafts.first().postKey, d.postKey);
        QCOMPARE(readable.problems.size(), 1);
        QCOMPARE(readable.problems.first().file, broken.fileName());
        QVERIFY(readable.problems.first().what.contains(QStringLiteral("not valid JSON")));
    }

    // What the user picked among the candidates decides the draft; impossible picks are refused.
    void draftForTheUsersChoice()
    {
        QTemporaryDir dir;
        redaction::Redactor redactor;
        auto session = GitHubSession::open({{}, QStringLiteral("o/r"), dir.path(), {}}, &redactor);
        QVERIFY(session.has_value());
        MatchResult match;
        match.verdict = MatchResult::Verdict::Regression;
        match.listingComplete = true;
        Candidate closed;
        closed.number = 7;
        closed.state = QStringLiteral("closed");
        closed.labels = {QStringLiteral("P3")};
        closed.via = {Candidate::Via::Marker};
        Candidate similar;
        similar.number = 9;
        similar.state = QStringLiteral("open");
        similar.via = {Candidate::Via::Search};
        match.candidates = {closed, similar};
        using A = MatchChoice::Action;

        auto reopen = (*session)->prepareDraft(input(), match, {A::Reopen, 7});
        QVERIFY(reopen.has_value());
        QCOMPARE(reopen->kind, IssueDraft::Kind::Comment);
        QCOMPARE(reopen->targetIssue, 7);
        QVERIFY(reopen->reopen);
        QVERIFY(
            reopen->body.contains(QStringLiteral("P3")));   // the issue's priority, from its labels
        auto back = IssueDraft::fromJson(reopen->toJson()); // the flag survives the draft store
        QVERIFY(back.has_value() && back->reopen);

        auto linking = (*session)->prepareDraft(input(), match, {A::NewIssueLinking, 7});
        QVERIFY(linking.has_value());
        QCOMPARE(linking->kind, IssueDraft::Kind::NewIssue);
        QVERIFY(linking->title.startsWith(QStringLiteral("GCP-regression")));
        QVERIFY(linking->body.contains(QStringLiteral("#7")));

        // A search-only open look-alike may be commented on when the user says so.
        auto comment = (*session)->prepareDraft(input(), match, {A::Comment, 9});
        QVERIFY(comment.has_value());
        QCOMPARE(comment->targetIssue, 9);
        QVERIFY(!comment->reopen);

        // "New issue" means new, even next to a marked open issue.
        match.verdict = MatchResult::Verdict::Existing;
        auto fresh = (*session)->prepareDraft(input(), match, {A::NewIssue, 0});
        QVERIFY(fresh.has_value());
        QCOMPARE(fresh->kind, IssueDraft::Kind::NewIssue);
        QVERIFY(fresh->body.contains(QStringLiteral("#9")));
        match.verdict = MatchResult::Verdict::Regression;

        QVERIFY(!(*session)->prepareDraft(input(), match, {A::Comment, 7}).has_value()); // closed
        QVERIFY(!(*session)->prepareDraft(input(), match, {A::Reopen, 9}).has_value());  // open
        QVERIFY(
            !(*session)->prepareDraft(input(), match, {A::Comment, 42}).has_value()); // not found
        match.verdict = MatchResult::Verdict::Unknown;
        QVERIFY(!(*session)->prepareDraft(input(), match, {A::NewIssue, 0}).has_value());
    }

    void tokenFromEnvironmentPrefersGhToken()
    {
        qputenv("GH_TOKEN", "from-gh");
        qputenv("GITHUB_TOKEN", "from-github");
        QCOMPARE(tokenFromEnvironment().token, QByteArray("from-gh"));
        QCOMPARE(tokenFromEnvironment().variable, QStringLiteral("GH_TOKEN"));
        qunsetenv("GH_TOKEN");
        QCOMPARE(tokenFromEnvironment().token, QByteArray("from-github"));
        qunsetenv("GITHUB_TOKEN");
        QVERIFY(tokenFromEnvironment().token.isEmpty());
    }

    void deviceFlowHonoursSlowDown()
    {
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.deviceInterval = 1;
        fake.deviceScript = {QStringLiteral("authorization_pending"), QStringLiteral("slow_down"),
                             QStringLiteral("authorization_pending"),
                             QStringLiteral("token:gho_devicetoken")};
        DeviceFlow::Config c;
        c.webBase = fake.webBase();
        c.clientId = QStringLiteral("Iv1.testclient");
        c.intervalScale = 0.05; // 1 s -> 50 ms
        DeviceFlow flow(c);
        std::optional<Result<DeviceCode>> code;
        std::optional<Result<QByteArray>> token;
        flow.start([&](Result<DeviceCode> r) { code = r; },
                   [&](Result<QByteArray> r) { token = r; });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10000);
        QVERIFY(code.has_value() && code->has_value());
        QCOMPARE((*code)->userCode, QStringLiteral("ABCD-1234"));
        QVERIFY(token->has_value());
        QCOMPARE(**token, QByteArray("gho_devicetoken"));
        const auto &polls = fake.devicePollElapsedMs;
        QCOMPARE(polls.size(), 4);
        // Before slow_down: ~1 s scaled (50 ms); after: interval 1+5 = 6 s scaled (300 ms).
        QVERIFY2(polls[2] - polls[1] >= 280, qPrintable(QString::number(polls[2] - polls[1])));
        QVERIFY2(polls[3] - polls[2] >= 280, qPrintable(QString::number(polls[3] - polls[2])));
        QVERIFY(polls[1] - polls[0] < 280);
        QCOMPARE(flow.currentIntervalSeconds(), 6);
    }

    void deviceFlowReportsDenialAndExpiry_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("denied") << QStringLiteral("access_denied") << QStringLiteral("denied");
        QTest::newRow("expired") << QStringLiteral("expired_token") << QStringLiteral("expired");
    }

    void deviceFlowReportsDenialAndExpiry()
    {
        QFETCH(QString, answer);
        QFETCH(QString, expected);
        FakeGitHub fake;
        QVERIFY(fake.listen());
        fake.deviceInterval = 1;
        fake.deviceScript = {QStringLiteral("authorization_pending"), answer};
        DeviceFlow::Config c;
        c.webBase = fake.webBase();
        c.clientId = QStringLiteral("Iv1.testclient");
        c.intervalScale = 0.02;
        DeviceFlow flow(c);
        std::optional<Result<QByteArray>> token;
        flow.start([](Result<DeviceCode>) {}, [&](Result<QByteArray> r) { token = r; });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10000);
        QVERIFY(!token->has_value());
        QVERIFY2(token->error().what.contains(expected), qPrintable(token->error().what));
    }
};

QTEST_GUILESS_MAIN(TestGitHubDrafts)
#include "tst_github_drafts.moc"
