#include "core/github/draft.h"
#include "core/logs/logstore.h"
#include "core/pipeline/githubstep.h"
#include "core/pipeline/runpipeline.h"
#include "core/pipeline/worklogbuilder.h"
#include "core/redaction/redactor.h"
#include "core/worklog/safetext.h"
#include "tests/common/gfmcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

namespace {

// A fine-grained GitHub token as it would appear in a log message.
const QString Token =
    QStringLiteral("github_pat_11ABCDEFG0") +
    QStringLiteral("kLmNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN");

// Every 8-character piece of the token after its prefix: none may appear anywhere.
bool containsTokenPart(const QString &text)
{
    if (text.contains(QLatin1String("github_pat")))
        return true;
    for (qsizetype i = 11; i + 8 <= Token.size(); ++i) {
        if (text.contains(Token.mid(i, 8)))
            return true;
    }
    return false;
}

QStringList firstLines(const QString &text, int n)
{
    return text.split(QLatin1Char('\n')).mid(0, n);
}

} // namespace

class TestDraftContent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    pipeline::RunOutcome m_run;
    redaction::Redactor m_redactor;

private slots:
    void initTestCase()
    {
        pipeline::RunOptions o;
        o.demo = true;
        o.historyPath = m_dir.filePath(QStringLiteral("history.sqlite"));
        o.writeWorklog = false;
        auto run = pipeline::analyse(o);
        QVERIFY2(run, run ? "" : qPrintable(run.error().toString()));
        m_run = std::move(*run);
    }

    // The first five lines say what broke and where, and link to the logs.
    void issueDraftsActOnInTenSeconds()
    {
        const github::DraftBuilder builder;
        for (int index : pipeline::clusterReadingOrder(m_run.clusters, m_run.triage)) {
            const github::DraftInput in = pipeline::clusterDraftInput(
                *m_run.store, m_run.clusters, m_run.triage, index, m_redactor);
            const github::IssueDraft d = builder.newIssue(QStringLiteral("o/r"), in);
            const QString top = firstLines(d.body, 5)
                                    .join(QLatin1Char('\n'))
                                    .remove(QLatin1Char('\\')); // escapes aside
            QVERIFY2(top.contains(m_run.clusters.clusters()[size_t(index)].name), qPrintable(top));
            if (!in.location.isEmpty())
                QVERIFY2(top.contains(in.location), qPrintable(top));
            QVERIFY2(
                top.contains(QLatin1String("(<https://console.cloud.google.com/logs/query;query=")),
                qPrintable(top));
            QVERIFY(!d.labels.contains(QStringLiteral("logging")));
            for (const auto &r : in.revisionCounts)
                QVERIFY(d.body.contains(QStringLiteral("`%1`: %2").arg(r.first).arg(r.second)));
            QCOMPARE(d.body.count(QLatin1String("```json")), 1); // one trimmed sample
            QVERIFY(!d.body.contains(QLatin1String("insertId")));
            QVERIFY(!d.body.contains(QLatin1String("instanceId")));
        }
    }

    void labelsMeanSomething()
    {
        // The session middleware warnings come through the root logger ("logging").
        for (size_t i = 0; i < m_run.clusters.clusters().size(); ++i) {
            const auto &c = m_run.clusters.clusters()[i];
            if (!c.name.startsWith(QLatin1String("SessionMiddleware")))
                continue;
            const auto in = pipeline::clusterDraftInput(*m_run.store, m_run.clusters, m_run.triage,
                                                        int(i), m_redactor);
            QCOMPARE(in.area, QStringLiteral("session"));
            return;
        }
        QFAIL("no SessionMiddleware cluster in the demo");
    }

    void commentsStateTheirWindowAndChanges()
    {
        const int index = pipeline::clusterReadingOrder(m_run.clusters, m_run.triage).front();
        github::DraftInput in = pipeline::clusterDraftInput(*m_run.store, m_run.clusters,
                                                            m_run.triage, index, m_redactor);
        in.previousCount = in.count / 2;
        in.previousRevision = in.revisionCounts.first().first;
        in.sinceLastUpdate =
            QDateTime::currentDateTimeUtc(); // posted long after these entries were logged
        const github::IssueDraft c = github::DraftBuilder().comment(QStringLiteral("o/r"), 12, in);
        QVERIFY2(c.body.contains(in.first.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 qPrintable(c.body));
        QVERIFY(c.body.contains(QLatin1String("(log time)")));
        QVERIFY(c.body.contains(
            QStringLiteral("%1 → %2 entries (+").arg(in.previousCount).arg(in.count)));
        QVERIFY(c.body.contains(QStringLiteral("still on revision `%1`").arg(in.previousRevision)));
        QVERIFY(c.body.contains(QLatin1String("logged before the last comment was posted")));
        QVERIFY(
            !c.body.contains(QStringLiteral("since ") + in.sinceLastUpdate.toString(Qt::ISODate)));
    }

    void rendersAsWritten()
    {
        if (!test::haveCmarkGfm())
            QSKIP("cmark-gfm is not installed (scripts/setup-deps.sh installs it)");
        const github::DraftBuilder builder;
        for (int index : pipeline::clusterReadingOrder(m_run.clusters, m_run.triage)) {
            const auto in = pipeline::clusterDraftInput(*m_run.store, m_run.clusters, m_run.triage,
                                                        index, m_redactor);
            for (const github::IssueDraft &d : {builder.newIssue(QStringLiteral("o/r"), in),
                                                builder.comment(QStringLiteral("o/r"), 3, in)}) {
                const QString html = test::renderGfm(d.body);
                QVERIFY(!html.isEmpty());
                const QStringList problems = test::gfmProblems(
                    d.body, html, {in.name, in.templateText.left(60), in.location});
                QVERIFY2(problems.isEmpty(), qPrintable(in.name + QLatin1Char('\n') +
                                                        problems.join(QLatin1Char('\n'))));
            }
        }
    }

    // Redact first, then cut: no piece of a token that a log message carried reaches a title.
    void tokenInALogNeverReachesTheTitle()
    {
        QJsonArray entries;
        for (int i = 0; i < 12; ++i) {
            entries.append(QJsonObject{
                {QStringLiteral("timestamp"),
                 QStringLiteral("2026-03-01T10:%1:00Z").arg(i, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("severity"), QStringLiteral("ERROR")},
                {QStringLiteral("jsonPayload"),
                 QJsonObject{{QStringLiteral("message"),
                              QStringLiteral("Mirror push %1 rejected: token '%2' was revoked")
                                  .arg(i)
                                  .arg(Token)}}},
            });
        }
        pipeline::RunOptions o;
        o.inputs = {m_dir.filePath(QStringLiteral("t.json"))};
        QFile f(o.inputs.first());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(entries).toJson());
        f.close();
        o.historyPath = m_dir.filePath(QStringLiteral("token-history.sqlite"));
        o.writeWorklog = false;
        auto run = pipeline::analyse(o);
        QVERIFY(run);
        QVERIFY(!run->clusters.clusters().empty());
        for (size_t i = 0; i < run->clusters.clusters().size(); ++i) {
            QVERIFY2(!containsTokenPart(run->clusters.clusters()[i].name),
                     qPrintable(run->clusters.clusters()[i].name));
            const auto in = pipeline::clusterDraftInput(*run->store, run->clusters, run->triage,
                                                        int(i), m_redactor);
            const auto d = github::DraftBuilder().newIssue(QStringLiteral("o/r"), in);
            QVERIFY2(!containsTokenPart(d.title), qPrintable(d.title));
            for (const QString &l : d.labels)
                QVERIFY(!containsTokenPart(l));
            QVERIFY(!containsTokenPart(d.body));
        }
        // The old failure: a name cut after 22 characters of the token, then made a title.
        github::DraftInput cut;
        cut.name = QStringLiteral("Mirror push rejected: ") + Token.left(22);
        cut.fingerprint = QStringLiteral("fp");
        const auto d = github::DraftBuilder().newIssue(QStringLiteral("o/r"), cut);
        QVERIFY2(!d.title.contains(QLatin1String("github_pat")), qPrintable(d.title));
        QVERIFY(d.title.contains(QLatin1String("[REDACTED:github-token]")));
        QVERIFY(
            worklog::hasTruncatedSecret(Token.left(22) + QChar(0x2026) + QStringLiteral(" more")));
        QVERIFY(!worklog::hasTruncatedSecret(
            QStringLiteral("the ghp_ prefix and github_pat_ are documented")));
        QCOMPARE(
            worklog::redactThenCut(
                m_redactor, QStringLiteral("push failed ") + Token + QStringLiteral(" again"), 30)
                .contains(QLatin1String("github_pat")),
            false);
    }
};

QTEST_GUILESS_MAIN(TestDraftContent)
#include "tst_draftcontent.moc"
