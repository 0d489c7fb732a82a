#include "logreader.h"

#include "entryparser.h"
#include "entrysplitter.h"
#include "rawsources.h"

#include <QFile>
#include <cstring>
#include <zlib.h>

namespace gardener {

QString formatName(InputFormat format)
{
    switch (format) {
    case InputFormat::JsonArray: return QStringLiteral("json-array");
    case InputFormat::JsonLines: return QStringLiteral("json-lines");
    case InputFormat::ApiPages: return QStringLiteral("api-pages");
    case InputFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

namespace {

// Where the (possibly compressed) bytes come from.
class Input
{
public:
    virtual ~Input() = default;
    // Up to `max` bytes into `dst`; 0 at the end, -1 on a read error.
    virtual qint64 read(char *dst, size_t max) = 0;
    virtual QString errorString() const { return {}; }
};

class FileInput final : public Input
{
public:
    explicit FileInput(QFile &file) : m_file(file) {}
    qint64 read(char *dst, size_t max) override { return m_file.read(dst, qint64(max)); }
    QString errorString() const override { return m_file.errorString(); }

private:
    QFile &m_file;
};

class MemoryInput final : public Input
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

// Feeds bytes to the splitter, parses each entry it finds and appends it to the store.
class Engine final : public EntrySplitter::Sink
{
public:
    Engine(LogStore &store, QString name, const ReadOptions &options, ReadReport &report)
        : m_store(store)
        , m_name(std::move(name))
        , m_options(options)
        , m_report(report)
        , m_splitter(options.maxEntryBytes)
    {
    }

    void setSource(quint32 index, CompressedRawSource *compressed)
    {
        m_sourceIndex = index;
        m_compressed = compressed;
    }

    // Room for `n` more bytes at the end of the buffer, after dropping what the splitter no
    // longer needs. Call commit() with the count actually written.
    char *prepare(size_t n)
    {
        const quint64 keep = m_splitter.keepFrom();
        const size_t drop = size_t(keep - m_base);
        if (drop > 0) {
            std::memmove(m_buffer.data(), m_buffer.data() + drop, m_length - drop);
            m_length -= drop;
            m_base = keep;
        }
        const size_t need = m_length + n + EntryParser::kPadding;
        if (m_buffer.size() < need)
            m_buffer.resize(std::max(need, m_buffer.size() * 3 / 2));
        else if (m_buffer.size() > 4 * need && m_buffer.size() > (size_t(16) << 20)) {
            // After a huge entry: give the memory back.
            std::vector<char> smaller(need);
            std::memcpy(smaller.data(), m_buffer.data(), m_length);
            m_buffer.swap(smaller);
        }
        return m_buffer.data() + m_length;
    }
    void commit(size_t n)
    {
        m_length += n;
        // simdjson may read past the entry's end: keep the padding defined.
        std::memset(m_buffer.data() + m_length, ' ', EntryParser::kPadding);
        m_splitter.scan(m_buffer.data(), m_base, m_length, *this);
        m_report.bytesDecoded += n;
    }
    void finish() { m_splitter.finish(*this); }
    bool notJson() const { return m_splitter.notJson(); }
    const EntrySplitter &splitter() const { return m_splitter; }

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
        if (limitReached())
            return;
        if (m_options.maxEntries > 0 && m_report.entries >= m_options.maxEntries) {
            noteLimit(QStringLiteral("stopped at the limit of %1 entries (raise it with --max-entries); the first %1 "
                                     "entries were kept, the rest of this input was not read")
                          .arg(m_options.maxEntries), offset);
            return;
        }
        EntryFields fields;
        if (auto failure = m_parser.parse(begin, length, fields, m_options.strict)) {
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
        fields.rawOffset = m_compressed ? m_compressed->add(begin, length) : offset;
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
    EntrySplitter m_splitter;
    EntryParser m_parser;
    std::vector<char> m_buffer;
    quint64 m_base = 0;
    size_t m_length = 0;
    quint32 m_sourceIndex = 0;
    CompressedRawSource *m_compressed = nullptr;
    qint64 m_limitOffset = -1;
};

QString decodedLimitText(quint64 limit, bool gzip, quint64 entries)
{
    return QStringLiteral("stopped after %1 MiB of %2JSON (the limit; raise it with --max-input-mb); the first %3 "
                          "entries were kept, the rest of this input was not read")
        .arg(limit >> 20).arg(gzip ? QStringLiteral("decompressed ") : QString()).arg(entries);
}

InputFormat toFormat(EntrySplitter::Layout layout)
{
    switch (layout) {
    case EntrySplitter::Layout::Array: return InputFormat::JsonArray;
    case EntrySplitter::Layout::Lines: return InputFormat::JsonLines;
    case EntrySplitter::Layout::Pages: return InputFormat::ApiPages;
    case EntrySplitter::Layout::Unknown: break;
    }
    return InputFormat::Unknown;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// The shared read loop. `head` holds the first bytes of the input (already read, for the gzip
// check); `input` yields the rest.
Result<ReadReport> run(Input &input, QByteArray head, const QString &name, quint64 totalBytes,
                       LogStore &store, std::shared_ptr<const RawSource> plainSource,
                       const ReadOptions &options, const ProgressFn &progress,
                       const std::atomic_bool *cancel)
{
    ReadReport report;
    report.source = name;
    report.gzip = head.size() >= 2 && quint8(head[0]) == 0x1f && quint8(head[1]) == 0x8b;
    const size_t chunk = std::max<size_t>(options.chunkBytes, 4096);

    std::shared_ptr<CompressedRawSource> compressed;
    Engine engine(store, name, options, report);
    if (report.gzip) {
        compressed = std::make_shared<CompressedRawSource>(name);
        engine.setSource(store.addSource(compressed), compressed.get());
    } else {
        engine.setSource(store.addSource(std::move(plainSource)), nullptr);
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

    if (!report.gzip) {
        // `head` is the start of the input: scan it, then the rest chunk by chunk.
        std::memcpy(engine.prepare(size_t(head.size())), head.constData(), size_t(head.size()));
        report.bytesRead += quint64(head.size());
        engine.commit(size_t(head.size()));
        head.clear();
        for (;;) {
            if (cancelled(cancel))
                return fail(QStringLiteral("reading was cancelled"), name);
            if (engine.notJson() || engine.limitReached())
                break;
            if (options.maxDecodedBytes > 0 && report.bytesDecoded >= options.maxDecodedBytes) {
                engine.noteLimit(decodedLimitText(options.maxDecodedBytes, false, report.entries), report.bytesDecoded);
                break;
            }
            char *dst = engine.prepare(chunk);
            const qint64 n = input.read(dst, chunk);
            if (n < 0)
                return fail(QStringLiteral("read error: %1").arg(input.errorString()), name, -1,
                            qint64(report.bytesRead));
            if (n == 0)
                break;
            report.bytesRead += quint64(n);
            engine.commit(size_t(n));
            tick();
        }
    } else {
        z_stream z{};
        if (inflateInit2(&z, 15 + 32) != Z_OK)
            return fail(QStringLiteral("cannot start gzip decompression"), name);
        std::vector<char> in(std::min<size_t>(chunk, size_t(1) << 20));
        QByteArray pending = head;
        bool inputDone = false, streamEnded = false;
        QString gzipProblem;
        while (gzipProblem.isEmpty()) {
            if (cancelled(cancel)) {
                inflateEnd(&z);
                return fail(QStringLiteral("reading was cancelled"), name);
            }
            if (engine.notJson() || engine.limitReached())
                break;
            if (options.maxDecodedBytes > 0 && report.bytesDecoded >= options.maxDecodedBytes) {
                engine.noteLimit(decodedLimitText(options.maxDecodedBytes, true, report.entries), report.bytesDecoded);
                break;
            }
            if (z.avail_in == 0) {
                if (!pending.isEmpty()) {
                    const size_t n = std::min(in.size(), size_t(pending.size()));
                    std::memcpy(in.data(), pending.constData(), n);
                    pending.remove(0, qsizetype(n));
                    z.next_in = reinterpret_cast<Bytef *>(in.data());
                    z.avail_in = uInt(n);
                    report.bytesRead += n;
                } else if (!inputDone) {
                    const qint64 n = input.read(in.data(), in.size());
                    if (n < 0) {
                        inflateEnd(&z);
                        return fail(QStringLiteral("read error: %1").arg(input.errorString()),
                                    name, -1, qint64(report.bytesRead));
                    }
                    inputDone = n == 0;
                    z.next_in = reinterpret_cast<Bytef *>(in.data());
                    z.avail_in = uInt(n);
                    report.bytesRead += quint64(n);
                }
                if (z.avail_in == 0) {
                    if (!streamEnded)
                        gzipProblem = QStringLiteral("compressed data ends early (file cut short?)");
                    break;
                }
            }
            if (streamEnded) {
                // Another gzip member follows (concatenated .gz files); skip NUL padding.
                if (z.next_in[0] == 0) {
                    --z.avail_in;
                    ++z.next_in;
                    continue;
                }
                inflateReset(&z);
                streamEnded = false;
            }
            char *dst = engine.prepare(chunk);
            z.next_out = reinterpret_cast<Bytef *>(dst);
            z.avail_out = uInt(chunk);
            const int rc = inflate(&z, Z_NO_FLUSH);
            const size_t produced = chunk - z.avail_out;
            if (rc == Z_STREAM_END)
                streamEnded = true;
            else if (rc != Z_OK && rc != Z_BUF_ERROR)
                gzipProblem = QStringLiteral("compressed data is corrupt (%1)")
                                  .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            engine.commit(produced);
            tick();
        }
        inflateEnd(&z);
        if (!gzipProblem.isEmpty())
            engine.record(Error{name, -1, qint64(report.bytesDecoded), gzipProblem}, false);
    }

    if (engine.notJson()) {
        const Error first = report.problems.value(0);
        // The registered source stays (no entry refers to it); the caller sees the error.
        return tl::unexpected<Error>(first);
    }
    if (!engine.limitReached())
        engine.finish();
    if (compressed)
        compressed->finish();
    report.format = toFormat(engine.splitter().layout());
    report.pages = engine.splitter().pages();
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
                                        const ProgressFn &progress,
                                        const std::atomic_bool *cancel)
{
    const QByteArray head = bytes.left(4096);
    MemoryInput input(bytes, size_t(head.size()));
    return run(input, head, name, quint64(bytes.size()), store,
               std::make_shared<MemoryRawSource>(name, bytes), options, progress, cancel);
}

} // namespace gardener
