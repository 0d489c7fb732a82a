// EntryTableModel (virtual rows over a LogStore) and TimelineModel / buildTimeline under
// QAbstractItemModelTester.
#include "core/logs/logstore.h"
#include "core/logs/timelinedata.h"
#include "core/models/entrytablemodel.h"
#include "core/models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace gardener;

namespace {

constexpr qint64 kSec = 1'000'000'000LL;
constexpr qint64 kBase = 1'700'000'040LL * kSec; // not on a minute boundary on purpose

std::shared_ptr<LogStore> makeStore(int n)
{
    auto store = std::make_shared<LogStore>();
    for (int i = 0; i < n; ++i) {
        const std::string message =
            i % 10 == 0 ? "line one\nline two" : "request " + std::to_string(i) + " done";
        EntryFields f;
        f.timestampNs = kBase + qint64(i) * kSec;
        f.severity = i % 3 == 0 ? Severity::Error : Severity::Info;
        f.service = i % 2 ? "api" : "worker";
        f.message = message;
        f.sourceFile = "srv/handler.go";
        f.line = 7;
        store->append(f);
    }
    return store;
}

} // namespace

class TestEntryTimelineModels : public QObject
{
    Q_OBJECT
private slots:
    void entryModelReadsColumnsOnDemand()
    {
        EntryTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto store = makeStore(100);
        model.setEntries(store);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(3, EntryTableModel::MessageColumn).data().toString(),
                 QStringLiteral("request 3 done"));
        QCOMPARE(model.index(3, EntryTableModel::SeverityColumn).data().toString(),
                 QStringLiteral("ERROR"));
        QCOMPARE(model.index(3, EntryTableModel::ServiceColumn).data().toString(),
                 QStringLiteral("api"));
        QCOMPARE(model.index(3, EntryTableModel::LocationColumn).data().toString(),
                 QStringLiteral("srv/handler.go:7"));
        // Multi-line messages show their first line, marked as cut.
        QCOMPARE(model.index(10, EntryTableModel::MessageColumn).data().toString(),
                 QStringLiteral("line one") + QChar(0x2026));
        QCOMPARE(model.index(3, EntryTableModel::TimeColumn)
                     .data(EntryTableModel::SortRole)
                     .toLongLong(),
                 kBase + 3 * kSec);
        QVERIFY(model.index(3, EntryTableModel::TimeColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("2023-11-14 22:14:03")));
        QCOMPARE(model.entryIndex(99), 99);
        QCOMPARE(model.entryIndex(100), -1);
    }

    void entryModelShowsExceptionLineOfStackTraces_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("shown");
        QTest::newRow("python")
            << QStringLiteral(
                   "Traceback (most recent call last):\n  File \"/app/a.py\", line 3, in f\n"
                   "    g()\nValueError: bad id")
            << QStringLiteral("ValueError: bad id");
        QTest::newRow("python with headline")
            << QStringLiteral("Error in job 7\nTraceback (most recent call last):\n  File "
                              "\"/app/a.py\", line 3, in f\nKeyError: 'x'")
            << QStringLiteral("Error in job 7 · KeyError: 'x'");
        QTest::newRow("java root cause")
            << QStringLiteral(
                   "java.lang.IllegalStateException: wrapper\n\tat com.acme.A.b(A.java:3)\n"
                   "Caused by: java.sql.SQLException: timeout\n\tat "
                   "com.acme.Repo.find(Repo.java:7)")
            << QStringLiteral("java.sql.SQLException: timeout");
        QTest::newRow("node")
            << QStringLiteral("TypeError: x is undefined\n    at handler (/app/src/routes.js:12:7)")
            << QStringLiteral("TypeError: x is undefined");
        QTest::newRow("go") << QStringLiteral("panic: runtime error: index out of range [5] with "
                                              "length 3\n\ngoroutine 1 [running]:\n"
                                              "main.handler(0xc0)\n\t/app/main.go:42 +0x1d")
                            << QStringLiteral(
                                   "panic: runtime error: index out of range [5] with length 3");
    }

    void entryModelShowsExceptionLineOfStackTraces()
    {
        QFETCH(QString, message);
        QFETCH(QString, shown);
        auto store = std::make_shared<LogStore>();
        const std::string text = message.toStdString();
        EntryFields f;
        f.timestampNs = kBase;
        f.message = text;
        store->append(f);
        EntryTableModel model;
        model.setEntries(store);
        QCOMPARE(model.index(0, EntryTableModel::MessageColumn).data().toString(), shown);
    }

    void entryModelShowsSubset()
    {
        EntryTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto store = makeStore(50);
        auto rows = std::make_shared<const std::vector<quint32>>(std::vector<quint32>{5, 7, 49});
        model.setEntries(store, rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entryIndex(2), 49);
        QCOMPARE(model.index(1, EntryTableModel::MessageColumn).data().toString(),
                 QStringLiteral("request 7 done"));
        QCOMPARE(model.index(1, 0).data(EntryTableModel::EntryIndexRole).toULongLong(), 7ULL);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // Views get the rows a page at a time; all of them in the end, in the list's order.
    void entryModelServesRowsInPages()
    {
        EntryTableModel model;
        model.setPageRows(30);
        auto store = makeStore(100);
        std::vector<quint32> list(70);
        for (quint32 i = 0; i < list.size(); ++i)
            list[i] = 99 - i;
        model.setEntries(store, std::make_shared<const std::vector<quint32>>(list));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.totalRows(), 70);
        QCOMPARE(model.entryIndex(69), 30); // known before its row is fetched
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 30);
        QCOMPARE(inserted.at(0).at(2).toInt(), 59);
        QCOMPARE(inserted.at(1).at(2).toInt(), 69);
        QCOMPARE(model.rowCount(), 70);
        QCOMPARE(model.index(69, 0).data(EntryTableModel::EntryIndexRole).toULongLong(), 30ULL);
        QCOMPARE(model.index(69, EntryTableModel::MessageColumn).data().toString(),
                 QStringLiteral("line one") + QChar(0x2026)); // entry 30: two lines
        model.fetchMore({});                                  // nothing left: no change
        QCOMPARE(model.rowCount(), 70);

        // The same under the model tester, which fetches on its own from its slots. (Attached
        // after the reset: from its modelReset slot it would fetch before it has noted the reset
        // as over, and then fail on its own bookkeeping.)
        model.setEntries(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() < 100);
        QCOMPARE(model.totalRows(), 100);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 100);
    }

    void bucketWidthsAreRound()
    {
        QCOMPARE(niceBucketWidth(100 * kSec, 120), kSec);
        QCOMPARE(niceBucketWidth(3600 * kSec, 120), 60 * kSec);
        QCOMPARE(niceBucketWidth(86400 * kSec, 120), 900 * kSec);
    }

    // The chart's count axis: whole, round steps whose labels never repeat.
    void countAxisTicksAreWhole()
    {
        const auto labels = [](IntegerTicks t) {
            QStringList out;
            const double step = t.top / (t.count - 1);
            for (int i = 0; i < t.count; ++i)
                out << QString::number(i * step, 'f', 0);
            return out;
        };
        const auto joined = [&](double peak) {
            return labels(integerTicks(peak)).join(QLatin1Char(' '));
        };
        QCOMPARE(joined(0), QStringLiteral("0 1"));
        QCOMPARE(joined(2), QStringLiteral("0 1 2"));
        QCOMPARE(joined(3.2), QStringLiteral("0 1 2 3 4"));
        QCOMPARE(joined(7), QStringLiteral("0 2 4 6 8"));
        QCOMPARE(joined(1234), QStringLiteral("0 500 1000 1500"));
        for (double peak : {1.0, 5.0, 9.0, 11.0, 99.0, 101.0, 4999.0}) {
            const IntegerTicks t = integerTicks(peak);
            QVERIFY(t.top >= peak);
            QVERIFY(t.count >= 2 && t.count <= 6);
            const QStringList l = labels(t);
            QCOMPARE(QSet<QString>(l.begin(), l.end()).size(), l.size());
        }
    }

    void timelineCountsBySeverity()
    {
        auto store = makeStore(600); // ten minutes, one entry per second
        const TimelineData all = buildTimeline(*store, kBase, kBase + 599 * kSec, 12);
        QCOMPARE(all.bucketNs, 60 * kSec);
        QCOMPARE(all.startNs % all.bucketNs, 0); // aligned to whole minutes
        QCOMPARE(all.total(), 600ULL);
        quint64 errors = 0;
        for (const auto &b : all.buckets)
            errors += b[size_t(severityIndex(Severity::Error))];
        QCOMPARE(errors, 200ULL);

        const std::vector<quint32> subset = {0, 1, 2, 599};
        const TimelineData some = buildTimelineLike(all, *store, subset);
        QCOMPARE(some.buckets.size(), all.buckets.size());
        QCOMPARE(some.total(), 4ULL);
        QCOMPARE(some.bucketAt(kBase + 599 * kSec), int(all.buckets.size()) - 1);
        QCOMPARE(some.bucketAt(kBase - 3600 * kSec), -1);

        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeline(all);
        QCOMPARE(model.rowCount(), int(all.buckets.size()));
        QCOMPARE(model.columnCount(), SeverityCount);
        quint64 sum = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            sum += model.index(r, 0).data(TimelineModel::RowTotalRole).toULongLong();
            QCOMPARE(model.index(r, 0).data(TimelineModel::BucketEndRole).toLongLong() -
                         model.index(r, 0).data(TimelineModel::BucketStartRole).toLongLong(),
                     60'000LL);
        }
        QCOMPARE(sum, 600ULL);
        QCOMPARE(model.headerData(severityIndex(Severity::Error), Qt::Horizontal).toString(),
                 QStringLiteral("ERROR"));
        model.setTimeline({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntryTimelineModels)
#include "tst_entrytimelinemodels.moc"
