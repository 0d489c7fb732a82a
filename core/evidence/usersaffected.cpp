#include "core/evidence/usersaffected.h"

#include "core/logs/logstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace gardener::evidence {

namespace {

const char *const UserKeys[] = {"user_id", "userId", "uid", "user", "enduser.id"};

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isObject()) // {"user": {"id": "u-1", "email": …}}
        return scalarText(v.toObject().value(QLatin1String("id")));
    return QString();
}

// The user an entry names, with the key that named it; empty when none.
QString userOf(const QJsonObject &entry, QString &field)
{
    const QJsonObject payload = entry.value(QLatin1String("jsonPayload")).toObject();
    const std::pair<const char *, QJsonObject> places[] = {
        {"labels", entry.value(QLatin1String("labels")).toObject()},
        {"jsonPayload", payload},
        {"jsonPayload.labels", payload.value(QLatin1String("labels")).toObject()}};
    for (const auto &[place, object] : places) {
        if (object.isEmpty())
            continue;
        for (const char *key : UserKeys) {
            const QString value = scalarText(object.value(QLatin1String(key)));
            if (!value.isEmpty()) {
                field = QLatin1String(place) + QLatin1Char('.') + QLatin1String(key);
                return value;
            }
        }
    }
    return QString();
}

} // namespace

UsersAffected usersAffected(const LogStore &store, const std::vector<quint64> &entries,
                            size_t maxEntries)
{
    UsersAffected r;
    r.entries = entries.size();
    QSet<QString> users, ips;
    QHash<QString, quint64> fields;
    quint64 withUser = 0, withIp = 0;
    const size_t n = entries.size();
    const size_t take = maxEntries > 0 ? std::min(n, maxEntries) : n;
    for (size_t k = 0; k < take; ++k) {
        // An even spread over the cluster's time, not only its first entries.
        const size_t i = take == n ? k : size_t((unsigned long long)k * n / take);
        const quint64 e = entries[i];
        if (e >= store.size())
            continue;
        ++r.read;
        const QJsonObject o = QJsonDocument::fromJson(store.rawJson(size_t(e))).object();
        QString field;
        const QString user = userOf(o, field);
        if (!user.isEmpty()) {
            users.insert(user);
            ++fields[field];
            ++withUser;
            continue;
        }
        const QString ip = o.value(QLatin1String("httpRequest"))
                               .toObject()
                               .value(QLatin1String("remoteIp"))
                               .toString();
        if (!ip.isEmpty()) {
            ips.insert(ip);
            ++withIp;
        }
    }
    if (withUser > 0) {
        r.kind = UsersAffected::Kind::Users;
        r.distinct = quint64(users.size());
        r.withValue = withUser;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const quint64 best = fields.value(r.field);
            if (r.field.isEmpty() || it.value() > best ||
                (it.value() == best && it.key() < r.field))
                r.field = it.key();
        }
    } else if (withIp > 0) {
        r.kind = UsersAffected::Kind::Ips;
        r.distinct = quint64(ips.size());
        r.withValue = withIp;
        r.field = QStringLiteral("httpRequest.remoteIp");
    }
    return r;
}

} // namespace gardener::evidence
