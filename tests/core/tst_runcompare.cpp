// Identity and trends across runs: a cluster is its member templates (weighted by count), and
// trends compare shares of all entries, so regrouping and traffic do not fake a change.
#include "core/history/historystore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gardener;
using namespace gardener::history;

namespace {
MemberCluster members(const char *nameUtf8,
                      std::initializer_list<std::pair<const char *, quint64>> templates)
{
    MemberCluster c;
    c.name = QString::fromUtf8(nameUtf8);
    for (const auto &[fp, count] : templates) {
        c.templates.append({QString::fromLatin1(fp), count});
        c.count += count;
        if (c.fingerprint.isEmpty() || QString::fromLatin1(fp) < c.fingerprint)
            c.fingerprint = QString::fromLatin1(fp);
    }
    return c;
}

RunMembers runOf(quint64 entries, QVector<MemberCluster> clusters, int daysAgo = 1)
{
    RunMembers r;
    r.entries = entries;
    r.minutes = 1440;
    r.started = QDateTime(QDate(2026, 11, 20 - daysAgo), QTime(8, 0), QTimeZone::utc());
    r.clusters = std::move(clusters);
    return r;
}

IssueLink link(int issue, const QString &state, const QDateTime &closed = {})
{
    IssueLink l;
    l.issue = issue;
    l.state = state;
    l.closedAt = closed;
    return l;
}

int indexOf(const QVector<MemberCluster> &now, const QString &name)
{
    for (int i = 0; i < now.size(); ++i)
        if (now[i].name == name)
            return i;
    return -1;
}
} // namespace

class TestRunCompare : public QObject
{
    Q_OBJECT
private slots:
    // Two clusters merged, one split and one whose representative template was renamed: each is
    // compared with the same messages' past, and merges and splits are reported with every issue.
    void identitySurvivesRegrouping()
    {
        const RunMembers day1 = runOf(1000, {members("redis timeouts", {{"v1:a", 100}}),
                                             members("redis reconnects", {{"v1:b", 50}}),
                                             members("pool", {{"v1:c", 30}, {"v1:d", 10}}),
                                             members("ws", {{"v1:e", 40}, {"v1:f", 10}})});
        const QVector<MemberCluster> now = {members("redis", {{"v1:a", 271}, {"v1:b", 135}}),
                                            members("pool timeouts", {{"v1:c", 30}}),
                                            members("pool held", {{"v1:d", 10}}),
                                            members("ws renamed", {{"v1:e", 40}, {"v1:g", 10}})};
        QHash<QString, QList<IssueLink>> links;
        links[QStringLiteral("v1:a")] = {link(3, QStringLiteral("open"))};
        links[QStringLiteral("v1:b")] = {link(7, QStringLiteral("open"))};
        links[QStringLiteral("v1:c")] = {link(9, QStringLiteral("open"))};
        links[QStringLiteral("v1:d")] = {link(9, QStringLiteral("open"))};
        const RunComparison r = compareRuns(now, 1100, 1440, {day1}, links);

        const ClusterTrend &redis = r.clusters[indexOf(now, QStringLiteral("redis"))];
        QCOMPARE(redis.countBefore, quint64(150));
        QCOMPARE(qRound(redis.changePercent), 171); // 406 against 150, not against 100
        QCOMPARE(redis.linkedIssues.size(), 2);     // the merge keeps both issues
        QVERIFY2(redis.regroup.contains(QStringLiteral("merged")), qPrintable(redis.regroup));

        QCOMPARE(r.clusters[indexOf(now, QStringLiteral("pool timeouts"))].countBefore,
                 quint64(30));
        QCOMPARE(r.clusters[indexOf(now, QStringLiteral("pool held"))].linkedIssues.first().issue,
                 9);
        QVERIFY(r.clusters[indexOf(now, QStringLiteral("pool held"))].regroup.startsWith(
            QStringLiteral("split")));

        // v1:f vanished and v1:g appeared inside a cluster that lives on: a rename, not a rise.
        const ClusterTrend &ws = r.clusters[indexOf(now, QStringLiteral("ws renamed"))];
        QCOMPARE(ws.countBefore, quint64(50));
        QCOMPARE(ws.trend, history::Trend::Steady);

        QCOMPARE(r.regroups.size(), 2);
        bool mergeKeepsBoth = false;
        for (const Regroup &g : r.regroups)
            mergeKeepsBoth = mergeKeepsBoth || (g.kind == Regroup::Kind::Merge &&
                                                g.issues.contains(3) && g.issues.contains(7));
        QVERIFY(mergeKeepsBoth);
        QVERIFY(r.notSeen.isEmpty());
    }

    // Three times the traffic with the same mix: nothing escalates, and the volume is said once.
    void volumeIsNotEscalation()
    {
        const RunMembers before =
            runOf(3000, {members("errors", {{"v1:a", 300}}), members("info", {{"v1:b", 2000}}),
                         members("warn", {{"v1:c", 700}})});
        const QVector<MemberCluster> now = {members("errors", {{"v1:a", 900}}),
                                            members("info", {{"v1:b", 6000}}),
                                            members("warn", {{"v1:c", 2100}})};
        const RunComparison r = compareRuns(now, 9000, 1440, {before}, {});
        QCOMPARE(r.volumeText(), QStringLiteral("volume ×3.0, mix unchanged"));
        for (const ClusterTrend &t : r.clusters) {
            QCOMPARE(t.trend, history::Trend::Steady);
            QCOMPARE(qRound(t.factor * 10), 10);
            QCOMPARE(qRound(t.changePercent), 200); // the raw change is still reported as it is
        }
    }

    // With request logs in both runs, the volume line also says how the requests changed, and
    // each cluster is also measured per request.
    void requestsAreCountedWhereThereAreRequestLogs()
    {
        QVERIFY(isRequestTemplate(QStringLiteral("POST /api/v1/threads/<*>/messages 500")));
        QVERIFY(isRequestTemplate(QStringLiteral("GET /health/ready <NUM>")));
        QVERIFY(!isRequestTemplate(QStringLiteral("GET failed for /api/orders")));
        auto withRequests = [](MemberCluster c) {
            for (TemplateCount &t : c.templates)
                t.request = true;
            return c;
        };
        const RunMembers before =
            runOf(1000, {withRequests(members("requests", {{"v1:r", 500}})),
                         members("errors", {{"v1:e", 50}}), members("rest", {{"v1:x", 450}})});
        const QVector<MemberCluster> now = {withRequests(members("requests", {{"v1:r", 1000}})),
                                            members("errors", {{"v1:e", 100}}),
                                            members("rest", {{"v1:x", 900}})};
        const RunComparison r = compareRuns(now, 2000, 1440, {before}, {});
        QCOMPARE(r.volumeText(), QStringLiteral("volume ×2.0 (requests ×2.0), mix unchanged"));
        QCOMPARE(r.clusters[1].perRequestBefore, 0.1);
        QCOMPARE(r.clusters[1].perRequestNow, 0.1);
        QCOMPARE(r.clusters[1].trend, history::Trend::Steady);
        // Without request logs nothing is said about requests.
        QCOMPARE(compareRuns({members("errors", {{"v1:e", 100}})}, 100, 1440,
                             {runOf(50, {members("errors", {{"v1:e", 50}})})}, {})
                     .volumeText(),
                 QStringLiteral("volume ×2.0, mix unchanged"));
    }

    void escalationNeedsShareAndEntries()
    {
        const RunMembers before =
            runOf(1000, {members("big", {{"v1:a", 100}}), members("tiny", {{"v1:b", 1}}),
                         members("rest", {{"v1:c", 899}})});
        const QVector<MemberCluster> now = {members("big", {{"v1:a", 300}}),
                                            members("tiny", {{"v1:b", 5}}),
                                            members("rest", {{"v1:c", 700}})};
        const RunComparison r = compareRuns(now, 1005, 1440, {before}, {});
        QCOMPARE(r.clusters[0].trend, history::Trend::Escalating);
        QCOMPARE(r.clusters[0].label(), QStringLiteral("escalating ×3.0"));
        QCOMPARE(r.clusters[1].trend,
                 history::Trend::Steady); // ×5, but four more entries are no escalation
        QVERIFY(r.volumeText().contains(QStringLiteral("mix changed")));
    }

    // A cluster that swings between windows needs to rise above its spread (weighted towards
    // the recent windows), not just above the last window.
    void spreadOfEarlierWindowsSetsTheLimit()
    {
        QVector<RunMembers> earlier;
        const quint64 counts[] = {20, 200, 20, 200}; // newest first
        for (int i = 0; i < 4; ++i)
            earlier.append(runOf(1000,
                                 {members("noisy", {{"v1:a", counts[i]}}),
                                  members("rest", {{"v1:b", 1000 - counts[i]}})},
                                 i + 1));
        const QVector<MemberCluster> swing = {members("noisy", {{"v1:a", 220}}),
                                              members("rest", {{"v1:b", 780}})};
        const RunComparison r = compareRuns(swing, 1000, 1440, earlier, {});
        QCOMPARE(r.clusters[0].trend, history::Trend::Steady);
        QVERIFY(r.clusters[0].escalationLimit > 220);
        const QVector<MemberCluster> flood = {members("noisy", {{"v1:a", 600}}),
                                              members("rest", {{"v1:b", 400}})};
        QCOMPARE(compareRuns(flood, 1000, 1440, earlier, {}).clusters[0].trend,
                 history::Trend::Escalating);
        QCOMPARE(r.clusters[0].earlierRuns, 4);
        QCOMPARE(r.clusters[0].perMinuteByRun.size(), 5);
    }

    void regressedAndNotSeen()
    {
        const QDateTime closed(QDate(2026, 11, 18), QTime(9, 0), QTimeZone::utc());
        const RunMembers before =
            runOf(1000, {members("redis", {{"v1:a", 100}}), members("probe crash", {{"v1:p", 35}}),
                         members("fixed", {{"v1:f", 20}}), members("rest", {{"v1:r", 845}})});
        const QVector<MemberCluster> now = {members("redis", {{"v1:a", 300}}),
                                            members("rest", {{"v1:r", 845}})};
        QHash<QString, QList<IssueLink>> links;
        links[QStringLiteral("v1:a")] = {link(12, QStringLiteral("closed"), closed)};
        links[QStringLiteral("v1:p")] = {link(4, QStringLiteral("open"))};
        links[QStringLiteral("v1:f")] = {link(5, QStringLiteral("closed"), closed)};
        RunMembers withPriority = before;
        withPriority.clusters[1].priority = 0;
        const RunComparison r = compareRuns(now, 1145, 1440, {withPriority}, links);
        QCOMPARE(r.clusters[0].trend, history::Trend::Regression);
        QCOMPARE(r.clusters[0].regressedIssue, 12);
        QCOMPARE(r.clusters[0].label(), QStringLiteral("regressed (#12 closed 2026-11-18)"));
        QCOMPARE(r.notSeen.size(), 1); // the closed one that stayed away is simply fixed
        QCOMPARE(r.notSeen.first().name, QStringLiteral("probe crash"));
        QCOMPARE(r.notSeen.first().priority, 0);
        QCOMPARE(r.notSeen.first().text(), QStringLiteral("not seen — verify and close #4"));
    }

    // The store keeps member templates with counts and links per template, so a later run that
    // regrouped the templates compares and links through any of them.
    void storeKeepsMembersAndTemplateLinks()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        Run run;
        run.started = QDateTime(QDate(2026, 11, 19), QTime(8, 0), QTimeZone::utc());
        run.windowStart = run.started.addDays(-1);
        run.windowEnd = run.started;
        run.entries = 1000;
        RunCluster c;
        c.fingerprint = QStringLiteral("v1:a");
        c.name = QStringLiteral("redis timeouts");
        c.count = 150;
        c.templates = {
            {c.fingerprint, QStringLiteral("v1:a"), QStringLiteral("Redis timed out"), {}, {}, 100},
            {c.fingerprint, QStringLiteral("v1:b"), QStringLiteral("Redis reconnect"), {}, {}, 50}};
        run.clusters = {c};
        QVERIFY(store.recordRun(run).has_value());
        IssueLink l = link(3, QStringLiteral("open"));
        l.fingerprint = c.fingerprint;
        l.templates = {QStringLiteral("v1:a"), QStringLiteral("v1:b")};
        QVERIFY(store.linkIssue(l).has_value());

        // Today v1:b is a cluster of its own: it still knows its past and its issue.
        const QVector<MemberCluster> now = {members("reconnects", {{"v1:b", 100}})};
        const auto r = store.compare(now, 1000, 1440);
        QVERIFY(r.has_value());
        QCOMPARE(r->clusters[0].countBefore, quint64(50));
        QCOMPARE(r->clusters[0].linkedIssues.size(), 1);
        QCOMPARE(r->clusters[0].linkedIssues.first().issue, 3);
        QVERIFY(r->clusters[0].regroup.isEmpty()); // v1:a just stopped: no split

        // Closing the issue is one fact for every template that names it.
        IssueLink closed = l;
        closed.state = QStringLiteral("closed");
        closed.closedAt = QDateTime(QDate(2026, 11, 19), QTime(12, 0), QTimeZone::utc());
        closed.templates.clear();
        QVERIFY(store.linkIssue(closed).has_value());
        const auto again = store.compare(now, 1000, 1440);
        QCOMPARE(again->clusters[0].trend, history::Trend::Regression);
        QCOMPARE(again->clusters[0].regressedClosedAt, closed.closedAt);
    }
};

QTEST_GUILESS_MAIN(TestRunCompare)
#include "tst_runcompare.moc"
