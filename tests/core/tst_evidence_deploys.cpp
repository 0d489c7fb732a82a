#include "tests/common/cloudrunentries.h"

#include "core/clustering/clusterengine.h"
#include "core/evidence/deploys.h"
#include "core/logs/logstore.h"
#include "core/triage/clustertriage.h"
#include "core/triage/rules.h"

#include <QTest>

using namespace gardener;
using namespace gardener::evidence;
using gardener::test::CloudRunEntry;
using gardener::test::CloudRunLog;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

QString rev(int n)
{
    return QStringLiteral("api-%1-%2").arg(n, 5, 10, QLatin1Char('0')).arg(QStringLiteral("xq"));
}

void addMany(CloudRunLog &log, int count, const QString &revision, const QDateTime &from,
             int stepMs, const QString &message)
{
    for (int i = 0; i < count; ++i) {
        CloudRunEntry e;
        e.time = from.addMSecs(qint64(i) * stepMs);
        e.revision = revision;
        e.instance = QStringLiteral("00a1f3");
        e.message = message.arg(i);
        log.add(e);
    }
}

// Three revisions of one service, rolled out an hour apart, with four problems:
//   A "KeyError" begins 3 min after 00645 started serving and stays in 00646;
//   B "cache miss" is in every revision; C "legacy endpoint" stops after 00645;
//   D "payment gateway" begins with 00646 and is only there (the latest).
// Each revision holds background traffic so that "0 of N entries" has a real N.
struct Fixture
{
    std::shared_ptr<LogStore> store;
    clustering::ClusterSet set;

    Fixture()
    {
        CloudRunLog log;
        const QString a = QStringLiteral("KeyError: 'cart_id' while building checkout session %1");
        const QString b = QStringLiteral("cache miss for product listing page %1");
        const QString c = QStringLiteral("legacy endpoint /v0/orders called by client %1");
        const QString d = QStringLiteral("payment gateway refused token batch %1 with 502");
        const QString bg = QStringLiteral("request served in %1 ms");
        addMany(log, 5100, rev(644), T0, 500, bg);
        addMany(log, 10, rev(644), T0.addSecs(60), 60000, b);
        addMany(log, 10, rev(644), T0.addSecs(90), 60000, c);
        const QDateTime t1 = T0.addSecs(3600);
        addMany(log, 3000, rev(645), t1, 1000, bg);
        addMany(log, 40, rev(645), t1.addSecs(180), 30000, a);
        addMany(log, 10, rev(645), t1.addSecs(60), 60000, b);
        addMany(log, 10, rev(645), t1.addSecs(90), 60000, c);
        const QDateTime t2 = T0.addSecs(7200);
        addMany(log, 2000, rev(646), t2, 900, bg);
        addMany(log, 20, rev(646), t2.addSecs(30), 60000, a);
        addMany(log, 10, rev(646), t2.addSecs(60), 60000, b);
        addMany(log, 30, rev(646), t2.addSecs(600), 20000, d);
        store = log.readStore();
        set = clustering::clusterStore(*store);
    }

    std::vector<quint64> members(const char *word) const
    {
        for (size_t i = 0; i < set.clusters().size(); ++i) {
            if (set.clusters()[i].name.contains(QLatin1String(word)))
                return set.entriesOfCluster(quint32(i));
        }
        return {};
    }
};

} // namespace

class TestEvidenceDeploys : public QObject
{
    Q_OBJECT
private slots:
    void clusterThatBeginsWithARevision()
    {
        Fixture f;
        QVERIFY(f.store);
        const auto members = f.members("KeyError");
        QCOMPARE(members.size(), size_t(60));
        const DeployEvidence d = deployEvidence(*f.store, members);
        QCOMPARE(d.revisions.size(), size_t(3));
        QCOMPARE(d.revisions[0].revision, rev(644));
        QCOMPARE(d.revisions[0].entries, quint64(5120));
        QCOMPARE(d.revisions[0].clusterEntries, quint64(0));
        QCOMPARE(d.revisions[1].clusterEntries, quint64(40));
        QCOMPARE(d.revisions[2].clusterEntries, quint64(20));
        QVERIFY(d.firstSeenWithRevision);
        QCOMPARE(d.startedWith, rev(645));
        QCOMPARE(d.startedAfterNs, qint64(180) * 1'000'000'000);
        QVERIFY(!d.onlyInOneRevision);
        QVERIFY(!d.stoppedAfterRevision);
        QCOMPARE(d.statements,
                 QStringList{QStringLiteral("first seen 3 min after revision 00645 started serving "
                                            "(0 of 5,120 entries of 00644)")});
    }

    void creationTimeFromTheAdminApiIsUsedWhenKnown()
    {
        Fixture f;
        DeployOptions options;
        // Created 10 min before it logged anything: the cluster came 13 min after.
        options.createdNs.insert(rev(645), (T0.addSecs(3000).toMSecsSinceEpoch()) * 1'000'000);
        const DeployEvidence d = deployEvidence(*f.store, f.members("KeyError"), options);
        QCOMPARE(d.startedAfterNs, qint64(780) * 1'000'000'000);
        QVERIFY2(d.statements.value(0).startsWith(
                     QLatin1String("first seen 13 min after revision 00645 was created (")),
                 qPrintable(d.statements.value(0)));
    }

    void clusterInEveryRevisionIsNotTiedToADeploy()
    {
        Fixture f;
        const DeployEvidence d = deployEvidence(*f.store, f.members("cache"));
        QCOMPARE(d.revisions.size(), size_t(3));
        for (const auto &r : d.revisions)
            QCOMPARE(r.clusterEntries, quint64(10));
        QVERIFY(!d.firstSeenWithRevision);
        QVERIFY(!d.onlyInOneRevision);
        QVERIFY(!d.stoppedAfterRevision);
        QCOMPARE(d.statements,
                 QStringList{QStringLiteral(
                     "in all 3 revisions, from 00644 to 00646 (not tied to a deploy)")});
    }

    void clusterThatStopped()
    {
        Fixture f;
        const DeployEvidence d = deployEvidence(*f.store, f.members("legacy"));
        QVERIFY(d.stoppedAfterRevision);
        QCOMPARE(d.stoppedAfter, rev(645));
        QVERIFY(!d.firstSeenWithRevision);
        // 00646: 2,000 served + 20 KeyError + 10 cache miss + 30 gateway entries.
        QCOMPARE(d.statements, QStringList{QStringLiteral(
                                   "stopped after revision 00645 (last seen 2026-03-01 11:10 UTC; "
                                   "0 of 2,060 entries of 00646)")});
    }

    void clusterOnlyInTheLatestRevision()
    {
        Fixture f;
        const DeployEvidence d = deployEvidence(*f.store, f.members("gateway"));
        QVERIFY(d.firstSeenWithRevision);
        QVERIFY(d.onlyInOneRevision);
        QVERIFY(d.onlyInLatestRevision);
        QCOMPARE(d.onlyIn, rev(646));
        QCOMPARE(d.statements,
                 (QStringList{
                     QStringLiteral("first seen 10 min after revision 00646 started serving "
                                    "(0 of 8,180 entries of the 2 revisions before it)"),
                     QStringLiteral(
                         "only in revision 00646 (0 of 8,180 entries of the other 2 revisions)")}));
    }

    void onlyRevisionComparedWithOne()
    {
        CloudRunLog log;
        addMany(log, 5120, rev(644), T0, 100, QStringLiteral("request served in %1 ms"));
        addMany(log, 7, rev(645), T0.addSecs(3600), 1000,
                QStringLiteral("request served in %1 ms"));
        addMany(log, 12, rev(645), T0.addSecs(3600 + 120), 1000,
                QStringLiteral("KeyError: 'cart_id' in session %1"));
        auto store = log.readStore();
        QVERIFY(store);
        std::vector<quint64> members;
        for (quint64 i = 5127; i < 5139; ++i)
            members.push_back(i);
        const DeployEvidence d = deployEvidence(*store, members);
        QVERIFY(d.onlyInLatestRevision);
        QVERIFY(d.statements.contains(
            QStringLiteral("only in revision 00645 (0 of 5,120 entries of 00644)")));
        QVERIFY(d.statements.contains(
            QStringLiteral("first seen 2 min after revision 00645 started serving "
                           "(0 of 5,120 entries of 00644)")));
    }

    void lateAppearanceIsNotBlamedOnTheRevision()
    {
        CloudRunLog log;
        addMany(log, 100, rev(644), T0, 1000, QStringLiteral("request served in %1 ms"));
        addMany(log, 100, rev(645), T0.addSecs(3600), 1000,
                QStringLiteral("request served in %1 ms"));
        // Five hours after 00645 began: beyond the one-hour window.
        addMany(log, 5, rev(645), T0.addSecs(6 * 3600), 1000,
                QStringLiteral("disk quota exceeded %1"));
        auto store = log.readStore();
        std::vector<quint64> members{200, 201, 202, 203, 204};
        const DeployEvidence d = deployEvidence(*store, members);
        QVERIFY(!d.firstSeenWithRevision);
        QVERIFY(d.onlyInOneRevision); // still true, and said
    }

    void entriesWithoutRevisionsSayNothing()
    {
        CloudRunLog log;
        addMany(log, 20, QString(), T0, 1000, QStringLiteral("request served in %1 ms"));
        auto store = log.readStore();
        const DeployEvidence d = deployEvidence(*store, {1, 2, 3});
        QVERIFY(d.revisions.empty());
        QVERIFY(d.isEmpty());
    }

    void flagsForAllClustersAgreeWithThePerClusterEvidence()
    {
        Fixture f;
        const auto flags = deployFlags(*f.store, f.set);
        QCOMPARE(flags.size(), f.set.clusters().size());
        for (size_t i = 0; i < flags.size(); ++i) {
            const DeployEvidence d = deployEvidence(*f.store, f.set.entriesOfCluster(quint32(i)));
            QCOMPARE(flags[i].firstSeenWithRevision, d.firstSeenWithRevision);
            QCOMPARE(flags[i].onlyInLatestRevision, d.onlyInLatestRevision);
        }
        auto flagOf = [&](const char *word) {
            for (size_t i = 0; i < f.set.clusters().size(); ++i) {
                if (f.set.clusters()[i].name.contains(QLatin1String(word)))
                    return flags[i];
            }
            return DeployFlags{};
        };
        QVERIFY(flagOf("KeyError").firstSeenWithRevision);
        QVERIFY(!flagOf("KeyError").onlyInLatestRevision);
        QVERIFY(flagOf("gateway").firstSeenWithRevision);
        QVERIFY(flagOf("gateway").onlyInLatestRevision);
        QVERIFY(!flagOf("cache").firstSeenWithRevision);
        QVERIFY(!flagOf("legacy").onlyInLatestRevision);
    }

    void triageRulesReadTheFlags()
    {
        Fixture f;
        auto rules = triage::RuleSet::parse(
            QStringLiteral("[New with the latest deploy]\nfirst_seen_with_revision = "
                           "yes\nonly_in_latest_revision = yes\n"
                           "priority = P1\ncategory = GCP-regression\n"));
        QVERIFY2(rules.has_value(), qPrintable(rules ? QString() : rules.error().toString()));
        const auto triaged = triage::triageClusters(f.set, f.store.get(), *rules, nullptr);
        QVERIFY(triaged.has_value());
        QStringList regressions;
        for (size_t i = 0; i < triaged->size(); ++i) {
            if ((*triaged)[i].decision.category == QLatin1String("GCP-regression"))
                regressions << f.set.clusters()[i].name;
        }
        QCOMPARE(regressions.size(), 1);
        QVERIFY(regressions.first().contains(QLatin1String("gateway")));

        const auto bad = triage::RuleSet::parse(
            QStringLiteral("[x]\nfirst_seen_with_revision > 1\npriority = P1\n"),
            QStringLiteral("rules.txt"));
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().toString(),
                 QStringLiteral("rules.txt:2: 'first_seen_with_revision' takes '= yes' or '= no'"));
    }

    void wording()
    {
        QCOMPARE(shortRevision(QStringLiteral("netra-backend-staging-00645-x2k")),
                 QStringLiteral("00645"));
        QCOMPARE(shortRevision(QStringLiteral("v12")), QStringLiteral("v12"));
        QCOMPARE(durationText(qint64(45) * 1'000'000'000), QStringLiteral("45 s"));
        QCOMPARE(durationText(qint64(3 * 3600 + 300) * 1'000'000'000), QStringLiteral("3 h 5 min"));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceDeploys)
#include "tst_evidence_deploys.moc"
