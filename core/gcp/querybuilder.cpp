#include "core/gcp/querybuilder.h"

#include <QRegularExpression>

namespace gardener::gcp {

QString LogQuery::resourceName(Resource r)
{
    switch (r) {
    case Resource::CloudRunRevision:
        return QStringLiteral("cloud_run_revision");
    case Resource::K8sContainer:
        return QStringLiteral("k8s_container");
    case Resource::CloudFunction:
        return QStringLiteral("cloud_function");
    case Resource::GaeApp:
        return QStringLiteral("gae_app");
    case Resource::Any:
        break;
    }
    return QStringLiteral("any");
}

std::optional<LogQuery::Resource> LogQuery::resourceFromName(const QString &name)
{
    for (Resource r : {Resource::CloudRunRevision, Resource::K8sContainer, Resource::CloudFunction,
                       Resource::GaeApp, Resource::Any})
        if (resourceName(r) == name)
            return r;
    return std::nullopt;
}

std::optional<qint64> LogQuery::parseSinceSeconds(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})([mhd])$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 seconds = unit == QLatin1Char('m')   ? n * 60
                           : unit == QLatin1Char('h') ? n * 3600
                                                      : n * 86400;
    return seconds > 0 ? std::optional<qint64>(seconds) : std::nullopt;
}

QDateTime LogQuery::start(const QDateTime &now) const
{
    switch (window) {
    case Window::LastHour:
        return now.toUTC().addSecs(-3600);
    case Window::Last24Hours:
        return now.toUTC().addSecs(-86400);
    case Window::Last2Days:
        return now.toUTC().addSecs(-2 * 86400);
    case Window::Custom:
        break;
    }
    return customStart.toUTC();
}

QDateTime LogQuery::end(const QDateTime &now) const
{
    Q_UNUSED(now)
    return window == Window::Custom && customEnd.isValid() ? customEnd.toUTC() : QDateTime();
}

const QStringList &logSeverities()
{
    static const QStringList names{
        QStringLiteral("DEFAULT"),  QStringLiteral("DEBUG"),   QStringLiteral("INFO"),
        QStringLiteral("NOTICE"),   QStringLiteral("WARNING"), QStringLiteral("ERROR"),
        QStringLiteral("CRITICAL"), QStringLiteral("ALERT"),   QStringLiteral("EMERGENCY")};
    return names;
}

QString quoteFilterString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

namespace {
QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate); // "2026-03-14T11:00:00Z"
}
} // namespace

Result<QString> buildFilter(const LogQuery &query, const QDateTime &now)
{
    QStringList clauses;
    using R = LogQuery::Resource;
    if (query.resource != R::Any)
        clauses << QStringLiteral("resource.type=") +
                       quoteFilterString(LogQuery::resourceName(query.resource));
    if (!query.service.isEmpty()) {
        const QString v = quoteFilterString(query.service);
        switch (query.resource) {
        case R::CloudRunRevision:
            clauses << QStringLiteral("resource.labels.service_name=") + v;
            break;
        case R::K8sContainer:
            clauses << QStringLiteral("resource.labels.container_name=") + v;
            break;
        case R::CloudFunction:
            clauses << QStringLiteral("resource.labels.function_name=") + v;
            break;
        case R::GaeApp:
            clauses << QStringLiteral("resource.labels.module_id=") + v;
            break;
        case R::Any:
            clauses << QStringLiteral(
                           "(resource.labels.service_name=%1 OR resource.labels.container_name=%1 "
                           "OR resource.labels.function_name=%1 OR resource.labels.module_id=%1)")
                           .arg(v);
        }
    }
    if (!query.minSeverity.isEmpty()) {
        const QString s = query.minSeverity.toUpper();
        if (!logSeverities().contains(s))
            return fail(QStringLiteral("Unknown severity \"%1\"; use one of %2.")
                            .arg(query.minSeverity, logSeverities().join(QStringLiteral(", "))));
        clauses << QStringLiteral("severity>=") + s;
    }
    const QDateTime start = query.start(now);
    if (start.isValid())
        clauses << QStringLiteral("timestamp>=") + quoteFilterString(rfc3339(start));
    const QDateTime end = query.end(now);
    if (end.isValid())
        clauses << QStringLiteral("timestamp<=") + quoteFilterString(rfc3339(end));
    if (!query.text.trimmed().isEmpty())
        clauses << quoteFilterString(query.text.trimmed());
    if (!query.advanced.trimmed().isEmpty()) {
        if (auto ok = validateFilter(query.advanced); !ok)
            return tl::unexpected<Error>(ok.error());
        clauses << QStringLiteral("(") + query.advanced.trimmed() + QStringLiteral(")");
    }
    return clauses.join(QStringLiteral(" AND "));
}

namespace {

struct Token
{
    enum Kind
    {
        Word,
        String,
        Operator,
        Open,
        Close,
        And,
        Or,
        Not
    } kind;
    qsizetype offset;
    QString text;
};

bool isOperatorChar(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('<') ||
           c == QLatin1Char('>') || c == QLatin1Char(':') || c == QLatin1Char('~');
}

// Byte offset of character index i (filters are UTF-8 on the wire).
qint64 byteOffset(const QString &s, qsizetype i)
{
    return s.left(i).toUtf8().size();
}

// The error at character `at` of `filter`, with its byte offset.
tl::unexpected<Error> filterError(const QString &filter, const QString &what, qsizetype at)
{
    return fail(what, QStringLiteral("filter"), -1, byteOffset(filter, at));
}

// The filter as words, strings, operators, parentheses and AND, OR, NOT; an unclosed quote or
// an unknown operator is an error.
Result<QList<Token>> tokenize(const QString &filter)
{
    static const QStringList operators{
        QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<"),
        QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">="),
        QStringLiteral(":"),  QStringLiteral("=~"), QStringLiteral("!~")};
    QList<Token> tokens;
    for (qsizetype i = 0; i < filter.size();) {
        const QChar c = filter.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < filter.size() && filter.at(j) != QLatin1Char('"'))
                j += filter.at(j) == QLatin1Char('\\') ? 2 : 1;
            if (j >= filter.size())
                return filterError(filter, QStringLiteral("A quote opened here is never closed."),
                                   i);
            tokens.append({Token::String, i, filter.mid(i, j + 1 - i)});
            i = j + 1;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens.append({c == QLatin1Char('(') ? Token::Open : Token::Close, i, QString(c)});
            ++i;
        } else if (isOperatorChar(c)) {
            qsizetype j = i;
            while (j < filter.size() && isOperatorChar(filter.at(j)))
                ++j;
            const QString op = filter.mid(i, j - i);
            if (!operators.contains(op))
                return filterError(
                    filter,
                    QStringLiteral("Unknown comparison operator \"%1\"; use one of %2.")
                        .arg(op, operators.join(QLatin1Char(' '))),
                    i);
            tokens.append({Token::Operator, i, op});
            i = j;
        } else {
            qsizetype j = i;
            while (j < filter.size() && !filter.at(j).isSpace() &&
                   filter.at(j) != QLatin1Char('"') && filter.at(j) != QLatin1Char('(') &&
                   filter.at(j) != QLatin1Char(')') && !isOperatorChar(filter.at(j)))
                ++j;
            const QString word = filter.mid(i, j - i);
            Token::Kind kind = word == QLatin1String("AND")   ? Token::And
                               : word == QLatin1String("OR")  ? Token::Or
                               : word == QLatin1String("NOT") ? Token::Not
                                                              : Token::Word;
            tokens.append({kind, i, word});
            i = j;
        }
    }
    return tokens;
}

// A small state machine over the tokens: `needTerm` after the start, AND, OR, NOT and "(".
Result<void> checkClauses(const QString &filter, const QList<Token> &tokens)
{
    auto error = [&](const QString &what, qsizetype at) { return filterError(filter, what, at); };
    bool needTerm = true;
    bool needValue = false; // after an operator
    int depth = 0;
    QList<qsizetype> opens;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token &t = tokens[k];
        if (needValue) {
            if (t.kind != Token::Word && t.kind != Token::String && t.kind != Token::Open)
                return error(
                    QStringLiteral("The comparison \"%1\" has no value.").arg(tokens[k - 1].text),
                    tokens[k - 1].offset);
            needValue = false;
            if (t.kind == Token::Open) {
                ++depth;
                opens.append(t.offset);
                needTerm = true;
            } else {
                needTerm = false;
            }
            continue;
        }
        switch (t.kind) {
        case Token::Word:
        case Token::String:
            needTerm = false;
            break;
        case Token::Operator:
            if (needTerm)
                return error(
                    QStringLiteral("The comparison \"%1\" has no field before it.").arg(t.text),
                    t.offset);
            if (k > 0 && tokens[k - 1].kind == Token::Close)
                return error(QStringLiteral("A comparison needs a field name, not a parenthesis."),
                             t.offset);
            needValue = true;
            break;
        case Token::Open:
            ++depth;
            opens.append(t.offset);
            needTerm = true;
            break;
        case Token::Close:
            if (depth == 0)
                return error(QStringLiteral("This closing parenthesis has no opening one."),
                             t.offset);
            if (needTerm)
                return error(QStringLiteral("Empty clause before this closing parenthesis."),
                             t.offset);
            --depth;
            opens.removeLast();
            break;
        case Token::And:
        case Token::Or:
            if (needTerm)
                return error(QStringLiteral("Empty clause before %1.").arg(t.text), t.offset);
            needTerm = true;
            break;
        case Token::Not:
            needTerm = true;
            break;
        }
    }
    if (needValue)
        return error(QStringLiteral("The comparison \"%1\" has no value.").arg(tokens.last().text),
                     tokens.last().offset);
    if (needTerm)
        return error(QStringLiteral("The filter ends with \"%1\" and nothing after it.")
                         .arg(tokens.last().text),
                     tokens.last().offset);
    if (depth > 0)
        return error(QStringLiteral("This parenthesis is never closed."), opens.last());
    return {};
}

} // namespace

Result<void> validateFilter(const QString &filter)
{
    const Result<QList<Token>> tokens = tokenize(filter);
    if (!tokens)
        return tl::unexpected(tokens.error());
    if (tokens->isEmpty())
        return filterError(filter, QStringLiteral("The filter is empty."), 0);
    return checkClauses(filter, *tokens);
}

} // namespace gardener::gcp
