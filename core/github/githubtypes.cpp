#include "github/githubtypes.h"

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
    i.createdAt = QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODate);
    i.updatedAt = QDateTime::fromString(o.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
    i.isPullRequest = o.contains(QLatin1String("pull_request"));
    const QJsonArray labels = o.value(QLatin1String("labels")).toArray();
    for (const QJsonValue &l : labels)
        i.labels.append(l.isString() ? l.toString() : l.toObject().value(QLatin1String("name")).toString());
    return i;
}

namespace marker {

QString fingerprint(const QString &fp)
{
    return QStringLiteral("<!-- loggardener:fingerprint=v1:%1 -->").arg(fp);
}

QString post(const QString &postKey)
{
    return QStringLiteral("<!-- loggardener:post=%1 -->").arg(postKey);
}

QString findFingerprint(const QString &body)
{
    static const QRegularExpression re(QStringLiteral("<!-- loggardener:fingerprint=v1:([A-Za-z0-9_.:-]+) -->"));
    return re.match(body).captured(1);
}

QString findPostKey(const QString &body)
{
    static const QRegularExpression re(QStringLiteral("<!-- loggardener:post=([A-Za-z0-9_.:-]+) -->"));
    return re.match(body).captured(1);
}

QString windowEnd(const QDateTime &end)
{
    if (!end.isValid())
        return {};
    return QStringLiteral("<!-- loggardener:window-end=%1 -->").arg(end.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime findWindowEnd(const QString &body)
{
    static const QRegularExpression re(QStringLiteral("<!-- loggardener:window-end=([0-9T:.Z+-]+) -->"));
    const QString text = re.match(body).captured(1);
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace marker

} // namespace gardener::github
