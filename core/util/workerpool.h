#pragma once

// The pool background work of the window runs on (reading, clustering, counts under a filter),
// shared by the session and the models that compute off the UI thread.

class QThreadPool;

namespace gardener {

// Workers run at a lower scheduling priority than the UI thread, so on a busy machine the
// window keeps getting the CPU first and stays responsive while reading and clustering go on.
void lowerWorkerPriority();
// Our own pool, so engine-internal parallelism on the global pool never waits behind us.
QThreadPool &workerPool();

} // namespace gardener
