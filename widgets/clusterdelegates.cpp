#include "widgets/clusterdelegates.h"

#include "core/models/clustertablemodel.h"
#include "widgets/appstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace gardener {

namespace {

void drawBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionViewItem opt = option;
    opt.text.clear();
    opt.index = index;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QRect innerRect(const QStyleOptionViewItem &option, qreal heightShare)
{
    const int margin = option.fontMetrics.averageCharWidth();
    const int h = qMax(2, int(option.rect.height() * heightShare));
    QRect r = option.rect.adjusted(margin, 0, -margin, 0);
    r.setTop(option.rect.center().y() - h / 2);
    r.setHeight(h);
    return r;
}

bool isMuted(const QModelIndex &index)
{
    return index.data(ClusterTableModel::MutedRole).toBool();
}

// How much of its colour a muted row keeps.
constexpr qreal kMutedOpacity = 0.4;

} // namespace

void dimMutedRow(QStyleOptionViewItem *option, const QModelIndex &index)
{
    if (!isMuted(index))
        return;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        option->palette.setColor(group, QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
        option->palette.setColor(group, QPalette::WindowText,
                                 option->palette.color(QPalette::Disabled, QPalette::WindowText));
    }
}

void MutedRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    dimMutedRow(option, index);
}

void SeverityBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    drawBackground(painter, option, index);
    const auto counts = index.data(ClusterTableModel::SeverityCountsRole).value<QList<quint64>>();
    quint64 total = 0;
    for (quint64 n : counts)
        total += n;
    if (total == 0)
        return;
    const QRect r = innerRect(option, 0.45);
    painter->save();
    if (isMuted(index))
        painter->setOpacity(kMutedOpacity);
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    const qreal radius = r.height() / 3.0;
    clip.addRoundedRect(r, radius, radius);
    painter->setClipPath(clip);
    // Worst severity on the left, where the eye starts.
    qreal x = r.left();
    for (int s = int(counts.size()) - 1; s >= 0; --s) {
        if (counts.at(s) == 0)
            continue;
        const qreal w = qMax<qreal>(1.0, qreal(r.width()) * qreal(counts.at(s)) / qreal(total));
        painter->fillRect(QRectF(x, r.top(), w, r.height()), style::severityColor(Severity(s)));
        x += w;
    }
    painter->restore();
}

QSize SeverityBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {style::charWidth(option.fontMetrics, 12), option.fontMetrics.height()};
}

bool SeverityBarDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const auto counts = index.data(ClusterTableModel::SeverityCountsRole).value<QList<quint64>>();
    QStringList lines;
    const QLocale locale;
    for (int s = int(counts.size()) - 1; s >= 0; --s) {
        if (counts.at(s) > 0)
            lines << style::severityLabel(Severity(s)) + QStringLiteral(": ") +
                         locale.toString(counts.at(s));
    }
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), view);
    return true;
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    drawBackground(painter, option, index);
    const auto buckets = index.data(ClusterTableModel::BucketsRole).value<QList<quint32>>();
    if (buckets.isEmpty())
        return;
    quint32 peak = 0;
    for (quint32 n : buckets)
        peak = qMax(peak, n);
    if (peak == 0)
        return;
    const QRect r = innerRect(option, 0.7);
    const bool selected = option.state & QStyle::State_Selected;
    QStyleOptionViewItem dimmed = option;
    dimMutedRow(&dimmed, index);
    QColor line = dimmed.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor fill = line;
    fill.setAlphaF(0.25f);

    // Several buckets share a pixel column when the cell is narrow: keep each column's maximum,
    // so short bursts stay visible.
    const int columns = qMax(1, qMin(int(buckets.size()), r.width()));
    QList<quint32> values(columns, 0);
    for (int b = 0; b < buckets.size(); ++b) {
        const int c = int(qint64(b) * columns / buckets.size());
        values[c] = qMax(values[c], buckets.at(b));
    }
    QPainterPath path;
    const qreal step = columns > 1 ? qreal(r.width()) / (columns - 1) : 0.0;
    for (int c = 0; c < columns; ++c) {
        const QPointF p(r.left() + step * c,
                        r.bottom() - qreal(r.height()) * qreal(values.at(c)) / qreal(peak));
        if (c == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    QPainterPath area = path;
    area.lineTo(r.left() + step * (columns - 1), r.bottom());
    area.lineTo(r.left(), r.bottom());
    area.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(area, fill);
    painter->setPen(QPen(line, 1.2));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {style::charWidth(option.fontMetrics, 14), option.fontMetrics.height()};
}

SeverityTextDelegate::SeverityTextDelegate(int severityRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(severityRole)
{
}

void SeverityTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant v = index.data(m_role);
    const int dot = opt.fontMetrics.height() / 2;
    const Severity severity = v.canConvert<Severity>() ? v.value<Severity>() : Severity(v.toInt());
    QStyleOptionViewItem textOpt = opt;
    textOpt.rect.adjust(dot * 2, 0, 0, 0);
    drawBackground(painter, option, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Text without a second background, then the dot in the freed space.
    textOpt.backgroundBrush = Qt::NoBrush;
    textOpt.state &= ~QStyle::State_Selected;
    if (option.state & QStyle::State_Selected)
        textOpt.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    textOpt.showDecorationSelected = false;
    painter->save();
    style->drawItemText(painter, textOpt.rect.adjusted(dot / 2, 0, 0, 0),
                        int(Qt::AlignVCenter | Qt::AlignLeft), textOpt.palette, true,
                        opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textOpt.rect.width()),
                        QPalette::Text);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style::severityColor(severity));
    painter->drawEllipse(
        QRect(opt.rect.left() + dot / 2, opt.rect.center().y() - dot / 2, dot, dot));
    painter->restore();
}

} // namespace gardener
