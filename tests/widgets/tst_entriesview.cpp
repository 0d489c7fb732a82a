// The entries view takes a long selection a page of rows per event (EntryTableModel::fetchMore):
// the table never takes more than a page at once, yet reaches every row, and selecting a row of a
// later page still opens that row's entry.
#include "core/logs/logstore.h"
#include "core/models/entrytablemodel.h"
#include "widgets/entriesview.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace gardener;

namespace {

constexpr int kPage = 100;

std::shared_ptr<LogStore> makeStore(int n)
{
    auto store = std::make_shared<LogStore>();
    for (int i = 0; i < n; ++i) {
        const std::string message = "request " + std::to_string(i) + " done";
        EntryFields f;
        f.timestampNs = 1'700'000'000'000'000'000LL + qint64(i) * 1'000'000'000LL;
        f.severity = Severity::Info;
        f.service = "api";
        f.message = message;
        store->append(f);
    }
    return store;
}

// The largest number of rows the table was handed in one go: by a reset or by one insertion.
class LargestStep
{
public:
    explicit LargestStep(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::modelReset, &m_context,
                         [this, model] { m_largest = std::max(m_largest, model->rowCount()); });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, &m_context,
                         [this](const QModelIndex &, int first, int last) {
                             m_largest = std::max(m_largest, last - first + 1);
                         });
    }
    int largest() const { return m_largest; }

private:
    QObject m_context;
    int m_largest = 0;
};

} // namespace

class TestEntriesView : public QObject
{
    Q_OBJECT
private slots:
    void rowsArriveAPageAtATime()
    {
        EntriesView view;
        view.model()->setPageRows(kPage);
        view.resize(800, 400);
        view.show();
        LargestStep steps(view.model());
        view.setEntries(makeStore(1050), {}, QStringLiteral("1,050 entries"));
        QCOMPARE(view.model()->rowCount(), kPage);
        QCOMPARE(view.model()->totalRows(), 1050);
        // The first pages arrive on their own, one per event; then no more without scrolling.
        const int filled = EntriesView::FilledPages * kPage;
        QTRY_COMPARE(view.model()->rowCount(), filled);
        QSignalSpy inserted(view.model(), &QAbstractItemModel::rowsInserted);
        QVERIFY(!inserted.wait(100));
        QCOMPARE(view.model()->rowCount(), filled);
        // The caption says the table holds part of the selection, and how to see the rest.
        QVERIFY2(view.caption().startsWith(QStringLiteral("1,050 entries · the first 400 shown")),
                 qPrintable(view.caption()));
        // Scrolled to its end, the table takes the next page; so on to the last row.
        for (int i = 0; i < 20 && view.model()->canFetchMore({}); ++i)
            view.table()->scrollToBottom();
        QCOMPARE(view.model()->rowCount(), 1050);
        QCOMPARE(view.caption(), QStringLiteral("1,050 entries"));
        QCOMPARE(steps.largest(), kPage);
        QCOMPARE(view.model()->index(1049, EntryTableModel::MessageColumn).data().toString(),
                 QStringLiteral("request 1049 done"));
    }

    void rowOfALaterPageOpensItsEntry()
    {
        EntriesView view;
        view.model()->setPageRows(kPage);
        view.show();
        std::vector<quint32> rows;
        for (quint32 e = 0; e < 1000; e += 3)
            rows.push_back(e);
        view.setEntries(makeStore(1000), std::make_shared<const std::vector<quint32>>(rows),
                        QStringLiteral("every third entry"));
        QTRY_COMPARE(view.model()->rowCount(), int(rows.size()));
        QSignalSpy requested(&view, &EntriesView::entryRequested);
        view.table()->setFocus();
        view.table()->selectRow(250);
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.last().at(0).toULongLong(), qulonglong(750));
    }

    // A new selection while the previous one is still arriving: only the new rows, all of them.
    void newSelectionReplacesTheOneArriving()
    {
        EntriesView view;
        view.model()->setPageRows(kPage);
        LargestStep steps(view.model());
        auto store = makeStore(2000);
        view.setEntries(store, {}, QStringLiteral("all"));
        QCOMPARE(view.model()->rowCount(), kPage);
        std::vector<quint32> rows;
        for (quint32 e = 1000; e < 1250; ++e)
            rows.push_back(e);
        view.setEntries(store, std::make_shared<const std::vector<quint32>>(rows),
                        QStringLiteral("some"));
        QTRY_COMPARE(view.model()->rowCount(), 250);
        QSignalSpy inserted(view.model(), &QAbstractItemModel::rowsInserted);
        QVERIFY(!inserted.wait(100)); // nothing of the first selection arrives afterwards
        QCOMPARE(view.model()->rowCount(), 250);
        QCOMPARE(view.model()->totalRows(), 250);
        QCOMPARE(view.model()->entryIndex(249), 1249);
        QCOMPARE(steps.largest(), kPage);
        QCOMPARE(view.caption(), QStringLiteral("some"));
    }
};

QTEST_MAIN(TestEntriesView)
#include "tst_entriesview.moc"
