#pragma once

#include "core/logs/logreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace gardener {

// What reading several inputs into one store produced.
struct ReadOutcome
{
    std::shared_ptr<LogStore> store;
    QList<ReadReport> reports; // one per input that could be read, in order
    QList<Error> failures;     // one per input that could not be read at all
    bool cancelled = false;
    quint64 skipped() const;
};

// Reads every file (in order) into one new store. Runs on the calling thread; `progress` gets
// entries so far, bytes so far and the total size of all files. A failed file is recorded in
// `failures` and reading goes on with the next; cancelling stops at the next chunk.
ReadOutcome readFiles(const QStringList &paths, const ReadOptions &options = {},
                      const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

// Reads inputs on a worker thread (QtConcurrent) and reports back on the thread that owns the
// job. Signals arrive queued; finished() comes exactly once per start, also after cancel().
// Destroying a running job cancels it and waits for the worker (at most one chunk's work).
class ReadJob : public QObject
{
    Q_OBJECT
public:
    explicit ReadJob(QObject *parent = nullptr);
    ~ReadJob() override;

    void start(const QStringList &paths, const ReadOptions &options = {});
    // In-memory input, e.g. the bundled demo export.
    void startBytes(const QByteArray &bytes, const QString &name, const ReadOptions &options = {});
    void cancel();
    bool isRunning() const;
    // The result after finished(); the job keeps nothing afterwards.
    ReadOutcome takeOutcome();

Q_SIGNALS:
    void progress(quint64 entries, quint64 bytesRead, quint64 totalBytes);
    void finished();

private:
    void launch(std::function<ReadOutcome(const ProgressFn &, const std::atomic_bool *)> work);

    QFutureWatcher<void> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<ReadOutcome> m_outcome;
};

} // namespace gardener
