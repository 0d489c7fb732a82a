#pragma once

#include "core/session/sessiontypes.h"

#include <QPair>
#include <QWidget>
#include <functional>
#include <memory>

class QItemSelection;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QUrl;

namespace gardener {

class ClusterDetailView;
class ClusterFilterProxy;
class ClusterTableModel;
class EntriesView;
class FilteredCountsJob;
struct FilteredCounts;
class FilterBar;
class Session;
class TimelineChartView;
class TimelineModel;
namespace evidence {
class EvidenceJob;
}
namespace github {
class GitHubClient;
}

// The working page once an export is open: the timeline chart, the filter bar, the clusters
// table and, below it, the selected cluster's details and entries. It talks to the Session
// only: filters and selections become EntryQuery jobs whose answers fill the entries view and
// the chart.
class ClustersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ClustersPage(Session *session, QWidget *parent = nullptr);
    ~ClustersPage() override;

    QTableView *clusterTable() const { return m_table; }
    ClusterTableModel *clusterModel() const { return m_model; }
    ClusterFilterProxy *clusterProxy() const { return m_proxy; }
    FilterBar *filterBar() const { return m_filter; }
    ClusterDetailView *detailView() const { return m_detail; }
    EntriesView *entriesView() const { return m_entries; }
    TimelineChartView *chartView() const { return m_chart; }
    TimelineModel *timelineModel() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    evidence::EvidenceJob *evidenceJob() const { return m_evidence; }
    // With a client (signed in), the details view adds suspect commits and owners from GitHub.
    void setGitHubClient(github::GitHubClient *client);

    QStringList selectedFingerprints() const;
    void selectCluster(const QString &fingerprint);
    bool canMerge() const;
    // Merges the selected clusters / splits templates out of the current one, via the session.
    // An error is returned as text for the caller to show.
    QString mergeSelected();
    QString splitTemplates(const QStringList &templateFingerprints);
    void openEntry(qulonglong entry);
    void setTimeRange(qint64 fromMs, qint64 toMs);
    // What the data on screen was opened from, for "Copy link to cluster" (neither: a live
    // collection, which a link cannot reopen).
    void setLinkSource(const QStringList &files, bool demo);
    // The loggardener:// link of a cluster, empty when the data cannot be reopened by a link.
    QString clusterLink(const QString &fingerprint) const;
    void copyClusterLink(const QString &fingerprint);
    // Opens a cluster's linked issue (row of the table's model): through the opener, by default
    // the desktop's browser. Returns false when the row has no issue address.
    bool openIssue(const QModelIndex &index);
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // An issue posted (or commented on) for a cluster: shown in its row at once.
    void showPostedIssue(const QString &fingerprint, int issue, const QString &url);
    FilteredCountsJob *filteredCountsJob() const { return m_counts; }

    void saveState() const;
    void restoreState();

Q_SIGNALS:
    void selectionChanged();
    void statusMessage(const QString &text);

private:
    void onClustersChanged();
    void onFilterChanged();
    void onSelectionChanged();
    void onEntriesReady(const gardener::EntryQueryResult &result);
    void onMessageMatches(quint64 job, const QString &text, const QStringList &fingerprints);
    void requery();
    void updateCounts();
    void requestEvidence();
    // The constructor's parts, top to bottom.
    void setUpTable();
    void setUpDetailTabs();
    void layOutPanes();
    void connectViews();
    void requestFilteredCounts();
    void onFilteredCounts(std::shared_ptr<const gardener::FilteredCounts> counts);
    void showFilteredStatistics();
    bool zoomTimeline(const gardener::EntryQueryResult &result); // false: not zoomed
    quint32 severityMask() const;                                // of the minimum severity, 0 = any
    bool eventFilter(QObject *watched, QEvent *event) override;
    std::vector<int> selectedClusterIndices() const;

    Session *m_session;
    ClusterTableModel *m_model = nullptr;
    ClusterFilterProxy *m_proxy = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTableView *m_table = nullptr;
    FilterBar *m_filter = nullptr;
    TimelineChartView *m_chart = nullptr;
    ClusterDetailView *m_detail = nullptr;
    EntriesView *m_entries = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_requery = nullptr;
    QString m_pendingTemplate;    // template to follow into its new cluster after merge/split
    QString m_pendingDone;        // what the status says once that snapshot is shown
    quint64 m_selectionShown = 0; // counts onSelectionChanged, to skip showing one twice
    quint64 m_lastQuery = 0;
    evidence::EvidenceJob *m_evidence = nullptr;
    QPair<qint64, qint64> m_evidenceRange{0, 0};
    QStringList m_linkFiles;
    bool m_linkDemo = false;
    FilteredCountsJob *m_counts = nullptr;
    quint64 m_zoomJob = 0;
    qint64 m_filteredEntries = -1; // entries inside the range and severities, -1 without

    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace gardener
