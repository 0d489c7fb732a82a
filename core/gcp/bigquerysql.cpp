#include "core/gcp/bigquerysql.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace gardener::gcp {

QString LinkedDataset::table() const
{
    return QStringLiteral("`%1.%2._AllLogs`").arg(project, dataset);
}

Result<LinkedDataset> parseLinkedDataset(const QString &text)
{
    // Project ids: 6-30 of a-z 0-9 - (older ones may have a "domain:" prefix); dataset ids:
    // letters, digits and underscores. Anything else could break out of the backtick name.
    static const QRegularExpression form(QStringLiteral(
        "^((?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9])\\.([A-Za-z_][A-Za-z0-9_]{0,1023})$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return fail(QStringLiteral("'%1' is not a linked dataset: give PROJECT.LINK_ID, e.g. "
                                   "my-project.my_logs_link (the dataset of a log bucket's "
                                   "BigQuery link).")
                        .arg(text));
    return LinkedDataset{m.captured(1), m.captured(2)};
}

namespace {

// Token boundaries: the start or whitespace, an optional opening bracket or quote; after the
// value an optional punctuation mark, then whitespace or the end. The whitespace around tokens
// is doubled first so that neighbouring tokens each keep one for their own match.
const QString Before = QStringLiteral("(^|\\s)([(\\[\\x22\\x27]?)");
const QString After = QStringLiteral("([.,;:)\\]\\x22\\x27]?)(\\s|$)");
const QString Keep = QStringLiteral("\\1\\2%1\\3\\4");

const QString Number =
    QStringLiteral("[~+=-]?[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

MaskRule rule(const char *name, const QString &value, const char *placeholder)
{
    return {name, Before + QStringLiteral("(?:") + value + QStringLiteral(")") + After,
            Keep.arg(QLatin1String(placeholder))};
}

} // namespace

const std::vector<MaskRule> &bigQueryMaskRules()
{
    static const std::vector<MaskRule> rules{
        rule("uuid",
             QStringLiteral(
                 "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
             "<UUID>"),
        rule("email", QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"),
             "<EMAIL>"),
        rule("ip",
             QStringLiteral("[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}(?::[0-9]{1,5})?"),
             "<IP>"),
        rule("user id", QStringLiteral("user_[0-9]+"), "<USER>"),
        // Numbers as the local masker reads them (sign, 1,024 groups, decimals, exponent) with
        // the units it knows: time units make a duration, the others a number.
        rule("duration",
             Number + QStringLiteral("(?i:ns|us|\u00b5s|ms|s|sec|secs|m|min|mins|h|hr|hrs|d)"),
             "<DUR>"),
        rule("number",
             Number + QStringLiteral(
                          "(?:%|(?i:b|kb|mb|gb|tb|kib|mib|gib|k|x|bytes|px|hz|khz|mhz|ghz))?"),
             "<NUM>"),
        // A path segment of digits ("/api/orders/1234"): the local masker splits paths at "/".
        {"path number", QStringLiteral("/[0-9]+(/|\\s|$)"), QStringLiteral("/<NUM>\\1")},
        // 0x… or a lower-case hex run of 6+ holding a digit (RE2 has no look-ahead, hence the
        // alternatives by the position of the first digit).
        rule("hex",
             QStringLiteral(
                 "0x[0-9a-fA-F]+|[0-9][0-9a-f]{5,}|[a-f][0-9][0-9a-f]{4,}|[a-f]{2}[0-9][0-9a-f]{3,}"
                 "|[a-f]{3}[0-9][0-9a-f]{2,}|[a-f]{4}[0-9][0-9a-f]+|[a-f]{5,}[0-9][0-9a-f]*"),
             "<HEX>"),
    };
    return rules;
}

QString applyMaskRules(const QString &message)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const std::vector<QRegularExpression> compiled = [] {
        std::vector<QRegularExpression> out;
        for (const MaskRule &r : bigQueryMaskRules())
            out.emplace_back(r.pattern);
        return out;
    }();
    QString text = message;
    text.replace(spaces, QStringLiteral("  "));
    for (size_t i = 0; i < compiled.size(); ++i)
        text.replace(compiled[i], bigQueryMaskRules()[i].replacement);
    return text.replace(spaces, QStringLiteral(" "));
}

QString maskExpression(const QString &column)
{
    QString expr = QStringLiteral("REGEXP_REPLACE(%1, r'\\s+', '  ')").arg(column);
    for (const MaskRule &r : bigQueryMaskRules())
        expr =
            QStringLiteral("REGEXP_REPLACE(%1, r'%2', r'%3')").arg(expr, r.pattern, r.replacement);
    return QStringLiteral("REGEXP_REPLACE(%1, r'\\s+', ' ')").arg(expr);
}

namespace {

QJsonObject parameter(const QString &name, const QString &type, const QString &value)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("parameterType"), QJsonObject{{QStringLiteral("type"), type}}},
        {QStringLiteral("parameterValue"), QJsonObject{{QStringLiteral("value"), value}}}};
}

int severityNumber(const QString &name)
{
    static const QStringList names{
        QStringLiteral("DEFAULT"),  QStringLiteral("DEBUG"),   QStringLiteral("INFO"),
        QStringLiteral("NOTICE"),   QStringLiteral("WARNING"), QStringLiteral("ERROR"),
        QStringLiteral("CRITICAL"), QStringLiteral("ALERT"),   QStringLiteral("EMERGENCY")};
    const int i = int(names.indexOf(name.toUpper()));
    return i < 0 ? -1 : i * 100;
}

// The service as the local reader picks it: the first of these resource labels that is set.
const char *const ServiceExpr =
    "COALESCE(JSON_VALUE(resource.labels.service_name), JSON_VALUE(resource.labels.function_name), "
    "JSON_VALUE(resource.labels.module_id), JSON_VALUE(resource.labels.job_name), "
    "JSON_VALUE(resource.labels.container_name))";

// A request log without a message reads as "GET /path 503", as the local reader writes it:
// the URL's path without scheme, host, query or fragment.
const char *const RequestSummary =
    "NULLIF(TRIM(CONCAT(IFNULL(http_request.request_method, ''), ' ',\n"
    "               IFNULL(REGEXP_REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(http_request.request_url, "
    "r'^[^/]*://[^/]*$', '/'),\n"
    "                                                    r'^[^/]*://[^/]*', ''), r'[?#].*$', ''), "
    "''), ' ',\n"
    "               IFNULL(CAST(http_request.status AS STRING), ''))), '')";

// The user an entry is about, where the entry says: a user id label or payload field, else a
// user_N id in the message (what the local masker counts as a user).
const char *const UserExpr =
    "COALESCE(JSON_VALUE(labels.user_id), JSON_VALUE(labels.userId), JSON_VALUE(labels.user),\n"
    "             JSON_VALUE(json_payload.user_id), JSON_VALUE(json_payload.userId), "
    "JSON_VALUE(json_payload.user),\n"
    "             REGEXP_EXTRACT(%1, r'(?:^|[^A-Za-z0-9_])(user_[0-9]+)(?:$|[^A-Za-z0-9_])'))";

// The query's text: entries of the window masked in SQL, grouped by template, place and bucket.
QString groupedSql(const GroupedQueryOptions &options)
{
    QString serviceFilter =
        options.service.isEmpty()
            ? QString()
            : QStringLiteral("\n    AND %1 = @service").arg(QLatin1String(ServiceExpr));
    if (!options.resourceType.isEmpty())
        serviceFilter += QStringLiteral("\n    AND resource.type = @resource_type");
    return QStringLiteral("-- Log Gardener: grouped entries of one window\n"
                          "WITH entries AS (\n"
                          "  SELECT timestamp, severity, insert_id,\n"
                          "    %1 AS service,\n"
                          "    COALESCE(JSON_VALUE(resource.labels.revision_name), "
                          "JSON_VALUE(resource.labels.version_id)) AS revision,\n"
                          "    source_location.file AS source_file, source_location.function AS "
                          "source_function,\n"
                          "    source_location.line AS source_line,\n"
                          "    http_request.status AS http_status,\n"
                          "    COALESCE(NULLIF(text_payload, ''), "
                          "JSON_VALUE(json_payload.message), JSON_VALUE(json_payload.msg),\n"
                          "             JSON_VALUE(json_payload.error), "
                          "JSON_VALUE(json_payload.event), JSON_VALUE(json_payload.log),\n"
                          "             %5) AS message,\n"
                          "    %6 AS user_id\n"
                          "  FROM %2\n"
                          "  WHERE timestamp >= @start AND timestamp < @end AND severity_number "
                          ">= @min_severity%3\n"
                          "), masked AS (\n"
                          "  SELECT timestamp, severity, insert_id, service, revision, "
                          "source_file, source_function, source_line,\n"
                          "    http_status, message, user_id,\n"
                          "    %4 AS masked_message\n"
                          "  FROM entries\n"
                          ")\n"
                          "SELECT masked_message, severity, service, revision, source_file, "
                          "source_function, source_line,\n"
                          "  TIMESTAMP_SECONDS(DIV(UNIX_SECONDS(timestamp), @bucket_seconds) * "
                          "@bucket_seconds) AS bucket,\n"
                          "  COUNT(*) AS entry_count, MIN(timestamp) AS first_seen, "
                          "MAX(timestamp) AS last_seen,\n"
                          "  MIN(message) AS example, ARRAY_AGG(insert_id ORDER BY timestamp "
                          "LIMIT 3) AS sample_ids, http_status,\n"
                          "  COUNT(DISTINCT user_id) AS users\n"
                          "FROM masked\n"
                          "GROUP BY masked_message, severity, service, revision, source_file, "
                          "source_function, source_line, bucket,\n"
                          "  http_status")
        .arg(QLatin1String(ServiceExpr), options.dataset.table(), serviceFilter,
             maskExpression(QStringLiteral("message")), QLatin1String(RequestSummary),
             QString::fromLatin1(UserExpr).arg(QStringLiteral(
                 "COALESCE(NULLIF(text_payload, ''), JSON_VALUE(json_payload.message), "
                 "JSON_VALUE(json_payload.msg))")));
}

QJsonArray groupedParameters(const GroupedQueryOptions &options, const QDateTime &end,
                             int minSeverity, qint64 bucketSeconds)
{
    const auto ts = [](const QDateTime &t) {
        return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz+00:00"));
    };
    QJsonArray parameters{
        parameter(QStringLiteral("start"), QStringLiteral("TIMESTAMP"), ts(options.start)),
        parameter(QStringLiteral("end"), QStringLiteral("TIMESTAMP"), ts(end)),
        parameter(QStringLiteral("min_severity"), QStringLiteral("INT64"),
                  QString::number(minSeverity)),
        parameter(QStringLiteral("bucket_seconds"), QStringLiteral("INT64"),
                  QString::number(bucketSeconds))};
    if (!options.service.isEmpty())
        parameters.append(
            parameter(QStringLiteral("service"), QStringLiteral("STRING"), options.service));
    if (!options.resourceType.isEmpty())
        parameters.append(parameter(QStringLiteral("resource_type"), QStringLiteral("STRING"),
                                    options.resourceType));
    return parameters;
}

} // namespace

Result<GroupedQuery> buildGroupedQuery(const GroupedQueryOptions &options)
{
    const int minSeverity = severityNumber(options.minSeverity);
    if (minSeverity < 0)
        return fail(QStringLiteral("unknown severity '%1' (DEBUG, INFO, NOTICE, WARNING, ERROR, "
                                   "CRITICAL, ALERT, EMERGENCY)")
                        .arg(options.minSeverity));
    if (!options.start.isValid())
        return fail(QStringLiteral("the window has no start"));
    const QDateTime end =
        options.end.isValid() ? options.end.toUTC() : QDateTime::currentDateTimeUtc();
    if (end <= options.start)
        return fail(QStringLiteral("the window ends before it starts"));
    GroupedQuery q;
    const qint64 span = options.start.secsTo(end);
    // Twice as many buckets as the local engine has time slices (120 over the data's span), so
    // that every slice receives rows: slices without any would look alike for every template
    // and make unrelated templates "rise and fall together".
    q.bucketSeconds = std::max<qint64>(60, (span + BucketsPerWindow - 1) / BucketsPerWindow);
    q.sql = groupedSql(options);
    q.parameters = groupedParameters(options, end, minSeverity, q.bucketSeconds);
    return q;
}
} // namespace gardener::gcp
