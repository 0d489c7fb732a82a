#include "core/worklog/markdownscan.h"

#include <QRegularExpression>

namespace gardener::worklog::md {

bool isFenceLine(const QString &line, QString *marker, QString *info)
{
    const QString t = line.trimmed();
    if (!(t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"))))
        return false;
    const QChar c = t.at(0);
    qsizetype n = 0;
    while (n < t.size() && t.at(n) == c)
        ++n;
    if (marker)
        *marker = t.left(n);
    if (info)
        *info = t.mid(n).trimmed();
    return true;
}

QList<Heading> headings(const Lines &lines)
{
    static const QRegularExpression re(
        QStringLiteral("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$"));
    QList<Heading> result;
    QString openFence;
    for (int i = 0; i < lines.size(); ++i) {
        // Only a line whose first visible character is '#', '`' or '~' (or not ASCII: Unicode
        // spaces) can matter here: the others are not decoded at all.
        const QByteArrayView bytes = lines.view(i);
        qsizetype k = 0;
        while (k < bytes.size() && QChar::isSpace(uchar(bytes[k])) && uchar(bytes[k]) < 0x80)
            ++k;
        if (k == bytes.size())
            continue;
        const char first = bytes[k];
        if (first != '#' && first != '`' && first != '~' && uchar(first) < 0x80)
            continue;
        const QString line = lines.at(i);
        QString marker;
        if (isFenceLine(line, &marker)) {
            if (openFence.isEmpty())
                openFence = marker;
            else if (marker.at(0) == openFence.at(0) && marker.size() >= openFence.size() &&
                     line.trimmed() == marker)
                openFence.clear();
            continue;
        }
        if (!openFence.isEmpty())
            continue;
        const auto m = re.match(line);
        if (m.hasMatch())
            result.append(Heading{i, int(m.capturedLength(1)), m.captured(2).trimmed(), 0, 0});
    }
    for (int k = 0; k < result.size(); ++k) {
        Heading &h = result[k];
        h.ownEnd = k + 1 < result.size() ? result.at(k + 1).line : int(lines.size());
        h.end = int(lines.size());
        for (int j = k + 1; j < result.size(); ++j) {
            if (result.at(j).level <= h.level) {
                h.end = result.at(j).line;
                break;
            }
        }
    }
    return result;
}

QList<Field> fields(const QString &line)
{
    // **Label:** value   or   **Label**: value
    static const QRegularExpression re(
        QStringLiteral("\\*\\*([^*\\n]{1,60}?)(?::\\*\\*|\\*\\*\\s*:)"));
    QList<Field> result;
    QString text = line;
    const QString item = listItemText(line);
    if (!item.isNull())
        text = item;
    auto it = re.globalMatch(text);
    struct Hit
    {
        qsizetype start, valueStart;
        QString label;
    };
    QList<Hit> hits;
    while (it.hasNext()) {
        const auto m = it.next();
        hits.append(Hit{m.capturedStart(0), m.capturedEnd(0), m.captured(1).trimmed()});
    }
    for (int i = 0; i < hits.size(); ++i) {
        const qsizetype end = i + 1 < hits.size() ? hits.at(i + 1).start : text.size();
        // Text before the first label must be empty (or a symbol): otherwise this is prose.
        if (i == 0 && !stripLeadingSymbols(text.left(hits.at(0).start)).trimmed().isEmpty())
            return {};
        QString value = text.mid(hits.at(i).valueStart, end - hits.at(i).valueStart).trimmed();
        while (value.endsWith(QLatin1Char('|')))
            value = value.chopped(1).trimmed();
        result.append(Field{hits.at(i).label, value});
    }
    return result;
}

QString normalizeLabel(const QString &label)
{
    QString out;
    bool space = false;
    for (const QChar c : label) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            out.append(c.toLower());
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

QString listItemText(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\[[ xX]\\]\\s+)?(.*)$"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return QString();
    QString text = m.captured(1);
    if (text.isNull())
        text = QLatin1String("");
    return text;
}

QString stripLeadingSymbols(const QString &text)
{
    // Emoji (surrogate pairs), other symbols, variation selectors, joiners, spaces, '>' and '#'.
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const auto cat = c.category();
        const bool symbol = c.isSurrogate() || c.isSpace() || cat == QChar::Symbol_Other ||
                            cat == QChar::Symbol_Math || cat == QChar::Mark_NonSpacing ||
                            c.unicode() == 0xFE0F || c.unicode() == 0x200D ||
                            c == QLatin1Char('>') || c == QLatin1Char('#');
        if (!symbol)
            break;
        ++i;
    }
    return text.mid(i);
}

QString plainText(const QString &markdown)
{
    // One pass, so that escaped characters (\* or \`) survive the removal of markup.
    QString t;
    t.reserve(markdown.size());
    static const QString escapable = QStringLiteral("\\`*_{}[]()#+-.!|<>\"&~");
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown.at(i);
        if (c == QLatin1Char('\\') && i + 1 < markdown.size() &&
            escapable.contains(markdown.at(i + 1))) {
            t.append(markdown.at(++i));
        } else if (c == QLatin1Char('*') && i + 1 < markdown.size() &&
                   markdown.at(i + 1) == QLatin1Char('*')) {
            ++i;
        } else if (c != QLatin1Char('`')) {
            t.append(c);
        }
    }
    t = t.trimmed();
    if (t.size() >= 2 && ((t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"'))) ||
                          (t.startsWith(QChar(0x201C)) && t.endsWith(QChar(0x201D)))))
        t = t.mid(1, t.size() - 2).trimmed();
    return t;
}

QString escapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out.append(QLatin1Char(' '));
            continue;
        }
        if (c == QLatin1Char('*') || c == QLatin1Char('`') || c == QLatin1Char('\\') ||
            c == QLatin1Char('|') || c == QLatin1Char('_'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

} // namespace gardener::worklog::md
