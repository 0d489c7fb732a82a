// The cluster details view, offscreen, on a real export file: the values of each masked
// position, users affected, "Open in Logs Explorer", "Open trace" on samples, and a copied
// loggardener:// link that opens the same data in a new window with the same cluster selected.
#include "core/models/clustertablemodel.h"
#include "core/session/session.h"
#include "widgets/clusterdetailview.h"
#include "widgets/clusterspage.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace gardener;

namespace {

// 21 "queue … stalled" warnings (orders 12, billing 6, emails 3) from four users, some with a
// trace, and 40 errors of another kind from one user so that the queue cluster is not the first.
QByteArray exportLines()
{
    QByteArray out;
    const char *queues[] = {"orders", "billing", "emails"};
    const int counts[] = {12, 6, 3};
    int n = 0;
    for (int q = 0; q < 3; ++q) {
        for (int k = 0; k < counts[q]; ++k, ++n) {
            const QString trace =
                n % 2 == 0 ? QStringLiteral(",\"trace\":\"projects/acme-prod/traces/abc%1\"").arg(n)
                           : QString();
            out += QStringLiteral("{\"insertId\":\"q%1\",\"timestamp\":\"2026-11-30T10:%2:00Z\","
                                  "\"severity\":\"WARNING\","
                                  "\"resource\":{\"type\":\"cloud_run_revision\",\"labels\":{"
                                  "\"service_name\":\"api\",\"project_id\":\"acme-prod\"}},"
                                  "\"labels\":{\"user_id\":\"u-%3\"},\"textPayload\":\"queue %4 "
                                  "stalled, consumers paused\"%5}\n")
                       .arg(n)
                       .arg(n, 2, 10, QLatin1Char('0'))
                       .arg(n % 4)
                       .arg(QLatin1String(queues[q]), trace)
                       .toUtf8();
        }
    }
    for (int i = 0; i < 40; ++i)
        out += QStringLiteral("{\"insertId\":\"d%1\",\"timestamp\":\"2026-11-30T11:%2:00Z\","
                              "\"severity\":\"ERROR\","
                              "\"resource\":{\"type\":\"cloud_run_revision\",\"labels\":{\"service_"
                              "name\":\"api\",\"project_id\":\"acme-prod\"}},"
                              "\"labels\":{\"user_id\":\"admin\"},\"textPayload\":\"database "
                              "connection refused by primary\"}\n")
                   .arg(i)
                   .arg(i, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    return out;
}

} // namespace

class TestClusterDetails : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;

    static bool load(MainWindow &window, Session &session, const std::function<void()> &open)
    {
        QSignalSpy finished(&session, &Session::loadFinished);
        window.show();
        open();
        return finished.wait(30000);
    }

    static int rowOf(QAbstractItemModel *model, const QString &nameContains)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, ClusterTableModel::NameColumn)
                    .data()
                    .toString()
                    .contains(nameContains, Qt::CaseInsensitive))
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_clusterdetails"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("queues & db.jsonl"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exportLines());
    }

    void detailsShowValuesUsersAndLinksOut()
    {
        Session session;
        MainWindow window(&session, {});
        QVERIFY(load(window, session, [&] { window.openFiles({m_file}); }));
        ClustersPage *page = window.clustersPage();
        QAbstractItemModel *model = page->clusterTable()->model();
        const int row = rowOf(model, QStringLiteral("queue"));
        QVERIFY(row >= 0);
        page->clusterTable()->selectRow(row);
        ClusterDetailView *detail = page->detailView();
        const QString text = detail->plainText();

        // The masked queue name with its values, most frequent first, with shares.
        QVERIFY2(text.contains(QStringLiteral("Values at masked positions")), qPrintable(text));
        const qsizetype orders = text.indexOf(QStringLiteral("orders")),
                        billing = text.indexOf(QStringLiteral("billing"));
        QVERIFY(orders >= 0 && billing > orders &&
                text.indexOf(QStringLiteral("emails")) > billing);
        QVERIFY(text.contains(QStringLiteral("57%"))); // 12 of 21
        QVERIFY(text.contains(QStringLiteral("14%"))); // 3 of 21

        // Links out: the console query for this cluster, and the trace of a sample.
        QVERIFY(text.contains(QStringLiteral("Open in Logs Explorer")));
        const QString logs = detail->logsExplorerUrl();
        QVERIFY2(
            logs.startsWith(QStringLiteral("https://console.cloud.google.com/logs/query;query=")),
            qPrintable(logs));
        QVERIFY(logs.contains(QStringLiteral("service_name%3D%22api%22")));
        QVERIFY(logs.contains(QStringLiteral(
            ";timeRange=2026-11-30T10:00:00Z%2F2026-11-30T10:20:01Z?project=acme-prod")));
        QVERIFY(
            detail->html().contains(QStringLiteral("console.cloud.google.com/logs/query;query=")));
        QVERIFY(text.contains(QStringLiteral("Open trace")));
        QVERIFY(detail->html().contains(
            QStringLiteral("https://console.cloud.google.com/traces/list?tid=abc")));

        // Users affected arrive with the evidence, counted from labels.user_id.
        QTRY_VERIFY_WITH_TIMEOUT(detail->plainText().contains(QStringLiteral("Users affected")),
                                 10000);
        QVERIFY2(detail->plainText().contains(QStringLiteral("4 users")),
                 qPrintable(detail->plainText()));
        QVERIFY(detail->plainText().contains(QStringLiteral("labels.user_id in 21 of 21 entries")));
    }

    void copiedLinkOpensAndSelectsTheCluster()
    {
        QString link, fingerprint, firstRow;
        {
            Session session;
            MainWindow window(&session, {});
            QVERIFY(load(window, session, [&] { window.openFiles({m_file}); }));
            ClustersPage *page = window.clustersPage();
            QAbstractItemModel *model = page->clusterTable()->model();
            const int row = rowOf(model, QStringLiteral("queue"));
            firstRow = model->index(0, 0).data(ClusterTableModel::FingerprintRole).toString();
            page->clusterTable()->selectRow(row);
            fingerprint = page->detailView()->fingerprint();
            QApplication::clipboard()->clear();
            auto *browser = page->detailView()->findChild<QTextBrowser *>();
            emit browser->anchorClicked(QUrl(QStringLiteral("copylink:")));
            link = QApplication::clipboard()->text();
        }
        QVERIFY(!fingerprint.isEmpty());
        QVERIFY2(link.startsWith(QStringLiteral("loggardener://open?cluster=") + fingerprint +
                                 QStringLiteral("&file=")),
                 qPrintable(link));
        QVERIFY(link.contains(QStringLiteral("queues%20%26%20db.jsonl")));

        Session session;
        MainWindow window(&session, {});
        QVERIFY(load(window, session, [&] { QVERIFY(window.openClusterLink(link)); }));
        QCOMPARE(window.clustersPage()->detailView()->fingerprint(), fingerprint);
        QCOMPARE(window.clustersPage()->selectedFingerprints(), QStringList{fingerprint});
        // The link selected it, not a default: the first row is another cluster.
        QVERIFY(fingerprint != firstRow);

        // A malformed link is refused with the reason, and nothing is opened.
        auto refused = window.openClusterLink(QStringLiteral("loggardener://open?demo=1"));
        QVERIFY(!refused);
        QVERIFY(refused.error().what.contains(QStringLiteral("names no cluster")));
    }
};

QTEST_MAIN(TestClusterDetails)
#include "tst_clusterdetails.moc"
