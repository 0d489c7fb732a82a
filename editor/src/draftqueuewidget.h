#pragma once

#include "editor/src/draftqueuemodel.h"

#include <QStyledItemDelegate>
#include <QWidget>

class QListView;
class QPushButton;

namespace gardener {

// Paints a queue row: the title, a coloured state badge, and for failed drafts the reason.
class DraftQueueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QColor stateColour(DraftState state, bool dark);
};

// The list of drafts with their state, and "Retry" for failed ones. It owns its model; the app
// feeds it through model() and follows currentDraftChanged / retryRequested.
class DraftQueueWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit DraftQueueWidget(QWidget *parent = nullptr);

    DraftQueueModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    QString currentDraftId() const;
    bool setCurrentDraft(const QString &id);
    // Moves to the next draft (Ctrl+PgDown in the review widget); false at the end.
    bool selectNext();
    bool selectPrevious();

Q_SIGNALS:
    void currentDraftChanged(const QString &id);
    void retryRequested(const QString &id);

private:
    void updateRetry();

    DraftQueueModel *m_model;
    QListView *m_view;
    QPushButton *m_retry;
};

} // namespace gardener
