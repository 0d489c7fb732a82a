#include "core/github/types.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace gardener::github {

RepoRef RepoRef::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return RepoRef{m.captured(1), m.captured(2)};
}

Issue Issue::fromJson(const QJsonObject &o)
{
    Issue i;
    i.number = o.value(QLatin1String("number")).toInt();
    i.title = o.value(QLatin1String("title")).toString();
    i.state = o.value(QLatin1String("state")).toString();
    i.body = o.value(QLatin1String("body")).toString();
    i.htmlUrl = o.value(QLatin1String("html_url")).toString();
    i.createdAt =
        QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODate);
    i.updatedAt =
        QDateTime::fromString(o.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
    i.closedAt = QDateTime::fromString(o.value(QLatin1String("closed_at")).toString(), Qt::ISODate);
    i.isPullRequest = o.contains(QLatin1String("pull_request"));
    const QJsonArray labels = o.value(QLatin1String("labels")).toArray();
    for (const QJsonValue &l : labels)
        i.labels.append(l.isString() ? l.toString()
                                     : l.toObject().value(QLatin1String("name")).toString());
    return i;
}

namespace marker {

QString fingerprint(const QString &fp)
{
    return QStringLiteral("<!-- loggardener:fingerprint=%1 -->").arg(fp);
}

QString identity(const QString &fp, const QStringList &templates)
{
    constexpr int kMaxListed = 200; // keeps the marker far below GitHub's body limit
    QStringList listed{fp};
    for (const QString &t : templates) {
        if (listed.size() >= kMaxListed)
            break;
        if (!listed.contains(t))
            listed << t;
    }
    return QStringLiteral("<!-- loggardener:fingerprint=%1 templates=%2 -->")
        .arg(fp, listed.join(QLatin1Char(',')));
}

QString post(const QString &postKey)
{
    return QStringLiteral("<!-- loggardener:post=%1 -->").arg(postKey);
}

namespace {
const QRegularExpression &identityPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "<!-- loggardener:fingerprint=([A-Za-z0-9_.:-]+)(?: templates=([A-Za-z0-9_.:,-]*))? -->"));
    return re;
}

// Early markers wrote the version in front of a fingerprint that already carried it.
QString undoubled(QString fp)
{
    if (fp.startsWith(QLatin1String("v1:v1:")))
        fp.remove(0, 3);
    return fp;
}
} // namespace

QString findFingerprint(const QString &body)
{
    return undoubled(identityPattern().match(body).captured(1));
}

QStringList findTemplates(const QString &body)
{
    const auto m = identityPattern().match(body);
    if (!m.hasMatch())
        return {};
    QStringList result{undoubled(m.captured(1))};
    for (const QString &t : m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!result.contains(t))
            result << t;
    return result;
}

QString withIdentity(const QString &body, const QString &fp, const QStringList &templates)
{
    const QString marker = identity(fp, templates);
    const auto m = identityPattern().match(body);
    if (!m.hasMatch())
        return body +
               (body.endsWith(QLatin1Char('\n')) || body.isEmpty() ? QString()
                                                                   : QStringLiteral("\n")) +
               marker + QLatin1Char('\n');
    QString out = body;
    out.replace(m.capturedStart(0), m.capturedLength(0), marker);
    return out;
}

QString findPostKey(const QString &body)
{
    static const QRegularExpression re(
        QStringLiteral("<!-- loggardener:post=([A-Za-z0-9_.:-]+) -->"));
    return re.match(body).captured(1);
}

QString windowEnd(const QDateTime &end)
{
    if (!end.isValid())
        return {};
    return QStringLiteral("<!-- loggardener:window-end=%1 -->")
        .arg(end.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime findWindowEnd(const QString &body)
{
    static const QRegularExpression re(
        QStringLiteral("<!-- loggardener:window-end=([0-9T:.Z+-]+) -->"));
    const QString text = re.match(body).captured(1);
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace marker

} // namespace gardener::github
