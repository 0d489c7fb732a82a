#include "core/redaction/redactor.h"

#include "core/redaction/detectors.h"
#include "core/redaction/detectortable.h"

#include <QCryptographicHash>

#include <algorithm>
#include <map>

namespace gardener::redaction {

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::PrivateKey:
        return QStringLiteral("private-key");
    case FindingKind::Jwt:
        return QStringLiteral("jwt");
    case FindingKind::GitHubToken:
        return QStringLiteral("github-token");
    case FindingKind::GoogleApiKey:
        return QStringLiteral("google-api-key");
    case FindingKind::AwsAccessKey:
        return QStringLiteral("aws-access-key");
    case FindingKind::AwsSecretKey:
        return QStringLiteral("aws-secret-key");
    case FindingKind::SlackToken:
        return QStringLiteral("slack-token");
    case FindingKind::SlackWebhook:
        return QStringLiteral("slack-webhook");
    case FindingKind::StripeKey:
        return QStringLiteral("stripe-key");
    case FindingKind::OAuthAccessToken:
        return QStringLiteral("oauth-access-token");
    case FindingKind::OAuthRefreshToken:
        return QStringLiteral("oauth-refresh-token");
    case FindingKind::BearerToken:
        return QStringLiteral("bearer-token");
    case FindingKind::UrlPassword:
        return QStringLiteral("url-password");
    case FindingKind::KeyValueSecret:
        return QStringLiteral("secret-value");
    case FindingKind::Custom:
        return QStringLiteral("custom");
    case FindingKind::PaymentCard:
        return QStringLiteral("payment-card");
    case FindingKind::Phone:
        return QStringLiteral("phone");
    case FindingKind::Email:
        return QStringLiteral("email");
    case FindingKind::IPv6:
        return QStringLiteral("ipv6");
    case FindingKind::IPv4:
        return QStringLiteral("ipv4");
    }
    return QStringLiteral("unknown");
}

QList<DetectorInfo> detectorTable()
{
    QList<DetectorInfo> out;
    for (const detail::Detector &d : detail::builtInDetectors())
        out.append({d.kind, d.form, d.regex.pattern(), d.validation});
    return out;
}

QByteArray Finding::allowKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(findingKindName(kind).toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(patternName.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(matched.toUtf8());
    return hash.result().toHex();
}

Redactor::Redactor() = default;

bool Redactor::addPattern(const CustomPattern &pattern, QString *why)
{
    auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (pattern.name.trimmed().isEmpty())
        return refuse(QStringLiteral("a pattern needs a name"));
    if (!pattern.regex.isValid())
        return refuse(QStringLiteral("pattern \"%1\": %2 at offset %3")
                          .arg(pattern.name, pattern.regex.errorString())
                          .arg(pattern.regex.patternErrorOffset()));
    if (pattern.regex.pattern().isEmpty() || pattern.regex.match(QString()).hasMatch())
        return refuse(QStringLiteral("pattern \"%1\" matches empty text").arg(pattern.name));
    m_custom.append(pattern);
    return true;
}

QList<Finding> Redactor::findings(const QString &text) const
{
    QList<Finding> candidates = detail::detectBuiltIn(text);
    detail::detectCustom(text, m_custom, &candidates);

    // Most specific kinds first (enum order), then longer matches: a GitHub token inside a
    // key=value pair is reported as a GitHub token, and overlaps are dropped.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Finding &a, const Finding &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        if (a.length != b.length)
            return a.length > b.length;
        return a.start < b.start;
    });
    // Kept ranges by start, so each overlap check is a lookup, not a scan (texts of many MB
    // have thousands of findings).
    std::map<qsizetype, qsizetype> taken; // start -> end
    QList<Finding> kept;
    for (const Finding &f : candidates) {
        const qsizetype end = f.start + f.length;
        auto next = taken.lower_bound(f.start);
        if (next != taken.end() && next->first < end)
            continue;
        if (next != taken.begin() && std::prev(next)->second > f.start)
            continue;
        taken.emplace(f.start, end);
        kept.append(f);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Finding &a, const Finding &b) { return a.start < b.start; });
    return kept;
}

namespace {

QString applyReplacements(const QString &text, const QList<Finding> &findings)
{
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const Finding &f : findings) {
        out += QStringView(text).mid(pos, f.start - pos);
        out += f.replacement;
        pos = f.start + f.length;
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace

QString Redactor::redact(const QString &text) const
{
    return applyReplacements(text, findings(text));
}

QString Redactor::redactDerived(const QString &derived, const QStringList &originals) const
{
    constexpr qsizetype MinRun = 8;
    QList<Finding> secrets;
    for (const QString &original : originals) {
        for (const Finding &f : findings(original)) {
            if (f.matched.size() >= MinRun)
                secrets.append(f);
        }
    }
    QList<Finding> runs; // where derived repeats part of a secret, longest first at each place
    for (qsizetype i = 0; i + MinRun <= derived.size();) {
        qsizetype best = 0;
        const Finding *of = nullptr;
        for (const Finding &s : std::as_const(secrets)) {
            qsizetype length = MinRun;
            while (i + length <= derived.size() &&
                   s.matched.contains(QStringView(derived).mid(i, length)))
                ++length;
            if (length - 1 > best && length - 1 >= MinRun) {
                best = length - 1;
                of = &s;
            }
        }
        if (!of) {
            ++i;
            continue;
        }
        Finding run;
        run.kind = of->kind;
        run.start = i;
        run.length = best;
        run.replacement = QStringLiteral("[REDACTED:%1]").arg(findingKindName(of->kind));
        runs.append(run);
        i += best;
    }
    return redact(applyReplacements(derived, runs));
}

QList<Finding> Redactor::unallowed(const QString &text, const AllowList &allowed) const
{
    QList<Finding> out;
    const QList<Finding> all = findings(text);
    for (const Finding &f : all) {
        if (!allowed.isAllowed(f))
            out.append(f);
    }
    return out;
}

QString Redactor::redactUnallowed(const QString &text, const AllowList &allowed) const
{
    return applyReplacements(text, unallowed(text, allowed));
}

} // namespace gardener::redaction
