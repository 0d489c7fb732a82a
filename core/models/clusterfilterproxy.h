#pragma once

#include "core/search/searchquery.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace gardener {

// Sorts ClusterTableModel by its raw-value SortRole and filters by severity, service, time range
// and free text. Text matches the cluster name and templates; clusters whose *messages* matched
// (found by the session's search over the store) can be added with setMessageMatches.
class ClusterFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClusterFilterProxy(QObject *parent = nullptr);

    // Bit i set = keep clusters with entries of severity i. All bits set (the default) = no filter.
    void setSeverityMask(quint32 mask);
    quint32 severityMask() const { return m_severityMask; }
    // Convenience: keep clusters with at least one entry at or above `minimum` (severity index).
    void setMinimumSeverity(int minimum);

    void setService(const QString &service); // empty = any
    // Keep clusters with entries in [fromNs, toNs); 0, 0 = any time.
    void setTimeRange(qint64 fromNs, qint64 toNs);
    // The filter box's text in the search language (search/searchquery.h); text that does not
    // parse is searched for as it is.
    void setText(const QString &text);
    void setQuery(const search::SearchQuery &query);
    const search::SearchQuery &query() const { return m_query; }
    // Fingerprints of clusters whose messages contain the current text (or empty).
    void setMessageMatches(const QSet<QString> &fingerprints);

    // Muted and expected clusters (MutedRole) always sort below the rest; hidden when false.
    void setShowMuted(bool show);
    bool showsMuted() const { return m_showMuted; }
    // Muted clusters that pass the other filters, shown or not.
    int mutedCount() const;

    bool isFiltering() const;
    QString text() const { return m_query.text; } // the plain phrase, lower-case
    qint64 timeFromNs() const { return m_fromNs; }
    qint64 timeToNs() const { return m_toNs; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsTime(const QModelIndex &index) const;
    bool acceptsOtherThanMuted(int sourceRow, const QModelIndex &sourceParent) const;

    quint32 m_severityMask;
    QString m_service;
    qint64 m_fromNs = 0;
    qint64 m_toNs = 0;
    search::SearchQuery m_query;
    QSet<QString> m_messageMatches;
    bool m_showMuted = true;
};

} // namespace gardener
