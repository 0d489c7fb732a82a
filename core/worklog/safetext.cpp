#include "core/worklog/safetext.h"

#include "core/redaction/redactor.h"

#include <QRegularExpression>

namespace gardener::worklog {
namespace {

struct Prefix
{
    const char *pattern; // regex for the prefix and the token characters after it
    const char *kind;
};

// Known token prefixes with at least 6 token characters after them (fewer read as words),
// ending at "…", "..." or the end of the text: what a cut leaves of a secret.
const QRegularExpression &truncatedRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9_])(?<token>"
                       "(?<github>gh[pousr]_[A-Za-z0-9]{6,}|github_pat_[A-Za-z0-9_]{6,})"
                       "|(?<google>AIza[0-9A-Za-z_-]{6,}|ya29\\.[0-9A-Za-z_.-]{6,})"
                       "|(?<jwt>eyJ[A-Za-z0-9_-]{6,}(?:\\.[A-Za-z0-9_-]*)?)"
                       "|(?<slack>xox[abprs]-[A-Za-z0-9-]{6,})"
                       "|(?<aws>AKIA[0-9A-Z]{6,})"
                       "|(?<gitlab>glpat-[A-Za-z0-9_-]{6,})"
                       "|(?<stripe>[sr]k_live_[A-Za-z0-9]{6,})"
                       ")(?=\\x{2026}|\\.\\.\\.|\\s*$)"));
    return re;
}

QString kindOf(const QRegularExpressionMatch &m)
{
    for (const char *k : {"github", "google", "jwt", "slack", "aws", "gitlab", "stripe"}) {
        if (!m.captured(QLatin1String(k)).isEmpty())
            return QString::fromLatin1(k) == QLatin1String("github")
                       ? QStringLiteral("github-token")
                       : QString::fromLatin1(k) + QStringLiteral("-token");
    }
    return QStringLiteral("token");
}

} // namespace

bool hasTruncatedSecret(const QString &text)
{
    return truncatedRe().match(text).hasMatch();
}

QString scrubTruncatedSecrets(const QString &text)
{
    QString out;
    qsizetype pos = 0;
    auto it = truncatedRe().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(pos, m.capturedStart(QStringLiteral("token")) - pos);
        out += QStringLiteral("[REDACTED:") + kindOf(m) + QLatin1Char(']');
        pos = m.capturedEnd(QStringLiteral("token"));
    }
    out += QStringView(text).mid(pos);
    return out;
}

QString cutRedacted(const QString &redacted, int maxChars)
{
    QString t = scrubTruncatedSecrets(redacted).simplified();
    if (t.size() > maxChars) {
        t = t.left(maxChars + 1);
        const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
        t = space > maxChars / 2 ? t.left(space) : t.left(maxChars);
        // The cut may have made a prefix of something the redactor did not know as a whole.
        t = scrubTruncatedSecrets(t.trimmed());
        if (t.size() > maxChars)
            t = t.left(maxChars);
    }
    return t.trimmed();
}

QString redactThenCut(const redaction::Redactor &redactor, const QString &text, int maxChars)
{
    return cutRedacted(redactor.redact(text), maxChars);
}

} // namespace gardener::worklog
