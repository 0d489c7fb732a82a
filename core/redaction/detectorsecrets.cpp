#include "core/redaction/detectorpatterns.h"

namespace gardener::redaction::detail {

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
    needs(d, {{"-----begin"}});
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
    needs(d, {{"eyj"}});
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
    needs(d, {{"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"}});
    d.append({FindingKind::GoogleApiKey,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-]))re")),
              0,
              {},
              QStringLiteral("Google API key"),
              QStringLiteral("exactly 35 characters after the prefix"),
              {}});
    needs(d, {{"aiza"}});
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
    needs(d, {{"akia", "asia", "abia", "acca", "agpa", "aida", "aipa", "anpa", "anva", "apka",
               "aroa", "asca"}});
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
    needs(d, {{"secret"}});
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
    needs(d, {{"aws"}});
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
    needs(d, {{"xox", "xapp-"}});
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
    needs(d, {{"hooks.slack.com"}});
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
    needs(d, {{"/services/", "/workflows/", "/triggers/"}});
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
    needs(d, {{"k_"}});
    d.append({FindingKind::OAuthAccessToken,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_.-]{20,})re")),
              0,
              {},
              QStringLiteral("Google OAuth access token"),
              QStringLiteral("at least 20 characters after the prefix"),
              {}});
    needs(d, {{"ya29."}});
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
    needs(d, {{"1//", "<num>//", "<id>//", "<hex>//", "<*>//"}});
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
    needs(d, {{"bearer"}});
    d.append(
        {FindingKind::UrlPassword, QStringLiteral("whole"),
         re(QStringLiteral(R"re(\b[a-z][a-z0-9+.-]*:(?:\\?/){2}[^\s:/@"'\\]+:([^\s/@"'\\]+)@)re"),
            CaseInsensitive),
         1, QStringLiteral("***"), QStringLiteral("password in a URL"),
         QStringLiteral("not a placeholder"), notPlaceholder});
    needs(d, {{"@"}});
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
    needs(d, {{"passw", "secret", "token", "key", "authorization", "credential", "cookie",
               "session"}});
    d.append({FindingKind::KeyValueSecret,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((%1)\\"\s*:\s*\\"((?:[^"\\]|\\[^"])*)\\")re").arg(SecretKey),
                 CaseInsensitive),
              2,
              {},
              QStringLiteral("value of a secret-named JSON field"),
              placeholder,
              notPlaceholder});
    needs(d, {{"passw", "secret", "token", "key", "authorization", "credential", "cookie",
               "session"}});
    d.append({FindingKind::KeyValueSecret,
              QStringLiteral("whole"),
              re(QStringLiteral(R"re((%1)\s*=\s*['"]?([^\s&;,"'<>\\]+))re").arg(SecretKey),
                 CaseInsensitive),
              2,
              {},
              QStringLiteral("value of a secret-named key=value pair"),
              placeholder,
              notPlaceholder});
    needs(d, {{"passw", "secret", "token", "key", "authorization", "credential", "cookie",
               "session"}});
    d.append(
        {FindingKind::KeyValueSecret,
         QStringLiteral("whole"),
         re(QStringLiteral(R"re((password|passwd)\s*:\s*([^\s,;"'<>\\]{4,}))re"), CaseInsensitive),
         2,
         {},
         QStringLiteral("value after a password label"),
         placeholder,
         notPlaceholder});
    needs(d, {{"passw"}});
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
    needs(d, {{"authorization"}});
}

} // namespace gardener::redaction::detail
