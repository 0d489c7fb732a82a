#include "widgets/github/actions.h"

#include "core/github/account.h"
#include "core/logs/logstore.h"
#include "core/pipeline/githubstep.h"
#include "core/session/session.h"
#include "core/session/triagebinder.h"
#include "widgets/clusterspage.h"
#include "widgets/github/connectdialog.h"
#include "widgets/github/matchchooserdialog.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace gardener {

GitHubActions::GitHubActions(MainWindow *window, Session *session, const AppServices &services,
                             QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_services(services)
{
    Q_ASSERT(services.githubAccount);
    m_menu = window->menuBar()->addMenu(tr("GitH&ub"));
    m_menu->setObjectName(QStringLiteral("gitHubMenu"));
    m_connect = m_menu->addAction(tr("&Connect to GitHub…"), this, [this] { openConnectDialog(); });
    m_connect->setObjectName(QStringLiteral("gitHubConnectAction"));
    m_connect->setStatusTip(tr("Choose the repository and sign in to GitHub"));
    m_find = m_menu->addAction(tr("&Find Selected Clusters on GitHub…"), this,
                               [this] { findSelectedOnGitHub(); });
    m_find->setObjectName(QStringLiteral("gitHubFindAction"));
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)); // Ctrl+Shift+G collects
    m_find->setStatusTip(
        tr("Look for the selected clusters' issues and draft a comment or a new issue"));
    m_menu->addSeparator();
    m_signOut = m_menu->addAction(tr("Sign &Out of GitHub"), this, [this] {
        m_services.githubAccount->signOut([this](Result<void> r) {
            showMessage(r ? tr("Signed out of GitHub: the token was removed from the keychain.")
                          : tr("Signed out of GitHub, but the token could not be removed from the "
                               "keychain: %1")
                                .arg(r.error().what));
        });
    });
    m_signOut->setObjectName(QStringLiteral("gitHubSignOutAction"));

    // Also on the clusters table's context menu, where the clusters are chosen.
    QTableView *table = window->clustersPage()->clusterTable();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(m_find);
    const auto followSelection = [this, window] {
        m_find->setEnabled(!window->clustersPage()->selectedFingerprints().isEmpty());
    };
    connect(window->clustersPage(), &ClustersPage::selectionChanged, this, followSelection);
    followSelection();

    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("gitHubStatus"));
    m_status->setAccessibleName(tr("GitHub connection"));
    window->statusBar()->addPermanentWidget(m_status);

    connect(services.githubAccount, &github::GitHubAccount::sessionChanged, this,
            &GitHubActions::sessionChanged);
    sessionChanged();
}

QString GitHubActions::statusText() const
{
    return m_status->text();
}

void GitHubActions::sessionChanged()
{
    github::GitHubAccount *account = m_services.githubAccount;
    github::GitHubSession *session = account->session();
    m_window->setGitHubSession(session);
    m_signOut->setEnabled(session != nullptr);
    if (session) {
        m_status->setText(tr("GitHub: %1").arg(account->profile().repo));
        m_status->setToolTip(tr("Connected to %1 on %2")
                                 .arg(account->profile().repo, account->profile().hostLabel()));
    } else {
        m_status->setText(tr("GitHub: not connected"));
        m_status->setToolTip(tr("GitHub > Connect to GitHub… to find issues and post drafts"));
    }
}

GitHubConnectDialog *GitHubActions::openConnectDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new GitHubConnectDialog(m_services.githubAccount, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &GitHubConnectDialog::connected, this, [this] {
        const auto &p = m_services.githubAccount->profile();
        showMessage(tr("Connected to %1 on %2.").arg(p.repo, p.hostLabel()));
    });
    m_dialog->open();
    return m_dialog;
}

MatchChooserDialog *GitHubActions::findSelectedOnGitHub()
{
    github::GitHubSession *github = m_services.githubAccount->session();
    if (!github) {
        showMessage(tr("Connect to GitHub first: GitHub > Connect to GitHub…"));
        openConnectDialog();
        return nullptr;
    }
    const auto store = m_session->store();
    const auto &set = m_session->clusters();
    const QStringList selected = m_window->clustersPage()->selectedFingerprints();
    if (!store || selected.isEmpty()) {
        showMessage(tr("Select one or more clusters first, then look for them on GitHub."));
        return nullptr;
    }
    auto triaged = triage::triageClusters(set, store.get(), m_window->triageBinder()->rules(),
                                          m_services.history);
    if (!triaged) {
        QMessageBox::warning(m_window, tr("Find on GitHub"), triaged.error().toString());
        return nullptr;
    }
    QList<MatchChooserDialog::Item> items;
    for (const QString &fingerprint : selected) {
        const int index = set.clusterIndex(fingerprint);
        if (index < 0)
            continue;
        MatchChooserDialog::Item item;
        item.name = set.clusters()[size_t(index)].name;
        item.input =
            pipeline::clusterDraftInput(*store, set, *triaged, index, *m_services.redactor);
        item.query = pipeline::clusterMatchQuery(set, index, github->options().repo);
        items << item;
    }
    if (items.isEmpty())
        return nullptr;
    auto *dialog = new MatchChooserDialog(github, items, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MatchChooserDialog::draftCreated, this, [this](const QString &postKey) {
        m_window->showDrafts(postKey);
        showMessage(tr("Draft saved: review it on the Drafts page, then post it."));
    });
    dialog->open();
    return dialog;
}

void GitHubActions::showMessage(const QString &text)
{
    // As the window's own messages: an event passes, the load summary shows again.
    m_window->statusBar()->showMessage(text, 15000);
}

} // namespace gardener
