#pragma once

#include "core/github/draft.h"
#include "core/redaction/redactor.h"
#include "core/util/jobtracker.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace gardener {

namespace github {
class GitHubSession;
}

class DraftQueueWidget;
struct DraftQueueEntry;
struct DraftsOnDisk;
class DraftReviewWidget;
struct EditableDraft;

// The Drafts page: GitHub issue drafts left by headless runs (and earlier sessions), reviewed
// in the draft editor and posted once.
//
// Left: the queue (New / Edited / Approved / Posting / Posted / Failed + Retry). Right: the
// review of the selected draft (title, labels, Markdown body with redaction findings from the
// core redactor, preview, changes against the body as generated).
//
// Storage: the drafts folder is a github::DraftStore (one JSON file per post key). The user's
// edits are written back into it (QSaveFile, atomic) so a later `loggardener run --post` or
// this page posts the reviewed text. The editor's own autosave (which also remembers the body
// as generated, the base of the changes view) lives in the sibling folder "drafts-review".
// Both folders are read on a worker thread (readDraftsFolder); a file that cannot be read is
// named above the editor and hides none of the others.
//
// Without a session (not signed in) the page still lists and edits drafts and says plainly
// that posting needs a GitHub sign-in. The session and the redactor must outlive the page.
class DraftsPage final : public QWidget
{
    Q_OBJECT
public:
    // draftsFolder empty: the session's "<dataDir>/drafts", or without a session
    // defaultDraftsFolder().
    DraftsPage(github::GitHubSession *session, const redaction::Redactor *redactor,
               const QString &draftsFolder = QString(), QWidget *parent = nullptr);
    ~DraftsPage() override;

    // Signing in or out replaces the session (may be null); the drafts folder stays.
    void setSession(github::GitHubSession *session);

    // "<AppDataLocation>/github/drafts", where `loggardener run` leaves drafts.
    static QString defaultDraftsFolder();

    // Saves pending edits, then re-reads the drafts folder on a worker thread (states of known
    // drafts are kept; drafts the post journal knows as posted show Posted). loaded() says when
    // the list shows what was read; the constructor starts the first reload.
    void reload();
    bool isLoading() const { return m_loading; }
    // Drafts listed and not yet posted (for a badge on the main window).
    int draftCount() const;
    // All drafts listed, posted ones included.
    int listedCount() const { return int(m_order.size()); }

    QString draftsFolder() const { return m_folder; }
    QString currentDraftId() const { return m_current; }
    // While the folder is being read, remembers the draft, selects it when the list is shown
    // and returns false.
    bool selectDraft(const QString &postKey);
    // The stored draft (with the user's saved edits); empty postKey when unknown.
    github::IssueDraft storedDraft(const QString &postKey) const { return m_drafts.value(postKey); }
    // Plain-language problems and hints above the editor (not signed in, unreadable files, ...).
    QString noticeText() const;

    DraftQueueWidget *queue() const { return m_queue; }
    DraftReviewWidget *review() const { return m_review; }

Q_SIGNALS:
    void loaded();
    void countChanged(int count);
    // After each post attempt (also repeated ones answered from the journal).
    void draftPosted(const QString &postKey, const QString &url);
    // The issue a posted draft created or commented on, for the cluster it was written for.
    void issueLinked(const QString &fingerprint, int issue, const QString &url);
    void draftFailed(const QString &postKey, const QString &reason);

private:
    struct Pending
    {
        github::IssueDraft draft; // exactly what was reviewed and is (re)sent
        redaction::AllowList allowed;
    };

    void showLoaded(DraftsOnDisk disk);
    void showEntries(const QVector<DraftQueueEntry> &entries);
    void showDraft(const QString &postKey);
    // Writes the review widget's text back to the DraftStore if it changed.
    void syncCurrent();
    void onApprove(const EditableDraft &draft);
    void onPost(const EditableDraft &draft);
    void onRetry(const QString &postKey);
    void send(const QString &postKey);
    redaction::AllowList allowedFindings(const github::IssueDraft &draft) const;
    QString reviewFileFor(const QString &postKey) const;
    void setNotice(const QString &text, bool problem);
    void updateCount();

    github::GitHubSession *m_session;
    const redaction::Redactor *m_redactor;
    QString m_folder;
    QString m_reviewFolder;
    github::DraftStore m_store;
    QStringList m_order;
    QHash<QString, github::IssueDraft> m_drafts;
    QHash<QString, QString> m_generated; // body as generated, per post key
    QHash<QString, Pending> m_pending;   // sent at least once, for Retry
    QString m_current;
    QString m_loadProblem;
    QString m_wanted; // selected while the folder was being read
    bool m_loading = false;
    JobTracker m_loads{this};
    int m_lastCount = -1;

    QLabel *m_notice;
    DraftQueueWidget *m_queue;
    DraftReviewWidget *m_review;
};

} // namespace gardener
