#include "core/redaction/detectorpatterns.h"

namespace gardener::redaction::detail {

// Known prefixes followed by at least 8 token characters where the text was cut.
void addTruncatedTokens(QList<Detector> &d)
{
    const QString v = QStringLiteral("known prefix, at least 8 token characters, then \"…\", "
                                     "\"...\", a quote or the end of a line");
    const auto add = [&](FindingKind kind, const QString &pattern, const QString &reason,
                         Needs prefix) {
        d.append({kind, QStringLiteral("truncated"), re(pattern + CutHere), 0, {}, reason, v, {}});
        needs(d, std::move(prefix));
    };
    add(FindingKind::Jwt,
        QStringLiteral(R"re((?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]*){0,2})re"),
        QStringLiteral("truncated JSON Web Token"), {{"eyj"}});
    add(FindingKind::GitHubToken,
        QStringLiteral(R"re((?<![A-Za-z0-9_])(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{8,})re"),
        QStringLiteral("truncated GitHub token"),
        {{"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"}});
    add(FindingKind::GoogleApiKey, QStringLiteral(R"re((?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{8,})re"),
        QStringLiteral("truncated Google API key"), {{"aiza"}});
    add(FindingKind::AwsAccessKey,
        QStringLiteral(R"re((?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{8,})re"),
        QStringLiteral("truncated AWS access key id"), {{"akia", "asia"}});
    add(FindingKind::SlackToken,
        QStringLiteral(R"re((?<![A-Za-z0-9_-])(?:xox[abprs]-|xapp-)[0-9A-Za-z-]{8,})re"),
        QStringLiteral("truncated Slack token"), {{"xox", "xapp-"}});
    add(FindingKind::SlackWebhook,
        QStringLiteral(
            R"re((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{8,})re"),
        QStringLiteral("truncated Slack webhook URL"), {{"hooks.slack.com"}});
    add(FindingKind::StripeKey,
        QStringLiteral(
            R"re((?<![A-Za-z0-9_])(?:(?:sk|rk)_(?:live|test)|pk_live)_[0-9A-Za-z]{8,})re"),
        QStringLiteral("truncated Stripe key"), {{"k_"}});
    add(FindingKind::OAuthAccessToken,
        QStringLiteral(R"re((?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_.-]{8,})re"),
        QStringLiteral("truncated Google OAuth access token"), {{"ya29."}});
    add(FindingKind::OAuthRefreshToken,
        QStringLiteral(R"re((?<![A-Za-z0-9_/.:-])%1[0-9A-Za-z_-]{8,})re").arg(RefreshLead),
        QStringLiteral("truncated Google OAuth refresh token"),
        {{"1//", "<num>//", "<id>//", "<hex>//", "<*>//"}});
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
    needs(d, {{"secret"}});
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
    needs(d, {{"aws"}});
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
    needs(d, {{":/", ":\\/"}});
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
    needs(d, {{"passw", "secret", "token", "key", "authorization", "credential", "cookie",
               "session"}});
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
    needs(d, {{"...", "\\u2026"}, 10});
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
    needs(d, {{"card", "pan", "cc"}, 8});
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
    needs(d, {{"+"}, 6});
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
    needs(d, {{}, 6});
    d.append({FindingKind::Phone,
              QStringLiteral("truncated"),
              re(QStringLiteral(R"re((?<![\w.+-])0[1-9][0-9]{1,3}[ -][0-9]{3,4})re") + cutMarker()),
              0,
              {},
              QStringLiteral("truncated phone number (national)"),
              phoneCut,
              {}});
    needs(d, {{"...", "\\u2026"}, 6});
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
    needs(d, {{"ip", "addr", "client", "peer", "host", "from"}, 1});
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
    needs(d, {{":"}, 1});
}

} // namespace gardener::redaction::detail
