#pragma once

#include "core/clustering/clusterset.h"
#include "core/history/historystore.h"
#include "core/models/filteredcounts.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace gardener {

// One row per issue cluster of a ClusterSet. Rows keep their identity (the cluster fingerprint)
// across snapshots: a new snapshot updates rows in place, appends new clusters and removes
// vanished ones, so selection and scroll position survive the periodic updates of a load.
// Row order is arbitrary; sorting and filtering live in ClusterFilterProxy.
class ClusterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
Q_SIGNALS:
    void nameEdited(const QString &fingerprint, const QString &name);

public:
    enum Column
    {
        PriorityColumn,
        SeverityColumn,
        NameColumn,
        CountColumn,
        TimelineColumn,
        FirstSeenColumn,
        LastSeenColumn,
        LocationColumn,
        ServicesColumn,
        TrendColumn, // since the last run: new, escalating ×3.1, regressed (#N …), steady, …
        IssueColumn, // the linked GitHub issue: "#12 · open"
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value per column
        FingerprintRole,             // QString
        ClusterIndexRole,            // int index into clusterSet().clusters()
        SeverityCountsRole,          // QList<quint64>, SeverityCount entries
        MaxSeverityRole,             // int severity index
        BucketsRole,                 // QList<quint32>, the cluster's time histogram
        FirstSeenRole,               // qint64 ns
        LastSeenRole,                // qint64 ns
        ServiceNamesRole,            // QStringList
        RevisionNamesRole,           // QStringList
        SearchTextRole,              // QString: name and every template, lower-case
        PriorityRole,                // int 0..6, -1 when not triaged
        TrendRole, // QString: the trend's name ("new", "escalating", …), empty when not triaged
        IssueUrlRole,      // QString: the linked issue's address, empty when none is known
        MutedRole,         // bool: triage says expected, or the user muted it
        FilteredCountRole, // qint64: entries inside the time range/severities, -1 without such a
                           // filter
        TotalCountRole,    // quint64: all the cluster's entries
    };

    // What triage said about a cluster, shown in the priority column.
    struct TriageView
    {
        int priority = -1;
        QString category;
        QString trend; // the English label ("escalating ×3.1"): sorting, CSV, Markdown
        QStringList explanation;
        bool expected = false;
        // The GitHub issue the cluster is linked to (history's links), 0 when none.
        int issue = 0;
        QString issueState; // "open" or "closed"
        QString issueUrl;
        QString trendText; // the trend for the Trend column, in the user's language
    };

    explicit ClusterTableModel(QObject *parent = nullptr);

    // Swaps in a snapshot (UI thread), keeping rows of clusters that are still there.
    void setClusterSet(const clustering::ClusterSet &set);
    void clear();
    const clustering::ClusterSet &clusterSet() const { return m_set; }
    // Triage by cluster fingerprint; clusters without an entry show as not triaged.
    void setTriage(QHash<QString, TriageView> triage);
    // An issue just posted (or commented on) for a cluster: shown at once, before the next
    // triage reads it back from history, and kept over an older link triage still reports.
    void setPostedIssue(const QString &fingerprint, int issue, const QString &url);
    // Counts inside the chosen time range and severities (nullptr: whole clusters). The Count
    // column then reads "120 of 3,400", sorts by the first number, and severity bars and
    // sparklines show the range. Ignored for another snapshot than the one shown.
    void setFilteredCounts(std::shared_ptr<const FilteredCounts> counts);
    const ClusterRangeCounts *filteredCounts(int clusterIndex) const;
    bool hasFilteredCounts() const { return m_filtered && m_filtered->isFor(m_set); }
    // Names kept in history (remembered or edited by the user) by fingerprint; they replace
    // the set's own names in the Name column.
    void setNames(QHash<QString, QString> names);

    // Order of trend labels, what changed first: regressed, new, escalating, steady,
    // decreasing, then anything else (unknown, not triaged).
    static int trendRank(const QString &trendLabel);
    // A trend as the Trend column shows it, translated: "Escalating ×3.1", "Regressed (#12
    // closed 2026-11-30)".
    static QString trendText(const history::ClusterTrend &trend);

    // Row of a fingerprint, -1 if absent; cluster of a row, nullptr if out of range.
    int rowOf(const QString &fingerprint) const;
    const clustering::IssueCluster *cluster(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The Name column is editable: an edit shows at once and is announced by nameEdited, for
    // whoever keeps names (an empty name gives the cluster its generated name back).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "file.py:42 (handler)" for the most frequent location, empty when none.
    static QString locationText(const clustering::IssueCluster &cluster);
    static QString servicesText(const clustering::IssueCluster &cluster);

private:
    QVariant displayData(const clustering::IssueCluster &c, int column) const;
    QVariant sortData(const clustering::IssueCluster &c, int column) const;
    QVariant toolTip(const clustering::IssueCluster &c, int column) const;
    QVariant accessibleText(const clustering::IssueCluster &c, int column) const;
    QVariant roleData(int ci, const clustering::IssueCluster &c, int column, int role) const;
    void rebuildRowIndex();
    TriageView triageOf(const QString &fingerprint) const; // with a posted issue applied
    bool isMuted(const QString &fingerprint) const;

    clustering::ClusterSet m_set;
    std::vector<int> m_rows;                   // row -> cluster index in m_set
    QStringList m_fingerprints;                // row -> fingerprint
    QHash<QString, int> m_rowOf;               // fingerprint -> row
    mutable std::vector<QString> m_searchText; // per cluster index, built lazily
    QHash<QString, TriageView> m_triage;       // fingerprint -> triage
    QHash<QString, QString> m_names;           // fingerprint -> name kept in history
    struct Posted
    {
        int issue = 0;
        QString url;
    };
    QHash<QString, Posted> m_posted;
    std::shared_ptr<const FilteredCounts> m_filtered; // fingerprint -> issue posted in this session
};

} // namespace gardener
