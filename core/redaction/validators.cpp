#include "core/redaction/validators.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace gardener::redaction::detail {

double entropyBits(const QString &s)
{
    if (s.isEmpty())
        return 0.0;
    QHash<QChar, int> counts;
    for (QChar c : s)
        ++counts[c];
    double bits = 0.0;
    for (int n : std::as_const(counts)) {
        const double p = double(n) / double(s.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

bool containsDigit(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

bool mixedCharacterClasses(const QString &s)
{
    const bool upper = std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isUpper(); });
    const bool lower = std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isLower(); });
    return upper && lower && containsDigit(s);
}

bool isPlaceholderValue(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    static const QRegularExpression masked(
        QStringLiteral("^(\\*+|\\[REDACTED[^\\]]*\\]|<redacted>|redacted|x+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString v = value.trimmed();
    // Already scrubbed, by us or upstream: "[REDACTED:...]", "Bearer [REDACTED:...]", "ab***".
    if (v.contains(QLatin1String("[REDACTED")) || v.contains(QLatin1String("***")))
        return true;
    if (v.isEmpty() || number.match(v).hasMatch() || masked.match(v).hasMatch())
        return true;
    static const QSet<QString> words = {
        QStringLiteral("true"),      QStringLiteral("false"),     QStringLiteral("null"),
        QStringLiteral("none"),      QStringLiteral("undefined"), QStringLiteral("nil"),
        QStringLiteral("empty"),     QStringLiteral("missing"),   QStringLiteral("invalid"),
        QStringLiteral("incorrect"), QStringLiteral("required"),  QStringLiteral("expired"),
        QStringLiteral("set"),       QStringLiteral("unset"),     QStringLiteral("changed"),
        QStringLiteral("reset"),     QStringLiteral("mismatch"),  QStringLiteral("wrong"),
        QStringLiteral("pending"),   QStringLiteral("denied"),    QStringLiteral("failed"),
        QStringLiteral("granted"),   QStringLiteral("ok"),        QStringLiteral("present"),
    };
    return words.contains(v.toLower());
}

bool looksLikeCredential(const QString &value, bool hadScheme)
{
    if (isPlaceholderValue(value))
        return false;
    if (hadScheme)
        return value.size() >= 6;
    return value.size() >= 12 && containsDigit(value);
}

bool looksLikeVersion(const QString &text, qsizetype start, qsizetype end)
{
    // A version or numbering cue just before: "v1.2.3.4", "version 1.2.3.4", "Step 1.2.3.4",
    // "pkg@1.2.3.4", "§1.2.3.4".
    const qsizetype from = qMax<qsizetype>(0, start - 16);
    const QString before = text.mid(from, start - from).toLower();
    static const QRegularExpression cue(QStringLiteral(
        "(?:\\bv|version|\\bver|release|build|\\brev|==|@|\\bpython|\\bnode|\\bchrome|\\bfirefox"
        "|\\bstep|\\bstage|\\bphase|\\bsection|\\bchapter|\\bpart|\\bitem|\\brule|\\bclause|"
        "\\bfigure"
        "|\\bfig|\\btable|\\blevel|\\btask|\\bparagraph|\\bpara|\\bno|\\bnumber|#|§"
        "|migration|upgraded?|downgraded?|updated?|installed|latest|patch|schema)"
        "(?:\\s+(?:is|was|to|from|now))?[\"'\\s:=/_.-]{0,4}$"));
    if (cue.match(before).hasMatch())
        return true;
    // A pre-release or build suffix after: "1.2.3.4-rc1", "1.2.3.4+build".
    static const QRegularExpression suffix(
        QStringLiteral("^(?:-(?:alpha|beta|rc|dev|pre|snapshot)|\\+[a-z])"),
        QRegularExpression::CaseInsensitiveOption);
    return suffix.match(QStringView(text).mid(end, 12)).hasMatch();
}

bool followsHostName(const QString &text, qsizetype start)
{
    static const QRegularExpression host(
        QStringLiteral("[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}/$"));
    const qsizetype from = qMax<qsizetype>(0, start - 80);
    return start > 0 && text.at(start - 1) == QLatin1Char('/') &&
           host.match(QStringView(text).mid(from, start - from)).hasMatch();
}

bool looksLikeMessageId(const QString &text, qsizetype localPartStart)
{
    static const QRegularExpression cue(QStringLiteral("(?:message-id:?|\\bmessage)\\s*<$"),
                                        QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = qMax<qsizetype>(0, localPartStart - 16);
    return cue.match(QStringView(text).mid(from, localPartStart - from)).hasMatch();
}

bool looksLikeIPv6Code(const QString &text, qsizetype start, qsizetype end,
                       const QString &candidate)
{
    // name[1::2] is a slice; [2001:db8::1]:443 (no name before the bracket) is an address.
    if (start >= 2 && text.at(start - 1) == QLatin1Char('[') && end < text.size() &&
        text.at(end) == QLatin1Char(']')) {
        const QChar name = text.at(start - 2);
        if (name.isLetterOrNumber() || name == QLatin1Char('_') || name == QLatin1Char(')') ||
            name == QLatin1Char(']'))
            return true;
    }
    if (!candidate.contains(QLatin1String("::")))
        return false;
    const QStringList groups = candidate.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const bool anyLongGroup =
        std::any_of(groups.cbegin(), groups.cend(), [](const QString &g) { return g.size() >= 3; });
    return groups.size() < 3 && !anyLongGroup;
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    int count = 0;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit())
            continue;
        int d = c.digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
        ++count;
    }
    return count > 0 && sum % 10 == 0;
}

namespace {

QString digitsOf(const QString &s)
{
    QString d;
    for (QChar c : s) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

bool oneDigitRepeated(const QString &digits)
{
    return !digits.isEmpty() && digits.count(digits.at(0)) == digits.size();
}

} // namespace

bool plausibleCard(const QString &candidate)
{
    const QString digits = digitsOf(candidate);
    if (digits.size() < 13 || digits.size() > 19 || oneDigitRepeated(digits))
        return false;
    if (digits.at(0) < QLatin1Char('2') || digits.at(0) > QLatin1Char('6'))
        return false;
    QSet<QChar> separators;
    for (QChar c : candidate) {
        if (!c.isDigit())
            separators.insert(c);
    }
    if (separators.size() > 1)
        return false;
    // 17-19 digits in one run are far more often ids (span ids, snowflakes) than the rare long
    // card numbers, which are printed grouped.
    if (separators.isEmpty() && digits.size() > 16)
        return false;
    if (separators.size() == 1) {
        const QStringList groups = candidate.split(*separators.cbegin());
        for (const QString &g : groups) {
            if (g.size() < 2 || g.size() > 6)
                return false;
        }
    }
    return luhnValid(digits);
}

bool plausiblePhone(const QString &candidate, int minDigits)
{
    const QString digits = digitsOf(candidate);
    if (digits.size() < minDigits || digits.size() > 15 || oneDigitRepeated(digits))
        return false;
    // "2025.09.12" or "1.2.3" style dotted numbers need three groups of 3-4 digits to count.
    if (candidate.contains(QLatin1Char('.'))) {
        const QStringList groups = candidate.split(QLatin1Char('.'));
        if (groups.size() != 3 || groups.at(1).size() != 3 || groups.at(2).size() != 4)
            return false;
    }
    return true;
}

int digitCount(const QString &s)
{
    return int(std::count_if(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); }));
}

bool plausibleCardPrefix(const QString &candidate)
{
    const QString digits = digitsOf(candidate);
    return digits.size() >= 8 && digits.size() <= 19 && !oneDigitRepeated(digits) &&
           digits.at(0) >= QLatin1Char('2') && digits.at(0) <= QLatin1Char('6');
}

bool isPrivateIPv4Prefix(const QString &address)
{
    const QStringList octets = address.split(QLatin1Char('.'));
    const int first = octets.value(0).toInt();
    const int second = octets.size() > 1 && !octets.at(1).isEmpty() ? octets.at(1).toInt() : -1;
    if (first == 10)
        return true;
    if (first == 172)
        return second >= 16 && second <= 31;
    if (first == 192)
        return second == 168;
    if (first == 169)
        return second == 254;
    return false;
}

bool plausibleIPv6Prefix(const QString &candidate)
{
    const QStringList groups = candidate.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (groups.size() < 2)
        return false;
    const bool anchor = std::any_of(groups.cbegin(), groups.cend(), [](const QString &g) {
        return g.size() == 4 && containsDigit(g);
    });
    const QString first = groups.first().toLower();
    const bool local = first.size() == 4 && (first.startsWith(QLatin1String("fc")) ||
                                             first.startsWith(QLatin1String("fd")));
    return anchor && !local && containsDigit(candidate);
}

} // namespace gardener::redaction::detail
