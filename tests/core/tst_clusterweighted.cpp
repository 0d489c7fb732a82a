// ClusterEngine::addWeighted: a row of count N is N entries for counts, first/last seen,
// severities, services and time buckets, at the memory cost of one entry.
#include "core/clustering/clusterengine.h"

#include <QTest>
#include <map>
#include <random>

using namespace gardener;
using namespace gardener::clustering;

namespace {

struct Entry
{
    std::string message, service;
    Severity severity;
    qint64 ns;
};

std::vector<Entry> entries()
{
    std::mt19937 rng(3);
    const char *services[] = {"checkout", "cart"};
    std::vector<Entry> out;
    const qint64 start = 1'773'486'000'000'000'000;
    for (int i = 0; i < 20000; ++i) {
        const int kind = int(rng() % 4);
        std::string m;
        switch (kind) {
        case 0:
            m = "order " + std::to_string(rng() % 9000) + " failed: out of stock";
            break;
        case 1:
            m = "timeout calling inventory after " + std::to_string(rng() % 900) + "ms";
            break;
        case 2:
            m = "user user_" + std::to_string(rng() % 90) + " logged in from 10.0.0." +
                std::to_string(rng() % 200);
            break;
        default:
            m = "cache warmed";
            break;
        }
        out.push_back({m, services[rng() % 2], kind == 0 ? Severity::Error : Severity::Warning,
                       start + qint64(i) * 180'000'000'000 / 20000 * 1000}); // 3 minutes
    }
    return out;
}

class TestClusterWeighted : public QObject
{
    Q_OBJECT
private slots:
    void weightedRowsClusterLikeTheEntriesTheyStandFor()
    {
        ClusterEngine single, weighted;
        // The grouped rows: (masked message, service, severity, minute) with count and first/last.
        struct Row
        {
            std::string message;
            Entry meta;
            quint64 count = 0;
            qint64 last = 0;
        };
        std::map<std::tuple<std::string, std::string, int, qint64>, Row> rows;
        for (const Entry &e : entries()) {
            EntryMeta meta;
            meta.timestampNs = e.ns;
            meta.severity = e.severity;
            meta.service = e.service;
            single.addMessage(e.message, meta);
            const std::string masked = single.masker().maskToString(e.message);
            Row &r = rows[{masked, e.service, int(e.severity), e.ns / 60'000'000'000}];
            if (r.count == 0) {
                r.message = e.message;
                r.meta = e;
            }
            r.meta.ns = std::min(r.meta.ns, e.ns);
            r.last = std::max(r.last, e.ns);
            ++r.count;
        }
        for (const auto &[key, r] : rows) {
            EntryMeta meta;
            meta.timestampNs = r.meta.ns;
            meta.severity = r.meta.severity;
            meta.service = r.meta.service;
            weighted.addWeighted(r.message, meta, r.count, r.last);
        }
        QCOMPARE(weighted.entryCount(), rows.size());
        const ClusterSet a = single.snapshot(), b = weighted.snapshot();
        QCOMPARE(b.clusters().size(), a.clusters().size());
        QVERIFY(a.clusters().size() >= 3);
        for (const IssueCluster &ca : a.clusters()) {
            const int j = b.clusterIndex(ca.fingerprint);
            QVERIFY2(j >= 0, qPrintable(ca.name));
            const IssueCluster &cb = b.clusters()[size_t(j)];
            QCOMPARE(cb.count, ca.count);
            QCOMPARE(cb.firstSeenNs, ca.firstSeenNs);
            QCOMPARE(cb.lastSeenNs, ca.lastSeenNs);
            QCOMPARE(cb.severities, ca.severities);
            QCOMPARE(cb.services.size(), ca.services.size());
            for (size_t k = 0; k < ca.services.size(); ++k)
                QCOMPARE(cb.services[k].count, ca.services[k].count);
            quint64 sa = 0, sb = 0;
            for (quint32 x : ca.buckets)
                sa += x;
            for (quint32 x : cb.buckets)
                sb += x;
            QCOMPARE(sb, sa);                 // every represented entry is in the timeline
            QCOMPARE(cb.buckets, ca.buckets); // rows are per minute, buckets whole hours
        }
    }

    void memoryDoesNotGrowWithTheCount()
    {
        auto build = [](quint64 count) {
            ClusterEngine engine;
            EntryMeta meta;
            meta.timestampNs = 1'773'486'000'000'000'000;
            meta.service = "checkout";
            for (int i = 0; i < 500; ++i)
                engine.addWeighted("request " + std::to_string(i) + " failed with code E" +
                                       std::to_string(i % 7),
                                   meta, count, meta.timestampNs + 3'600'000'000'000);
            return engine;
        };
        const ClusterEngine small = build(2), huge = build(20'000);
        QCOMPARE(huge.memoryBytes(), small.memoryBytes());
        const ClusterSet set = huge.snapshot();
        quint64 total = 0;
        for (const IssueCluster &c : set.clusters())
            total += c.count;
        QCOMPARE(total, quint64(500) * 20'000);
        QCOMPARE(set.entryCount(), size_t(500));
    }

    void aFirstRowOfWeightTwoCountsTwice()
    {
        // The first entry of an engine is weighted: nothing before it to mark as weight one.
        ClusterEngine engine;
        EntryMeta meta;
        meta.timestampNs = 1'773'486'000'000'000'000;
        engine.addWeighted("disk full", meta, 2, meta.timestampNs);
        engine.addWeighted("disk full", meta, 1, meta.timestampNs);
        const ClusterSet set = engine.snapshot();
        QCOMPARE(set.clusters().size(), size_t(1));
        QCOMPARE(set.clusters()[0].count, quint64(3));
        QCOMPARE(set.clusters()[0].buckets.front(), 3u);
    }

    void zeroCountAddsNothing()
    {
        ClusterEngine engine;
        engine.addWeighted("nothing", {}, 0, 0);
        QCOMPARE(engine.entryCount(), size_t(0));
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestClusterWeighted)
#include "tst_clusterweighted.moc"
