#include "core/redaction/detectortable.h"

#include "core/redaction/validators.h"

#include <QHostAddress>

namespace gardener::redaction::detail {

namespace {

const auto CaseInsensitive = QRegularExpression::CaseInsensitiveOption;

// The secret words a key must end in (see redactor.h for why "ends in"). Patterns start at the
// word itself: a regex that begins with a literal alternation is much faster than one that
// tries every identifier start.
const QString SecretKey =
    QStringLiteral("(?:password|passwd|secret|token|api[_-]?key|apikey|authorization|"
                   "credentials?|private[_-]?key|cookie|session[_-]?id)");

// Where a cut text ends: an ellipsis, three dots, a closing quote, a masker placeholder, or the
// end of a line or of the text. A known prefix followed by enough token characters and then
// one of these is a token that was truncated (a title cut at 100 characters, a sample cut for
// the worklog, a token the masker split).
const QString CutHere =
    QStringLiteral(R"re((?=…|\.\.\.|\\u2026|["'`]|<(?:\*|[A-Z]{2,6})>|[ \t]*(?:\r?\n|\\n|$)))re");

// "1//" as written, or after the clustering masker replaced the leading "1" (with "<NUM>", or
// "<*>" that cluster names show as "…").
const QString RefreshLead = QStringLiteral(R"re((?:1|<NUM>|<ID>|<HEX>|<\*>|…)//)re");

QRegularExpression re(const QString &pattern, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression r(pattern, options);
    Q_ASSERT_X(r.isValid(), "redaction detector",
               qPrintable(r.errorString() + QLatin1Char(' ') + pattern));
    return r;
}

// What follows a value that was cut short: an ellipsis, "..." or an escaped ellipsis.
QString cutMarker()
{
    return QStringLiteral(R"re((?=…|\.\.\.|\\u2026))re");
}

bool notPlaceholder(const QString &, const QRegularExpressionMatch &m, int g)
{
    return !isPlaceholderValue(m.captured(g));
}

void addTokens(QList<Detector> &d)
{
    d.append(
        {FindingKind::PrivateKey,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re(-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s:,.-]*))re")),
         0,
         {},
         QStringLiteral("private key block"),
         QStringLiteral(
             "none; a block without its END line is redacted to where the key text stops"),
         {}});
    d.append(
        {FindingKind::Jwt,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)re")),
         0,
         {},
         QStringLiteral("JSON Web Token"),
         QStringLiteral("three base64url parts, the first a JSON object"),
         {}});
    d.append(
        {FindingKind::GitHubToken,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{30,255})(?![A-Za-z0-9_]))re")),
         0,
         {},
         QStringLiteral("GitHub token"),
         QStringLiteral("at least 30 token characters"),
         {}});
    d.append({FindingKind::GoogleApiKey,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-]))re")),
              0,
              {},
              QStringLiteral("Google API key"),
              QStringLiteral("exactly 35 characters after the prefix"),
              {}});
    d.append(
        {FindingKind::AwsAccessKey,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}(?![A-Za-z0-9]))re")),
         0,
         {},
         QStringLiteral("AWS access key id"),
         QStringLiteral("exactly 16 upper-case letters or digits after the prefix"),
         {}});
    d.append(
        {FindingKind::AwsSecretKey,
         QStringLiteral("whole"),
         re(QStringLiteral(
                R"re((?:aws[_-]?secret[_-]?(?:access[_-]?)?key|secret[_-]?access[_-]?key)["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=]))re"),
            CaseInsensitive),
         1,
         {},
         QStringLiteral("AWS secret access key"),
         QStringLiteral("40 base64 characters after a secret-access-key name"),
         {}});
    d.append(
        {FindingKind::AwsSecretKey,
         QStringLiteral("whole"),
         re(QStringLiteral(
                R"re((?<![a-z])aws(?![a-z])[^\n]{0,80}?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=]))re"),
            CaseInsensitive),
         1,
         {},
         QStringLiteral("AWS secret access key"),
         QStringLiteral("40 base64 characters within 80 characters after \"aws\", with upper and "
                        "lower case and a digit, entropy at least 3.5 bits per character"),
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             const QString v = m.captured(g);
             return mixedCharacterClasses(v) && entropyBits(v) >= 3.5;
         }});
}

// Tokens of chat, payment and OAuth services.
void addServiceTokens(QList<Detector> &d)
{
    d.append(
        {FindingKind::SlackToken,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?<![A-Za-z0-9_-])(?:xox[abprs]-[0-9A-Za-z-]{10,250}|xapp-[0-9]-[0-9A-Za-z-]{10,250}))re")),
         0,
         {},
         QStringLiteral("Slack token"),
         QStringLiteral("at least 10 token characters after the prefix"),
         {}});
    d.append(
        {FindingKind::SlackWebhook,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{20,})re")),
         0,
         {},
         QStringLiteral("Slack incoming webhook URL"),
         QStringLiteral("at least 20 path characters"),
         {}});
    // The masker turns the scheme and host into "<URL>" and leaves the path.
    d.append(
        {FindingKind::SlackWebhook,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?:<URL>|<\*>)/(?:services|workflows|triggers)/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{8,})re")),
         0,
         {},
         QStringLiteral("Slack incoming webhook URL"),
         QStringLiteral(
             "after a masker placeholder: team id T…, channel id B…, at least 8 key characters"),
         {}});
    d.append(
        {FindingKind::StripeKey,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?<![A-Za-z0-9_])(?:(?:sk|rk)_(?:live|test)|pk_live)_[0-9A-Za-z]{16,247}(?![A-Za-z0-9_]))re")),
         0,
         {},
         QStringLiteral("Stripe key"),
         QStringLiteral("at least 16 characters after the prefix"),
         {}});
    d.append({FindingKind::OAuthAccessToken,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_.-]{20,})re")),
              0,
              {},
              QStringLiteral("Google OAuth access token"),
              QStringLiteral("at least 20 characters after the prefix"),
              {}});
    d.append(
        {FindingKind::OAuthRefreshToken,
         QStringLiteral("whole"),
         re(QStringLiteral(R"re((?<![A-Za-z0-9_/.:-])%1[0-9A-Za-z_-]{20,})re").arg(RefreshLead)),
         0,
         {},
         QStringLiteral("Google OAuth refresh token"),
         QStringLiteral("at least 20 characters after \"1//\" (or after a masker placeholder: "
                        "\"<NUM>//\", \"<*>//\", \"…//\")"),
         {}});
}

// Known prefixes followed by at least 8 token characters where the text was cut.
void addTruncatedTokens(QList<Detector> &d)
{
    const QString v = QStringLiteral("known prefix, at least 8 token characters, then \"…\", "
                                     "\"...\", a quote or the end of a line");
    const auto add = [&](FindingKind kind, const QString &pattern, const QString &reason) {
        d.append({kind, QStringLiteral("truncated"), re(pattern + CutHere), 0, {}, reason, v, {}});
    };
    add(FindingKind::Jwt,
        QStringLiteral(R"re((?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]*){0,2})re"),
        QStringLiteral("truncated JSON Web Token"));
    add(FindingKind::GitHubToken,
        QStringLiteral(R"re((?<![A-Za-z0-9_])(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{8,})re"),
        QStringLiteral("truncated GitHub token"));
    add(FindingKind::GoogleApiKey, QStringLiteral(R"re((?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{8,})re"),
        QStringLiteral("truncated Google API key"));
    add(FindingKind::AwsAccessKey,
        QStringLiteral(R"re((?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{8,})re"),
        QStringLiteral("truncated AWS access key id"));
    add(FindingKind::SlackToken,
        QStringLiteral(R"re((?<![A-Za-z0-9_-])(?:xox[abprs]-|xapp-)[0-9A-Za-z-]{8,})re"),
        QStringLiteral("truncated Slack token"));
    add(FindingKind::SlackWebhook,
        QStringLiteral(
            R"re((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{8,})re"),
        QStringLiteral("truncated Slack webhook URL"));
    add(FindingKind::StripeKey,
        QStringLiteral(
            R"re((?<![A-Za-z0-9_])(?:(?:sk|rk)_(?:live|test)|pk_live)_[0-9A-Za-z]{8,})re"),
        QStringLiteral("truncated Stripe key"));
    add(FindingKind::OAuthAccessToken,
        QStringLiteral(R"re((?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_.-]{8,})re"),
        QStringLiteral("truncated Google OAuth access token"));
    add(FindingKind::OAuthRefreshToken,
        QStringLiteral(R"re((?<![A-Za-z0-9_/.:-])%1[0-9A-Za-z_-]{8,})re").arg(RefreshLead),
        QStringLiteral("truncated Google OAuth refresh token"));
}

void addKeyValues(QList<Detector> &d)
{
    d.append({FindingKind::BearerToken,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re(\bbearer\s+([A-Za-z0-9._~+/-]{12,}=*))re"), CaseInsensitive),
              1,
              {},
              QStringLiteral("bearer token"),
              QStringLiteral("at least 12 characters with a digit"),
              [](const QString &, const QRegularExpressionMatch &m, int g) {
                  return containsDigit(m.captured(g)); // "Bearer authentication failed" is prose
              }});
    d.append(
        {FindingKind::UrlPassword, QStringLiteral("whole"),
         re(QStringLiteral(R"re(\b[a-z][a-z0-9+.-]*:(?:\\?/){2}[^\s:/@"'\\]+:([^\s/@"'\\]+)@)re"),
            CaseInsensitive),
         1, QStringLiteral("***"), QStringLiteral("password in a URL"),
         QStringLiteral("not a placeholder"), notPlaceholder});
    const QString placeholder =
        QStringLiteral("not a number, boolean, null, empty or already masked value");
    d.append({FindingKind::KeyValueSecret,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((%1)"\s*:\s*"((?:[^"\\]|\\.)*)")re").arg(SecretKey),
                 CaseInsensitive),
              2,
              {},
              QStringLiteral("value of a secret-named JSON field"),
              placeholder,
              notPlaceholder});
    d.append({FindingKind::KeyValueSecret,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((%1)\\"\s*:\s*\\"((?:[^"\\]|\\[^"])*)\\")re").arg(SecretKey),
                 CaseInsensitive),
              2,
              {},
              QStringLiteral("value of a secret-named JSON field"),
              placeholder,
              notPlaceholder});
    d.append({FindingKind::KeyValueSecret,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((%1)\s*=\s*['"]?([^\s&;,"'<>\\]+))re").arg(SecretKey),
                 CaseInsensitive),
              2,
              {},
              QStringLiteral("value of a secret-named key=value pair"),
              placeholder,
              notPlaceholder});
    d.append(
        {FindingKind::KeyValueSecret,
         QStringLiteral("whole"),
         re(QStringLiteral(R"re((password|passwd)\s*:\s*([^\s,;"'<>\\]{4,}))re"), CaseInsensitive),
         2,
         {},
         QStringLiteral("value after a password label"),
         placeholder,
         notPlaceholder});
    d.append(
        {FindingKind::KeyValueSecret,
         QStringLiteral("whole"),
         re(QStringLiteral(
                R"re(\bauthorization["']?\s*[:=]\s*["']?((?:bearer|basic|token|digest)\s+)?([^\s"',;\\]+))re"),
            CaseInsensitive),
         2,
         {},
         QStringLiteral("Authorization header value"),
         QStringLiteral("after a scheme (Bearer, Basic, Token, Digest) at least 6 characters; "
                        "without one at least 12 with a digit"),
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             return looksLikeCredential(m.captured(g), m.capturedLength(1) > 0);
         }});
}

// Values of the other kinds cut short. Without a known prefix they need context: a label, a
// shape only they have, or an explicit "…"/"..." right after them.
void addTruncatedValues(QList<Detector> &d)
{
    d.append(
        {FindingKind::AwsSecretKey,
         QStringLiteral("truncated"),
         re(QStringLiteral(
                R"re((?:aws[_-]?secret[_-]?(?:access[_-]?)?key|secret[_-]?access[_-]?key)["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{8,39}))re") +
                CutHere,
            CaseInsensitive),
         1,
         {},
         QStringLiteral("truncated AWS secret access key"),
         QStringLiteral("8-39 base64 characters after a secret-access-key name, then the cut"),
         {}});
    d.append(
        {FindingKind::AwsSecretKey,
         QStringLiteral("truncated"),
         re(QStringLiteral(
                R"re((?<![a-z])aws(?![a-z])[^\n]{0,80}?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{16,39}))re") +
                CutHere,
            CaseInsensitive),
         1,
         {},
         QStringLiteral("truncated AWS secret access key"),
         QStringLiteral(
             "16-39 base64 characters within 80 characters after \"aws\", upper and lower case and "
             "a digit, entropy at least 3.5 bits per character, then the cut"),
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             const QString v = m.captured(g);
             return mixedCharacterClasses(v) && entropyBits(v) >= 3.5;
         }});
    d.append({FindingKind::UrlPassword, QStringLiteral("truncated"),
              re(QStringLiteral(
                     R"re(\b[a-z][a-z0-9+.-]*:(?:\\?/){2}[^\s:/@"'\\]+:([^\s/@"'\\]{4,}))re") +
                     CutHere,
                 CaseInsensitive),
              1, QStringLiteral("***"), QStringLiteral("truncated password in a URL"),
              QStringLiteral(
                  "4 or more characters after user: in a URL, then the cut; not a port number"),
              [](const QString &, const QRegularExpressionMatch &m, int g) {
                  static const QRegularExpression port(QStringLiteral("^[0-9]+(?:…|\\.\\.\\.)?$"));
                  return !port.match(m.captured(g)).hasMatch() &&
                         !isPlaceholderValue(m.captured(g));
              }});
    d.append({FindingKind::KeyValueSecret,
              QStringLiteral("truncated"),
              re(QStringLiteral(R"re((%1)\\?"\s*:\s*\\?"([^"\\]{4,}))re").arg(SecretKey) +
                     QStringLiteral(R"re((?=…|\.\.\.|$))re"),
                 CaseInsensitive),
              2,
              {},
              QStringLiteral("truncated value of a secret-named JSON field"),
              QStringLiteral("an unclosed JSON string of 4 or more characters, then the cut"),
              notPlaceholder});
}

// Card numbers cut short.
void addTruncatedPersonalData(QList<Detector> &d)
{
    d.append(
        {FindingKind::PaymentCard,
         QStringLiteral("truncated"),
         re(QStringLiteral(R"re((?<![\w.+-])[2-6][0-9]{3}(?:[ -]?[0-9]){6,14})re") + cutMarker()),
         0,
         {},
         QStringLiteral("truncated payment card number"),
         QStringLiteral("10 or more digits, first digit 2-6, then \"…\" or \"...\""),
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             return plausibleCardPrefix(m.captured(g));
         }});
    d.append(
        {FindingKind::PaymentCard,
         QStringLiteral("whole"),
         re(QStringLiteral(
                R"re((?<![a-z0-9])(?:card|pan|cc)(?:[_-]?(?:number|num|no))?(?:["']?\s*[:=]\s*["']?|\s+)([0-9](?:[ -]?[0-9]){7,18}))re"),
            CaseInsensitive),
         1,
         {},
         QStringLiteral("payment card number (labelled)"),
         QStringLiteral("8-19 digits after card, pan, cc or card_number (no checksum: a labelled "
                        "number may be cut or mistyped)"),
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             return plausibleCardPrefix(m.captured(g));
         }});
}

// Phone numbers and IP addresses cut short.
void addTruncatedPhonesAndAddresses(QList<Detector> &d)
{
    const QString phoneCut = QStringLiteral("6 or more digits in a phone shape, then the cut");
    d.append({FindingKind::Phone,
              QStringLiteral("truncated"),
              re(QStringLiteral(R"re((?<![\w+])\+[1-9][0-9 ().-]{4,20}[0-9])re") + CutHere),
              0,
              {},
              QStringLiteral("truncated phone number (international)"),
              phoneCut,
              [](const QString &text, const QRegularExpressionMatch &m, int g) {
                  // "+123456" at the end of a line is more often a count than a cut number.
                  const QString s = m.captured(g);
                  const QStringView after = QStringView(text).mid(m.capturedEnd(g), 6);
                  const bool marked = after.startsWith(u'…') ||
                                      after.startsWith(QLatin1String("...")) ||
                                      after.startsWith(QLatin1String("\\u2026"));
                  return digitCount(s) >= 6 && (marked || digitCount(s) < s.size() - 1);
              }});
    d.append(
        {FindingKind::Phone,
         QStringLiteral("truncated"),
         re(QStringLiteral(
                R"re((?<![\w.+-])(?:\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[-.])[0-9]{3}(?:[-.][0-9]{0,3})?)re") +
            CutHere),
         0,
         {},
         QStringLiteral("truncated phone number (North American)"),
         phoneCut,
         {}});
    d.append({FindingKind::Phone,
              QStringLiteral("truncated"),
              re(QStringLiteral(R"re((?<![\w.+-])0[1-9][0-9]{1,3}[ -][0-9]{3,4})re") + cutMarker()),
              0,
              {},
              QStringLiteral("truncated phone number (national)"),
              phoneCut,
              {}});
    d.append(
        {FindingKind::IPv4,
         QStringLiteral("truncated"),
         re(QStringLiteral(
                R"re((?<![a-z])(?:ip|addr|address|remoteip|remote_addr|client|peer|host|from)["']?\s*[:=]?\s*["']?((?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){1,3}[0-9]{0,3}))re") +
                CutHere,
            CaseInsensitive),
         1,
         {},
         QStringLiteral("truncated IPv4 address (labelled)"),
         QStringLiteral("two or more octets after ip, addr, remoteIp, client, peer, host or from, "
                        "then the cut; not private"),
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             const QString s = m.captured(g);
             return s.count(QLatin1Char('.')) >= 1 && s.size() >= 4 && !isPrivateIPv4Prefix(s);
         }});
    d.append({FindingKind::IPv6,
              QStringLiteral("truncated"),
              re(QStringLiteral(
                     R"re((?<![0-9A-Za-z_:.])(?:[0-9A-Fa-f]{1,4}::?){1,7}[0-9A-Fa-f]{0,4})re") +
                 CutHere),
              0,
              {},
              QStringLiteral("truncated IPv6 address"),
              QStringLiteral("two or more groups, one of 4 hex digits with a digit, then the cut; "
                             "not unique local"),
              [](const QString &, const QRegularExpressionMatch &m, int g) {
                  return plausibleIPv6Prefix(m.captured(g));
              }});
}

void addPersonalData(QList<Detector> &d)
{
    d.append(
        {FindingKind::PaymentCard,
         QStringLiteral("whole"),
         re(QStringLiteral(R"re((?<![\w.+-])(?:[0-9][ -]?){12,18}[0-9](?![\w]|[.-][0-9]))re")),
         0,
         {},
         QStringLiteral("payment card number"),
         QStringLiteral(
             "13-19 digits, Luhn checksum, first digit 2-6, one separator kind in groups of 2-6"),
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             return plausibleCard(m.captured(g));
         }});
    const Validator phone = [](const QString &, const QRegularExpressionMatch &m, int g) {
        return plausiblePhone(m.captured(g));
    };
    const QString phoneRule =
        QStringLiteral("8-15 digits, not one digit repeated, dotted only as 3.3.4");
    d.append(
        {FindingKind::Phone,
         QStringLiteral("whole"),
         re(QStringLiteral(R"re((?<![\w+])\+[1-9][0-9 ().-]{6,22}[0-9](?![0-9]|[.-][0-9]))re")),
         0,
         {},
         QStringLiteral("phone number (international)"),
         phoneRule,
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             const QString s = m.captured(g);
             // Without separators, "+12345678 bytes" is a count: E.164 numbers of people
             // have 10 or more digits.
             const bool separated = digitCount(s) < s.size() - 1;
             return !s.contains(QLatin1String("  ")) && !s.contains(QLatin1String("--")) &&
                    !s.contains(QLatin1String("..")) && plausiblePhone(s) &&
                    (separated || digitCount(s) >= 10);
         }});
    d.append(
        {FindingKind::Phone,
         QStringLiteral("whole"),
         // One separator kind, and no spaces without the parentheses: "sizes 256 512 1024".
         re(QStringLiteral(
             R"re((?<![\w.+-])(?:\([2-9][0-9]{2}\) ?[0-9]{3}[-. ]|[2-9][0-9]{2}([-.])[0-9]{3}\1)[0-9]{4}(?![\w]|[.-][0-9]))re")),
         0,
         {},
         QStringLiteral("phone number (North American)"),
         phoneRule,
         phone});
    d.append(
        {FindingKind::Phone,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?<![\w.+-])0[1-9][0-9]{1,3}[ -][0-9]{3,4}[ -]?[0-9]{3,4}(?![\w]|[.-][0-9]))re")),
         0,
         {},
         QStringLiteral("phone number (national, trunk prefix 0)"),
         phoneRule + QStringLiteral("; 10-11 digits"),
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             // "mode 0755 1000 1000" has 12: national numbers with a trunk 0 have 10 or 11.
             const int n = digitCount(m.captured(g));
             return n >= 10 && n <= 11 && plausiblePhone(m.captured(g));
         }});
    d.append(
        {FindingKind::Phone,
         QStringLiteral("whole"),
         re(QStringLiteral(
                R"re((?<![a-z0-9])(?:phone|tel|mobile|cell|fax|msisdn)[a-z_]*(?:["']?\s*[:=]\s*["']?|\s+)(\+?\(?[0-9][0-9 ().-]{5,20}[0-9]))re"),
            CaseInsensitive),
         1,
         {},
         QStringLiteral("phone number (labelled)"),
         QStringLiteral("7-15 digits after the label, not one digit repeated"),
         [](const QString &, const QRegularExpressionMatch &m, int g) {
             return plausiblePhone(m.captured(g), 7);
         }});
}

// E-mail addresses, wherever they stand.
void addEmails(QList<Detector> &d)
{
    d.append(
        {FindingKind::Email, QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?![A-Za-z0-9-]))re")),
         1, QStringLiteral("***"), QStringLiteral("email address (domain kept)"),
         QStringLiteral("not a message id (\"Message-ID: <…@…>\", \"message <…@…>\")"),
         [](const QString &text, const QRegularExpressionMatch &m, int g) {
             return !looksLikeMessageId(text, m.capturedStart(g));
         }});
    d.append(
        {FindingKind::Email,
         QStringLiteral("truncated"),
         re(QStringLiteral(
                R"re((?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]*)*)re") +
            CutHere),
         1,
         QStringLiteral("***"),
         QStringLiteral("truncated email address"),
         QStringLiteral("domain starts with a letter, then the text is cut"),
         {}});
}

// Addresses: on an overlap they yield to every other kind (enum order).
void addAddresses(QList<Detector> &d)
{
    d.append(
        {FindingKind::IPv6,
         QStringLiteral("whole"),
         re(QStringLiteral(
             R"re((?<![0-9A-Za-z_:.])((?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|[0-9A-Fa-f]{1,4})|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})(?![0-9A-Za-z_:]))re")),
         0,
         {},
         QStringLiteral("IPv6 address"),
         QStringLiteral("eight groups or \"::\", a digit, parses as an address, not loopback or "
                        "unique local (fc00::/7), not a slice (a[1::2]) or a short compressed form "
                        "of one- and two-digit groups"),
         [](const QString &text, const QRegularExpressionMatch &m, int g) {
             const QString s = m.captured(g);
             if (!(s.count(QLatin1Char(':')) == 7 || s.contains(QLatin1String("::"))) ||
                 !containsDigit(s))
                 return false;
             if (looksLikeIPv6Code(text, m.capturedStart(g), m.capturedEnd(g), s))
                 return false;
             QHostAddress a;
             if (!a.setAddress(s) || a.protocol() != QAbstractSocket::IPv6Protocol)
                 return false;
             return !a.isLoopback() && a != QHostAddress(QHostAddress::AnyIPv6) &&
                    !a.isUniqueLocalUnicast();
         }});
    const QString octet = QStringLiteral("(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    const Validator notVersion = [](const QString &text, const QRegularExpressionMatch &m, int g) {
        const QString s = m.captured(g);
        if (s.startsWith(QLatin1String("127.")) || s.startsWith(QLatin1String("0.")) ||
            s == QLatin1String("255.255.255.255") || isPrivateIPv4Prefix(s) ||
            s.endsWith(QLatin1String(".0")))
            return false;
        return !looksLikeVersion(text, m.capturedStart(g), m.capturedEnd(g)) &&
               !followsHostName(text, m.capturedStart(g));
    };
    const QString versionRule =
        QStringLiteral("not loopback, 0.x, broadcast, a network (x.x.x.0) or private (10/8, "
                       "172.16/12, 192.168/16, 169.254/16), not after a version or numbering word "
                       "(v, version, step, section, @, ==, ...), no -rc/-beta suffix, not a host's "
                       "resolved address (\"pubsub.googleapis.com/142.250.1.2\")");
    d.append({FindingKind::IPv4,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((?<![0-9A-Za-z.])((?:%1\.){3}%1)(?![0-9A-Za-z]|\.[0-9]))re")
                     .arg(octet)),
              0,
              {},
              QStringLiteral("IPv4 address"),
              versionRule,
              notVersion});
    d.append(
        {FindingKind::IPv4,
         QStringLiteral("truncated"),
         re(QStringLiteral(R"re((?<![0-9A-Za-z.])((?:%1\.){2}%1(?:\.[0-9]{0,3})?)(?=…|\.\.\.))re")
                .arg(octet)),
         0,
         {},
         QStringLiteral("truncated IPv4 address"),
         versionRule + QStringLiteral("; three or more octets, then \"…\" or \"...\""),
         notVersion});
}

} // namespace

const QList<Detector> &builtInDetectors()
{
    static const QList<Detector> detectors = [] {
        QList<Detector> d;
        addTokens(d);
        addServiceTokens(d);
        addTruncatedTokens(d);
        addKeyValues(d);
        addPersonalData(d);
        addEmails(d);
        addAddresses(d);
        addTruncatedValues(d);
        addTruncatedPersonalData(d);
        addTruncatedPhonesAndAddresses(d);
        return d;
    }();
    return detectors;
}

} // namespace gardener::redaction::detail
