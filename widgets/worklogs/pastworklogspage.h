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
namespace history {
class HistoryStore;
}

// Browses the worklogs of a folder, newest first: the selected one is rendered as Markdown
// beside the clusters and GitHub actions the reader extracted from it, and can be imported into
// the local history (when a HistoryStore is given).
class PastWorklogsPage : public QWidget
{
    Q_OBJECT
public:
    // `folder` is used unless the user chose another one earlier (remembered in QSettings).
    // `history` may be null: import is then disabled. Not owned; must outlive the page.
    PastWorklogsPage(const QString &folder, history::HistoryStore *history,
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

public slots:
    void refresh();
    void selectRow(int sourceRow);
    // Imports the selected worklog; returns false (and says why in the status line) on failure.
    bool importSelected();

signals:
    void worklogSelected(const QString &path);
    void imported(qint64 runId, int matchedClusters, int totalClusters);

private:
    // The parts of the page, built in the constructor in this order.
    QLayout *buildFolderRow();
    QWidget *buildDetails();
    QTabWidget *buildExtractedTables();
    QLayout *buildBottomRow();
    void chooseFolder();
    void showWorklog(int sourceRow);
    void fillComparison(int sourceRow);

    history::HistoryStore *m_history = nullptr;
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
