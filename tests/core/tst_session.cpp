// Session: reading and clustering on workers, progress, entry queries, message search, merge,
// cancel, and dropping stale results when a newer load supersedes an older one.
#include "core/clustering/clusterengine.h"
#include "core/clustering/clusterset.h"
#include "core/demo/demogenerator.h"
#include "core/logs/logstore.h"
#include "core/naming/clusternaming.h"
#include "core/session/entryselection.h"
#include "core/session/session.h"
#include "core/session/sessionworkers.h"
#include "tests/common/testpaths.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

namespace {

QString smallExport()
{
    return test::dataPath(QStringLiteral("app/small-export.jsonl"));
}

// Opens the small export in `session`; true once it has loaded.
bool loadSmallExport(Session &session)
{
    QSignalSpy finished(&session, &Session::loadFinished);
    session.openFiles({smallExport()});
    return finished.wait(20000);
}

int clusterWithName(const clustering::ClusterSet &set, const QString &needle)
{
    for (size_t i = 0; i < set.clusters().size(); ++i) {
        if (set.clusters()[i].name.contains(needle, Qt::CaseInsensitive))
            return int(i);
    }
    return -1;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_big;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A large export, so a load is still running when the test cancels it.
        m_big = m_dir.filePath(QStringLiteral("big.jsonl"));
        QFile out(m_big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        demo::DemoOptions options;
        options.count = 150'000;
        options.start = QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC);
        options.format = demo::DemoFormat::JsonLines;
        auto written = demo::writeDemo(out, options);
        QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().toString()));
    }

    void containsIgnoreCaseMatchesAscii()
    {
        QVERIFY(containsIgnoreCase("Payment Gateway TIMEOUT", "gateway timeout"));
        QVERIFY(!containsIgnoreCase("gateway", "gateways"));
        QVERIFY(containsIgnoreCase("x", ""));
    }

    void loadsAndClusters()
    {
        Session session;
        QSignalSpy finished(&session, &Session::loadFinished);
        QSignalSpy failed(&session, &Session::loadFailed);
        QSignalSpy changed(&session, &Session::clustersChanged);
        session.openFiles({smallExport()});
        QCOMPARE(session.state(), Session::State::Loading);
        QVERIFY(!session.store()); // not readable while it is being filled
        QVERIFY(finished.wait(20000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(session.state(), Session::State::Ready);
        QVERIFY(changed.count() >= 1);
        QVERIFY(session.store());
        QCOMPARE(session.store()->size(), size_t(30));
        const auto &set = session.clusters();
        QVERIFY(set.clusters().size() >= 3);
        quint64 total = 0;
        for (const auto &c : set.clusters())
            total += c.count;
        QCOMPARE(total, 30ULL);
        QCOMPARE(session.timeline().total(), 30ULL);
        QVERIFY(clusterWithName(set, QStringLiteral("gateway timeout")) >= 0);
    }

    void queriesEntriesAndMessages()
    {
        Session session;
        QSignalSpy finished(&session, &Session::loadFinished);
        session.openFiles({smallExport()});
        QVERIFY(finished.wait(20000));
        const auto &set = session.clusters();
        const int ci = clusterWithName(set, QStringLiteral("gateway timeout"));
        QVERIFY(ci >= 0);
        const auto &cluster = set.clusters()[size_t(ci)];

        QSignalSpy ready(&session, &Session::entriesReady);
        EntryQuery query;
        query.clusters = {cluster.fingerprint};
        const quint64 job = session.queryEntries(query);
        QVERIFY(ready.wait(10000));
        auto result = ready.last().at(0).value<EntryQueryResult>();
        QCOMPARE(result.job, job);
        QVERIFY(result.rows);
        QCOMPARE(result.count, cluster.count);
        QCOMPARE(result.timeline.total(), cluster.count);
        for (quint32 e : *result.rows)
            QVERIFY(session.store()->message(e).find("gateway timeout") != std::string_view::npos);

        // Everything: no row list is built.
        session.queryEntries({});
        QVERIFY(ready.wait(10000));
        result = ready.last().at(0).value<EntryQueryResult>();
        QVERIFY(!result.rows);
        QCOMPARE(result.count, 30ULL);

        // Filters at entry level.
        EntryQuery filtered;
        filtered.severityMask = 1u << severityIndex(Severity::Critical);
        filtered.text = QStringLiteral("POOL");
        session.queryEntries(filtered);
        QVERIFY(ready.wait(10000));
        result = ready.last().at(0).value<EntryQueryResult>();
        QCOMPARE(result.count, 4ULL);

        // Only the newest of two quick queries is answered.
        ready.clear();
        EntryQuery a;
        a.service = QStringLiteral("accounts");
        session.queryEntries(a);
        EntryQuery b;
        b.service = QStringLiteral("checkout");
        const quint64 newest = session.queryEntries(b);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.last().at(0).value<EntryQueryResult>().job, newest);
        QCOMPARE(ready.last().at(0).value<EntryQueryResult>().count, 24ULL);

        QSignalSpy matches(&session, &Session::messageMatches);
        session.searchMessages(QStringLiteral("SKU-8"));
        QVERIFY(matches.wait(10000));
        const QStringList found = matches.last().at(2).toStringList();
        QCOMPARE(found.size(), 1);
        const int stale = set.clusterIndex(found.front());
        QVERIFY(stale >= 0);
        QVERIFY(set.clusters()[size_t(stale)].name.contains(QStringLiteral("stale price"),
                                                            Qt::CaseInsensitive) ||
                set.clusters()[size_t(stale)].name.contains(QStringLiteral("cart"),
                                                            Qt::CaseInsensitive));
    }

    void mergesClusters()
    {
        Session session;
        QVERIFY(loadSmallExport(session));
        const auto before = session.clusters();
        QVERIFY(before.clusters().size() >= 2);
        const QStringList pair{before.clusters()[0].fingerprint, before.clusters()[1].fingerprint};
        const quint64 merged = before.clusters()[0].count + before.clusters()[1].count;
        QSignalSpy changed(&session, &Session::clustersChanged);
        QVERIFY(session.mergeClusters(pair).has_value());
        QCOMPARE(session.state(), Session::State::Busy);
        QVERIFY(changed.wait(20000));
        QCOMPARE(session.state(), Session::State::Ready);
        QCOMPARE(session.clusters().clusters().size(), before.clusters().size() - 1);
        const int mi = session.clusters().clusterIndex(std::min(pair[0], pair[1]));
        QVERIFY(mi >= 0);
        QCOMPARE(session.clusters().clusters()[size_t(mi)].count, merged);
        // Merging one cluster with itself is refused, as a value.
        QVERIFY(!session.mergeClusters({pair[0]}).has_value());
    }

    // A re-clustering still running when the data is closed belongs to data that is gone: its
    // result must not bring the clusters back.
    void closeDropsARunningRecluster()
    {
        Session session;
        QVERIFY(loadSmallExport(session));
        const auto before = session.clusters();
        QVERIFY(before.clusters().size() >= 2);
        QVERIFY(
            session
                .mergeClusters({before.clusters()[0].fingerprint, before.clusters()[1].fingerprint})
                .has_value());
        session.close();
        QSignalSpy changed(&session, &Session::clustersChanged);
        QSignalSpy state(&session, &Session::stateChanged);
        QVERIFY(!changed.wait(500));
        QCOMPARE(state.count(), 0);
        QCOMPARE(session.state(), Session::State::Empty);
        QCOMPARE(session.clusters().clusters().size(), size_t(0));
    }

    void onlyTheNewestSearchAnswers()
    {
        Session session;
        QVERIFY(loadSmallExport(session));
        QSignalSpy matches(&session, &Session::messageMatches);
        const quint64 older = session.searchMessages(QStringLiteral("timeout"));
        const quint64 newest = session.searchMessages(QStringLiteral("SKU-8"));
        QVERIFY(newest != older);
        QTRY_COMPARE(matches.count(), 1);
        QVERIFY(!matches.wait(300));
        QCOMPARE(matches.count(), 1);
        QCOMPARE(matches.last().at(0).toULongLong(), newest);
        QCOMPARE(matches.last().at(1).toString(), QStringLiteral("SKU-8"));
    }

    // Deleting the session while it reads: the workers stop, nothing reaches a receiver that
    // was connected to it, and nothing crashes.
    void deletedWhileLoadingDeliversNothing()
    {
        auto *session = new Session;
        QObject receiver;
        int delivered = 0;
        connect(session, &Session::progress, &receiver, [&] { ++delivered; });
        connect(session, &Session::clustersChanged, &receiver, [&] { ++delivered; });
        connect(session, &Session::loadFinished, &receiver, [&] { ++delivered; });
        QSignalSpy progress(session, &Session::progress);
        session->openFiles({m_big});
        QVERIFY(progress.wait(20000));
        const int before = delivered;
        delete session;
        QVERIFY(!QTest::qWaitFor([&] { return delivered != before; }, 300));
    }

    void reportsUnreadableFile()
    {
        Session session;
        QSignalSpy failed(&session, &Session::loadFailed);
        session.openFiles({m_dir.filePath(QStringLiteral("missing.json"))});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("missing.json")));
        QCOMPARE(session.state(), Session::State::Empty);
    }

    void cancelsALongLoad()
    {
        Session session;
        QSignalSpy progress(&session, &Session::progress);
        QSignalSpy finished(&session, &Session::loadFinished);
        QSignalSpy cancelled(&session, &Session::loadCancelled);
        session.openFiles({m_big});
        QVERIFY(progress.wait(20000));
        session.cancel();
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(session.state(), Session::State::Empty);
        QVERIFY(!session.store());
        // Whatever the worker still posts is stale and must not surface.
        QVERIFY(!finished.wait(1500));
        QCOMPARE(session.clusters().clusters().size(), size_t(0));
    }

    // The session clusters while it reads, in batches of several chunks with snapshots between:
    // the final clusters are exactly those of clustering the whole store at once (as the CLI
    // does), the last partial batch included.
    void batchedClusteringEqualsClusteringAtOnce()
    {
        Session session;
        QSignalSpy finished(&session, &Session::loadFinished);
        session.openFiles({m_big});
        QVERIFY(finished.wait(60000));
        const auto store = session.store();
        QCOMPARE(store->size(), size_t(150'000));
        const clustering::ClusterSet once =
            naming::namedByRules(clustering::clusterStore(*store), store.get());
        const auto &shown = session.clusters();
        QCOMPARE(shown.entryCount(), once.entryCount());
        QCOMPARE(shown.clusters().size(), once.clusters().size());
        quint64 total = 0;
        for (size_t i = 0; i < once.clusters().size(); ++i) {
            QCOMPARE(shown.clusters()[i].fingerprint, once.clusters()[i].fingerprint);
            QCOMPARE(shown.clusters()[i].count, once.clusters()[i].count);
            QCOMPARE(shown.clusters()[i].name, once.clusters()[i].name);
            total += shown.clusters()[i].count;
        }
        QCOMPARE(total, quint64(150'000));
    }

    // Snapshots while loading cost in proportion to the entries read so far. Modelled as
    // 1 ms per 100 ms of loading, all the snapshots of a load of any length cost less than the
    // final one (at a fixed interval they grow with the square of the load), at least 500 ms
    // apart, and none is taken in the second half of the input.
    void snapshotsStayAFractionOfTheLoad()
    {
        using sessiondetail::nextSnapshotMs;
        using sessiondetail::pastHalfway;
        for (const qint64 loadMs : {600, 3'000, 20'000, 120'000, 1'000'000}) {
            qint64 spent = 0, next = 250, last = -1'000;
            for (qint64 t = 0; t < loadMs; t += 10) {
                if (t < next || pastHalfway(quint64(t), quint64(loadMs)))
                    continue;
                QVERIFY2(t - last >= 500, qPrintable(QString::number(t)));
                const qint64 cost = t / 100;
                spent += cost;
                last = t;
                next = nextSnapshotMs(t + cost, cost);
            }
            QVERIFY2(
                spent <= 2 * (loadMs / 100) + 1,
                qPrintable(
                    QStringLiteral("%1 ms of snapshots in a %2 ms load").arg(spent).arg(loadMs)));
        }
        QVERIFY(nextSnapshotMs(1'000, 400) >= 2'600); // a slow snapshot waits 4x its time
        QVERIFY(!pastHalfway(100, 0));                // unknown size: never
        QVERIFY(pastHalfway(500, 1'000));
        QVERIFY(!pastHalfway(499, 1'000));
    }

    // The app opens what its user chose: 4M entries (4.5 GB of JSON) are read whole, where the
    // CLI's unattended defaults would stop at 2M entries or 2 GiB.
    void readsLargeExportsWhole()
    {
        const ReadOptions options = Session::readOptions();
        QVERIFY(options.maxEntries >= 4'000'000);
        QVERIFY(options.maxDecodedBytes >= quint64(4'500'000'000));
        QVERIFY(options.maxEntries > ReadOptions::DefaultMaxEntries);
    }

    void newerLoadSupersedesOlder()
    {
        Session session;
        QSignalSpy finished(&session, &Session::loadFinished);
        session.openFiles({m_big});
        session.openFiles({smallExport()});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(session.store()->size(), size_t(30));
        QVERIFY(!finished.wait(500)); // the big load never reports
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
