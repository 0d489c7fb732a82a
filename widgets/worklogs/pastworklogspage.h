#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace gardener {

class WorklogBrowserModel;
namespace pipeline {
class WorklogJob;
}

// Browses the worklogs of a folder, newest first: the selected one is rendered as Markdown
// beside the clusters and GitHub actions the reader extracted from it, and can be imported into
// the local history (when the job has one). Files are read and the history written by core on
// worker threads; an answer that comes back after the page is gone is dropped.
class PastWorklogsPage : public QWidget
{
    Q_OBJECT
public:
    // `folder` is used unless the user chose another one earlier (remembered in QSettings).
    // `history` (the window's worklog job) may be null or have no history: import is then
    // disabled. Not owned; must outlive the page.
    PastWorklogsPage(const QString &folder, pipeline::WorklogJob *history,
                     QWidget *parent = nullptr);

    QString folder() const;
    void setFolder(const QString &folder); // also remembers it
    WorklogBrowserModel *model() const { return m_model; }
    QTableView *worklogView() const { return m_list; }
    QTableView *clusterView() const { return m_clusters; }
    QTableView *actionView() const { return m_actions; }
    // Per cluster title: count in the selected worklog vs in the one before it (next older).
    QTableView *compareView() const { return m_compare; }
    QTextBrowser *markdownView() const { return m_markdown; }
    QString selectedPath() const;
    QString statusText() const;

    // True while the selected worklog is being imported.
    bool isImporting() const { return m_importing; }

public Q_SLOTS:
    void refresh();
    void selectRow(int sourceRow);
    // Starts importing the selected worklog on a worker thread; importFinished() follows.
    // Returns false (and says why in the status line) when there is nothing to import.
    bool importSelected();

Q_SIGNALS:
    void worklogSelected(const QString &path);
    // The selected worklog's text is shown (read on a worker thread).
    void markdownShown(const QString &path);
    void imported(qint64 runId, int matchedClusters, int totalClusters);
    // After every import, done or not (imported() comes first when a run was added).
    void importFinished(bool ok);

private:
    // The parts of the page, built in the constructor in this order.
    QLayout *buildFolderRow();
    QWidget *buildDetails();
    QTabWidget *buildExtractedTables();
    QLayout *buildBottomRow();
    void chooseFolder();
    void showWorklog(int sourceRow);
    void fillComparison(int sourceRow);
    void showMarkdown(const QString &path);
    void updateImportButton();

    pipeline::WorklogJob *m_history = nullptr;
    bool m_importing = false;
    WorklogBrowserModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStandardItemModel *m_clusterModel = nullptr;
    QStandardItemModel *m_actionModel = nullptr;
    QStandardItemModel *m_compareModel = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QTableView *m_list = nullptr;
    QTableView *m_clusters = nullptr;
    QTableView *m_actions = nullptr;
    QTableView *m_compare = nullptr;
    QTextBrowser *m_markdown = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_status = nullptr;
    int m_current = -1; // source row shown
};

} // namespace gardener
