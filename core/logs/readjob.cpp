#include "core/logs/readjob.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace gardener {

quint64 ReadOutcome::skipped() const
{
    quint64 n = 0;
    for (const auto &r : reports)
        n += r.skipped;
    return n;
}

ReadOutcome readFiles(const QStringList &paths, const ReadOptions &options,
                      const ProgressFn &progress, const std::atomic_bool *cancel)
{
    ReadOutcome outcome;
    outcome.store = std::make_shared<LogStore>();
    quint64 total = 0;
    for (const QString &path : paths)
        total += quint64(std::max<qint64>(QFileInfo(path).size(), 0));
    quint64 doneBytes = 0, doneEntries = 0;
    for (const QString &path : paths) {
        ProgressFn perFile;
        if (progress) {
            perFile = [&](const ReadProgress &p) {
                progress(ReadProgress{doneEntries + p.entries, doneBytes + p.bytesRead, total});
            };
        }
        auto result = LogReader::readFile(path, *outcome.store, options, perFile, cancel);
        if (cancel && cancel->load()) {
            outcome.cancelled = true;
            break;
        }
        if (!result) {
            outcome.failures.push_back(result.error());
            doneBytes += quint64(std::max<qint64>(QFileInfo(path).size(), 0));
            continue;
        }
        doneBytes += result->bytesRead;
        doneEntries += result->entries;
        outcome.reports.push_back(std::move(*result));
    }
    return outcome;
}

ReadJob::ReadJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ReadJob::finished);
}

ReadJob::~ReadJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ReadJob::start(const QStringList &paths, const ReadOptions &options)
{
    launch([paths, options](const ProgressFn &progress, const std::atomic_bool *cancel) {
        return readFiles(paths, options, progress, cancel);
    });
}

void ReadJob::startBytes(const QByteArray &bytes, const QString &name, const ReadOptions &options)
{
    launch([bytes, name, options](const ProgressFn &progress, const std::atomic_bool *cancel) {
        ReadOutcome outcome;
        outcome.store = std::make_shared<LogStore>();
        auto result = LogReader::readBytes(bytes, name, *outcome.store, options, progress, cancel);
        if (cancel->load())
            outcome.cancelled = true;
        else if (result)
            outcome.reports.push_back(std::move(*result));
        else
            outcome.failures.push_back(result.error());
        return outcome;
    });
}

void ReadJob::launch(std::function<ReadOutcome(const ProgressFn &, const std::atomic_bool *)> work)
{
    cancel();
    m_watcher.waitForFinished(); // a previous run; its finished() is still delivered
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_outcome = std::make_shared<ReadOutcome>();
    auto flag = m_cancel;
    auto outcome = m_outcome;
    // Progress crosses threads as queued calls. The job outlives the worker (the destructor
    // waits), and Qt drops queued calls whose context object is gone.
    ProgressFn progress = [this, flag](const ReadProgress &p) {
        if (flag->load())
            return;
        QMetaObject::invokeMethod(
            this, [this, p] { Q_EMIT this->progress(p.entries, p.bytesRead, p.totalBytes); },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), progress, flag, outcome] {
        *outcome = work(progress, flag.get());
    }));
}

void ReadJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ReadJob::isRunning() const
{
    return m_watcher.isRunning();
}

ReadOutcome ReadJob::takeOutcome()
{
    if (!m_outcome || isRunning())
        return {};
    ReadOutcome out = std::move(*m_outcome);
    m_outcome.reset();
    return out;
}

} // namespace gardener
