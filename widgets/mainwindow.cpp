#include "widgets/mainwindow.h"

#include "core/evidence/evidencejob.h"
#include "core/logs/logstore.h"
#include "core/logs/logsummary.h"
#include "core/models/clustertablemodel.h"
#include "core/models/tableexport.h"
#include "core/redaction/redactor.h"
#include "core/session/clusterlink.h"
#include "core/session/session.h"
#include "widgets/appstyle.h"
#include "widgets/clusterspage.h"
#include "widgets/filterbar.h"
#include "widgets/gcp/collectdialog.h"
#include "widgets/loadingbar.h"
#include "widgets/startpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace gardener {

namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kLastDirKey = QStringLiteral("mainWindow/lastDirectory");
constexpr int kMaxRecent = 10;
} // namespace

MainWindow::MainWindow(Session *session, std::function<QByteArray()> demoExport, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_demoExport(std::move(demoExport))
{
    style::ensureResources();
    setWindowTitle(tr("Log Gardener"));
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_loading = new LoadingBar(central);
    m_loading->hide();
    m_stack = new QStackedWidget(central);
    m_start = new StartPage(m_stack);
    m_clusters = new ClustersPage(m_session, m_stack);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_clusters);
    layout->addWidget(m_loading);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    m_start->setRecentFiles(recentFiles());

    connect(m_start, &StartPage::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::collectRequested, this, &MainWindow::showCollectDialog);
    connect(m_start, &StartPage::recentRequested, this,
            [this](const QString &p) { openFiles({p}); });
    connect(m_start, &StartPage::clearRecentRequested, this, [this] {
        QSettings().remove(kRecentKey);
        m_start->setRecentFiles({});
        updateRecentMenu();
    });
    connect(m_loading, &LoadingBar::cancelRequested, m_session, &Session::cancel);
    connect(m_session, &Session::loadStarted, this, &MainWindow::onLoadStarted);
    connect(m_session, &Session::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_session, &Session::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_session, &Session::loadCancelled, this, &MainWindow::onLoadCancelled);
    connect(m_session, &Session::progress, this, [this](const LoadProgress &p) {
        m_loading->setProgress(p.entries, p.bytesRead, p.bytesTotal, p.clusters);
    });
    connect(m_session, &Session::stateChanged, this, &MainWindow::updateActions);
    connect(m_clusters, &ClustersPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_clusters, &ClustersPage::statusMessage, this, &MainWindow::showStatus);

    m_loadSummary = new QLabel(this);
    m_loadSummary->setObjectName(QStringLiteral("loadSummary"));
    statusBar()->addWidget(m_loadSummary, 1);

    // Default size: most of the screen, since the page shows a chart, a table and details.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.85);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
    m_clusters->restoreState();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(style::icon("open"), tr("&Open Export…"), this,
                                    &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(style::icon("demo"), tr("Open &Demo Data"), this, &MainWindow::openDemo);
    QAction *collect = file->addAction(style::icon("cloud"), tr("Collect from &Google Cloud…"),
                                       this, &MainWindow::showCollectDialog);
    collect->setObjectName(QStringLiteral("collectGcpAction"));
    collect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    collect->setStatusTip(
        tr("Download recent log entries of a project with the Cloud Logging API"));
    QAction *exportCsv =
        file->addAction(tr("E&xport Clusters as CSV…"), this, &MainWindow::exportClustersCsv);
    exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    exportCsv->setStatusTip(
        tr("Save the clusters the table shows, as it shows them, for a spreadsheet"));
    m_recentMenu = file->addMenu(style::icon("recent"), tr("Open &Recent"));
    updateRecentMenu();
    m_closeAction = file->addAction(style::icon("close"), tr("&Close"), this, [this] {
        m_session->close();
        m_loadSummary->clear();
        m_stack->setCurrentWidget(m_start);
        setWindowTitle(tr("Log Gardener"));
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Some platform themes map QKeySequence::Quit to nothing: Ctrl+Q always works.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit->setShortcuts(quitKeys);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_findAction = edit->addAction(style::icon("filter"), tr("&Find…"), this,
                                   [this] { m_clusters->filterBar()->focusSearch(); });
    m_findAction->setShortcut(QKeySequence::Find);
    edit->addAction(style::icon("clear"), tr("C&lear Filters"), this, [this] {
        m_clusters->filterBar()->clear();
        m_clusters->setTimeRange(0, 0);
    });

    QMenu *clusters = menuBar()->addMenu(tr("&Clusters"));
    m_mergeAction =
        clusters->addAction(style::icon("merge"), tr("&Merge Selected Clusters"), this, [this] {
            const QString error = m_clusters->mergeSelected();
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Merge clusters"), error);
        });
    m_mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_mergeAction->setObjectName(QStringLiteral("mergeAction"));
    QAction *copyMarkdown = clusters->addAction(tr("&Copy Selected as Markdown"), this,
                                                &MainWindow::copySelectedAsMarkdown);
    copyMarkdown->setObjectName(QStringLiteral("copyMarkdownAction"));
    copyMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyMarkdown->setStatusTip(
        tr("Copy the selected clusters as a Markdown table (secrets redacted)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *details = view->addAction(style::icon("details"), tr("Cluster &Details"), this,
                                       [this] { m_clusters->tabs()->setCurrentIndex(0); });
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *entries = view->addAction(style::icon("entries"), tr("&Entries"), this,
                                       [this] { m_clusters->tabs()->setCurrentIndex(1); });
    entries->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
}

void MainWindow::updateActions()
{
    const bool open = m_session->state() != Session::State::Empty;
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_mergeAction->setEnabled(m_clusters->canMerge());
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecent(const QStringList &paths)
{
    QStringList recent = recentFiles();
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        recent.removeAll(abs);
        recent.prepend(abs);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    m_start->setRecentFiles(recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &p = recent.at(i);
        // Numbered for the keyboard (Alt+F, R, 1); a '&' in a path must not become a mnemonic.
        QString text = QDir::toNativeSeparators(p).replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (i < 9)
            text = QStringLiteral("&%1 %2").arg(i + 1).arg(text);
        m_recentMenu->addAction(text, this, [this, p] { openFiles({p}); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

namespace {

// The table's columns as text: all but the drawn timeline, in the order the user arranged them.
QList<int> exportColumns(const QTableView *table)
{
    QList<int> columns;
    const QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && logical != ClusterTableModel::TimelineColumn)
            columns << logical;
    }
    return columns;
}

} // namespace

void MainWindow::exportClustersCsv()
{
    QTableView *table = m_clusters->clusterTable();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export clusters as CSV"),
                                     QStringLiteral("clusters.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<int> rows;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        rows << r;
    const auto written =
        writeTextFile(path, tableAsCsv(*table->model(), exportColumns(table), rows));
    showStatus(written ? tr("Exported %n cluster(s) to %1", nullptr, int(rows.size()))
                             .arg(QDir::toNativeSeparators(path))
                       : written.error().toString());
}

void MainWindow::copySelectedAsMarkdown()
{
    QTableView *table = m_clusters->clusterTable();
    QList<int> rows;
    for (const QModelIndex &i : table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        showStatus(tr("Select the clusters to copy first."));
        return;
    }
    QString markdown = tableAsMarkdown(*table->model(), exportColumns(table), rows);
    // Clipboard text is usually pasted where others read it: redact it like a draft.
    if (m_services.redactor)
        markdown = m_services.redactor->redact(markdown);
    QGuiApplication::clipboard()->setText(markdown);
    showStatus(tr("Copied %n cluster(s) as Markdown.", nullptr, int(rows.size())));
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Cloud Logging Export"), settings.value(kLastDirKey).toString(),
        tr("Log exports (*.json *.jsonl *.ndjson *.json.gz *.jsonl.gz *.gz);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kLastDirKey, QFileInfo(paths.front()).absolutePath());
    openFiles(paths);
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList existing;
    for (const QString &p : paths) {
        if (QFileInfo(p).isFile())
            existing << p;
        else
            showStatus(tr("Cannot open %1: no such file.").arg(QDir::toNativeSeparators(p)));
    }
    if (existing.isEmpty()) {
        m_pendingSelect.clear();
        return;
    }
    m_pendingRecent = existing;
    m_nextLinkFiles = existing;
    m_nextLinkDemo = false;
    m_session->openFiles(existing);
}

void MainWindow::openDemo()
{
    const QByteArray bytes = m_demoExport ? m_demoExport() : QByteArray();
    if (bytes.isEmpty()) {
        QMessageBox::warning(this, tr("Demo data"), tr("This build has no demo data."));
        return;
    }
    m_pendingRecent.clear();
    m_nextLinkFiles.clear();
    m_nextLinkDemo = true;
    m_session->openBytes(bytes, tr("demo data"));
}

gcp::CollectDialog *MainWindow::showCollectDialog()
{
    if (!m_services.googleCloud) {
        showStatus(tr("Google Cloud is not available in this window."));
        return nullptr;
    }
    if (!m_collect) {
        m_collect = new gcp::CollectDialog(m_session, m_services.googleCloud, this);
        connect(m_collect, &gcp::CollectDialog::revisionFactsReady, m_clusters->evidenceJob(),
                &evidence::EvidenceJob::setRevisionFacts);
    }
    m_collect->show();
    m_collect->raise();
    m_collect->activateWindow();
    return m_collect;
}

void MainWindow::onLoadStarted(const QString &name)
{
    m_loadSummary->clear(); // the loading bar says what is being read
    // A load that did not come through openFiles/openDemo (a live collection) has no link.
    m_clusters->setLinkSource(m_nextLinkFiles, m_nextLinkDemo);
    m_nextLinkFiles.clear();
    m_nextLinkDemo = false;
    m_loading->start(name);
    m_loading->show();
    m_stack->setCurrentWidget(m_clusters);
    setWindowTitle(tr("%1 — Log Gardener").arg(name));
    updateActions();
}

void MainWindow::onLoadFinished()
{
    m_loading->hide();
    if (!m_pendingRecent.isEmpty())
        addRecent(m_pendingRecent);
    m_pendingRecent.clear();
    const auto store = m_session->store();
    const QLocale locale;
    QString text = tr("%1 entries in %n cluster(s), read in %2 s", nullptr,
                      int(m_session->clusters().clusters().size()))
                       .arg(locale.toString(qulonglong(store ? store->size() : 0)),
                            locale.toString(double(m_session->lastLoadMs()) / 1000.0, 'f', 1));
    const auto &report = m_session->report();
    if (report.skipped > 0)
        text += QStringLiteral(" · ") +
                tr("%n entry(s) could not be read", nullptr, int(report.skipped));
    m_loadSummary->setText(text);
    statusBar()->clearMessage();
    updateActions();
    if (!m_pendingSelect.isEmpty()) {
        const QString fingerprint = std::exchange(m_pendingSelect, QString());
        if (m_session->clusters().clusterIndex(fingerprint) >= 0)
            m_clusters->selectCluster(fingerprint);
        else
            showStatus(tr("The linked cluster %1 is not in this data (it may have been merged into "
                          "another).")
                           .arg(fingerprint));
    }
}

Result<void> MainWindow::openClusterLink(const QString &text)
{
    auto link = ClusterLink::parse(text);
    if (!link)
        return tl::unexpected(link.error());
    m_pendingSelect = link->fingerprint;
    if (link->demo)
        openDemo();
    else
        openFiles(link->files);
    return {};
}

void MainWindow::onLoadFailed(const QString &message)
{
    m_pendingSelect.clear();
    m_loading->hide();
    m_pendingRecent.clear();
    m_stack->setCurrentWidget(m_start);
    setWindowTitle(tr("Log Gardener"));
    QMessageBox::warning(this, tr("Could not open the export"), message);
    updateActions();
}

void MainWindow::onLoadCancelled()
{
    m_loading->hide();
    m_pendingRecent.clear();
    m_stack->setCurrentWidget(m_start);
    setWindowTitle(tr("Log Gardener"));
    showStatus(tr("Loading cancelled."));
    updateActions();
}

void MainWindow::showStatus(const QString &text)
{
    // Events pass; what is loaded stays (m_loadSummary shows again when the message expires).
    statusBar()->showMessage(text, m_statusTimeoutMs);
}

QString MainWindow::loadSummary() const
{
    return m_loadSummary->text();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    m_clusters->saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
    }
}

} // namespace gardener
