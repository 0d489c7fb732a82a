#pragma once

#include "core/gcp/bigqueryrun.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QString>
#include <QTextStream>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;

namespace gardener::gcp {
class TokenProvider;
}

namespace gardener::cli {

// `collect --engine bigquery`: the window is analysed in BigQuery (docs/google-cloud.md,
// "Large windows: BigQuery") instead of being downloaded.
struct BigQueryCollectOptions : gcp::BigQueryRunOptions
{
    bool dryRunOnly = false;
    static constexpr qint64 DefaultMaxBytesBilled = gcp::DefaultMaxBytesBilled;
};

// Dry run (bytes and estimated cost, refused above the cap), the capped query with progress on
// `err`, then writes the export and the rows file. Returns a cli exit code.
int collectWithBigQuery(QNetworkAccessManager &network, gcp::TokenProvider &tokens,
                        const BigQueryCollectOptions &options, QTextStream &err);

QString rowsFilePath(const QString &exportPath); // <export>.bigquery.json

// "--max-bytes-billed" values: a number of bytes, or with a unit (500MB, 2GiB, 1TB).
std::optional<qint64> parseByteSize(const QString &text);

} // namespace gardener::cli
