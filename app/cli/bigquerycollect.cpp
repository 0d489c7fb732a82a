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

int collectWithBigQuery(QNetworkAccessManager &network, gcp::TokenProvider &tokens,
                        const BigQueryCollectOptions &options, QTextStream &err)
{
    tokens.setScope(gcp::bigQueryReadScope());
    gcp::BigQueryRun run(&network, tokens.source());
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
