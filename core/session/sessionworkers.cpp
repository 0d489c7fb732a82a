#include "sessionworkers.h"

#include "logs/logstore.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace gardener::sessiondetail {

namespace {
// The chart's resolution: enough buckets to show bursts, few enough to draw instantly.
constexpr int kTimelineBuckets = 120;
} // namespace

// Workers run at a lower scheduling priority than the UI thread, so on a busy machine the window
// keeps getting the CPU first and stays responsive while reading and clustering go on. Linux
// nice values are per thread; threads the engine starts inherit it.
void lowerWorkerPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        setpriority(PRIO_PROCESS, 0, 5);
    }
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

QThreadPool &workerPool()
{
    // Our own pool, so engine-internal parallelism on the global pool never waits behind us.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        return p;
    }();
    return *pool;
}

TimelineData overallTimeline(const LogStore &store)
{
    qint64 first = 0, last = 0;
    for (size_t i = 0; i < store.size(); ++i) {
        const qint64 t = store.timestampNs(i);
        if (t == 0)
            continue;
        if (first == 0 || t < first)
            first = t;
        last = qMax(last, t);
    }
    return buildTimeline(store, first, last, kTimelineBuckets);
}

} // namespace gardener::sessiondetail
