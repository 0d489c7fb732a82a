// GoogleSQL -> SQLite translation and execution for BqSqlEngine (the mapping is documented in
// fakebigquerysql.h).
#include "tests/common/fakebigquerysql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace gardener::test {
namespace {

constexpr QChar StrMark(0x01), TickMark(0x03), EndMark(0x02);

struct Lexed
{
    QString code;          // strings and backtick names replaced by marks
    QStringList strings;   // decoded string literal values
    QStringList backticks; // backtick-quoted names
};

// Replaces literals by marks so that rewriting never touches their contents.
std::variant<Lexed, BqError> lex(const QString &sql)
{
    Lexed out;
    for (qsizetype i = 0; i < sql.size();) {
        const QChar c = sql[i];
        if (c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--")) {
            while (i < sql.size() && sql[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        const bool raw =
            (c == QLatin1Char('r') || c == QLatin1Char('R')) && i + 1 < sql.size() &&
            (sql[i + 1] == QLatin1Char('\'') || sql[i + 1] == QLatin1Char('"')) &&
            (i == 0 || !(sql[i - 1].isLetterOrNumber() || sql[i - 1] == QLatin1Char('_')));
        if (raw || c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            const qsizetype start = i;
            const QChar quote = raw ? sql[i + 1] : c;
            i += raw ? 2 : 1;
            QString value;
            bool closed = false;
            while (i < sql.size()) {
                const QChar d = sql[i];
                if (d == QLatin1Char('\\') && quote != QLatin1Char('`') && i + 1 < sql.size()) {
                    if (raw) {
                        value += d;
                        value += sql[i + 1];
                    } else {
                        const QChar n = sql[i + 1];
                        value += n == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                                 : n == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                                         : n;
                    }
                    i += 2;
                    continue;
                }
                ++i;
                if (d == quote) {
                    closed = true;
                    break;
                }
                value += d;
            }
            if (!closed)
                return BqError{400, QStringLiteral("invalidQuery"),
                               QStringLiteral("Syntax error: Unclosed string literal at [1:%1]")
                                   .arg(start + 1)};
            if (quote == QLatin1Char('`')) {
                out.code += TickMark + QString::number(out.backticks.size()) + EndMark;
                out.backticks << value;
            } else {
                out.code += StrMark + QString::number(out.strings.size()) + EndMark;
                out.strings << value;
            }
            continue;
        }
        out.code += c;
        ++i;
    }
    return out;
}

const QSet<QString> &functions()
{
    static const QSet<QString> names{QStringLiteral("COUNT"),
                                     QStringLiteral("MIN"),
                                     QStringLiteral("MAX"),
                                     QStringLiteral("SUM"),
                                     QStringLiteral("COALESCE"),
                                     QStringLiteral("IFNULL"),
                                     QStringLiteral("NULLIF"),
                                     QStringLiteral("TRIM"),
                                     QStringLiteral("CONCAT"),
                                     QStringLiteral("UNIX_SECONDS"),
                                     QStringLiteral("TIMESTAMP_SECONDS"),
                                     QStringLiteral("DIV"),
                                     QStringLiteral("LOWER"),
                                     QStringLiteral("UPPER"),
                                     QStringLiteral("SUBSTR"),
                                     QStringLiteral("LENGTH"),
                                     QStringLiteral("JSON_VALUE"),
                                     QStringLiteral("REGEXP_REPLACE"),
                                     QStringLiteral("REGEXP_CONTAINS"),
                                     QStringLiteral("REGEXP_EXTRACT"),
                                     QStringLiteral("TIMESTAMP_TRUNC"),
                                     QStringLiteral("APPROX_COUNT_DISTINCT"),
                                     QStringLiteral("ARRAY_AGG"),
                                     QStringLiteral("LEFT"),
                                     QStringLiteral("CAST")};
    return names;
}

const QSet<QString> &keywordsBeforeParen()
{
    static const QSet<QString> words{
        QStringLiteral("AS"),     QStringLiteral("IN"),   QStringLiteral("AND"),
        QStringLiteral("OR"),     QStringLiteral("NOT"),  QStringLiteral("EXISTS"),
        QStringLiteral("ON"),     QStringLiteral("FROM"), QStringLiteral("WHERE"),
        QStringLiteral("SELECT"), QStringLiteral("JOIN"), QStringLiteral("USING"),
        QStringLiteral("OVER"),   QStringLiteral("BY"),   QStringLiteral("THEN"),
        QStringLiteral("ELSE"),   QStringLiteral("WHEN"), QStringLiteral("WITH"),
        QStringLiteral("HAVING")};
    return words;
}

// "[line:column]" of a position in the original text, as BigQuery's messages give it.
QString where(const QString &text, qsizetype pos)
{
    const qsizetype line = text.left(pos).count(QLatin1Char('\n')) + 1;
    const qsizetype lastNl = text.lastIndexOf(QLatin1Char('\n'), pos - 1);
    return QStringLiteral("[%1:%2]").arg(line).arg(pos - lastNl);
}

std::optional<BqError> checkTables(Lexed &lexed, const QString &dataset)
{
    for (qsizetype i = 0; i < lexed.backticks.size(); ++i) {
        const QString name = lexed.backticks[i];
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        const QString ds = name.left(dot), table = name.mid(dot + 1);
        QString project = ds.section(QLatin1Char('.'), 0, 0);
        if (dot < 0 || ds != dataset)
            return BqError{404, QStringLiteral("notFound"),
                           QStringLiteral("Not found: Dataset %1 was not found in location US")
                               .arg(QString(ds).replace(QLatin1Char('.'), QLatin1Char(':')))};
        if (table != QLatin1String("_AllLogs"))
            return BqError{404, QStringLiteral("notFound"),
                           QStringLiteral("Not found: Table %1:%2 was not found in location US")
                               .arg(project, name.mid(project.size() + 1))};
        lexed.code.replace(TickMark + QString::number(i) + EndMark, QStringLiteral("_AllLogs"));
    }
    return std::nullopt;
}

std::optional<BqError> checkFunctions(const Lexed &lexed)
{
    static const QRegularExpression call(QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\("));
    for (auto it = call.globalMatch(lexed.code); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toUpper();
        if (!functions().contains(name) && !keywordsBeforeParen().contains(name))
            return BqError{400, QStringLiteral("invalidQuery"),
                           QStringLiteral("Function not found: %1 at %2")
                               .arg(m.captured(1), where(lexed.code, m.capturedStart(1)))};
    }
    return std::nullopt;
}

void replaceAll(QString &code, const char *pattern, const QString &with)
{
    code.replace(
        QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption),
        with);
}

QString sqliteLiteral(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

// JSON_VALUE(col.a.b) and JSON_VALUE(col, '$.a.b'); col may itself be resource.labels.
void rewriteJsonValue(Lexed &lexed)
{
    static const QRegularExpression jv(
        QStringLiteral("\\bJSON_VALUE\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*(?:,\\s*\\x{01}(\\d+)"
                       "\\x{02}\\s*)?\\)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList jsonColumns{QStringLiteral("resource.labels"),
                                         QStringLiteral("json_payload"),
                                         QStringLiteral("proto_payload"), QStringLiteral("labels")};
    QString out;
    qsizetype last = 0;
    for (auto it = jv.globalMatch(lexed.code); it.hasNext();) {
        const auto m = it.next();
        QString ident = m.captured(1), column, path = QStringLiteral("$");
        for (const QString &c : jsonColumns)
            if (ident == c || ident.startsWith(c + QLatin1Char('.'))) {
                column = QString(c).replace(QLatin1Char('.'), QLatin1Char('_'));
                path += ident.mid(c.size());
                break;
            }
        if (column.isEmpty())
            continue; // left as is: checkFunctions accepted the name, SQLite will refuse it
        if (!m.captured(2).isEmpty()) {
            const QString given = lexed.strings[m.captured(2).toInt()];
            path += given.startsWith(QLatin1Char('$')) ? given.mid(1) : given;
        }
        const QString p = sqliteLiteral(path);
        out += lexed.code.mid(last, m.capturedStart() - last) +
               QStringLiteral("(CASE WHEN json_type(%1, %2) IN ('object','array') THEN NULL "
                              "ELSE CAST(json_extract(%1, %2) AS TEXT) END)")
                   .arg(column, p);
        last = m.capturedEnd();
    }
    lexed.code = out + lexed.code.mid(last);
}

// Calls whose arguments are rewritten with the top-level commas replaced by `join` and the
// whole wrapped as `before` ... `after`: CONCAT(a, b) -> (a || b), DIV(a, b) -> (a / b) (integer
// division of integers in SQLite, as DIV is in BigQuery).
void rewriteCall(QString &code, const char *name, const QString &join, const QString &before,
                 const QString &after)
{
    const QRegularExpression call(QStringLiteral("\\b%1\\s*\\(").arg(QLatin1String(name)),
                                  QRegularExpression::CaseInsensitiveOption);
    for (auto m = call.match(code); m.hasMatch(); m = call.match(code, m.capturedStart() + 1)) {
        int depth = 0;
        qsizetype end = m.capturedEnd();
        QList<qsizetype> commas;
        for (; end < code.size(); ++end) {
            if (code[end] == QLatin1Char('('))
                ++depth;
            else if (code[end] == QLatin1Char(')') && depth-- == 0)
                break;
            else if (code[end] == QLatin1Char(',') && depth == 0)
                commas << end;
        }
        if (end >= code.size())
            return; // SQLite reports the malformed call
        QString joined = code.mid(m.capturedEnd(), end - m.capturedEnd());
        for (qsizetype i = commas.size() - 1; i >= 0; --i)
            joined.replace(commas[i] - m.capturedEnd(), 1, join);
        code.replace(m.capturedStart(), end + 1 - m.capturedStart(), before + joined + after);
    }
}

// TIMESTAMP_TRUNC(expr, UNIT): the unit is a bare word, which SQLite would read as a column.
void rewriteTimestampTrunc(QString &code)
{
    static const QRegularExpression call(QStringLiteral("\\bTIMESTAMP_TRUNC\\s*\\("),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto m = call.match(code); m.hasMatch(); m = call.match(code, m.capturedStart() + 1)) {
        int depth = 0;
        qsizetype comma = -1, end = m.capturedEnd();
        for (; end < code.size(); ++end) {
            if (code[end] == QLatin1Char('('))
                ++depth;
            else if (code[end] == QLatin1Char(')') && depth-- == 0)
                break;
            else if (code[end] == QLatin1Char(',') && depth == 0)
                comma = end;
        }
        if (comma < 0 || end >= code.size())
            return; // SQLite reports the malformed call
        const QString arg = code.mid(m.capturedEnd(), comma - m.capturedEnd());
        const QString unit = code.mid(comma + 1, end - comma - 1).trimmed();
        code.replace(m.capturedStart(), end + 1 - m.capturedStart(),
                     QStringLiteral("timestamp_trunc(%1, '%2')").arg(arg, unit));
    }
}

void rewriteFunctions(Lexed &lexed)
{
    rewriteJsonValue(lexed);
    QString &code = lexed.code;
    replaceAll(code, "\\b(resource|source_location|http_request)\\.([a-z_]+)\\b",
               QStringLiteral("\\1_\\2"));
    replaceAll(code, "\\bREGEXP_REPLACE\\s*\\(", QStringLiteral("regexp_replace("));
    replaceAll(code, "\\bREGEXP_CONTAINS\\s*\\(", QStringLiteral("regexp_contains("));
    replaceAll(code, "\\bREGEXP_EXTRACT\\s*\\(", QStringLiteral("regexp_extract("));
    rewriteTimestampTrunc(code);
    rewriteCall(code, "CONCAT", QStringLiteral(" || "), QStringLiteral("("), QStringLiteral(")"));
    rewriteCall(code, "DIV", QStringLiteral(" / "), QStringLiteral("("), QStringLiteral(")"));
    rewriteCall(code, "UNIX_SECONDS", {}, QStringLiteral("(("), QStringLiteral(") / 1000000)"));
    rewriteCall(code, "TIMESTAMP_SECONDS", {}, QStringLiteral("(("),
                QStringLiteral(") * 1000000)"));
    replaceAll(code, "\\bAPPROX_COUNT_DISTINCT\\s*\\(", QStringLiteral("COUNT(DISTINCT "));
    replaceAll(code,
               "\\bARRAY_AGG\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:IGNORE\\s+NULLS\\s*)?"
               "ORDER\\s+BY\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+DESC\\s+LIMIT\\s+(\\d+)\\s*\\)",
               QStringLiteral("array_agg_limit(\\1, \\2, \\3, 1)"));
    replaceAll(code,
               "\\bARRAY_AGG\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:IGNORE\\s+NULLS\\s*)?"
               "ORDER\\s+BY\\s+([A-Za-z_][A-Za-z0-9_]*)(?:\\s+ASC)?\\s+LIMIT\\s+(\\d+)\\s*\\)",
               QStringLiteral("array_agg_limit(\\1, \\2, \\3, 0)"));
    replaceAll(code,
               "\\bARRAY_AGG\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:IGNORE\\s+NULLS\\s*)?"
               "LIMIT\\s+(\\d+)\\s*\\)",
               QStringLiteral("array_agg_limit(\\1, NULL, \\2, 0)"));
    replaceAll(code, "\\bLEFT\\s*\\(\\s*([^,()]+)\\s*,", QStringLiteral("SUBSTR(\\1, 1,"));
    replaceAll(code, "\\bAS\\s+STRING\\b", QStringLiteral("AS TEXT"));
    replaceAll(code, "\\bAS\\s+INT64\\b", QStringLiteral("AS INTEGER"));
    replaceAll(code, "@([A-Za-z_][A-Za-z0-9_]*)", QStringLiteral(":\\1"));
    for (qsizetype i = lexed.strings.size() - 1; i >= 0; --i)
        code.replace(StrMark + QString::number(i) + EndMark, sqliteLiteral(lexed.strings[i]));
}

// --- schema inference over the select lists

QStringList splitTopLevel(const QString &list)
{
    QStringList items;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QChar c = list[i];
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (c == QLatin1Char(',') && depth == 0) {
            items << list.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    items << list.mid(start).trimmed();
    return items;
}

QString typeOf(QString expr, const QHash<QString, BqField> &known, bool *repeated)
{
    expr = expr.trimmed();
    const QString upper = expr.toUpper();
    static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    static const QRegularExpression minmax(QStringLiteral("^(MIN|MAX)\\s*\\((.*)\\)$"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    if (upper.startsWith(QLatin1String("ARRAY_AGG"))) {
        *repeated = true;
        return QStringLiteral("STRING");
    }
    if (upper.startsWith(QLatin1String("COUNT")) ||
        upper.startsWith(QLatin1String("APPROX_COUNT_DISTINCT")) ||
        upper.startsWith(QLatin1String("SUM")) || upper.startsWith(QLatin1String("LENGTH")))
        return QStringLiteral("INTEGER");
    if (upper.startsWith(QLatin1String("TIMESTAMP_TRUNC")) ||
        upper.startsWith(QLatin1String("TIMESTAMP_SECONDS")))
        return QStringLiteral("TIMESTAMP");
    if (const auto m = minmax.match(expr); m.hasMatch())
        return typeOf(m.captured(2), known, repeated);
    if (ident.match(expr).hasMatch()) {
        const QString name = expr.section(QLatin1Char('.'), -1);
        if (known.contains(name)) {
            *repeated = known[name].repeated;
            return known[name].type;
        }
        if (name == QLatin1String("timestamp") || name == QLatin1String("receive_timestamp"))
            return QStringLiteral("TIMESTAMP");
        if (name == QLatin1String("severity_number") ||
            expr == QLatin1String("source_location.line") ||
            expr == QLatin1String("http_request.status"))
            return QStringLiteral("INTEGER");
    }
    return QStringLiteral("STRING");
}

// The schema of the last top-level SELECT; aliases of earlier ones (CTEs) carry their types.
std::variant<std::vector<BqField>, BqError> inferSchema(const QString &code)
{
    static const QRegularExpression select(QStringLiteral("\\bSELECT\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression from(QStringLiteral("^FROM\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression alias(QStringLiteral("\\s+AS\\s+([A-Za-z_][A-Za-z0-9_]*)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    QHash<QString, BqField> known;
    std::vector<BqField> last;
    for (auto it = select.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        int depth = 0;
        qsizetype end = m.capturedEnd();
        for (; end < code.size(); ++end) {
            const QChar c = code[end];
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth < 0)
                break;
            else if (depth == 0 && from.match(code.mid(end, 5)).hasMatch() &&
                     code[end - 1].isSpace())
                break;
        }
        std::vector<BqField> fields;
        for (QString item : splitTopLevel(code.mid(m.capturedEnd(), end - m.capturedEnd()))) {
            if (item == QLatin1String("*"))
                return BqError{
                    400, QStringLiteral("invalidQuery"),
                    QStringLiteral(
                        "SELECT * is not supported by this test server: name the columns")};
            BqField f;
            if (const auto a = alias.match(item); a.hasMatch()) {
                f.name = a.captured(1);
                item.chop(a.capturedLength());
            } else {
                f.name = item.section(QLatin1Char('.'), -1).trimmed();
            }
            f.type = typeOf(item, known, &f.repeated);
            fields.push_back(f);
        }
        for (const BqField &f : fields)
            known.insert(f.name, f);
        last = fields;
    }
    if (last.empty())
        return BqError{400, QStringLiteral("invalidQuery"),
                       QStringLiteral("Syntax error: Expected SELECT")};
    return last;
}

QVariant parameterValue(const QJsonObject &p)
{
    const QString type =
        p.value(QLatin1String("parameterType")).toObject().value(QLatin1String("type")).toString();
    const QJsonValue raw =
        p.value(QLatin1String("parameterValue")).toObject().value(QLatin1String("value"));
    // Clients send INT64 values as strings (the JSON mapping of int64), some as numbers.
    const QString value = raw.isDouble() ? QString::number(qint64(raw.toDouble())) : raw.toString();
    if (type == QLatin1String("TIMESTAMP")) {
        QString iso = value.trimmed();
        iso.replace(QLatin1Char(' '), QLatin1Char('T'));
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        return t.isValid() ? QVariant(t.toMSecsSinceEpoch() * 1000) : QVariant();
    }
    if (type == QLatin1String("INT64"))
        return value.toLongLong();
    return value;
}

} // namespace

std::variant<BqSqlEngine::Translation, BqError>
BqSqlEngine::translate(const QString &googleSql) const
{
    auto lexedOr = lex(googleSql);
    if (auto *e = std::get_if<BqError>(&lexedOr))
        return *e;
    Lexed lexed = std::get<Lexed>(std::move(lexedOr));
    if (auto e = checkTables(lexed, m_dataset))
        return *e;
    if (auto e = checkFunctions(lexed))
        return *e;
    auto schema = inferSchema(lexed.code);
    if (auto *e = std::get_if<BqError>(&schema))
        return *e;
    Translation t;
    t.schema = std::get<std::vector<BqField>>(schema);
    rewriteFunctions(lexed);
    t.sql = lexed.code;
    for (const QString &c : allLogsColumns())
        if (t.sql.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(c))))
            t.columns << c;
    return t;
}

std::variant<BqResult, BqError> BqSqlEngine::run(const QString &googleSql,
                                                 const QJsonArray &parameters, bool dryRun)
{
    auto translated = translate(googleSql);
    if (auto *e = std::get_if<BqError>(&translated))
        return *e;
    const Translation &t = std::get<Translation>(translated);
    BqResult result;
    result.schema = t.schema;
    result.bytesProcessed = bytesOf(t.columns);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(t.sql))
        return BqError{400, QStringLiteral("invalidQuery"), q.lastError().databaseText()};
    for (const QJsonValue &v : parameters) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QLatin1String("name")).toString();
        if (!t.sql.contains(QLatin1Char(':') + name))
            return BqError{400, QStringLiteral("invalidQuery"),
                           QStringLiteral("Query parameter '%1' not found").arg(name)};
        q.bindValue(QLatin1Char(':') + name, parameterValue(p));
    }
    if (dryRun)
        return result;
    if (!q.exec())
        return BqError{400, QStringLiteral("invalidQuery"), q.lastError().databaseText()};
    const int n = int(result.schema.size());
    while (q.next()) {
        if (q.record().count() != n)
            return BqError{400, QStringLiteral("invalidQuery"),
                           QStringLiteral("column count differs from the select list")};
        std::vector<QVariant> row(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            const QVariant v = q.value(i);
            const BqField &f = result.schema[size_t(i)];
            if (v.isNull())
                continue;
            if (f.repeated) {
                QStringList items;
                for (const QJsonValue &x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
                    items << x.toString();
                row[size_t(i)] = items;
            } else if (f.type != QLatin1String("STRING")) {
                row[size_t(i)] = v.toLongLong();
            } else {
                row[size_t(i)] = v.toString();
            }
        }
        result.rows.push_back(std::move(row));
    }
    return result;
}

} // namespace gardener::test
