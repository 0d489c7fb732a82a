#include "core/search/searchquery.h"

#include "core/logs/severity.h"

#include <QRegularExpression>

namespace gardener::search {

namespace {

// The messages' translation context (the window shows them beside the filter box).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gardener::search::SearchQuery)
};

constexpr quint32 kAll = (1u << SeverityCount) - 1;

struct Token
{
    qsizetype position = 0;
    QString raw; // as typed, quotes included
};

// Splits at spaces outside quotes. An unterminated quote is an error at its position.
Result<QList<Token>> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Token t;
        t.position = i;
        while (i < n && !text.at(i).isSpace()) {
            if (text.at(i) == QLatin1Char('"')) {
                const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0)
                    return fail(
                        Text::tr(
                            "The quote at character %1 is not closed: add a \" after the phrase.")
                            .arg(i + 1),
                        {}, -1, i);
                t.raw += text.mid(i, close - i + 1);
                i = close + 1;
            } else {
                t.raw += text.at(i++);
            }
        }
        tokens << t;
    }
    return tokens;
}

QString unquote(QString s)
{
    s.remove(QLatin1Char('"'));
    return s;
}

QString severityNames()
{
    QStringList names;
    for (int s = 0; s < SeverityCount; ++s)
        names << QString::fromLatin1(severityName(Severity(s)));
    return names.join(QStringLiteral(", "));
}

// The severities an operator and a level allow.
quint32 severityMaskFor(const QString &op, int level)
{
    const quint32 at = 1u << level;
    const quint32 below = at - 1;               // less severe than level
    const quint32 above = kAll & ~(below | at); // more severe
    if (op == QLatin1String(">="))
        return at | above;
    if (op == QLatin1String(">"))
        return above;
    if (op == QLatin1String("<="))
        return below | at;
    if (op == QLatin1String("<"))
        return below;
    if (op == QLatin1String("!="))
        return kAll & ~at;
    return at; // = or :
}

Result<void> addField(SearchQuery &q, const QString &field, QString op, const QString &value,
                      bool negated, const Token &t)
{
    const QString term = t.raw;
    if (value.isEmpty())
        return fail(Text::tr("\"%1\" at character %2 needs a value after %3, as in %4.")
                        .arg(term)
                        .arg(t.position + 1)
                        .arg(op, field == QLatin1String("severity")
                                     ? QStringLiteral("severity>=ERROR")
                                     : field + QStringLiteral(":api")),
                    {}, -1, t.position);
    if (field == QLatin1String("severity")) {
        const QByteArray name = value.toUtf8();
        const auto severity =
            parseSeverity(std::string_view(name.constData(), size_t(name.size())));
        if (!severity)
            return fail(Text::tr("\"%1\" at character %2: \"%3\" is not a severity; use one of %4 "
                                 "(or its number).")
                            .arg(term)
                            .arg(t.position + 1)
                            .arg(value, severityNames()),
                        {}, -1, t.position);
        quint32 mask = severityMaskFor(op, severityIndex(*severity));
        if (negated)
            mask = kAll & ~mask;
        q.severityMask = (q.severityMask ? q.severityMask : kAll) & mask;
        if (q.severityMask == 0)
            return fail(Text::tr("\"%1\" at character %2 leaves no severity to show together with "
                                 "the terms before it.")
                            .arg(term)
                            .arg(t.position + 1),
                        {}, -1, t.position);
        return {};
    }
    if (op != QLatin1String(":") && op != QLatin1String("=") && op != QLatin1String("!="))
        return fail(Text::tr("\"%1\" at character %2: %3 compares severities only; write %4:%5.")
                        .arg(term)
                        .arg(t.position + 1)
                        .arg(op, field, value),
                    {}, -1, t.position);
    if (op == QLatin1String("!="))
        negated = !negated;
    const bool service = field == QLatin1String("service");
    QStringList &list = service ? (negated ? q.excludedServices : q.services)
                                : (negated ? q.excludedRevisions : q.revisions);
    list << value.toLower();
    return {};
}

bool anyContains(const QStringList &names, const QString &part)
{
    for (const QString &n : names)
        if (n.toLower().contains(part))
            return true;
    return false;
}

} // namespace

bool SearchQuery::isEmpty() const
{
    return text.isEmpty() && excluded.isEmpty() && severityMask == 0 && services.isEmpty() &&
           excludedServices.isEmpty() && revisions.isEmpty() && excludedRevisions.isEmpty();
}

bool SearchQuery::matchesText(const QString &lowerText, bool messageMatched) const
{
    if (!text.isEmpty() && !messageMatched && !lowerText.contains(text))
        return false;
    for (const QString &e : excluded)
        if (lowerText.contains(e))
            return false;
    return true;
}

bool SearchQuery::matchesServices(const QStringList &serviceNames) const
{
    for (const QString &s : services)
        if (!anyContains(serviceNames, s))
            return false;
    for (const QString &s : excludedServices)
        if (anyContains(serviceNames, s))
            return false;
    return true;
}

bool SearchQuery::matchesRevisions(const QStringList &revisionNames) const
{
    for (const QString &r : revisions)
        if (!anyContains(revisionNames, r))
            return false;
    for (const QString &r : excludedRevisions)
        if (anyContains(revisionNames, r))
            return false;
    return true;
}

Result<SearchQuery> parseSearch(const QString &input)
{
    auto tokens = tokenize(input);
    if (!tokens)
        return tl::unexpected(tokens.error());
    static const QRegularExpression field(
        QStringLiteral("^(severity|service|revision)(>=|<=|!=|:|=|>|<)(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    SearchQuery q;
    QStringList words;
    for (const Token &t : *tokens) {
        QString body = t.raw;
        const bool negated = body.startsWith(QLatin1Char('-'));
        if (negated)
            body.remove(0, 1);
        if (negated && unquote(body).trimmed().isEmpty())
            return fail(Text::tr("The \"-\" at character %1 needs a word after it, as in -timeout "
                                 "(to search for "
                                 "a dash itself, put it in quotes: \"-\").")
                            .arg(t.position + 1),
                        {}, -1, t.position);
        const auto m =
            body.startsWith(QLatin1Char('"')) ? QRegularExpressionMatch() : field.match(body);
        if (m.hasMatch()) {
            if (auto added = addField(q, m.captured(1).toLower(), m.captured(2),
                                      unquote(m.captured(3)).trimmed(), negated, t);
                !added)
                return tl::unexpected(added.error());
            continue;
        }
        const QString phrase = unquote(body).toLower();
        if (phrase.isEmpty())
            continue; // "" searches for nothing
        if (negated)
            q.excluded << phrase;
        else
            words << phrase;
    }
    q.text = words.join(QLatin1Char(' ')).simplified();
    return q;
}

} // namespace gardener::search
