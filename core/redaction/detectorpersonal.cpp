#include "core/redaction/detectorpatterns.h"

#include <QHostAddress>

namespace gardener::redaction::detail {

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
    needs(d, {{}, 13});
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
    needs(d, {{"+"}, 2});
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
    needs(d, {{}, 10});
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
    needs(d, {{}, 9});
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
    needs(d, {{"phone", "tel", "mobile", "cell", "fax", "msisdn"}, 2});
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
    needs(d, {{"@"}});
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
    needs(d, {{"@"}});
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
    needs(d, {{":"}, 1});
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
    needs(d, {{"."}, 4});
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
    needs(d, {{"..."}, 3});
}

} // namespace gardener::redaction::detail
