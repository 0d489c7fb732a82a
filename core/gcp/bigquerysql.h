#pragma once

#include "core/util/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <vector>

namespace gardener::gcp {

// A BigQuery dataset linked to a log bucket (Log Analytics), named "PROJECT.LINK_ID".
struct LinkedDataset
{
    QString project;
    QString dataset;
    QString name() const { return project + QLatin1Char('.') + dataset; }
    QString table() const; // "`PROJECT.LINK_ID._AllLogs`"
};
Result<LinkedDataset> parseLinkedDataset(const QString &text);

// What to analyse server-side.
struct GroupedQueryOptions
{
    LinkedDataset dataset;
    QString resourceType; // e.g. cloud_run_revision; empty: every resource
    QString service;      // empty: every service
    QString minSeverity = QStringLiteral("WARNING");
    QDateTime start, end; // UTC; end invalid: now
};

inline constexpr qint64 BucketsPerWindow = 240;

struct GroupedQuery
{
    QString sql;
    QJsonArray parameters;    // jobs.query queryParameters (NAMED)
    qint64 bucketSeconds = 0; // the time bucket of the rows: span / BucketsPerWindow
};

// The SQL that does the coarse work on BigQuery's side: reads the window from `_AllLogs`
// (JSON columns with JSON_VALUE), masks messages with bigQueryMaskRules(), and groups by masked
// message, severity, service, revision, source location, HTTP status and time bucket (1/240 of
// the window, at least a minute), with counts,
// first/last seen, one example message, up to three sample insert_ids and the distinct users
// (user id labels or payload fields, else a user_N id in the message) per group. Values
// travel as query parameters, never inside the SQL text.
Result<GroupedQuery> buildGroupedQuery(const GroupedQueryOptions &options);

// The columns of a grouped row, in the order the query selects them.
enum GroupedColumn
{
    ColMasked,
    ColSeverity,
    ColService,
    ColRevision,
    ColFile,
    ColFunction,
    ColLine,
    ColBucket,
    ColEntries,
    ColFirstSeen,
    ColLastSeen,
    ColExample,
    ColSampleIds,
    ColHttpStatus,
    ColUsers,
    GroupedColumnCount
};

// One server-side mask: a regular expression in the subset RE2 (BigQuery) and PCRE2 (Qt) read
// alike, applied to whole whitespace-separated tokens (with a bracket or quote before and a
// punctuation mark after), replaced by the placeholder the local masker writes for that class.
// The rules only ever mask what the local masker masks the same way, so a server-side group
// never joins messages that local clustering would keep apart (it may split some that local
// clustering then joins again, which costs rows, not correctness).
struct MaskRule
{
    const char *name;
    QString pattern;
    QString replacement;
};
const std::vector<MaskRule> &bigQueryMaskRules();
// The same masking done locally with QRegularExpression (for tests and the docs).
QString applyMaskRules(const QString &message);
// The GoogleSQL expression masking `column`.
QString maskExpression(const QString &column);

} // namespace gardener::gcp
