// Counts that follow the filters: countFiltered over a real store and its clusters, the job
// that runs it off the UI thread, and the clusters table showing "120 of 3,400".
#include "core/clustering/clusterengine.h"
#include "core/logs/logstore.h"
#include "core/models/clusterfilterproxy.h"
#include "core/models/clustertablemodel.h"
#include "core/models/filteredcounts.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace gardener;

namespace {

constexpr qint64 kSec = 1'000'000'000LL;
constexpr qint64 kBase = 1'700'000'000LL * kSec;

// Entry i at kBase + i s. Every third is "payment timeout" (ERROR), the others "cache miss"
// (INFO every other one, WARNING else) — two clusters whose counts are known by construction.
std::shared_ptr<LogStore> makeStore(int n)
{
    auto store = std::make_shared<LogStore>();
    for (int i = 0; i < n; ++i) {
        EntryFields f;
        f.timestampNs = kBase + qint64(i) * kSec;
        const bool payment = i % 3 == 0;
        f.severity = payment ? Severity::Error : (i % 2 ? Severity::Info : Severity::Warning);
        const std::string message =
            payment ? "payment timeout after " + std::to_string(100 + i % 7) + " ms"
                    : "cache miss for key " + std::to_string(i % 11);
        f.message = message;
        f.service = "api";
        store->append(f);
    }
    return store;
}

int clusterContaining(const clustering::ClusterSet &set, const QString &word)
{
    for (size_t c = 0; c < set.clusters().size(); ++c)
        for (quint32 t : set.clusters()[c].templates)
            if (set.templates()[t].text.contains(word))
                return int(c);
    return -1;
}

} // namespace

class TestFilteredCounts : public QObject
{
    Q_OBJECT
private slots:
    void countsInsideRangeAndSeverity()
    {
        const auto store = makeStore(600);
        const auto set = clustering::clusterStore(*store);
        const int payment = clusterContaining(set, QStringLiteral("payment"));
        const int cache = clusterContaining(set, QStringLiteral("cache"));
        QVERIFY(payment >= 0 && cache >= 0 && payment != cache);

        // What entries 100..199 hold, counted from how they were made.
        int expectPayment = 0, expectCacheWarning = 0, expectCache = 0;
        for (int i = 100; i < 200; ++i) {
            if (i % 3 == 0)
                ++expectPayment;
            else {
                ++expectCache;
                if (i % 2 == 0)
                    ++expectCacheWarning;
            }
        }
        const auto inRange =
            countFiltered(*store, set, kBase + 100 * kSec, kBase + 200 * kSec, 0, 10);
        QVERIFY(inRange.isFor(set));
        QCOMPARE(inRange.clusters[size_t(payment)].count, quint64(expectPayment));
        QCOMPARE(inRange.clusters[size_t(cache)].count, quint64(expectCache));
        QCOMPARE(inRange.entries, 100ULL);
        // Ten sparkline buckets of 10 s over the range, summing to the count.
        QCOMPARE(inRange.clusters[size_t(payment)].buckets.size(), size_t(10));
        quint64 sum = 0;
        for (quint32 b : inRange.clusters[size_t(payment)].buckets)
            sum += b;
        QCOMPARE(sum, quint64(expectPayment));

        // WARNING and above in the same range: the INFO half of the cache misses drops out.
        const quint32 warningUp =
            ((1u << SeverityCount) - 1) & ~((1u << severityIndex(Severity::Warning)) - 1);
        const auto severe =
            countFiltered(*store, set, kBase + 100 * kSec, kBase + 200 * kSec, warningUp, 10);
        QCOMPARE(severe.clusters[size_t(cache)].count, quint64(expectCacheWarning));
        QCOMPARE(severe.clusters[size_t(cache)].severities[size_t(severityIndex(Severity::Info))],
                 0ULL);
        QCOMPARE(severe.clusters[size_t(payment)].count, quint64(expectPayment));

        // A cancelled pass returns nothing rather than partial counts.
        std::atomic_bool cancel{true};
        QVERIFY(countFiltered(*store, set, 0, 0, warningUp, 10, &cancel).clusters.empty());
    }

    void tableShowsCountsOfTheFilter()
    {
        const auto store = makeStore(600);
        const auto set = clustering::clusterStore(*store);
        const int payment = clusterContaining(set, QStringLiteral("payment"));
        ClusterTableModel model;
        ClusterFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusterSet(set);
        const int row = model.rowOf(set.clusters()[size_t(payment)].fingerprint);
        QCOMPARE(model.index(row, ClusterTableModel::CountColumn).data().toULongLong(), 200ULL);
        QCOMPARE(model.index(row, 0).data(ClusterTableModel::FilteredCountRole).toLongLong(), -1);

        FilteredCountsJob job;
        QSignalSpy ready(&job, &FilteredCountsJob::ready);
        const quint32 errorUp =
            ((1u << SeverityCount) - 1) & ~((1u << severityIndex(Severity::Error)) - 1);
        job.request(store, set, kBase + 30 * kSec, kBase + 60 * kSec, errorUp);
        QVERIFY(ready.wait(10000));
        model.setFilteredCounts(ready.last().at(0).value<std::shared_ptr<const FilteredCounts>>());
        QVERIFY(model.hasFilteredCounts());
        QCOMPARE(model.index(row, ClusterTableModel::CountColumn).data().toString(),
                 QStringLiteral("10 of 200"));
        QCOMPARE(model.index(row, ClusterTableModel::CountColumn)
                     .data(ClusterTableModel::SortRole)
                     .toULongLong(),
                 10ULL);
        // Only the payments have ERROR entries there: the cache misses leave the table.
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ClusterTableModel::FingerprintRole).toString(),
                 set.clusters()[size_t(payment)].fingerprint);
        const auto buckets =
            model.index(row, 0).data(ClusterTableModel::BucketsRole).value<QList<quint32>>();
        quint64 sum = 0;
        for (quint32 b : buckets)
            sum += b;
        QCOMPARE(sum, 10ULL);

        // Counts of another snapshot are never shown on this one.
        const auto other = clustering::clusterStore(*makeStore(300));
        model.setClusterSet(other);
        QVERIFY(!model.hasFilteredCounts());
        // No filter: the job answers "whole clusters" without a pass.
        job.request(store, set, 0, 0, 0);
        QVERIFY(ready.wait(1000));
        QVERIFY(!ready.last().at(0).value<std::shared_ptr<const FilteredCounts>>());
    }

    // The pass runs off the UI thread: requesting returns at once however large the store.
    void requestDoesNotBlock()
    {
        const auto store = makeStore(300'000);
        const auto set = clustering::clusterStore(*store);
        FilteredCountsJob job;
        QSignalSpy ready(&job, &FilteredCountsJob::ready);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i) // a drag sends many ranges; each cancels the one before
            job.request(store, set, kBase + i * kSec, kBase + 100'000 * kSec, 0);
        QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(ready.wait(30000));
        // Proves that nothing more comes: a superseded pass would answer right behind the newest.
        QVERIFY(!ready.wait(300));
        QCOMPARE(ready.count(), 1); // only the newest answer
        const auto counts = ready.last().at(0).value<std::shared_ptr<const FilteredCounts>>();
        QCOMPARE(counts->fromNs, kBase + 4 * kSec);
        QCOMPARE(counts->entries, quint64(100'000 - 4));
    }
};

QTEST_GUILESS_MAIN(TestFilteredCounts)
#include "tst_filteredcounts.moc"
