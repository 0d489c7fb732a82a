// Issue links, user overrides and trends: the parts of HistoryStore that triage reads.
#include "core/history/historystore.h"

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
} // namespace

Result<QVector<TemplateRecord>> HistoryStore::knownTemplates() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral(
            "SELECT cluster, template, text, module, function FROM cluster_templates")))
        return tl::unexpected(sqlError(QStringLiteral("read templates"), q.lastError()));
    QVector<TemplateRecord> result;
    while (q.next())
        result.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()});
    return result;
}

Result<std::optional<qint64>> HistoryStore::importedRun(const QByteArray &contentHash) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT run_id FROM imported_worklogs WHERE content_hash = ?"));
    q.addBindValue(contentHash);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("read imports"), q.lastError()));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<void> HistoryStore::markImported(const QByteArray &contentHash, const QString &path,
                                        qint64 runId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO imported_worklogs (content_hash, path, run_id, imported) "
        "VALUES (?,?,?,?)"));
    q.addBindValue(contentHash);
    q.addBindValue(path);
    q.addBindValue(runId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("record import"), q.lastError()));
    return {};
}

Result<void> HistoryStore::linkIssue(const IssueLink &link)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return tl::unexpected(sqlError(QStringLiteral("link issue"), db.lastError()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO issue_links (fingerprint, issue, url, state, last_action, updated, closed_at) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT(fingerprint) DO UPDATE SET "
        "issue=excluded.issue, url=excluded.url, state=excluded.state, "
        "last_action=excluded.last_action, updated=excluded.updated, "
        "closed_at=excluded.closed_at"));
    const QString updated = link.updated.toUTC().toString(Qt::ISODateWithMs);
    const QVariant closed = link.closedAt.isValid()
                                ? QVariant(link.closedAt.toUTC().toString(Qt::ISODateWithMs))
                                : QVariant();
    for (const QVariant &v :
         {QVariant(link.fingerprint), QVariant(link.issue), QVariant(link.url),
          QVariant(link.state), QVariant(link.lastAction), QVariant(updated), closed})
        q.addBindValue(v);
    if (!q.exec()) {
        const auto e = q.lastError();
        db.rollback();
        return tl::unexpected(sqlError(QStringLiteral("link issue"), e));
    }
    // Every member template carries the link, so a regrouped cluster still finds its issue.
    q.prepare(QStringLiteral(
        "INSERT INTO template_links (template, issue, url, state, last_action, updated, closed_at) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT(template, issue) DO UPDATE SET "
        "url=excluded.url, state=excluded.state, last_action=excluded.last_action, "
        "updated=excluded.updated, closed_at=excluded.closed_at"));
    for (const QString &tpl : link.templates) {
        for (const QVariant &v :
             {QVariant(tpl), QVariant(link.issue), QVariant(link.url), QVariant(link.state),
              QVariant(link.lastAction), QVariant(updated), closed})
            q.addBindValue(v);
        if (!q.exec()) {
            const auto e = q.lastError();
            db.rollback();
            return tl::unexpected(sqlError(QStringLiteral("link template %1").arg(tpl), e));
        }
    }
    // The same issue's state is one fact, whichever template it was learnt through.
    bool ok = true;
    for (const char *table : {"template_links", "issue_links"}) {
        q.prepare(QStringLiteral("UPDATE %1 SET state = ?, closed_at = ? WHERE issue = ?")
                      .arg(QLatin1String(table)));
        q.addBindValue(link.state);
        q.addBindValue(closed);
        q.addBindValue(link.issue);
        ok = ok && q.exec();
    }
    if (!ok || !db.commit()) {
        const auto e = q.lastError().isValid() ? q.lastError() : db.lastError();
        db.rollback();
        return tl::unexpected(sqlError(QStringLiteral("link issue"), e));
    }
    return {};
}

Result<std::optional<IssueLink>> HistoryStore::issueFor(const QString &fingerprint) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT issue, url, state, last_action, updated FROM issue_links WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("read issue link"), q.lastError()));
    if (!q.next())
        return std::optional<IssueLink>();
    IssueLink l;
    l.fingerprint = fingerprint;
    l.issue = q.value(0).toInt();
    l.url = q.value(1).toString();
    l.state = q.value(2).toString();
    l.lastAction = q.value(3).toString();
    l.updated = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return std::optional<IssueLink>(l);
}

Result<void> HistoryStore::setOverride(const Override &o)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO overrides (fingerprint, priority, expected, mute_factor, muted_per_minute) "
        "VALUES (?,?,?,?,?) ON CONFLICT(fingerprint) DO UPDATE SET "
        "priority=excluded.priority, expected=excluded.expected, "
        "mute_factor=excluded.mute_factor, muted_per_minute=excluded.muted_per_minute"));
    q.addBindValue(o.fingerprint);
    q.addBindValue(o.priority ? QVariant(*o.priority) : QVariant());
    q.addBindValue(o.expected ? 1 : 0);
    q.addBindValue(o.muteFactor);
    q.addBindValue(o.mutedPerMinute);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("save override"), q.lastError()));
    return {};
}

Result<void> HistoryStore::clearOverride(const QString &fingerprint)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM overrides WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("clear override"), q.lastError()));
    return {};
}

Result<std::optional<Override>> HistoryStore::overrideFor(const QString &fingerprint) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT priority, expected, mute_factor, muted_per_minute FROM "
                             "overrides WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("read override"), q.lastError()));
    if (!q.next())
        return std::optional<Override>();
    Override o;
    o.fingerprint = fingerprint;
    if (!q.value(0).isNull())
        o.priority = q.value(0).toInt();
    o.expected = q.value(1).toInt() != 0;
    o.muteFactor = q.value(2).toDouble();
    o.mutedPerMinute = q.value(3).toDouble();
    return std::optional<Override>(o);
}

Result<ClusterTrend> HistoryStore::trendFor(const QString &fingerprint, double perMinuteNow,
                                            qint64 beforeRunId, double escalatePercent) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // Earlier runs that saw this cluster, oldest first; `beforeRunId` excludes the current run.
    q.prepare(QStringLiteral(
        "SELECT r.started, c.per_minute FROM run_clusters c JOIN runs r ON r.id = c.run_id "
        "WHERE c.fingerprint = ? AND (? = 0 OR r.id < ?) ORDER BY r.started, r.id"));
    q.addBindValue(fingerprint);
    q.addBindValue(beforeRunId);
    q.addBindValue(beforeRunId);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("read trend"), q.lastError()));
    ClusterTrend t;
    t.perMinuteNow = perMinuteNow;
    while (q.next()) {
        if (!t.firstEverSeen.isValid())
            t.firstEverSeen = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        t.perMinuteBefore = q.value(1).toDouble();
        t.perMinuteByRun.push_back(t.perMinuteBefore);
        ++t.earlierRuns;
    }
    t.perMinuteByRun.push_back(perMinuteNow);
    auto link = issueFor(fingerprint);
    if (!link)
        return tl::unexpected(link.error());
    t.lastIssue = *link;

    if (t.earlierRuns == 0) {
        t.trend = Trend::New;
    } else {
        t.changePercent = t.perMinuteBefore > 0
                              ? (perMinuteNow - t.perMinuteBefore) / t.perMinuteBefore * 100.0
                              : 0.0;
        if (t.changePercent >= escalatePercent)
            t.trend = Trend::Escalating;
        else if (t.changePercent <= -50.0)
            t.trend = Trend::Decreasing;
        else
            t.trend = Trend::Steady;
    }
    // A cluster whose issue was closed and that shows up again has regressed, whatever its rate.
    if (t.lastIssue && t.lastIssue->state == QLatin1String("closed"))
        t.trend = Trend::Regression;
    return t;
}

} // namespace gardener::history
