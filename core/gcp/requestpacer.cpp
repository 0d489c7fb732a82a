#include "core/gcp/requestpacer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <memory>

namespace gardener::gcp {

RequestPacer::RequestPacer(int limit, qint64 windowMs, Clock clock)
    : m_limit(std::max(1, limit)), m_windowMs(std::max<qint64>(1, windowMs)),
      m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

void RequestPacer::expire() const
{
    const qint64 now = m_clock();
    while (!m_sent.empty() && m_sent.front() + m_windowMs <= now)
        m_sent.pop_front();
}

qint64 RequestPacer::delayBeforeNext() const
{
    expire();
    if (int(m_sent.size()) < m_limit)
        return 0;
    // The oldest request in the window must leave it before another may go.
    const qint64 oldest = m_sent[m_sent.size() - size_t(m_limit)];
    return std::max<qint64>(1, oldest + m_windowMs - m_clock());
}

void RequestPacer::recordRequest()
{
    expire();
    m_sent.push_back(m_clock());
}

qint64 BackoffPolicy::nominalDelay(int attempt) const
{
    const double value = double(initialMs) * std::pow(multiplier, std::max(0, attempt));
    return qint64(std::min(value, double(maxMs)));
}

qint64 BackoffPolicy::delay(int attempt, QRandomGenerator &random) const
{
    const qint64 nominal = nominalDelay(attempt);
    const double cut = std::clamp(jitter, 0.0, 1.0) * random.generateDouble();
    return std::max<qint64>(1, qint64(double(nominal) * (1.0 - cut)));
}

Result<qint64> BackoffPolicy::retry(int failures, qint64 retryAfterMs, const QString &reason,
                                    QRandomGenerator &random) const
{
    if (failures >= maxRetries)
        return fail(QStringLiteral("Gave up after %1 attempts; the last one failed with %2.")
                        .arg(failures + 1)
                        .arg(reason));
    const qint64 wait = delay(failures, random);
    return retryAfterMs >= 0 ? std::min(std::max(wait, retryAfterMs), maxMs) : wait;
}

} // namespace gardener::gcp
