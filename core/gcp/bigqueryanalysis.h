#pragma once

#include "core/clustering/clusterengine.h"
#include "core/gcp/bigqueryclient.h"
#include "core/gcp/bigquerysql.h"
#include "core/logs/entryweight.h"
#include "core/logs/logsummary.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <vector>

namespace gardener {
class LogStore;
}

namespace gardener::gcp {

// One row of the grouped query (bigquerysql.h): a masked message at one severity, service,
// revision, source location and time bucket, standing for `count` entries.
struct GroupedRow
{
    QString masked, severity, service, revision, file, function;
    qint32 line = 0;
    qint32 httpStatus = 0; // of request logs (httpRequest.status), 0 when none
    qint64 bucketUs = 0, firstUs = 0, lastUs = 0; // microseconds since the epoch
    quint64 count = 0;
    quint64 users = 0;     // distinct users among them (COUNT(DISTINCT user id)), 0 when none known
    QString example;       // one real message of the group (the smallest), for local mining
    QStringList sampleIds; // insert_ids of its first entries
};

// The rows of a finished grouped query; an error names the row and column that do not fit.
Result<std::vector<GroupedRow>> groupedRows(const BigQueryResult &result);

// A JSON export (array of LogEntry) with one representative entry per row: the row's first
// sample insertId, first-seen time, severity, service, revision, source location and example
// message; labels "loggardener/represents" (the count) and "loggardener/last_seen" say what it
// stands for. `inspect`, `cluster` and the app read it as any export (one entry per row).
// `real` maps insertIds to entries fetched from Cloud Logging: a row whose first sample is there
// is represented by that real entry (with the same labels added).
QByteArray representativeExport(const std::vector<GroupedRow> &rows,
                                const QHash<QString, QJsonObject> &real = {});

// The insertIds worth fetching as real entries: the first sample of the rows that are the
// samples of each cluster of clusterRows(rows), at most `limit`.
QStringList sampleIdsToFetch(const std::vector<GroupedRow> &rows, int limit = 300);

// Mines templates and issue clusters from the weighted rows (ClusterEngine::addWeighted): a row
// of count 40,000 counts as 40,000 entries; entry i of the set is row i.
clustering::ClusterSet clusterRows(const std::vector<GroupedRow> &rows,
                                   const clustering::ClusterOptions &options = {});

// The same over a store that read representativeExport(rows): entry i of the store is row i,
// so samples and the table show the representative entries. Fails if the store does not hold
// exactly one entry per row.
Result<clustering::ClusterSet>
clusterRepresentatives(const LogStore &store, const std::vector<GroupedRow> &rows,
                       const clustering::ClusterOptions &options = {});

quint64 representedEntries(const std::vector<GroupedRow> &rows);
// Per row: the entries it stands for, its last-seen time and users (Session::openWeighted).
std::vector<EntryWeight> rowWeights(const std::vector<GroupedRow> &rows);

// The summary of the entries the rows stand for (counts weighted, first/last seen of the rows).
LogSummary weightedSummary(const std::vector<GroupedRow> &rows);

// The rows with what the query cost, as `collect --engine bigquery` keeps them beside its export
// (<out>.bigquery.json) so that `run` can weigh the representative entries again.
struct GroupedRowsFile
{
    QString dataset;
    qint64 bytesProcessed = 0, bytesBilled = 0;
    std::vector<GroupedRow> rows;
};
QByteArray writeRowsFile(const GroupedRowsFile &file);
Result<GroupedRowsFile> readRowsFile(const QString &path);

} // namespace gardener::gcp
