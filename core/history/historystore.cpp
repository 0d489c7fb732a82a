#include "historystore.h"

#include "clusternames.h"
#include "redaction/redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

namespace gardener::history {
namespace {

// Each entry upgrades the schema by one version; never edit a released entry, add a new one.
const QStringList &migrations()
{
    static const QStringList steps = {
        // 1: runs, their clusters, issue links, overrides
        QStringLiteral(R"(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started TEXT NOT NULL, source TEXT, service TEXT, project TEXT,
  window_start TEXT, window_end TEXT, entries INTEGER NOT NULL DEFAULT 0, worklog_path TEXT);
CREATE TABLE run_clusters (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  fingerprint TEXT NOT NULL, name TEXT, count INTEGER NOT NULL,
  first_seen INTEGER, last_seen INTEGER, per_minute REAL, max_severity INTEGER,
  priority INTEGER, category TEXT, buckets BLOB, bucket_seconds INTEGER,
  PRIMARY KEY (run_id, fingerprint));
CREATE INDEX run_clusters_fp ON run_clusters(fingerprint, run_id);
CREATE TABLE issue_links (
  fingerprint TEXT PRIMARY KEY, issue INTEGER NOT NULL, url TEXT, state TEXT,
  last_action TEXT, updated TEXT);
CREATE TABLE overrides (
  fingerprint TEXT PRIMARY KEY, priority INTEGER, expected INTEGER NOT NULL DEFAULT 0,
  mute_factor REAL, muted_per_minute REAL);
)"),
        // 2: templates per cluster (to match imported worklogs), imported worklogs
        QStringLiteral(R"(
CREATE TABLE cluster_templates (
  cluster TEXT NOT NULL, template TEXT NOT NULL, text TEXT NOT NULL, module TEXT, function TEXT,
  PRIMARY KEY (cluster, template));
CREATE TABLE imported_worklogs (
  content_hash BLOB PRIMARY KEY, path TEXT, run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,
  imported TEXT);
)"),
        // 3: member templates of each run's clusters with counts (identity across regrouping),
        //    issue links per template, and when a linked issue was closed. Earlier runs count
        //    as one template per cluster: a cluster's fingerprint is its smallest template's.
        QStringLiteral(R"(
CREATE TABLE run_templates (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  cluster TEXT NOT NULL, template TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (run_id, template));
CREATE INDEX run_templates_template ON run_templates(template, run_id);
INSERT INTO run_templates (run_id, cluster, template, count)
  SELECT run_id, fingerprint, fingerprint, count FROM run_clusters;
CREATE TABLE template_links (
  template TEXT NOT NULL, issue INTEGER NOT NULL, url TEXT, state TEXT, last_action TEXT,
  updated TEXT, closed_at TEXT, PRIMARY KEY (template, issue));
ALTER TABLE issue_links ADD COLUMN closed_at TEXT;
)"),
    };
    return steps;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    auto t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QByteArray packBuckets(const QVector<quint32> &b)
{
    QByteArray bytes;
    bytes.reserve(b.size() * 4);
    for (quint32 v : b) {
        for (int i = 0; i < 4; ++i)
            bytes.append(char((v >> (8 * i)) & 0xff));
    }
    return bytes;
}

QVector<quint32> unpackBuckets(const QByteArray &bytes)
{
    QVector<quint32> b;
    for (qsizetype i = 0; i + 3 < bytes.size(); i += 4) {
        quint32 v = 0;
        for (int k = 0; k < 4; ++k)
            v |= quint32(quint8(bytes[i + k])) << (8 * k);
        b.push_back(v);
    }
    return b;
}

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{{}, -1, -1, what + QStringLiteral(": ") + e.text()};
}

// Each template's entries in this run. A cluster without template counts (an imported
// worklog) counts as its own fingerprint, which is its smallest template's.
Result<void> recordMembers(QSqlDatabase &db, qint64 runId, const QVector<RunCluster> &clusters)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO run_templates (run_id, cluster, template, count) "
                             "VALUES (?,?,?,?)"));
    auto insert = [&](const QString &cluster, const QString &tpl, quint64 count) -> Result<void> {
        q.addBindValue(runId);
        q.addBindValue(cluster);
        q.addBindValue(tpl);
        q.addBindValue(qint64(count));
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("record template count %1").arg(tpl), q.lastError()));
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

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

int HistoryStore::latestSchemaVersion()
{
    return int(migrations().size());
}

int HistoryStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Result<void> HistoryStore::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto tryOpen = [&]() -> Result<void> {
        QSqlDatabase db = QSqlDatabase::contains(m_connection)
                              ? QSqlDatabase::database(m_connection, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return tl::unexpected(sqlError(QStringLiteral("cannot open %1").arg(path), db.lastError()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok")) {
            const QString why = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
            db.close();
            return fail(why.isEmpty() ? QStringLiteral("integrity check failed") : why, path);
        }
        return {};
    };
    auto opened = tryOpen();
    if (!opened) {
        if (!QFileInfo::exists(path))
            return opened;
        // Keep the damaged file for the user (and for recovery tools); start a new one.
        const QString aside = path + QStringLiteral(".corrupt-")
                              + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, aside))
            return fail(QStringLiteral("the history database is damaged (%1) and could not be moved aside")
                            .arg(opened.error().what), path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        m_warning = QStringLiteral("The history database %1 could not be read (%2). It was moved to %3 "
                                   "and a new, empty history was started.")
                        .arg(path, opened.error().what, aside);
        opened = tryOpen();
        if (!opened)
            return opened;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (auto migrated = migrate(); !migrated)
        return migrated;
    return ensureClusterNameTable(m_connection);
}

Result<void> HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return fail(QStringLiteral("the history database was written by a newer version (schema %1, this "
                                   "version knows %2)").arg(current).arg(latestSchemaVersion()),
                    db.databaseName());
    for (int v = current; v < latestSchemaVersion(); ++v) {
        if (!db.transaction())
            return tl::unexpected(sqlError(QStringLiteral("migration %1").arg(v + 1), db.lastError()));
        QSqlQuery q(db);
        for (const QString &statement : migrations()[v].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                const auto e = q.lastError();
                db.rollback();
                return tl::unexpected(sqlError(QStringLiteral("migration %1").arg(v + 1), e));
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        if (!db.commit())
            return tl::unexpected(sqlError(QStringLiteral("migration %1").arg(v + 1), db.lastError()));
    }
    return {};
}

Result<qint64> HistoryStore::recordRun(Run run)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return tl::unexpected(sqlError(QStringLiteral("record run"), db.lastError()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO runs (started, source, service, project, window_start, "
                             "window_end, entries, worklog_path) VALUES (?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(iso(run.started)), QVariant(run.source), QVariant(run.service),
                              QVariant(run.project), QVariant(iso(run.windowStart)),
                              QVariant(iso(run.windowEnd)), QVariant(qint64(run.entries)),
                              QVariant(run.worklogPath)})
        q.addBindValue(v);
    if (!q.exec()) {
        const auto e = q.lastError();
        db.rollback();
        return tl::unexpected(sqlError(QStringLiteral("record run"), e));
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO run_clusters (run_id, fingerprint, name, count, first_seen, "
                             "last_seen, per_minute, max_severity, priority, category, buckets, "
                             "bucket_seconds) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    const redaction::Redactor redactor;  // names and templates are kept redacted, like what is posted
    for (const RunCluster &c : std::as_const(run.clusters)) {
        for (const QVariant &v :
             {QVariant(id), QVariant(c.fingerprint), QVariant(redactor.redact(c.name)), QVariant(qint64(c.count)),
              QVariant(c.firstSeenNs), QVariant(c.lastSeenNs), QVariant(c.perMinute),
              QVariant(c.maxSeverity), c.priority >= 0 ? QVariant(c.priority) : QVariant(),
              QVariant(c.category), QVariant(packBuckets(c.buckets)), QVariant(c.bucketSeconds)})
            q.addBindValue(v);
        if (!q.exec()) {
            const auto e = q.lastError();
            db.rollback();
            return tl::unexpected(sqlError(QStringLiteral("record cluster %1").arg(c.fingerprint), e));
        }
    }
    QSqlQuery t(db);
    t.prepare(QStringLiteral("INSERT OR REPLACE INTO cluster_templates (cluster, template, text, module, function) "
                             "VALUES (?,?,?,?,?)"));
    for (const RunCluster &c : std::as_const(run.clusters)) {
        for (const TemplateRecord &r : c.templates) {
            for (const QString &v : {c.fingerprint, r.fingerprint, redactor.redact(r.text), redactor.redact(r.module),
                                     redactor.redact(r.function)})
                t.addBindValue(v);
            if (!t.exec()) {
                const auto e = t.lastError();
                db.rollback();
                return tl::unexpected(sqlError(QStringLiteral("record template %1").arg(r.fingerprint), e));
            }
        }
    }
    if (auto members = recordMembers(db, id, run.clusters); !members) {
        db.rollback();
        return tl::unexpected(members.error());
    }
    if (!db.commit())
        return tl::unexpected(sqlError(QStringLiteral("record run"), db.lastError()));
    return id;
}

Result<QVector<Run>> HistoryStore::runs(int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, started, source, service, project, window_start, window_end, "
                             "entries, worklog_path FROM runs ORDER BY started DESC, id DESC LIMIT ?"));
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
        result.push_back(std::move(r));
    }
    return result;
}

Result<QVector<RunCluster>> HistoryStore::clustersOfRun(qint64 runId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT fingerprint, name, count, first_seen, last_seen, per_minute, "
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
