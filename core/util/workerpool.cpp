#include "core/util/workerpool.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace gardener {

// Linux nice values are per thread; threads the engine starts inherit it.
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
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        return p;
    }();
    return *pool;
}

} // namespace gardener
