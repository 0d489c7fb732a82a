// The fake BigQuery as a program, for clients outside the C++ tests (the official Node.js
// client's conformance run, scripts/test-extra-conformance.sh). It also answers Cloud Logging's
// linked-dataset listing with one link to the dataset.
//
//   fakebigquery_server [--entries N] [--span-seconds S] [--seed K] [--page-rows R]
//                       [--dataset PROJECT.DATASET] [--write-fixture FILE]
//
// Listens on 127.0.0.1 (OS-chosen port), prints its base URL on the first line of stdout and
// serves until killed. Besides the BigQuery API it answers one control call for the tests:
//   POST /fake/pending-polls/{n}   later jobs answer jobComplete:false n times before completing
//   GET  /fake/requests            the requests so far, ["POST /bigquery/v2/...?query", ...]
#include "tests/common/fakebigquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace gardener::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Fixture entries."),
                                     QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption span(QStringLiteral("span-seconds"),
                                  QStringLiteral("Time they cover."), QStringLiteral("s"),
                                  QStringLiteral("86400"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Fixture seed."),
                                  QStringLiteral("k"), QStringLiteral("1"));
    const QCommandLineOption pageRows(QStringLiteral("page-rows"),
                                      QStringLiteral("Rows per page at most."), QStringLiteral("r"),
                                      QStringLiteral("1000"));
    const QCommandLineOption dataset(
        QStringLiteral("dataset"), QStringLiteral("project.dataset of _AllLogs."),
        QStringLiteral("name"), QStringLiteral("test-project.logs_link"));
    const QCommandLineOption fixture(QStringLiteral("write-fixture"),
                                     QStringLiteral("Write the entries as JSON here."),
                                     QStringLiteral("file"));
    cli.addOptions({entries, span, seed, pageRows, dataset, fixture});
    cli.process(app);

    const QDateTime newest(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
    const QJsonArray data = makeBigQueryFixture(
        cli.value(entries).toInt(), newest, cli.value(span).toLongLong(), cli.value(seed).toUInt());
    if (cli.isSet(fixture)) {
        QFile out(cli.value(fixture));
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(QJsonDocument(data).toJson(QJsonDocument::Compact)) < 0) {
            std::fprintf(stderr, "fakebigquery_server: cannot write %s\n",
                         qPrintable(cli.value(fixture)));
            return 1;
        }
    }
    FakeBigQuery fake;
    fake.setDataset(cli.value(dataset));
    fake.setPageRows(cli.value(pageRows).toInt());
    fake.load(data);
    // The dataset is linked to the _Default bucket, as Log Analytics lists it.
    const QString project = cli.value(dataset).section(QLatin1Char('.'), 0, 0);
    const QString linkId = cli.value(dataset).section(QLatin1Char('.'), 1);
    fake.setLinks(QJsonArray{
        QJsonObject{{QStringLiteral("name"),
                     QStringLiteral("projects/%1/locations/global/buckets/_Default/links/%2")
                         .arg(project, linkId)},
                    {QStringLiteral("description"), QStringLiteral("Log Analytics link")},
                    {QStringLiteral("createTime"), QStringLiteral("2026-03-01T09:00:00Z")},
                    {QStringLiteral("lifecycleState"), QStringLiteral("ACTIVE")},
                    {QStringLiteral("bigqueryDataset"),
                     QJsonObject{{QStringLiteral("datasetId"),
                                  QStringLiteral("bigquery.googleapis.com/projects/%1/datasets/%2")
                                      .arg(project, linkId)}}}}});
    fake.server().addRoute("POST", QStringLiteral("/fake/pending-polls/(\\d+)"),
                           [&fake](const HttpRequest &r) {
                               fake.setPendingPolls(r.captures.value(1).toInt());
                               return HttpResponse::json(200, "{}");
                           });
    fake.server().addRoute("GET", QStringLiteral("/fake/requests"), [&fake](const HttpRequest &) {
        QJsonArray log;
        for (const HttpRequest &r : fake.server().requests()) {
            const QString query = r.query.toString(QUrl::FullyDecoded);
            log.append(QString(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path +
                               (query.isEmpty() ? QString() : QLatin1Char('?') + query)));
        }
        return HttpResponse::json(200, QJsonDocument(log).toJson(QJsonDocument::Compact));
    });
    if (!fake.listen()) {
        std::fprintf(stderr, "fakebigquery_server: %s\n", qPrintable(fake.server().errorString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(fake.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
