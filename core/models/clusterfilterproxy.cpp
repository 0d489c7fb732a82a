#include "core/models/clusterfilterproxy.h"

#include "core/logs/severity.h"
#include "core/models/clustertablemodel.h"

namespace gardener {

namespace {
constexpr quint32 kAllSeverities = (1u << SeverityCount) - 1;
}

ClusterFilterProxy::ClusterFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent), m_severityMask(kAllSeverities)
{
    setSortRole(ClusterTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ClusterFilterProxy::setSeverityMask(quint32 mask)
{
    mask &= kAllSeverities;
    if (mask == m_severityMask)
        return;
    m_severityMask = mask;
    invalidateFilter();
}

void ClusterFilterProxy::setMinimumSeverity(int minimum)
{
    const int m = qBound(0, minimum, SeverityCount);
    setSeverityMask(kAllSeverities & ~((1u << m) - 1));
}

void ClusterFilterProxy::setService(const QString &service)
{
    if (service == m_service)
        return;
    m_service = service;
    invalidateFilter();
}

void ClusterFilterProxy::setTimeRange(qint64 fromNs, qint64 toNs)
{
    if (fromNs == m_fromNs && toNs == m_toNs)
        return;
    m_fromNs = fromNs;
    m_toNs = toNs;
    invalidateFilter();
}

void ClusterFilterProxy::setText(const QString &text)
{
    auto parsed = search::parseSearch(text);
    if (!parsed) {
        parsed = search::SearchQuery{};
        parsed->text = text.trimmed().toLower();
    }
    setQuery(*parsed);
}

void ClusterFilterProxy::setQuery(const search::SearchQuery &query)
{
    if (query == m_query)
        return;
    if (query.text != m_query.text)
        m_messageMatches.clear(); // they belonged to the previous text
    m_query = query;
    invalidateFilter();
}

void ClusterFilterProxy::setMessageMatches(const QSet<QString> &fingerprints)
{
    m_messageMatches = fingerprints;
    invalidateFilter();
}

bool ClusterFilterProxy::isFiltering() const
{
    return m_severityMask != kAllSeverities || !m_service.isEmpty() || m_toNs > m_fromNs ||
           !m_query.isEmpty();
}

bool ClusterFilterProxy::acceptsTime(const QModelIndex &index) const
{
    if (m_toNs <= m_fromNs)
        return true;
    const qint64 first = index.data(ClusterTableModel::FirstSeenRole).toLongLong();
    const qint64 last = index.data(ClusterTableModel::LastSeenRole).toLongLong();
    if (last < m_fromNs || first >= m_toNs)
        return false;
    // The span overlaps; the histogram tells whether entries really fall inside.
    const auto *model = qobject_cast<const ClusterTableModel *>(sourceModel());
    const auto *c = model ? model->cluster(index.row()) : nullptr;
    if (!c || c->bucketSizeNs <= 0 || c->buckets.empty())
        return true;
    for (size_t b = 0; b < c->buckets.size(); ++b) {
        const qint64 start = c->bucketStartNs + c->bucketSizeNs * static_cast<qint64>(b);
        if (c->buckets[b] > 0 && start < m_toNs && start + c->bucketSizeNs > m_fromNs)
            return true;
    }
    return false;
}

void ClusterFilterProxy::setShowMuted(bool show)
{
    if (show == m_showMuted)
        return;
    m_showMuted = show;
    invalidateFilter();
}

int ClusterFilterProxy::mutedCount() const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return 0;
    int muted = 0;
    for (int r = 0; r < source->rowCount(); ++r)
        if (source->index(r, 0).data(ClusterTableModel::MutedRole).toBool() &&
            acceptsOtherThanMuted(r, {}))
            ++muted;
    return muted;
}

bool ClusterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_showMuted && sourceModel()
                            ->index(sourceRow, 0, sourceParent)
                            .data(ClusterTableModel::MutedRole)
                            .toBool())
        return false;
    return acceptsOtherThanMuted(sourceRow, sourceParent);
}

bool ClusterFilterProxy::acceptsOtherThanMuted(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Exact counts inside the range and severities, once they are known: nothing there, not shown.
    if (index.data(ClusterTableModel::FilteredCountRole).toLongLong() == 0)
        return false;
    const quint32 severities =
        m_severityMask & (m_query.severityMask ? m_query.severityMask : kAllSeverities);
    if (severities != kAllSeverities) {
        const auto counts =
            index.data(ClusterTableModel::SeverityCountsRole).value<QList<quint64>>();
        bool any = false;
        for (int s = 0; s < counts.size() && !any; ++s)
            any = (severities & (1u << s)) && counts.at(s) > 0;
        if (!any)
            return false;
    }
    if (!m_service.isEmpty() &&
        !index.data(ClusterTableModel::ServiceNamesRole).toStringList().contains(m_service))
        return false;
    if (!acceptsTime(index))
        return false;
    if (!m_query.services.isEmpty() || !m_query.excludedServices.isEmpty()) {
        if (!m_query.matchesServices(
                index.data(ClusterTableModel::ServiceNamesRole).toStringList()))
            return false;
    }
    if ((!m_query.revisions.isEmpty() || !m_query.excludedRevisions.isEmpty()) &&
        !m_query.matchesRevisions(index.data(ClusterTableModel::RevisionNamesRole).toStringList()))
        return false;
    if (m_query.text.isEmpty() && m_query.excluded.isEmpty())
        return true;
    const bool messageMatched =
        !m_query.text.isEmpty() &&
        m_messageMatches.contains(index.data(ClusterTableModel::FingerprintRole).toString());
    return m_query.matchesText(index.data(ClusterTableModel::SearchTextRole).toString(),
                               messageMatched);
}

bool ClusterFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Muted clusters sink below the rest whichever way a column is sorted (the view reverses
    // lessThan for a descending sort, so the answer is reversed with it).
    const bool lm = left.data(ClusterTableModel::MutedRole).toBool();
    const bool rm = right.data(ClusterTableModel::MutedRole).toBool();
    if (lm != rm)
        return sortOrder() == Qt::AscendingOrder ? rm : lm;
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Within one priority, what changed comes first: a regression, then something new, then
    // what is growing; steady and decreasing clusters after them.
    if (sortColumn() == ClusterTableModel::PriorityColumn) {
        const int lt =
            ClusterTableModel::trendRank(left.data(ClusterTableModel::TrendRole).toString());
        const int rt =
            ClusterTableModel::trendRank(right.data(ClusterTableModel::TrendRole).toString());
        if (lt != rt)
            return sortOrder() == Qt::AscendingOrder ? lt < rt : lt > rt;
    }
    // Ties (same priority, same severity) fall back to count, largest first whichever way the
    // column is sorted (the view reverses lessThan for a descending sort), then fingerprint,
    // so the order is stable across snapshots.
    const auto lc = left.sibling(left.row(), ClusterTableModel::CountColumn)
                        .data(ClusterTableModel::SortRole)
                        .toULongLong();
    const auto rc = right.sibling(right.row(), ClusterTableModel::CountColumn)
                        .data(ClusterTableModel::SortRole)
                        .toULongLong();
    if (lc != rc)
        return sortOrder() == Qt::AscendingOrder ? lc > rc : lc < rc;
    return left.data(ClusterTableModel::FingerprintRole).toString() <
           right.data(ClusterTableModel::FingerprintRole).toString();
}

} // namespace gardener
