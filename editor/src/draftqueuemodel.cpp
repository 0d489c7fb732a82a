#include "editor/src/draftqueuemodel.h"

namespace gardener {

DraftQueueModel::DraftQueueModel(QObject *parent) : QAbstractListModel(parent) {}

int DraftQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DraftQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DraftQueueEntry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.title.isEmpty() ? tr("(untitled)") : entry.title;
    case Qt::ToolTipRole: {
        QString tip;
        if (entry.state == DraftState::Failed)
            tip = tr("%1\nPosting failed: %2").arg(entry.title, entry.failureReason);
        else if (entry.state == DraftState::Posted && !entry.url.isEmpty())
            tip = tr("%1\nPosted: %2").arg(entry.title, entry.url);
        else
            tip = tr("%1\n%2").arg(entry.title, stateText(entry.state));
        // As rich text, Qt wraps a tooltip to a readable width instead of one line wider than
        // the screen (long server messages).
        return QStringLiteral("<qt>%1</qt>")
            .arg(tip.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    case IdRole:
        return entry.id;
    case StateRole:
        return int(entry.state);
    case StateTextRole:
        return stateText(entry.state);
    case FailureReasonRole:
        return entry.failureReason;
    case UrlRole:
        return entry.url;
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> DraftQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "draftId");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(FailureReasonRole, "failureReason");
    names.insert(UrlRole, "url");
    return names;
}

void DraftQueueModel::setEntries(const QVector<DraftQueueEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void DraftQueueModel::upsert(const DraftQueueEntry &entry)
{
    const int row = rowOf(entry.id);
    if (row >= 0) {
        m_entries[row] = entry;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const int end = int(m_entries.size());
    beginInsertRows(QModelIndex(), end, end);
    m_entries.append(entry);
    endInsertRows();
}

bool DraftQueueModel::setState(const QString &id, DraftState state, const QString &failureReason)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    DraftQueueEntry &entry = m_entries[row];
    entry.state = state;
    entry.failureReason = state == DraftState::Failed ? failureReason : QString();
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

bool DraftQueueModel::setTitle(const QString &id, const QString &title)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_entries[row].title = title;
    Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::ToolTipRole});
    return true;
}

bool DraftQueueModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.remove(row);
    endRemoveRows();
    return true;
}

int DraftQueueModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return i;
    return -1;
}

DraftQueueEntry DraftQueueModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row] : DraftQueueEntry();
}

QString DraftQueueModel::stateText(DraftState state)
{
    switch (state) {
    case DraftState::New:
        return tr("New");
    case DraftState::Edited:
        return tr("Edited");
    case DraftState::Approved:
        return tr("Approved");
    case DraftState::Posting:
        return tr("Posting…");
    case DraftState::Posted:
        return tr("Posted");
    case DraftState::Failed:
        return tr("Failed");
    }
    return QString();
}

} // namespace gardener
