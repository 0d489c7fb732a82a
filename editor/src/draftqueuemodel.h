#pragma once

#include <QAbstractListModel>
#include <QVector>

namespace gardener {

enum class DraftState
{
    New,      // generated, not yet looked at
    Edited,   // the user changed it
    Approved, // ready to post
    Posting,  // the app is sending it
    Posted,   // on GitHub (url set)
    Failed,   // posting failed (failureReason set); can be retried
};

struct DraftQueueEntry
{
    QString id;
    QString title;
    DraftState state = DraftState::New;
    QString failureReason;
    QString url;
};

// The drafts waiting for review, in the order the app gives them. The app owns the truth and
// feeds state changes in (upsert / setState); views read it. Items are identified by id.
class DraftQueueModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole,     // int(DraftState)
        StateTextRole, // translated state name
        FailureReasonRole,
        UrlRole,
    };

    explicit DraftQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QVector<DraftQueueEntry> &entries);
    // Updates the entry with the same id, or appends it.
    void upsert(const DraftQueueEntry &entry);
    // Returns false when no entry has that id.
    bool setState(const QString &id, DraftState state, const QString &failureReason = QString());
    bool setTitle(const QString &id, const QString &title);
    bool remove(const QString &id);

    int rowOf(const QString &id) const;
    DraftQueueEntry entry(int row) const;
    const QVector<DraftQueueEntry> &entries() const { return m_entries; }

    static QString stateText(DraftState state);

private:
    QVector<DraftQueueEntry> m_entries;
};

} // namespace gardener
