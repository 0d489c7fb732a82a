// The evidence in the cluster details view: gathered off the UI thread by EvidenceJob (the
// entries' part, then GitHub's from the fake server), shown as sections with their sources.
#include "tests/common/cloudrunentries.h"
#include "tests/common/fakegithub.h"

#include "core/clustering/clusterengine.h"
#include "core/evidence/evidencejob.h"
#include "core/github/client.h"
#include "core/logs/logstore.h"
#include "widgets/clusterdetailview.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::evidence;
using gardener::test::CloudRunEntry;
using gardener::test::CloudRunLog;
using gardener::test::FakeGitHub;

namespace {

const QDateTime T0(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

std::shared_ptr<LogStore> scenario()
{
    CloudRunLog log;
    for (int i = 0; i < 3000; ++i) {
        CloudRunEntry e;
        e.time = T0.addMSecs(qint64(i) * 1000);
        e.revision = QStringLiteral("api-00644-xq");
        e.instance = QStringLiteral("00b%1").arg(i % 5);
        e.message = QStringLiteral("request served in %1 ms").arg(i);
        log.add(e);
    }
    for (int i = 0; i < 200; ++i) { // 00645 starts serving at 11:00
        CloudRunEntry e;
        e.time = T0.addSecs(3600 + i * 5);
        e.revision = QStringLiteral("api-00645-zk");
        e.instance = QStringLiteral("00b%1").arg(i % 5);
        e.message = QStringLiteral("request served in %1 ms").arg(i);
        log.add(e);
    }
    for (int i = 0; i < 40; ++i) {
        CloudRunEntry e;
        e.time = T0.addSecs(3600 + 180 + i * 10);
        e.revision = QStringLiteral("api-00645-zk");
        e.instance = i < 37 ? QStringLiteral("00a1c9e4") : QStringLiteral("00b1");
        e.message = QStringLiteral("KeyError: 'cart_id' building checkout %1").arg(i);
        e.file = QStringLiteral("/app/routes/health.py");
        e.line = 609;
        e.function = QStringLiteral("check_health");
        e.commitSha = QStringLiteral("4f2a9c1e8b");
        log.add(e);
    }
    return log.readStore();
}

} // namespace

class TestEvidenceView : public QObject
{
    Q_OBJECT
private slots:
    void detailsViewShowsTheEvidence()
    {
        auto store = scenario();
        QVERIFY(store);
        const auto set = clustering::clusterStore(*store);
        int k = -1;
        for (size_t i = 0; i < set.clusters().size(); ++i) {
            if (set.clusters()[i].name.contains(QLatin1String("KeyError")))
                k = int(i);
        }
        QVERIFY(k >= 0);

        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addRepo(QStringLiteral("acme/shop"));
        FakeGitHub::CodeCommit c;
        c.sha = QString(40, QLatin1Char('b'));
        c.message = QStringLiteral("Read cart_id from the session (#412)");
        c.authorLogin = QStringLiteral("alice");
        c.date = T0.addSecs(-7200);
        c.files = {QStringLiteral("routes/health.py")};
        gh.addCommit(QStringLiteral("acme/shop"), c);
        gh.setFile(QStringLiteral("acme/shop"), QStringLiteral("CODEOWNERS"),
                   "/routes/ @alice @acme/payments\n");
        github::GitHubClient::Config cc;
        cc.apiBase = gh.apiBase();
        github::GitHubClient client(cc);

        QTemporaryDir dir;
        CodeSettings settings;
        settings.mappings = {
            {QString(), CodeMapping::Kind::Path, QStringLiteral("/app/"), QString()}};
        settings.repos.insert(
            QStringLiteral("api"),
            CodeRepo{QStringLiteral("acme/shop"), gh.webBase().toString(), QStringLiteral("main")});
        const QString settingsPath = dir.filePath(QStringLiteral("code-settings.json"));
        QVERIFY(settings.save(settingsPath).has_value());

        ClusterDetailView view;
        view.resize(760, 900);
        view.show();
        view.showCluster(set, k, store);
        QVERIFY(!view.plainText().contains(QLatin1String("Started with")));

        EvidenceJob job;
        job.setCodeSettingsPath(settingsPath);
        job.setGitHubClient(&client);
        connect(&job, &EvidenceJob::evidenceReady, &view, &ClusterDetailView::setEvidence);
        QSignalSpy ready(&job, &EvidenceJob::evidenceReady);
        job.request(store, set, k);
        QVERIFY(ready.isEmpty()); // never inside the call: the work runs on a worker thread
        // The entries' evidence, then suspect commits, then owners.
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 10000);

        const QString text = view.plainText();
        if (qEnvironmentVariableIsSet("GARDENER_DUMP_TEXT"))
            qInfo().noquote() << text;
        QVERIFY2(text.contains(QLatin1String("Started with")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("First seen 3 min after revision 00645 started "
                                             "serving (0 of 3,000 entries of 00644)")));
        QVERIFY(text.contains(QStringLiteral(
            "routes/health.py:609 in check_health (at the deployed commit 4f2a9c1e8b)")));
        QVERIFY(text.contains(QStringLiteral(
            "Invisible to Error Reporting: none of its 40 entries carries a stack trace")));
        QVERIFY(
            text.contains(QStringLiteral("bbbbbbb Read cart_id from the session (#412) — @alice")));
        QVERIFY(text.contains(QStringLiteral(
            "instance 00a1c9e4: 93% of this cluster, 0% of the rest (37 of 40 vs 0 of 3,200)")));
        QVERIFY(text.contains(QStringLiteral("@alice, @acme/payments (line 1, /routes/)")));
        QVERIFY(text.contains(QStringLiteral("Team label: team:payments")));
        QVERIFY(text.contains(QStringLiteral("Source: resource.labels.revision_name of 3,240 "
                                             "entries of service api in this window")));
        // Sections come after the statistics and before the templates.
        QVERIFY(text.indexOf(QLatin1String("Statistics")) <
                text.indexOf(QLatin1String("Started with")));
        QVERIFY(text.indexOf(QLatin1String("Owners")) < text.indexOf(QLatin1String("Templates (")));
        QVERIFY(view.html().contains(
            QStringLiteral("href=\"%1/acme/shop/blob/4f2a9c1e8b/routes/health.py#L609\"")
                .arg(gh.webBase().toString())));

        const QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
        const QString out = qEnvironmentVariable("GARDENER_SCREENSHOT_DIR");
        if (!out.isEmpty())
            QVERIFY(shot.save(out + QStringLiteral("/evidence-details.png")));

        // Evidence of another cluster is not shown here.
        ClusterEvidence other;
        other.fingerprint = QStringLiteral("v1:other");
        other.deploys.statements << QStringLiteral(
            "only in revision 00999 (0 of 1 entries of 00998)");
        view.setEvidence(other);
        QVERIFY(!view.plainText().contains(QLatin1String("00999")));
    }

    // The collect dialog hands on the Admin API's creation times: the statement counts from them.
    void revisionCreationTimesFromTheAdminApi()
    {
        auto store = scenario();
        const auto set = clustering::clusterStore(*store);
        int k = -1;
        for (size_t i = 0; i < set.clusters().size(); ++i)
            if (set.clusters()[i].name.contains(QLatin1String("KeyError")))
                k = int(i);
        QVERIFY(k >= 0);
        EvidenceJob job;
        job.setCodeSettingsPath(QStringLiteral("/nonexistent/code-settings.json"));
        job.setRevisionFacts(
            {{QStringLiteral("api-00645-zk"), T0.addSecs(3000).toMSecsSinceEpoch() * 1'000'000}},
            {{QStringLiteral("api-00645-zk"), QStringLiteral("0123456789abcdef")}});
        QSignalSpy ready(&job, &EvidenceJob::evidenceReady);
        job.request(store, set, k);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        const auto e = ready.first().first().value<ClusterEvidence>();
        QVERIFY2(e.deploys.statements.value(0).startsWith(
                     QLatin1String("first seen 13 min after revision 00645 was created")),
                 qPrintable(e.deploys.statements.join(QLatin1Char('|'))));
        QVERIFY(e.deploysSource.contains(QLatin1String("Cloud Run Admin API")));
    }

    void supersededRequestIsDropped()
    {
        auto store = scenario();
        const auto set = clustering::clusterStore(*store);
        QVERIFY(set.clusters().size() >= 2);
        EvidenceJob job;
        job.setCodeSettingsPath(QStringLiteral("/nonexistent/code-settings.json"));
        QSignalSpy ready(&job, &EvidenceJob::evidenceReady);
        job.request(store, set, 0);
        job.request(store, set, 1);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QVERIFY(!ready.wait(200)); // the superseded request's evidence never arrives
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().value<ClusterEvidence>().fingerprint,
                 set.clusters()[1].fingerprint);
    }
};

QTEST_MAIN(TestEvidenceView)
#include "tst_evidenceview.moc"
