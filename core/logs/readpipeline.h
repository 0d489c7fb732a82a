#pragma once

#include "core/logs/entryparser.h"
#include "core/logs/entrysplitter.h"
#include "core/logs/logreader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace gardener::detail {

// The reader runs in two stages: a producer reads (and inflates) the input and finds the
// entries' byte ranges with EntrySplitter; a consumer parses the entries and fills the store.
// They talk through batches, so the producer can run on a second core while the consumer
// parses. Everything the splitter says is recorded as events in input order and replayed by
// the consumer, which therefore sees exactly what a single-threaded read would have seen.
struct ReadBatch
{
    enum class Kind : quint8
    {
        Entry,        // bytes [at, at + length) of `bytes`
        Problem,      // text: problems[at]
        DecodedLimit, // ReadOptions::maxDecodedBytes reached at `offset`
        Failure,      // the read failed (read error, zlib could not start): problems[at]
        Finish,       // what follows is the splitter's finish(): skipped after a limit
    };
    struct Event
    {
        Kind kind;
        bool skipped;
        quint64 offset;
        qint64 line;
        size_t at;
        size_t length;
    };

    // An entry parsed ahead on the producer's thread; its strings live in `text`.
    struct Parsed
    {
        EntryFields fields;
        std::optional<EntryParser::Failure> failure;
    };
    // Copies of parsed strings, in blocks that never move.
    class TextArena
    {
    public:
        std::string_view copy(std::string_view s);
        void clear() { m_block = 0, m_used = 0; }

    private:
        static constexpr size_t kBlockBytes = size_t(256) << 10;
        std::vector<std::pair<std::unique_ptr<char[]>, size_t>> m_blocks;
        size_t m_block = 0, m_used = 0;
    };

    std::vector<char> bytes; // input bytes [base, base + length), then padding
    quint64 base = 0;
    size_t length = 0;
    std::vector<Event> events;
    QStringList problems;
    quint64 bytesRead = 0;    // input bytes consumed for this batch
    quint64 bytesDecoded = 0; // JSON bytes scanned for this batch
    // The splitter's state after this batch.
    EntrySplitter::Layout layout = EntrySplitter::Layout::Unknown;
    quint64 pages = 0;
    bool notJson = false;
    bool last = false; // nothing follows
    // Empty, or one per Entry event when the producer parsed them (the consumer was behind).
    std::vector<Parsed> parsed;
    TextArena text;
    // gzip input: the access points noted while inflating this batch (GzipRawSource), their
    // windows as inflated; the consumer hands them to the source.
    struct AccessPoint
    {
        quint64 out, in;
        int bits;
        bool memberStart;
        std::string window;
    };
    std::vector<AccessPoint> points;

    void reset();
};

// A bounded queue of filled batches plus a pool of spent ones (their buffers are reused, so
// the pages are faulted in once).
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity) {}

    // False when the consumer stopped the pipeline (the batch is dropped).
    bool push(std::unique_ptr<ReadBatch> batch);
    // Blocks until a batch is there (the producer always ends with a `last` batch).
    std::unique_ptr<ReadBatch> pop();
    bool empty() const;
    size_t size() const;
    bool full() const;
    std::unique_ptr<ReadBatch> spare();
    void recycle(std::unique_ptr<ReadBatch> batch);
    // The consumer is done early (cancel, failure, a limit): unblocks and stops the producer.
    void stop();
    bool stopped() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<ReadBatch>> m_full;
    std::vector<std::unique_ptr<ReadBatch>> m_spare;
    size_t m_capacity;
    bool m_stopped = false;
};

// Where the (possibly compressed) bytes come from.
class Input
{
public:
    virtual ~Input() = default;
    // Up to `max` bytes into `dst`; 0 at the end, -1 on a read error.
    virtual qint64 read(char *dst, size_t max) = 0;
    virtual QString errorString() const { return {}; }
};

// The first stage: input, decompression, splitting. step() handles one chunk of input and
// pushes a batch when it holds events (or the input ended); call it until done().
class BatchProducer final : public EntrySplitter::Sink
{
public:
    // `chunk`: input bytes per step (and so per batch). `parseAhead`: parse a batch here when
    // the consumer is behind (this runs on its own thread); the consumer then only stores it.
    BatchProducer(Input &input, QByteArray head, bool gzip, const ReadOptions &options,
                  BatchQueue &queue, size_t padding, size_t chunk, bool parseAhead);
    ~BatchProducer() override;
    BatchProducer(const BatchProducer &) = delete;
    BatchProducer &operator=(const BatchProducer &) = delete;

    void step();
    bool done() const { return m_done; }
    // Runs step() until done or the queue is stopped.
    void runAll();

    void entry(const char *begin, size_t length, quint64 offset, qint64 line) override;
    void problem(quint64 offset, qint64 line, const QString &what, bool skipped) override;

private:
    char *prepare(size_t n);
    void commit(size_t n);
    void stepPlain();
    void stepGzip();
    // The parts of stepGzip (once per chunk, never per byte).
    bool startGzip();
    bool refillGzip();
    int inflateNoting(size_t room);
    void notePoint(bool memberStart);
    void endGzip();
    void addEvent(ReadBatch::Kind kind, quint64 offset, qint64 line, const QString &text,
                  bool skipped = false);
    void finishInput(bool callFinish);
    void ship(bool last);
    void parse(ReadBatch &batch);

    Input &m_input;
    QByteArray m_pending; // the head, not yet consumed
    bool m_gzip;
    const ReadOptions &m_options;
    BatchQueue &m_queue;
    size_t m_padding;
    size_t m_chunk;
    EntrySplitter m_splitter;
    std::unique_ptr<ReadBatch> m_batch;
    quint64 m_decoded = 0; // all JSON bytes scanned so far
    quint64 m_read = 0;    // all input bytes consumed so far
    bool m_done = false;
    bool m_started = false;
    std::unique_ptr<EntryParser> m_parser; // parse-ahead only
    quint64 m_lastPoint = 0;               // decoded offset of the last access point noted
    struct Zlib;
    std::unique_ptr<Zlib> m_z;
};

} // namespace gardener::detail
