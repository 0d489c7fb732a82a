// The window with its services: triage fills the priority column from the rules and history,
// File > Write Worklog writes a worklog the reader reads back and records a run, a posted issue
// is linked in history (both off the UI thread), and the pages of the Go menu are there.
#include "core/demo/bundleddemo.h"
#include "core/history/historystore.h"
#include "core/models/clustertablemodel.h"
#include "core/pipeline/worklogjob.h"
#include "core/redaction/redactor.h"
#include "core/session/session.h"
#include "core/worklog/worklogreader.h"
#include "widgets/clusterspage.h"
#include "widgets/drafts/draftspage.h"
#include "widgets/mainwindow.h"
#include "widgets/worklogs/pastworklogspage.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

class TestAppServices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("appservices"));
    }

    void triageAndWorklogFromTheWindow()
    {
        QTemporaryDir dir;
        history::HistoryStore history;
        QVERIFY(history.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        const redaction::Redactor redactor;
        AppServices services;
        services.history = &history;
        services.redactor = &redactor;
        services.rulesPath = dir.filePath(QStringLiteral("triage.rules"));
        services.worklogFolder = dir.filePath(QStringLiteral("worklogs"));
        services.draftsFolder = dir.filePath(QStringLiteral("drafts"));
        QDir().mkpath(services.worklogFolder);

        Session session;
        MainWindow window(&session, [] { return demo::bundledExport(); });
        window.setServices(services);
        QVERIFY(window.draftsPage() && window.worklogsPage() && window.rulesPage());
        QSignalSpy finished(&session, &Session::loadFinished);
        window.openDemo();
        QVERIFY(finished.wait(60000));

        // Every cluster has a priority from the rules, and at least one is urgent. Triage runs
        // on a worker thread; the table gets its result shortly after the load finished.
        const ClusterTableModel *model = window.clustersPage()->clusterModel();
        QTRY_VERIFY(model->rowCount() > 0);
        const auto allTriaged = [model] {
            for (int r = 0; r < model->rowCount(); ++r) {
                const int p = model->index(r, 0).data(ClusterTableModel::PriorityRole).toInt();
                if (p < 0 || p > 6)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allTriaged(), 30000);
        int urgent = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const int p = model->index(r, 0).data(ClusterTableModel::PriorityRole).toInt();
            QVERIFY2(p >= 0 && p <= 6, "every cluster is triaged");
            urgent += p <= 1 ? 1 : 0;
        }
        QVERIFY(urgent > 0);

        auto *write = window.findChild<QAction *>(QStringLiteral("writeWorklogAction"));
        QVERIFY(write);
        // The worklog is written and the run recorded off the UI thread; the window hears back.
        QSignalSpy written(window.worklogJob(), &pipeline::WorklogJob::finished);
        write->trigger();
        QVERIFY(!write->isEnabled()); // one worklog at a time
        QVERIFY(written.wait(60000));
        QVERIFY(write->isEnabled());
        QVERIFY2(
            window.statusBar()->currentMessage().startsWith(QStringLiteral("Worklog written to ")),
            qPrintable(window.statusBar()->currentMessage()));
        const QStringList files =
            QDir(window.worklogsPage()->folder()).entryList({QStringLiteral("*.md")});
        QCOMPARE(files.size(), 1);
        const auto read = worklog::WorklogReader::readFile(
            QDir(window.worklogsPage()->folder()).filePath(files.first()));
        QVERIFY(read.has_value());
        QCOMPARE(read->clusters.size(), model->rowCount());
        QCOMPARE(history.runs()->size(), 1);

        // An issue posted from the Drafts page is linked in history, also off the UI thread.
        const QString fingerprint = session.clusters().clusters().front().fingerprint;
        QSignalSpy linked(window.worklogJob(), &pipeline::WorklogJob::finished);
        Q_EMIT window.draftsPage()->issueLinked(fingerprint, 7,
                                                QStringLiteral("https://github.com/o/r/issues/7"));
        QVERIFY(linked.wait(60000));
        const auto link = history.issueFor(fingerprint);
        QVERIFY(link && link->has_value());
        QCOMPARE((**link).issue, 7);
        QCOMPARE((**link).lastAction, QStringLiteral("created"));
    }
};

QTEST_MAIN(TestAppServices)
#include "tst_appservices.moc"
