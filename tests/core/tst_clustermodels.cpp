// ClusterTableModel and ClusterFilterProxy under QAbstractItemModelTester: snapshots that keep,
// drop and add clusters; sorting by raw values; each filter on its own.
#include "core/clustering/clusterset.h"
#include "core/history/historystore.h"
#include "core/models/clusterfilterproxy.h"
#include "core/models/clustertablemodel.h"
#include "core/session/triagebinder.h"
#include "core/triage/clustertriage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::clustering;

namespace {

struct Spec
{
    const char *fingerprint;
    const char *name;
    quint64 count;
    Severity worst;
    const char *service;
    qint64 firstSec;
    qint64 lastSec;
};

constexpr qint64 kSec = 1'000'000'000LL;
constexpr qint64 kBase = 1'700'000'000LL * kSec;

ClusterSet makeSet(const std::vector<Spec> &specs)
{
    auto data = std::make_shared<ClusterSet::Data>();
    for (const Spec &s : specs) {
        TemplateInfo t;
        t.fingerprint = QString::fromLatin1(s.fingerprint) + QStringLiteral("-t");
        t.text = QString::fromLatin1(s.name) + QStringLiteral(" <NUM> ms");
        t.count = s.count;
        t.cluster = quint32(data->clusters.size());
        data->templateByFingerprint.insert(t.fingerprint, int(data->templates.size()));
        data->templates.push_back(t);

        IssueCluster c;
        c.fingerprint = QString::fromLatin1(s.fingerprint);
        c.name = QString::fromLatin1(s.name);
        c.templates = {quint32(data->templates.size() - 1)};
        c.count = s.count;
        c.firstSeenNs = kBase + s.firstSec * kSec;
        c.lastSeenNs = kBase + s.lastSec * kSec;
        c.severities[size_t(severityIndex(s.worst))] = s.count;
        c.maxSeverity = s.worst;
        c.services.push_back({QString::fromLatin1(s.service), s.count});
        c.locations.push_back({QStringLiteral("app/main.go"), QStringLiteral("run"), 12, s.count});
        // One-minute buckets over ten minutes; entries only between first and last.
        c.bucketStartNs = kBase;
        c.bucketSizeNs = 60 * kSec;
        c.buckets.assign(10, 0);
        for (qint64 b = s.firstSec / 60; b <= s.lastSec / 60 && b < 10; ++b)
            c.buckets[size_t(b)] = 1;
        data->clusterByFingerprint.insert(c.fingerprint, int(data->clusters.size()));
        data->clusters.push_back(c);
    }
    return ClusterSet(data);
}

const std::vector<Spec> kFirst = {
    {"v1:aaa", "payment timeout", 50, Severity::Error, "checkout", 0, 120},
    {"v1:bbb", "stale price", 200, Severity::Warning, "checkout", 60, 500},
    {"v1:ccc", "user signed in", 10, Severity::Info, "accounts", 400, 590},
};

QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data(role).toString();
    return out;
}

} // namespace

class TestClusterModels : public QObject
{
    Q_OBJECT
private slots:
    void trendTextIsBuiltFromTheTrendNotItsEnglishLabel()
    {
        history::ClusterTrend t;
        t.trend = history::Trend::Escalating;
        t.factor = 3.14;
        QCOMPARE(ClusterTableModel::trendText(t), QStringLiteral("Escalating ×3.1"));
        t.trend = history::Trend::Decreasing;
        t.factor = 0.5;
        QCOMPARE(ClusterTableModel::trendText(t), QStringLiteral("Decreasing ×0.5"));
        t.trend = history::Trend::Regression;
        QCOMPARE(ClusterTableModel::trendText(t), QStringLiteral("Regressed"));
        t.regressedIssue = 12;
        QCOMPARE(ClusterTableModel::trendText(t), QStringLiteral("Regressed (#12)"));
        t.trend = history::Trend::Steady;
        QCOMPARE(ClusterTableModel::trendText(t), QStringLiteral("Steady"));
        t.trend = history::Trend::New;
        QCOMPARE(ClusterTableModel::trendText(t), QStringLiteral("New"));

        // The column shows the translated text, the sort and exports keep the English label.
        ClusterTableModel model;
        model.setClusterSet(makeSet(kFirst));
        ClusterTableModel::TriageView view;
        view.trend = QStringLiteral("steady");
        view.trendText = QStringLiteral("Gleichbleibend");
        model.setTriage({{QString::fromLatin1(kFirst.front().fingerprint), view}});
        QCOMPARE(model.index(0, ClusterTableModel::TrendColumn).data().toString(),
                 QStringLiteral("Gleichbleibend"));
    }

    void modelShowsClusters()
    {
        ClusterTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusterSet(makeSet(kFirst));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ClusterTableModel::ColumnCount));
        const int row = model.rowOf(QStringLiteral("v1:bbb"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ClusterTableModel::NameColumn).data().toString(),
                 QStringLiteral("stale price"));
        QCOMPARE(model.index(row, ClusterTableModel::CountColumn).data().toULongLong(), 200ULL);
        QCOMPARE(model.index(row, ClusterTableModel::SeverityColumn).data().toString(),
                 QStringLiteral("WARNING"));
        QCOMPARE(model.index(row, ClusterTableModel::PriorityColumn).data().toString(),
                 QString(QChar(0x2014)));
        QVERIFY(model.index(row, ClusterTableModel::LocationColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("app/main.go:12")));
        const auto counts =
            model.index(row, 0).data(ClusterTableModel::SeverityCountsRole).value<QList<quint64>>();
        QCOMPARE(counts.size(), SeverityCount);
        QCOMPARE(counts.at(severityIndex(Severity::Warning)), 200ULL);
        QCOMPARE(
            model.index(row, 0).data(ClusterTableModel::BucketsRole).value<QList<quint32>>().size(),
            10);
        QVERIFY(model.index(row, 0)
                    .data(ClusterTableModel::SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("<num> ms")));
        QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
    }

    // Triage from the real default rules fills the priority column, sorts by urgency and says why.
    void triageFillsPriorityColumn()
    {
        ClusterTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ClusterSet set = makeSet(kFirst);
        model.setClusterSet(set);
        const auto triaged =
            triage::triageClusters(set, nullptr, triage::RuleSet::defaults(), nullptr);
        QVERIFY(triaged.has_value());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTriage(triage::triageViews(set, *triaged));
        QCOMPARE(changed.size(), 1);
        const int error = model.rowOf(QStringLiteral("v1:aaa"));
        const int info = model.rowOf(QStringLiteral("v1:ccc"));
        // "payment timeout" is an error on the main user path: P1 by the default rules.
        QCOMPARE(model.index(error, ClusterTableModel::PriorityColumn).data().toString(),
                 QStringLiteral("P1"));
        QCOMPARE(model.index(info, ClusterTableModel::PriorityColumn).data().toString(),
                 QStringLiteral("P5"));
        QVERIFY(model.index(error, ClusterTableModel::PriorityColumn)
                    .data(ClusterTableModel::SortRole)
                    .toInt() < model.index(info, ClusterTableModel::PriorityColumn)
                                   .data(ClusterTableModel::SortRole)
                                   .toInt());
        QVERIFY(model.index(error, ClusterTableModel::PriorityColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Main user path broken")));
        QCOMPARE(model.index(error, 0).data(ClusterTableModel::PriorityRole).toInt(), 1);
    }

    void snapshotKeepsRowIdentity()
    {
        ClusterTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusterSet(makeSet(kFirst));
        const QPersistentModelIndex kept = model.index(model.rowOf(QStringLiteral("v1:ccc")), 0);
        // bbb disappears, ccc grows, ddd is new.
        model.setClusterSet(makeSet({
            {"v1:ddd", "disk full", 5, Severity::Critical, "storage", 10, 20},
            {"v1:ccc", "user signed in", 99, Severity::Info, "accounts", 400, 590},
            {"v1:aaa", "payment timeout", 51, Severity::Error, "checkout", 0, 120},
        }));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("v1:bbb")), -1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(ClusterTableModel::FingerprintRole).toString(),
                 QStringLiteral("v1:ccc"));
        QCOMPARE(kept.sibling(kept.row(), ClusterTableModel::CountColumn).data().toULongLong(),
                 99ULL);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("v1:ddd")), ClusterTableModel::NameColumn)
                     .data()
                     .toString(),
                 QStringLiteral("disk full"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void proxySortsByRawValue()
    {
        ClusterTableModel model;
        ClusterFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusterSet(makeSet(kFirst));
        proxy.sort(ClusterTableModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, ClusterTableModel::NameColumn),
                 (QStringList{QStringLiteral("stale price"), QStringLiteral("payment timeout"),
                              QStringLiteral("user signed in")}));
        // Severity sorts by the worst severity, not by the text "WARNING" < "INFO".
        proxy.sort(ClusterTableModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, ClusterTableModel::SeverityColumn),
                 (QStringList{QStringLiteral("ERROR"), QStringLiteral("WARNING"),
                              QStringLiteral("INFO")}));
        proxy.sort(ClusterTableModel::FirstSeenColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, ClusterTableModel::NameColumn, ClusterTableModel::FingerprintRole),
                 (QStringList{QStringLiteral("v1:aaa"), QStringLiteral("v1:bbb"),
                              QStringLiteral("v1:ccc")}));
        // A new snapshot re-sorts dynamically.
        proxy.sort(ClusterTableModel::CountColumn, Qt::DescendingOrder);
        model.setClusterSet(makeSet({
            {"v1:aaa", "payment timeout", 900, Severity::Error, "checkout", 0, 120},
            {"v1:bbb", "stale price", 200, Severity::Warning, "checkout", 60, 500},
            {"v1:ccc", "user signed in", 10, Severity::Info, "accounts", 400, 590},
        }));
        QCOMPARE(proxy.index(0, ClusterTableModel::NameColumn).data().toString(),
                 QStringLiteral("payment timeout"));
    }

    // The first screen's order: priority, then trend (regressed, new, escalating, steady,
    // decreasing), then the largest cluster first, also within a priority.
    void proxySortsByPriorityThenTrendThenCount()
    {
        ClusterTableModel model;
        ClusterFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setClusterSet(makeSet({
            {"v1:a", "a", 10, Severity::Error, "x", 0, 1},
            {"v1:b", "b", 500, Severity::Error, "x", 0, 1},
            {"v1:c", "c", 40, Severity::Error, "x", 0, 1},
            {"v1:d", "d", 7, Severity::Error, "x", 0, 1},
            {"v1:e", "e", 90, Severity::Error, "x", 0, 1},
        }));
        using View = ClusterTableModel::TriageView;
        model.setTriage(
            {{QStringLiteral("v1:a"), View{1, {}, QStringLiteral("steady"), {}, false, 0, {}, {}}},
             {QStringLiteral("v1:b"), View{2, {}, QStringLiteral("steady"), {}, false, 0, {}, {}}},
             {QStringLiteral("v1:c"),
              View{1, {}, QStringLiteral("escalating ×3.1"), {}, false, 0, {}, {}}},
             {QStringLiteral("v1:d"), View{1,
                                           {},
                                           QStringLiteral("regressed (#12 closed 2026-11-30)"),
                                           {},
                                           false,
                                           0,
                                           {},
                                           {}}},
             {QStringLiteral("v1:e"), View{1, {}, QStringLiteral("new"), {}, false, 0, {}, {}}}});
        proxy.sort(ClusterTableModel::PriorityColumn, Qt::AscendingOrder);
        QCOMPARE(
            column(proxy, ClusterTableModel::NameColumn, ClusterTableModel::FingerprintRole),
            (QStringList{QStringLiteral("v1:d"), QStringLiteral("v1:e"), QStringLiteral("v1:c"),
                         QStringLiteral("v1:a"), QStringLiteral("v1:b")}));
        // The Trend column shows the label as a badge and sorts by what changed first.
        QCOMPARE(proxy.index(0, ClusterTableModel::TrendColumn).data().toString(),
                 QStringLiteral("Regressed (#12 closed 2026-11-30)"));
        QCOMPARE(proxy.index(2, ClusterTableModel::TrendColumn).data().toString(),
                 QStringLiteral("Escalating ×3.1"));
        proxy.sort(ClusterTableModel::TrendColumn, Qt::AscendingOrder);
        QCOMPARE(
            column(proxy, ClusterTableModel::NameColumn, ClusterTableModel::FingerprintRole)
                .mid(0, 3),
            (QStringList{QStringLiteral("v1:d"), QStringLiteral("v1:e"), QStringLiteral("v1:c")}));
    }

    // The linked issue column: "#N · state" from triage's link, sorted open, closed, none;
    // an issue posted now replaces what triage knew until history reports it.
    void issueColumnShowsTheLinkedIssue()
    {
        ClusterTableModel model;
        ClusterFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusterSet(makeSet(kFirst));
        using View = ClusterTableModel::TriageView;
        const QString url = QStringLiteral("https://github.com/acme/shop/issues/");
        model.setTriage(
            {{QStringLiteral("v1:aaa"),
              View{1, {}, {}, {}, false, 31, QStringLiteral("closed"), url + QStringLiteral("31")}},
             {QStringLiteral("v1:bbb"),
              View{2, {}, {}, {}, false, 40, QStringLiteral("open"), url + QStringLiteral("40")}},
             {QStringLiteral("v1:ccc"), View{3, {}, {}, {}, false, 0, {}, {}}}});
        const int a = model.rowOf(QStringLiteral("v1:aaa"));
        QCOMPARE(model.index(a, ClusterTableModel::IssueColumn).data().toString(),
                 QStringLiteral("#31 · closed"));
        QCOMPARE(model.index(a, 0).data(ClusterTableModel::IssueUrlRole).toString(),
                 url + QStringLiteral("31"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("v1:ccc")), ClusterTableModel::IssueColumn)
                     .data()
                     .toString(),
                 QString());
        proxy.sort(ClusterTableModel::IssueColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0, ClusterTableModel::FingerprintRole),
                 (QStringList{QStringLiteral("v1:bbb"), QStringLiteral("v1:aaa"),
                              QStringLiteral("v1:ccc")}));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPostedIssue(QStringLiteral("v1:ccc"), 52, url + QStringLiteral("52"));
        QCOMPARE(changed.size(), 1);
        const int c = model.rowOf(QStringLiteral("v1:ccc"));
        QCOMPARE(model.index(c, ClusterTableModel::IssueColumn).data().toString(),
                 QStringLiteral("#52 · open"));
        QCOMPARE(model.index(c, 0).data(ClusterTableModel::IssueUrlRole).toString(),
                 url + QStringLiteral("52"));
        // A later triage that does not know the link yet keeps the posted one.
        model.setTriage({{QStringLiteral("v1:ccc"), View{3, {}, {}, {}, false, 0, {}, {}}}});
        QCOMPARE(model.index(c, ClusterTableModel::IssueColumn).data().toString(),
                 QStringLiteral("#52 · open"));
    }

    // The link comes from history through triage, as the window gets it.
    void issueColumnReadsHistoryLinks()
    {
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        history::IssueLink link;
        link.fingerprint = QStringLiteral("v1:aaa");
        link.issue = 31;
        link.url = QStringLiteral("https://github.com/acme/shop/issues/31");
        link.state = QStringLiteral("closed");
        link.lastAction = QStringLiteral("created");
        link.updated = QDateTime::currentDateTimeUtc();
        link.templates = {QStringLiteral("v1:aaa-t")};
        QVERIFY(store.linkIssue(link).has_value());
        const ClusterSet set = makeSet(kFirst);
        const auto triaged =
            triage::triageClusters(set, nullptr, triage::RuleSet::defaults(), &store);
        QVERIFY(triaged.has_value());
        ClusterTableModel model;
        model.setClusterSet(set);
        model.setTriage(triage::triageViews(set, *triaged));
        const int a = model.rowOf(QStringLiteral("v1:aaa"));
        QCOMPARE(model.index(a, ClusterTableModel::IssueColumn).data().toString(),
                 QStringLiteral("#31 · closed"));
        QCOMPARE(model.index(a, 0).data(ClusterTableModel::IssueUrlRole).toString(), link.url);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("v1:bbb")), ClusterTableModel::IssueColumn)
                     .data()
                     .toString(),
                 QString());
    }

    // Muted and expected clusters sink below the rest whichever way a column sorts, are
    // counted, and can be hidden.
    void mutedClustersSortLastAndHide()
    {
        ClusterTableModel model;
        ClusterFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusterSet(makeSet(kFirst));
        using View = ClusterTableModel::TriageView;
        model.setTriage({{QStringLiteral("v1:aaa"), View{0, {}, {}, {}, true, 0, {}, {}}},
                         {QStringLiteral("v1:bbb"), View{2, {}, {}, {}, false, 0, {}, {}}},
                         {QStringLiteral("v1:ccc"), View{3, {}, {}, {}, false, 0, {}, {}}}});
        proxy.sort(ClusterTableModel::PriorityColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0, ClusterTableModel::FingerprintRole).last(),
                 QStringLiteral("v1:aaa"));
        proxy.sort(ClusterTableModel::PriorityColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 0, ClusterTableModel::FingerprintRole).last(),
                 QStringLiteral("v1:aaa"));
        proxy.sort(ClusterTableModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 0, ClusterTableModel::FingerprintRole).last(),
                 QStringLiteral("v1:aaa"));
        QVERIFY(proxy.index(2, 0).data(ClusterTableModel::MutedRole).toBool());
        QCOMPARE(proxy.mutedCount(), 1);
        proxy.setShowMuted(false);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.mutedCount(), 1); // still counted, so the toggle can say what it hides
        proxy.setService(QStringLiteral("accounts"));
        QCOMPARE(proxy.mutedCount(), 0); // the muted one is a checkout cluster
        proxy.setService({});
        proxy.setShowMuted(true);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void proxyFilters()
    {
        ClusterTableModel model;
        ClusterFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClusterSet(makeSet(kFirst));
        QVERIFY(!proxy.isFiltering());

        proxy.setMinimumSeverity(severityIndex(Severity::Warning));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinimumSeverity(severityIndex(Severity::Error));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setMinimumSeverity(0);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setService(QStringLiteral("accounts"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ClusterTableModel::NameColumn).data().toString(),
                 QStringLiteral("user signed in"));
        proxy.setService({});

        // Minutes 2..3: only bbb has entries there (aaa ends at 2:00, ccc starts at 6:40).
        proxy.setTimeRange(kBase + 150 * kSec, kBase + 230 * kSec);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ClusterTableModel::FingerprintRole).toString(),
                 QStringLiteral("v1:bbb"));
        proxy.setTimeRange(0, 0);

        proxy.setText(QStringLiteral("  TIMEOUT "));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("<num> ms")); // template text counts too
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setText(QStringLiteral("order 1234"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setMessageMatches({QStringLiteral("v1:ccc")});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("other"));
        QCOMPARE(proxy.rowCount(), 0); // matches belonged to the previous text
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestClusterModels)
#include "tst_clustermodels.moc"
