#include "app/cli/bigquerycollect.h"

#include "app/cli/command.h"
#include "core/gcp/bigqueryanalysis.h"
#include "core/gcp/tokenprovider.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <optional>

namespace gardener::cli {

QString rowsFilePath(const QString &exportPath)
{
    return gcp::rowsFilePathFor(exportPath);
}

std::optional<qint64> parseByteSize(const QString &text)
{
    return gcp::parseByteSize(text);
}

BigQueryCliOptions::BigQueryCliOptions()
    : engine(QStringLiteral("engine"),
             QStringLiteral("local (download the entries, default) or bigquery (analyse the window "
                            "in BigQuery through a log bucket's linked dataset)."),
             QStringLiteral("ENGINE"), QStringLiteral("local")),
      dataset(QStringLiteral("dataset"),
              QStringLiteral("With --engine bigquery: the linked dataset PROJECT.LINK_ID (default: "
                             "the project's only one)."),
              QStringLiteral("PROJECT.LINK_ID")),
      endpoint(QStringLiteral("bigquery-endpoint"),
               QStringLiteral("BigQuery API base URL (default https://bigquery.googleapis.com)."),
               QStringLiteral("URL")),
      maxBytes(QStringLiteral("max-bytes-billed"),
               QStringLiteral("With --engine bigquery: refuse queries that would bill more (bytes, "
                              "or 500MB, 10GiB, 1TB; default 1GiB)."),
               QStringLiteral("SIZE")),
      dryRun(
          QStringLiteral("dry-run"),
          QStringLiteral("With --engine bigquery: only show what the query would scan and cost."))
{
}

Result<bool> BigQueryCliOptions::read(const QCommandLineParser &parser, bool hasFilter,
                                      BigQueryCollectOptions *into) const
{
    const QString name = parser.value(engine);
    const bool on = name == QLatin1String("bigquery");
    if (!on && name != QLatin1String("local"))
        return fail(QStringLiteral("--engine is local or bigquery, not '%1'.").arg(name));
    if (!on && (parser.isSet(dataset) || parser.isSet(maxBytes) || parser.isSet(dryRun)))
        return fail(
            QStringLiteral("--dataset, --max-bytes-billed and --dry-run need --engine bigquery."));
    if (on && hasFilter)
        return fail(QStringLiteral("--filter is a Cloud Logging filter and cannot run in BigQuery; "
                                   "use --service and --severity."));
    if (parser.isSet(maxBytes)) {
        const auto cap = parseByteSize(parser.value(maxBytes));
        if (!cap)
            return fail(
                QStringLiteral(
                    "--max-bytes-billed takes a size such as 1073741824, 500MB or 10GiB, not '%1'.")
                    .arg(parser.value(maxBytes)));
        into->maxBytesBilled = *cap;
    }
    if (parser.isSet(endpoint)) {
        into->bigqueryEndpoint = QUrl(parser.value(endpoint));
        const QString scheme = into->bigqueryEndpoint.scheme();
        if (!into->bigqueryEndpoint.isValid() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
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

} // namespace

int collectWithBigQuery(QNetworkAccessManager &network, gcp::TokenProvider &tokens,
                        const BigQueryCollectOptions &options, QTextStream &err)
{
    tokens.setScope(gcp::bigQueryReadScope());
    gcp::BigQueryRun run(&network, tokenSource(tokens));
    QObject::connect(&run, &gcp::BigQueryRun::progressChanged, [&] {
        const auto &p = run.progress();
        if (p.totalRows < 0)
            err << "  job " << p.jobId << " running (" << p.polls << " checks)\n";
        else
            err << "  rows " << p.rowsFetched << " of " << p.totalRows << '\n';
        err.flush();
    });
    QObject::connect(&run, &gcp::BigQueryRun::retrying, [&](const QString &reason, qint64 ms) {
        err << "  retrying in " << ms << " ms: " << reason << '\n';
        err.flush();
    });
    QObject::connect(&run, &gcp::BigQueryRun::estimated, [&] {
        const gcp::BigQueryEstimate &e = *run.estimate();
        err << "loggardener collect: analysing " << e.dataset << " in BigQuery, project "
            << options.project << '\n';
        err << "loggardener collect: the query scans " << gcp::formatBytes(e.bytesProcessed)
            << ", billed " << gcp::formatBytes(e.bytesBilled) << ", about US$"
            << QString::number(e.usd, 'f', 4) << " on demand (US$" << gcp::BigQueryUsdPerTiB
            << " per TiB; the first TiB each month is free); cap " << gcp::formatBytes(e.cap)
            << '\n';
        if (!options.dryRunOnly && !e.overCap())
            err << "loggardener collect: running the query, then fetching the sample entries by "
                   "insertId\n";
        err.flush();
    });
    QEventLoop loop;
    QObject::connect(&run, &gcp::BigQueryRun::finished, &loop, &QEventLoop::quit);
    run.start(options, options.dryRunOnly);
    if (run.isRunning())
        loop.exec();
    const auto &result = run.result();
    if (!result) {
        err << "loggardener collect: " << result.error().toString();
        if (run.estimate() && run.estimate()->overCap())
            err << " (--max-bytes-billed " << run.estimate()->bytesBilled << ')';
        else if (options.dataset.isEmpty() &&
                 result.error().what.contains(QLatin1String("several linked datasets")))
            err << " (--dataset)";
        err << '\n';
        err.flush();
        return int(ExitFailure);
    }
    if (options.dryRunOnly)
        return ExitOk;
    const gcp::GroupedRowsFile &file = result->file;
    err << "loggardener collect: " << file.rows.size() << " grouped rows standing for "
        << gcp::representedEntries(file.rows) << " entries, " << gcp::formatBytes(file.bytesBilled)
        << " billed, " << result->realSamples << " real sample entries; wrote "
        << result->exportPath << " and " << result->rowsPath << '\n';
    err.flush();
    return ExitOk;
}

} // namespace gardener::cli
