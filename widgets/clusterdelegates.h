#pragma once

#include <QStyledItemDelegate>

namespace gardener {

// Greys the text of muted and expected clusters (ClusterTableModel::MutedRole); the table's
// default delegate.
class MutedRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// The palette of a muted row: text in the disabled colour.
void dimMutedRow(QStyleOptionViewItem *option, const QModelIndex &index);

// Draws a cluster's severity mix (ClusterTableModel::SeverityCountsRole) as a small stacked
// bar in severity colours; the tooltip lists the counts.
class SeverityBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

// Draws a cluster's time histogram (ClusterTableModel::BucketsRole) as a sparkline in the
// text colour of the row.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Entry-table severity cell: a coloured dot before the severity name.
class SeverityTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SeverityTextDelegate(int severityRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace gardener
