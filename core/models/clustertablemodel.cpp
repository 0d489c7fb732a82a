#include "core/models/clustertablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace gardener {

using clustering::IssueCluster;

namespace {

QString issueStateText(const QString &state)
{
    if (state == QLatin1String("open"))
        return ClusterTableModel::tr("open");
    if (state == QLatin1String("closed"))
        return ClusterTableModel::tr("closed");
    return state;
}

QString timeText(qint64 ns)
{
    if (ns == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

ClusterTableModel::ClusterTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClusterTableModel::clear()
{
    beginResetModel();
    m_set = {};
    m_rows.clear();
    m_fingerprints.clear();
    m_rowOf.clear();
    m_searchText.clear();
    endResetModel();
}

void ClusterTableModel::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_fingerprints.size());
    for (int r = 0; r < m_fingerprints.size(); ++r)
        m_rowOf.insert(m_fingerprints.at(r), r);
}

void ClusterTableModel::setClusterSet(const clustering::ClusterSet &set)
{
    const auto &clusters = set.clusters();
    if (m_rows.empty()) {
        beginResetModel();
        m_set = set;
        m_rows.resize(clusters.size());
        m_fingerprints.clear();
        for (size_t i = 0; i < clusters.size(); ++i) {
            m_rows[i] = static_cast<int>(i);
            m_fingerprints << clusters[i].fingerprint;
        }
        rebuildRowIndex();
        m_searchText.assign(clusters.size(), QString());
        endResetModel();
        return;
    }

    // 1. Remove rows whose cluster is gone, in contiguous runs from the bottom.
    int r = static_cast<int>(m_rows.size()) - 1;
    while (r >= 0) {
        if (set.clusterIndex(m_fingerprints.at(r)) >= 0) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && set.clusterIndex(m_fingerprints.at(first - 1)) < 0)
            --first;
        beginRemoveRows({}, first, r);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + r + 1);
        m_fingerprints.remove(first, r - first + 1);
        endRemoveRows();
        r = first - 1;
    }

    // 2. Point the remaining rows at the new snapshot and say their data changed.
    m_set = set;
    m_searchText.assign(clusters.size(), QString());
    std::vector<bool> shown(clusters.size(), false);
    for (size_t row = 0; row < m_rows.size(); ++row) {
        m_rows[row] = set.clusterIndex(m_fingerprints.at(static_cast<qsizetype>(row)));
        shown[static_cast<size_t>(m_rows[row])] = true;
    }
    rebuildRowIndex();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));

    // 3. Append the clusters that are new.
    std::vector<int> added;
    for (size_t i = 0; i < clusters.size(); ++i) {
        if (!shown[i])
            added.push_back(static_cast<int>(i));
    }
    if (!added.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (int i : added) {
            m_rows.push_back(i);
            m_fingerprints << clusters[static_cast<size_t>(i)].fingerprint;
            m_rowOf.insert(m_fingerprints.last(), static_cast<int>(m_rows.size()) - 1);
        }
        endInsertRows();
    }
}

int ClusterTableModel::rowOf(const QString &fingerprint) const
{
    return m_rowOf.value(fingerprint, -1);
}

const IssueCluster *ClusterTableModel::cluster(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_set.clusters()[static_cast<size_t>(m_rows[static_cast<size_t>(row)])];
}

int ClusterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClusterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClusterTableModel::locationText(const IssueCluster &c)
{
    if (c.locations.empty())
        return {};
    const auto &l = c.locations.front();
    QString text = l.file;
    if (l.line > 0)
        text += QLatin1Char(':') + QString::number(l.line);
    if (!l.function.isEmpty())
        text += QStringLiteral(" (") + l.function + QLatin1Char(')');
    if (c.locations.size() > 1)
        text += QStringLiteral(" +") + QString::number(c.locations.size() - 1);
    return text;
}

QString ClusterTableModel::servicesText(const IssueCluster &c)
{
    QStringList parts;
    for (const auto &s : c.services)
        parts << s.name;
    QString text = parts.join(QStringLiteral(", "));
    if (!c.revisions.empty()) {
        QStringList revs;
        for (const auto &rv : c.revisions)
            revs << rv.name;
        text += QStringLiteral(" · ") + revs.join(QStringLiteral(", "));
    }
    return text;
}

QVariant ClusterTableModel::displayData(const IssueCluster &c, int column) const
{
    switch (column) {
    case PriorityColumn: {
        const auto it = m_triage.constFind(c.fingerprint);
        if (it == m_triage.cend() || it->priority < 0)
            return QString(QChar(0x2014)); // not triaged yet
        return QStringLiteral("P%1").arg(it->priority);
    }
    case SeverityColumn:
        return QString::fromLatin1(severityName(c.maxSeverity));
    case NameColumn:
        return m_names.value(c.fingerprint, c.name);
    case CountColumn: {
        const ClusterRangeCounts *f = filteredCounts(int(&c - m_set.clusters().data()));
        if (!f)
            return QVariant::fromValue<quint64>(c.count);
        const QLocale locale;
        return tr("%1 of %2").arg(locale.toString(f->count), locale.toString(c.count));
    }
    case TimelineColumn:
        return {};
    case FirstSeenColumn:
        return timeText(c.firstSeenNs);
    case LastSeenColumn:
        return timeText(c.lastSeenNs);
    case LocationColumn:
        return locationText(c);
    case ServicesColumn:
        return servicesText(c);
    case TrendColumn: {
        const auto it = m_triage.constFind(c.fingerprint);
        if (it == m_triage.cend() || it->trend.isEmpty())
            return QString(QChar(0x2014));
        if (!it->trendText.isEmpty())
            return it->trendText;
        return QString(it->trend.left(1).toUpper() + it->trend.mid(1));
    }
    case IssueColumn: {
        const TriageView t = triageOf(c.fingerprint);
        if (t.issue <= 0)
            return QString();
        return t.issueState.isEmpty()
                   ? QStringLiteral("#%1").arg(t.issue)
                   : tr("#%1 · %2").arg(t.issue).arg(issueStateText(t.issueState));
    }
    default:
        return {};
    }
}

QString ClusterTableModel::trendText(const history::ClusterTrend &trend)
{
    const QString times =
        QStringLiteral("×%1").arg(QLocale().toString(trend.factor, 'f', trend.factor < 10 ? 1 : 0));
    switch (trend.trend) {
    case history::Trend::New:
        return tr("New");
    case history::Trend::Steady:
        return tr("Steady");
    case history::Trend::Escalating:
        return tr("Escalating %1").arg(times);
    case history::Trend::Decreasing:
        return tr("Decreasing %1").arg(times);
    case history::Trend::NotSeen:
        return tr("Not seen");
    case history::Trend::Regression:
        if (trend.regressedIssue <= 0)
            return tr("Regressed");
        return trend.regressedClosedAt.isValid()
                   ? tr("Regressed (#%1 closed %2)")
                         .arg(trend.regressedIssue)
                         .arg(QLocale().toString(trend.regressedClosedAt.toUTC().date(),
                                                 QLocale::ShortFormat))
                   : tr("Regressed (#%1)").arg(trend.regressedIssue);
    default:
        return tr("Unknown");
    }
}

int ClusterTableModel::trendRank(const QString &trendLabel)
{
    // The first word of the label names the state.
    static const QStringList order{QStringLiteral("regressed"), QStringLiteral("new"),
                                   QStringLiteral("escalating"), QStringLiteral("steady"),
                                   QStringLiteral("decreasing")};
    QString state = trendLabel.section(QLatin1Char(' '), 0, 0).toLower();
    if (state == QLatin1String("regression"))
        state = QStringLiteral("regressed");
    const qsizetype at = order.indexOf(state);
    return at < 0 ? int(order.size()) : int(at);
}

QVariant ClusterTableModel::sortData(const IssueCluster &c, int column) const
{
    switch (column) {
    case PriorityColumn: {
        // Most urgent first when ascending; untriaged clusters last.
        const auto it = m_triage.constFind(c.fingerprint);
        return it == m_triage.cend() || it->priority < 0 ? 7 : it->priority;
    }
    case SeverityColumn:
        // Worst severity first, then how many entries have it.
        return QVariant::fromValue<quint64>(
            (quint64(severityIndex(c.maxSeverity)) << 48) +
            qMin<quint64>(c.severities[size_t(severityIndex(c.maxSeverity))], (1ULL << 48) - 1));
    case NameColumn:
        return m_names.value(c.fingerprint, c.name).toLower();
    case CountColumn: {
        const ClusterRangeCounts *f = filteredCounts(int(&c - m_set.clusters().data()));
        return QVariant::fromValue<quint64>(f ? f->count : c.count);
    }
    case TimelineColumn:
        return c.lastSeenNs; // most recently active
    case FirstSeenColumn:
        return c.firstSeenNs;
    case LastSeenColumn:
        return c.lastSeenNs;
    case LocationColumn:
        return locationText(c).toLower();
    case ServicesColumn:
        return servicesText(c).toLower();
    case TrendColumn: {
        const auto it = m_triage.constFind(c.fingerprint);
        return trendRank(it == m_triage.cend() ? QString() : it->trend);
    }
    case IssueColumn: {
        // Open issues first, then closed ones, then clusters without an issue; by number within.
        const TriageView t = triageOf(c.fingerprint);
        const qint64 group = t.issue <= 0 ? 2 : t.issueState == QLatin1String("closed") ? 1 : 0;
        return QVariant::fromValue<qint64>(group * (qint64(1) << 32) + qMax(0, t.issue));
    }
    default:
        return {};
    }
}

QVariant ClusterTableModel::toolTip(const IssueCluster &c, int column) const
{
    if (column == NameColumn && !c.templates.empty())
        return m_set.templates()[c.templates.front()].text;
    if (column == PriorityColumn) {
        const auto it = m_triage.constFind(c.fingerprint);
        if (it == m_triage.cend() || it->priority < 0)
            return tr("Not triaged");
        QStringList lines{tr("P%1 · %2 · %3").arg(it->priority).arg(it->category, it->trend)};
        if (it->expected)
            lines << tr("Expected behaviour");
        lines << it->explanation;
        return lines.join(QLatin1Char('\n'));
    }
    if (column == IssueColumn) {
        const TriageView t = triageOf(c.fingerprint);
        if (t.issue <= 0)
            return tr("No GitHub issue is linked to this cluster");
        return t.issueUrl.isEmpty() ? tr("Issue #%1 (its address is not known)").arg(t.issue)
                                    : tr("Open %1 in the browser (click or Enter)").arg(t.issueUrl);
    }
    return displayData(c, column);
}

QVariant ClusterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int ci = m_rows[static_cast<size_t>(index.row())];
    const IssueCluster &c = m_set.clusters()[static_cast<size_t>(ci)];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, index.column());
    case Qt::EditRole:
        return index.column() == NameColumn ? displayData(c, index.column()) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(c, index.column());
    case Qt::AccessibleTextRole:
        return accessibleText(c, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == PriorityColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    default:
        return roleData(ci, c, index.column(), role);
    }
}

// The severity bars and the sparkline are painted by delegates; screen readers get words.
QVariant ClusterTableModel::accessibleText(const IssueCluster &c, int column) const
{
    if (column == SeverityColumn) {
        QStringList counts;
        for (int s = SeverityCount - 1; s >= 0; --s)
            if (c.severities[size_t(s)] > 0)
                counts << QStringLiteral("%1 %2")
                              .arg(QString::fromLatin1(severityName(Severity(s))))
                              .arg(c.severities[size_t(s)]);
        return tr("Entries by severity: %1").arg(counts.join(QStringLiteral(", ")));
    }
    if (column == TimelineColumn)
        return tr("Active from %1 to %2 UTC").arg(timeText(c.firstSeenNs), timeText(c.lastSeenNs));
    return displayData(c, column);
}

// The roles the views and the filters ask for beside what is shown.
QVariant ClusterTableModel::roleData(int ci, const IssueCluster &c, int column, int role) const
{
    switch (role) {
    case SortRole:
        return sortData(c, column);
    case FingerprintRole:
        return c.fingerprint;
    case ClusterIndexRole:
        return ci;
    case SeverityCountsRole: {
        const ClusterRangeCounts *f = filteredCounts(ci);
        const SeverityCounts &s = f ? f->severities : c.severities;
        return QVariant::fromValue(QList<quint64>(s.begin(), s.end()));
    }
    case FilteredCountRole: {
        const ClusterRangeCounts *f = filteredCounts(ci);
        return f ? qint64(f->count) : qint64(-1);
    }
    case TotalCountRole:
        return QVariant::fromValue<quint64>(c.count);
    case MaxSeverityRole:
        return severityIndex(c.maxSeverity);
    case PriorityRole: {
        const auto it = m_triage.constFind(c.fingerprint);
        return it == m_triage.cend() ? -1 : it->priority;
    }
    case TrendRole: {
        const auto it = m_triage.constFind(c.fingerprint);
        return it == m_triage.cend() ? QString() : it->trend;
    }
    case IssueUrlRole:
        return triageOf(c.fingerprint).issueUrl;
    case MutedRole:
        return isMuted(c.fingerprint);
    case BucketsRole: {
        const ClusterRangeCounts *f = filteredCounts(ci);
        const std::vector<quint32> &b = f ? f->buckets : c.buckets;
        return QVariant::fromValue(QList<quint32>(b.begin(), b.end()));
    }
    case FirstSeenRole:
        return c.firstSeenNs;
    case LastSeenRole:
        return c.lastSeenNs;
    case ServiceNamesRole: {
        QStringList names;
        for (const auto &s : c.services)
            names << s.name;
        return names;
    }
    case RevisionNamesRole: {
        QStringList names;
        for (const auto &rv : c.revisions)
            names << rv.name;
        return names;
    }
    case SearchTextRole: {
        QString &text = m_searchText[static_cast<size_t>(ci)];
        if (text.isEmpty()) {
            QStringList parts{c.name};
            for (quint32 t : c.templates)
                parts << m_set.templates()[t].text;
            text = parts.join(QLatin1Char('\n')).toLower();
        }
        return text;
    }
    default:
        return {};
    }
}

void ClusterTableModel::setTriage(QHash<QString, TriageView> triage)
{
    m_triage = std::move(triage);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

ClusterTableModel::TriageView ClusterTableModel::triageOf(const QString &fingerprint) const
{
    TriageView t = m_triage.value(fingerprint);
    const auto posted = m_posted.constFind(fingerprint);
    if (posted != m_posted.cend() && (t.issue != posted->issue || t.issueUrl.isEmpty())) {
        if (t.issue != posted->issue)
            t.issueState = QStringLiteral("open"); // just created or commented on
        t.issue = posted->issue;
        t.issueUrl = posted->url;
    }
    return t;
}

bool ClusterTableModel::isMuted(const QString &fingerprint) const
{
    const auto it = m_triage.constFind(fingerprint);
    return it != m_triage.cend() && it->expected;
}

void ClusterTableModel::setFilteredCounts(std::shared_ptr<const FilteredCounts> counts)
{
    if (!counts && !m_filtered)
        return;
    m_filtered = std::move(counts);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const ClusterRangeCounts *ClusterTableModel::filteredCounts(int clusterIndex) const
{
    if (!hasFilteredCounts() || clusterIndex < 0 ||
        size_t(clusterIndex) >= m_filtered->clusters.size())
        return nullptr;
    return &m_filtered->clusters[size_t(clusterIndex)];
}

void ClusterTableModel::setPostedIssue(const QString &fingerprint, int issue, const QString &url)
{
    if (fingerprint.isEmpty() || issue <= 0)
        return;
    m_posted.insert(fingerprint, Posted{issue, url});
    const int row = rowOf(fingerprint);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, IssueColumn), index(row, IssueColumn));
}

Qt::ItemFlags ClusterTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ClusterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const IssueCluster &c =
        m_set.clusters()[static_cast<size_t>(m_rows[static_cast<size_t>(index.row())])];
    const QString name = value.toString().simplified();
    if (name.isEmpty())
        m_names.remove(c.fingerprint);
    else
        m_names.insert(c.fingerprint, name);
    Q_EMIT dataChanged(index, index);
    Q_EMIT nameEdited(c.fingerprint, name);
    return true;
}

void ClusterTableModel::setNames(QHash<QString, QString> names)
{
    m_names = std::move(names);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
}

QVariant ClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PriorityColumn:
            return tr("Triage priority from the rules (hover a cell for why)");
        case SeverityColumn:
            return tr("Entries by severity; sorts by the worst severity");
        case TimelineColumn:
            return tr("Entries over time; sorts by last activity");
        case TrendColumn:
            return tr("Since the last run: regressed, new, escalating (by how much), steady or "
                      "decreasing");
        case IssueColumn:
            return tr("The GitHub issue linked to the cluster and its state; click to open it");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case SeverityColumn:
        return tr("Severity");
    case NameColumn:
        return tr("Issue");
    case CountColumn:
        return tr("Count");
    case TimelineColumn:
        return tr("Timeline");
    case FirstSeenColumn:
        return tr("First seen (UTC)");
    case LastSeenColumn:
        return tr("Last seen (UTC)");
    case LocationColumn:
        return tr("Source");
    case ServicesColumn:
        return tr("Services");
    case TrendColumn:
        return tr("Trend");
    case IssueColumn:
        return tr("Linked issue");
    default:
        return {};
    }
}

} // namespace gardener
