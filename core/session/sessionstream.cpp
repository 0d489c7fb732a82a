#include "core/session/session.h"

#include "core/clustering/clusterengine.h"
#include "core/logs/logstore.h"
#include "core/naming/clusternaming.h"
#include "core/session/sessionworkers.h"

#include <QElapsedTimer>
#include <QtConcurrent>
#include <deque>
#include <functional>
#include <mutex>

// Pages streamed into the Session while a collection downloads them: one worker at a time
// drains the queue in order, so the result equals reading the pages as one file.

namespace gardener {

using sessiondetail::overallTimeline;

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
};

void Session::beginStream(const QString &name)
{
    auto job = std::make_shared<StreamJob>();
    job->ticket = resetForLoad(name);
    job->name = name;
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
    m_workers << QtConcurrent::run(&workerPool(), [this, job] {
        lowerWorkerPriority();
        Session *const target = this;
        auto post = [job, target](auto fn) { job->ticket.deliver([target, fn] { fn(target); }); };
        const std::atomic_bool *cancel = job->ticket.cancelFlag();
        LogStore &store = *job->store;
        for (;;) {
            std::function<QByteArray()> nextPage;
            bool finish = false;
            {
                std::lock_guard lock(job->mutex);
                if (cancel->load())
                    return;
                if (!job->pages.empty()) {
                    nextPage = std::move(job->pages.front());
                    job->pages.pop_front();
                } else if (job->finishing) {
                    finish = true;
                } else {
                    job->running = false; // the next appendPage starts a new worker
                    return;
                }
            }
            if (finish)
                break;
            const QByteArray page = nextPage();
            if (page.isEmpty())
                continue; // nothing saved after all (a resumed collection's file went missing)
            auto read = LogReader::readBytes(page, job->name, store, {}, {}, cancel);
            if (cancel->load())
                return;
            ReadReport &total = job->report;
            if (read) {
                total.format = read->format;
                total.entries += read->entries;
                total.skipped += read->skipped;
                total.problemCount += read->problemCount;
                total.problems += read->problems;
                total.bytesRead += read->bytesRead;
                total.bytesDecoded += read->bytesDecoded;
                total.pages += qMax<quint64>(read->pages, 1);
            } else {
                // A page that is not JSON loses only itself; the report says where.
                ++total.problemCount;
                total.problems << read.error();
            }
            job->engine->addEntries(store, job->engine->entryCount(), store.size(), cancel);
            bool caughtUp = false;
            {
                std::lock_guard lock(job->mutex);
                caughtUp = job->pages.empty();
            }
            if (!caughtUp)
                continue; // snapshot once the backlog is read: they cost more as data grows
            auto set = std::make_shared<clustering::ClusterSet>(job->engine->snapshot(cancel));
            LoadProgress progress;
            progress.entries = store.size();
            progress.bytesRead = total.bytesRead;
            progress.clusters = int(set->clusters().size());
            post([set, progress](Session *s) {
                s->m_clusters = *set;
                emit s->progress(progress);
                emit s->clustersChanged();
            });
        }
        auto set = std::make_shared<clustering::ClusterSet>(
            naming::namedByRules(job->engine->snapshot(cancel), &store));
        if (cancel->load())
            return;
        auto timeline = std::make_shared<TimelineData>(overallTimeline(store));
        auto report = std::make_shared<ReadReport>(job->report);
        report->source = job->name;
        LoadProgress progress;
        progress.entries = store.size();
        progress.bytesRead = report->bytesRead;
        progress.clusters = int(set->clusters().size());
        const qint64 ms = job->clock.elapsed();
        post([job, set, timeline, report, progress, ms](Session *s) {
            s->m_stream.reset();
            s->finishLoad(job->store, job->engine, *set, *timeline, *report, ms, progress);
        });
    });
}

} // namespace gardener
