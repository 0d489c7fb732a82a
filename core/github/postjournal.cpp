#include "core/github/postjournal.h"

#include "core/util/sqlwait.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace gardener::github {

namespace {

const char *kindName(JournalEntry::Kind k)
{
    return k == JournalEntry::Kind::Issue ? "issue" : "comment";
}
JournalEntry::State parseState(const QString &s)
{
    if (s == QLatin1String("done"))
        return JournalEntry::State::Done;
    if (s == QLatin1String("failed"))
        return JournalEntry::State::Failed;
    return JournalEntry::State::Pending;
}

} // namespace

PostJournal::PostJournal() = default;

PostJournal::~PostJournal()
{
    unlock();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<void> PostJournal::open(const QString &path)
{
    m_path = path;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(
                QStringLiteral("cannot create the folder %1 for the post journal").arg(folder),
                path);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    if (!QFileInfo::exists(path)) {
        // Owner-only from the start; SQLite gives -wal and -shm the mode of this file.
        QFile created(path);
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_connection =
        QStringLiteral("gardener-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(QStringLiteral("cannot open the post journal: %1").arg(db.lastError().text()),
                    path);
    QSqlQuery q(db);
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS posts ("
            " key TEXT PRIMARY KEY, kind TEXT NOT NULL, repo TEXT NOT NULL,"
            " target_issue INTEGER NOT NULL DEFAULT 0, fingerprint TEXT, title TEXT,"
            " body_sha256 TEXT, state TEXT NOT NULL, issue_number INTEGER NOT NULL DEFAULT 0,"
            " comment_id INTEGER NOT NULL DEFAULT 0, url TEXT, last_error TEXT,"
            " attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT, updated_at TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS posts_fp ON posts(repo, fingerprint)"),
    };
    // Another run opening the same journal may be switching it to WAL at this moment.
    constexpr int BusyTimeoutMs = 5000;
    for (const QString &s : statements) {
        if (!util::execWaiting(q, s, BusyTimeoutMs))
            return fail(QStringLiteral("cannot prepare the post journal (%1): %2")
                            .arg(s.left(30), q.lastError().text()),
                        path);
    }
    return {};
}

bool PostJournal::tryLock()
{
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPath());
        // Never stale while its process lives: a slow GitHub must not let a second run in.
        m_lock->setStaleLockTime(0);
    }
    return m_lock->isLocked() || m_lock->tryLock(0);
}

void PostJournal::unlock()
{
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
}

bool PostJournal::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

Result<JournalEntry> PostJournal::begin(const JournalEntry &entry)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO posts (key, kind, repo, target_issue, fingerprint, title, body_sha256, state,"
        " attempts, created_at, updated_at) VALUES (?,?,?,?,?,?,?, 'pending', 1, ?, ?)"
        " ON CONFLICT(key) DO UPDATE SET attempts = attempts + 1, updated_at = excluded.updated_at,"
        " body_sha256 = excluded.body_sha256"));
    q.addBindValue(entry.key);
    q.addBindValue(QString::fromLatin1(kindName(entry.kind)));
    q.addBindValue(entry.repo);
    q.addBindValue(entry.targetIssue);
    q.addBindValue(entry.fingerprint);
    q.addBindValue(entry.title);
    q.addBindValue(QString::fromLatin1(entry.bodySha256));
    q.addBindValue(now);
    q.addBindValue(now);
    // Autocommit: the row is durable (synchronous=FULL) when exec() returns.
    if (!q.exec())
        return fail(
            QStringLiteral("cannot record post %1: %2").arg(entry.key, q.lastError().text()),
            m_path);
    auto found = find(entry.key);
    if (!found)
        return tl::unexpected(found.error());
    if (!found->has_value())
        return fail(QStringLiteral("post %1 vanished right after it was recorded").arg(entry.key),
                    m_path);
    return **found;
}

Result<void> PostJournal::markDone(const QString &key, int issueNumber, qint64 commentId,
                                   const QString &url)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "UPDATE posts SET state='done', issue_number=?, comment_id=?, url=?, last_error=NULL,"
        " updated_at=? WHERE key=?"));
    q.addBindValue(issueNumber);
    q.addBindValue(commentId);
    q.addBindValue(url);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(key);
    if (!q.exec())
        return fail(QStringLiteral("cannot mark post %1 done: %2").arg(key, q.lastError().text()),
                    m_path);
    return {};
}

Result<void> PostJournal::markFailed(const QString &key, const QString &why)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE posts SET state='failed', last_error=?, updated_at=? WHERE "
                             "key=? AND state<>'done'"));
    q.addBindValue(why);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(key);
    if (!q.exec())
        return fail(QStringLiteral("cannot mark post %1 failed: %2").arg(key, q.lastError().text()),
                    m_path);
    return {};
}

Result<QList<JournalEntry>> PostJournal::select(const QString &where,
                                                const QVariantList &binds) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
                  "SELECT key, kind, repo, target_issue, fingerprint, title, body_sha256, state,"
                  " issue_number, comment_id, url, last_error, attempts, created_at, updated_at"
                  " FROM posts WHERE ") +
              where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fail(QStringLiteral("cannot read the post journal: %1").arg(q.lastError().text()),
                    m_path);
    QList<JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.key = q.value(0).toString();
        e.kind = q.value(1).toString() == QLatin1String("comment") ? JournalEntry::Kind::Comment
                                                                   : JournalEntry::Kind::Issue;
        e.repo = q.value(2).toString();
        e.targetIssue = q.value(3).toInt();
        e.fingerprint = q.value(4).toString();
        e.title = q.value(5).toString();
        e.bodySha256 = q.value(6).toString().toLatin1();
        e.state = parseState(q.value(7).toString());
        e.issueNumber = q.value(8).toInt();
        e.commentId = q.value(9).toLongLong();
        e.url = q.value(10).toString();
        e.lastError = q.value(11).toString();
        e.attempts = q.value(12).toInt();
        e.createdAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        e.updatedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
        out.append(e);
    }
    return out;
}

Result<std::optional<JournalEntry>> PostJournal::find(const QString &key) const
{
    auto rows = select(QStringLiteral("key=?"), {key});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(rows->first());
}

Result<QList<JournalEntry>> PostJournal::pending() const
{
    return select(QStringLiteral("state='pending' ORDER BY created_at"), {});
}

Result<QList<JournalEntry>> PostJournal::issuesForFingerprint(const QString &repo,
                                                              const QString &fingerprint) const
{
    return select(
        QStringLiteral(
            "repo=? AND fingerprint=? AND kind='issue' AND state='done' ORDER BY created_at DESC"),
        {repo, fingerprint});
}

} // namespace gardener::github
