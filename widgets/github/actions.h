#pragma once

#include "widgets/appservices.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;

namespace gardener {

class GitHubConnectDialog;
class MainWindow;
class MatchChooserDialog;
class Session;

// The window's GitHub menu and status: Connect to GitHub…, Find on GitHub… for the selected
// clusters, Sign Out. Follows the account's session into the window's pages, so signing in
// makes the Drafts page able to post without a restart.
class GitHubActions final : public QObject
{
    Q_OBJECT
public:
    // services.githubAccount must be set and outlive this object.
    GitHubActions(MainWindow *window, Session *session, const AppServices &services,
                  QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    QAction *connectAction() const { return m_connect; }
    QAction *findAction() const { return m_find; }
    QAction *signOutAction() const { return m_signOut; }
    QString statusText() const;

    // Opens (non-modal for the event loop, modal for the window) and returns the dialog.
    GitHubConnectDialog *openConnectDialog();
    // The match chooser for the selected clusters, or null (and a status message) when there
    // is nothing to look for or no sign-in.
    MatchChooserDialog *findSelectedOnGitHub();

private:
    void sessionChanged();
    void showMessage(const QString &text);

    MainWindow *m_window;
    Session *m_session;
    AppServices m_services;
    QMenu *m_menu;
    QAction *m_connect;
    QAction *m_find;
    QAction *m_signOut;
    QLabel *m_status;
    QPointer<GitHubConnectDialog> m_dialog;
};

} // namespace gardener
