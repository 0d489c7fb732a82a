#include "core/worklog/worklogphrases.h"
#include "core/worklog/worklines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace gardener::worklog::phrases {
namespace {

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

qint64 toNumber(QString digits)
{
    digits.remove(QLatin1Char(','));
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    return ok ? v : -1;
}

QStringList words(const QString &text)
{
    static const QSet<QString> stop = {
        QStringLiteral("the"),      QStringLiteral("a"),        QStringLiteral("an"),
        QStringLiteral("of"),       QStringLiteral("for"),      QStringLiteral("from"),
        QStringLiteral("in"),       QStringLiteral("on"),       QStringLiteral("and"),
        QStringLiteral("to"),       QStringLiteral("with"),     QStringLiteral("issue"),
        QStringLiteral("issues"),   QStringLiteral("error"),    QStringLiteral("errors"),
        QStringLiteral("warning"),  QStringLiteral("warnings"), QStringLiteral("failure"),
        QStringLiteral("failures"), QStringLiteral("problem"),  QStringLiteral("problems")};
    QStringList out;
    QString cur;
    auto flush = [&] {
        if (!cur.isEmpty() && !stop.contains(cur))
            out.append(cur);
        cur.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            cur.append(c.toLower());
        else
            flush();
    }
    flush();
    return out;
}

} // namespace

QList<WorklogCount> findCounts(const QString &text, const QString &where, bool bareNumberOk)
{
    static const QRegularExpression re = ci(QStringLiteral(
        "(?<![\\w.$\\x{20AC}\\x{00A3}%/-])"
        "(?<pre>(?:over|more than|at least|above|>=?|\\x{2265})\\s*)?"
        "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+)(?<plus>\\+)?\\s*(?:x\\s+)?"
        "(?:(?:repeated|critical|similar|identical|new|total|distinct|separate|matching|"
        "recurring|consecutive|log|error|warning)\\s+){0,2}"
        "(?:occurrences?|occurences?|errors?|warnings?|events?|entries|entry|times|hits|"
        "instances?|failures?|alerts?|exceptions?|crash(?:es)?|timeouts?)\\b"));
    QList<WorklogCount> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qint64 v = toNumber(m.captured(QStringLiteral("n")));
        if (v < 0)
            continue;
        const bool lower = !m.captured(QStringLiteral("plus")).isEmpty() ||
                           !m.captured(QStringLiteral("pre")).isEmpty();
        out.append(WorklogCount{v, lower, m.captured(0).trimmed(), where});
    }
    if (out.isEmpty() && bareNumberOk) {
        static const QRegularExpression bare(
            QStringLiteral("^\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\+)?\\s*$"));
        const auto m = bare.match(text);
        if (m.hasMatch())
            out.append(WorklogCount{toNumber(m.captured(1)), !m.captured(2).isEmpty(),
                                    text.trimmed(), where});
    }
    return out;
}

std::optional<WorklogCount> smallest(const QList<WorklogCount> &counts)
{
    std::optional<WorklogCount> best;
    for (const WorklogCount &c : counts) {
        if (c.value < 0)
            continue;
        if (!best || c.value < best->value ||
            (c.value == best->value && best->lowerBound && !c.lowerBound))
            best = c;
    }
    return best;
}

Priority parsePriority(const QString &text)
{
    static const QRegularExpression p = ci(QStringLiteral("\\bP([0-9])\\b"));
    Priority result;
    const auto m = p.match(text);
    QString rest = text;
    if (m.hasMatch()) {
        result.priority = QStringLiteral("P") + m.captured(1);
        rest = text.left(m.capturedStart(0)) + QLatin1Char(' ') + text.mid(m.capturedEnd(0));
    }
    rest.replace(QLatin1Char('('), QLatin1Char(' ')).replace(QLatin1Char(')'), QLatin1Char(' '));
    static const QRegularExpression prio = ci(QStringLiteral("\\bpriority\\b"));
    rest.remove(prio);
    rest.remove(QStringLiteral("**"));
    static const QRegularExpression edges(
        QStringLiteral("^[\\s\\-\\x{2013}\\x{2014}:|,]+|[\\s\\-\\x{2013}\\x{2014}:|,]+$"));
    rest.remove(edges);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    result.label = rest.replace(spaces, QStringLiteral(" ")).trimmed();
    return result;
}

QString severityName(const QString &text)
{
    static const QRegularExpression re = ci(QStringLiteral(
        "^\\W*(DEFAULT|DEBUG|INFO|NOTICE|WARNING|WARN|ERROR|CRITICAL|ALERT|EMERGENCY)\\b"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return QString();
    const QString s = m.captured(1).toUpper();
    return s == QLatin1String("WARN") ? QStringLiteral("WARNING") : s;
}

QString splitTitleTail(const QString &heading, QString *tail)
{
    // Escaped parentheses ("\\(v2\\)", as the writer puts them in titles) are part of the title.
    static const QRegularExpression re(
        QStringLiteral("^(.*?)\\s*(?<!\\\\)\\(([^()]*)(?<!\\\\)\\)\\s*$"));
    static const QRegularExpression meaningful = ci(QStringLiteral(
        "\\bP[0-9]\\b|\\b(critical|high|medium|low|error|warning|info|debug|alert|emergency)\\b"));
    const auto m = re.match(heading);
    if (m.hasMatch() && !m.captured(1).isEmpty() &&
        (meaningful.match(m.captured(2)).hasMatch() ||
         !findCounts(m.captured(2), QString()).isEmpty())) {
        if (tail)
            *tail = m.captured(2).trimmed();
        return m.captured(1).trimmed();
    }
    if (tail)
        tail->clear();
    return heading.trimmed();
}

std::optional<WorklogAction::Kind> actionKind(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("reopen")) || t.contains(QLatin1String("re-open")))
        return WorklogAction::Kind::Reopened;
    if (t.contains(QLatin1String("creat")) || t.contains(QLatin1String("new issue")) ||
        t.contains(QLatin1String("opened")) || t.contains(QLatin1String("filed")))
        return WorklogAction::Kind::Created;
    if (t.contains(QLatin1String("updat")) || t.contains(QLatin1String("comment")) ||
        t.contains(QLatin1String("enhanc")) || t.contains(QLatin1String("escalat")) ||
        t.contains(QLatin1String("append")))
        return WorklogAction::Kind::Updated;
    if (t.contains(QLatin1String("link")) || t.contains(QLatin1String("duplicate")) ||
        t.contains(QLatin1String("related")) || t.contains(QLatin1String("existing issue")) ||
        t.contains(QLatin1String("referenc")))
        return WorklogAction::Kind::Linked;
    return std::nullopt;
}

int issueNumber(const QString &text)
{
    static const QRegularExpression re =
        ci(QStringLiteral("(?:#|/issues/|/pull/|\\bissue\\s+)(\\d{1,9})\\b"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString priorityChange(const QString &text)
{
    static const QRegularExpression re =
        ci(QStringLiteral("\\b(P[0-9])\\s*(?:-+>|\\x{2192}|=>|\\x{21D2}|\\bto\\b)\\s*(P[0-9])\\b"));
    const auto m = re.match(text);
    if (!m.hasMatch() || m.captured(1).compare(m.captured(2), Qt::CaseInsensitive) == 0)
        return QString();
    return m.captured(1).toUpper() + QStringLiteral("->") + m.captured(2).toUpper();
}

QString categoryFromTitle(const QString &title)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(GCP-[A-Za-z]+(?:-[A-Za-z]+)*?)(?:\\s*\\||-P[0-9]\\b|\\s+P[0-9]\\b|\\s*:)"));
    const auto m = re.match(title);
    return m.hasMatch() ? m.captured(1) : QString();
}

QDateTime parseTime(const QString &text, bool *zoneless)
{
    static const QRegularExpression re = ci(QStringLiteral(
        "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)|-(\\d{2})(\\d{2}))?"
        "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?"));
    if (zoneless)
        *zoneless = false;
    const auto m = re.match(text);
    if (!m.hasMatch())
        return QDateTime();
    QString time = m.captured(2);
    if (time.isEmpty() && !m.captured(3).isEmpty())
        time = m.captured(3) + QLatin1Char(':') + m.captured(4);
    if (time.isEmpty())
        time = QStringLiteral("00:00");
    if (time.size() == 5)
        time += QStringLiteral(":00");
    QString zone = m.captured(5).toUpper();
    const bool noZone = zone.isEmpty();
    if (noZone || zone == QLatin1String("UTC") || zone == QLatin1String("GMT"))
        zone = QStringLiteral("Z");
    else if (zone != QLatin1String("Z") && !zone.contains(QLatin1Char(':')))
        zone.insert(3, QLatin1Char(':'));
    const QDateTime dt =
        QDateTime::fromString(m.captured(1) + QLatin1Char('T') + time + zone, Qt::ISODateWithMs);
    if (!dt.isValid())
        return QDateTime();
    if (zoneless)
        *zoneless = noZone;
    return dt.toUTC();
}

Location parseLocation(const QString &text)
{
    Location loc;
    static const QRegularExpression modLine(QStringLiteral("`?([A-Za-z_][\\w./-]*):(\\d{1,7})`?"));
    static const QRegularExpression fn = ci(QStringLiteral("\\bin\\s+`?([A-Za-z_<][\\w.<>]*)`?"));
    static const QRegularExpression line = ci(QStringLiteral("\\bline\\s+(\\d{1,7})\\b"));
    const auto m = modLine.match(text);
    if (m.hasMatch()) {
        loc.module = m.captured(1);
        loc.line = m.captured(2).toInt();
    } else if (const auto l = line.match(text); l.hasMatch()) {
        loc.line = l.captured(1).toInt();
    }
    if (const auto f = fn.match(text); f.hasMatch())
        loc.function = f.captured(1);
    return loc;
}

namespace {

QString str(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString();
}

// A field's value as a slice of the sample's text when the text states it unescaped (the
// usual case): held once, not again beside the text.
Utf8Text within(const Utf8Text &text, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const qsizetype at = utf8.isEmpty() ? -1 : text.utf8().indexOf(utf8);
    if (at < 0)
        return Utf8Text::fromUtf8(utf8);
    return Utf8Text::fromUtf8(
        md::sharedSlice(text.utf8(), QByteArrayView(text.utf8()).sliced(at, utf8.size())));
}

WorklogSample sampleFromObject(const QJsonObject &obj, const Utf8Text &text)
{
    WorklogSample s;
    s.kind = WorklogSample::Kind::Json;
    s.text = text;
    const QJsonObject payload = obj.value(QLatin1String("jsonPayload")).isObject()
                                    ? obj.value(QLatin1String("jsonPayload")).toObject()
                                    : obj;
    QString message = str(payload.value(QLatin1String("message")));
    if (message.isEmpty())
        message = str(obj.value(QLatin1String("textPayload")));
    if (message.isEmpty())
        message = str(obj.value(QLatin1String("message")));
    s.message = within(text, message);
    QJsonObject labels = payload.value(QLatin1String("labels")).toObject();
    if (labels.isEmpty())
        labels = obj.value(QLatin1String("labels")).toObject();
    s.module = str(labels.value(QLatin1String("module")));
    s.function = str(labels.value(QLatin1String("function")));
    bool ok = false;
    const int line = str(labels.value(QLatin1String("line"))).toInt(&ok);
    s.line = ok ? line : -1;
    s.timestamp = str(payload.value(QLatin1String("timestamp")));
    if (s.timestamp.isEmpty())
        s.timestamp = str(obj.value(QLatin1String("timestamp")));
    s.severity = severityName(str(obj.value(QLatin1String("severity"))));
    if (s.severity.isEmpty())
        s.severity = severityName(str(payload.value(QLatin1String("severity"))));
    return s;
}

QString guess(const QString &text, const QString &key)
{
    const QRegularExpression re(QStringLiteral("\"") + QRegularExpression::escape(key) +
                                QStringLiteral("\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\d+))"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return QString();
    QString v = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
    v.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    v.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    return v;
}

} // namespace

bool samplesFromJson(const QString &text, QList<WorklogSample> &out)
{
    return samplesFromJson(text.toUtf8(), out);
}

bool samplesFromJson(const QByteArray &utf8, QList<WorklogSample> &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        out.append(sampleFromObject(doc.object(), Utf8Text::fromUtf8(utf8)));
        return true;
    }
    if (error.error == QJsonParseError::NoError && doc.isArray()) {
        const QJsonArray array = doc.array();
        for (const QJsonValue &v : array) {
            const QJsonObject obj = v.toObject();
            out.append(sampleFromObject(
                obj,
                Utf8Text::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented).trimmed())));
        }
        return true;
    }
    // Hand-edited JSON (trailing commas, "..." placeholders): keep the text, guess the fields.
    const QString text = QString::fromUtf8(utf8);
    WorklogSample s;
    s.text = Utf8Text::fromUtf8(utf8);
    s.message = guess(text, QStringLiteral("message"));
    if (s.message.isEmpty())
        s.message = guess(text, QStringLiteral("textPayload"));
    s.module = guess(text, QStringLiteral("module"));
    s.function = guess(text, QStringLiteral("function"));
    bool ok = false;
    s.line = guess(text, QStringLiteral("line")).toInt(&ok);
    if (!ok)
        s.line = -1;
    s.timestamp = guess(text, QStringLiteral("timestamp"));
    s.severity = severityName(guess(text, QStringLiteral("severity")));
    out.append(s);
    return false;
}

QStringList titleWords(const QString &title)
{
    return words(title);
}

double titleSimilarity(const QString &a, const QString &b)
{
    return wordSimilarity(words(a), words(b));
}

double wordSimilarity(const QStringList &wa, const QStringList &wb)
{
    if (wa.isEmpty() || wb.isEmpty())
        return 0.0;
    const QStringList &small = wa.size() <= wb.size() ? wa : wb;
    const QStringList &large = wa.size() <= wb.size() ? wb : wa;
    const QString squashed = large.join(QString());
    int matched = 0;
    for (const QString &w : small) {
        if (large.contains(w) || (w.size() >= 4 && squashed.contains(w)))
            ++matched;
    }
    return double(matched) / double(small.size());
}

} // namespace gardener::worklog::phrases
