#include "editor/src/draftqueuewidget.h"

#include "editor/src/highlighting.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace gardener {

namespace {
constexpr int padding = 6;
constexpr int titleLines = 2;

// The title in at most titleLines lines of `width`, broken at spaces, the last one elided.
QStringList wrapTitle(const QString &title, const QFontMetrics &fm, int width)
{
    QStringList lines;
    QString rest = title.simplified();
    while (!rest.isEmpty() && lines.size() < titleLines - 1 && fm.horizontalAdvance(rest) > width) {
        qsizetype cut = rest.size();
        while (cut > 0 && fm.horizontalAdvance(rest.left(cut)) > width)
            cut = rest.lastIndexOf(QLatin1Char(' '), cut - 1);
        if (cut <= 0)
            break; // one long word: elide it below
        lines << rest.left(cut);
        rest = rest.mid(cut + 1);
    }
    if (!rest.isEmpty())
        lines << fm.elidedText(rest, Qt::ElideRight, width);
    return lines;
}
} // namespace

QColor DraftQueueDelegate::stateColour(DraftState state, bool dark)
{
    switch (state) {
    case DraftState::New:
        return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
    case DraftState::Edited:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
    case DraftState::Approved:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
    case DraftState::Posting:
        return dark ? QColor(0xa7, 0x8b, 0xfa) : QColor(0x6d, 0x28, 0xd9);
    case DraftState::Posted:
        return dark ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x4b, 0x55, 0x63);
    case DraftState::Failed:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    }
    return QColor();
}

void DraftQueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection

    const auto state = DraftState(index.data(DraftQueueModel::StateRole).toInt());
    const bool dark = highlighting::isDark(opt.palette);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = opt.rect.adjusted(padding, padding / 2, -padding, -padding / 2);

    painter->save();
    // State badge on the right: rounded outline in the state's colour.
    QFont badgeFont = opt.font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    badgeFont.setBold(true);
    const QFontMetrics badgeMetrics(badgeFont);
    const QString badgeText = index.data(DraftQueueModel::StateTextRole).toString();
    const int badgeWidth = badgeMetrics.horizontalAdvance(badgeText) + 2 * padding;
    const int lineHeight = opt.fontMetrics.height();
    const QRect badge(r.right() - badgeWidth, r.top() + (lineHeight - badgeMetrics.height()) / 2,
                      badgeWidth, badgeMetrics.height() + 2);
    const QColor colour = selected ? text : stateColour(state, dark);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(colour);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setFont(badgeFont);
    painter->drawText(badge, Qt::AlignCenter, badgeText);

    painter->setFont(opt.font);
    painter->setPen(text);
    // Titles share their start ("GCP-regression | P1 | …"): two lines show what differs.
    const int titleWidth = r.width() - badgeWidth - padding;
    const QStringList lines = wrapTitle(title, opt.fontMetrics, titleWidth);
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QRect(r.left(), r.top() + i * lineHeight, titleWidth, lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));

    const QString reason = index.data(DraftQueueModel::FailureReasonRole).toString();
    if (state == DraftState::Failed && !reason.isEmpty()) {
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->setPen(selected ? text : stateColour(state, dark));
        const QRect reasonRect(r.left(), r.top() + titleLines * lineHeight, r.width(),
                               QFontMetrics(small).height());
        painter->drawText(
            reasonRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(reason, Qt::ElideRight, reasonRect.width()));
    }
    painter->restore();
}

QSize DraftQueueDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const int lines =
        titleLines +
        (DraftState(index.data(DraftQueueModel::StateRole).toInt()) == DraftState::Failed ? 1 : 0);
    return QSize(200, lines * option.fontMetrics.height() + padding + 2);
}

DraftQueueWidget::DraftQueueWidget(QWidget *parent)
    : QWidget(parent), m_model(new DraftQueueModel(this)), m_view(new QListView(this)),
      m_retry(new QPushButton(tr("&Retry"), this))
{
    auto *heading = new QLabel(tr("Drafts"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DraftQueueDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(false);
    m_view->setAccessibleName(tr("Draft queue"));
    m_retry->setToolTip(tr("Post the selected failed draft again"));
    m_retry->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_retry, 0, Qt::AlignRight);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                updateRetry();
                Q_EMIT currentDraftChanged(current.data(DraftQueueModel::IdRole).toString());
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DraftQueueWidget::updateRetry);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DraftQueueWidget::updateRetry);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QString id = currentDraftId();
        if (!id.isEmpty())
            Q_EMIT retryRequested(id);
    });
}

QString DraftQueueWidget::currentDraftId() const
{
    return m_view->currentIndex().data(DraftQueueModel::IdRole).toString();
}

bool DraftQueueWidget::setCurrentDraft(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row));
    return true;
}

bool DraftQueueWidget::selectNext()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0;
    if (row >= m_model->rowCount())
        return false;
    m_view->setCurrentIndex(m_model->index(row));
    return true;
}

bool DraftQueueWidget::selectPrevious()
{
    const int row = m_view->currentIndex().row() - 1;
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row));
    return true;
}

void DraftQueueWidget::updateRetry()
{
    const QModelIndex current = m_view->currentIndex();
    m_retry->setEnabled(current.isValid() &&
                        DraftState(current.data(DraftQueueModel::StateRole).toInt()) ==
                            DraftState::Failed);
}

} // namespace gardener
