#include "core/naming/nametext.h"

#include "core/util/asciiwords.h"

#include <QSet>

// The rules that read one text of a template (clustername.cpp puts them together).
namespace gardener::naming::detail {

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &placeholderRe()
{
    static const QRegularExpression re(QStringLiteral("<[A-Za-z_*]{1,12}>"));
    return re;
}

// Leading "[🔑] ", "[LEGACY MODE] ", emoji, "ALERT:" and key=value tags say nothing about the
// problem; they go before the subject is looked for.
QString stripDecorations(QString text)
{
    static const QRegularExpression tags(QStringLiteral("^\\s*(?:\\[[^\\]]{0,40}\\]\\s*)+"));
    static const QRegularExpression symbols(QStringLiteral("^[^\\p{L}\\p{N}<\\[]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression alert =
        ci(QStringLiteral("^(?:alert|warning|notice|error)\\s*:\\s*"));
    static const QRegularExpression keyValue(QStringLiteral("\\b[A-Z][A-Z_]*=\\S+\\s*"));
    for (int i = 0; i < 3; ++i) {
        text.remove(tags);
        text.remove(symbols);
        text.remove(alert);
    }
    text.remove(keyValue);
    return text.trimmed();
}

bool isRequestText(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /\\S* \\S+$"));
    return re.match(text.trimmed()).hasMatch();
}

namespace {

struct ProblemRule
{
    QRegularExpression re;
    QString noun;
};

// Ordered: the first rule that matches names the problem. More specific phrases come first
// ("pool timeout" is a pool problem before it is a timeout).
const QList<ProblemRule> &problemRules()
{
    static const QList<ProblemRule> rules = {
        {ci(QStringLiteral(
             "must be installed|not installed|no module named|ModuleNotFoundError|ImportError")),
         QStringLiteral("Not Installed")},
        {ci(QStringLiteral("race condition")), QStringLiteral("Race Condition")},
        {ci(QStringLiteral(
             "pool limit|pool timeout|QueuePool|could not acquire connection|pool exhausted")),
         QStringLiteral("Pool Exhausted")},
        {ci(QStringLiteral("limit\\b.*\\bexceeded|out of memory|\\bOOM\\b")),
         QStringLiteral("Exceeded")},
        {ci(QStringLiteral("signature has expired")), QStringLiteral("Signature Expired")},
        {ci(QStringLiteral("crash|traceback|segfault|will be restarted")), QStringLiteral("Crash")},
        {ci(QStringLiteral("timed out|\\btimeout\\b|deadline exceeded")),
         QStringLiteral("Timeout")},
        {ci(QStringLiteral("has no attribute")), QStringLiteral("AttributeError")},
        {ci(QStringLiteral("\\bexpired\\b")), QStringLiteral("Expired")},
        {ci(QStringLiteral("\\bapproaching\\b")), QStringLiteral("Near Quota")},
        {ci(QStringLiteral("\\busage at\\b")), QStringLiteral("Near Limit")},
        {ci(QStringLiteral("rate limit|too many requests|\\bquota\\b")),
         QStringLiteral("Rate Limited")},
        {ci(QStringLiteral("unauthori[sz]ed|\\brejected\\b|forbidden")),
         QStringLiteral("Rejected")},
        {ci(QStringLiteral("not allowed|violation")), QStringLiteral("Not Allowed")},
        {ci(QStringLiteral("mismatch")), QStringLiteral("Mismatch")},
        {ci(QStringLiteral("unknown message type|invalid message type|unknown \\w+ type")),
         QStringLiteral("Unknown Type")},
        {ci(QStringLiteral("invalid state|state transition")), QStringLiteral("Invalid State")},
        {ci(QStringLiteral("invalid \\S+ format|malformed")), QStringLiteral("Invalid Format")},
        {ci(QStringLiteral("auto-?creat")), QStringLiteral("Auto-Creation")},
        {ci(QStringLiteral("\\bdropped\\b")), QStringLiteral("Dropped")},
        {ci(QStringLiteral("\\blost\\b|reconnect|connection reset|refused")),
         QStringLiteral("Connection Lost")},
        {ci(QStringLiteral("not found")), QStringLiteral("Not Found")},
        {ci(QStringLiteral("^slow\\b|\\bheld for\\b")), QStringLiteral("Slow")},
        {ci(QStringLiteral("\\bdrift\\b")), QStringLiteral("Drift")},
        {ci(QStringLiteral("utili[sz]ation")), QStringLiteral("Utilization")},
        {ci(QStringLiteral("no handler")), QStringLiteral("Unhandled")},
        {ci(QStringLiteral("\\b(?:started|booted)\\b")), QStringLiteral("Started")},
        {ci(QStringLiteral("unhandled exception|exception|\\berror\\b")), QStringLiteral("Error")},
        {ci(QStringLiteral("fail")), QStringLiteral("Failure")},
    };
    return rules;
}

} // namespace

QString problemOf(const QString &text)
{
    for (const ProblemRule &r : problemRules()) {
        if (r.re.match(text).hasMatch())
            return r.noun;
    }
    return QString();
}

// Words people write in a fixed case.
QString caseWord(const QString &word)
{
    static const QHash<QString, QString> fixed = {
        {QStringLiteral("websocket"), QStringLiteral("WebSocket")},
        {QStringLiteral("jwt"), QStringLiteral("JWT")},
        {QStringLiteral("llm"), QStringLiteral("LLM")},
        {QStringLiteral("id"), QStringLiteral("ID")},
        {QStringLiteral("api"), QStringLiteral("API")},
        {QStringLiteral("http"), QStringLiteral("HTTP")},
        {QStringLiteral("sql"), QStringLiteral("SQL")},
        {QStringLiteral("url"), QStringLiteral("URL")},
        {QStringLiteral("dns"), QStringLiteral("DNS")},
        {QStringLiteral("tls"), QStringLiteral("TLS")},
        {QStringLiteral("oauth"), QStringLiteral("OAuth")},
        {QStringLiteral("grpc"), QStringLiteral("gRPC")},
    };
    const QString lower = word.toLower();
    if (fixed.contains(lower))
        return fixed.value(lower);
    // CamelCase and snake_case identifiers are names: kept as written.
    const bool camel = word.size() > 1 && word.mid(1) != word.mid(1).toLower() &&
                       word.mid(1) != word.mid(1).toUpper();
    if (camel || word.contains(QLatin1Char('_')))
        return word;
    return lower.left(1).toUpper() + lower.mid(1);
}

QString titleCase(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words)
        out << caseWord(w);
    return out.join(QLatin1Char(' '));
}

// The noun phrase a message opens with, before the first verb or preposition: "Connection
// pool timeout: ..." -> "Connection Pool Timeout"; "Error routing message from ..." ->
// "Message Routing".
QString leadingSubject(const QString &cleaned)
{
    static const QSet<QString> stops = {
        QStringLiteral("from"),        QStringLiteral("for"),      QStringLiteral("of"),
        QStringLiteral("to"),          QStringLiteral("after"),    QStringLiteral("in"),
        QStringLiteral("by"),          QStringLiteral("with"),     QStringLiteral("on"),
        QStringLiteral("at"),          QStringLiteral("is"),       QStringLiteral("was"),
        QStringLiteral("has"),         QStringLiteral("failed"),   QStringLiteral("error"),
        QStringLiteral("detected"),    QStringLiteral("exceeded"), QStringLiteral("timed"),
        QStringLiteral("timeout"),     QStringLiteral("crashed"),  QStringLiteral("rejected"),
        QStringLiteral("lost"),        QStringLiteral("held"),     QStringLiteral("mismatch"),
        QStringLiteral("approaching"), QStringLiteral("started"),  QStringLiteral("booted"),
        QStringLiteral("must"),        QStringLiteral("not"),      QStringLiteral("drift"),
        QStringLiteral("accepted"),    QStringLiteral("arrived"),  QStringLiteral("raised"),
        QStringLiteral("could"),       QStringLiteral("will"),     QStringLiteral("format"),
        QStringLiteral("while"),       QStringLiteral("before"),   QStringLiteral("when"),
        QStringLiteral("and")};
    static const QSet<QString> leading = {
        QStringLiteral("error"),   QStringLiteral("unhandled"), QStringLiteral("exception"),
        QStringLiteral("while"),   QStringLiteral("using"),     QStringLiteral("new"),
        QStringLiteral("invalid"), QStringLiteral("slow"),      QStringLiteral("a"),
        QStringLiteral("an"),      QStringLiteral("the"),       QStringLiteral("no"),
        QStringLiteral("low"),     QStringLiteral("high"),      QStringLiteral("optional")};
    static const QRegularExpression token(QStringLiteral("[\\p{L}][\\p{L}\\p{N}_'-]*|\\S"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    bool started = false;
    QString text = cleaned;
    text.replace(QStringLiteral("<TOKEN>"), QStringLiteral("token")); // "Bearer <TOKEN> rejected"
    auto it = token.globalMatch(text.remove(placeholderRe()));
    while (it.hasNext() && words.size() < 4) {
        const QString t = it.next().captured(0);
        const QString lower = t.toLower();
        if (!t.at(0).isLetter()) {
            if (started)
                break; // a colon, a path, a quote: the phrase is over
            continue;
        }
        if (!started && leading.contains(lower))
            continue;
        if (stops.contains(lower))
            break;
        if (t.contains(QLatin1Char('\'')))
            break;
        started = true;
        if (lower != QLatin1String("a") && lower != QLatin1String("an") &&
            lower != QLatin1String("the") && !words.contains(t, Qt::CaseInsensitive))
            words << t;
    }
    if (words.size() > 3)
        words = words.mid(0, 3);
    // "routing message" reads better as "Message Routing".
    if (words.size() == 2 && words.at(0).endsWith(QLatin1String("ing"), Qt::CaseInsensitive))
        std::swap(words[0], words[1]);
    return titleCase(words);
}

QString firstCapture(const QRegularExpression &re, const QString &text, int group)
{
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(group) : QString();
}

// One key detail: a missing module or attribute, an exception type (with its key), an HTTP
// status, a configuration key, a quoted value, a called function. `rank` says which kind
// (lower is more telling), so a real message's detail can win over its template's.
QString detailOf(const QString &text, int *rank)
{
    static const QRegularExpression module = ci(QStringLiteral("no module named '([\\w.]+)'"));
    static const QRegularExpression attribute = ci(QStringLiteral("has no attribute '(\\w+)'"));
    static const QRegularExpression exception(
        QStringLiteral("\\b((?:[a-z_]+\\.)*([A-Z]\\w*(?:Error|Exception)))\\b(?::\\s*'(\\w+)')?"));
    static const QRegularExpression status(QStringLiteral(
        "\\b([45]\\d\\d) (?:Unauthorized|Forbidden|Not Found|Too Many|Internal|Bad|Service)"));
    static const QRegularExpression configKey(
        QStringLiteral("\\b([A-Z][A-Z0-9]+(?:_[A-Z0-9]+){1,})\\b"));
    static const QRegularExpression quoted(QStringLiteral("'([A-Za-z_][\\w.]{2,40})'"));
    static const QRegularExpression call(QStringLiteral("\\b([a-z_][a-z0-9_]{3,})\\(\\)"));
    // Ids, hashes and generated names are not details a person reads.
    static const QRegularExpression idLike(QStringLiteral("\\d{4,}|[0-9a-f]{8,}|_[0-9a-f]{6,}"));
    auto give = [&](const QString &value, int r) {
        if (rank)
            *rank = r;
        return value;
    };
    QString d = firstCapture(module, text);
    if (!d.isEmpty())
        return give(d, 0);
    d = firstCapture(attribute, text);
    if (!d.isEmpty())
        return give(d, 1);
    if (const auto m = exception.match(text); m.hasMatch()) {
        const QString type = m.captured(2);
        if (type != QLatin1String("ModuleNotFoundError"))
            return give(m.captured(3).isEmpty() ? type : type + QLatin1Char(' ') + m.captured(3),
                        2);
    }
    d = firstCapture(status, text);
    if (!d.isEmpty())
        return give(QStringLiteral("HTTP ") + d, 3);
    d = firstCapture(configKey, text);
    if (!d.isEmpty() && d != QLatin1String("REDACTED") && !idLike.match(d).hasMatch())
        return give(d, 4);
    auto it = quoted.globalMatch(text);
    while (it.hasNext()) {
        d = it.next().captured(1);
        if (!idLike.match(d).hasMatch() && d != QLatin1String("function") &&
            d != QLatin1String("object"))
            return give(d, 5);
    }
    d = firstCapture(call, text);
    return give(d, d.isEmpty() ? 99 : 6);
}

int literalWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    int n = 0;
    auto it = word.globalMatch(QString(text).remove(placeholderRe()));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace gardener::naming::detail
