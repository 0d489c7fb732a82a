#include "redaction/detectors.h"

#include <QHostAddress>

#include <functional>

namespace gardener::redaction::detail {

namespace {

using Validator = std::function<bool(const QString &original, const QRegularExpressionMatch &m, int group)>;

struct Detector
{
    FindingKind kind;
    QRegularExpression regex;
    int group;            // which capture is the sensitive part (0 = whole match)
    QString replacement;  // empty: "[REDACTED:<kind>]"
    QString reason;
    Validator accept;     // optional extra check
};

// The secret words a key must end in (see the header for why "ends in"). Patterns start at the
// word itself, not at the start of the key: a regex that begins with a literal alternation is
// much faster than one that tries every identifier start, and "ends in" is kept because the
// word must be followed directly by the separator.
const QString SecretKey = QStringLiteral(
    "(?:password|passwd|secret|token|api[_-]?key|apikey|authorization|"
    "credentials?|private[_-]?key|cookie|session[_-]?id)");

bool containsDigit(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// Values that are not secrets even under a secret-sounding key.
bool isPlaceholderValue(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    static const QRegularExpression masked(QStringLiteral("^(\\*+|\\[REDACTED[^\\]]*\\]|<redacted>|redacted|x+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString v = value.trimmed();
    // Already scrubbed, by us or upstream: "[REDACTED:...]", "Bearer [REDACTED:...]", "ab***".
    if (v.contains(QLatin1String("[REDACTED")) || v.contains(QLatin1String("***")))
        return true;
    if (v.isEmpty() || number.match(v).hasMatch() || masked.match(v).hasMatch())
        return true;
    static const QSet<QString> words = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
        QStringLiteral("none"), QStringLiteral("undefined"), QStringLiteral("nil"),
        QStringLiteral("empty"), QStringLiteral("missing"), QStringLiteral("invalid"),
        QStringLiteral("incorrect"), QStringLiteral("required"), QStringLiteral("expired"),
        QStringLiteral("set"), QStringLiteral("unset"), QStringLiteral("changed"),
        QStringLiteral("reset"), QStringLiteral("mismatch"), QStringLiteral("wrong"),
    };
    return words.contains(v.toLower());
}

bool looksLikeVersion(const QString &original, qsizetype start)
{
    // Look back a little for a version cue: "v1.2.3.4", "version 1.2.3.4", "pkg@1.2.3.4".
    const qsizetype from = qMax<qsizetype>(0, start - 14);
    const QString before = original.mid(from, start - from).toLower();
    static const QRegularExpression cue(QStringLiteral(
        "(?:\\bv|version|\\bver|release|build|\\brev|==|@|\\bpython|\\bnode|\\bchrome|\\bfirefox)"
        "[\"'\\s:=/_-]{0,4}$"));
    return cue.match(before).hasMatch();
}

const QList<Detector> &builtIns()
{
    static const QList<Detector> detectors = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QList<Detector> d;
        d.append({FindingKind::PrivateKey,
                  QRegularExpression(QStringLiteral(
                      "-----BEGIN[A-Z0-9 ]*PRIVATE KEY-----(?:[\\s\\S]*?-----END[A-Z0-9 ]*PRIVATE KEY-----"
                      "|[A-Za-z0-9+/=\\s:,.-]*)")),
                  0, {}, QStringLiteral("private key block"), {}});
        d.append({FindingKind::Jwt,
                  QRegularExpression(QStringLiteral(
                      "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*")),
                  0, {}, QStringLiteral("JSON Web Token"), {}});
        d.append({FindingKind::GitHubToken,
                  QRegularExpression(QStringLiteral(
                      "(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{30,255})"
                      "(?![A-Za-z0-9_])")),
                  0, {}, QStringLiteral("GitHub token"), {}});
        d.append({FindingKind::GoogleApiKey,
                  QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])")),
                  0, {}, QStringLiteral("Google API key"), {}});
        d.append({FindingKind::OAuthAccessToken,
                  QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_-])ya29\\.[0-9A-Za-z_.-]{20,}")),
                  0, {}, QStringLiteral("Google OAuth access token"), {}});
        d.append({FindingKind::OAuthRefreshToken,
                  QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_/.:-])1//[0-9A-Za-z_-]{20,}")),
                  0, {}, QStringLiteral("Google OAuth refresh token"), {}});
        d.append({FindingKind::BearerToken,
                  QRegularExpression(QStringLiteral("\\bbearer\\s+([A-Za-z0-9._~+/-]{12,}=*)"), ci),
                  1, {}, QStringLiteral("bearer token"),
                  [](const QString &, const QRegularExpressionMatch &m, int g) {
                      return containsDigit(m.captured(g));  // "Bearer authentication failed" is prose
                  }});
        d.append({FindingKind::UrlPassword,
                  QRegularExpression(QStringLiteral(
                      "\\b[a-z][a-z0-9+.-]*:(?:\\\\?/){2}[^\\s:/@\"'\\\\]+:([^\\s/@\"'\\\\]+)@"), ci),
                  1, QStringLiteral("***"), QStringLiteral("password in a URL"),
                  [](const QString &, const QRegularExpressionMatch &m, int g) {
                      return !isPlaceholderValue(m.captured(g));
                  }});

        const Validator notPlaceholder = [](const QString &, const QRegularExpressionMatch &m, int g) {
            return !isPlaceholderValue(m.captured(g));
        };
        // "key": "value" in JSON.
        d.append({FindingKind::KeyValueSecret,
                  QRegularExpression(QStringLiteral("(%1)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").arg(SecretKey), ci),
                  2, {}, QStringLiteral("value of a secret-named JSON field"), notPlaceholder});
        // \"key\": \"value\" in JSON that sits inside a JSON string.
        d.append({FindingKind::KeyValueSecret,
                  QRegularExpression(QStringLiteral("(%1)\\\\\"\\s*:\\s*\\\\\"((?:[^\"\\\\]|\\\\[^\"])*)\\\\\"").arg(SecretKey), ci),
                  2, {}, QStringLiteral("value of a secret-named JSON field"), notPlaceholder});
        // key=value in query strings, environment dumps and log text.
        d.append({FindingKind::KeyValueSecret,
                  QRegularExpression(QStringLiteral("(%1)\\s*=\\s*['\"]?([^\\s&;,\"'<>\\\\]+)").arg(SecretKey), ci),
                  2, {}, QStringLiteral("value of a secret-named key=value pair"), notPlaceholder});
        // password: value (only password words, see header).
        d.append({FindingKind::KeyValueSecret,
                  QRegularExpression(QStringLiteral("(password|passwd)\\s*:\\s*([^\\s,;\"'<>\\\\]{4,})"), ci),
                  2, {}, QStringLiteral("value after a password label"), notPlaceholder});
        // Authorization: <scheme> value
        d.append({FindingKind::KeyValueSecret,
                  QRegularExpression(QStringLiteral("\\bauthorization[\"']?\\s*[:=]\\s*[\"']?(?:(?:bearer|basic|token|digest)\\s+)?([^\\s\"',;\\\\]+)"), ci),
                  1, {}, QStringLiteral("Authorization header value"), notPlaceholder});

        d.append({FindingKind::Email,
                  QRegularExpression(QStringLiteral(
                      "(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@((?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})(?![A-Za-z0-9-])")),
                  1, QStringLiteral("***"), QStringLiteral("email address (domain kept)"), {}});
        d.append({FindingKind::IPv6,
                  QRegularExpression(QStringLiteral(
                      "(?<![0-9A-Za-z_:.])((?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|[0-9A-Fa-f]{1,4})"
                      "|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})(?![0-9A-Za-z_:])")),
                  0, {}, QStringLiteral("IPv6 address"),
                  [](const QString &, const QRegularExpressionMatch &m, int g) {
                      const QString s = m.captured(g);
                      // Eight groups or a "::"; with digits, so "dead::beef" prose and C++ scopes pass.
                      if (!(s.count(QLatin1Char(':')) == 7 || s.contains(QLatin1String("::"))) || !containsDigit(s))
                          return false;
                      QHostAddress a;
                      if (!a.setAddress(s) || a.protocol() != QAbstractSocket::IPv6Protocol)
                          return false;
                      return !a.isLoopback() && a != QHostAddress(QHostAddress::AnyIPv6);
                  }});
        d.append({FindingKind::IPv4,
                  QRegularExpression(QStringLiteral(
                      "(?<![0-9A-Za-z.])((?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
                      "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d))(?![0-9A-Za-z]|\\.\\d)")),
                  0, {}, QStringLiteral("IPv4 address"),
                  [](const QString &original, const QRegularExpressionMatch &m, int g) {
                      const QString s = m.captured(g);
                      if (s.startsWith(QLatin1String("127.")) || s == QLatin1String("0.0.0.0")
                          || s == QLatin1String("255.255.255.255"))
                          return false;
                      return !looksLikeVersion(original, m.capturedStart(g));
                  }});
        return d;
    }();
    return detectors;
}

// Backslashes immediately before pos, to tell an escape letter from a plain one.
bool escapedAt(const QString &text, qsizetype pos)
{
    qsizetype n = 0;
    while (pos - 1 - n >= 0 && text.at(pos - 1 - n) == QLatin1Char('\\'))
        ++n;
    return n % 2 == 1;
}

// Never start on the letter of an escape ("\n" + "user@x") or end between "\" and its letter.
void keepEscapesWhole(const QString &text, Finding *f)
{
    if (f->length > 0 && f->start > 0 && escapedAt(text, f->start)) {
        ++f->start;
        --f->length;
    }
    const qsizetype end = f->start + f->length;
    if (f->length > 0 && end <= text.size() && text.at(end - 1) == QLatin1Char('\\')
        && !escapedAt(text, end - 1)) {
        --f->length;
    }
}

void appendFinding(const QString &original, FindingKind kind, qsizetype start, qsizetype length,
                   const QString &replacement, const QString &reason, const QString &patternName,
                   QList<Finding> *out)
{
    Finding f;
    f.kind = kind;
    f.start = start;
    f.length = length;
    keepEscapesWhole(original, &f);
    if (f.length <= 0)
        return;
    f.matched = original.mid(f.start, f.length);
    f.replacement = replacement.isEmpty()
        ? QStringLiteral("[REDACTED:%1]").arg(patternName.isEmpty() ? findingKindName(kind) : patternName)
        : replacement;
    f.reason = reason;
    f.patternName = patternName;
    out->append(f);
}

} // namespace

QString scanCopy(const QString &text)
{
    QString copy = text;
    for (qsizetype i = 0; i + 1 < copy.size(); ++i) {
        if (copy.at(i) != QLatin1Char('\\'))
            continue;
        const QChar next = copy.at(i + 1);
        if (next == QLatin1Char('n') || next == QLatin1Char('r') || next == QLatin1Char('t')) {
            copy[i] = QLatin1Char(' ');
            copy[i + 1] = QLatin1Char(' ');
        }
        ++i;  // skip the escaped character, so "\\n" stays a backslash and a letter
    }
    return copy;
}

QList<Finding> detectBuiltIn(const QString &text)
{
    QList<Finding> out;
    const QString scan = scanCopy(text);
    for (const Detector &d : builtIns()) {
        auto it = d.regex.globalMatch(scan);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength(d.group) <= 0)
                continue;
            if (d.accept && !d.accept(text, m, d.group))
                continue;
            appendFinding(text, d.kind, m.capturedStart(d.group), m.capturedLength(d.group),
                          d.replacement, d.reason, {}, &out);
        }
    }
    return out;
}

void detectCustom(const QString &text, const QList<CustomPattern> &patterns, QList<Finding> *out)
{
    for (const CustomPattern &p : patterns) {
        const int group = p.regex.captureCount() >= 1 ? 1 : 0;
        auto it = p.regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength(group) <= 0)
                continue;
            appendFinding(text, FindingKind::Custom, m.capturedStart(group), m.capturedLength(group),
                          p.replacement, QStringLiteral("matches the user pattern \"%1\"").arg(p.name),
                          p.name, out);
        }
    }
}

} // namespace gardener::redaction::detail
