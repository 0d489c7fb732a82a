#include "app/cli/runcommand.h"
#include "core/demo/demogenerator.h"
#include "core/history/historystore.h"
#include "core/pipeline/runpipeline.h"
#include "core/worklog/worklogreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gardener;

namespace {
QString writeExport(const QTemporaryDir &dir, const QString &name, qint64 count, quint64 seed)
{
    demo::DemoOptions o;
    o.seed = seed;
    o.count = count;
    o.start = QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc());
    o.durationSecs = 6 * 3600;
    o.format = demo::DemoFormat::JsonLines;
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || !demo::writeDemo(f, o))
        return {};
    return f.fileName();
}
} // namespace

class TestRunPipeline : public QObject
{
    Q_OBJECT
private slots:
    void runWritesWorklogAndHistory()
    {
        QTemporaryDir dir;
        const QString exportPath = writeExport(dir, QStringLiteral("a.jsonl"), 2000, 7);
        QVERIFY(!exportPath.isEmpty());
        pipeline::RunOptions options;
        options.inputs = {exportPath};
        options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        options.worklogDir = dir.filePath(QStringLiteral("worklogs"));

        auto first = pipeline::runOnce(options);
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(!first->partial);
        QCOMPARE(first->summary.entries, quint64(2000));
        const size_t clusterCount = first->clusters.clusters().size();
        QVERIFY(clusterCount >= 3);
        QCOMPARE(first->triage.size(), clusterCount);
        for (const auto &t : first->triage)
            QCOMPARE(t.trend.trend, triage::Trend::New); // an empty history: everything is new

        // The worklog reads back with every cluster, its count and priority.
        QVERIFY(QFile::exists(first->worklogPath));
        const auto read = worklog::WorklogReader::readFile(first->worklogPath);
        QVERIFY(read.has_value());
        QCOMPARE(size_t(read->clusters.size()), clusterCount);
        quint64 total = 0;
        for (const auto &c : read->clusters) {
            QVERIFY(c.count > 0);
            QVERIFY(c.priority.startsWith(QLatin1Char('P')));
            QVERIFY(!c.fingerprint.isEmpty());
            total += quint64(c.count);
        }
        QCOMPARE(total, quint64(2000));

        // A second run over the same data is the same run (identified by its data): the same
        // fingerprints and trends as the first (not "steady" against itself), one run recorded,
        // pointing at the newer worklog.
        auto second = pipeline::runOnce(options);
        QVERIFY(second.has_value());
        QCOMPARE(second->clusters.clusters().size(), clusterCount);
        for (size_t i = 0; i < clusterCount; ++i) {
            QCOMPARE(second->triage[i].trend.trend, triage::Trend::New);
            QCOMPARE(second->triage[i].trend.earlierRuns, 0);
        }
        QVERIFY(second->worklogPath != first->worklogPath);
        QCOMPARE(second->runId, first->runId);
        history::HistoryStore store;
        QVERIFY(store.open(options.historyPath).has_value());
        QCOMPARE(store.runs()->size(), 1);
        QCOMPARE(store.runs()->first().worklogPath, second->worklogPath);
    }

    void badInputMakesTheRunPartial()
    {
        QTemporaryDir dir;
        const QString good = writeExport(dir, QStringLiteral("good.jsonl"), 300, 3);
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("this is not an export\n");
        bad.close();
        pipeline::RunOptions options;
        options.inputs = {good, bad.fileName()};
        options.historyPath = dir.filePath(QStringLiteral("h.sqlite"));
        options.worklogDir = dir.path();
        auto outcome = pipeline::runOnce(options);
        QVERIFY(outcome.has_value());
        QVERIFY(outcome->partial);
        QCOMPARE(outcome->summary.entries, quint64(300));
        QVERIFY(outcome->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("bad.json")));

        options.inputs = {bad.fileName()};
        QVERIFY(!pipeline::runOnce(options).has_value()); // nothing readable: a failure
    }

    void commandPrintsJsonAndExitCodes()
    {
        QTemporaryDir dir;
        const QString exportPath = writeExport(dir, QStringLiteral("a.jsonl"), 500, 11);
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        cli::RunCommand command;
        const int code =
            command.run({QStringLiteral("--input"), exportPath, QStringLiteral("--history"),
                         dir.filePath(QStringLiteral("h.sqlite")), QStringLiteral("--worklog-dir"),
                         dir.path(), QStringLiteral("--format"), QStringLiteral("json")},
                        out, err);
        QCOMPARE(code, int(cli::ExitOk));
        const auto json = QJsonDocument::fromJson(outText.toUtf8()).object();
        QVERIFY(json.value(QStringLiteral("run")).toInt() > 0);
        QCOMPARE(json.value(QStringLiteral("entries")).toInt(), 500);
        const QJsonArray clusters = json.value(QStringLiteral("clusters")).toArray();
        QVERIFY(!clusters.isEmpty());
        int previous = -1;
        for (const auto &v : clusters) {
            const auto c = v.toObject();
            const int p = c.value(QStringLiteral("priority")).toString().mid(1).toInt();
            QVERIFY(p >= previous); // most urgent first
            previous = p;
            QVERIFY(!c.value(QStringLiteral("explanation")).toArray().isEmpty());
        }
        QVERIFY(QFile::exists(json.value(QStringLiteral("worklog")).toString()));

        QString o2, e2;
        QTextStream out2(&o2), err2(&e2);
        QCOMPARE(cli::RunCommand().run({QStringLiteral("--post"), QStringLiteral("sometimes"),
                                        QStringLiteral("--demo")},
                                       out2, err2),
                 int(cli::ExitUsage));
        QCOMPARE(cli::RunCommand().run({}, out2, err2), int(cli::ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestRunPipeline)
#include "tst_runpipeline.moc"
