// Reads the three hand-written worklogs kept in the shared fixture folder and checks that every
// cluster, count and action is extracted as written there.
#include "core/worklog/worklogreader.h"
#include "tests/common/testpaths.h"

#include <QTest>

using namespace gardener::worklog;
using gardener::test::sharedPath;

namespace {

struct ExpectedCluster
{
    const char *title;
    const char *severity;
    const char *priority;
    qint64 count;
    bool lowerBound;
};

} // namespace

class TestWorklogFixtures : public QObject
{
    Q_OBJECT

    WorklogData read(const char *name)
    {
        const QString path = sharedPath(QStringLiteral("fixtures/worklogs/") + QLatin1String(name));
        if (path.isEmpty())
            return WorklogData{};
        const auto result = WorklogReader::readFile(path);
        if (!result)
            qFatal("%s", qPrintable(result.error().toString()));
        return *result;
    }

    void compareClusters(const WorklogData &d, const QList<ExpectedCluster> &expected)
    {
        QCOMPARE(d.clusters.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const WorklogCluster &c = d.clusters.at(i);
            QCOMPARE(c.number, int(i) + 1);
            QCOMPARE(c.title, QString::fromUtf8(expected.at(i).title));
            QCOMPARE(c.severity, QString::fromLatin1(expected.at(i).severity));
            QCOMPARE(c.priority, QString::fromLatin1(expected.at(i).priority));
            QCOMPARE(c.count, expected.at(i).count);
            QCOMPARE(c.countLowerBound, expected.at(i).lowerBound);
            QVERIFY2(!c.samples.isEmpty(), qPrintable(c.title));
        }
    }

#define SKIP_WITHOUT(name)                                                                         \
    if (sharedPath(QStringLiteral("fixtures/worklogs/") + QLatin1String(name)).isEmpty())          \
        QSKIP("shared fixture fixtures/worklogs/" name " is absent (set GARDENER_SHARED_DIR)");

private slots:
    void worklog20250912()
    {
        SKIP_WITHOUT("worklog-2025-09-12-2330.md");
        const WorklogData d = read("worklog-2025-09-12-2330.md");
        QCOMPARE(d.generated, QDateTime(QDate(2025, 9, 12), QTime(23, 30), Qt::UTC));
        QCOMPARE(d.service, QStringLiteral("netra-backend-staging"));
        QCOMPARE(d.project, QStringLiteral("netra-staging"));
        QCOMPARE(d.entriesAnalysed, 50);
        QCOMPARE(d.timeRange, QStringLiteral("Past 24 hours"));
        QVERIFY(d.mojibakeRepairs > 0);
        // Listed twice (analysis + "PROCESSING RESULTS"): still five clusters.
        compareClusters(d, {
                               {"WebSocket Message Routing Failures", "ERROR", "P1", 8, true},
                               {"Authentication Module Import Failures", "WARNING", "P2", 10, true},
                               {"Session Middleware Missing", "WARNING", "P2", 15, true},
                               {"Authentication Buffer Performance", "WARNING", "P3", 1, false},
                               {"User Execution Context ID Validation", "WARNING", "P3", 6, true},
                           });
        QCOMPARE(d.clusters.at(0).priorityLabel, QStringLiteral("CRITICAL"));
        QCOMPARE(d.clusters.at(0).category, QStringLiteral("GCP-regression"));
        QCOMPARE(d.clusters.at(0).function, QStringLiteral("route_message"));
        QCOMPARE(d.clusters.at(0).line, 1271);
        QCOMPARE(d.clusters.at(1).category, QStringLiteral("GCP-active-dev"));
        // "[ðŸ”‘]" in the sample is repaired to the key emoji.
        QVERIFY(d.clusters.at(1).samples.at(0).message.toString().startsWith(
            QString::fromUtf8("[\xF0\x9F\x94\x91] OPTIONAL AUTH")));
        QVERIFY(d.clusters.at(3).samples.at(0).message.toString().startsWith(
            QString::fromUtf8("\xF0\x9F\x9A\xA8 ALERT")));

        const struct
        {
            int issue;
            WorklogAction::Kind kind;
        } actions[] = {{640, WorklogAction::Kind::Created},
                       {644, WorklogAction::Kind::Created},
                       {169, WorklogAction::Kind::Updated},
                       {394, WorklogAction::Kind::Updated},
                       {584, WorklogAction::Kind::Updated}};
        QCOMPARE(d.actions.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(d.actions.at(i).issue, actions[i].issue);
            QCOMPARE(d.actions.at(i).kind, actions[i].kind);
            QCOMPARE(d.actions.at(i).cluster, i); // the action belongs to the cluster
            QVERIFY(d.actions.at(i).priorityChange.isEmpty());
            QCOMPARE(d.actions.at(i).url,
                     QStringLiteral("https://github.com/netra-systems/netra-apex/issues/%1")
                         .arg(actions[i].issue));
        }
        QCOMPARE(d.actions.at(3).title,
                 QString::fromUtf8("\xF0\x9F\x9F\xA2 LOW: Performance Baseline Monitoring Missing "
                                   "for System Optimization"));
    }

    void worklog20250913()
    {
        SKIP_WITHOUT("worklog-2025-09-13-1800.md");
        const WorklogData d = read("worklog-2025-09-13-1800.md");
        QCOMPARE(d.generated, QDateTime(QDate(2025, 9, 13), QTime(18, 0), Qt::UTC));
        QCOMPARE(d.service, QStringLiteral("netra-backend-staging"));
        QCOMPARE(d.severityFilter, QStringLiteral("WARNING and above"));
        QCOMPARE(d.revision, QStringLiteral("netra-backend-staging-00566-hln"));
        QCOMPARE(d.entriesAnalysed, 50);
        QVERIFY(d.entriesLowerBound);
        // Three detailed clusters; "Severity: P2" is a priority, the severity is the sample's.
        compareClusters(d,
                        {
                            {"SessionMiddleware Configuration Issues", "WARNING", "P2", 17, true},
                            {"WebSocket Manager SSOT Violations", "ERROR", "P1", 3, false},
                            {"Database User Auto-Creation Warnings", "WARNING", "P3", 6, true},
                        });
        QCOMPARE(d.clusters.at(0).frequency, QStringLiteral("High (17+ occurrences)"));
        QCOMPARE(d.clusters.at(0).impact, QStringLiteral("Infrastructure"));
        // Issue distribution: 17, 3, 6, 4, 1; the last two name no detailed cluster.
        const qint64 counts[] = {17, 3, 6, 4, 1};
        const int clusters[] = {0, 1, 2, -1, -1};
        QCOMPARE(d.distribution.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(d.distribution.at(i).count, counts[i]);
            QCOMPARE(d.distribution.at(i).cluster, clusters[i]);
        }
        QCOMPARE(d.distribution.at(3).title, QStringLiteral("ID Validation"));
        QCOMPARE(d.summary.size(), 5);
        QCOMPARE(d.summary.at(0).count, 17);
        QVERIFY(d.actions.isEmpty());
        QCOMPARE(d.nextSteps.size(), 5);
    }

    void worklog20250914()
    {
        SKIP_WITHOUT("worklog-2025-09-14-0300.md");
        const WorklogData d = read("worklog-2025-09-14-0300.md");
        QCOMPARE(d.generated, QDateTime(QDate(2025, 9, 14), QTime(3, 0), Qt::UTC));
        QCOMPARE(d.service, QStringLiteral("netra-backend-staging"));
        QCOMPARE(d.project, QStringLiteral("netra-staging"));
        QCOMPARE(d.timeRange, QStringLiteral("Last 2 days"));
        compareClusters(d, {
                               {"WebSocket Legacy Response Type Errors", "ERROR", "P2", 10, true},
                               {"Session Middleware Configuration", "WARNING", "P4", 3, false},
                               {"User Auto-Creation from JWT", "WARNING", "P6", 2, false},
                           });
        QCOMPARE(d.clusters.at(0).priorityLabel, QStringLiteral("HIGH"));
        QCOMPARE(d.clusters.at(2).priorityLabel, QStringLiteral("LOW - Expected Behavior"));
        QCOMPARE(d.clusters.at(0).module,
                 QStringLiteral("netra_backend.app.routes.websocket_ssot"));
        QCOMPARE(d.clusters.at(0).function, QStringLiteral("_legacy_message_loop"));
        QCOMPARE(d.clusters.at(0).line, 1619);
        QCOMPARE(d.clusters.at(1).line, 1706);
        QVERIFY(d.clusters.at(0).notes.contains(QLatin1String("Valid Message Types")));
        QVERIFY(d.actions.isEmpty()); // GitHub processing still pending there
        bool statusKept = false;
        for (const WorklogSection &s : d.unparsed)
            statusKept =
                statusKept ||
                (s.heading == QLatin1String("Processing Status") &&
                 s.markdown.toString().contains(QLatin1String("Pending SNST agent processing")));
        QVERIFY(statusKept);
    }
};

QTEST_GUILESS_MAIN(TestWorklogFixtures)
#include "tst_worklogfixtures.moc"
