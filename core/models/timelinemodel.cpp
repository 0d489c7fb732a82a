#include "core/models/timelinemodel.h"

#include <QDateTime>

namespace gardener {

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void TimelineModel::setTimeline(TimelineData data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.buckets.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SeverityCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &bucket = m_data.buckets[static_cast<size_t>(index.row())];
    const qint64 startMs = (m_data.startNs + m_data.bucketNs * index.row()) / 1'000'000;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return QVariant::fromValue<quint64>(bucket[static_cast<size_t>(index.column())]);
    case BucketStartRole:
        return startMs;
    case BucketEndRole:
        return startMs + m_data.bucketNs / 1'000'000;
    case RowTotalRole: {
        quint64 sum = 0;
        for (quint64 n : bucket)
            sum += n;
        return QVariant::fromValue<quint64>(sum);
    }
    case SeverityRole:
        return QVariant::fromValue(static_cast<Severity>(index.column()));
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= SeverityCount)
            return {};
        if (role == Qt::DisplayRole)
            return QString::fromLatin1(severityName(static_cast<Severity>(section)));
        if (role == SeverityRole)
            return QVariant::fromValue(static_cast<Severity>(section));
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const qint64 startMs = (m_data.startNs + m_data.bucketNs * section) / 1'000'000;
    if (role == Qt::DisplayRole)
        return QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(Qt::ISODate);
    if (role == BucketStartRole)
        return startMs;
    return {};
}

} // namespace gardener
