#pragma once

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>

namespace gardener {

namespace jobdetail {
// What a tracker shares with the workers of its jobs, so a worker may outlive both the tracker
// and the receiver without touching either.
struct Channel
{
    std::mutex mutex;            // held while posting, so the receiver cannot go meanwhile
    QObject *receiver = nullptr; // null once the receiver or the tracker is gone
    std::atomic<quint64> current{0};
};
} // namespace jobdetail

// One job as the worker that runs it sees it: whether it should stop, and the way back.
// Copies are cheap; a default-constructed ticket belongs to no job and delivers nothing.
class JobTicket
{
public:
    JobTicket() = default;

    quint64 id() const { return m_id; }
    // Raised once the job is superseded or cancelled: a worker polls it to stop early.
    const std::atomic_bool *cancelFlag() const { return m_cancel.get(); }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

    // Queues fn() to the receiver's thread. It runs there only if the receiver still exists and
    // the job is still the tracker's current one when the event arrives; otherwise it is
    // dropped. Any thread.
    template <typename Fn> void deliver(Fn fn) const
    {
        if (!m_channel)
            return;
        const std::lock_guard lock(m_channel->mutex);
        if (!m_channel->receiver)
            return;
        QMetaObject::invokeMethod(
            m_channel->receiver,
            [channel = m_channel, id = m_id, fn = std::move(fn)]() mutable {
                if (channel->current.load() == id)
                    fn();
            },
            Qt::QueuedConnection);
    }

private:
    friend class JobTracker;
    std::shared_ptr<jobdetail::Channel> m_channel;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_id = 0;
};

// Keeps one kind of background work of a receiver current (a load, a query, a search): each
// start() supersedes the job before it, raising its cancel flag, and from then on the results
// of the older job are dropped. Results go back through the job's ticket (JobTicket::deliver),
// so they arrive on the receiver's thread, never after the receiver or the tracker is gone and
// never from a job that is no longer current.
//
// Thread: create, start and cancel on the receiver's thread; tickets work on any thread.
class JobTracker
{
public:
    explicit JobTracker(QObject *receiver);
    // Cancels the current job; nothing is delivered after this.
    ~JobTracker();
    JobTracker(const JobTracker &) = delete;
    JobTracker &operator=(const JobTracker &) = delete;

    // A new current job; the one before is cancelled and its results are dropped.
    JobTicket start();
    // The current job again, for more work that belongs to it (it is superseded with it).
    JobTicket current() const;
    // No job is current any more: the running one is cancelled and its results are dropped.
    void cancel();

    quint64 currentId() const { return m_channel->current.load(); }
    bool isCurrent(quint64 id) const { return currentId() == id; }

private:
    std::shared_ptr<jobdetail::Channel> m_channel = std::make_shared<jobdetail::Channel>();
    std::shared_ptr<std::atomic_bool> m_cancel;
    QMetaObject::Connection m_receiverGone;
};

} // namespace gardener
