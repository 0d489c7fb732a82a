// The collect dialog's BigQuery engine against the fake Google (tokens) and the fake BigQuery
// (links, dry run, query with paging and late completion, cancel, entries:list for samples).
#include "core/gcp/googlecloudaccount.h"
#include "core/logs/logstore.h"
#include "core/secrets/memorybackend.h"
#include "core/secrets/secretstore.h"
#include "core/session/session.h"
#include "tests/common/fakebigquery.h"
#include "tests/common/fakegoogle.h"
#include "widgets/gcp/bigquerypanel.h"
#include "widgets/gcp/collectdialog.h"
#include "widgets/gcp/queryform.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::gcp;
using namespace gardener::test;

namespace {
const QString kClientId = QStringLiteral("test-client.apps.googleusercontent.com");
const QString kDataset = QStringLiteral("test-project.logs_link");

QJsonObject link(const QString &project, const QString &id)
{
    // The Link resource of the Logging API v2 (projects.locations.buckets.links).
    return QJsonObject{
        {QStringLiteral("name"),
         QStringLiteral("projects/%1/locations/global/buckets/_Default/links/%2").arg(project, id)},
        {QStringLiteral("description"), QStringLiteral("Log Analytics")},
        {QStringLiteral("createTime"), QStringLiteral("2026-01-10T09:00:00.123456Z")},
        {QStringLiteral("lifecycleState"), QStringLiteral("ACTIVE")},
        {QStringLiteral("bigqueryDataset"),
         QJsonObject{{QStringLiteral("datasetId"),
                      QStringLiteral("bigquery.googleapis.com/projects/%1/datasets/%2")
                          .arg(project, id)}}}};
}
} // namespace

class TestGcpBigQueryDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeGoogle m_google;
    FakeBigQuery m_bq;
    QNetworkAccessManager m_network;
    quint64 m_warnings = 0;

    Profile profile()
    {
        const QString path = m_dir.filePath(QStringLiteral("adc.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("authorized_user")},
                            {QStringLiteral("client_id"), kClientId},
                            {QStringLiteral("client_secret"), QStringLiteral("test-client-secret")},
                            {QStringLiteral("refresh_token"), QStringLiteral("1//adc-refresh")},
                            {QStringLiteral("token_uri"), m_google.tokenUri().toString()}})
                .toJson());
        Profile p;
        p.name = QStringLiteral("bq");
        p.projectId = QStringLiteral("test-project");
        p.auth = Profile::Auth::Adc;
        p.credentialsPath = path;
        p.query.resource = LogQuery::Resource::Any;
        p.query.minSeverity = QStringLiteral("WARNING");
        p.query.window = LogQuery::Window::Custom;
        p.query.customStart = QDateTime::currentDateTimeUtc().addDays(-3);
        return p;
    }

    GoogleCloudAccount::Config config(QSettings *settings)
    {
        GoogleCloudAccount::Config s;
        s.network = &m_network;
        s.settings = settings;
        s.collectionsFolder = m_dir.filePath(QStringLiteral("collections"));
        s.loggingEndpoint = m_bq.baseUrl(); // links and entries:list are served there
        s.bigqueryEndpoint = m_bq.baseUrl();
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gcpbigquerydialog"));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_google.listen());
        m_google.addRefreshToken("1//adc-refresh");
        QVERIFY(m_bq.listen());
        m_bq.setDataset(kDataset);
        const QJsonArray fixture =
            makeBigQueryFixture(3000, QDateTime::currentDateTimeUtc().addSecs(-3600), 2 * 86400, 5);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : fixture) {
            const QString s = v.toObject()[QLatin1String("severity")].toString();
            m_warnings += s == QLatin1String("WARNING") || s == QLatin1String("ERROR") ||
                          s == QLatin1String("CRITICAL");
            byId.insert(v.toObject()[QLatin1String("insertId")].toString(), v.toObject());
        }
        QCOMPARE(m_bq.load(fixture), 3000);
        m_bq.server().addRoute(
            "POST", QStringLiteral("/v2/entries:list"), [byId](const HttpRequest &r) {
                static const QRegularExpression id(QStringLiteral("insertId=\"([^\"]+)\""));
                QJsonArray entries;
                const QString filter =
                    QJsonDocument::fromJson(r.body).object()[QLatin1String("filter")].toString();
                for (auto it = id.globalMatch(filter); it.hasNext();)
                    if (const QString key = it.next().captured(1); byId.contains(key))
                        entries.append(byId[key]);
                return HttpResponse::json(
                    200, QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson());
            });
    }

    void analysesInBigQueryWithDryRunCapAndProgress();
    void stopCancelsTheJob();
    void collectionAsksForRevisionCreationTimes();
};

void TestGcpBigQueryDialog::analysesInBigQueryWithDryRunCapAndProgress()
{
    QSettings settings;
    settings.clear();
    ProfileStore(&settings).save(profile());
    Session session;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount cloud(&secrets, config(&settings));
    CollectDialog dialog(&session, &cloud);
    dialog.show();
    BigQueryPanel *panel = dialog.bigQueryPanel();
    auto *collect = dialog.findChild<QPushButton *>(QStringLiteral("collectButton"));
    auto *estimate = panel->findChild<QLabel *>(QStringLiteral("bigqueryEstimate"));
    auto *datasets = panel->findChild<QComboBox *>(QStringLiteral("bigqueryDataset"));

    // No linked dataset: said plainly, with the console page that creates one.
    m_bq.setLinks({});
    panel->setBigQuery(true);
    QCOMPARE(collect->text(), QStringLiteral("Analy&ze in BigQuery"));
    QTRY_VERIFY_WITH_TIMEOUT(estimate->text().contains(QLatin1String("no log bucket linked")),
                             10000);
    QVERIFY(estimate->text().contains(QLatin1String(
        "<a href=\"https://console.cloud.google.com/logs/storage?project=test-project\">")));
    QVERIFY(!collect->isEnabled());

    // Found from the project's links.
    m_bq.setLinks({link(QStringLiteral("test-project"), QStringLiteral("logs_link"))});
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("findDatasetsButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(datasets->currentText(), kDataset, 10000);
    QVERIFY2(!collect->isEnabled(), "no dry run yet");

    // A cap below BigQuery's 10 MiB minimum: the dry run says so and nothing runs.
    auto *cap = panel->findChild<QLineEdit *>(QStringLiteral("bigqueryCap"));
    cap->setText(QStringLiteral("5MB"));
    QSignalSpy done(dialog.bigQueryRun(), &BigQueryRun::finished);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("dryRunButton")),
                      Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QVERIFY2(estimate->text().contains(QLatin1String("over the cap")),
             qPrintable(estimate->text()));
    QVERIFY(!collect->isEnabled());
    const qsizetype jobsAfterDryRun = m_bq.jobIds().size(); // dry runs create no job
    QVERIFY(m_bq.jobRequest(QString()).value(QLatin1String("dryRun")).toBool());

    cap->setText(QStringLiteral("2GiB"));
    QVERIFY(!collect->isEnabled()); // the estimate was for another cap
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("dryRunButton")),
                      Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QVERIFY2(estimate->text().contains(QLatin1String("BigQuery bills 10.0 MiB, about US$")),
             qPrintable(estimate->text()));
    QVERIFY(estimate->text().contains(QLatin1String("Cap: 2.0 GiB")));
    QVERIFY(collect->isEnabled());

    // The query: late completion and pages of 200 rows, progress as rows of totalRows.
    m_bq.setPendingPolls(2);
    m_bq.setPageRows(200);
    QStringList progress;
    connect(dialog.bigQueryRun(), &BigQueryRun::progressChanged, this, [&] {
        progress << dialog.findChild<QLabel *>(QStringLiteral("collectProgress"))->text();
    });
    QSignalSpy loaded(&session, &Session::loadFinished);
    QTest::mouseClick(collect, Qt::LeftButton);
    QVERIFY(dialog.bigQueryRun()->isRunning());
    QVERIFY(!collect->isEnabled());
    QVERIFY(done.wait(20000));
    QVERIFY2(dialog.bigQueryRun()->result().has_value(), qPrintable(dialog.statusText()));
    QVERIFY2(dialog.statusText().startsWith(
                 QLatin1String("Analysed in BigQuery (test-project.logs_link)")),
             qPrintable(dialog.statusText()));
    QVERIFY(
        progress.filter(QRegularExpression(QStringLiteral("^BigQuery job .* running"))).size() >=
        1);
    QVERIFY2(progress.filter(QRegularExpression(QStringLiteral("^Rows 200 of [0-9,]+$"))).size() ==
                 1,
             qPrintable(progress.join(QLatin1Char('|'))));
    const QJsonObject sent = m_bq.jobRequest(m_bq.jobIds().last());
    QVERIFY(!sent.value(QLatin1String("dryRun")).toBool());
    QCOMPARE(sent.value(QLatin1String("maximumBytesBilled")).toString(),
             QString::number(2LL << 30));
    QCOMPARE(m_bq.jobIds().size(), jobsAfterDryRun + 1); // the query (dry runs make no job)

    // The session holds one entry per row, weighted: counts are the entries they stand for.
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
    const auto &rows = dialog.bigQueryRun()->result()->file.rows;
    QCOMPARE(session.store()->size(), rows.size());
    QVERIFY(rows.size() < m_warnings);
    quint64 total = 0;
    for (const auto &c : session.clusters().clusters())
        total += c.count;
    QCOMPARE(total, m_warnings);
}

void TestGcpBigQueryDialog::stopCancelsTheJob()
{
    QSettings settings;
    settings.clear();
    Profile p = profile();
    ProfileStore(&settings).save(p);
    Session session;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount cloud(&secrets, config(&settings));
    CollectDialog dialog(&session, &cloud);
    dialog.show();
    BigQueryPanel *panel = dialog.bigQueryPanel();
    m_bq.setLinks({link(QStringLiteral("test-project"), QStringLiteral("logs_link"))});
    panel->setBigQuery(true);
    auto *datasets = panel->findChild<QComboBox *>(QStringLiteral("bigqueryDataset"));
    QTRY_COMPARE_WITH_TIMEOUT(datasets->currentText(), kDataset, 10000);
    QSignalSpy done(dialog.bigQueryRun(), &BigQueryRun::finished);
    dialog.dryRunBigQuery();
    QVERIFY(done.wait(10000));
    auto *collect = dialog.findChild<QPushButton *>(QStringLiteral("collectButton"));
    QVERIFY(collect->isEnabled());

    m_bq.setPendingPolls(1000000); // a job that does not complete
    QTest::mouseClick(collect, Qt::LeftButton);
    auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("collectProgressBar"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.bigQueryRun()->progress().polls >= 2, 10000);
    QCOMPARE(bar->maximum(), 0); // busy: the total is not known yet
    const QString job = dialog.bigQueryRun()->progress().jobId;
    QVERIFY(!job.isEmpty());
    auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("cancelCollectButton"));
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(done.count() > 1 || done.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_bq.jobCancelled(job), 5000);
    QVERIFY2(dialog.statusText().contains(QLatin1String("cancelled")),
             qPrintable(dialog.statusText()));
    QVERIFY(!dialog.bigQueryRun()->isRunning());
    QVERIFY(collect->isEnabled());
    m_bq.setPendingPolls(0);
}

// After a download has opened, the dialog lists the Cloud Run revisions of its services and
// hands their creation times and commits on (the main window gives them to the evidence).
void TestGcpBigQueryDialog::collectionAsksForRevisionCreationTimes()
{
    QSettings settings;
    settings.clear();
    Profile p = profile();
    p.query.service = QStringLiteral("checkout");
    ProfileStore(&settings).save(p);
    m_google.setEntries(makeEntries(30, QDateTime::currentDateTimeUtc().addSecs(-60)), 10);
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-3600);
    m_google.setRevisions(QStringLiteral("test-project"), QStringLiteral("us-central1"),
                          QStringLiteral("checkout"),
                          QJsonArray{FakeGoogle::makeRevision(
                              QStringLiteral("test-project"), QStringLiteral("us-central1"),
                              QStringLiteral("checkout"), QStringLiteral("checkout-00042-abc"),
                              created, {{QStringLiteral("commit-sha"), QStringLiteral("4f2a9c1")}},
                              QStringLiteral("gcr.io/test-project/checkout@sha256:00"))});
    Session session;
    secrets::SecretStore secrets(std::make_unique<secrets::MemoryBackend>());
    GoogleCloudAccount::Config s = config(&settings);
    s.loggingEndpoint = m_google.baseUrl();
    s.cloudRunEndpoint = m_google.baseUrl();
    GoogleCloudAccount cloud(&secrets, s);
    CollectDialog dialog(&session, &cloud);
    QSignalSpy facts(&dialog, &CollectDialog::revisionFactsReady);
    dialog.startCollecting();
    QVERIFY(facts.wait(20000));
    const auto createdNs = facts.first().at(0).value<QHash<QString, qint64>>();
    const auto commits = facts.first().at(1).value<QHash<QString, QString>>();
    QCOMPARE(createdNs.value(QStringLiteral("checkout-00042-abc")),
             created.toMSecsSinceEpoch() * 1'000'000);
    QCOMPARE(commits.value(QStringLiteral("checkout-00042-abc")), QStringLiteral("4f2a9c1"));
}

QTEST_MAIN(TestGcpBigQueryDialog)
#include "tst_gcpbigquerydialog.moc"
