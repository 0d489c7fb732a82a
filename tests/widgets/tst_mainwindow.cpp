// The desktop window end to end, offscreen: demo data into the clusters table, sorting,
// filtering, selecting a cluster (details, entries, chart), opening an entry, choosing a time
// range on the chart, merging from the menu, remembered layout, and cancelling a long load.
#include "core/demo/bundleddemo.h"
#include "core/demo/demogenerator.h"
#include "core/models/clusterfilterproxy.h"
#include "core/models/clustertablemodel.h"
#include "core/models/entrytablemodel.h"
#include "core/models/timelinemodel.h"
#include "core/session/session.h"
#include "tests/common/testpaths.h"
#include "widgets/clusterdetailview.h"
#include "widgets/clusterspage.h"
#include "widgets/entriesview.h"
#include "widgets/entrydialog.h"
#include "widgets/filterbar.h"
#include "widgets/loadingbar.h"
#include "widgets/mainwindow.h"
#include "widgets/startpage.h"
#include "widgets/timelinechartview.h"
#include "widgets/translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

namespace {

QAction *findAction(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
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

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // English as the app shows it: its plural forms ("3 entries") come from a translator.
        installTranslations(qApp, QLocale(QLocale::English));
    }

    void init()
    {
        QSettings().clear(); // each test starts from default layout and no recent files
        m_session = std::make_unique<Session>();
        m_window =
            std::make_unique<MainWindow>(m_session.get(), [] { return demo::bundledExport(); });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->close();
        m_window.reset();
        m_session.reset();
    }

    void startsOnTheStartPage()
    {
        auto *stack = m_window->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), m_window->startPage());
        QVERIFY(m_window->startPage()->findChild<QPushButton *>(QStringLiteral("demoButton")));
    }

    void demoDataFillsTheTable()
    {
        loadDemo();
        QCOMPARE(m_session->state(), Session::State::Ready);
        const auto &set = m_session->clusters();
        QVERIFY(set.clusters().size() >= 5);
        QCOMPARE(table()->rowCount(), int(set.clusters().size()));
        // Default order: most urgent first, the largest cluster first within a priority.
        QString previousPriority;
        quint64 previous = std::numeric_limits<quint64>::max();
        for (int r = 0; r < table()->rowCount(); ++r) {
            const QString priority =
                table()->index(r, ClusterTableModel::PriorityColumn).data().toString();
            const quint64 count = table()
                                      ->index(r, ClusterTableModel::CountColumn)
                                      .data(ClusterTableModel::SortRole)
                                      .toULongLong();
            QVERIFY2(previousPriority <= priority,
                     qPrintable(previousPriority + QStringLiteral(" before ") + priority));
            if (priority == previousPriority)
                QVERIFY(count <= previous);
            previousPriority = priority;
            previous = count;
        }
        // The demo's connection pool problem is one of the clusters.
        bool pool = false;
        for (int r = 0; r < table()->rowCount() && !pool; ++r)
            pool = table()
                       ->index(r, 0)
                       .data(ClusterTableModel::SearchTextRole)
                       .toString()
                       .contains(QStringLiteral("connection pool"));
        QVERIFY(pool);
        QVERIFY(page()->timelineModel()->rowCount() > 0 ||
                QTest::qWaitFor([this] { return page()->timelineModel()->rowCount() > 0; }, 10000));
        QVERIFY(page()->chartView()->seriesCount() > 0);
        QVERIFY(page()->chartView()->bucketToolTip(0).contains(QStringLiteral("Total")));
    }

    void sortsByClickingAHeader()
    {
        loadDemo();
        auto *header = page()->clusterTable()->horizontalHeader();
        const int x = header->sectionViewportPosition(ClusterTableModel::NameColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(ClusterTableModel::NameColumn));
        QStringList names;
        for (int r = 0; r < table()->rowCount(); ++r)
            names << table()
                         ->index(r, ClusterTableModel::NameColumn)
                         .data(ClusterTableModel::SortRole)
                         .toString();
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        if (header->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
    }

    void filtersBySeverityAndText()
    {
        loadDemo();
        const int all = table()->rowCount();
        page()->filterBar()->setMinimumSeverity(severityIndex(Severity::Error));
        QVERIFY(table()->rowCount() < all);
        QVERIFY(table()->rowCount() > 0);
        for (int r = 0; r < table()->rowCount(); ++r) {
            const auto counts = table()
                                    ->index(r, 0)
                                    .data(ClusterTableModel::SeverityCountsRole)
                                    .value<QList<quint64>>();
            quint64 severe = 0;
            for (int s = severityIndex(Severity::Error); s < counts.size(); ++s)
                severe += counts.at(s);
            QVERIFY(severe > 0);
        }
        page()->filterBar()->setMinimumSeverity(0);
        QCOMPARE(table()->rowCount(), all);

        page()->filterBar()->setText(QStringLiteral("redis"));
        QTRY_VERIFY(table()->rowCount() > 0);
        QVERIFY(table()->rowCount() < all);
        page()->filterBar()->setText(QStringLiteral("no such words anywhere"));
        QCOMPARE(table()->rowCount(), 0);
        page()->filterBar()->setText({});
        QCOMPARE(table()->rowCount(), all);
    }

    void selectingAClusterShowsDetailsAndEntries()
    {
        loadDemo();
        const QModelIndex first = table()->index(0, ClusterTableModel::NameColumn);
        const QString fp = first.data(ClusterTableModel::FingerprintRole).toString();
        const quint64 count = table()
                                  ->index(0, ClusterTableModel::CountColumn)
                                  .data(ClusterTableModel::SortRole)
                                  .toULongLong();
        page()->clusterTable()->setFocus();
        page()->clusterTable()->selectRow(0);
        QCOMPARE(page()->detailView()->fingerprint(), fp);
        QVERIFY(page()->detailView()->plainText().contains(first.data().toString()));
        QVERIFY(page()->detailView()->plainText().contains(QStringLiteral("Sample entries")));
        QTRY_COMPARE(quint64(page()->entriesView()->model()->rowCount()), count);
        QVERIFY(page()->chartView()->bucketToolTip(0).contains(QStringLiteral("Total")));
        quint64 charted = 0;
        for (int r = 0; r < page()->timelineModel()->rowCount(); ++r)
            charted += page()
                           ->timelineModel()
                           ->index(r, 0)
                           .data(TimelineModel::RowTotalRole)
                           .toULongLong();
        QCOMPARE(charted, count);

        // Keyboard: Down moves to the next cluster.
        QTest::keyClick(page()->clusterTable(), Qt::Key_Down);
        QCOMPARE(page()->detailView()->fingerprint(),
                 table()->index(1, 0).data(ClusterTableModel::FingerprintRole).toString());

        // An entry opens in full, as formatted JSON.
        auto *entries = page()->entriesView();
        QTRY_VERIFY(entries->model()->rowCount() > 0);
        page()->tabs()->setCurrentIndex(1);
        entries->table()->setFocus();
        entries->table()->selectRow(0);
        QTest::keyClick(entries->table(), Qt::Key_Return);
        auto *dialog = m_window->findChild<EntryDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->formattedJson().contains(QStringLiteral("\"insertId\"")));
        QVERIFY(
            dialog->summaryLines().join(QLatin1Char('\n')).contains(QStringLiteral("Resource")));
        // Long unbroken values (instance ids) scroll in their field instead of widening the
        // dialog past a laptop screen.
        QVERIFY2(dialog->minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(dialog->minimumSizeHint().width())));
        QVERIFY(dialog->width() <= dialog->screen()->availableGeometry().width());
        dialog->close();
    }

    void chartDragFiltersByTime()
    {
        loadDemo();
        const int all = table()->rowCount();
        auto *chart = page()->chartView();
        QTRY_VERIFY(chart->seriesCount() > 0);
        QSignalSpy picked(chart, &TimelineChartView::timeRangeSelected);
        const QRectF plot = chart->chart()->plotArea();
        const QPoint a(int(plot.left() + plot.width() * 0.40), int(plot.center().y()));
        const QPoint b(int(plot.left() + plot.width() * 0.45), int(plot.center().y()));
        QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, a);
        QMouseEvent move(QEvent::MouseMove, b, chart->viewport()->mapToGlobal(b), Qt::NoButton,
                         Qt::LeftButton, {});
        QApplication::sendEvent(chart->viewport(), &move);
        QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, b);
        QCOMPARE(picked.count(), 1);
        const qint64 from = picked.last().at(0).toLongLong();
        const qint64 to = picked.last().at(1).toLongLong();
        QVERIFY(to > from);
        QCOMPARE(page()->clusterProxy()->timeFromNs(), from * 1'000'000);
        QVERIFY(table()->rowCount() <= all);
        for (int r = 0; r < table()->rowCount(); ++r) {
            QVERIFY(table()->index(r, 0).data(ClusterTableModel::FirstSeenRole).toLongLong() <
                    to * 1'000'000);
            QVERIFY(table()->index(r, 0).data(ClusterTableModel::LastSeenRole).toLongLong() >=
                    from * 1'000'000);
        }
        // A click without dragging clears the range.
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, a);
        QCOMPARE(page()->clusterProxy()->timeToNs(), 0);
        QCOMPARE(table()->rowCount(), all);
    }

    void mergesFromTheMenu()
    {
        loadDemo();
        const int before = table()->rowCount();
        QAction *merge = findAction(m_window.get(), QStringLiteral("mergeAction"));
        QVERIFY(merge);
        page()->clusterTable()->selectRow(0);
        QVERIFY(!merge->isEnabled());
        auto *selection = page()->clusterTable()->selectionModel();
        selection->select(table()->index(1, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(merge->isEnabled());
        const quint64 merged = table()
                                   ->index(0, ClusterTableModel::CountColumn)
                                   .data(ClusterTableModel::SortRole)
                                   .toULongLong() +
                               table()
                                   ->index(1, ClusterTableModel::CountColumn)
                                   .data(ClusterTableModel::SortRole)
                                   .toULongLong();
        QSignalSpy changed(m_session.get(), &Session::clustersChanged);
        merge->trigger();
        QVERIFY(changed.wait(30000));
        QCOMPARE(table()->rowCount(), before - 1);
        // The merged cluster is selected and holds the entries of both.
        QTRY_VERIFY(!page()->detailView()->fingerprint().isEmpty());
        const int ci = m_session->clusters().clusterIndex(page()->detailView()->fingerprint());
        QVERIFY(ci >= 0);
        QCOMPARE(m_session->clusters().clusters()[size_t(ci)].count, merged);
        QVERIFY(page()->detailView()->plainText().contains(QStringLiteral("shaped by your merge")));
    }

    // With a filter active the merged cluster may land on the row another cluster had: the
    // details must follow the selection, and the status must say the merge is done.
    void mergeWithAFilterShowsTheMergedCluster()
    {
        loadDemo();
        page()->filterBar()->setText(QStringLiteral("redis"));
        QTRY_VERIFY(table()->rowCount() >= 2);
        page()->clusterTable()->selectRow(0);
        page()->clusterTable()->selectionModel()->select(
            table()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy changed(m_session.get(), &Session::clustersChanged);
        findAction(m_window.get(), QStringLiteral("mergeAction"))->trigger();
        QVERIFY(changed.wait(30000));
        const QStringList selected = page()->selectedFingerprints();
        QCOMPARE(selected.size(), 1);
        QTRY_COMPARE(page()->detailView()->fingerprint(), selected.first());
        const int ci = m_session->clusters().clusterIndex(selected.first());
        QVERIFY(ci >= 0);
        QCOMPARE(m_session->clusters().clusters()[size_t(ci)].templates.size() >= 2, true);
        QVERIFY2(!m_window->statusBar()->currentMessage().contains(QStringLiteral("Merging")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void copiesSelectedClustersAsMarkdown()
    {
        loadDemo();
        page()->clusterTable()->selectRow(0);
        page()->clusterTable()->selectionModel()->select(
            table()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        findAction(m_window.get(), QStringLiteral("copyMarkdownAction"))->trigger();
        const QStringList lines =
            QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, rule, two clusters
        QVERIFY(lines.at(0).contains(QStringLiteral("| Issue |")));
        QVERIFY(!lines.at(0).contains(QStringLiteral("Timeline")));
        const QString count = table()->index(2, ClusterTableModel::CountColumn).data().toString();
        QVERIFY2(lines.at(3).contains(QStringLiteral("| %1 |").arg(count)),
                 qPrintable(lines.at(3)));
    }

    void remembersColumnLayoutAndRecentFiles()
    {
        QSignalSpy finished(m_session.get(), &Session::loadFinished);
        const QString small = test::dataPath(QStringLiteral("app/small-export.jsonl"));
        m_window->openFiles({small});
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_window->recentFiles().value(0), QFileInfo(small).absoluteFilePath());
        auto *header = page()->clusterTable()->horizontalHeader();
        header->moveSection(header->visualIndex(ClusterTableModel::CountColumn), 0);
        header->resizeSection(ClusterTableModel::ServicesColumn, 123);
        m_window->close(); // saves

        Session other;
        MainWindow again(&other);
        auto *h2 = again.clustersPage()->clusterTable()->horizontalHeader();
        QCOMPARE(h2->visualIndex(ClusterTableModel::CountColumn), 0);
        QCOMPARE(again.recentFiles().value(0), QFileInfo(small).absoluteFilePath());
    }

    // Messages about events pass; the summary of what is loaded stays and shows again.
    void statusMessagesPassAndTheLoadSummaryStays()
    {
        m_window->openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLoading() && m_session->store(), 30000);
        QTRY_VERIFY(m_window->loadSummary().contains(QStringLiteral("entries in")));
        m_window->setStatusTimeout(200);
        Q_EMIT m_window->clustersPage()->statusMessage(QStringLiteral("Copied a link"));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Copied a link"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().isEmpty(), 3000);
        QVERIFY(m_window->loadSummary().contains(QStringLiteral("entries in")));
        m_window->setStatusTimeout(15000);
    }

    void cancelsALongLoad()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.jsonl"));
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        demo::DemoOptions options;
        options.count = 150'000;
        options.start = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        options.format = demo::DemoFormat::JsonLines;
        QVERIFY(demo::writeDemo(out, options).has_value());
        out.close();

        QSignalSpy progress(m_session.get(), &Session::progress);
        QSignalSpy cancelled(m_session.get(), &Session::loadCancelled);
        QSignalSpy finished(m_session.get(), &Session::loadFinished);
        m_window->openFiles({big});
        QVERIFY(m_window->loadingBar()->isVisible());
        QVERIFY(progress.wait(30000));
        QTRY_VERIFY(m_window->loadingBar()->text().contains(QStringLiteral("entries")));
        auto *cancel =
            m_window->loadingBar()->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!m_window->loadingBar()->isVisible());
        QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->startPage());
        QVERIFY(!finished.wait(1000));
        QCOMPARE(table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
