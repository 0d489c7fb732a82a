// TriageBinder reads the rules file on a worker: the rules arrive on the UI thread, a broken file
// says why, a newer reload supersedes an older one and nothing arrives once the binder is gone.

#include "core/clustering/clusterset.h"
#include "core/models/clustertablemodel.h"
#include "core/session/session.h"
#include "core/session/triagebinder.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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
        settle();
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(binder.rules().rules().front().name, QStringLiteral("First"));
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
