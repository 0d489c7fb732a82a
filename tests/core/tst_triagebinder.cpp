// TriageBinder reads the rules file on a worker: the rules arrive on the UI thread, a broken file
// says why, a newer reload supersedes an older one and nothing arrives once the binder is gone.
// Triage and naming run on the binder's own thread with its own history connection.

#include "core/clustering/clusterset.h"
#include "core/history/clusternames.h"
#include "core/history/historystore.h"
#include "core/models/clustertablemodel.h"
#include "core/session/session.h"
#include "core/session/triagebinder.h"
#include "core/session/triagework.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace gardener;
using namespace gardener::clustering;

namespace {

// One cluster, so the table has a row and every triage of it shows as dataChanged.
ClusterSet oneCluster()
{
    auto data = std::make_shared<ClusterSet::Data>();
    TemplateInfo t;
    t.fingerprint = QStringLiteral("disk-t");
    t.text = QStringLiteral("disk full on <NUM>");
    t.count = 3;
    t.cluster = 0;
    data->templateByFingerprint.insert(t.fingerprint, 0);
    data->templates.push_back(t);
    IssueCluster c;
    c.fingerprint = QStringLiteral("disk");
    c.name = QStringLiteral("disk full");
    c.templates = {0};
    c.count = 3;
    data->clusters.push_back(c);
    return ClusterSet(data);
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// Lets every worker finish and every result it posted arrive.
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// A small gcloud export: two messages of one kind, one of another.
QByteArray smallExport()
{
    QByteArray json = "[";
    const char *messages[] = {"disk full on volume 7, write refused",
                              "disk full on volume 9, write refused",
                              "payment gateway timed out after 30 s"};
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            json += ',';
        json += QStringLiteral(R"({"insertId":"e%1","timestamp":"2025-09-12T10:0%1:00Z",)"
                               R"("severity":"ERROR","textPayload":"%2",)"
                               R"("resource":{"type":"cloud_run_revision","labels":)"
                               R"({"service_name":"api","revision_name":"api-00001"}}})")
                    .arg(i)
                    .arg(QLatin1String(messages[i]))
                    .toUtf8();
    }
    return json + "]";
}

} // namespace

class TestTriageBinder : public QObject
{
    Q_OBJECT

private slots:
    void rulesArriveFromTheWorker()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("triage-rules.txt"));
        QVERIFY(writeFile(path, "[Mine]\nseverity >= ERROR\npriority = P2\n"));
        Session session;
        ClusterTableModel model;
        triage::TriageBinder binder(&session, &model, nullptr, path);
        QSignalSpy reloaded(&binder, &triage::TriageBinder::rulesReloaded);
        QSignalSpy problems(&binder, &triage::TriageBinder::problem);
        QVERIFY(reloaded.wait());
        QCOMPARE(binder.rules().rules().size(), size_t(1));
        QCOMPARE(binder.rules().rules().front().name, QStringLiteral("Mine"));
        QVERIFY(binder.rulesProblem().isEmpty());
        QCOMPARE(problems.count(), 0);

        // A broken file: the built-in rules, and a problem that says what is wrong.
        QVERIFY(writeFile(path, "[Broken]\ncount !~ 3\npriority = P1\n"));
        binder.reloadRules();
        QVERIFY(reloaded.wait());
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.front().front().toString().contains(QStringLiteral("mistake")));
        QCOMPARE(binder.rules().rules().size(), triage::RuleSet::defaults().rules().size());
    }

    void newerReloadSupersedesOlder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("triage-rules.txt"));
        QVERIFY(writeFile(path, "[First]\npriority = P3\n"));
        Session session;
        ClusterTableModel model;
        triage::TriageBinder binder(&session, &model, nullptr, path);
        QSignalSpy reloaded(&binder, &triage::TriageBinder::rulesReloaded);
        binder.reloadRules(); // supersedes the constructor's read
        // Said once the clusters are triaged with the rules, on the binder's thread.
        QTRY_COMPARE(reloaded.count(), 1);
        settle();
        QTest::qWait(50);
        QCOMPARE(reloaded.count(), 1); // the superseded read said nothing
        QCOMPARE(binder.rules().rules().front().name, QStringLiteral("First"));
    }

    // The table gets priorities and names from the binder's thread, and the names it made
    // are remembered in the history file through that thread's own connection.
    void triageAndNamesComeFromTheWorkerThread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        history::HistoryStore history;
        QVERIFY(history.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        QCOMPARE(history.path(), dir.filePath(QStringLiteral("h.sqlite")));
        Session session;
        ClusterTableModel model;
        QObject::connect(&session, &Session::clustersChanged, &model,
                         [&] { model.setClusterSet(session.clusters()); });
        triage::TriageBinder binder(&session, &model, &history,
                                    dir.filePath(QStringLiteral("none.rules")));
        auto *worker = binder.findChild<QThread *>(QStringLiteral("triage"));
        QVERIFY(worker && worker->isRunning());
        QVERIFY(worker != QThread::currentThread());
        QSignalSpy finished(&session, &Session::loadFinished);
        QSignalSpy triaged(&binder, &triage::TriageBinder::triaged);
        session.openBytes(smallExport(), QStringLiteral("small.json"));
        QVERIFY(finished.wait(30000));
        QVERIFY(session.store());
        // The triage of the final snapshot, the one with the entries, arrives after the load.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (triaged.isEmpty() || model.rowCount() != 2)
                    return false;
                for (int r = 0; r < model.rowCount(); ++r) {
                    const int p = model.index(r, 0).data(ClusterTableModel::PriorityRole).toInt();
                    const auto fp = session.clusters().clusters()[size_t(r)].fingerprint;
                    auto known = history::ClusterNames(history).find(fp);
                    if (p < 0 || p > 6 || !known || !*known)
                        return false;
                }
                return true;
            }(),
            30000);
        QCOMPARE(triaged.last().at(0).toInt(), 2);
        for (const auto &c : session.clusters().clusters()) {
            const auto known = history::ClusterNames(history).find(c.fingerprint);
            QVERIFY(known && *known);
            QVERIFY(!(*known)->shown().isEmpty());
        }
    }

    // A history the worker cannot open is a triage error, not a triage without history, and
    // the next snapshot tries again.
    void workerReportsAndRetriesAHistoryItCannotOpen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString blocker = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeFile(blocker, "a file where the history's folder should be"));
        const QString path = blocker + QStringLiteral("/h.sqlite");
        triage::detail::TriageWorker worker(path);
        const ClusterSet set = oneCluster();
        const auto failed = worker.run(set, nullptr, triage::RuleSet::defaults(), QString());
        QVERIFY(failed.error.has_value());
        QVERIFY(failed.views.isEmpty());
        QVERIFY(QFile::remove(blocker));
        QVERIFY(QDir().mkpath(blocker));
        const auto triaged = worker.run(set, nullptr, triage::RuleSet::defaults(), QString());
        QVERIFY2(!triaged.error, triaged.error ? qPrintable(triaged.error->toString()) : "");
        QCOMPARE(triaged.clusters, 1);
        QVERIFY(triaged.views.contains(QStringLiteral("disk")));
        QVERIFY(QFile::exists(path));
    }

    void nothingArrivesAfterTheBinderIsGone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("triage-rules.txt"));
        QVERIFY(writeFile(path, "[Mine]\npriority = P2\n"));
        Session session;
        ClusterTableModel model;
        model.setClusterSet(oneCluster());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto *binder = new triage::TriageBinder(&session, &model, nullptr, path);
        // A reload that arrives triages the table again...
        QSignalSpy reloaded(binder, &triage::TriageBinder::rulesReloaded);
        QVERIFY(reloaded.wait());
        QVERIFY(changed.count() > 0);
        changed.clear();
        // ... one started just before the binder goes does not.
        binder->reloadRules();
        delete binder;
        settle();
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTriageBinder)
#include "tst_triagebinder.moc"
