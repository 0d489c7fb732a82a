// A run is identified by its data (its files' contents and the window of entries): opening the
// same export again updates that run in the history (real SQLite) instead of adding one, so
// trends and categories do not depend on how often someone opened it. The app (Session) and
// `loggardener run` name the same data the same way.
#include "core/demo/demogenerator.h"
#include "core/history/historystore.h"
#include "core/pipeline/runpipeline.h"
#include "core/session/session.h"

#include <QFile>
#include <QSignalSpy>
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

pipeline::RunOptions optionsFor(const QTemporaryDir &dir, const QString &input)
{
    pipeline::RunOptions options;
    options.inputs = {input};
    options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    options.worklogDir = dir.filePath(QStringLiteral("worklogs"));
    return options;
}

int runCount(const QTemporaryDir &dir)
{
    history::HistoryStore store;
    if (!store.open(dir.filePath(QStringLiteral("history.sqlite"))))
        return -1;
    const auto runs = store.runs();
    return runs ? int(runs->size()) : -1;
}

// What a person sees of a run's triage: each cluster's trend, category and priority.
QStringList verdicts(const pipeline::RunOutcome &o)
{
    QStringList out;
    for (size_t i = 0; i < o.triage.size(); ++i)
        out << QStringLiteral("%1 %2 %3 P%4")
                   .arg(o.clusters.clusters()[i].fingerprint, o.triage[i].trend.label(),
                        o.triage[i].decision.category)
                   .arg(o.triage[i].decision.priority);
    return out;
}

QString sessionKey(const QStringList &files)
{
    Session session;
    QSignalSpy finished(&session, &Session::loadFinished);
    session.openFiles(files);
    if (!finished.wait(60000))
        return QStringLiteral("(not loaded)");
    return session.dataKey();
}

} // namespace

class TestRunIdentity : public QObject
{
    Q_OBJECT
private slots:
    void theSameExportAgainUpdatesItsRun()
    {
        QTemporaryDir dir;
        const QString a = writeExport(dir, QStringLiteral("a.jsonl"), 1500, 11);
        const QString b = writeExport(dir, QStringLiteral("b.jsonl"), 1500, 12);
        QVERIFY(!a.isEmpty() && !b.isEmpty());

        const auto first = pipeline::runOnce(optionsFor(dir, a));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(!first->dataKey.isEmpty());
        const auto again = pipeline::runOnce(optionsFor(dir, a));
        QVERIFY(again);
        QCOMPARE(again->runId, first->runId);
        QCOMPARE(runCount(dir), 1);

        // The same contents under another name is the same data.
        const QString copy = dir.filePath(QStringLiteral("copy-of-a.jsonl"));
        QVERIFY(QFile::copy(a, copy));
        const auto copied = pipeline::runOnce(optionsFor(dir, copy));
        QVERIFY(copied);
        QCOMPARE(copied->runId, first->runId);
        QCOMPARE(runCount(dir), 1);

        // Other data is another run.
        const auto other = pipeline::runOnce(optionsFor(dir, b));
        QVERIFY(other);
        QVERIFY(other->runId != first->runId);
        QCOMPARE(runCount(dir), 2);

        // The updated run holds what the last recording found, once.
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("history.sqlite"))));
        const auto clusters = store.clustersOfRun(first->runId);
        QVERIFY(clusters);
        QCOMPARE(size_t(clusters->size()), copied->clusters.clusters().size());
    }

    // Before: opening the second export again compared it with its own earlier record, so
    // every trend turned "steady" and categories changed with the number of clicks.
    void trendsDoNotDependOnHowOftenItWasOpened()
    {
        QTemporaryDir dir;
        const QString monday = writeExport(dir, QStringLiteral("monday.jsonl"), 1500, 21);
        const QString tuesday = writeExport(dir, QStringLiteral("tuesday.jsonl"), 3000, 22);
        QVERIFY(pipeline::runOnce(optionsFor(dir, monday)));
        const auto once = pipeline::runOnce(optionsFor(dir, tuesday));
        QVERIFY(once);
        const QStringList expected = verdicts(*once);
        QVERIFY(!expected.isEmpty());
        for (int click = 2; click <= 3; ++click) {
            const auto again = pipeline::runOnce(optionsFor(dir, tuesday));
            QVERIFY(again);
            QCOMPARE(verdicts(*again), expected);
            for (const auto &t : again->triage)
                QCOMPARE(t.trend.earlierRuns <= 1, true);
        }
        QCOMPARE(runCount(dir), 2);
    }

    void theAppAndRunNameTheSameDataAlike()
    {
        QTemporaryDir dir;
        const QString a = writeExport(dir, QStringLiteral("a.jsonl"), 800, 31);
        const QString b = writeExport(dir, QStringLiteral("b.jsonl"), 800, 32);
        pipeline::RunOptions options = optionsFor(dir, a);
        options.recordHistory = false;
        options.writeWorklog = false;
        const auto outcome = pipeline::runOnce(options);
        QVERIFY(outcome);
        const QString key = sessionKey({a});
        QCOMPARE(key, outcome->dataKey);
        QCOMPARE(sessionKey({a}), key);
        QVERIFY(sessionKey({b}) != key);
        QVERIFY(sessionKey({a, b}) != key);
        QCOMPARE(sessionKey({a, b}), sessionKey({b, a}));
    }
};

QTEST_GUILESS_MAIN(TestRunIdentity)
#include "tst_runidentity.moc"
