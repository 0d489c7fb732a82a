#include "core/logs/logreader.h"

#include "core/logs/entryparser.h"
#include "core/logs/entrysplitter.h"
#include "core/logs/gzipsource.h"
#include "core/logs/rawsources.h"
#include "core/logs/readpipeline.h"

#include <QFile>
#include <QScopeGuard>
#include <cstring>
#include <optional>
#include <thread>
#include <zlib.h>

namespace gardener {

QString formatName(InputFormat format)
{
    switch (format) {
    case InputFormat::JsonArray:
        return QStringLiteral("json-array");
    case InputFormat::JsonLines:
        return QStringLiteral("json-lines");
    case InputFormat::ApiPages:
        return QStringLiteral("api-pages");
    case InputFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

class FileInput final : public detail::Input
{
public:
    explicit FileInput(QFile &file) : m_file(file) {}
    qint64 read(char *dst, size_t max) override { return m_file.read(dst, qint64(max)); }
    QString errorString() const override { return m_file.errorString(); }

private:
    QFile &m_file;
};

class MemoryInput final : public detail::Input
{
public:
    MemoryInput(const QByteArray &bytes, size_t start) : m_bytes(bytes), m_pos(start) {}
    qint64 read(char *dst, size_t max) override
    {
        const size_t n = std::min(max, size_t(m_bytes.size()) - m_pos);
        std::memcpy(dst, m_bytes.constData() + m_pos, n);
        m_pos += n;
        return qint64(n);
    }

private:
    const QByteArray &m_bytes;
    size_t m_pos;
};

// Parses each entry the splitter found and appends it to the store (the consumer stage).
class Engine final : public EntrySplitter::Sink
{
public:
    Engine(LogStore &store, QString name, const ReadOptions &options, ReadReport &report)
        : m_store(store), m_name(std::move(name)), m_options(options), m_report(report)
    {
    }

    void setSource(quint32 index) { m_sourceIndex = index; }

    // A limit of ReadOptions was reached: stop feeding input.
    bool limitReached() const { return m_limitOffset >= 0; }
    void noteLimit(const QString &what, quint64 offset)
    {
        if (limitReached())
            return;
        m_limitOffset = qint64(offset);
        m_report.truncated = true;
        record(Error{m_name, -1, qint64(offset), what}, false);
    }

    void entry(const char *begin, size_t length, quint64 offset, qint64 line) override
    {
        entryParsed(begin, length, offset, line, nullptr);
    }

    // `parsed`: the entry was already parsed on the other thread (nullptr: parse it here).
    void entryParsed(const char *begin, size_t length, quint64 offset, qint64 line,
                     const detail::ReadBatch::Parsed *parsed)
    {
        if (limitReached())
            return;
        if (m_options.maxEntries > 0 && m_report.entries >= m_options.maxEntries) {
            noteLimit(QStringLiteral("stopped at the limit of %1 entries (raise it with "
                                     "--max-entries); the first %1 "
                                     "entries were kept, the rest of this input was not read")
                          .arg(m_options.maxEntries),
                      offset);
            return;
        }
        EntryFields fields;
        std::optional<EntryParser::Failure> failure;
        if (parsed) {
            fields = parsed->fields;
            failure = parsed->failure;
        } else {
            failure = m_parser.parse(begin, length, fields, m_options.strict);
        }
        if (failure) {
            qint64 at = qint64(offset);
            qint64 errorLine = line;
            if (failure->offset >= 0) {
                at += failure->offset;
                errorLine += std::count(begin, begin + failure->offset, '\n');
            }
            record(Error{m_name, errorLine, at, failure->what}, true);
            return;
        }
        fields.rawSource = m_sourceIndex;
        fields.rawLength = quint32(std::min<size_t>(length, 0xffffffffu));
        fields.rawOffset = offset; // in the inflated stream for gzip input (GzipRawSource)
        m_store.append(fields);
        ++m_report.entries;
    }

    void problem(quint64 offset, qint64 line, const QString &what, bool skipped) override
    {
        record(Error{m_name, line, qint64(offset), what}, skipped);
    }

    void record(Error error, bool skipped)
    {
        if (skipped)
            ++m_report.skipped;
        ++m_report.problemCount;
        if (m_report.problems.size() < m_options.maxProblems)
            m_report.problems.push_back(std::move(error));
    }

private:
    LogStore &m_store;
    QString m_name;
    const ReadOptions &m_options;
    ReadReport &m_report;
    EntryParser m_parser;
    quint32 m_sourceIndex = 0;
    qint64 m_limitOffset = -1;
};

QString decodedLimitText(quint64 limit, bool gzip, quint64 entries)
{
    return QStringLiteral("stopped after %1 MiB of %2JSON (the limit; raise it with "
                          "--max-input-mb); the first %3 "
                          "entries were kept, the rest of this input was not read")
        .arg(limit >> 20)
        .arg(gzip ? QStringLiteral("decompressed ") : QString())
        .arg(entries);
}

InputFormat toFormat(EntrySplitter::Layout layout)
{
    switch (layout) {
    case EntrySplitter::Layout::Array:
        return InputFormat::JsonArray;
    case EntrySplitter::Layout::Lines:
        return InputFormat::JsonLines;
    case EntrySplitter::Layout::Pages:
        return InputFormat::ApiPages;
    case EntrySplitter::Layout::Unknown:
        break;
    }
    return InputFormat::Unknown;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Replays one batch of splitter events into the engine (and its access points into the gzip
// source). An error when the batch says the read failed.
std::optional<Error> consume(detail::ReadBatch &b, Engine &engine, GzipRawSource *gzip,
                             ReadReport &report, const QString &name, const ReadOptions &options)
{
    using Kind = detail::ReadBatch::Kind;
    size_t entryIndex = 0;
    if (gzip)
        for (const detail::ReadBatch::AccessPoint &p : b.points)
            gzip->addPoint(p.out, p.in, p.bits, p.memberStart, p.window);
    for (const detail::ReadBatch::Event &e : b.events) {
        // A single pass stops at a limit without asking the splitter what is unfinished.
        if (e.kind == Kind::Finish && engine.limitReached())
            break;
        switch (e.kind) {
        case Kind::Entry:
            engine.entryParsed(b.bytes.data() + e.at, e.length, e.offset, e.line,
                               b.parsed.empty() ? nullptr : &b.parsed[entryIndex]);
            ++entryIndex;
            break;
        case Kind::Problem:
            engine.problem(e.offset, e.line, b.problems[qsizetype(e.at)], e.skipped);
            break;
        case Kind::DecodedLimit:
            engine.noteLimit(decodedLimitText(options.maxDecodedBytes, report.gzip, report.entries),
                             e.offset);
            break;
        case Kind::Failure:
            return Error{name, -1, qint64(e.offset), b.problems[qsizetype(e.at)]};
        case Kind::Finish:
            break;
        }
    }
    report.bytesRead += b.bytesRead;
    report.bytesDecoded += b.bytesDecoded;
    report.format = toFormat(b.layout);
    report.pages = b.pages;
    return std::nullopt;
}

// The shared read loop. `head` holds the first bytes of the input (already read, for the gzip
// check); `input` yields the rest. With options.threads > 1 the input is read, inflated and
// split on a second thread while this one parses; the events are replayed in input order, so
// the result is the same either way.
Result<ReadReport> run(detail::Input &input, QByteArray head, const QString &name,
                       quint64 totalBytes, LogStore &store,
                       std::shared_ptr<const RawSource> plainSource, const ReadOptions &options,
                       const ProgressFn &progress, const std::atomic_bool *cancel)
{
    ReadReport report;
    report.source = name;
    report.gzip = head.size() >= 2 && quint8(head[0]) == 0x1f && quint8(head[1]) == 0x8b;

    // gzip input's raw JSON is inflated again from the input itself when wanted.
    std::shared_ptr<GzipRawSource> gzip;
    Engine engine(store, name, options, report);
    if (report.gzip) {
        gzip = std::make_shared<GzipRawSource>(name, std::move(plainSource));
        engine.setSource(store.addSource(gzip));
    } else {
        engine.setSource(store.addSource(std::move(plainSource)));
    }
    const size_t storeBefore = store.size();
    bool reserved = false;
    auto tick = [&] {
        if (!reserved && !report.gzip && report.entries > 100 && totalBytes > 0) {
            // Size the columns once from the average entry so far (avoids regrowth copies).
            const double perEntry = double(report.bytesDecoded) / double(report.entries);
            store.reserve(storeBefore + size_t(double(totalBytes) / perEntry * 1.05) + 16);
            reserved = true;
        }
        if (progress)
            progress(ReadProgress{report.entries, report.bytesRead, totalBytes});
    };

    const bool threaded = options.threads > 1;
    // Two batches in flight keep both threads busy; each holds about one chunk. Up to five
    // batches exist at once then, so they are kept small: 512 KiB batches instead of 4 MiB
    // took the peak for 881 MB of JSON Lines from 0.33x to 0.29x the file at the same speed.
    detail::BatchQueue queue(threaded ? 2 : 1);
    const size_t chunk = threaded ? std::min(options.chunkBytes, ReadOptions::kThreadedChunkBytes)
                                  : options.chunkBytes;
    detail::BatchProducer producer(input, std::move(head), report.gzip, options, queue,
                                   EntryParser::kPadding, chunk, threaded);
    std::thread worker;
    if (threaded)
        worker = std::thread([&producer] { producer.runAll(); });
    const auto stopWorker = qScopeGuard([&] {
        queue.stop();
        if (worker.joinable())
            worker.join();
    });
    bool notJson = false;
    for (;;) {
        if (cancelled(cancel))
            return fail(QStringLiteral("reading was cancelled"), name);
        if (!threaded) {
            while (queue.empty() && !producer.done())
                producer.step();
            if (queue.empty())
                break; // cannot happen: the producer always ends with a `last` batch
        }
        std::unique_ptr<detail::ReadBatch> batch = queue.pop();
        const bool last = batch->last;
        if (auto failure = consume(*batch, engine, gzip.get(), report, name, options))
            return tl::unexpected<Error>(*failure);
        notJson = batch->notJson;
        tick();
        queue.recycle(std::move(batch));
        // After a limit the rest of the input is left unread.
        if (last || notJson || engine.limitReached())
            break;
    }

    if (notJson) {
        const Error first = report.problems.value(0);
        // The registered source stays (no entry refers to it); the caller sees the error.
        return tl::unexpected<Error>(first);
    }
    if (gzip)
        gzip->finish();
    if (progress)
        progress(ReadProgress{report.entries, report.bytesRead, totalBytes});
    return report;
}

} // namespace

Result<ReadReport> LogReader::readFile(const QString &path, LogStore &store,
                                       const ReadOptions &options, const ProgressFn &progress,
                                       const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open: %1").arg(file.errorString()), path);
    const QByteArray head = file.read(4096);
    if (head.isEmpty() && file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("read error: %1").arg(file.errorString()), path);
    FileInput input(file);
    return run(input, head, path, quint64(std::max<qint64>(file.size(), 0)), store,
               std::make_shared<FileRawSource>(path), options, progress, cancel);
}

Result<ReadReport> LogReader::readBytes(const QByteArray &bytes, const QString &name,
                                        LogStore &store, const ReadOptions &options,
                                        const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const QByteArray head = bytes.left(4096);
    MemoryInput input(bytes, size_t(head.size()));
    return run(input, head, name, quint64(bytes.size()), store,
               std::make_shared<MemoryRawSource>(name, bytes), options, progress, cancel);
}

} // namespace gardener
