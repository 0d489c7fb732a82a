#include "core/history/clusternames.h"

#include "core/history/historystore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gardener::history {
namespace {

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{{}, -1, -1, what + QStringLiteral(": ") + e.text()};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Result<void> ensureClusterNameTable(const QString &connection)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    if (!q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS cluster_names ("
                           "fingerprint TEXT PRIMARY KEY, generated TEXT NOT NULL, "
                           "rules_version INTEGER NOT NULL DEFAULT 0, edited TEXT, updated TEXT)")))
        return tl::unexpected(sqlError(QStringLiteral("cluster names table"), q.lastError()));
    return {};
}

ClusterNames::ClusterNames(const HistoryStore &store) : m_connection(store.connectionName()) {}

Result<std::optional<ClusterName>> ClusterNames::find(const QString &fingerprint) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT generated, rules_version, edited FROM cluster_names WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("read cluster name"), q.lastError()));
    if (!q.next())
        return std::optional<ClusterName>();
    ClusterName n;
    n.fingerprint = fingerprint;
    n.generated = q.value(0).toString();
    n.rulesVersion = q.value(1).toInt();
    n.edited = q.value(2).toString();
    return std::optional<ClusterName>(n);
}

Result<void> ClusterNames::rememberGenerated(const QString &fingerprint, const QString &name,
                                             int rulesVersion)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("INSERT INTO cluster_names (fingerprint, generated, rules_version, updated) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET "
                       "generated = excluded.generated, rules_version = excluded.rules_version, "
                       "updated = excluded.updated"));
    q.addBindValue(fingerprint);
    q.addBindValue(name);
    q.addBindValue(rulesVersion);
    q.addBindValue(now());
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("remember cluster name"), q.lastError()));
    return {};
}

Result<void> ClusterNames::setEdited(const QString &fingerprint, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString trimmed = name.simplified();
    q.prepare(QStringLiteral(
        "INSERT INTO cluster_names (fingerprint, generated, rules_version, edited, updated) "
        "VALUES (?, ?, 0, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET "
        "edited = excluded.edited, updated = excluded.updated"));
    q.addBindValue(fingerprint);
    q.addBindValue(trimmed.isEmpty() ? QStringLiteral("")
                                     : trimmed); // NOT NULL even when forgotten
    q.addBindValue(trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(trimmed));
    q.addBindValue(now());
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("edit cluster name"), q.lastError()));
    return {};
}

} // namespace gardener::history
