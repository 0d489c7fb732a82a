// `loggardener collect/run --engine bigquery` end to end: a service-account key whose token_uri
// is the fake Google, the fake BigQuery (which also lists the linked datasets).
#include "app/cli/bigquerycollect.h"
#include "app/cli/collectcommand.h"
#include "app/cli/runcommand.h"
#include "core/gcp/bigqueryanalysis.h"
#include "tests/common/fakebigquery.h"
#include "tests/common/fakegoogle.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::test;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

template <class Command> Run runCommand(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = Command().run(args, out, err);
    return r;
}

class TestBigQueryCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    FakeGoogle m_google;
    FakeBigQuery m_bq;
    int m_fixtureSize = 3000;
    quint64 m_warnings = 0;

    QStringList base(const QString &out) const
    {
        return {QStringLiteral("--engine"),
                QStringLiteral("bigquery"),
                QStringLiteral("--project"),
                QStringLiteral("test-project"),
                QStringLiteral("--since"),
                QStringLiteral("30d"),
                QStringLiteral("--bigquery-endpoint"),
                m_bq.baseUrl().toString(),
                QStringLiteral("--logging-endpoint"),
                m_bq.baseUrl().toString(),
                QStringLiteral("--out"),
                out};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("CLOUDSDK_CONFIG", m_home.filePath(QStringLiteral("gcloud")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("loggardener"));
        QVERIFY(m_google.listen());
        QVERIFY(m_bq.listen());
        qputenv("GOOGLE_APPLICATION_CREDENTIALS",
                m_google.writeServiceAccountFile(m_home.path(), generateRsaKeyPair()).toUtf8());
        m_bq.setDataset(QStringLiteral("test-project.logs_link"));
        const QJsonArray fixture = makeBigQueryFixture(
            m_fixtureSize, QDateTime::currentDateTimeUtc().addSecs(-3600), 2 * 86400, 9);
        for (const QJsonValue &v : fixture) {
            const QString s = v.toObject()[QLatin1String("severity")].toString();
            m_warnings += s == QLatin1String("WARNING") || s == QLatin1String("ERROR") ||
                          s == QLatin1String("CRITICAL");
        }
        QCOMPARE(m_bq.load(fixture), m_fixtureSize);
        // entries:list on the same server (the links are there too): it answers the entries
        // whose insertId the filter names, as Cloud Logging would.
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : fixture)
            byId.insert(v.toObject()[QLatin1String("insertId")].toString(), v.toObject());
        m_bq.server().addRoute(
            "POST", QStringLiteral("/v2/entries:list"), [byId](const HttpRequest &r) {
                static const QRegularExpression id(QStringLiteral("insertId=\"([^\"]+)\""));
                QJsonArray entries;
                const QString filter =
                    QJsonDocument::fromJson(r.body).object()[QLatin1String("filter")].toString();
                for (auto it = id.globalMatch(filter); it.hasNext();)
                    if (const QString key = it.next().captured(1); byId.contains(key))
                        entries.append(byId[key]);
                QJsonObject page;
                page.insert(QStringLiteral("entries"), entries);
                return HttpResponse::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
            });
    }

    void usageErrors()
    {
        const QString out = m_home.filePath(QStringLiteral("u.json"));
        QCOMPARE(runCommand<cli::CollectCommand>(
                     {QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--engine"),
                      QStringLiteral("spark"), QStringLiteral("--out"), out})
                     .code,
                 int(cli::ExitUsage));
        QCOMPARE(runCommand<cli::CollectCommand>(
                     {QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--dataset"),
                      QStringLiteral("p.d"), QStringLiteral("--out"), out})
                     .code,
                 int(cli::ExitUsage));
        QCOMPARE(runCommand<cli::CollectCommand>(base(out) << QStringLiteral("--filter")
                                                           << QStringLiteral("x"))
                     .code,
                 int(cli::ExitUsage));
        QCOMPARE(runCommand<cli::RunCommand>({QStringLiteral("--demo"), QStringLiteral("--engine"),
                                              QStringLiteral("bigquery")})
                     .code,
                 int(cli::ExitUsage));
        const Run cap = runCommand<cli::CollectCommand>(
            base(out) << QStringLiteral("--max-bytes-billed") << QStringLiteral("lots"));
        QCOMPARE(cap.code, int(cli::ExitUsage));
        QVERIFY(cap.err.contains(QLatin1String("--max-bytes-billed")));
        QCOMPARE(cli::parseByteSize(QStringLiteral("10GiB")), std::optional<qint64>(10LL << 30));
        QCOMPARE(cli::parseByteSize(QStringLiteral("500MB")), std::optional<qint64>(500'000'000));
        QCOMPARE(cli::parseByteSize(QStringLiteral("123")), std::optional<qint64>(123));
        QVERIFY(!cli::parseByteSize(QStringLiteral("-5")));
    }

    void collectWritesRowsAndRepresentatives()
    {
        const QString out = m_home.filePath(QStringLiteral("bq.json"));
        const Run r = runCommand<cli::CollectCommand>(
            base(out) << QStringLiteral("--dataset") << QStringLiteral("test-project.logs_link")
                      << QStringLiteral("--severity") << QStringLiteral("WARNING"));
        QVERIFY2(r.code == cli::ExitOk, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("about US$")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("10.0 MiB billed")));
        const auto rows = gcp::readRowsFile(cli::rowsFilePath(out));
        QVERIFY(rows);
        QCOMPARE(gcp::representedEntries(rows->rows), m_warnings);
        QCOMPARE(rows->dataset, QStringLiteral("test-project.logs_link"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray exported = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(size_t(exported.size()), rows->rows.size());
        // The clusters' samples are real entries fetched by insertId, still carrying their weight.
        int real = 0;
        for (const QJsonValue &v : exported) {
            const QJsonObject e = v.toObject();
            QVERIFY(e[QLatin1String("labels")].toObject().contains(
                QLatin1String("loggardener/represents")));
            real += e.contains(QLatin1String("logName"));
        }
        QVERIFY2(real >= 10, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("%1 real sample entries").arg(real)));
        const auto lists = m_bq.server().requests("POST", QStringLiteral("/v2/entries:list"));
        QVERIFY(!lists.isEmpty());
        QVERIFY(QString::fromUtf8(lists.first().body).contains(QLatin1String("insertId=")));
        const QJsonObject sent = m_bq.jobRequest(m_bq.jobIds().last());
        QCOMPARE(sent[QLatin1String("maximumBytesBilled")].toString(), QString::number(1LL << 30));
    }

    void dryRunOverTheCapRunsNothing()
    {
        const int jobs = int(m_bq.jobIds().size());
        const Run r = runCommand<cli::CollectCommand>(
            base(m_home.filePath(QStringLiteral("d.json")))
            << QStringLiteral("--dataset") << QStringLiteral("test-project.logs_link")
            << QStringLiteral("--max-bytes-billed") << QStringLiteral("1MB"));
        QCOMPARE(r.code, int(cli::ExitFailure));
        QVERIFY2(r.err.contains(QLatin1String("over the cap")), qPrintable(r.err));
        QCOMPARE(int(m_bq.jobIds().size()), jobs);
        const Run dry = runCommand<cli::CollectCommand>(
            base(m_home.filePath(QStringLiteral("d.json")))
            << QStringLiteral("--dataset") << QStringLiteral("test-project.logs_link")
            << QStringLiteral("--dry-run"));
        QVERIFY2(dry.code == cli::ExitOk, qPrintable(dry.err));
        QCOMPARE(int(m_bq.jobIds().size()), jobs);
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("d.json"))));
    }

    void datasetIsDiscoveredOrExplained()
    {
        m_bq.setLinks({});
        Run r = runCommand<cli::CollectCommand>(base(m_home.filePath(QStringLiteral("n.json"))));
        QCOMPARE(r.code, int(cli::ExitFailure));
        QVERIFY2(r.err.contains(QLatin1String("gcloud logging links create")), qPrintable(r.err));
        m_bq.setLinks(QJsonArray{QJsonObject{
            {QStringLiteral("lifecycleState"), QStringLiteral("ACTIVE")},
            {QStringLiteral("bigqueryDataset"),
             QJsonObject{
                 {QStringLiteral("datasetId"),
                  QStringLiteral(
                      "bigquery.googleapis.com/projects/test-project/datasets/logs_link")}}}}});
        r = runCommand<cli::CollectCommand>(base(m_home.filePath(QStringLiteral("n.json"))));
        QVERIFY2(r.code == cli::ExitOk, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("analysing test-project.logs_link")));
    }

    void runAnalysesInBigQueryAndSaysSoInTheWorklog()
    {
        QStringList args{QStringLiteral("--engine"),
                         QStringLiteral("bigquery"),
                         QStringLiteral("--project"),
                         QStringLiteral("test-project"),
                         QStringLiteral("--since"),
                         QStringLiteral("30d"),
                         QStringLiteral("--dataset"),
                         QStringLiteral("test-project.logs_link"),
                         QStringLiteral("--bigquery-endpoint"),
                         m_bq.baseUrl().toString(),
                         QStringLiteral("--logging-endpoint"),
                         m_bq.baseUrl().toString(),
                         QStringLiteral("--worklog-dir"),
                         m_home.filePath(QStringLiteral("worklogs")),
                         QStringLiteral("--history"),
                         m_home.filePath(QStringLiteral("history.sqlite")),
                         QStringLiteral("--format"),
                         QStringLiteral("json")};
        const Run r = runCommand<cli::RunCommand>(args);
        QVERIFY2(r.code == cli::ExitOk, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(quint64(json[QLatin1String("entries")].toInteger()),
                 m_warnings); // entries represented, not rows
        quint64 clustered = 0;
        for (const QJsonValue &c : json[QLatin1String("clusters")].toArray())
            clustered += quint64(c.toObject()[QLatin1String("count")].toInteger());
        QCOMPARE(clustered, m_warnings);
        QFile worklog(json[QLatin1String("worklog")].toString());
        QVERIFY(worklog.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(worklog.readAll());
        // Markdown escapes the underscore of the dataset name.
        QVERIFY2(text.contains(QLatin1String(
                     "analysed in BigQuery (test-project.logs\\_link), 10.0 MiB billed")),
                 qPrintable(text.left(800)));
        // Worklogs quote trimmed samples (severity, time, message, location; no log name).
        QVERIFY2(text.contains(QLatin1String("```json")) &&
                     text.contains(QLatin1String("\"timestamp\": \"")),
                 "the worklog quotes sample entries");
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestBigQueryCommand)
#include "tst_bigquerycommand.moc"
