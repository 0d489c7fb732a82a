#pragma once

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QTableView;
class QTimer;

namespace gardener {

class EntryTableModel;
class LogStore;

// The entries behind the current selection or filter, in a virtual table (EntryTableModel):
// a million rows scroll like ten. Enter or a double click opens an entry in full. A long
// selection arrives a page of rows per event (EntryTableModel::fetchMore), so the window keeps
// reacting: the first FilledPages pages at once, more as the table is scrolled to its end.
class EntriesView final : public QWidget
{
    Q_OBJECT
public:
    // 4 pages of 256k rows: the table's vertical header then holds at most 8 MB of sections.
    static constexpr int FilledPages = 4;

    explicit EntriesView(QWidget *parent = nullptr);

    void setEntries(std::shared_ptr<const LogStore> store,
                    std::shared_ptr<const std::vector<quint32>> rows, const QString &caption);
    void clear(const QString &caption);

    QTableView *table() const { return m_table; }
    EntryTableModel *model() const { return m_model; }
    QString caption() const;

    void saveState(const QString &key) const;
    void restoreState(const QString &key);

Q_SIGNALS:
    void entryRequested(qulonglong entry);

private:
    void openCurrent();
    void fillInPages();
    void showCaption();

    QLabel *m_caption = nullptr;
    QString m_selectionCaption; // what the selection is, from the page
    QTableView *m_table = nullptr;
    EntryTableModel *m_model = nullptr;
    QTimer *m_fill = nullptr;
};

} // namespace gardener
