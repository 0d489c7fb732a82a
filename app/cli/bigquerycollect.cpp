#include "bigquerycollect.h"

#include "cli/command.h"
#include "gcp/bigqueryanalysis.h"
#include "gcp/logcollector.h"
#include "gcp/tokenprovider.h"
#include "util/waitfor.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSaveFile>
#include <cmath>
#include <optional>

namespace gardener::cli {

QString rowsFilePath(const QString &exportPath)
{
    return exportPath + QStringLiteral(".bigquery.json");
}

std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kmgt]i?b?|b)?\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    double factor = 1;
    if (!unit.isEmpty() && unit != QLatin1String("b")) {
        const bool binary = unit.contains(QLatin1Char('i'));
        const int power = int(QStringLiteral("kmgt").indexOf(unit[0])) + 1;
        factor = std::pow(binary ? 1024.0 : 1000.0, power);
    }
    const double bytes = m.captured(1).toDouble() * factor;
    if (bytes < 1 || bytes > 9.0e18)
        return std::nullopt;
    return qint64(bytes);
}

BigQueryCliOptions::BigQueryCliOptions()
    : engine(QStringLiteral("engine"),
             QStringLiteral("local (download the entries, default) or bigquery (analyse the window in BigQuery through a log bucket's linked dataset)."),
             QStringLiteral("ENGINE"), QStringLiteral("local"))
    , dataset(QStringLiteral("dataset"),
              QStringLiteral("With --engine bigquery: the linked dataset PROJECT.LINK_ID (default: the project's only one)."),
              QStringLiteral("PROJECT.LINK_ID"))
    , endpoint(QStringLiteral("bigquery-endpoint"), QStringLiteral("BigQuery API base URL (default https://bigquery.googleapis.com)."),
               QStringLiteral("URL"))
    , maxBytes(QStringLiteral("max-bytes-billed"),
               QStringLiteral("With --engine bigquery: refuse queries that would bill more (bytes, or 500MB, 10GiB, 1TB; default 1GiB)."),
               QStringLiteral("SIZE"))
    , dryRun(QStringLiteral("dry-run"), QStringLiteral("With --engine bigquery: only show what the query would scan and cost."))
{
}

Result<bool> BigQueryCliOptions::read(const QCommandLineParser &parser, bool hasFilter, BigQueryCollectOptions *into) const
{
    const QString name = parser.value(engine);
    const bool on = name == QLatin1String("bigquery");
    if (!on && name != QLatin1String("local"))
        return fail(QStringLiteral("--engine is local or bigquery, not '%1'.").arg(name));
    if (!on && (parser.isSet(dataset) || parser.isSet(maxBytes) || parser.isSet(dryRun)))
        return fail(QStringLiteral("--dataset, --max-bytes-billed and --dry-run need --engine bigquery."));
    if (on && hasFilter)
        return fail(QStringLiteral("--filter is a Cloud Logging filter and cannot run in BigQuery; use --service and --severity."));
    if (parser.isSet(maxBytes)) {
        const auto cap = parseByteSize(parser.value(maxBytes));
        if (!cap)
            return fail(QStringLiteral("--max-bytes-billed takes a size such as 1073741824, 500MB or 10GiB, not '%1'.")
                            .arg(parser.value(maxBytes)));
        into->maxBytesBilled = *cap;
    }
    if (parser.isSet(endpoint)) {
        into->bigqueryEndpoint = QUrl(parser.value(endpoint));
        const QString scheme = into->bigqueryEndpoint.scheme();
        if (!into->bigqueryEndpoint.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return fail(QStringLiteral("--bigquery-endpoint needs an http(s) URL."));
    }
    into->dataset = parser.value(dataset);
    into->dryRunOnly = parser.isSet(dryRun);
    return on;
}

namespace {

gcp::BigQueryClient::TokenSource tokenSource(gcp::TokenProvider &tokens)
{
    return [&tokens](bool refresh, std::function<void(Result<QByteArray>)> done) {
        if (refresh)
            tokens.invalidate();
        tokens.accessToken(std::move(done));
    };
}

Result<gcp::BigQueryResult> runClient(QNetworkAccessManager &network, gcp::TokenProvider &tokens,
                                      const gcp::BigQueryRequest &request, QTextStream &err)
{
    gcp::BigQueryClient client(&network, tokenSource(tokens));
    QObject::connect(&client, &gcp::BigQueryClient::progressChanged, [&] {
        const auto &p = client.progress();
        if (p.totalRows < 0)
            err << "  job " << p.jobId << " running (" << p.polls << " checks)\n";
        else
            err << "  rows " << p.rowsFetched << " of " << p.totalRows << '\n';
        err.flush();
    });
    QObject::connect(&client, &gcp::BigQueryClient::retrying, [&](const QString &reason, qint64 ms) {
        err << "  retrying in " << ms << " ms: " << reason << '\n';
        err.flush();
    });
    QEventLoop loop;
    QObject::connect(&client, &gcp::BigQueryClient::finished, &loop, &QEventLoop::quit);
    client.start(request);
    if (client.isRunning())
        loop.exec();
    return client.result();
}

Result<QString> chooseDataset(QNetworkAccessManager &network, gcp::TokenProvider &tokens,
                              const BigQueryCollectOptions &options)
{
    if (!options.dataset.isEmpty())
        return options.dataset;
    const QUrl logging = options.loggingEndpoint.isEmpty() ? gcp::defaultLoggingEndpoint() : options.loggingEndpoint;
    auto found = waitFor<Result<QStringList>>([&](auto done) {
        gcp::listLinkedDatasets(&network, tokenSource(tokens), logging, options.project, done);
    });
    if (!found)
        return tl::unexpected(found.error());
    if (found->size() > 1)
        return fail(QStringLiteral("project %1 has several linked datasets (%2): choose one with --dataset.")
                        .arg(options.project, found->join(QStringLiteral(", "))));
    return found->first();
}

// The entries BigQuery named as samples, fetched by insertId through entries:list (a few per
// cluster, 100 ids a call), so the table and the worklog quote real entries. A failure only
// costs the real entries: the representative ones stay.
QHash<QString, QJsonObject> fetchSamples(QNetworkAccessManager &network, gcp::TokenProvider &tokens,
                                         const BigQueryCollectOptions &options, const QStringList &ids,
                                         QTextStream &err)
{
    QHash<QString, QJsonObject> found;
    QTemporaryDir dir;
    const QUrl logging = options.loggingEndpoint.isEmpty() ? gcp::defaultLoggingEndpoint() : options.loggingEndpoint;
    for (qsizetype from = 0; from < ids.size() && dir.isValid(); from += 100) {
        QStringList terms;
        for (const QString &id : ids.mid(from, 100))
            terms << QStringLiteral("insertId=\"%1\"").arg(QString(id).replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                                                              .replace(QLatin1Char('"'), QStringLiteral("\\\"")));
        gcp::CollectRequest request;
        request.endpoint = logging;
        request.projectId = options.project;
        request.filter = QStringLiteral("timestamp>=\"%1\" AND timestamp<=\"%2\" AND (%3)")
                             .arg(options.start.toUTC().toString(Qt::ISODate), options.end.toUTC().toString(Qt::ISODate),
                                  terms.join(QStringLiteral(" OR ")));
        request.outputPath = dir.filePath(QStringLiteral("samples-%1.json").arg(from));
        gcp::LogCollector collector(&network, tokenSource(tokens));
        QEventLoop loop;
        QObject::connect(&collector, &gcp::LogCollector::finished, &loop, &QEventLoop::quit);
        collector.start(request);
        if (collector.isRunning())
            loop.exec();
        if (!collector.result()) {
            err << "loggardener collect: sample entries not fetched (" << collector.result().error().toString()
                << "); the representative entries stay\n";
            break;
        }
        QFile file(request.outputPath);
        if (file.open(QIODevice::ReadOnly))
            for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array()) {
                const QJsonObject e = v.toObject();
                const QString id = e.value(QLatin1String("insertId")).toString();
                if (ids.contains(id))
                    found.insert(id, e);
            }
    }
    return found;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace

int collectWithBigQuery(QNetworkAccessManager &network, gcp::TokenProvider &tokens,
                        const BigQueryCollectOptions &options, QTextStream &err)
{
    auto failure = [&](const QString &message) {
        err << "loggardener collect: " << message << '\n';
        err.flush();
        return int(ExitFailure);
    };
    tokens.setScope(gcp::bigQueryReadScope());
    const auto datasetName = chooseDataset(network, tokens, options);
    if (!datasetName)
        return failure(datasetName.error().toString());
    const auto dataset = gcp::parseLinkedDataset(*datasetName);
    if (!dataset)
        return failure(dataset.error().toString());
    gcp::GroupedQueryOptions q;
    q.dataset = *dataset;
    q.resourceType = options.resourceType;
    q.service = options.service;
    q.minSeverity = options.minSeverity;
    q.start = options.start;
    q.end = options.end;
    const auto query = gcp::buildGroupedQuery(q);
    if (!query)
        return failure(query.error().toString());

    gcp::BigQueryRequest request;
    if (!options.bigqueryEndpoint.isEmpty())
        request.endpoint = options.bigqueryEndpoint;
    request.project = options.project;
    request.sql = query->sql;
    request.parameters = query->parameters;
    request.maximumBytesBilled = options.maxBytesBilled;
    request.dryRun = true;
    err << "loggardener collect: analysing " << dataset->name() << " in BigQuery, project " << options.project << '\n';
    const auto dry = runClient(network, tokens, request, err);
    if (!dry)
        return failure(dry.error().toString());
    const qint64 billed = gcp::billedBytesFor(dry->bytesProcessed);
    err << "loggardener collect: the query scans " << gcp::formatBytes(dry->bytesProcessed) << ", billed "
        << gcp::formatBytes(billed) << ", about US$" << QString::number(gcp::estimatedCostUsd(billed), 'f', 4)
        << " on demand (US$" << gcp::BigQueryUsdPerTiB << " per TiB; the first TiB each month is free); cap "
        << gcp::formatBytes(options.maxBytesBilled) << '\n';
    err.flush();
    if (billed > options.maxBytesBilled)
        return failure(QStringLiteral("the query would bill %1, over the cap of %2: raise --max-bytes-billed "
                                      "(e.g. --max-bytes-billed %3) or shorten the window.")
                           .arg(gcp::formatBytes(billed), gcp::formatBytes(options.maxBytesBilled)).arg(billed));
    if (options.dryRunOnly)
        return ExitOk;

    request.dryRun = false;
    const auto result = runClient(network, tokens, request, err);
    if (!result)
        return failure(result.error().toString());
    auto rows = gcp::groupedRows(*result);
    if (!rows)
        return failure(rows.error().toString());
    gcp::GroupedRowsFile file{dataset->name(), result->bytesProcessed, result->bytesBilled, std::move(*rows)};
    QString error;
    const QStringList wanted = gcp::sampleIdsToFetch(file.rows);
    err << "loggardener collect: fetching " << wanted.size() << " sample entries by insertId\n";
    err.flush();
    const QHash<QString, QJsonObject> real = fetchSamples(network, tokens, options, wanted, err);
    if (!writeFile(options.outputPath, gcp::representativeExport(file.rows, real), &error))
        return failure(QStringLiteral("cannot write %1: %2").arg(options.outputPath, error));
    if (!writeFile(rowsFilePath(options.outputPath), gcp::writeRowsFile(file), &error))
        return failure(QStringLiteral("cannot write %1: %2").arg(rowsFilePath(options.outputPath), error));
    err << "loggardener collect: " << file.rows.size() << " grouped rows standing for " << gcp::representedEntries(file.rows)
        << " entries, " << gcp::formatBytes(result->bytesBilled) << " billed, " << real.size() << " real sample entries; wrote " << options.outputPath << " and "
        << rowsFilePath(options.outputPath) << '\n';
    err.flush();
    return ExitOk;
}

} // namespace gardener::cli
