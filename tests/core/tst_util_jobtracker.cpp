// JobTracker: only the current job's results are delivered, on the receiver's thread, and
// never after the receiver or the tracker is gone, even when the worker outlives them.
#include "core/util/jobtracker.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

using namespace gardener;

class TestJobTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void currentResultIsDelivered()
    {
        QObject receiver;
        JobTracker tracker(&receiver);
        const JobTicket job = tracker.start();
        QVERIFY(tracker.isCurrent(job.id()));
        int delivered = 0;
        job.deliver([&] { ++delivered; });
        QCOMPARE(delivered, 0); // queued, never called in place
        QTRY_COMPARE(delivered, 1);
    }

    void staleResultIsDropped()
    {
        QObject receiver;
        JobTracker tracker(&receiver);
        const JobTicket older = tracker.start();
        const JobTicket newer = tracker.start();
        QVERIFY(older.isCancelled());
        QVERIFY(!newer.isCancelled());
        QVERIFY(!tracker.isCurrent(older.id()));
        QStringList delivered;
        older.deliver([&] { delivered << QStringLiteral("older"); });
        newer.deliver([&] { delivered << QStringLiteral("newer"); });
        QTRY_COMPARE(delivered, QStringList{QStringLiteral("newer")});
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QStringList{QStringLiteral("newer")});
    }

    void resultQueuedBeforeANewerJobIsDropped()
    {
        QObject receiver;
        JobTracker tracker(&receiver);
        const JobTicket job = tracker.start();
        bool delivered = false;
        job.deliver([&] { delivered = true; }); // already in the queue when the next job starts
        tracker.start();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void cancelledJobDeliversNothing()
    {
        QObject receiver;
        JobTracker tracker(&receiver);
        const JobTicket job = tracker.start();
        tracker.cancel();
        QVERIFY(job.isCancelled());
        QVERIFY(job.cancelFlag()->load());
        bool delivered = false;
        job.deliver([&] { delivered = true; });
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void currentTicketSharesTheJob()
    {
        QObject receiver;
        JobTracker tracker(&receiver);
        const JobTicket job = tracker.start();
        const JobTicket more = tracker.current();
        QCOMPARE(more.id(), job.id());
        int delivered = 0;
        more.deliver([&] { ++delivered; });
        QTRY_COMPARE(delivered, 1);
        tracker.start(); // superseding the job supersedes the work that belongs to it
        QVERIFY(more.isCancelled());
        more.deliver([&] { ++delivered; });
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 1);
    }

    void deliveredOnTheReceiversThread()
    {
        QObject receiver;
        JobTracker tracker(&receiver);
        const JobTicket job = tracker.start();
        QThread *ranOn = nullptr;
        QThread *workedOn = nullptr;
        auto worker = QtConcurrent::run([&workedOn, job, &ranOn] {
            workedOn = QThread::currentThread();
            job.deliver([&ranOn] { ranOn = QThread::currentThread(); });
        });
        worker.waitForFinished();
        QVERIFY(workedOn != QThread::currentThread());
        QTRY_VERIFY(ranOn != nullptr);
        QCOMPARE(ranOn, QThread::currentThread());
    }

    // The worker hands its result back after the receiver was deleted: nothing runs, no crash
    // (posting to the deleted receiver would touch freed memory).
    void resultAfterTheReceiverIsDeletedIsNotDelivered()
    {
        auto *receiver = new QObject;
        auto tracker = std::make_unique<JobTracker>(receiver);
        const JobTicket job = tracker->start();
        QSemaphore receiverGone;
        auto delivered = std::make_shared<std::atomic_int>(0);
        auto worker = QtConcurrent::run([job, &receiverGone, delivered] {
            receiverGone.acquire();
            job.deliver([delivered] { ++*delivered; });
        });
        delete receiver;
        receiverGone.release();
        worker.waitForFinished();
        QCoreApplication::processEvents();
        QCOMPARE(delivered->load(), 0);
        tracker.reset(); // a tracker that outlives its receiver is harmless
    }

    void resultQueuedBeforeTheReceiverIsDeletedIsNotDelivered()
    {
        auto *receiver = new QObject;
        JobTracker tracker(receiver);
        const JobTicket job = tracker.start();
        bool delivered = false;
        job.deliver([&] { delivered = true; });
        delete receiver;
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void resultAfterTheTrackerIsGoneIsNotDelivered()
    {
        QObject receiver;
        auto tracker = std::make_unique<JobTracker>(&receiver);
        const JobTicket job = tracker->start();
        bool delivered = false;
        job.deliver([&] { delivered = true; }); // queued while the tracker lived
        tracker.reset();
        QVERIFY(job.isCancelled());
        job.deliver([&] { delivered = true; });
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void ticketOfNoJobDeliversNothing()
    {
        const JobTicket none;
        QVERIFY(!none.isCancelled());
        bool delivered = false;
        none.deliver([&] { delivered = true; });
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_util_jobtracker.moc"
