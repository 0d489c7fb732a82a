#pragma once

#include "core/util/error.h"
#include "widgets/appservices.h"

#include <QMainWindow>
#include <functional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace gardener {

class ClustersPage;
class DraftsPage;
class GitHubActions;
class LoadingBar;
class PastWorklogsPage;
class TriageRulesPage;
namespace triage {
class TriageBinder;
}
class Session;
class StartPage;
namespace gcp {
class CollectDialog;
}
namespace pipeline {
class WorklogJob;
}

// The application window: a start page, then the clusters page of the open export, with a
// loading bar while reading. It wires menus, drag and drop, recent files and saved layout to
// the Session; the pages do the rest.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `session` is not owned. `demoExport` returns the bundled demo export (may be empty).
    explicit MainWindow(Session *session, std::function<QByteArray()> demoExport = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    void openDemo();
    // Opens what a loggardener:// cluster link names (ClusterLink) and selects its cluster once
    // loaded; a malformed link is returned as an error.
    Result<void> openClusterLink(const QString &link);
    // The non-modal "Collect from Google Cloud" dialog (created on first use).
    gcp::CollectDialog *showCollectDialog();
    // Adds the pages that need the app's services (drafts, past worklogs, triage rules) and
    // starts triaging the clusters table. Call once, right after construction.
    void setServices(const AppServices &services);
    // Brings one of the window's pages to the front, as the Go menu does.
    void showPage(QWidget *page);
    // Signing in to or out of GitHub replaces the session the pages use (may be null).
    void setGitHubSession(github::GitHubSession *session);
    // Shows the Drafts page, re-read, with `postKey` selected when given.
    void showDrafts(const QString &postKey = QString());

    StartPage *startPage() const { return m_start; }
    ClustersPage *clustersPage() const { return m_clusters; }
    LoadingBar *loadingBar() const { return m_loading; }
    DraftsPage *draftsPage() const { return m_drafts; }
    PastWorklogsPage *worklogsPage() const { return m_worklogs; }
    TriageRulesPage *rulesPage() const { return m_rules; }
    triage::TriageBinder *triageBinder() const { return m_triage; }
    GitHubActions *gitHubActions() const { return m_github; }
    pipeline::WorklogJob *worklogJob() const { return m_worklogJob; }
    QStringList recentFiles() const;
    // What is loaded ("3,000 entries in 26 clusters, read in 0.2 s"): stays in the status bar.
    QString loadSummary() const;
    // How long a message about an event ("Worklog written to …") stays before the summary
    // shows again.
    void setStatusTimeout(int ms) { m_statusTimeoutMs = ms; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showOpenDialog();
    void exportClustersCsv();
    void copySelectedAsMarkdown();
    void addRecent(const QStringList &paths);
    void updateRecentMenu();
    void updateActions();
    void onLoadStarted(const QString &name);
    void onLoadFinished();
    void onLoadFailed(const QString &message);
    void onLoadCancelled();
    void showStatus(const QString &text);
    void writeWorklog();
    // setServices()'s parts, top to bottom (mainwindowpages.cpp).
    void addServicePages(const AppServices &services);
    void addHistoryTab(history::HistoryStore *history);
    void addWriteWorklogAction();
    void addGoMenu();

    Session *m_session;
    std::function<QByteArray()> m_demoExport;
    QLabel *m_loadSummary = nullptr;
    int m_statusTimeoutMs = 15000;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_start = nullptr;
    ClustersPage *m_clusters = nullptr;
    LoadingBar *m_loading = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_findAction = nullptr;
    QStringList m_pendingRecent;
    QStringList m_nextLinkFiles; // what the next load is opened from, for cluster links
    bool m_nextLinkDemo = false;
    QString m_pendingSelect; // cluster to select when the load a link started finishes
    DraftsPage *m_drafts = nullptr;
    PastWorklogsPage *m_worklogs = nullptr;
    TriageRulesPage *m_rules = nullptr;
    triage::TriageBinder *m_triage = nullptr;
    GitHubActions *m_github = nullptr;
    pipeline::WorklogJob *m_worklogJob = nullptr; // after setServices
    AppServices m_services;
    gcp::CollectDialog *m_collect = nullptr;
};

} // namespace gardener
