#include "core/history/historystore.h"

#include "core/history/clusternames.h"
#include "core/util/sqlwait.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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
        // 4: a run's identity by its data (inputs and window, history/runidentity.h): opening
        //    the same export again updates its run instead of adding one.
        QStringLiteral(R"(
ALTER TABLE runs ADD COLUMN data_key TEXT;
CREATE UNIQUE INDEX runs_data_key ON runs(data_key) WHERE data_key IS NOT NULL;
)"),
    };
    return steps;
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
    if (auto prepared = prepareFile(path); !prepared)
        return prepared;
    auto opened = openChecked(path);
    if (!opened && m_damaged) {
        // Only a file SQLite itself calls damaged is set aside; it is kept for the user.
        const QString aside =
            path + QStringLiteral(".corrupt-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        closeConnection();
        if (!QFile::rename(path, aside))
            return fail(
                QStringLiteral("the history database is damaged (%1) and could not be moved aside")
                    .arg(opened.error().what),
                path);
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
        m_warning =
            QStringLiteral(
                "The history database %1 is damaged (%2). It was moved to %3 and kept; a new, "
                "empty "
                "history was started. To go back to it, quit Log Gardener and rename %3 to %1.")
                .arg(path, opened.error().what, aside);
        qWarning("%s", qPrintable(m_warning));
        if (auto fresh = prepareFile(path); !fresh)
            return fresh;
        opened = openChecked(path);
    }
    if (!opened)
        return opened;
    if (auto migrated = migrate(); !migrated)
        return migrated;
    if (auto names = ensureClusterNameTable(m_connection); !names)
        return names;
    return checkSchema();
}

QString HistoryStore::path() const
{
    return QSqlDatabase::contains(m_connection)
               ? QSqlDatabase::database(m_connection, false).databaseName()
               : QString();
}

Result<void> HistoryStore::prepareFile(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(
                QStringLiteral("cannot create the folder %1 for the history database").arg(folder),
                path);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    if (info.exists())
        return {};
    // Created here, owner-only, before SQLite opens it; SQLite gives -wal and -shm the same mode.
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(path))
            return {}; // another process created it meanwhile
        return fail(QStringLiteral("cannot create the history database: %1").arg(f.errorString()),
                    path);
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

void HistoryStore::closeConnection()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen())
        db.close();
}

// Opens and checks the file. m_damaged tells whether a failure is real damage reported by
// SQLite; every other failure (locked, disk full, I/O, permissions) leaves the file alone.
Result<void> HistoryStore::openChecked(const QString &path)
{
    m_damaged = false;
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open())
        return tl::unexpected(classify(path, db.lastError(), QStringLiteral("cannot open it")));
    QSqlQuery q(db);
    if (!util::execWaiting(q, QStringLiteral("PRAGMA quick_check"), m_busyTimeoutMs)) {
        const auto e = classify(path, q.lastError(), QStringLiteral("cannot read it"));
        closeConnection();
        return tl::unexpected(e);
    }
    QStringList problems;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
    }
    if (!problems.isEmpty()) {
        closeConnection();
        m_damaged = true;
        return fail(QStringLiteral("integrity check: ") +
                        problems.mid(0, 3).join(QLatin1String("; ")),
                    path);
    }
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (!util::execWaiting(q, pragma, m_busyTimeoutMs)) {
            const auto e = classify(path, q.lastError(), QStringLiteral("cannot prepare it"));
            closeConnection();
            return tl::unexpected(e);
        }
    }
    return {};
}

Error HistoryStore::classify(const QString &path, const QSqlError &e, const QString &doing)
{
    // SQLite's primary result code (the low byte of the extended one).
    const int code = e.nativeErrorCode().toInt() & 0xff;
    Error out{path, -1, -1, {}};
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        out.what =
            QStringLiteral(
                "%1: the history database is in use by another process and stayed locked for "
                "%2 s; nothing was changed; try again when the other run has finished")
                .arg(doing)
                .arg(m_busyTimeoutMs / 1000.0);
        break;
    case 13: // SQLITE_FULL
        out.what = QStringLiteral(
            "the disk holding the history database is full; nothing was changed; free some "
            "space and run again");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        out.what = QStringLiteral("%1: %2").arg(doing, e.text());
        m_damaged = true;
        break;
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        out.what =
            QStringLiteral("%1: the file or its folder is read-only (%2)").arg(doing, e.text());
        break;
    case 10: // SQLITE_IOERR: also what a full disk or a file size limit looks like
        out.what =
            QStringLiteral("%1: the disk reported an error (%2; is it full?); nothing was changed")
                .arg(doing, e.text());
        break;
    default:
        out.what = QStringLiteral("%1: %2").arg(doing, e.text());
        break;
    }
    return out;
}

Result<void> HistoryStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    auto failed = [&](const QString &what, const QSqlError &e) -> Result<void> {
        const Error err = classify(db.databaseName(), e, what);
        q.exec(QStringLiteral("ROLLBACK"));
        return tl::unexpected(err);
    };
    if (schemaVersion() == latestSchemaVersion())
        return {};
    // One exclusive transaction for every step: a second first run waits (busy timeout) and
    // then finds the schema current instead of creating the same tables again.
    if (!util::execWaiting(q, QStringLiteral("BEGIN EXCLUSIVE"), m_busyTimeoutMs))
        return failed(QStringLiteral("cannot start upgrading it"), q.lastError());
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(
            QStringLiteral("the history database was written by a newer version (schema %1, this "
                           "version knows %2)")
                .arg(current)
                .arg(latestSchemaVersion()),
            db.databaseName());
    }
    for (int v = qMax(current, 0); v < latestSchemaVersion(); ++v) {
        for (const QString &statement :
             migrations()[v].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty() && !q.exec(statement))
                return failed(QStringLiteral("upgrade to schema %1 failed").arg(v + 1),
                              q.lastError());
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(latestSchemaVersion())))
        return failed(QStringLiteral("cannot record the schema version"), q.lastError());
    if (!q.exec(QStringLiteral("COMMIT")))
        return failed(QStringLiteral("cannot commit the upgrade"), q.lastError());
    return {};
}

// A file that opens and passes the integrity check can still miss a table someone dropped;
// say so in words instead of failing later with "Parameter count mismatch".
Result<void> HistoryStore::checkSchema()
{
    static const QRegularExpression created(QStringLiteral("CREATE TABLE (\\w+)"));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QStringList missing;
    for (const QString &step : migrations()) {
        auto it = created.globalMatch(step);
        while (it.hasNext()) {
            const QString table = it.next().captured(1);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"));
            q.addBindValue(table);
            if (!q.exec() || !q.next())
                missing << table;
        }
    }
    if (missing.isEmpty())
        return {};
    return fail(
        QStringLiteral(
            "the history database is damaged: its table%1 %2 %3 missing although it says it "
            "is up to date (schema %4). Nothing was changed. Move the file away to start a new "
            "history, or restore it from a backup.")
            .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                 missing.join(QLatin1String(", ")),
                 missing.size() > 1 ? QStringLiteral("are") : QStringLiteral("is"))
            .arg(schemaVersion()),
        db.databaseName());
}

} // namespace gardener::history
