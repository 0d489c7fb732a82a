#include "core/worklog/worklogreader.h"
#include "core/worklog/worklogwriter.h"
#include "tests/common/testpaths.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace gardener::worklog;
using gardener::test::dataPath;
using gardener::test::sharedPath;

namespace {

WorklogWriterOptions plain()
{
    WorklogWriterOptions o;
    o.redact = [](const QString &s) { return s; };
    return o;
}

WorklogSample jsonSample(const QString &message, const QString &timestamp, const QString &severity)
{
    WorklogSample s;
    s.message = message;
    s.timestamp = timestamp;
    s.severity = severity;
    s.module = QStringLiteral("orders.api.handlers");
    s.function = QStringLiteral("create_order");
    s.line = 120;
    return s;
}

WorklogData sampleData()
{
    WorklogData d;
    d.generated = QDateTime(QDate(2026, 11, 22), QTime(21, 30), Qt::UTC);
    d.service = QStringLiteral("orders-api");
    d.project = QStringLiteral("shop-prod-1");
    d.timeRange = QStringLiteral("2026-11-21T21:30:00Z - 2026-11-22T21:30:00Z");
    d.severityFilter = QStringLiteral("WARNING and above");
    d.entriesAnalysed = 5210;
    d.revision = QStringLiteral("orders-api-00077-xyz");
    d.severityDistribution = {{QStringLiteral("WARNING"), 4000},
                              {QStringLiteral("ERROR"), 1200},
                              {QStringLiteral("CRITICAL"), 10}};
    d.firstEntry = QStringLiteral("2026-11-21T21:30:04Z");
    d.lastEntry = QStringLiteral("2026-11-22T21:29:58Z");

    WorklogCluster a;
    a.title = QStringLiteral("Null * pointer in `parse_row` | retry_later (v2)");
    a.severity = QStringLiteral("ERROR");
    a.priority = QStringLiteral("P1");
    a.priorityLabel = QStringLiteral("CRITICAL");
    a.category = QStringLiteral("GCP-regression");
    a.count = 1200;
    a.countLowerBound = true;
    a.frequency = QStringLiteral("about every 3 seconds");
    a.impact = QStringLiteral("Orders fail at checkout");
    a.pattern = QStringLiteral("Starts after each deploy");
    a.analysis =
        QStringLiteral("First paragraph of analysis.\n# not a heading\nSecond line with **bold**.");
    a.fingerprint = QStringLiteral("9f3a1c77");
    a.module = QStringLiteral("orders.api.handlers");
    a.function = QStringLiteral("create_order");
    a.line = 120;
    a.samples = {jsonSample(QStringLiteral("NoneType has no attribute 'rows'"),
                            QStringLiteral("2026-11-22T20:00:01Z"), QStringLiteral("ERROR")),
                 jsonSample(QStringLiteral("Second sample ``` with a fence"),
                            QStringLiteral("2026-11-22T20:00:02Z"), QStringLiteral("ERROR"))};
    a.extraFields = {
        {QStringLiteral("Root Cause"), QStringLiteral("Row parser returns None on empty CSV")}};

    WorklogCluster b;
    b.title = QStringLiteral("Slow inventory lookups");
    b.severity = QStringLiteral("WARNING");
    b.priority = QStringLiteral("P3");
    b.count = 1;
    WorklogSample bullet;
    bullet.kind = WorklogSample::Kind::Bullet;
    bullet.timestamp = QStringLiteral("2026-11-22T19:00:00Z");
    bullet.message = QStringLiteral("lookup took 2.3s");
    b.samples = {bullet};

    WorklogCluster c;
    c.title = QStringLiteral("Unrated noise (critical path)"); // no severity, no priority: no tail
    c.samples = {jsonSample(QStringLiteral("debug chatter"), QStringLiteral("2026-11-22T18:00:00Z"),
                            QStringLiteral("INFO"))};
    // Given as the entry's own JSON text: written as is (the text wins over the fields).
    c.samples[0].text =
        QStringLiteral("{\n  \"severity\": \"INFO\",\n  \"timestamp\": \"2026-11-22T18:00:00Z\",\n"
                       "  \"textPayload\": \"debug chatter\"\n}");
    d.clusters = {a, b, c};

    WorklogAction created;
    created.kind = WorklogAction::Kind::Created;
    created.issue = 1001;
    created.title = QStringLiteral("GCP-regression | P1 | Null pointer in parse_row");
    created.url = QStringLiteral("https://github.com/example/shop/issues/1001");
    created.cluster = 0;
    WorklogAction escalated;
    escalated.kind = WorklogAction::Kind::Updated;
    escalated.issue = 870;
    escalated.priorityChange = QStringLiteral("P3->P2");
    escalated.cluster = 1;
    escalated.status = QStringLiteral("Added the new samples");
    WorklogAction reopened;
    reopened.kind = WorklogAction::Kind::Reopened;
    reopened.issue = 12;
    reopened.cluster = 1;
    WorklogAction linked;
    linked.kind = WorklogAction::Kind::Linked;
    linked.issue = 5;
    d.actions = {created, escalated, reopened, linked};
    d.nextSteps = {QStringLiteral("Fix the parser"), QStringLiteral("Watch inventory latency")};
    return d;
}

// Clusters, counts, priorities, severities and actions must survive a write/read cycle.
void compareCore(const WorklogData &expected, const WorklogData &got)
{
    QCOMPARE(got.clusters.size(), expected.clusters.size());
    for (qsizetype i = 0; i < expected.clusters.size(); ++i) {
        const WorklogCluster &e = expected.clusters.at(i);
        const WorklogCluster &g = got.clusters.at(i);
        QCOMPARE(g.title, e.title);
        if (!e.severity.isEmpty()) // otherwise the reader takes the samples' severity
            QCOMPARE(g.severity, e.severity);
        QCOMPARE(g.priority, e.priority);
        QCOMPARE(g.count, e.count);
        QCOMPARE(g.countLowerBound, e.countLowerBound);
        QCOMPARE(g.samples.size(), e.samples.size());
        for (qsizetype k = 0; k < e.samples.size(); ++k) {
            QCOMPARE(g.samples.at(k).message, e.samples.at(k).message);
            QCOMPARE(g.samples.at(k).timestamp, e.samples.at(k).timestamp);
        }
    }
    QCOMPARE(got.actions.size(), expected.actions.size());
    for (const WorklogAction &e : expected.actions) {
        const auto it = std::find_if(got.actions.cbegin(), got.actions.cend(),
                                     [&](const WorklogAction &g) { return g.issue == e.issue; });
        QVERIFY2(it != got.actions.cend(), qPrintable(QString::number(e.issue)));
        QCOMPARE(it->kind, e.kind);
        QCOMPARE(it->cluster, e.cluster);
        QCOMPARE(it->priorityChange, e.priorityChange);
    }
}

} // namespace

class TestWorklogWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const WorklogData d = sampleData();
        const QString markdown = WorklogWriter::render(d, plain());
        if (qEnvironmentVariableIsSet("WORKLOG_TEST_DUMP"))
            qInfo().noquote() << markdown;
        const WorklogData back = WorklogReader::parseText(markdown);
        compareCore(d, back);
        QVERIFY2(back.warnings.isEmpty(), qPrintable(back.warnings.join(QLatin1Char('\n'))));
        QVERIFY2(back.unparsed.isEmpty(),
                 qPrintable(back.unparsed.isEmpty() ? QString()
                                                    : back.unparsed.first().markdown.toString()));
        QCOMPARE(back.generated, d.generated);
        QCOMPARE(back.service, d.service);
        QCOMPARE(back.project, d.project);
        QCOMPARE(back.timeRange, d.timeRange);
        QCOMPARE(back.severityFilter, d.severityFilter);
        QCOMPARE(back.entriesAnalysed, d.entriesAnalysed);
        QCOMPARE(back.revision, d.revision);
        QCOMPARE(back.severityDistribution, d.severityDistribution);
        QCOMPARE(back.firstEntry, d.firstEntry);
        QCOMPARE(back.lastEntry, d.lastEntry);
        QCOMPARE(back.nextSteps, d.nextSteps);
        const WorklogCluster &a = back.clusters.at(0);
        QCOMPARE(a.priorityLabel, QStringLiteral("CRITICAL"));
        QCOMPARE(a.category, QStringLiteral("GCP-regression"));
        QCOMPARE(a.fingerprint, QStringLiteral("9f3a1c77"));
        QCOMPARE(a.frequency, QStringLiteral("about every 3 seconds"));
        QCOMPARE(a.impact, QStringLiteral("Orders fail at checkout"));
        QCOMPARE(a.pattern, QStringLiteral("Starts after each deploy"));
        QCOMPARE(a.module, QStringLiteral("orders.api.handlers"));
        QCOMPARE(a.function, QStringLiteral("create_order"));
        QCOMPARE(a.line, 120);
        QCOMPARE(a.samples.at(0).module, QStringLiteral("orders.api.handlers"));
        QCOMPARE(a.samples.at(0).line, 120);
        QCOMPARE(a.samples.at(0).severity, QStringLiteral("ERROR"));
        QVERIFY(a.analysis.contains(QLatin1String("First paragraph of analysis.")));
        QVERIFY(a.analysis.contains(QLatin1String("not a heading")));
        QCOMPARE(a.extraFields.size(), 1);
        QCOMPARE(a.extraFields.at(0).second,
                 QStringLiteral("Row parser returns None on empty CSV"));
        QCOMPARE(back.clusters.at(1).samples.at(0).kind, WorklogSample::Kind::Bullet);
        QCOMPARE(back.clusters.at(2).severity, QStringLiteral("INFO")); // from its sample
        const auto created = std::find_if(back.actions.cbegin(), back.actions.cend(),
                                          [](const WorklogAction &x) { return x.issue == 1001; });
        QVERIFY(created != back.actions.cend());
        QCOMPARE(created->url, QStringLiteral("https://github.com/example/shop/issues/1001"));
        QCOMPARE(created->title, QStringLiteral("GCP-regression | P1 | Null pointer in parse_row"));
        QVERIFY(markdown.contains(QLatin1String("## Executive Summary")));
        QVERIFY(markdown.contains(QLatin1String("| 1 | Null \\* pointer"))); // the summary table
        QVERIFY(markdown.contains(QLatin1String("**Priority Change:** P3 -> P2")));
    }

    // Whatever the reader understood of a worklog, written again, reads back the same.
    void roundTripOfReadWorklogs_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList own =
            QDir(dataPath(QStringLiteral("worklogs"))).entryList({QStringLiteral("*.md")});
        for (const QString &name : own)
            QTest::newRow(qPrintable(name)) << dataPath(QStringLiteral("worklogs/") + name);
        for (const char *name : {"worklog-2025-09-12-2330.md", "worklog-2025-09-13-1800.md",
                                 "worklog-2025-09-14-0300.md"}) {
            const QString path =
                sharedPath(QStringLiteral("fixtures/worklogs/") + QLatin1String(name));
            if (!path.isEmpty())
                QTest::newRow(name) << path;
        }
    }

    void roundTripOfReadWorklogs()
    {
        QFETCH(QString, path);
        const auto first = WorklogReader::readFile(path);
        QVERIFY(first);
        QVERIFY(!first->clusters.isEmpty());
        const WorklogData second = WorklogReader::parseText(WorklogWriter::render(*first, plain()));
        compareCore(*first, second);
        QCOMPARE(second.service, first->service);
        if (first->generated.isValid())
            QCOMPARE(second.generated, first->generated);
    }

    void redactsSamples()
    {
        WorklogData d = sampleData();
        const QString token = QStringLiteral("ghp_") + QString(36, QLatin1Char('a'));
        d.clusters[0].samples[0].message =
            QString(QStringLiteral("login failed for jane.doe@example.com with ") + token);
        const QString markdown = WorklogWriter::render(d); // default: the built-in redactor
        QVERIFY(!markdown.contains(token));
        QVERIFY(!markdown.contains(QLatin1String("jane.doe@example.com")));
        QVERIFY(markdown.contains(QLatin1String("@example.com")));

        WorklogWriterOptions hook;
        hook.redact = [](const QString &s) {
            return QString(s).replace(QLatin1String("orders"), QLatin1String("[X]"));
        };
        const QString custom = WorklogWriter::render(sampleData(), hook);
        QVERIFY(custom.contains(QLatin1String("[X].api.handlers"))); // inside the sample JSON
        QVERIFY(
            custom.contains(QLatin1String("**Service:** orders-api"))); // header is not log text
    }

    void sampleLimit()
    {
        WorklogData d = sampleData();
        WorklogWriterOptions o = plain();
        o.maxSamplesPerCluster = 1;
        const WorklogData back = WorklogReader::parseText(WorklogWriter::render(d, o));
        QCOMPARE(back.clusters.at(0).samples.size(), 1);
        QCOMPARE(back.clusters.at(0).count, 1200); // the count still says how many there were
    }

    void fileNamesSortByTime()
    {
        const QDateTime t(QDate(2026, 11, 22), QTime(21, 30, 45), Qt::UTC);
        QCOMPARE(WorklogWriter::fileName(t), QStringLiteral("worklog-2026-11-22-2130.md"));
        QCOMPARE(WorklogWriter::fileName(t, 1), QStringLiteral("worklog-2026-11-22-2130_02.md"));
        const QDateTime berlin = QDateTime(QDate(2026, 11, 22), QTime(22, 30), QTimeZone(3600));
        QCOMPARE(WorklogWriter::fileName(berlin), QStringLiteral("worklog-2026-11-22-2130.md"));
        const QStringList chronological = {WorklogWriter::fileName(t.addSecs(-3600)),
                                           WorklogWriter::fileName(t),
                                           WorklogWriter::fileName(t, 1),
                                           WorklogWriter::fileName(t, 2),
                                           WorklogWriter::fileName(t, 10),
                                           WorklogWriter::fileName(t.addSecs(60)),
                                           WorklogWriter::fileName(t.addDays(40))};
        QStringList sorted = chronological;
        sorted.sort();
        QCOMPARE(sorted, chronological);
    }

    void writesAtomicallyWithoutCollisions()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString folder = tmp.filePath(QStringLiteral("nested/worklogs"));
        const WorklogData d = sampleData();
        const auto first = WorklogWriter::write(d, folder, plain());
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        const auto second = WorklogWriter::write(d, folder, plain());
        QVERIFY(second);
        QVERIFY(*first != *second);
        QCOMPARE(QFileInfo(*first).fileName(), QStringLiteral("worklog-2026-11-22-2130.md"));
        QCOMPARE(QFileInfo(*second).fileName(), QStringLiteral("worklog-2026-11-22-2130_02.md"));
        // Only the two worklogs: no temporary files left behind.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2);
        const auto back = WorklogReader::readFile(*second);
        QVERIFY(back);
        compareCore(d, *back);

        QFile blocker(tmp.filePath(QStringLiteral("plainfile")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto failed =
            WorklogWriter::write(d, tmp.filePath(QStringLiteral("plainfile/sub")), plain());
        QVERIFY(!failed);
        QVERIFY(failed.error().file.endsWith(QLatin1String("plainfile/sub")));
    }
};

QTEST_GUILESS_MAIN(TestWorklogWriter)
#include "tst_worklogwriter.moc"
