#include "core/util/jobtracker.h"

namespace gardener {

JobTracker::JobTracker(QObject *receiver)
{
    m_channel->receiver = receiver;
    // Runs in the receiver's destructor, on its thread: from then on workers post nothing.
    // Events posted before are removed by QObject's destructor right after.
    m_receiverGone = QObject::connect(receiver, &QObject::destroyed, [channel = m_channel] {
        const std::lock_guard lock(channel->mutex);
        channel->receiver = nullptr;
    });
}

JobTracker::~JobTracker()
{
    QObject::disconnect(m_receiverGone);
    if (m_cancel)
        *m_cancel = true;
    ++m_channel->current; // what is already queued is stale too
    const std::lock_guard lock(m_channel->mutex);
    m_channel->receiver = nullptr;
}

JobTicket JobTracker::start()
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ++m_channel->current;
    return current();
}

JobTicket JobTracker::current() const
{
    JobTicket ticket;
    ticket.m_channel = m_channel;
    ticket.m_cancel = m_cancel ? m_cancel : std::make_shared<std::atomic_bool>(false);
    ticket.m_id = m_channel->current.load();
    return ticket;
}

void JobTracker::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    ++m_channel->current;
}

} // namespace gardener
