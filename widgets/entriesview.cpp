#include "widgets/entriesview.h"

#include "core/models/entrytablemodel.h"
#include "widgets/appstyle.h"
#include "widgets/clusterdelegates.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace gardener {

namespace {

// Enter opens the entry, like a double click.
class EntryTable final : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onActivate) {
            onActivate();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

EntriesView::EntriesView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("entriesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("entriesCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    auto *table = new EntryTable(this);
    m_table = table;
    m_table->setObjectName(QStringLiteral("entriesTable"));
    m_table->setAccessibleName(tr("Log entries"));
    m_table->setToolTip(tr("Press Enter or double-click to open an entry"));
    m_model = new EntryTableModel(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(
        EntryTableModel::SeverityColumn,
        new SeverityTextDelegate(EntryTableModel::SeverityRole, this));
    // Fixed row heights: the view then never measures rows, which keeps 1M rows smooth.
    auto *vertical = m_table->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 3);
    vertical->hide();
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int cw = style::charWidth(this, 1);
    header->resizeSection(
        EntryTableModel::TimeColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59.999")) + cw * 3);
    header->resizeSection(EntryTableModel::SeverityColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("EMERGENCY")) + cw * 5);
    header->resizeSection(EntryTableModel::ServiceColumn, cw * 28);
    header->resizeSection(EntryTableModel::LocationColumn, cw * 28);
    header->resizeSection(EntryTableModel::MessageColumn, cw * 90);
    header->moveSection(EntryTableModel::LocationColumn, EntryTableModel::MessageColumn);
    header->resizeSection(EntryTableModel::ErrorGroupColumn, cw * 16);
    // Before the message, which stretches as the last column.
    header->moveSection(header->visualIndex(EntryTableModel::ErrorGroupColumn),
                        header->visualIndex(EntryTableModel::MessageColumn));
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != EntryTableModel::ErrorGroupColumn)
            return;
        if (const QUrl url(index.data(EntryTableModel::ErrorGroupUrlRole).toString());
            url.isValid() && !url.isEmpty())
            QDesktopServices::openUrl(url);
    });

    fillInPages();
    table->onActivate = [this] { openCurrent(); };
    connect(m_table, &QTableView::doubleClicked, this, [this] { openCurrent(); });
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
}

// The rest of a selection, a page per pass of the event loop (not all at once, which is what
// stalled the window at 4M entries), up to FilledPages pages; beyond that the table fetches a page
// when it is scrolled to its end. Not every row of 4M: the header's sections would take 32 MB,
// and the pages that grew them past a few MB cost up to 64 ms of the UI thread each (measured).
void EntriesView::fillInPages()
{
    m_fill = new QTimer(this);
    m_fill->setSingleShot(true);
    m_fill->setInterval(0);
    connect(m_fill, &QTimer::timeout, m_model, [this] { m_model->fetchMore({}); });
    const auto fillOn = [this] {
        if (m_model->canFetchMore({}) && m_model->rowCount() < FilledPages * m_model->pageRows())
            m_fill->start();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fillOn);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fillOn);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntriesView::showCaption);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EntriesView::showCaption);
}

// A selection larger than the table holds says so: the caption counts every entry, the table
// only the pages it has taken, and scrolling to its end is how to reach the rest.
void EntriesView::showCaption()
{
    const int shown = m_model->rowCount();
    m_caption->setText(
        shown < m_model->totalRows()
            ? m_selectionCaption + QStringLiteral(" · ") +
                  tr("the first %Ln shown, more as you scroll to the end", nullptr, shown)
            : m_selectionCaption);
}

void EntriesView::setEntries(std::shared_ptr<const LogStore> store,
                             std::shared_ptr<const std::vector<quint32>> rows,
                             const QString &caption)
{
    m_selectionCaption = caption;
    m_model->setEntries(std::move(store), std::move(rows));
    showCaption();
}

void EntriesView::clear(const QString &caption)
{
    m_selectionCaption = caption;
    m_model->clear();
    showCaption();
}

QString EntriesView::caption() const
{
    return m_caption->text();
}

void EntriesView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 e = m_model->entryIndex(current.row());
    if (e >= 0)
        Q_EMIT entryRequested(qulonglong(e));
}

void EntriesView::saveState(const QString &key) const
{
    QSettings().setValue(key, m_table->horizontalHeader()->saveState());
}

void EntriesView::restoreState(const QString &key)
{
    const QByteArray state = QSettings().value(key).toByteArray();
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace gardener
