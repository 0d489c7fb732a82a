// The clusters table on the demo, offscreen: the linked issue column opens its issue, muted
// clusters are greyed, listed last, counted and can be hidden, and the chart's range and the
// minimum severity drive the counts, sparklines and details (with a way back from the zoom).
#include "core/demo/bundleddemo.h"
#include "core/logs/logstore.h"
#include "core/models/clusterfilterproxy.h"
#include "core/models/clustertablemodel.h"
#include "core/models/filteredcounts.h"
#include "core/session/session.h"
#include "widgets/clusterdelegates.h"
#include "widgets/clusterdetailview.h"
#include "widgets/clusterspage.h"
#include "widgets/englishplurals.h"
#include "widgets/entriesview.h"
#include "widgets/filterbar.h"
#include "widgets/mainwindow.h"
#include "widgets/timelinechartview.h"
#include "widgets/translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace gardener;

class TestClustersTable : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    ClustersPage *page() const { return m_window->clustersPage(); }
    QAbstractItemModel *table() const { return page()->clusterTable()->model(); }

    void loadDemo()
    {
        QSignalSpy finished(m_session.get(), &Session::loadFinished);
        m_window->openDemo();
        QVERIFY(finished.wait(60000));
    }

    // Sets a triage view on every cluster, keeping what triage said otherwise.
    void
    setTriage(const std::function<void(const QString &, ClusterTableModel::TriageView &)> &change)
    {
        QHash<QString, ClusterTableModel::TriageView> views;
        const ClusterTableModel *model = page()->clusterModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString fp =
                model->index(r, 0).data(ClusterTableModel::FingerprintRole).toString();
            ClusterTableModel::TriageView v;
            v.priority = model->index(r, 0).data(ClusterTableModel::PriorityRole).toInt();
            change(fp, v);
            views.insert(fp, v);
        }
        page()->clusterModel()->setTriage(views);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_clusterstable"));
        installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        QSettings().clear();
        m_session = std::make_unique<Session>();
        m_window =
            std::make_unique<MainWindow>(m_session.get(), [] { return demo::bundledExport(); });
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->close();
        m_window.reset();
        m_session.reset();
    }

    // English reads "1 cluster", "3 clusters", "2 entries": no "(s)" anywhere.
    void englishPlurals()
    {
        QCOMPARE(EnglishPlurals::resolve(QStringLiteral("%n entry(s) in %n cluster(s)"), 2),
                 QStringLiteral("%n entries in %n clusters"));
        QCOMPARE(EnglishPlurals::resolve(QStringLiteral("%n entry(s)"), 1),
                 QStringLiteral("%n entry"));
        QCOMPARE(EnglishPlurals::resolve(QStringLiteral("%n day(s)"), 3),
                 QStringLiteral("%n days"));
        QCOMPARE(EnglishPlurals::resolve(QStringLiteral("no plural"), 3), QString());
        loadDemo();
        FilterBar *bar = page()->filterBar();
        const int all = table()->rowCount();
        QCOMPARE(bar->countText(), QStringLiteral("%1 clusters").arg(all));
        bar->setText(table()->index(0, ClusterTableModel::NameColumn).data().toString());
        QTRY_VERIFY(table()->rowCount() >= 1);
        if (table()->rowCount() == 1)
            QCOMPARE(bar->countText(), QStringLiteral("1 of %1 clusters").arg(all));
        page()->clusterTable()->selectRow(0);
        QTRY_VERIFY(!page()->entriesView()->findChildren<QLabel *>().isEmpty());
        for (const QLabel *label : m_window->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral("(s)")), qPrintable(label->text()));
    }

    // A click on the GitHub cell (or Enter on it) asks the opener for the issue's address.
    void issueCellOpensTheIssue()
    {
        loadDemo();
        QList<QUrl> opened;
        page()->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QTableView *view = page()->clusterTable();
        const QString fp = table()->index(3, 0).data(ClusterTableModel::FingerprintRole).toString();
        page()->showPostedIssue(fp, 77, QStringLiteral("https://github.com/acme/shop/issues/77"));
        // Sorted by the issue column, the only cluster with an issue comes first.
        view->sortByColumn(ClusterTableModel::IssueColumn, Qt::AscendingOrder);
        const QModelIndex cell = table()->index(0, ClusterTableModel::IssueColumn);
        QCOMPARE(cell.data(ClusterTableModel::FingerprintRole).toString(), fp);
        QCOMPARE(cell.data().toString(), QStringLiteral("#77 · open"));
        view->scrollTo(cell);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
        QCOMPARE(opened,
                 QList<QUrl>{QUrl(QStringLiteral("https://github.com/acme/shop/issues/77"))});
        // Another column's cell opens nothing; Enter on the issue cell opens it again.
        const QModelIndex name = table()->index(0, ClusterTableModel::NameColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(name).center());
        QCOMPARE(opened.size(), 1);
        view->setCurrentIndex(cell);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
        // A row without an issue opens nothing.
        view->setCurrentIndex(table()->index(1, ClusterTableModel::IssueColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
    }

    void mutedClustersAreSetApart()
    {
        loadDemo();
        const int all = table()->rowCount();
        QVERIFY(all >= 5);
        // Mute the two largest clusters.
        page()->clusterTable()->sortByColumn(ClusterTableModel::CountColumn, Qt::DescendingOrder);
        const QStringList muted{
            table()->index(0, 0).data(ClusterTableModel::FingerprintRole).toString(),
            table()->index(1, 0).data(ClusterTableModel::FingerprintRole).toString()};
        setTriage([&muted](const QString &fp, ClusterTableModel::TriageView &v) {
            v.expected = muted.contains(fp);
        });
        QTRY_COMPARE(table()->index(all - 1, 0).data(ClusterTableModel::MutedRole).toBool(), true);
        QVERIFY(table()->index(all - 2, 0).data(ClusterTableModel::MutedRole).toBool());
        QVERIFY(!table()->index(all - 3, 0).data(ClusterTableModel::MutedRole).toBool());
        // Greyed: the delegate paints a muted row's text in the disabled colour.
        QStyleOptionViewItem option;
        option.palette = page()->clusterTable()->palette();
        dimMutedRow(&option, table()->index(all - 1, 0));
        QCOMPARE(option.palette.color(QPalette::Active, QPalette::Text),
                 page()->clusterTable()->palette().color(QPalette::Disabled, QPalette::Text));
        QStyleOptionViewItem plain;
        plain.palette = page()->clusterTable()->palette();
        dimMutedRow(&plain, table()->index(0, 0));
        QCOMPARE(plain.palette.color(QPalette::Active, QPalette::Text),
                 page()->clusterTable()->palette().color(QPalette::Active, QPalette::Text));

        // The count and the toggle.
        QToolButton *toggle = page()->filterBar()->mutedButton();
        QTRY_VERIFY(toggle->isVisible());
        QCOMPARE(toggle->text(), QStringLiteral("Hide 2 muted"));
        toggle->click();
        QTRY_COMPARE(table()->rowCount(), all - 2);
        QCOMPARE(toggle->text(), QStringLiteral("Show 2 muted"));
        QVERIFY(page()->filterBar()->countText().startsWith(
            QStringLiteral("%1 of %2").arg(all - 2).arg(all)));
        toggle->click();
        QTRY_COMPARE(table()->rowCount(), all);
    }

    // Negation, field terms and a clear message for a malformed term, in the filter box.
    void searchSyntaxFiltersTheTable()
    {
        loadDemo();
        const int all = table()->rowCount();
        FilterBar *bar = page()->filterBar();
        int withConnection = 0;
        for (int r = 0; r < all; ++r)
            withConnection += table()
                                  ->index(r, 0)
                                  .data(ClusterTableModel::SearchTextRole)
                                  .toString()
                                  .contains(QStringLiteral("connection"));
        QVERIFY(withConnection > 0 && withConnection < all);
        bar->setText(QStringLiteral("-connection"));
        QCOMPARE(table()->rowCount(), all - withConnection);
        for (int r = 0; r < table()->rowCount(); ++r)
            QVERIFY(!table()
                         ->index(r, 0)
                         .data(ClusterTableModel::SearchTextRole)
                         .toString()
                         .contains(QStringLiteral("connection")));

        bar->setText(QStringLiteral("severity>=ERROR"));
        QVERIFY(table()->rowCount() > 0 && table()->rowCount() < all);
        for (int r = 0; r < table()->rowCount(); ++r)
            QVERIFY(table()->index(r, 0).data(ClusterTableModel::MaxSeverityRole).toInt() >=
                    severityIndex(Severity::Error));
        const int errors = table()->rowCount();

        // A malformed term: said beside the box, and the table keeps the last query that parsed.
        bar->setText(QStringLiteral("severity>=LOUD"));
        QVERIFY2(bar->searchError().contains(QStringLiteral("LOUD")),
                 qPrintable(bar->searchError()));
        QCOMPARE(table()->rowCount(), errors);
        const QString service =
            table()->index(0, 0).data(ClusterTableModel::ServiceNamesRole).toStringList().value(0);
        QVERIFY(!service.isEmpty());
        bar->setText(QStringLiteral("service:") + service.toUpper());
        QVERIFY(bar->searchError().isEmpty());
        for (int r = 0; r < table()->rowCount(); ++r)
            QVERIFY(table()
                        ->index(r, 0)
                        .data(ClusterTableModel::ServiceNamesRole)
                        .toStringList()
                        .contains(service));
        bar->setText(QStringLiteral("-service:") + service);
        for (int r = 0; r < table()->rowCount(); ++r)
            QVERIFY(!table()
                         ->index(r, 0)
                         .data(ClusterTableModel::ServiceNamesRole)
                         .toStringList()
                         .contains(service));
        bar->setText({});
        QCOMPARE(table()->rowCount(), all);
    }

    void savedViewsApplyAndDelete()
    {
        loadDemo();
        const int all = table()->rowCount();
        FilterBar *bar = page()->filterBar();
        bar->setText(QStringLiteral("-connection"));
        bar->setMinimumSeverity(severityIndex(Severity::Warning));
        const int filtered = table()->rowCount();
        QVERIFY(filtered < all);
        QCOMPARE(bar->currentQuery(), QStringLiteral("-connection severity>=WARNING"));
        QCOMPARE(bar->saveView(QStringLiteral("Warnings, no pool")), QString());
        QVERIFY(!bar->saveView(QString()).isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("clustersPage/views/1/query")).toString(),
                 QStringLiteral("-connection severity>=WARNING"));

        bar->clear();
        bar->setText({});
        QCOMPARE(table()->rowCount(), all);
        // The menu lists the view; choosing it applies the query.
        bar->viewsMenu()->popup(QPoint(0, 0));
        QAction *apply = nullptr;
        for (QAction *a : bar->viewsMenu()->actions())
            if (a->text() == QStringLiteral("Warnings, no pool"))
                apply = a;
        QVERIFY(apply);
        apply->trigger();
        bar->viewsMenu()->hide();
        QCOMPARE(table()->rowCount(), filtered);
        QCOMPARE(bar->text(), QStringLiteral("-connection severity>=WARNING"));
        QVERIFY(bar->deleteView(QStringLiteral("Warnings, no pool")));
        QVERIFY(bar->viewNames().isEmpty());
    }

    // A dragged range and a minimum severity change the counts, sparklines and details; the
    // chart zooms to the range and Reset zoom (or Esc) shows everything again.
    void countsFollowTheFilters()
    {
        loadDemo();
        auto *chart = page()->chartView();
        QTRY_VERIFY(chart->seriesCount() > 0);
        const auto held = m_session->store();
        QVERIFY(held);
        const LogStore &log = *held;
        const LogStore *store = &log;
        const auto &set = m_session->clusters();
        // The middle third of the demo's time range.
        qint64 first = std::numeric_limits<qint64>::max(), last = 0;
        for (size_t i = 0; i < store->size(); ++i) {
            first = qMin(first, store->timestampNs(i));
            last = qMax(last, store->timestampNs(i));
        }
        const qint64 fromMs = (first + (last - first) / 3) / 1'000'000;
        const qint64 toMs = (first + 2 * (last - first) / 3) / 1'000'000;
        QSignalSpy ready(page()->filteredCountsJob(), &FilteredCountsJob::ready);
        page()->setTimeRange(fromMs, toMs);
        QVERIFY(ready.wait(10000));
        QVERIFY(page()->clusterModel()->hasFilteredCounts());

        // Every row reads "n of total" with n the entries of that cluster inside the range.
        QHash<quint32, quint64> expected;
        quint64 inRange = 0;
        for (size_t i = 0; i < store->size(); ++i) {
            const qint64 t = store->timestampNs(i);
            if (t >= fromMs * 1'000'000 && t < toMs * 1'000'000) {
                ++expected[set.clusterOfEntry(i)];
                ++inRange;
            }
        }
        QVERIFY(inRange > 0 && inRange < store->size());
        QCOMPARE(table()->rowCount(), expected.size());
        for (int r = 0; r < table()->rowCount(); ++r) {
            const QModelIndex count = table()->index(r, ClusterTableModel::CountColumn);
            const quint32 ci = quint32(count.data(ClusterTableModel::ClusterIndexRole).toInt());
            const quint64 total = set.clusters()[ci].count;
            QCOMPARE(count.data(ClusterTableModel::SortRole).toULongLong(), expected.value(ci));
            QCOMPARE(count.data().toString(),
                     QStringLiteral("%1 of %2")
                         .arg(QLocale().toString(expected.value(ci)), QLocale().toString(total)));
            quint64 sparkline = 0;
            for (quint32 b : count.data(ClusterTableModel::BucketsRole).value<QList<quint32>>())
                sparkline += b;
            QCOMPARE(sparkline, expected.value(ci));
        }
        QVERIFY2(
            page()->filterBar()->countText().contains(
                QStringLiteral("%1 of %2 entries")
                    .arg(QLocale().toString(inRange), QLocale().toString(quint64(store->size())))),
            qPrintable(page()->filterBar()->countText()));
        // The details say it too.
        page()->clusterTable()->selectRow(0);
        QTRY_VERIFY(page()->detailView()->filterStatistics().contains(QStringLiteral(" of ")));
        QVERIFY(page()->detailView()->plainText().contains(
            page()->detailView()->filterStatistics().left(20)));

        // The chart is zoomed to the range, with a way back.
        QCOMPARE(chart->visibleRange(), qMakePair(fromMs, toMs));
        QVERIFY(chart->resetZoomButton()->isVisible());

        // A minimum severity narrows the counts further.
        const int rowsInRange = table()->rowCount();
        page()->filterBar()->setMinimumSeverity(severityIndex(Severity::Error));
        QVERIFY(ready.wait(10000));
        quint64 errors = 0;
        for (size_t i = 0; i < store->size(); ++i) {
            const qint64 t = store->timestampNs(i);
            errors += t >= fromMs * 1'000'000 && t < toMs * 1'000'000 &&
                      store->severity(i) >= Severity::Error;
        }
        quint64 shown = 0;
        for (int r = 0; r < table()->rowCount(); ++r)
            shown += table()
                         ->index(r, ClusterTableModel::CountColumn)
                         .data(ClusterTableModel::SortRole)
                         .toULongLong();
        QCOMPARE(shown, errors);
        QVERIFY(table()->rowCount() < rowsInRange);

        // Reset zoom: all times again, whole counts only for the severity; Esc from the chart too.
        QTest::mouseClick(chart->resetZoomButton(), Qt::LeftButton);
        QCOMPARE(page()->filterBar()->fromMs(), 0);
        QVERIFY(!chart->isZoomed());
        QVERIFY(ready.wait(10000));
        page()->filterBar()->setMinimumSeverity(0);
        QVERIFY(ready.wait(10000));
        QVERIFY(!page()->clusterModel()->hasFilteredCounts());
        QCOMPARE(table()->rowCount(), int(set.clusters().size()));
        QVERIFY(!page()->filterBar()->countText().contains(QStringLiteral("entries")));
        page()->setTimeRange(fromMs, toMs);
        QVERIFY(chart->isZoomed());
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Escape);
        QVERIFY(!chart->isZoomed());
        QCOMPARE(page()->filterBar()->toMs(), 0);
        // Esc in the table too.
        page()->setTimeRange(fromMs, toMs);
        page()->clusterTable()->setFocus();
        QTest::keyClick(page()->clusterTable(), Qt::Key_Escape);
        QVERIFY(!chart->isZoomed());
        QCOMPARE(page()->filterBar()->toMs(), 0);
    }
};

QTEST_MAIN(TestClustersTable)
#include "tst_clusterstable.moc"
