#include "core/session/session.h"

#include "core/clustering/clusterengine.h"
#include "core/logs/logstore.h"
#include "core/session/sessionworkers.h"

#include <QElapsedTimer>
#include <QtConcurrent>
#include <deque>
#include <functional>
#include <mutex>

// Pages streamed into the Session while a collection downloads them: one worker at a time
// drains the queue in order, so the result equals reading the pages as one file.

namespace gardener {

using sessiondetail::addToReport;
using sessiondetail::finalSnapshot;
using sessiondetail::FinalSnapshot;

struct Session::StreamJob
{
    JobTicket ticket;
    QString name;
    std::mutex mutex; // guards pages, finishing, running
    // Each page as a function the worker calls, so that bytes still on disk (what a resumed
    // collection saved earlier) are read on the worker, not the UI thread.
    std::deque<std::function<QByteArray()>> pages;
    bool finishing = false;
    bool running = false; // a worker is draining `pages`
    // Touched by the (single) running worker only.
    std::shared_ptr<LogStore> store = std::make_shared<LogStore>();
    std::shared_ptr<clustering::ClusterEngine> engine =
        std::make_shared<clustering::ClusterEngine>();
    ReadReport report;
    QElapsedTimer clock;
    Session *session = nullptr; // reached only through ticket.deliver

    // On the worker: reads the queued pages in order until none is left, then finishes the
    // load once finishStream() asked for it.
    void drain();

private:
    enum class Next
    {
        Page,   // `page` holds the next one
        Finish, // the stream ended and every page is read
        Stop    // cancelled, or nothing queued: the next appendPage starts a worker
    };
    Next take(std::function<QByteArray()> &page);
    void readPage(const QByteArray &page);
    bool caughtUp();
    void postSnapshot();
    void finish();
    template <typename Fn> void post(Fn fn) const
    {
        ticket.deliver([target = session, fn] { fn(target); });
    }
    const std::atomic_bool *cancel() const { return ticket.cancelFlag(); }
};

void Session::beginStream(const QString &name)
{
    auto job = std::make_shared<StreamJob>();
    job->ticket = resetForLoad(name);
    job->name = name;
    job->session = this;
    job->clock.start();
    m_stream = job;
}

void Session::appendPage(const QByteArray &page)
{
    appendPageFrom([page] { return page; });
}

void Session::appendPageFrom(std::function<QByteArray()> page)
{
    if (!m_stream)
        return;
    bool launch = false;
    {
        std::lock_guard lock(m_stream->mutex);
        if (m_stream->finishing)
            return;
        m_stream->pages.push_back(std::move(page));
        launch = !std::exchange(m_stream->running, true);
    }
    if (launch)
        runStream(m_stream);
}

void Session::finishStream()
{
    if (!m_stream)
        return;
    bool launch = false;
    {
        std::lock_guard lock(m_stream->mutex);
        m_stream->finishing = true;
        launch = !std::exchange(m_stream->running, true);
    }
    if (launch)
        runStream(m_stream);
}

void Session::runStream(std::shared_ptr<StreamJob> job)
{
    pruneWorkers();
    m_workers << QtConcurrent::run(&workerPool(), [job] {
        lowerWorkerPriority();
        job->drain();
    });
}

void Session::StreamJob::drain()
{
    for (;;) {
        std::function<QByteArray()> nextPage;
        const Next next = take(nextPage);
        if (next == Next::Stop)
            return;
        if (next == Next::Finish)
            break;
        const QByteArray page = nextPage();
        if (page.isEmpty())
            continue; // nothing saved after all (a resumed collection's file went missing)
        readPage(page);
        if (cancel()->load())
            return;
        engine->addEntries(*store, engine->entryCount(), store->size(), cancel());
        if (caughtUp()) // snapshot once the backlog is read: they cost more as data grows
            postSnapshot();
    }
    finish();
}

Session::StreamJob::Next Session::StreamJob::take(std::function<QByteArray()> &page)
{
    std::lock_guard lock(mutex);
    if (cancel()->load())
        return Next::Stop;
    if (!pages.empty()) {
        page = std::move(pages.front());
        pages.pop_front();
        return Next::Page;
    }
    if (finishing)
        return Next::Finish;
    running = false; // the next appendPage starts a new worker
    return Next::Stop;
}

void Session::StreamJob::readPage(const QByteArray &page)
{
    auto read = LogReader::readBytes(page, name, *store, {}, {}, cancel());
    if (cancel()->load())
        return;
    ReadReport &total = report;
    if (read) {
        addToReport(total, *read);
        total.pages += qMax<quint64>(read->pages, 1);
    } else {
        // A page that is not JSON loses only itself; the report says where.
        ++total.problemCount;
        total.problems << read.error();
    }
}

bool Session::StreamJob::caughtUp()
{
    std::lock_guard lock(mutex);
    return pages.empty();
}

void Session::StreamJob::postSnapshot()
{
    auto set = std::make_shared<clustering::ClusterSet>(engine->snapshot(cancel()));
    LoadProgress progress;
    progress.entries = store->size();
    progress.bytesRead = report.bytesRead;
    progress.clusters = int(set->clusters().size());
    post([set, progress](Session *s) {
        s->m_clusters = *set;
        Q_EMIT s->progress(progress);
        Q_EMIT s->clustersChanged();
    });
}

void Session::StreamJob::finish()
{
    LoadProgress progress;
    const std::optional<FinalSnapshot> last = finalSnapshot(*engine, *store, cancel(), progress);
    if (!last)
        return;
    auto total = std::make_shared<ReadReport>(report);
    total->source = name;
    progress.bytesRead = total->bytesRead;
    const qint64 ms = clock.elapsed();
    post([store = store, engine = engine, last = *last, total, progress, ms](Session *s) {
        s->m_stream.reset();
        s->finishLoad(store, engine, *last.set, *last.timeline, *total, ms, progress);
    });
}

} // namespace gardener
