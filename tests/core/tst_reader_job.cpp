// Reading on a worker thread: progress arrives, results come back, cancel stops promptly.
#include "core/logs/readjob.h"
#include "tests/common/testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

class TestReaderJob : public QObject
{
    Q_OBJECT
private slots:
    void readsSeveralFilesWithProgress()
    {
        ReadJob job;
        QSignalSpy progress(&job, &ReadJob::progress);
        QSignalSpy finished(&job, &ReadJob::finished);
        job.start({test::dataPath(QStringLiteral("reader/cloudrun-array.json")),
                   QStringLiteral("/nonexistent/x.json"),
                   test::dataPath(QStringLiteral("reader/cloudrun.jsonl"))});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!progress.isEmpty());
        ReadOutcome outcome = job.takeOutcome();
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.reports.size(), 2);
        QCOMPARE(outcome.failures.size(), 1);
        QCOMPARE(outcome.store->size(), size_t(12));
        // Each file's entries keep their own raw source.
        QCOMPARE(outcome.store->rawJson(0).left(1), QByteArray("{"));
        QVERIFY(outcome.store->rawJson(6).startsWith("{\"insertId\""));
        QVERIFY(!outcome.store->rawJson(0).startsWith("{\"insertId\""));
    }

    void cancelStopsPromptly()
    {
        // About 120 MB of JSON Lines: several seconds of work on a busy machine.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.jsonl"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block;
            for (int i = 0; i < 1000; ++i)
                block +=
                    "{\"severity\":\"INFO\",\"insertId\":\"id" + QByteArray::number(i) +
                    "\",\"timestamp\":\"2025-10-03T08:00:00Z\",\"resource\":{\"type\":\"cloud_run_"
                    "revision\",\"labels\":{\"service_name\":\"svc\"}},\"textPayload\":\"request "
                    "handled in 12 ms for user 42 and a little more text to make it longer\"}" +
                    "\n";
            for (int i = 0; i < 600; ++i)
                f.write(block);
        }
        ReadJob job;
        QSignalSpy progress(&job, &ReadJob::progress);
        QSignalSpy finished(&job, &ReadJob::finished);
        ReadOptions options;
        options.chunkBytes = 1 << 20;
        job.start({path}, options);
        QVERIFY(progress.wait(10000));
        QElapsedTimer timer;
        timer.start();
        job.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY2(timer.elapsed() < 2000, "cancel took too long");
        ReadOutcome outcome = job.takeOutcome();
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.store->size() < 600000);
    }

    void destroyingARunningJobIsSafe()
    {
        const QString path = test::dataPath(QStringLiteral("reader/cloudrun-array.json"));
        for (int i = 0; i < 20; ++i) {
            auto job = std::make_unique<ReadJob>();
            job->start({path, path, path});
            job.reset(); // cancels and waits
        }
        QVERIFY(true);
    }

    void readsBytes()
    {
        QFile f(test::dataPath(QStringLiteral("reader/cloudrun-pages.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        ReadJob job;
        QSignalSpy finished(&job, &ReadJob::finished);
        job.startBytes(f.readAll(), QStringLiteral("pages"));
        QVERIFY(finished.wait(10000));
        ReadOutcome outcome = job.takeOutcome();
        QCOMPARE(outcome.store->size(), size_t(6));
        QCOMPARE(outcome.reports.first().pages, quint64(2));
        QCOMPARE(outcome.reports.first().format, InputFormat::ApiPages);
    }
};

QTEST_GUILESS_MAIN(TestReaderJob)
#include "tst_reader_job.moc"
