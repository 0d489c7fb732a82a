#include "core/logs/readpipeline.h"

#include <cstring>
#include <zlib.h>

namespace gardener::detail {

void ReadBatch::reset()
{
    base = 0;
    length = 0;
    events.clear();
    problems.clear();
    bytesRead = bytesDecoded = 0;
    layout = EntrySplitter::Layout::Unknown;
    pages = 0;
    notJson = last = false;
    parsed.clear();
    text.clear();
    points.clear();
}

std::string_view ReadBatch::TextArena::copy(std::string_view s)
{
    if (s.empty())
        return {};
    while (m_block < m_blocks.size() && m_used + s.size() > m_blocks[m_block].second) {
        ++m_block;
        m_used = 0;
    }
    if (m_block == m_blocks.size()) {
        const size_t size = std::max(kBlockBytes, s.size());
        m_blocks.emplace_back(std::make_unique_for_overwrite<char[]>(size), size);
        m_used = 0;
    }
    char *at = m_blocks[m_block].first.get() + m_used;
    std::memcpy(at, s.data(), s.size());
    m_used += s.size();
    return {at, s.size()};
}

bool BatchQueue::push(std::unique_ptr<ReadBatch> batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopped || m_full.size() < m_capacity; });
    if (m_stopped)
        return false;
    m_full.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

std::unique_ptr<ReadBatch> BatchQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_full.empty(); });
    std::unique_ptr<ReadBatch> batch = std::move(m_full.front());
    m_full.pop_front();
    m_changed.notify_all();
    return batch;
}

bool BatchQueue::empty() const
{
    std::lock_guard lock(m_mutex);
    return m_full.empty();
}

size_t BatchQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return m_full.size();
}

bool BatchQueue::full() const
{
    std::lock_guard lock(m_mutex);
    return m_full.size() >= m_capacity;
}

std::unique_ptr<ReadBatch> BatchQueue::spare()
{
    std::lock_guard lock(m_mutex);
    if (m_spare.empty())
        return std::make_unique<ReadBatch>();
    std::unique_ptr<ReadBatch> batch = std::move(m_spare.back());
    m_spare.pop_back();
    return batch;
}

void BatchQueue::recycle(std::unique_ptr<ReadBatch> batch)
{
    // A buffer grown for a huge entry is not worth keeping.
    if (batch->bytes.size() > (size_t(32) << 20))
        return;
    batch->reset();
    std::lock_guard lock(m_mutex);
    if (m_spare.size() < m_capacity + 1)
        m_spare.push_back(std::move(batch));
}

void BatchQueue::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

bool BatchQueue::stopped() const
{
    std::lock_guard lock(m_mutex);
    return m_stopped;
}

struct BatchProducer::Zlib
{
    z_stream z{};
    bool initialised = false;
    std::vector<char> in;
    bool inputDone = false, streamEnded = false;
    size_t outRoom = 0; // the output room of the inflate() calls under way
    QString problem;
    ~Zlib()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

BatchProducer::BatchProducer(Input &input, QByteArray head, bool gzip, const ReadOptions &options,
                             BatchQueue &queue, size_t padding, size_t chunk, bool parseAhead)
    : m_input(input), m_pending(std::move(head)), m_gzip(gzip), m_options(options), m_queue(queue),
      m_padding(padding), m_chunk(std::max<size_t>(chunk, 4096)), m_splitter(options.maxEntryBytes),
      m_batch(queue.spare()), m_parser(parseAhead ? std::make_unique<EntryParser>() : nullptr)
{
}

void BatchProducer::parse(ReadBatch &batch)
{
    for (const ReadBatch::Event &e : batch.events) {
        if (e.kind != ReadBatch::Kind::Entry)
            continue;
        ReadBatch::Parsed &p = batch.parsed.emplace_back();
        p.failure =
            m_parser->parse(batch.bytes.data() + e.at, e.length, p.fields, m_options.strict);
        if (p.failure)
            continue;
        // The parser's views last until its next entry: keep copies with the batch.
        EntryFields &f = p.fields;
        for (std::string_view *v :
             {&f.insertId, &f.logName, &f.resourceType, &f.service, &f.revision, &f.location,
              &f.project, &f.trace, &f.spanId, &f.message, &f.sourceFile, &f.function})
            *v = batch.text.copy(*v);
    }
}

BatchProducer::~BatchProducer() = default;

void BatchProducer::runAll()
{
    try {
        while (!m_done && !m_queue.stopped())
            step();
    } catch (const std::exception &e) {
        // On its own thread nothing would catch it: the read fails instead (out of memory).
        m_batch = std::make_unique<ReadBatch>();
        addEvent(ReadBatch::Kind::Failure, m_read, -1,
                 QStringLiteral("reading stopped: %1").arg(QString::fromLocal8Bit(e.what())));
        ship(true);
    }
}

void BatchProducer::step()
{
    if (m_done)
        return;
    if (m_gzip)
        stepGzip();
    else
        stepPlain();
}

// Room for `n` more bytes at the end of the batch, after dropping what the splitter no longer
// needs (the batch holds no events here: a batch with events is shipped at once).
char *BatchProducer::prepare(size_t n)
{
    ReadBatch &b = *m_batch;
    const quint64 keep = m_splitter.keepFrom();
    const size_t drop = size_t(keep - b.base);
    if (drop > 0) {
        std::memmove(b.bytes.data(), b.bytes.data() + drop, b.length - drop);
        b.length -= drop;
        b.base = keep;
    }
    const size_t need = b.length + n + m_padding;
    if (b.bytes.size() < need)
        b.bytes.resize(std::max(need, b.bytes.size() * 3 / 2));
    else if (b.bytes.size() > 4 * need && b.bytes.size() > (size_t(16) << 20)) {
        // After a huge entry: give the memory back.
        std::vector<char> smaller(need);
        std::memcpy(smaller.data(), b.bytes.data(), b.length);
        b.bytes.swap(smaller);
    }
    return b.bytes.data() + b.length;
}

void BatchProducer::commit(size_t n)
{
    ReadBatch &b = *m_batch;
    b.length += n;
    // simdjson may read past the entry's end: keep the padding defined.
    std::memset(b.bytes.data() + b.length, ' ', m_padding);
    m_splitter.scan(b.bytes.data(), b.base, b.length, *this);
    m_decoded += n;
    b.bytesDecoded += n;
}

void BatchProducer::entry(const char *begin, size_t length, quint64 offset, qint64 line)
{
    m_batch->events.push_back({ReadBatch::Kind::Entry, false, offset, line,
                               size_t(begin - m_batch->bytes.data()), length});
}

void BatchProducer::problem(quint64 offset, qint64 line, const QString &what, bool skipped)
{
    addEvent(ReadBatch::Kind::Problem, offset, line, what, skipped);
}

void BatchProducer::addEvent(ReadBatch::Kind kind, quint64 offset, qint64 line, const QString &text,
                             bool skipped)
{
    m_batch->events.push_back({kind, skipped, offset, line, size_t(m_batch->problems.size()), 0});
    m_batch->problems.push_back(text);
}

// Hands the current batch over and starts the next one with the bytes the splitter still needs
// (the start of an unfinished entry).
void BatchProducer::ship(bool last)
{
    std::unique_ptr<ReadBatch> full = std::move(m_batch);
    full->layout = m_splitter.layout();
    full->pages = m_splitter.pages();
    full->notJson = m_splitter.notJson();
    full->last = last;
    if (last) {
        m_done = true;
    } else {
        m_batch = m_queue.spare();
        const quint64 keep = std::max(m_splitter.keepFrom(), full->base);
        const size_t tail = size_t(full->base + full->length - keep);
        const size_t need = tail + m_chunk + m_padding;
        if (m_batch->bytes.size() < need)
            m_batch->bytes.resize(need);
        std::memcpy(m_batch->bytes.data(), full->bytes.data() + (keep - full->base), tail);
        m_batch->base = keep;
        m_batch->length = tail;
    }
    // The consumer is behind (the queue is full, pushing would wait): parse this batch here
    // instead of waiting. Parsing ahead as soon as one batch waited made this thread the
    // busier one (it also reads, inflates and splits).
    if (m_parser && m_queue.full())
        parse(*full);
    if (!m_queue.push(std::move(full)))
        m_done = true;
}

// The input ended (or is not JSON): the splitter reports what is unfinished. Events after the
// Finish mark are only replayed when no limit stopped the read.
void BatchProducer::finishInput(bool callFinish)
{
    if (callFinish) {
        addEvent(ReadBatch::Kind::Finish, 0, -1, QString());
        m_splitter.finish(*this);
    }
    ship(true);
}

void BatchProducer::stepPlain()
{
    if (!m_started) {
        // The head is the start of the input: scan it, then the rest chunk by chunk.
        m_started = true;
        const size_t n = size_t(m_pending.size());
        std::memcpy(prepare(n), m_pending.constData(), n);
        m_read += n;
        m_batch->bytesRead += n;
        m_pending.clear();
        commit(n);
    } else if (m_splitter.notJson()) {
        finishInput(false);
        return;
    } else if (m_options.maxDecodedBytes > 0 && m_decoded >= m_options.maxDecodedBytes) {
        addEvent(ReadBatch::Kind::DecodedLimit, m_decoded, -1, QString());
        ship(true);
        return;
    } else {
        char *dst = prepare(m_chunk);
        const qint64 n = m_input.read(dst, m_chunk);
        if (n < 0) {
            addEvent(ReadBatch::Kind::Failure, m_read, -1,
                     QStringLiteral("read error: %1").arg(m_input.errorString()));
            ship(true);
            return;
        }
        if (n == 0) {
            finishInput(true);
            return;
        }
        m_read += quint64(n);
        m_batch->bytesRead += quint64(n);
        commit(size_t(n));
    }
    if (!m_batch->events.empty() || m_splitter.notJson())
        ship(false);
}

// The decompressor, made on the first step. False when zlib cannot start (reported, shipped).
Q_ALWAYS_INLINE bool BatchProducer::startGzip()
{
    m_z = std::make_unique<Zlib>();
    if (inflateInit2(&m_z->z, 15 + 32) != Z_OK) {
        addEvent(ReadBatch::Kind::Failure, quint64(-1), -1,
                 QStringLiteral("cannot start gzip decompression"));
        ship(true);
        return false;
    }
    m_z->initialised = true;
    m_z->in.resize(std::min<size_t>(m_chunk, size_t(1) << 20));
    notePoint(true);
    return true;
}

// The input's place now, as an access point of GzipRawSource: at a member's start, or between
// two deflate blocks when the last point is far enough behind.
void BatchProducer::notePoint(bool memberStart)
{
    z_stream &z = m_z->z;
    const quint64 out = m_decoded + (m_z->outRoom - z.avail_out);
    if (!memberStart && (out == 0 || out - m_lastPoint < m_options.gzipPointSpacing))
        return;
    ReadBatch::AccessPoint &p = m_batch->points.emplace_back();
    p.out = out;
    p.in = m_read - z.avail_in;
    p.bits = memberStart ? 0 : z.data_type & 7;
    p.memberStart = memberStart;
    if (!memberStart) {
        uInt size = 0;
        inflateGetDictionary(&z, nullptr, &size);
        p.window.resize(size);
        inflateGetDictionary(&z, reinterpret_cast<Bytef *>(p.window.data()), &size);
    }
    m_lastPoint = out;
}

// Inflates into the `room` bytes at z.next_out, stopping at each deflate block's end to note
// an access point there. Returns what the last inflate() returned.
int BatchProducer::inflateNoting(size_t room)
{
    z_stream &z = m_z->z;
    m_z->outRoom = room;
    int rc = Z_OK;
    do {
        rc = inflate(&z, Z_BLOCK);
        // 128: at a block's end; 64: that block was the stream's last.
        if (rc == Z_OK && (z.data_type & 128) && !(z.data_type & 64))
            notePoint(false);
    } while (rc == Z_OK && z.avail_out > 0 && z.avail_in > 0);
    return rc;
}

// Gives the decompressor more compressed bytes: the head read ahead first, then the file.
// Nothing more leaves avail_in at 0. False when reading fails (reported, shipped).
Q_ALWAYS_INLINE bool BatchProducer::refillGzip()
{
    Zlib &zl = *m_z;
    z_stream &z = zl.z;
    if (!m_pending.isEmpty()) {
        const size_t n = std::min(zl.in.size(), size_t(m_pending.size()));
        std::memcpy(zl.in.data(), m_pending.constData(), n);
        m_pending.remove(0, qsizetype(n));
        z.next_in = reinterpret_cast<Bytef *>(zl.in.data());
        z.avail_in = uInt(n);
        m_read += n;
        m_batch->bytesRead += n;
    } else if (!zl.inputDone) {
        const qint64 n = m_input.read(zl.in.data(), zl.in.size());
        if (n < 0) {
            addEvent(ReadBatch::Kind::Failure, m_read, -1,
                     QStringLiteral("read error: %1").arg(m_input.errorString()));
            ship(true);
            return false;
        }
        zl.inputDone = n == 0;
        z.next_in = reinterpret_cast<Bytef *>(zl.in.data());
        z.avail_in = uInt(n);
        m_read += quint64(n);
        m_batch->bytesRead += quint64(n);
    }
    return true;
}

// The compressed input is over: its problem, if any, and the end of the input.
Q_ALWAYS_INLINE void BatchProducer::endGzip()
{
    if (!m_z->problem.isEmpty())
        addEvent(ReadBatch::Kind::Problem, m_decoded, -1, m_z->problem);
    finishInput(!m_splitter.notJson());
}

void BatchProducer::stepGzip()
{
    if (!m_z && !startGzip())
        return;
    Zlib &zl = *m_z;
    z_stream &z = zl.z;
    if (!zl.problem.isEmpty() || m_splitter.notJson())
        return endGzip();
    if (m_options.maxDecodedBytes > 0 && m_decoded >= m_options.maxDecodedBytes) {
        addEvent(ReadBatch::Kind::DecodedLimit, m_decoded, -1, QString());
        ship(true);
        return;
    }
    if (z.avail_in == 0) {
        if (!refillGzip())
            return;
        if (z.avail_in == 0) {
            if (!zl.streamEnded)
                zl.problem = QStringLiteral("compressed data ends early (file cut short?)");
            return endGzip();
        }
    }
    if (zl.streamEnded) {
        // Another gzip member follows (concatenated .gz files); skip NUL padding.
        if (z.next_in[0] == 0) {
            --z.avail_in;
            ++z.next_in;
            return;
        }
        inflateReset(&z);
        zl.streamEnded = false;
        m_z->outRoom = 0;
        z.avail_out = 0;
        notePoint(true);
    }
    char *dst = prepare(m_chunk);
    z.next_out = reinterpret_cast<Bytef *>(dst);
    z.avail_out = uInt(m_chunk);
    const int rc = inflateNoting(m_chunk);
    const size_t produced = m_chunk - z.avail_out;
    if (rc == Z_STREAM_END)
        zl.streamEnded = true;
    else if (rc != Z_OK && rc != Z_BUF_ERROR)
        zl.problem = QStringLiteral("compressed data is corrupt (%1)")
                         .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
    commit(produced);
    // A problem found here belongs with this chunk's entries (a read stopped by a limit in
    // this chunk still reports it, as the single-threaded loop did).
    if (!zl.problem.isEmpty())
        return endGzip();
    if (!m_batch->events.empty() || m_splitter.notJson())
        ship(false);
}

} // namespace gardener::detail
