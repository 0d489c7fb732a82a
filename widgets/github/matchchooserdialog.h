#pragma once

#include "core/github/session.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace gardener {

// "Find on GitHub": for each cluster given, the session's matcher looks for its issues (the
// hidden marker, this machine's record of posts, then search); the dialog shows the candidates
// and the user decides: comment on an open issue, reopen a closed one, file a new issue that
// links a closed one (a regression), or file a new issue. The chosen draft is saved in the
// session's draft store, for review and posting on the Drafts page.
//
// Matching runs from the event loop (network only), never blocking the window. The session
// must outlive the dialog.
class MatchChooserDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString name;             // the cluster, for people
        github::DraftInput input; // already scrubbed
        github::MatchQuery query;
    };

    MatchChooserDialog(github::GitHubSession *session, QList<Item> items,
                       QWidget *parent = nullptr);
    ~MatchChooserDialog() override;

    enum Choice
    {
        CommentChoice,
        ReopenChoice,
        LinkChoice,
        NewChoice
    };

    int currentItem() const { return m_index; }
    bool isSearching() const { return m_searching; }
    QTreeWidget *candidateList() const { return m_list; }
    QRadioButton *choiceButton(Choice choice) const;
    QPushButton *createButton() const { return m_create; }
    QPushButton *skipButton() const { return m_skip; }
    QString verdictText() const;
    QString noteText() const;
    // Post keys of the drafts created so far.
    QStringList createdDrafts() const { return m_created; }
    // Selects the candidate with this issue number; false when it is not listed.
    bool selectIssue(int number);

Q_SIGNALS:
    void draftCreated(const QString &postKey);
    // The last cluster was decided or skipped.
    void finished();

private:
    void buildCandidateList();
    void buildChoices();
    void showItem(int index);
    void search();
    void showResult(const github::MatchResult &result);
    void updateChoices();
    void createDraft();
    void next();

    QPointer<github::GitHubSession> m_session;
    QList<Item> m_items;
    int m_index = -1;
    bool m_searching = false;
    quint64 m_generation = 0; // answers for an earlier search are ignored
    github::MatchResult m_result;
    QStringList m_created;

    QLabel *m_heading;
    QLabel *m_verdict;
    QTreeWidget *m_list;
    QLabel *m_note;
    QButtonGroup *m_choices;
    QRadioButton *m_comment;
    QRadioButton *m_reopen;
    QRadioButton *m_link;
    QRadioButton *m_new;
    QLabel *m_error;
    QPushButton *m_create;
    QPushButton *m_skip;
    QPushButton *m_again;
};

} // namespace gardener
