// MainWindow's pages that need the app's services (drafts, past worklogs, triage rules, the
// cluster history) and the menus that lead to them; the rest of the window is mainwindow.cpp.
#include "widgets/mainwindow.h"

#include "core/github/session.h"
#include "core/logs/logstore.h"
#include "core/pipeline/worklogjob.h"
#include "core/session/session.h"
#include "core/session/triagebinder.h"
#include "core/triage/clustertriage.h"
#include "widgets/appstyle.h"
#include "widgets/clusterhistoryview.h"
#include "widgets/clusterspage.h"
#include "widgets/drafts/draftspage.h"
#include "widgets/github/actions.h"
#include "widgets/startpage.h"
#include "widgets/triage/triagerulespage.h"
#include "widgets/worklogs/pastworklogspage.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QWhatsThis>

namespace gardener {

void MainWindow::setServices(const AppServices &services)
{
    Q_ASSERT(!m_drafts); // once
    m_services = services;
    // Its own connections to the same file, one per worker thread.
    m_worklogJob = new pipeline::WorklogJob(
        services.history ? pipeline::WorklogJob::pathOf(*services.history) : QString(), this);
    m_worklogJob->setObjectName(QStringLiteral("worklogJob"));
    m_clusters->setGitHubClient(services.github ? services.github->client() : nullptr);
    addServicePages(services);
    addHistoryTab(services.history);
    addWriteWorklogAction();
    addGoMenu();

    if (services.githubAccount)
        m_github = new GitHubActions(this, m_session, services, this);

    // Last menu, after Go: What's This (Shift+F1) explains the less obvious controls.
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(QWhatsThis::createAction(help));
}

// Drafts, past worklogs and triage rules, and the binder that triages the clusters table.
void MainWindow::addServicePages(const AppServices &services)
{
    m_drafts = new DraftsPage(services.github, services.redactor, services.draftsFolder, m_stack);
    m_worklogs = new PastWorklogsPage(services.worklogFolder, m_worklogJob, m_stack);
    m_rules = new TriageRulesPage(services.rulesPath, m_stack);
    for (QWidget *page : {static_cast<QWidget *>(m_drafts), static_cast<QWidget *>(m_worklogs),
                          static_cast<QWidget *>(m_rules)})
        m_stack->addWidget(page);
    m_triage = new triage::TriageBinder(m_session, m_clusters->clusterModel(), services.history,
                                        services.rulesPath, this);
    connect(m_rules, &TriageRulesPage::rulesChanged, m_triage, &triage::TriageBinder::reloadRules);
    connect(m_triage, &triage::TriageBinder::problem, this, &MainWindow::showStatus);
}

// The selected cluster's history, as a tab beside its details and entries.
void MainWindow::addHistoryTab(history::HistoryStore *history)
{
    auto *historyView = new ClusterHistoryView(history, m_clusters->tabs());
    m_clusters->tabs()->addTab(historyView, style::icon("chart"), tr("Hi&story"));
    const auto showHistory = [this, historyView] {
        const QStringList selected = m_clusters->selectedFingerprints();
        const auto &set = m_session->clusters();
        historyView->setCluster(set, selected.isEmpty() ? -1 : set.clusterIndex(selected.first()));
    };
    connect(m_clusters, &ClustersPage::selectionChanged, historyView, showHistory);
    connect(m_session, &Session::loadFinished, historyView, showHistory);
    connect(historyView, &ClusterHistoryView::overrideChanged, m_triage,
            &triage::TriageBinder::refresh);
}

// File > Write Worklog, just above the separator before Quit.
void MainWindow::addWriteWorklogAction()
{
    QMenu *file = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().first()->menu();
    if (!file)
        return;
    QAction *write = new QAction(tr("Write &Worklog"), this);
    write->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    write->setObjectName(QStringLiteral("writeWorklogAction"));
    write->setStatusTip(
        tr("Write a Markdown worklog of the open clusters and record them in the history"));
    connect(write, &QAction::triggered, this, &MainWindow::writeWorklog);
    // One worklog at a time: the action waits for the one being written.
    connect(m_worklogJob, &pipeline::WorklogJob::busyChanged, write,
            [write](bool busy) { write->setEnabled(!busy); });
    file->insertAction(file->actions().value(file->actions().size() - 2), write);
}

// Go: one entry a page; Drafts counts the drafts waiting for review.
void MainWindow::addGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const auto addPage = [&](const QString &text, QWidget *page, const QKeySequence &key) {
        QAction *action = go->addAction(text, this, [this, page] { showPage(page); });
        action->setShortcut(key);
        return action;
    };
    addPage(tr("&Clusters"), m_clusters, QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *drafts = addPage(tr("&Drafts"), m_drafts, QKeySequence(Qt::ALT | Qt::Key_2));
    addPage(tr("&Past Worklogs"), m_worklogs, QKeySequence(Qt::ALT | Qt::Key_3));
    addPage(tr("Triage &Rules"), m_rules, QKeySequence(Qt::ALT | Qt::Key_4));
    const auto showCount = [drafts](int count) {
        drafts->setText(count > 0 ? tr("&Drafts (%1)").arg(count) : tr("&Drafts"));
    };
    connect(m_drafts, &DraftsPage::countChanged, this, showCount);
    // A posted issue shows on its cluster at once, and history keeps the link for later runs.
    connect(m_drafts, &DraftsPage::issueLinked, this,
            [this](const QString &fingerprint, int issue, const QString &url) {
                m_clusters->showPostedIssue(fingerprint, issue, url);
                if (!m_services.history)
                    return;
                m_worklogJob->linkIssue(
                    pipeline::WorklogJob::createdIssueLink(m_session->clusters(), fingerprint,
                                                           issue, url),
                    this, [this](const Result<void> &linked) {
                        if (!linked)
                            showStatus(tr("The issue link could not be saved: %1")
                                           .arg(linked.error().toString()));
                    });
            });
    showCount(m_drafts->draftCount());
}

void MainWindow::writeWorklog()
{
    const auto store = m_session->store();
    const auto &set = m_session->clusters();
    if (!store || set.clusters().empty()) {
        showStatus(tr("Open an export first: there are no clusters to write a worklog about."));
        return;
    }
    pipeline::WorklogRequest request;
    request.store = store;
    request.clusters = set;
    request.rules = m_triage->rules();
    request.source = m_session->sourceName();
    request.dataKey = m_session->dataKey();
    request.worklogDir = m_worklogs->folder();
    // Triage, the file and the history record run off the UI thread; only the outcome comes back.
    m_worklogJob->write(
        std::move(request), this, [this](const Result<pipeline::RecordedRun> &recorded) {
            if (!recorded) {
                QMessageBox::warning(this, tr("Write worklog"), recorded.error().toString());
                return;
            }
            m_worklogs->refresh();
            m_triage->refresh(); // the trends now count this run
            showStatus(
                tr("Worklog written to %1").arg(QDir::toNativeSeparators(recorded->worklogPath)));
        });
}

void MainWindow::setGitHubSession(github::GitHubSession *session)
{
    m_services.github = session;
    m_clusters->setGitHubClient(session ? session->client() : nullptr);
    if (m_drafts)
        m_drafts->setSession(session);
}

void MainWindow::showDrafts(const QString &postKey)
{
    if (!m_drafts)
        return;
    m_drafts->reload();
    if (!postKey.isEmpty())
        m_drafts->selectDraft(postKey);
    m_stack->setCurrentWidget(m_drafts);
}

void MainWindow::showPage(QWidget *page)
{
    // With nothing open, "Clusters" leads to the start page.
    m_stack->setCurrentWidget(page == m_clusters && m_session->state() == Session::State::Empty
                                  ? static_cast<QWidget *>(m_start)
                                  : page);
}

} // namespace gardener
