#include "core/history/historystore.h"

#include "core/history/historysql.h"
#include "core/redaction/redactor.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Recording a run and reading the runs back; opening and upgrading the file is historystore.cpp.
namespace gardener::history {
using detail::fromIso;
using detail::iso;
using detail::packBuckets;
using detail::sqlError;
using detail::unpackBuckets;

namespace {

// The id of the run recorded from `dataKey` before, or 0 when there is none.
Result<qint64> runOfData(QSqlDatabase &db, const QString &dataKey)
{
    if (dataKey.isEmpty())
        return qint64(0);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM runs WHERE data_key = ?"));
    q.addBindValue(dataKey);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("record run"), q.lastError()));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

// Forgets what run `id` found, before it is recorded again.
Result<void> clearRun(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    for (const QString &table : {QStringLiteral("run_clusters"), QStringLiteral("run_templates")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE run_id = ?").arg(table));
        q.addBindValue(id);
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("update run"), q.lastError()));
    }
    return {};
}

// The run's own row, inserted or (the same data recorded again) updated; returns its id. The
// same data recorded again is the same run: its row keeps its id and start time (its place among
// the runs), and everything it found is replaced.
Result<qint64> writeRun(QSqlDatabase &db, const Run &run)
{
    auto existing = runOfData(db, run.dataKey);
    if (!existing)
        return existing;
    qint64 id = *existing;
    if (id > 0) {
        if (auto cleared = clearRun(db, id); !cleared)
            return tl::unexpected(cleared.error());
    }
    QSqlQuery q(db);
    if (id > 0) {
        q.prepare(QStringLiteral(
            "UPDATE runs SET source = ?, service = ?, project = ?, window_start = ?, "
            "window_end = ?, entries = ?, worklog_path = ? WHERE id = ?"));
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO runs (source, service, project, window_start, window_end, "
                           "entries, worklog_path, started, data_key) VALUES (?,?,?,?,?,?,?,?,?)"));
    }
    for (const QVariant &v : {QVariant(run.source), QVariant(run.service), QVariant(run.project),
                              QVariant(iso(run.windowStart)), QVariant(iso(run.windowEnd)),
                              QVariant(qint64(run.entries)), QVariant(run.worklogPath)})
        q.addBindValue(v);
    if (id > 0) {
        q.addBindValue(id);
    } else {
        q.addBindValue(iso(run.started));
        q.addBindValue(run.dataKey.isEmpty() ? QVariant() : QVariant(run.dataKey));
    }
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("record run"), q.lastError()));
    if (id == 0)
        id = q.lastInsertId().toLongLong();
    return id;
}

// What run `runId` found, one row a cluster.
Result<void> recordClusters(QSqlDatabase &db, qint64 runId, const QVector<RunCluster> &clusters,
                            const redaction::Redactor &redactor)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO run_clusters (run_id, fingerprint, name, count, first_seen, "
                       "last_seen, per_minute, max_severity, priority, category, buckets, "
                       "bucket_seconds) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const RunCluster &c : clusters) {
        for (const QVariant &v :
             {QVariant(runId), QVariant(c.fingerprint), QVariant(redactor.redact(c.name)),
              QVariant(qint64(c.count)), QVariant(c.firstSeenNs), QVariant(c.lastSeenNs),
              QVariant(c.perMinute), QVariant(c.maxSeverity),
              c.priority >= 0 ? QVariant(c.priority) : QVariant(), QVariant(c.category),
              QVariant(packBuckets(c.buckets)), QVariant(c.bucketSeconds)})
            q.addBindValue(v);
        if (!q.exec())
            return tl::unexpected(
                sqlError(QStringLiteral("record cluster %1").arg(c.fingerprint), q.lastError()));
    }
    return {};
}

// The clusters' templates, kept across runs so later imports can match samples to them.
Result<void> recordTemplates(QSqlDatabase &db, const QVector<RunCluster> &clusters,
                             const redaction::Redactor &redactor)
{
    QSqlQuery t(db);
    t.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO cluster_templates (cluster, template, text, module, function) "
        "VALUES (?,?,?,?,?)"));
    for (const RunCluster &c : clusters) {
        for (const TemplateRecord &r : c.templates) {
            for (const QString &v : {c.fingerprint, r.fingerprint, redactor.redact(r.text),
                                     redactor.redact(r.module), redactor.redact(r.function)})
                t.addBindValue(v);
            if (!t.exec())
                return tl::unexpected(sqlError(
                    QStringLiteral("record template %1").arg(r.fingerprint), t.lastError()));
        }
    }
    return {};
}

// Each template's entries in this run. A cluster without template counts (an imported
// worklog) counts as its own fingerprint, which is its smallest template's.
Result<void> recordMembers(QSqlDatabase &db, qint64 runId, const QVector<RunCluster> &clusters)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO run_templates (run_id, cluster, template, count) "
                       "VALUES (?,?,?,?)"));
    auto insert = [&](const QString &cluster, const QString &tpl, quint64 count) -> Result<void> {
        q.addBindValue(runId);
        q.addBindValue(cluster);
        q.addBindValue(tpl);
        q.addBindValue(qint64(count));
        if (!q.exec())
            return tl::unexpected(
                sqlError(QStringLiteral("record template count %1").arg(tpl), q.lastError()));
        return {};
    };
    for (const RunCluster &c : clusters) {
        quint64 counted = 0;
        for (const TemplateRecord &r : c.templates)
            counted += r.count;
        if (counted == 0) {
            if (auto r = insert(c.fingerprint, c.fingerprint, c.count); !r)
                return r;
            continue;
        }
        for (const TemplateRecord &r : c.templates) {
            if (r.count == 0)
                continue;
            if (auto done = insert(c.fingerprint, r.fingerprint, r.count); !done)
                return done;
        }
    }
    return {};
}

} // namespace

Result<qint64> HistoryStore::recordRun(Run run)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return tl::unexpected(sqlError(QStringLiteral("record run"), db.lastError()));
    const auto id = writeRun(db, run);
    if (!id) {
        db.rollback();
        return id;
    }
    // Names and templates are kept redacted, like what is posted.
    const redaction::Redactor redactor;
    auto recorded = recordClusters(db, *id, run.clusters, redactor);
    if (recorded)
        recorded = recordTemplates(db, run.clusters, redactor);
    if (recorded)
        recorded = recordMembers(db, *id, run.clusters);
    if (!recorded) {
        db.rollback();
        return tl::unexpected(recorded.error());
    }
    if (!db.commit())
        return tl::unexpected(sqlError(QStringLiteral("record run"), db.lastError()));
    return *id;
}

Result<QVector<Run>> HistoryStore::runs(int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id, started, source, service, project, window_start, window_end, "
        "entries, worklog_path, data_key FROM runs ORDER BY started DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("list runs"), q.lastError()));
    QVector<Run> result;
    while (q.next()) {
        Run r;
        r.id = q.value(0).toLongLong();
        r.started = fromIso(q.value(1));
        r.source = q.value(2).toString();
        r.service = q.value(3).toString();
        r.project = q.value(4).toString();
        r.windowStart = fromIso(q.value(5));
        r.windowEnd = fromIso(q.value(6));
        r.entries = q.value(7).toULongLong();
        r.worklogPath = q.value(8).toString();
        r.dataKey = q.value(9).toString();
        result.push_back(std::move(r));
    }
    return result;
}

Result<std::optional<qint64>> HistoryStore::runForData(const QString &dataKey) const
{
    if (dataKey.isEmpty())
        return std::optional<qint64>();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM runs WHERE data_key = ?"));
    q.addBindValue(dataKey);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("find run"), q.lastError()));
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::optional<qint64>();
}

Result<QVector<RunCluster>> HistoryStore::clustersOfRun(qint64 runId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT fingerprint, name, count, first_seen, last_seen, per_minute, "
        "max_severity, priority, category, buckets, bucket_seconds FROM run_clusters "
        "WHERE run_id = ? ORDER BY count DESC"));
    q.addBindValue(runId);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("list clusters"), q.lastError()));
    QVector<RunCluster> result;
    while (q.next()) {
        RunCluster c;
        c.fingerprint = q.value(0).toString();
        c.name = q.value(1).toString();
        c.count = q.value(2).toULongLong();
        c.firstSeenNs = q.value(3).toLongLong();
        c.lastSeenNs = q.value(4).toLongLong();
        c.perMinute = q.value(5).toDouble();
        c.maxSeverity = q.value(6).toInt();
        c.priority = q.value(7).isNull() ? -1 : q.value(7).toInt();
        c.category = q.value(8).toString();
        c.buckets = unpackBuckets(q.value(9).toByteArray());
        c.bucketSeconds = q.value(10).toLongLong();
        result.push_back(std::move(c));
    }
    return result;
}

} // namespace gardener::history
