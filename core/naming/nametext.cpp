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
    // Each removal only where it can match: most texts open with a letter and hold neither
    // '[' nor '=', and a removal costs a match even when nothing is removed. Only ASCII first
    // characters are judged here; the expressions decide the others.
    auto opensWith = [&text](auto &&test) {
        return !text.isEmpty() && text.at(0).unicode() < 0x80 && test(char(text.at(0).unicode()));
    };
    const auto plainStart = [](char c) {
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '<' ||
               c == '[';
    };
    const auto notAlertStart = [](char c) {
        const char l = char(c | 0x20);
        return !(l == 'a' || l == 'w' || l == 'n' || l == 'e');
    };
    for (int i = 0; i < 3; ++i) {
        if (text.contains(QLatin1Char('[')))
            text.remove(tags);
        if (!text.isEmpty() && !opensWith(plainStart))
            text.remove(symbols);
        if (!text.isEmpty() && !opensWith(notAlertStart))
            text.remove(alert);
    }
    if (text.contains(QLatin1Char('=')))
        text.remove(keyValue);
    return text.trimmed();
}

bool isRequestText(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /\\S* \\S+$"));
    // Every method starts with one of these capitals: other texts are turned away unmatched.
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (!QStringView(u"GPDHO").contains(c))
            return false;
        break;
    }
    return re.match(text.trimmed()).hasMatch();
}

// Ordered: the first rule that matches names the problem. More specific phrases come first
// ("pool timeout" is a pool problem before it is a timeout).
const QList<WordRule> &problemRules()
{
    static const QList<WordRule> rules = {
        {ci(QStringLiteral(
             "must be installed|not installed|no module named|ModuleNotFoundError|ImportError")),
         QStringLiteral("Not Installed"),
         {{"installed", "module", "importerror"}}},
        {ci(QStringLiteral("race condition")),
         QStringLiteral("Race Condition"),
         {{"race condition"}}},
        {ci(QStringLiteral(
             "pool limit|pool timeout|QueuePool|could not acquire connection|pool exhausted")),
         QStringLiteral("Pool Exhausted"),
         {{"pool", "could not acquire connection"}}},
        {ci(QStringLiteral("limit\\b.*\\bexceeded|out of memory|\\bOOM\\b")),
         QStringLiteral("Exceeded"),
         {{"exceeded", "out of memory", "oom"}}},
        {ci(QStringLiteral("signature has expired")),
         QStringLiteral("Signature Expired"),
         {{"signature has expired"}}},
        {ci(QStringLiteral("crash|traceback|segfault|will be restarted")),
         QStringLiteral("Crash"),
         {{"crash", "traceback", "segfault", "will be restarted"}}},
        {ci(QStringLiteral("timed out|\\btimeout\\b|deadline exceeded")),
         QStringLiteral("Timeout"),
         {{"timed out", "timeout", "deadline exceeded"}}},
        {ci(QStringLiteral("has no attribute")),
         QStringLiteral("AttributeError"),
         {{"has no attribute"}}},
        {ci(QStringLiteral("\\bexpired\\b")), QStringLiteral("Expired"), {{"expired"}}},
        {ci(QStringLiteral("\\bapproaching\\b")), QStringLiteral("Near Quota"), {{"approaching"}}},
        {ci(QStringLiteral("\\busage at\\b")), QStringLiteral("Near Limit"), {{"usage at"}}},
        {ci(QStringLiteral("rate limit|too many requests|\\bquota\\b")),
         QStringLiteral("Rate Limited"),
         {{"rate limit", "too many requests", "quota"}}},
        {ci(QStringLiteral("unauthori[sz]ed|\\brejected\\b|forbidden")),
         QStringLiteral("Rejected"),
         {{"unauthori", "rejected", "forbidden"}}},
        {ci(QStringLiteral("not allowed|violation")),
         QStringLiteral("Not Allowed"),
         {{"not allowed", "violation"}}},
        {ci(QStringLiteral("mismatch")), QStringLiteral("Mismatch"), {{"mismatch"}}},
        {ci(QStringLiteral("unknown message type|invalid message type|unknown \\w+ type")),
         QStringLiteral("Unknown Type"),
         {{"type"}}},
        {ci(QStringLiteral("invalid state|state transition")),
         QStringLiteral("Invalid State"),
         {{"state"}}},
        {ci(QStringLiteral("invalid \\S+ format|malformed")),
         QStringLiteral("Invalid Format"),
         {{"format", "malformed"}}},
        {ci(QStringLiteral("auto-?creat")), QStringLiteral("Auto-Creation"), {{"creat"}}},
        {ci(QStringLiteral("\\bdropped\\b")), QStringLiteral("Dropped"), {{"dropped"}}},
        {ci(QStringLiteral("\\blost\\b|reconnect|connection reset|refused")),
         QStringLiteral("Connection Lost"),
         {{"lost", "reconnect", "connection reset", "refused"}}},
        {ci(QStringLiteral("not found")), QStringLiteral("Not Found"), {{"not found"}}},
        {ci(QStringLiteral("^slow\\b|\\bheld for\\b")),
         QStringLiteral("Slow"),
         {{"slow", "held for"}}},
        {ci(QStringLiteral("\\bdrift\\b")), QStringLiteral("Drift"), {{"drift"}}},
        {ci(QStringLiteral("utili[sz]ation")), QStringLiteral("Utilization"), {{"utili"}}},
        {ci(QStringLiteral("no handler")), QStringLiteral("Unhandled"), {{"no handler"}}},
        {ci(QStringLiteral("\\b(?:started|booted)\\b")),
         QStringLiteral("Started"),
         {{"started", "booted"}}},
        {ci(QStringLiteral("unhandled exception|exception|\\berror\\b")),
         QStringLiteral("Error"),
         {{"exception", "error"}}},
        {ci(QStringLiteral("fail")), QStringLiteral("Failure"), {{"fail"}}},
    };
    return rules;
}

QString problemOf(const QString &text)
{
    const util::AsciiWords words(text);
    for (const WordRule &r : problemRules()) {
        if (words.mayMeet(r.needs) && r.re.match(text).hasMatch())
            return r.label;
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
    if (text.contains(QLatin1Char('<')))
        text.remove(placeholderRe());
    auto it = token.globalMatch(text);
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

const QList<WordRule> &domainRules()
{
    static const QList<WordRule> rules = {
        {ci(QStringLiteral("websocket|handshake")),
         QStringLiteral("websocket"),
         {{"websocket", "handshake"}}},
        {ci(QStringLiteral("session")), QStringLiteral("session"), {{"session"}}},
        {ci(QStringLiteral("\\b(?:jwt|bearer|auth\\w*|token|login|oauth)\\b")),
         QStringLiteral("auth"),
         {{"jwt", "bearer", "auth", "token", "login"}}},
        {ci(QStringLiteral("redis")), QStringLiteral("redis"), {{"redis"}}},
        {ci(QStringLiteral("database|\\bsql|\\bpool\\b|\\bquery\\b")),
         QStringLiteral("database"),
         {{"database", "sql", "pool", "query"}}},
        {ci(QStringLiteral("health|readiness|liveness")),
         QStringLiteral("health"),
         {{"health", "readiness", "liveness"}}},
        {ci(QStringLiteral("memory|container|instance|worker|revision")),
         QStringLiteral("runtime"),
         {{"memory", "container", "instance", "worker", "revision"}}},
        {ci(QStringLiteral("rate limit|quota|\\b429\\b")),
         QStringLiteral("ratelimit"),
         {{"rate limit", "quota", "429"}}},
        {ci(QStringLiteral("\\bagents?\\b")), QStringLiteral("agents"), {{"agent"}}},
        {ci(QStringLiteral("\\bllm\\b|\\bmodel\\b")), QStringLiteral("llm"), {{"llm", "model"}}},
        {ci(QStringLiteral("\\bmessages?\\b|\\bthreads?\\b")),
         QStringLiteral("messages"),
         {{"message", "thread"}}},
    };
    return rules;
}

const QList<WordRule> &detailRules()
{
    // In DetailRule order. Case-sensitive but for the first two: lower-case needs still hold.
    static const QList<WordRule> rules = {
        {ci(QStringLiteral("no module named '([\\w.]+)'")),
         QStringLiteral("module"),
         {{"no module named"}}},
        {ci(QStringLiteral("has no attribute '(\\w+)'")),
         QStringLiteral("attribute"),
         {{"has no attribute"}}},
        {QRegularExpression(QStringLiteral(
             "\\b((?:[a-z_]+\\.)*([A-Z]\\w*(?:Error|Exception)))\\b(?::\\s*'(\\w+)')?")),
         QStringLiteral("exception"),
         {{"error", "exception"}}},
        {QRegularExpression(QStringLiteral(
             "\\b([45]\\d\\d) (?:Unauthorized|Forbidden|Not Found|Too Many|Internal|Bad|Service)")),
         QStringLiteral("status"),
         {{"unauthorized", "forbidden", "not found", "too many", "internal", "bad", "service"}, 3}},
        {QRegularExpression(QStringLiteral("\\b([A-Z][A-Z0-9]+(?:_[A-Z0-9]+){1,})\\b")),
         QStringLiteral("configuration key"),
         {{"_"}}},
        {QRegularExpression(QStringLiteral("'([A-Za-z_][\\w.]{2,40})'")),
         QStringLiteral("quoted"),
         {{"'"}}},
        {QRegularExpression(QStringLiteral("\\b([a-z_][a-z0-9_]{3,})\\(\\)")),
         QStringLiteral("call"),
         {{"()"}}},
    };
    return rules;
}

// One key detail: a missing module or attribute, an exception type (with its key), an HTTP
// status, a configuration key, a quoted value, a called function. `rank` says which kind
// (lower is more telling), so a real message's detail can win over its template's.
QString detailOf(const QString &text, int *rank)
{
    // Ids, hashes and generated names are not details a person reads.
    static const QRegularExpression idLike(QStringLiteral("\\d{4,}|[0-9a-f]{8,}|_[0-9a-f]{6,}"));
    auto give = [&](const QString &value, int r) {
        if (rank)
            *rank = r;
        return value;
    };
    // Each expression only where the text holds what it cannot match without.
    const util::AsciiWords words(text);
    const QList<WordRule> &rules = detailRules();
    auto match = [&](DetailRule r) {
        const WordRule &rule = rules.at(int(r));
        return words.mayMeet(rule.needs) ? rule.re.match(text) : QRegularExpressionMatch();
    };
    QString d = match(DetailRule::Module).captured(1);
    if (!d.isEmpty())
        return give(d, 0);
    d = match(DetailRule::Attribute).captured(1);
    if (!d.isEmpty())
        return give(d, 1);
    if (const auto m = match(DetailRule::Exception); m.hasMatch()) {
        const QString type = m.captured(2);
        if (type != QLatin1String("ModuleNotFoundError"))
            return give(m.captured(3).isEmpty() ? type : type + QLatin1Char(' ') + m.captured(3),
                        2);
    }
    d = match(DetailRule::Status).captured(1);
    if (!d.isEmpty())
        return give(QStringLiteral("HTTP ") + d, 3);
    d = match(DetailRule::ConfigKey).captured(1);
    if (!d.isEmpty() && d != QLatin1String("REDACTED") && !idLike.match(d).hasMatch())
        return give(d, 4);
    const WordRule &quoted = rules.at(int(DetailRule::Quoted));
    auto it = words.mayMeet(quoted.needs) ? quoted.re.globalMatch(text)
                                          : QRegularExpressionMatchIterator();
    while (it.hasNext()) {
        d = it.next().captured(1);
        if (!idLike.match(d).hasMatch() && d != QLatin1String("function") &&
            d != QLatin1String("object"))
            return give(d, 5);
    }
    d = match(DetailRule::Call).captured(1);
    return give(d, d.isEmpty() ? 99 : 6);
}

int literalWords(const QString &text)
{
    // Maximal runs of three or more ASCII letters, as "[A-Za-z]{3,}" finds them one after the
    // other once placeholderRe()'s matches are removed, counted in one pass without either
    // expression: a placeholder is skipped where it stands, so "abc<NUM>def" is one word.
    auto letter = [](char16_t u) { return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'); };
    const char16_t *p = QStringView(text).utf16();
    const qsizetype size = text.size();
    int n = 0, run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (p[i] == '<') {
            qsizetype j = i + 1;
            while (j < size && j - i <= 12 && (letter(p[j]) || p[j] == '_' || p[j] == '*'))
                ++j;
            if (j > i + 1 && j < size && p[j] == '>') {
                i = j;
                continue;
            }
        }
        if (letter(p[i])) {
            ++run;
            continue;
        }
        n += run >= 3;
        run = 0;
    }
    return n + (run >= 3);
}

} // namespace gardener::naming::detail
