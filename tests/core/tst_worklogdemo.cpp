#include "core/pipeline/runpipeline.h"
#include "core/pipeline/worklogbuilder.h"
#include "core/worklog/worklogreader.h"
#include "core/worklog/worklogwriter.h"
#include "tests/common/gfmcheck.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gardener;

// The demo's worklog as `loggardener run --demo` writes it: a person skims it in two minutes,
// it renders on GitHub as written, and the reader reads it back.
class TestWorklogDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    pipeline::RunOutcome m_run;
    worklog::WorklogData m_data;
    QString m_markdown;

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
        pipeline::WorklogHeader header;
        header.generated = QDateTime(QDate(2025, 9, 14), QTime(0, 5), QTimeZone::utc());
        m_data = pipeline::buildWorklog(header, *m_run.store, m_run.summary, m_run.clusters,
                                        m_run.triage);
        m_markdown = worklog::WorklogWriter::render(m_data, pipeline::pipelineWriterOptions());
    }

    void shortAndMostlyProse()
    {
        const QStringList lines = m_markdown.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() <= 400, qPrintable(QString::number(lines.size())));
        int code = 0;
        bool inFence = false;
        for (const QString &line : lines) {
            const bool fence = line.trimmed().startsWith(QLatin1String("```"));
            if (fence || inFence)
                ++code;
            if (fence)
                inFence = !inFence;
        }
        QVERIFY2(code * 100 <= lines.size() * 40,
                 qPrintable(QStringLiteral("%1 of %2 lines are code").arg(code).arg(lines.size())));
    }

    void urgentClustersNamedFirst()
    {
        // As read: escapes aside.
        const QString top = m_markdown.split(QLatin1Char('\n'))
                                .mid(0, 40)
                                .join(QLatin1Char('\n'))
                                .remove(QLatin1Char('\\'));
        int urgent = 0;
        for (const worklog::WorklogCluster &c : std::as_const(m_data.clusters)) {
            if (c.priority != QLatin1String("P0") && c.priority != QLatin1String("P1"))
                continue;
            ++urgent;
            QVERIFY2(top.contains(c.title), qPrintable(c.title));
        }
        QVERIFY(urgent > 0);
        // 1-3 sentences of facts before the table, naming the P0/P1 clusters.
        const QString summary = m_data.summaryText;
        QVERIFY(summary.count(QLatin1String(". ")) + 1 <= 3);
        QVERIFY(summary.contains(QLatin1String("P0/P1")));
    }

    void samplesAreTrimmed()
    {
        for (const char *gone : {"insertId", "receiveTimestamp", "instanceId", "logName"})
            QVERIFY2(!m_markdown.contains(QLatin1String(gone)), gone);
        int detailed = 0;
        for (const worklog::WorklogCluster &c : std::as_const(m_data.clusters)) {
            if (c.logsUrl.isEmpty())
                continue;
            ++detailed;
            QVERIFY2(c.samples.size() >= 1 && c.samples.size() <= 2, qPrintable(c.title));
            QVERIFY(!c.impact.isEmpty());
            QVERIFY(!c.window.isEmpty());
            QVERIFY(!c.revisions.isEmpty());
            QVERIFY(c.logsUrl.startsWith(
                QLatin1String("https://console.cloud.google.com/logs/query;query=")));
            // No rule trace in the facts; it is in the collapsed block.
            QVERIFY(!c.impact.contains(QLatin1String("rule")));
        }
        QCOMPARE(detailed, pipeline::MaxDetailedClusters);
        QVERIFY(m_markdown.contains(QLatin1String("<details><summary>")));
        QVERIFY(m_markdown.contains(
            QLatin1String("```text\nTraceback (most recent call last):"))); // a stack trace
        QVERIFY(m_markdown.contains(QLatin1String("### Other Clusters")));
    }

    void rendersAsWritten()
    {
        if (!test::haveCmarkGfm())
            QSKIP("cmark-gfm is not installed (scripts/setup-deps.sh installs it)");
        QString error;
        const QString html = test::renderGfm(m_markdown, &error);
        QVERIFY2(!html.isEmpty(), qPrintable(error));
        QStringList mustShow;
        for (const worklog::WorklogCluster &c : std::as_const(m_data.clusters)) {
            mustShow << c.title;
            for (const auto &t : c.templates)
                mustShow << t.first.left(60); // long templates are cut in the Pattern line
        }
        const QStringList problems = test::gfmProblems(m_markdown, html, mustShow);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The checker itself: a swallowed placeholder, a visible escape and a broken table fail.
    void checkerCatchesWhatGitHubWouldShowWrong()
    {
        if (!test::haveCmarkGfm())
            QSKIP("cmark-gfm is not installed");
        const QString swallowed = QStringLiteral("**Pattern:** Redis timed out after <NUM>ms\n");
        QVERIFY(!test::gfmProblems(swallowed, test::renderGfm(swallowed)).isEmpty());
        const QString escaped = QStringLiteral("`Session access failed \\(middleware\\)`\n");
        QVERIFY(!test::gfmProblems(escaped, test::renderGfm(escaped)).isEmpty());
        const QString table = QStringLiteral("| a | b |\n|---|---|\n| x | y | z |\n");
        QVERIFY(!test::gfmProblems(table, test::renderGfm(table)).isEmpty());
        const QString fine = QStringLiteral("| a | b |\n|---|---|\n| `x\\|y` | \\<NUM\\> |\n");
        QVERIFY2(
            test::gfmProblems(fine, test::renderGfm(fine)).isEmpty(),
            qPrintable(test::gfmProblems(fine, test::renderGfm(fine)).join(QLatin1Char('\n'))));
    }

    void readsBack()
    {
        const worklog::WorklogData back = worklog::WorklogReader::parseText(m_markdown);
        QVERIFY2(back.unparsed.isEmpty(),
                 qPrintable(back.unparsed.isEmpty() ? QString() : back.unparsed.first().heading));
        QCOMPARE(back.clusters.size(), m_data.clusters.size());
        for (qsizetype i = 0; i < m_data.clusters.size(); ++i) {
            QCOMPARE(back.clusters.at(i).title, m_data.clusters.at(i).title);
            QCOMPARE(back.clusters.at(i).priority, m_data.clusters.at(i).priority);
            QCOMPARE(back.clusters.at(i).severity, m_data.clusters.at(i).severity);
            QCOMPARE(back.clusters.at(i).count, m_data.clusters.at(i).count);
            QCOMPARE(back.clusters.at(i).samples.size(), m_data.clusters.at(i).samples.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestWorklogDemo)
#include "tst_worklogdemo.moc"
