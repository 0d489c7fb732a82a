// The History tab: frequency across earlier runs, trend text, and overrides saved by
// fingerprint that triage then applies.
#include "core/history/historystore.h"
#include "core/triage/clustertriage.h"
#include "widgets/clusterhistoryview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gardener;
using namespace gardener::clustering;

namespace {
constexpr qint64 kMinute = 60'000'000'000LL;

// One ERROR cluster of 600 entries over ten minutes: 60 per minute.
ClusterSet oneCluster()
{
    auto data = std::make_shared<ClusterSet::Data>();
    TemplateInfo t;
    t.fingerprint = QStringLiteral("v1:tpl");
    t.text = QStringLiteral("Cart service failed for order <NUM>");
    t.count = 600;
    t.cluster = 0;
    data->templates.push_back(t);
    IssueCluster c;
    c.fingerprint = QStringLiteral("v1:cart");
    c.name = t.text;
    c.templates = {0};
    c.count = 600;
    c.firstSeenNs = 1'700'000'000'000'000'000LL;
    c.lastSeenNs = c.firstSeenNs + 10 * kMinute;
    c.maxSeverity = Severity::Error;
    c.severities[size_t(severityIndex(Severity::Error))] = 600;
    data->clusters.push_back(c);
    data->clusterByFingerprint.insert(c.fingerprint, 0);
    data->templateByFingerprint.insert(t.fingerprint, 0);
    return ClusterSet(data);
}

history::Run earlierRun(int day, double perMinute)
{
    history::Run r;
    r.started = QDateTime(QDate(2026, 11, day), QTime(8, 0), QTimeZone::utc());
    history::RunCluster c;
    c.fingerprint = QStringLiteral("v1:cart");
    c.count = 100;
    c.perMinute = perMinute;
    r.clusters = {c};
    return r;
}
} // namespace

class TestClusterHistoryView : public QObject
{
    Q_OBJECT
private slots:
    void showsRunsAndTrend()
    {
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        QVERIFY(store.recordRun(earlierRun(1, 10)).has_value());
        QVERIFY(store.recordRun(earlierRun(2, 15)).has_value());
        ClusterHistoryView view(&store);
        const ClusterSet set = oneCluster();
        view.setCluster(set, 0);
        QCOMPARE(view.runBars(), 3); // two earlier runs and this one
        QVERIFY2(view.summaryText().contains(QStringLiteral("2 earlier run")),
                 qPrintable(view.summaryText()));
        QVERIFY2(view.summaryText().contains(QStringLiteral("escalating")),
                 qPrintable(view.summaryText()));
        view.setCluster(set, -1);
        QCOMPARE(view.runBars(), 0);
        QVERIFY(!view.priorityBox()->isEnabled());
    }

    void overridesPersistAndTriageUsesThem()
    {
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        const ClusterSet set = oneCluster();
        ClusterHistoryView view(&store);
        view.setCluster(set, 0);
        QSignalSpy changed(&view, &ClusterHistoryView::overrideChanged);

        view.priorityBox()->setCurrentIndex(view.priorityBox()->findData(0)); // "Always P0"
        QCOMPARE(changed.size(), 1);
        QCOMPARE((*store.overrideFor(QStringLiteral("v1:cart")))->priority, std::optional<int>(0));
        auto triaged = triage::triageClusters(set, nullptr, triage::RuleSet::defaults(), &store);
        QCOMPARE(triaged->front().decision.priority, 0);
        QVERIFY(triaged->front().decision.overridden);

        view.expectedBox()->setChecked(true);
        QCOMPARE(changed.size(), 2);
        triaged = triage::triageClusters(set, nullptr, triage::RuleSet::defaults(), &store);
        QVERIFY(triaged->front().muted);

        // A fresh view shows the saved decisions.
        ClusterHistoryView again(&store);
        again.setCluster(set, 0);
        QCOMPARE(again.priorityBox()->currentData().toInt(), 0);
        QVERIFY(again.expectedBox()->isChecked());

        // Back to the rules: the override is gone.
        again.priorityBox()->setCurrentIndex(0);
        again.expectedBox()->setChecked(false);
        QVERIFY(!store.overrideFor(QStringLiteral("v1:cart"))->has_value());
    }
};

QTEST_MAIN(TestClusterHistoryView)
#include "tst_clusterhistoryview.moc"
