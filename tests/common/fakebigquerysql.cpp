#include "tests/common/fakebigquerysql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace gardener::test {
namespace {

// --- SQLite functions standing in for GoogleSQL's

QString textArg(sqlite3_value *v)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return p ? QString::fromUtf8(p, sqlite3_value_bytes(v)) : QString();
}

const QRegularExpression *cachedRegex(const QString &pattern, QString *error)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            *error = QStringLiteral("Cannot parse regular expression: %1").arg(re.errorString());
            return nullptr;
        }
        re.optimize();
        it = cache.insert(pattern, re);
    }
    return &*it;
}

void regexpReplace(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    QString error;
    const QRegularExpression *re = cachedRegex(textArg(argv[1]), &error);
    if (!re) {
        sqlite3_result_error(ctx, error.toUtf8().constData(), -1);
        return;
    }
    const QByteArray out = textArg(argv[0]).replace(*re, textArg(argv[2])).toUtf8();
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

void regexpContains(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    QString error;
    const QRegularExpression *re = cachedRegex(textArg(argv[1]), &error);
    if (!re) {
        sqlite3_result_error(ctx, error.toUtf8().constData(), -1);
        return;
    }
    sqlite3_result_int(ctx, re->match(textArg(argv[0])).hasMatch() ? 1 : 0);
}

// BigQuery's REGEXP_EXTRACT: the first match's capturing group when the pattern has one, else
// the whole match; NULL without a match.
void regexpExtract(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    QString error;
    const QRegularExpression *re = cachedRegex(textArg(argv[1]), &error);
    if (!re) {
        sqlite3_result_error(ctx, error.toUtf8().constData(), -1);
        return;
    }
    if (re->captureCount() > 1) {
        sqlite3_result_error(ctx,
                             "Regular expressions passed into extraction functions must not have "
                             "more than 1 capturing group",
                             -1);
        return;
    }
    const QRegularExpressionMatch m = re->match(textArg(argv[0]));
    if (!m.hasMatch()) {
        sqlite3_result_null(ctx);
        return;
    }
    const QByteArray text = m.captured(re->captureCount()).toUtf8();
    sqlite3_result_text(ctx, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void timestampTrunc(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const qint64 us = sqlite3_value_int64(argv[0]);
    const QString unit = textArg(argv[1]).toUpper();
    qint64 step = 0;
    if (unit == QLatin1String("SECOND"))
        step = 1'000'000;
    else if (unit == QLatin1String("MINUTE"))
        step = 60'000'000;
    else if (unit == QLatin1String("HOUR"))
        step = 3'600'000'000;
    else if (unit == QLatin1String("DAY"))
        step = 86'400'000'000;
    if (step == 0) {
        sqlite3_result_error(ctx, "A valid date part name is required", -1);
        return;
    }
    const qint64 floor = us >= 0 ? us / step * step : -((-us + step - 1) / step) * step;
    sqlite3_result_int64(ctx, floor);
}

struct ArrayAgg
{
    std::vector<std::pair<QVariant, QString>> items; // (order key, value)
    int limit = 0;
    bool desc = false;
};

QVariant keyOf(sqlite3_value *v)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(v)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(v));
    case SQLITE_NULL:
        return {};
    default:
        return QVariant(textArg(v));
    }
}

void arrayAggStep(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto **slot = static_cast<ArrayAgg **>(sqlite3_aggregate_context(ctx, sizeof(ArrayAgg *)));
    if (!slot)
        return;
    if (!*slot) {
        *slot = new ArrayAgg;
        (*slot)->limit = int(sqlite3_value_int64(argv[2]));
        (*slot)->desc = sqlite3_value_int64(argv[3]) != 0;
    }
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) // BigQuery refuses NULL elements: we skip
        return;
    (*slot)->items.emplace_back(keyOf(argv[1]), textArg(argv[0]));
}

void arrayAggFinal(sqlite3_context *ctx)
{
    auto **slot = static_cast<ArrayAgg **>(sqlite3_aggregate_context(ctx, 0));
    QJsonArray out;
    if (slot && *slot) {
        ArrayAgg *agg = *slot;
        std::stable_sort(agg->items.begin(), agg->items.end(), [agg](const auto &a, const auto &b) {
            const auto order = QVariant::compare(a.first, b.first);
            return agg->desc ? order == QPartialOrdering::Greater : order == QPartialOrdering::Less;
        });
        for (size_t i = 0; i < agg->items.size() && int(i) < agg->limit; ++i)
            out.append(agg->items[i].second);
        delete agg;
        *slot = nullptr;
    }
    const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Compact);
    sqlite3_result_text(ctx, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

bool registerFunctions(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return sqlite3_create_function_v2(h, "regexp_replace", 3, flags, nullptr, regexpReplace,
                                      nullptr, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(h, "regexp_contains", 2, flags, nullptr, regexpContains,
                                      nullptr, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(h, "regexp_extract", 2, flags, nullptr, regexpExtract,
                                      nullptr, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(h, "timestamp_trunc", 2, flags, nullptr, timestampTrunc,
                                      nullptr, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(h, "array_agg_limit", 4, SQLITE_UTF8, nullptr, nullptr,
                                      arrayAggStep, arrayAggFinal, nullptr) == SQLITE_OK;
}

// --- loading

int severityNumber(const QString &s)
{
    static const QHash<QString, int> numbers{
        {QStringLiteral("DEBUG"), 100},  {QStringLiteral("INFO"), 200},
        {QStringLiteral("NOTICE"), 300}, {QStringLiteral("WARNING"), 400},
        {QStringLiteral("ERROR"), 500},  {QStringLiteral("CRITICAL"), 600},
        {QStringLiteral("ALERT"), 700},  {QStringLiteral("EMERGENCY"), 800}};
    return numbers.value(s, 0);
}

qint64 micros(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() * 1000 : 0;
}

QVariant jsonText(const QJsonValue &v)
{
    if (!v.isObject())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString baseType(const QString &column)
{
    if (column == QLatin1String("timestamp") || column == QLatin1String("receive_timestamp"))
        return QStringLiteral("TIMESTAMP");
    if (column == QLatin1String("severity_number") ||
        column == QLatin1String("source_location_line") ||
        column == QLatin1String("http_request_status"))
        return QStringLiteral("INTEGER");
    return QStringLiteral("STRING");
}

} // namespace

const QStringList &allLogsColumns()
{
    static const QStringList names{QStringLiteral("timestamp"),
                                   QStringLiteral("receive_timestamp"),
                                   QStringLiteral("severity"),
                                   QStringLiteral("severity_number"),
                                   QStringLiteral("log_name"),
                                   QStringLiteral("insert_id"),
                                   QStringLiteral("trace"),
                                   QStringLiteral("span_id"),
                                   QStringLiteral("text_payload"),
                                   QStringLiteral("json_payload"),
                                   QStringLiteral("proto_payload"),
                                   QStringLiteral("labels"),
                                   QStringLiteral("resource_type"),
                                   QStringLiteral("resource_labels"),
                                   QStringLiteral("source_location_file"),
                                   QStringLiteral("source_location_line"),
                                   QStringLiteral("source_location_function"),
                                   QStringLiteral("http_request_status"),
                                   QStringLiteral("http_request_request_method"),
                                   QStringLiteral("http_request_request_url")};
    return names;
}

BqSqlEngine::BqSqlEngine()
    : m_connection(QStringLiteral("fakebigquery-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    if (!m_db.open() || !registerFunctions(m_db))
        qFatal("fake BigQuery: cannot open SQLite or register its functions");
    QStringList defs;
    for (const QString &c : allLogsColumns())
        defs << c + (baseType(c) == QLatin1String("STRING") ? QStringLiteral(" TEXT")
                                                            : QStringLiteral(" INTEGER"));
    QSqlQuery(m_db).exec(
        QStringLiteral("CREATE TABLE _AllLogs (%1)").arg(defs.join(QStringLiteral(", "))));
}

BqSqlEngine::~BqSqlEngine()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(m_connection);
}

int BqSqlEngine::load(const QJsonArray &entries)
{
    m_db.transaction();
    QSqlQuery insert(m_db);
    QStringList marks;
    for (qsizetype i = 0; i < allLogsColumns().size(); ++i)
        marks << QStringLiteral("?");
    insert.prepare(QStringLiteral("INSERT INTO _AllLogs (%1) VALUES (%2)")
                       .arg(allLogsColumns().join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    int loaded = 0;
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        const QJsonObject resource = e.value(QLatin1String("resource")).toObject();
        const QJsonObject location = e.value(QLatin1String("sourceLocation")).toObject();
        const QString severity =
            e.value(QLatin1String("severity")).toString(QStringLiteral("DEFAULT"));
        const auto str = [&e](const char *key) {
            const QJsonValue v = e.value(QLatin1String(key));
            return v.isString() ? QVariant(v.toString()) : QVariant(QMetaType::fromType<QString>());
        };
        const QJsonValue line = location.value(QLatin1String("line"));
        const QJsonObject http = e.value(QLatin1String("httpRequest")).toObject();
        const QVariantList row{
            micros(e.value(QLatin1String("timestamp")).toString()),
            micros(e.value(QLatin1String("receiveTimestamp")).toString()),
            severity,
            severityNumber(severity),
            str("logName"),
            str("insertId"),
            str("trace"),
            str("spanId"),
            str("textPayload"),
            jsonText(e.value(QLatin1String("jsonPayload"))),
            jsonText(e.value(QLatin1String("protoPayload"))),
            jsonText(e.value(QLatin1String("labels"))),
            resource.value(QLatin1String("type")).toString(),
            jsonText(resource.value(QLatin1String("labels"))),
            location.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(location.value(QLatin1String("file")).toString()),
            line.isUndefined() ? QVariant(QMetaType::fromType<qint64>())
                               : QVariant(line.isString() ? line.toString().toLongLong()
                                                          : qint64(line.toDouble())),
            location.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(location.value(QLatin1String("function")).toString()),
            http.contains(QLatin1String("status"))
                ? QVariant(http.value(QLatin1String("status")).toInt())
                : QVariant(QMetaType::fromType<qint64>()),
            http.contains(QLatin1String("requestMethod"))
                ? QVariant(http.value(QLatin1String("requestMethod")).toString())
                : QVariant(QMetaType::fromType<QString>()),
            http.contains(QLatin1String("requestUrl"))
                ? QVariant(http.value(QLatin1String("requestUrl")).toString())
                : QVariant(QMetaType::fromType<QString>()),
        };
        for (qsizetype i = 0; i < row.size(); ++i) {
            insert.bindValue(int(i), row[i]);
            // BigQuery bills 8 bytes per INT64/TIMESTAMP and 2 + UTF-8 bytes per STRING/JSON.
            const QString &column = allLogsColumns()[i];
            if (!row[i].isNull())
                m_columnBytes[column] += baseType(column) == QLatin1String("STRING")
                                             ? 2 + row[i].toString().toUtf8().size()
                                             : 8;
        }
        if (insert.exec())
            ++loaded;
    }
    m_db.commit();
    return loaded;
}

qint64 BqSqlEngine::rowCount() const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM _AllLogs"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 BqSqlEngine::bytesOf(const QStringList &columns) const
{
    qint64 total = 0;
    for (const QString &c : columns)
        total += m_columnBytes.value(c);
    return total;
}

} // namespace gardener::test
