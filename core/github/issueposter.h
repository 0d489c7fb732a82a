#pragma once

// Posts a reviewed draft exactly once.
//
// The order is what makes "once" hold across crashes and lost answers:
//   1. the draft is checked: the hidden post marker is in the body, and the redactor finds
//      nothing the user has not explicitly allowed (title and body);
//   2. if the journal already knows this post key and it is not done, GitHub is searched for
//      the post marker first (issue list / comment list, never the search API, which lags);
//   3. the attempt is committed to the journal;
//   4. the request is sent with the body exactly as reviewed;
//   5. on any failure (timeout, dropped connection, 5xx, unreadable answer) GitHub is checked
//      again for the marker before anything is reported as "not posted".
//
// Across processes (see docs/security.md, "Exactly once"): steps 2-5 run under the journal's
// lock file, so two runs on one machine take turns. Under the lock a new issue is only filed
// when GitHub's issue list (strongly consistent, unlike search) has no open issue with the
// cluster's fingerprint marker; after filing, the list is read again and if an older open
// issue of the same cluster appeared (another machine), the new one is closed as its
// duplicate (GraphQL closeIssue, stateReason DUPLICATE) with a comment saying so. An update
// comment is only posted when its window ends after the window of the last post on the issue.
//
// Contract: one thread; the callback runs once, from the event loop. The client, journal and
// redactor must outlive the poster. Destroying the poster mid-post drops the callback; the
// journal row stays pending and the next post() of the same draft reconciles it.

#include "core/github/client.h"
#include "core/github/draft.h"
#include "core/github/postjournal.h"
#include "core/redaction/redactor.h"

#include <QJsonObject>
#include <QObject>

namespace gardener::github {

struct PostOutcome
{
    int issueNumber = 0;
    qint64 commentId = 0;
    QString url;
    bool alreadyPosted = false; // found on GitHub (or in the journal) instead of posting now
    bool nothingNew = false;    // a comment whose window the issue already reports: not posted
    int closedDuplicate = 0;    // the issue this post created and then closed as a duplicate
    QString note;               // for people: what happened besides the plain post
    QStringList droppedLabels;  // requested but missing from GitHub's answer
};

class IssuePoster : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<PostOutcome>)>;

    IssuePoster(GitHubClient *client, PostJournal *journal, const redaction::Redactor *redactor,
                QObject *parent = nullptr);
    ~IssuePoster() override;

    void post(const IssueDraft &draft, const redaction::AllowList &allowed, Done done);

    // Checks GitHub for every pending journal entry of repo (e.g. at start-up) and marks the
    // ones that exist as done. Reports how many were found.
    void reconcilePending(const QString &repo, std::function<void(Result<int>)> done);

    // Exposed for tests and the UI: why a draft may not be posted (empty: it may).
    QString blockReason(const IssueDraft &draft, const redaction::AllowList &allowed) const;

    // How long post() waits for another process's lock before giving up (tests shrink it).
    void setLockTimeoutMs(int ms) { m_lockTimeoutMs = ms; }

Q_SIGNALS:
    // Another process holds the journal's lock; the post waits for it.
    void waiting(const QString &message);

private:
    using MarkedDone = std::function<void(Result<QList<QJsonObject>>)>;
    void acquireLock(int waitedMs, std::function<void(Result<void>)> then);
    void postLocked(const IssueDraft &draft, Done done);
    void guardedSend(const IssueDraft &draft, Done done);
    void listMarked(const IssueDraft &draft, MarkedDone done);
    void lastWindow(const IssueDraft &draft, std::function<void(Result<QDateTime>)> done);
    void settleDuplicate(const IssueDraft &draft, const PostOutcome &posted, Done done);
    void closeAsDuplicate(const IssueDraft &draft, const QJsonObject &mine,
                          const QJsonObject &older, const PostOutcome &posted, Done done);

    void findOnGitHub(const JournalEntry &entry,
                      std::function<void(Result<std::optional<PostOutcome>>)> done);
    void send(const IssueDraft &draft, Done done);
    void reconcileNext(std::shared_ptr<QList<JournalEntry>> todo, int found,
                       std::function<void(Result<int>)> done);
    void afterFailure(const IssueDraft &draft, const Error &error, Done done);

    GitHubClient *m_client;
    PostJournal *m_journal;
    const redaction::Redactor *m_redactor;
    bool m_holdingLock = false;
    int m_lockTimeoutMs = 5 * 60 * 1000;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace gardener::github
