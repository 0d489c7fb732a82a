#pragma once

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace gardener {

class LogStore;

// A virtual table over a LogStore: rowCount is the number of entries (all, or a given list of
// entry indices) and data() reads the columns on demand, so a million rows cost no per-row
// objects. The store must no longer be appended to while the model shows it.
class EntryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // ErrorGroupColumn: the entry's Error Reporting group (errorGroups[0].id), empty when none.
    enum Column
    {
        TimeColumn,
        SeverityColumn,
        ServiceColumn,
        MessageColumn,
        LocationColumn,
        ErrorGroupColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: ns, severity index, text
        EntryIndexRole,              // qulonglong index into the store
        SeverityRole,                // gardener::Severity of the row
        ErrorGroupUrlRole,           // the group's page in the Error Reporting console, or empty
    };

    explicit EntryTableModel(QObject *parent = nullptr);

    // Shows every entry of `store` (rows == nullptr) or only the listed entry indices, in the
    // list's order. Resets the model.
    void setEntries(std::shared_ptr<const LogStore> store,
                    std::shared_ptr<const std::vector<quint32>> rows = {});
    void clear();
    const std::shared_ptr<const LogStore> &store() const { return m_store; }
    // Store index of a row, or -1.
    qint64 entryIndex(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Longest message text shown in a cell; the full text is in the entry's detail.
    static constexpr int MaxMessageChars = 400;

private:
    std::shared_ptr<const LogStore> m_store;
    std::shared_ptr<const std::vector<quint32>> m_rows;
};

} // namespace gardener
