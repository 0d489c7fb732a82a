#include "core/models/worklogbrowsermodel.h"
#include "core/worklog/worklogwriter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

namespace {

// A worklog as people write them by hand: emoji in the heading read back as cp1252 mojibake.
QString handWrittenWorklog()
{
    return QStringLiteral(
        "# Worklog - Billing API 2026-03-02\n\n"
        "**Generated:** 2026-03-02T08:15:00Z\n"
        "**Service:** billing-api\n\n"
        "## Issue Clusters\n\n"
        "### \u00f0\u0178\u0161\u00a8 Cluster 1: Invoice Render Failures\n"
        "**Severity:** ERROR | **Priority:** P1 | **Frequency:** 12+ occurrences\n\n"
        "**Sample Log:**\n"
        "```json\n"
        "{\"severity\": \"ERROR\", \"jsonPayload\": {\"message\": \"PDF renderer gave up on "
        "invoice 881\"}}\n"
        "```\n\n"
        "### Cluster 2: Slow Ledger Queries\n"
        "**Severity:** WARNING | **Priority:** P3 | **Count:** 4 occurrences\n");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

worklog::WorklogData generatedWorklog()
{
    worklog::WorklogData d;
    d.title = QStringLiteral("Worklog - orders");
    d.generated = QDateTime(QDate(2026, 4, 10), QTime(12, 30), Qt::UTC);
    d.service = QStringLiteral("orders");
    d.entriesAnalysed = 5000;
    worklog::WorklogCluster c;
    c.title = QStringLiteral("Stock reservation timeouts");
    c.severity = QStringLiteral("ERROR");
    c.priority = QStringLiteral("P2");
    c.count = 37;
    d.clusters.append(c);
    return d;
}

} // namespace

class TestWorklogBrowserModel : public QObject
{
    Q_OBJECT
private slots:
    void listsNewestFirst();
    void emptyAndMissingFolders();
};

void TestWorklogBrowserModel::listsNewestFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    worklog::WorklogWriterOptions identity;
    identity.redact = [](const QString &s) { return s; };
    auto written = worklog::WorklogWriter::write(generatedWorklog(), dir.path(), identity);
    QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().toString()));
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("billing-notes.md")), handWrittenWorklog().toUtf8()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("ignored.txt")), "not a worklog"));
    QVERIFY(dir.filePath(QStringLiteral("sub")).size() > 0);
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("sub/nested.md")), handWrittenWorklog().toUtf8()));

    WorklogBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(dir.path());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(WorklogBrowserModel::Count));

    // The generated one (April) is newer than the hand-written one (March).
    const auto *first = model.worklog(0);
    const auto *second = model.worklog(1);
    QVERIFY(first && second);
    QCOMPARE(first->path, QFileInfo(*written).absoluteFilePath());
    QCOMPARE(first->data.service, QStringLiteral("orders"));
    QCOMPARE(first->data.clusters.size(), 1);
    QCOMPARE(first->data.clusters[0].count, 37);

    QVERIFY(second->path.endsWith(QStringLiteral("billing-notes.md")));
    QCOMPARE(second->data.clusters.size(), 2);
    QCOMPARE(second->data.clusters[0].title, QStringLiteral("Invoice Render Failures"));
    QCOMPARE(second->data.clusters[0].count, 12);
    QVERIFY(second->data.clusters[0].countLowerBound);
    QVERIFY(second->data.mojibakeRepairs > 0);

    QCOMPARE(model.index(0, WorklogBrowserModel::Clusters).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(1, WorklogBrowserModel::Clusters)
                 .data(WorklogBrowserModel::SortRole)
                 .toLongLong(),
             2);
    QVERIFY(model.index(0, WorklogBrowserModel::Generated)
                .data(WorklogBrowserModel::SortRole)
                .toDateTime() > model.index(1, WorklogBrowserModel::Generated)
                                    .data(WorklogBrowserModel::SortRole)
                                    .toDateTime());
    QCOMPARE(model.index(1, WorklogBrowserModel::File).data().toString(),
             QStringLiteral("billing-notes.md"));
    QCOMPARE(model.rowOf(second->path), 1);
    QCOMPARE(model.worklog(2), nullptr);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);

    // A new worklog appears after a refresh.
    auto newer = generatedWorklog();
    newer.generated = newer.generated.addDays(30);
    newer.service = QStringLiteral("orders-v2");
    QVERIFY(worklog::WorklogWriter::write(newer, dir.path(), identity).has_value());
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.worklog(0)->data.service, QStringLiteral("orders-v2"));
}

void TestWorklogBrowserModel::emptyAndMissingFolders()
{
    WorklogBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(QStringLiteral("/nonexistent/folder/for/worklogs"));
    QCOMPARE(model.rowCount(), 0);
    model.setFolder(QString());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestWorklogBrowserModel)
#include "tst_worklogbrowsermodel.moc"
