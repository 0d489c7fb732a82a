#pragma once

// The one object the rest of the app talks to for GitHub: access check, matching, drafts,
// posting. Owns the client, the post journal, the matcher and the poster.
//
// Contract: one thread (normally the main thread); async results come back through callbacks
// (once, from the event loop) and the posted / postFailed signals. The redactor must outlive
// the session. Nothing here blocks.

#include "core/github/client.h"
#include "core/github/draft.h"
#include "core/github/issuematcher.h"
#include "core/github/issueposter.h"
#include "core/github/postjournal.h"
#include "core/github/types.h"
#include "core/redaction/redactor.h"

#include <QObject>

#include <memory>

namespace gardener::github {

// What the user decided for one cluster after seeing the candidates.
struct MatchChoice
{
    enum class Action
    {
        Comment,         // comment on the open issue `issue`
        NewIssue,        // file a new issue (refused when the marker listing failed)
        Reopen,          // comment on the closed issue `issue`, then reopen it
        NewIssueLinking, // a new GCP-regression issue that links the closed issue `issue`
    };
    Action action = Action::NewIssue;
    int issue = 0;
};

// GET /repos/{o}/{r} with `client`: what its token may do there (also used before a session
// exists, e.g. to check a token while signing in).
void checkRepoAccess(GitHubClient *client, const QString &repo,
                     std::function<void(Result<RepoAccess>)> done);

class GitHubSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        GitHubClient::Config api;
        QString repo;         // "owner/name"
        QString dataDir;      // journal.sqlite and drafts/ live here
        QString templatesDir; // optional user template overrides
    };

    // Opens the journal and loads templates; Errors name the file.
    static Result<std::unique_ptr<GitHubSession>>
    open(Options options, const redaction::Redactor *redactor, QObject *parent = nullptr);
    ~GitHubSession() override;

    const Options &options() const { return m_options; }
    GitHubClient *client() const { return m_client.get(); }
    PostJournal *journal() const { return m_journal.get(); }
    DraftStore &drafts() { return m_drafts; }

    // GET /repos/{o}/{r}: what the token may do there.
    void checkAccess(std::function<void(Result<RepoAccess>)> done);

    void match(const MatchQuery &query, std::function<void(MatchResult)> done);

    // A comment draft for an open marked issue (Existing), otherwise a new issue draft that
    // links closed (Regression) or similar issues. Fails for Unknown: without a complete
    // marker listing nobody can tell whether the issue exists.
    Result<IssueDraft> prepareDraft(const DraftInput &input, const MatchResult &match) const;
    // The draft for what the user chose among match's candidates. The chosen issue must be one
    // of the candidates, open for Comment and closed for Reopen / NewIssueLinking.
    Result<IssueDraft> prepareDraft(const DraftInput &input, const MatchResult &match,
                                    const MatchChoice &choice) const;

    // Re-checks the redactor (title and body) and posts exactly once. Also emits posted() or
    // postFailed(). A comment draft with `reopen` then reopens its issue (again on a retry:
    // reopening an open issue changes nothing).
    void post(const IssueDraft &draft, const redaction::AllowList &allowed,
              std::function<void(Result<PostOutcome>)> done = {});

    // PATCH state=open|closed (a regression may be reopened instead of filed again).
    void setIssueState(int number, bool open, std::function<void(Result<Issue>)> done);

    // Marks journal entries that reached GitHub before a crash as done.
    void reconcilePending(std::function<void(Result<int>)> done);

Q_SIGNALS:
    void posted(const QString &postKey, int issueNumber, const QString &url, bool alreadyPosted);
    void postFailed(const QString &postKey, const QString &why);
    // A post waits for another process that posts with the same journal.
    void waiting(const QString &message);

private:
    GitHubSession(Options options, const redaction::Redactor *redactor, QObject *parent);
    Result<IssueDraft> prepareDraftFor(const DraftInput &input, const MatchResult &match) const;
    Result<IssueDraft> prepareDraftFor(const DraftInput &input, const MatchResult &match,
                                       const MatchChoice &choice) const;

    Options m_options;
    const redaction::Redactor *m_redactor;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<PostJournal> m_journal;
    std::unique_ptr<IssueMatcher> m_matcher;
    std::unique_ptr<IssuePoster> m_poster;
    DraftTemplates m_templates;
    DraftStore m_drafts;
};

} // namespace gardener::github
