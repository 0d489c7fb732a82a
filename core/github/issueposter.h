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
// Contract: one thread; the callback runs once, from the event loop. The client, journal and
// redactor must outlive the poster. Destroying the poster mid-post drops the callback; the
// journal row stays pending and the next post() of the same draft reconciles it.

#include "github/draft.h"
#include "github/githubclient.h"
#include "github/postjournal.h"
#include "redaction/redactor.h"

#include <QObject>

namespace gardener::github {

struct PostOutcome
{
    int issueNumber = 0;
    qint64 commentId = 0;
    QString url;
    bool alreadyPosted = false;   // found on GitHub (or in the journal) instead of posting now
    QStringList droppedLabels;    // requested but missing from GitHub's answer
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

private:
    void findOnGitHub(const JournalEntry &entry, std::function<void(Result<std::optional<PostOutcome>>)> done);
    void send(const IssueDraft &draft, Done done);
    void reconcileNext(std::shared_ptr<QList<JournalEntry>> todo, int found,
                       std::function<void(Result<int>)> done);
    void afterFailure(const IssueDraft &draft, const Error &error, Done done);

    GitHubClient *m_client;
    PostJournal *m_journal;
    const redaction::Redactor *m_redactor;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace gardener::github
