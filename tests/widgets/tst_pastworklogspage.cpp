#include "core/history/historystore.h"
#include "core/models/worklogbrowsermodel.h"
#include "core/pipeline/worklogjob.h"
#include "core/worklog/worklogwriter.h"
#include "tests/common/testpaths.h"
#include "widgets/worklogs/pastworklogspage.h"

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace gardener;

namespace {

worklog::WorklogData makeWorklog(int day, const QString &service, const QString &clusterTitle,
                                 qint64 count, bool lowerBound)
{
    worklog::WorklogData d;
    d.title = QStringLiteral("Worklog - %1").arg(service);
    d.generated = QDateTime(QDate(2026, 6, day), QTime(9, 0), Qt::UTC);
    d.service = service;
    d.entriesAnalysed = 1200;
    worklog::WorklogCluster c;
    c.title = clusterTitle;
    c.severity = QStringLiteral("ERROR");
    c.priority = QStringLiteral("P2");
    c.category = QStringLiteral("GCP-regression");
    c.count = count;
    c.countLowerBound = lowerBound;
    worklog::WorklogSample s;
    s.message = QStringLiteral("payment gateway answered 502 for order 4411");
    s.text = QStringLiteral("{\"severity\": \"ERROR\", \"jsonPayload\": {\"message\": \"%1\"}}")
                 .arg(s.message);
    s.severity = QStringLiteral("ERROR");
    c.samples.append(s);
    d.clusters.append(c);
    return d;
}

} // namespace

class TestPastWorklogsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsSelectsAndImports();
    void rendersRepairedText();
    void folderCanBeTyped();
    void unknownCountsAreNotZero();
    void importAfterThePageIsGoneStillRecordsAndTellsNoOne();
};

void TestPastWorklogsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keeps QSettings out of the user's real config
    QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pastworklogspage"));
}

void TestPastWorklogsPage::listsSelectsAndImports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    worklog::WorklogWriterOptions identity;
    identity.redact = [](const QString &s) { return s; };
    auto older = worklog::WorklogWriter::write(
        makeWorklog(3, QStringLiteral("payments"), QStringLiteral("Gateway 502 answers"), 8, false),
        dir.path(), identity);
    auto newer =
        worklog::WorklogWriter::write(makeWorklog(20, QStringLiteral("payments-eu"),
                                                  QStringLiteral("Gateway 502 answers"), 40, true),
                                      dir.path(), identity);
    QVERIFY(older && newer);

    QTemporaryDir historyDir;
    history::HistoryStore store;
    QVERIFY(store.open(historyDir.filePath(QStringLiteral("history.sqlite"))).has_value());

    pipeline::WorklogJob job(pipeline::WorklogJob::pathOf(store));
    PastWorklogsPage page(dir.path(), &job);
    page.setFolder(dir.path()); // a folder remembered by an earlier test run must not win
    page.show();

    // Newest first, in the view (through the sort proxy).
    QTableView *list = page.worklogView();
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, WorklogBrowserModel::Service).data().toString(),
             QStringLiteral("payments-eu"));
    QCOMPARE(list->model()->index(1, WorklogBrowserModel::Service).data().toString(),
             QStringLiteral("payments"));

    // The newest is selected at start; its clusters and Markdown are shown.
    QTRY_COMPARE(page.selectedPath(), QFileInfo(*newer).absoluteFilePath());
    QAbstractItemModel *clusters = page.clusterView()->model();
    QCOMPARE(clusters->rowCount(), 1);
    QCOMPARE(clusters->index(0, 0).data().toString(), QStringLiteral("Gateway 502 answers"));
    QCOMPARE(clusters->index(0, 3).data().toString(), QStringLiteral("40+"));
    QCOMPARE(clusters->index(0, 2).data().toString(), QStringLiteral("P2"));

    // Compared with the older worklog: the same cluster, 40+ here against 8 before.
    QAbstractItemModel *compare = page.compareView()->model();
    QCOMPARE(compare->rowCount(), 1);
    QCOMPARE(compare->index(0, 1).data().toString(), QStringLiteral("40+"));
    QCOMPARE(compare->index(0, 2).data().toString(), QStringLiteral("8"));
    QCOMPARE(compare->index(0, 3).data().toString(), QStringLiteral("+32"));

    // Select the older one: the details follow.
    QSignalSpy selected(&page, &PastWorklogsPage::worklogSelected);
    list->selectRow(1);
    QTRY_COMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), QFileInfo(*older).absoluteFilePath());
    QCOMPARE(clusters->index(0, 3).data().toString(), QStringLiteral("8"));
    // The oldest has nothing before it.
    QCOMPARE(compare->rowCount(), 1);
    QCOMPARE(compare->index(0, 2).data().toString(), QString());

    QTextDocument *doc = page.markdownView()->document();
    QTRY_VERIFY(!doc->isEmpty()); // read on a worker thread
    bool heading = false;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        heading = heading || b.blockFormat().headingLevel() > 0;
    QVERIFY2(heading, "the rendered Markdown holds no heading");
    QVERIFY(doc->toPlainText().contains(QStringLiteral("Gateway 502 answers")));

    // Import adds a run to history; importing again does not.
    const auto before = store.runs();
    QVERIFY(before.has_value());
    QSignalSpy imported(&page, &PastWorklogsPage::imported);
    QSignalSpy finished(&page, &PastWorklogsPage::importFinished);
    QVERIFY(page.importSelected());
    QVERIFY(page.isImporting());     // on a worker thread
    QVERIFY(!page.importSelected()); // one at a time
    QVERIFY(finished.wait(10000));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.at(0).at(2).toInt(), 1);
    const auto after = store.runs();
    QVERIFY(after.has_value());
    QCOMPARE(after->size(), before->size() + 1);
    QVERIFY(page.importSelected());
    QVERIFY(finished.wait(10000));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(store.runs()->size(), after->size());

    // The newer worklog's cluster has the same sample: it joins the one history now knows.
    list->selectRow(0);
    QTRY_COMPARE(page.selectedPath(), QFileInfo(*newer).absoluteFilePath());
    QVERIFY(page.importSelected());
    QVERIFY(finished.wait(10000));
    QCOMPARE(imported.count(), 2);
    QCOMPARE(imported.at(1).at(1).toInt(), 1);
}

// The rendered worklog gets the same repair as the fields the reader extracts.
void TestPastWorklogsPage::rendersRepairedText()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("worklogs/emoji-mojibake.md")),
                        dir.filePath(QStringLiteral("worklog-2026-01-02-0300.md"))));
    PastWorklogsPage page(dir.path(), nullptr);
    page.setFolder(dir.path());
    QTRY_VERIFY(!page.selectedPath().isEmpty());
    QTRY_VERIFY(!page.markdownView()->document()->isEmpty()); // read on a worker thread
    const QString shown = page.markdownView()->document()->toPlainText();
    QVERIFY2(!shown.contains(QStringLiteral("\u00f0\u0178")), qPrintable(shown.left(300)));
    QVERIFY(shown.contains(QStringLiteral("\U0001F6A8 Cluster 1")));
}

void TestPastWorklogsPage::folderCanBeTyped()
{
    QTemporaryDir a, b;
    PastWorklogsPage page(a.path(), nullptr);
    page.setFolder(a.path());
    page.show();
    auto *edit = page.findChild<QLineEdit *>(QStringLiteral("worklogFolder"));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, b.path());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(QFileInfo(page.folder()).absoluteFilePath(), QFileInfo(b.path()).absoluteFilePath());
    edit->setText(b.filePath(QStringLiteral("missing")));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(QFileInfo(page.folder()).absoluteFilePath(), QFileInfo(b.path()).absoluteFilePath());
}

// A cluster whose worklog states no count compares as unknown, never as 0 or "same".
void TestPastWorklogsPage::unknownCountsAreNotZero()
{
    QTemporaryDir dir;
    worklog::WorklogWriterOptions identity;
    identity.redact = [](const QString &s) { return s; };
    auto older =
        worklog::WorklogWriter::write(makeWorklog(3, QStringLiteral("payments"),
                                                  QStringLiteral("Gateway 502 answers"), -1, false),
                                      dir.path(), identity);
    auto newer =
        worklog::WorklogWriter::write(makeWorklog(20, QStringLiteral("payments"),
                                                  QStringLiteral("Gateway 502 answers"), 12, false),
                                      dir.path(), identity);
    QVERIFY(older && newer);
    PastWorklogsPage page(dir.path(), nullptr);
    page.setFolder(dir.path());
    QTRY_COMPARE(page.selectedPath(), QFileInfo(*newer).absoluteFilePath());
    QAbstractItemModel *compare = page.compareView()->model();
    QCOMPARE(compare->rowCount(), 1);
    QCOMPARE(compare->index(0, 1).data().toString(), QStringLiteral("12"));
    QVERIFY(compare->index(0, 2).data().toString() != QStringLiteral("0"));
    QVERIFY(compare->index(0, 3).data().toString() != QStringLiteral("same"));
}

// The import goes on when the page closes; its answer is dropped, not delivered to a page that
// is gone. Without a history there is nothing to import into.
void TestPastWorklogsPage::importAfterThePageIsGoneStillRecordsAndTellsNoOne()
{
    QTemporaryDir dir;
    worklog::WorklogWriterOptions identity;
    identity.redact = [](const QString &s) { return s; };
    QVERIFY(worklog::WorklogWriter::write(
        makeWorklog(3, QStringLiteral("payments"), QStringLiteral("Gateway 502 answers"), 8, false),
        dir.path(), identity));
    QTemporaryDir historyDir;
    history::HistoryStore store;
    QVERIFY(store.open(historyDir.filePath(QStringLiteral("history.sqlite"))).has_value());
    const auto before = store.runs();
    QVERIFY(before.has_value());

    pipeline::WorklogJob noHistory{QString()};
    PastWorklogsPage without(dir.path(), &noHistory);
    without.setFolder(dir.path());
    QTRY_VERIFY(!without.selectedPath().isEmpty());
    QVERIFY(!without.importSelected());
    QCOMPARE(without.statusText(), QStringLiteral("Nothing to import."));

    pipeline::WorklogJob job(pipeline::WorklogJob::pathOf(store));
    QSignalSpy settled(&job, &pipeline::WorklogJob::finished);
    auto *page = new PastWorklogsPage(dir.path(), &job);
    page->setFolder(dir.path());
    QTRY_VERIFY(!page->selectedPath().isEmpty());
    QVERIFY(page->importSelected());
    delete page;
    QVERIFY(settled.wait(10000));
    QCOMPARE(store.runs()->size(), before->size() + 1);
}

QTEST_MAIN(TestPastWorklogsPage)
#include "tst_pastworklogspage.moc"
