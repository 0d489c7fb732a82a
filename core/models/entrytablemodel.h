#pragma once

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace gardener {

class LogStore;

// A virtual table over a LogStore: data() reads the columns on demand, so a million rows cost no
// per-row objects. The store must no longer be appended to while the model shows it.
//
// The rows (all entries, or a given list of entry indices) are handed to views a page at a time
// (canFetchMore/fetchMore): a QTableView keeps a header section per row, and taking 4M rows in one
// reset cost its UI thread over 100 ms when the sections' memory was fresh, a page a few ms.
// rowCount() is the rows fetched so far, totalRows() every row of the selection.
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
    // Store index of a row (fetched or not), or -1.
    qint64 entryIndex(int row) const;
    int totalRows() const;
    int pageRows() const { return m_pageRows; }
    // Rows handed out by setEntries and by each fetchMore (at least 1).
    void setPageRows(int rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Longest message text shown in a cell; the full text is in the entry's detail.
    static constexpr int MaxMessageChars = 400;
    // 2 MB of header sections per page.
    static constexpr int DefaultPageRows = 1 << 18;

private:
    std::shared_ptr<const LogStore> m_store;
    std::shared_ptr<const std::vector<quint32>> m_rows;
    int m_fetched = 0;
    int m_pageRows = DefaultPageRows;
    bool m_fetching = false;
};

} // namespace gardener
