#pragma once

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QTableView;

namespace gardener {

class EntryTableModel;
class LogStore;

// The entries behind the current selection or filter, in a virtual table (EntryTableModel):
// a million rows scroll like ten. Enter or a double click opens an entry in full.
class EntriesView final : public QWidget
{
    Q_OBJECT
public:
    explicit EntriesView(QWidget *parent = nullptr);

    void setEntries(std::shared_ptr<const LogStore> store,
                    std::shared_ptr<const std::vector<quint32>> rows, const QString &caption);
    void clear(const QString &caption);

    QTableView *table() const { return m_table; }
    EntryTableModel *model() const { return m_model; }
    QString caption() const;

    void saveState(const QString &key) const;
    void restoreState(const QString &key);

signals:
    void entryRequested(qulonglong entry);

private:
    void openCurrent();

    QLabel *m_caption = nullptr;
    QTableView *m_table = nullptr;
    EntryTableModel *m_model = nullptr;
};

} // namespace gardener
