// The window's Write Worklog and issue links run in WorklogJob on a worker thread: the worklog
// file and the history rows (real SQLite) are the ones the synchronous path writes, the result
// arrives on the UI thread, never at a context object that is gone, and errors come back as
// values that say where and what.
#include "core/demo/demogenerator.h"
#include "core/history/historystore.h"
#include "core/pipeline/runpipeline.h"
#include "core/pipeline/worklogjob.h"
#include "core/worklog/worklogreader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace gardener;

namespace {

QString writeExport(const QTemporaryDir &dir)
{
    demo::DemoOptions o;
    o.seed = 7;
    o.count = 3000;
    o.start = QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc());
    o.durationSecs = 3 * 3600;
    o.format = demo::DemoFormat::JsonLines;
    QFile f(dir.filePath(QStringLiteral("export.jsonl")));
    if (!f.open(QIODevice::WriteOnly) || !demo::writeDemo(f, o))
        return {};
    return f.fileName();
}

// The worklog's text with its generation time (the run's start in history) taken out: the
// only thing two writes of the same data may differ in.
QString worklogText(const QString &path, const QDateTime &generated)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll())
        .replace(generated.toUTC().toString(Qt::ISODate), QStringLiteral("<generated>"));
}

// Every row history keeps of the only run in `store`.
QStringList historyRows(history::HistoryStore &store)
{
    const auto runs = store.runs();
    if (!runs || runs->size() != 1)
        return {QStringLiteral("expected one run")};
    const history::Run &run = runs->first();
    QStringList rows{QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(run.source, run.dataKey, QFileInfo(run.worklogPath).fileName())
                         .arg(run.entries)
                         .arg(run.windowStart.toString(Qt::ISODate))};
    const auto clusters = store.clustersOfRun(run.id);
    if (!clusters)
        return {clusters.error().toString()};
    for (const auto &c : *clusters)
        rows << QStringLiteral("%1 %2 %3 P%4 %5 %6 %7")
                    .arg(c.fingerprint, c.name)
                    .arg(c.count)
                    .arg(c.priority)
                    .arg(c.category)
                    .arg(c.perMinute)
                    .arg(c.templates.size());
    return rows;
}

} // namespace

class TestWorklogJob : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    pipeline::RunOutcome m_data;

    pipeline::WorklogRequest requestInto(const QString &folder) const
    {
        pipeline::WorklogRequest request;
        request.store = m_data.store;
        request.clusters = m_data.clusters;
        request.rules = triage::RuleSet::defaults();
        request.source = QStringLiteral("export.jsonl");
        request.dataKey = m_data.dataKey;
        request.worklogDir = m_dir.filePath(folder);
        QDir().mkpath(request.worklogDir);
        return request;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        pipeline::RunOptions options;
        options.inputs = {writeExport(m_dir)};
        options.historyPath = m_dir.filePath(QStringLiteral("unused.sqlite"));
        auto analysed = pipeline::analyse(options);
        QVERIFY2(analysed.has_value(),
                 qPrintable(analysed ? QString() : analysed.error().toString()));
        m_data = std::move(*analysed);
        QVERIFY(!m_data.clusters.clusters().empty());
    }

    void writesOffTheUiThreadAsTheSynchronousPathDoes()
    {
        // The synchronous path, on this thread, into a history of its own.
        history::HistoryStore syncHistory;
        QVERIFY(syncHistory.open(m_dir.filePath(QStringLiteral("sync.sqlite"))).has_value());
        const auto sync =
            pipeline::WorklogJob::writeNow(requestInto(QStringLiteral("sync")), &syncHistory);
        QVERIFY2(sync.has_value(), qPrintable(sync ? QString() : sync.error().toString()));

        const QString jobPath = m_dir.filePath(QStringLiteral("job.sqlite"));
        pipeline::WorklogJob job(jobPath);
        QThread *const uiThread = QThread::currentThread();
        QList<QThread *> workThreads;
        connect(
            &job, &pipeline::WorklogJob::progress, this,
            [&](const QString &) { workThreads << QThread::currentThread(); },
            Qt::DirectConnection);
        QSignalSpy finished(&job, &pipeline::WorklogJob::finished);
        QSignalSpy busy(&job, &pipeline::WorklogJob::busyChanged);
        std::optional<Result<pipeline::RecordedRun>> result;
        QThread *deliveredOn = nullptr;
        QObject context;
        job.write(requestInto(QStringLiteral("job")), &context,
                  [&](const Result<pipeline::RecordedRun> &r) {
                      result = r;
                      deliveredOn = QThread::currentThread();
                  });
        QVERIFY(job.isBusy());
        QVERIFY(!result); // write() returned before the work was done
        QVERIFY(finished.wait(60000));

        QVERIFY(result.has_value());
        QVERIFY2(result->has_value(), qPrintable(*result ? QString() : result->error().toString()));
        QVERIFY(!workThreads.isEmpty());
        for (QThread *t : std::as_const(workThreads))
            QVERIFY2(t != uiThread, "the work ran on a worker thread");
        QCOMPARE(deliveredOn, uiThread);
        QCOMPARE(busy.size(), 2);
        QVERIFY(!job.isBusy());

        // Same rows in history, same worklog apart from when it was generated.
        history::HistoryStore jobHistory;
        QVERIFY(jobHistory.open(jobPath).has_value());
        QCOMPARE(historyRows(jobHistory), historyRows(syncHistory));
        QVERIFY((**result).runId > 0);
        const QDateTime syncTime = syncHistory.runs()->first().started;
        const QDateTime jobTime = jobHistory.runs()->first().started;
        const QString syncText = worklogText(sync->worklogPath, syncTime);
        QVERIFY(syncText.contains(QStringLiteral("<generated>")));
        QCOMPARE(worklogText((**result).worklogPath, jobTime), syncText);
    }

    void noResultReachesAContextThatIsGone()
    {
        pipeline::WorklogJob job(m_dir.filePath(QStringLiteral("gone.sqlite")));
        QSignalSpy finished(&job, &pipeline::WorklogJob::finished);
        bool called = false;
        auto *context = new QObject;
        job.write(requestInto(QStringLiteral("gone")), context,
                  [&](const Result<pipeline::RecordedRun> &) { called = true; });
        delete context; // the window closed while the worklog was being written
        QVERIFY(finished.wait(60000));
        QVERIFY(!called);
        // The work itself was done: the worklog is on disk.
        QCOMPARE(
            QDir(m_dir.filePath(QStringLiteral("gone"))).entryList({QStringLiteral("*.md")}).size(),
            1);
    }

    void issueLinkIsSavedOffTheUiThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("links.sqlite"));
        pipeline::WorklogJob job(path);
        const QString fingerprint = m_data.clusters.clusters().front().fingerprint;
        const auto link = pipeline::WorklogJob::createdIssueLink(
            m_data.clusters, fingerprint, 42, QStringLiteral("https://github.com/o/r/issues/42"));
        QVERIFY(!link.templates.isEmpty());
        QSignalSpy finished(&job, &pipeline::WorklogJob::finished);
        std::optional<Result<void>> result;
        QObject context;
        job.linkIssue(link, &context, [&](const Result<void> &r) { result = r; });
        QVERIFY(finished.wait(60000));
        QVERIFY(result && result->has_value());

        history::HistoryStore store;
        QVERIFY(store.open(path).has_value());
        const auto saved = store.issueFor(fingerprint);
        QVERIFY(saved && saved->has_value());
        QCOMPARE((**saved).issue, 42);
        QCOMPARE((**saved).lastAction, QStringLiteral("created"));
        // Kept by member template too, so a later run that regroups them still finds it.
        const auto byTemplate = store.issueLinksByTemplate();
        QVERIFY(byTemplate.has_value());
        for (const QString &t : link.templates) {
            const auto links = byTemplate->value(t);
            QVERIFY2(!links.isEmpty(), qPrintable(t));
            QCOMPARE(links.first().issue, 42);
        }
    }

    void importsAWorklogFileOffTheUiThread()
    {
        // A worklog of the data, written without history.
        pipeline::WorklogJob writer{QString()};
        QSignalSpy written(&writer, &pipeline::WorklogJob::finished);
        std::optional<Result<pipeline::RecordedRun>> run;
        QObject context;
        writer.write(requestInto(QStringLiteral("to-import")), &context,
                     [&](const Result<pipeline::RecordedRun> &r) { run = r; });
        QVERIFY(written.wait(60000));
        QVERIFY(run && run->has_value() && !(*run)->worklogPath.isEmpty());
        const QString path = (*run)->worklogPath;
        const auto data = worklog::WorklogReader::readFile(path);
        QVERIFY(data.has_value());

        const QString historyPath = m_dir.filePath(QStringLiteral("imported.sqlite"));
        pipeline::WorklogJob job(historyPath);
        QSignalSpy finished(&job, &pipeline::WorklogJob::finished);
        const auto importNow = [&](const QString &file) {
            std::optional<Result<pipeline::ImportOutcome>> outcome;
            job.importFile(*data, file, &context,
                           [&](const Result<pipeline::ImportOutcome> &r) { outcome = r; });
            const bool settled = finished.wait(60000);
            return settled ? outcome : std::nullopt;
        };
        const auto first = importNow(path);
        QVERIFY(first && first->has_value());
        QVERIFY(!(*first)->alreadyImported);
        QVERIFY((*first)->runId > 0);
        QVERIFY(!(*first)->clusters.isEmpty());
        // The same content again adds nothing.
        const auto again = importNow(path);
        QVERIFY(again && again->has_value());
        QVERIFY((*again)->alreadyImported);
        QCOMPARE((*again)->runId, (*first)->runId);
        history::HistoryStore store;
        QVERIFY(store.open(historyPath).has_value());
        QCOMPARE(store.runs()->size(), 1);
        // A file that is gone: an error naming it.
        const QString missing = m_dir.filePath(QStringLiteral("gone.md"));
        const auto lost = importNow(missing);
        QVERIFY(lost && !lost->has_value());
        QCOMPARE(lost->error().file, missing);
        // No history: nothing to import into, said so.
        std::optional<Result<pipeline::ImportOutcome>> none;
        writer.importFile(*data, path, &context,
                          [&](const Result<pipeline::ImportOutcome> &r) { none = r; });
        QVERIFY(written.wait(60000));
        QVERIFY(none && !none->has_value());
        QVERIFY(none->error().what.contains(QStringLiteral("no history")));
    }

    void anUnusableHistoryIsAnErrorThatSaysWhere()
    {
        // A folder where the history file should be: opening it fails, nothing is written.
        const QString folder = m_dir.filePath(QStringLiteral("notafile.sqlite"));
        QVERIFY(QDir().mkpath(folder));
        pipeline::WorklogJob job(folder);
        QSignalSpy finished(&job, &pipeline::WorklogJob::finished);
        std::optional<Result<pipeline::RecordedRun>> result;
        QObject context;
        job.write(requestInto(QStringLiteral("unusable")), &context,
                  [&](const Result<pipeline::RecordedRun> &r) { result = r; });
        QVERIFY(finished.wait(60000));
        QVERIFY(result && !result->has_value());
        QVERIFY2(result->error().toString().contains(folder),
                 qPrintable(result->error().toString()));
        QVERIFY(!result->error().what.isEmpty());
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("unusable")))
                    .entryList({QStringLiteral("*.md")})
                    .isEmpty());
    }
};

QTEST_MAIN(TestWorklogJob)
#include "tst_worklogjob.moc"
