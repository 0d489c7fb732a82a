#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gardener;
using namespace gardener::history;

namespace {
QDateTime at(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc());
}

RunCluster cluster(const QString &fp, quint64 count, double perMinute)
{
    RunCluster c;
    c.fingerprint = fp;
    c.name = fp + QStringLiteral(" name");
    c.count = count;
    c.perMinute = perMinute;
    c.buckets = {1, 2, 3, quint32(count)};
    c.bucketSeconds = 300;
    return c;
}

Run run(const QDateTime &when, QVector<RunCluster> clusters)
{
    Run r;
    r.started = when;
    r.source = QStringLiteral("file");
    r.service = QStringLiteral("orders-backend");
    r.entries = 100;
    r.clusters = std::move(clusters);
    return r;
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void migratesAFreshDatabase()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        QCOMPARE(store.schemaVersion(), HistoryStore::latestSchemaVersion());
        QVERIFY(store.openWarning().isEmpty());
        // Reopening an up-to-date database runs no migration and keeps data.
        QVERIFY(store.recordRun(run(at(1), {cluster(QStringLiteral("a"), 5, 1)})).has_value());
        HistoryStore again;
        QVERIFY(again.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        QCOMPARE(again.runs()->size(), 1);
    }

    // A database from the first schema (before templates and imports) is migrated in place.
    void migratesVersionOneKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, "
                "source TEXT, service TEXT, project TEXT, window_start TEXT, window_end TEXT, "
                "entries INTEGER NOT NULL DEFAULT 0, worklog_path TEXT)")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE run_clusters (run_id INTEGER NOT NULL, fingerprint TEXT NOT NULL, "
                "name TEXT, count INTEGER NOT NULL, first_seen INTEGER, last_seen INTEGER, "
                "per_minute REAL, max_severity INTEGER, priority INTEGER, category TEXT, "
                "buckets BLOB, bucket_seconds INTEGER, PRIMARY KEY (run_id, fingerprint))")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE issue_links (fingerprint TEXT PRIMARY KEY, issue INTEGER NOT NULL, "
                "url TEXT, state TEXT, last_action TEXT, updated TEXT)")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE overrides (fingerprint TEXT PRIMARY KEY, priority INTEGER, "
                "expected INTEGER NOT NULL DEFAULT 0, mute_factor REAL, muted_per_minute REAL)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO runs (started, entries) VALUES ('2026-11-01T00:00:00.000Z', 7)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO run_clusters (run_id, fingerprint, count) VALUES (1, 'v1:old', 5)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO issue_links (fingerprint, issue, state) "
                                          "VALUES ('v1:old', 4, 'open')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        HistoryStore store;
        QVERIFY(store.open(path).has_value());
        QCOMPARE(store.schemaVersion(), HistoryStore::latestSchemaVersion());
        QVERIFY(HistoryStore::latestSchemaVersion() >= 2);
        QCOMPARE(store.runs()->size(), 1);
        QCOMPARE(store.runs()->first().entries, quint64(7));
        QVERIFY(store.knownTemplates().has_value()); // the table of version 2 exists
        // Version 3: earlier runs count as one template per cluster (its fingerprint), so a
        // cluster that now holds that template compares with them and keeps their issue.
        QVector<MemberCluster> now(1);
        now[0].fingerprint = QStringLiteral("v1:new");
        now[0].count = 9;
        now[0].templates = {{QStringLiteral("v1:new"), 4}, {QStringLiteral("v1:old"), 5}};
        const auto compared = store.compare(now, 9, 60);
        QVERIFY(compared.has_value());
        QCOMPARE(compared->clusters[0].earlierRuns, 1);
        QCOMPARE(compared->clusters[0].countBefore, quint64(5));
        QCOMPARE(compared->clusters[0].linkedIssues.size(), 1);
        QCOMPARE(compared->clusters[0].linkedIssues.first().issue, 4);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path).has_value());
        }
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        HistoryStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened.has_value());
        QVERIFY(opened.error().what.contains(QStringLiteral("newer version")));
    }

    void trendsAcrossRuns()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        // Three earlier runs: "rising" goes 5 → 5 → 15 per minute, "steady" stays near 2,
        // "fixed" had an issue that was closed.
        QVERIFY(store
                    .recordRun(run(at(1), {cluster(QStringLiteral("rising"), 50, 5),
                                           cluster(QStringLiteral("steady"), 20, 2),
                                           cluster(QStringLiteral("fixed"), 9, 1)}))
                    .has_value());
        QVERIFY(store
                    .recordRun(run(at(2), {cluster(QStringLiteral("rising"), 50, 5),
                                           cluster(QStringLiteral("steady"), 21, 2.1)}))
                    .has_value());
        IssueLink link{QStringLiteral("fixed"),
                       169,
                       QStringLiteral("https://example.test/issues/169"),
                       QStringLiteral("closed"),
                       QStringLiteral("created"),
                       at(2)};
        QVERIFY(store.linkIssue(link).has_value());

        const auto rising = store.trendFor(QStringLiteral("rising"), 15);
        QVERIFY(rising.has_value());
        QCOMPARE(rising->trend, history::Trend::Escalating);
        QCOMPARE(rising->earlierRuns, 2);
        QCOMPARE(rising->changePercent, 200.0);
        QCOMPARE(rising->perMinuteByRun, (QVector<double>{5, 5, 15}));
        QCOMPARE(rising->firstEverSeen, at(1));

        QCOMPARE(store.trendFor(QStringLiteral("steady"), 2.2)->trend, history::Trend::Steady);
        QCOMPARE(store.trendFor(QStringLiteral("brand-new"), 3)->trend, history::Trend::New);
        const auto fixed = store.trendFor(QStringLiteral("fixed"), 1);
        QCOMPARE(fixed->trend, history::Trend::Regression);
        QCOMPARE(fixed->lastIssue->issue, 169);

        // Recording the current run and asking relative to it gives the same answer.
        const auto id = store.recordRun(run(at(3), {cluster(QStringLiteral("rising"), 150, 15)}));
        QVERIFY(id.has_value());
        QCOMPARE(store.trendFor(QStringLiteral("rising"), 15, *id)->trend,
                 history::Trend::Escalating);
        const auto clusters = store.clustersOfRun(*id);
        QCOMPARE(clusters->size(), 1);
        QCOMPARE(clusters->first().buckets, (QVector<quint32>{1, 2, 3, 150}));
        QCOMPARE(store.runs()->first().id, *id);
    }

    void overridesPersistByFingerprint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path).has_value());
            Override o;
            o.fingerprint = QStringLiteral("v1:abc");
            o.priority = 1;
            o.expected = true;
            o.muteFactor = 4;
            o.mutedPerMinute = 2.5;
            QVERIFY(store.setOverride(o).has_value());
        }
        HistoryStore store;
        QVERIFY(store.open(path).has_value());
        const auto o = store.overrideFor(QStringLiteral("v1:abc"));
        QVERIFY(o.has_value() && o->has_value());
        QCOMPARE((*o)->priority, std::optional<int>(1));
        QVERIFY((*o)->expected);
        QCOMPARE((*o)->muteFactor, 4.0);
        QVERIFY(store.clearOverride(QStringLiteral("v1:abc")).has_value());
        QVERIFY(!store.overrideFor(QStringLiteral("v1:abc"))->has_value());
    }

    void corruptFileIsSetAsideAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        HistoryStore store;
        QVERIFY(store.open(path).has_value());
        QVERIFY(store.openWarning().contains(QStringLiteral("moved to")));
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("h.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'x')); // the user's file is untouched
        QCOMPARE(store.runs()->size(), 0);
    }

    // A child process records runs in a loop and is killed mid-way; the database must open
    // cleanly and hold only whole runs.
    void killedWriterLeavesConsistentDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--writer"), path});
        child.start();
        QVERIFY(child.waitForStarted());
        // It says "go" after each commit; killed once several are in and it writes the next.
        qsizetype committed = 0;
        while (committed < 5 && child.waitForReadyRead(10000))
            committed += child.readAll().count('\n');
        QVERIFY2(committed >= 5, "the writer stopped reporting commits");
        child.kill();
        child.waitForFinished();

        HistoryStore store;
        QVERIFY(store.open(path).has_value());
        QVERIFY(store.openWarning().isEmpty());
        const auto runs = store.runs(100000);
        QVERIFY(runs->size() >= 5);
        for (const Run &r : *runs)
            QCOMPARE(store.clustersOfRun(r.id)->size(), 50); // never a half-written run
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        HistoryStore store;
        if (!store.open(QString::fromLocal8Bit(argv[2])))
            return 1;
        for (int i = 0;; ++i) {
            QVector<RunCluster> clusters;
            for (int k = 0; k < 50; ++k)
                clusters.push_back(cluster(QStringLiteral("c%1").arg(k), k + 1, k));
            if (!store.recordRun(run(at(1 + i % 28), clusters)))
                return 2;
            fputs("go\n", stdout);
            fflush(stdout);
        }
    }
    QCoreApplication app(argc, argv);
    TestHistory test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_history.moc"
