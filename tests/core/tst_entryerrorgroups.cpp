// The entries table's Error Reporting column: errorGroups[0].id of each entry, with the group's
// console page; empty for entries Error Reporting does not group.
#include "core/logs/logstore.h"
#include "core/models/entrytablemodel.h"
#include "tests/common/cloudrunentries.h"

#include <QTest>

using namespace gardener;
using namespace gardener::test;

class TestEntryErrorGroups : public QObject
{
    Q_OBJECT
private slots:
    void columnShowsTheGroupAndLinksToIt()
    {
        CloudRunLog log;
        CloudRunEntry e;
        e.time = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        e.revision = QStringLiteral("api-00645-xq");
        e.message = QStringLiteral("Traceback (most recent call last): KeyError");
        e.errorGroup = QStringLiteral("CPWx1dHXvb2ZJg");
        log.add(e);
        e.message = QStringLiteral("slow request");
        e.errorGroup.clear();
        log.add(e);
        auto store = log.readStore();
        QVERIFY(store);
        EntryTableModel model;
        model.setEntries(store);
        QCOMPARE(model.columnCount(), int(EntryTableModel::ColumnCount));
        QCOMPARE(model.headerData(EntryTableModel::ErrorGroupColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Error Reporting"));
        QCOMPARE(model.index(0, EntryTableModel::ErrorGroupColumn).data().toString(),
                 QStringLiteral("CPWx1dHXvb2ZJg"));
        QCOMPARE(
            model.index(0, EntryTableModel::ErrorGroupColumn)
                .data(EntryTableModel::ErrorGroupUrlRole)
                .toString(),
            QStringLiteral(
                "https://console.cloud.google.com/errors/detail/CPWx1dHXvb2ZJg?project=shop-prod"));
        QVERIFY(model.index(0, EntryTableModel::ErrorGroupColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("CPWx1dHXvb2ZJg")));
        QVERIFY(model.index(1, EntryTableModel::ErrorGroupColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, EntryTableModel::ErrorGroupColumn)
                     .data(EntryTableModel::ErrorGroupUrlRole)
                     .isValid());
    }
};

QTEST_MAIN(TestEntryErrorGroups)
#include "tst_entryerrorgroups.moc"
