#include "core/models/worklogbrowsermodel.h"

#include "core/worklog/worklogreader.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>

namespace gardener {

WorklogBrowserModel::WorklogBrowserModel(QObject *parent) : QAbstractTableModel(parent) {}

QDateTime WorklogBrowserModel::effectiveTime(const Item &item)
{
    if (item.data.generated.isValid())
        return item.data.generated;
    return QFileInfo(item.path).lastModified().toUTC();
}

void WorklogBrowserModel::setFolder(const QString &path)
{
    beginResetModel();
    m_folder = path;
    m_items.clear();
    m_errors.clear();
    if (!path.isEmpty()) {
        const QDir dir(path);
        const QFileInfoList files =
            dir.entryInfoList({QStringLiteral("*.md")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &info : files) {
            auto read = worklog::WorklogReader::readFile(info.absoluteFilePath());
            if (!read) {
                m_errors.append(read.error());
                continue;
            }
            m_items.append(Item{info.absoluteFilePath(), std::move(*read)});
        }
        // Newest first; the file name breaks ties so the order is stable across scans.
        std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
            const QDateTime ta = effectiveTime(a), tb = effectiveTime(b);
            if (ta != tb)
                return ta > tb;
            return a.path > b.path;
        });
    }
    endResetModel();
}

const WorklogBrowserModel::Item *WorklogBrowserModel::worklog(int row) const
{
    if (row < 0 || row >= m_items.size())
        return nullptr;
    return &m_items[row];
}

int WorklogBrowserModel::rowOf(const QString &path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].path == wanted)
            return i;
    }
    return -1;
}

int WorklogBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorklogBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Count);
}

QVariant WorklogBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_items.size() ||
        index.column() >= Count)
        return {};
    const Item &item = m_items[index.row()];
    const worklog::WorklogData &d = item.data;
    if (role == PathRole)
        return item.path;
    if (role == SortRole) {
        switch (index.column()) {
        case Generated:
            return effectiveTime(item);
        case Service:
            return d.service;
        case Clusters:
            return qint64(d.clusters.size());
        case Entries:
            return d.entriesAnalysed;
        case Actions:
            return qint64(d.actions.size());
        case File:
            return QFileInfo(item.path).fileName();
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (!d.warnings.isEmpty())
            return d.warnings.join(QLatin1Char('\n'));
        return item.path;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Clusters:
        case Entries:
        case Actions:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Generated: {
        const QDateTime t = effectiveTime(item);
        if (!d.generated.isValid() && !d.generatedText.isEmpty())
            return d.generatedText;
        return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
    }
    case Service:
        return d.service;
    case Clusters:
        return QString::number(d.clusters.size());
    case Entries:
        if (d.entriesAnalysed < 0)
            return QString();
        return QString(QLocale().toString(d.entriesAnalysed) +
                       (d.entriesLowerBound ? QStringLiteral("+") : QString()));
    case Actions:
        return QString::number(d.actions.size());
    case File:
        return QFileInfo(item.path).fileName();
    }
    return {};
}

QVariant WorklogBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Generated:
        return tr("Generated");
    case Service:
        return tr("Service");
    case Clusters:
        return tr("Clusters");
    case Entries:
        return tr("Entries");
    case Actions:
        return tr("Actions");
    case File:
        return tr("File");
    }
    return {};
}

} // namespace gardener
