#pragma once

// The local record of every post to GitHub, written and committed BEFORE the request leaves,
// so a crash, timeout or lost answer can be reconciled instead of posting twice.
//
// Contract: SQLite (QtSql) in WAL mode with synchronous=FULL, one connection per instance,
// used from the thread that opened it. Every method returns an Error naming the database file
// and what failed; nothing throws.

#include "core/util/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace gardener::github {

struct JournalEntry
{
    enum class Kind
    {
        Issue,
        Comment
    };
    enum class State
    {
        Pending,
        Done,
        Failed
    };

    QString key; // unique per post (the draft's post key)
    Kind kind = Kind::Issue;
    QString repo;        // "owner/name"
    int targetIssue = 0; // for comments: the issue commented on
    QString fingerprint;
    QString title;
    QByteArray bodySha256; // hex of the exact body bytes sent
    State state = State::Pending;
    int issueNumber = 0; // result: the created issue (or the commented one)
    qint64 commentId = 0;
    QString url;
    QString lastError;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

class PostJournal
{
public:
    PostJournal();
    ~PostJournal();
    PostJournal(const PostJournal &) = delete;
    PostJournal &operator=(const PostJournal &) = delete;

    Result<void> open(const QString &path);
    QString path() const { return m_path; }

    // An exclusive lock shared by every process that uses this journal (a lock file beside
    // it), held around "look up the marker, create, record" so two runs on one machine never
    // create the same issue twice. Non-blocking; a lock left by a dead process is taken over.
    bool tryLock();
    void unlock();
    bool isLocked() const;
    QString lockPath() const { return m_path + QStringLiteral(".lock"); }

    // Inserts (or, for an existing key, counts another attempt) and commits.
    Result<JournalEntry> begin(const JournalEntry &entry);
    Result<void> markDone(const QString &key, int issueNumber, qint64 commentId,
                          const QString &url);
    Result<void> markFailed(const QString &key, const QString &why);

    Result<std::optional<JournalEntry>> find(const QString &key) const;
    Result<QList<JournalEntry>> pending() const;
    // Done issue posts recorded for this cluster in this repository, newest first.
    Result<QList<JournalEntry>> issuesForFingerprint(const QString &repo,
                                                     const QString &fingerprint) const;

private:
    Result<QList<JournalEntry>> select(const QString &where, const QVariantList &binds) const;
    QString m_path;
    QString m_connection;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace gardener::github
