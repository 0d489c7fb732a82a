#pragma once

// The SQL engine behind FakeBigQuery: fixture log entries in an in-memory SQLite table shaped
// like Log Analytics' `_AllLogs` view, and a small translation from the GoogleSQL the app sends
// to SQLite, so the fake EXECUTES the query: a wrong query gives a wrong answer.
//
// Table `_AllLogs` (one row per LogEntry) and how its columns are stored:
//   timestamp            TIMESTAMP  INTEGER microseconds since the epoch (UTC)
//   receive_timestamp    TIMESTAMP  INTEGER microseconds
//   severity             STRING     "ERROR", ...      severity_number INT64 (ERROR = 500, ...)
//   log_name, insert_id, trace, span_id, text_payload   STRING
//   resource.type        STRING     column resource_type
//   resource.labels      JSON       column resource_labels (JSON text)
//   json_payload, labels, proto_payload  JSON (JSON text)
//   source_location.file / .line / .function   columns source_location_file / _line / _function
//   http_request.status  INT64      column http_request_status
//   http_request.request_method / .request_url  STRING  http_request_request_method / _url
//
// GoogleSQL -> SQLite mapping (everything else passes through unchanged):
//   `project.dataset._AllLogs`        the table (any other dataset: notFound; other view: notFound)
//   resource.type, source_location.x  the flattened columns above
//   JSON_VALUE(col.a.b) / JSON_VALUE(col, '$.a.b')
//                                     CAST(json_extract(col, '$.a.b') AS TEXT), NULL for objects
//                                     and arrays (json_extract gives booleans as 1/0: a known gap)
//   REGEXP_REPLACE(x, r'p', 'r')      regexp_replace(): a C function on QRegularExpression (PCRE2;
//                                     the app keeps to the RE2 subset both understand). In the
//                                     replacement \1 is a group, as in BigQuery.
//   REGEXP_CONTAINS(x, r'p')          regexp_contains()
//   REGEXP_EXTRACT(x, r'p')           regexp_extract(): the capturing group (at most one) or the
//                                     whole match; NULL without a match
//   TIMESTAMP_TRUNC(ts, MINUTE|HOUR|DAY)  timestamp_trunc(ts, 'HOUR') on microseconds
//   APPROX_COUNT_DISTINCT(x)          COUNT(DISTINCT x)  (exact: BigQuery's is an estimate)
//   ARRAY_AGG(x [IGNORE NULLS] [ORDER BY y [ASC|DESC]] LIMIT n)
//                                     array_agg_limit(x, y, n, desc): a C aggregate returning a
//                                     JSON array; the column is REPEATED in the schema
//   LEFT(x, n)                        SUBSTR(x, 1, n)
//   CONCAT(a, b, ...)                 (a || b || ...)  (NULL if any is NULL, as in BigQuery)
//   DIV(a, b)                         (a / b)  (integer division)
//   UNIX_SECONDS(ts), TIMESTAMP_SECONDS(s)   ts / 1000000, s * 1000000 (TIMESTAMP)
//   CAST(x AS STRING / INT64)         CAST(x AS TEXT / INTEGER)
//   COUNT(DISTINCT x)                 native (exact, as BigQuery's COUNT DISTINCT)
//   COUNT, MIN, MAX, SUM, COALESCE, IFNULL, NULLIF, TRIM, LOWER, UPPER, SUBSTR, LENGTH  native
//   'str', "str", r'raw', r"raw"      SQLite '...' literals (backslash escapes of non-raw strings
//                                     decoded)
//   @name query parameters            bound by name: TIMESTAMP (-> microseconds), INT64, STRING
// Any other function is refused as BigQuery does ("Function not found: X"); a SQLite error is
// an invalidQuery. Column types of the answer are inferred from the expressions: COUNT/SUM/
// APPROX_COUNT_DISTINCT and integer columns are INTEGER, ARRAY_AGG is a REPEATED STRING,
// timestamp columns, MIN/MAX of them and TIMESTAMP_TRUNC are TIMESTAMP, aliases carry their
// type into the outer query, the rest is STRING.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <variant>
#include <vector>

namespace gardener::test {

// The columns of the `_AllLogs` view the fake stores, in table order.
const QStringList &allLogsColumns();

struct BqField
{
    QString name;
    QString type; // STRING, INTEGER, TIMESTAMP
    bool repeated = false;
};

struct BqResult
{
    std::vector<BqField> schema;
    std::vector<std::vector<QVariant>>
        rows; // timestamps as qint64 microseconds, arrays as QStringList
    qint64 bytesProcessed = 0;
};

struct BqError
{
    int httpStatus = 400;
    QString reason; // invalidQuery, notFound, ...
    QString message;
};

class BqSqlEngine
{
public:
    BqSqlEngine();
    ~BqSqlEngine();
    BqSqlEngine(const BqSqlEngine &) = delete;
    BqSqlEngine &operator=(const BqSqlEngine &) = delete;

    // The project.dataset whose `_AllLogs` view the queries may read.
    void setDataset(const QString &projectDotDataset) { m_dataset = projectDotDataset; }
    QString dataset() const { return m_dataset; }

    // Loads LogEntry objects (as entries:list returns them). Returns rows loaded.
    int load(const QJsonArray &entries);
    qint64 rowCount() const;

    // The SQLite text a GoogleSQL query becomes, or an error.
    struct Translation
    {
        QString sql;
        std::vector<BqField> schema;
        QStringList columns; // base columns the query reads (for bytes processed)
    };
    std::variant<Translation, BqError> translate(const QString &googleSql) const;

    // Translates and runs. `parameters` is the jobs.query queryParameters array.
    std::variant<BqResult, BqError> run(const QString &googleSql, const QJsonArray &parameters,
                                        bool dryRun);

private:
    qint64 bytesOf(const QStringList &columns) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_dataset;
    QHash<QString, qint64> m_columnBytes; // per stored column, the bytes BigQuery would scan
};

} // namespace gardener::test
