#pragma once

#include "core/util/error.h"

#include <QtGlobal>
#include <deque>
#include <functional>

class QRandomGenerator;

namespace gardener::gcp {

// Client-side pacing for a per-minute quota (Cloud Logging: 60 entries.list calls per minute
// per project): a sliding window over the send times of the last `limit` requests. The clock is
// injectable (milliseconds, monotonic) so tests can drive it; the window can be scaled down.
class RequestPacer
{
public:
    using Clock = std::function<qint64()>;

    // Default clock: a QElapsedTimer started here.
    explicit RequestPacer(int limit = 60, qint64 windowMs = 60'000, Clock clock = {});

    // Milliseconds to wait before the next request may be sent; 0 = now.
    qint64 delayBeforeNext() const;
    // Call when a request is sent (counted whether or not it succeeds: the quota counts calls).
    void recordRequest();

    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }
    qint64 now() const { return m_clock(); }

private:
    void expire() const;

    int m_limit;
    qint64 m_windowMs;
    Clock m_clock;
    mutable std::deque<qint64> m_sent;
};

// Exponential backoff with jitter for 429 / RESOURCE_EXHAUSTED, 5xx, timeouts and dropped
// connections: attempt n (0-based) waits nominal(n) = min(max, initial * multiplier^n), reduced
// by a random share of up to `jitter` so that clients do not retry in step.
struct BackoffPolicy
{
    qint64 initialMs = 1000;
    qint64 maxMs = 32'000;
    double multiplier = 2.0;
    double jitter = 0.5; // the wait is in [nominal * (1 - jitter), nominal]
    int maxRetries = 6;  // consecutive failures before giving up

    qint64 nominalDelay(int attempt) const;
    qint64 delay(int attempt, QRandomGenerator &random) const;
    // After `failures` failures in a row, the last for `reason`: the wait before the next try,
    // delay(failures) stretched to the server's Retry-After (`retryAfterMs`, -1 when none) but
    // never beyond maxMs; or, once maxRetries is reached, the error that gives up.
    Result<qint64> retry(int failures, qint64 retryAfterMs, const QString &reason,
                         QRandomGenerator &random) const;
};

} // namespace gardener::gcp
