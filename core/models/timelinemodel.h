#pragma once

#include "core/logs/timelinedata.h"

#include <QAbstractTableModel>

namespace gardener {

// Entries over time for the chart: one row per time bucket, one column per severity, each cell
// the number of entries. The vertical header gives the bucket's start time.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        BucketStartRole = Qt::UserRole + 1, // qint64 ms since the epoch (UTC)
        BucketEndRole,                      // qint64 ms, exclusive
        RowTotalRole,                       // quint64 entries in the bucket, all severities
        SeverityRole,                       // the column's gardener::Severity
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // Swaps in a new timeline (UI thread). Emits a model reset.
    void setTimeline(TimelineData data);
    const TimelineData &timeline() const { return m_data; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TimelineData m_data;
};

} // namespace gardener
