#pragma once

#include "core/util/error.h"
#include "core/worklog/worklogdata.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace gardener {

// One row per worklog (*.md) in a folder, newest first, for browsing past worklogs. Each file
// is read with WorklogReader when the folder is set; files that cannot be read are listed in
// errors() instead of rows. QtCore only, so it can be tested without a display.
class WorklogBrowserModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Generated,
        Service,
        Clusters,
        Entries,
        Actions,
        File,
        Count
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value per column (QDateTime, qint64, QString)
        PathRole,                    // absolute path of the worklog file
    };

    struct Item
    {
        QString path;
        worklog::WorklogData data;
    };

    explicit WorklogBrowserModel(QObject *parent = nullptr);

    // Scans `path` (not its subfolders) for *.md files and reads them. An empty or missing
    // folder gives an empty model. Re-reads everything when called again with the same path.
    void setFolder(const QString &path);
    void refresh() { setFolder(m_folder); }
    QString folder() const { return m_folder; }
    const QList<Error> &errors() const { return m_errors; }

    // The worklog of a row; nullptr when out of range.
    const Item *worklog(int row) const;
    // Row of a file path, -1 when absent.
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The time a worklog is sorted by: its stated time, else the file's modification time.
    static QDateTime effectiveTime(const Item &item);

private:
    QString m_folder;
    QList<Item> m_items;
    QList<Error> m_errors;
};

} // namespace gardener
