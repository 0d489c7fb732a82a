#pragma once

#include "core/logs/logstore.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace gardener {

// How an export was laid out (detected from its content, never from the file name).
enum class InputFormat
{
    Unknown,   // no entry found
    JsonArray, // gcloud logging read --format=json: one array (or several in a row)
    JsonLines, // one LogEntry object per line (or objects simply concatenated)
    ApiPages,  // {"entries": [...], "nextPageToken": ...} pages, one or several
};
QString formatName(InputFormat format); // "json-array", "json-lines", "api-pages", "unknown"

struct ReadOptions
{
    // Reject entries whose fields have the wrong type, an unknown severity or a malformed
    // timestamp (see EntryParser). When false, such fields are treated as absent.
    bool strict = true;
    // Entries larger than this are skipped without being held in memory, with a problem
    // naming where. Cloud Logging itself refuses entries over 256 KB; 1 MiB leaves room for
    // pretty-printed exports and other tools.
    static constexpr size_t DefaultMaxEntryBytes = size_t(1) << 20;
    size_t maxEntryBytes = DefaultMaxEntryBytes;
    // Hostile-input limits (0: none). Reading stops when the store holds maxEntries entries of
    // this input, or when maxDecodedBytes of JSON (after decompression) were scanned; the
    // entries read so far are kept and the report says where and why it stopped. A gzip bomb
    // of tiny entries therefore costs at most maxEntries entries of memory.
    static constexpr quint64 DefaultMaxEntries = 2'000'000;
    static constexpr quint64 DefaultMaxDecodedBytes = quint64(2) << 30;
    quint64 maxEntries = DefaultMaxEntries;
    quint64 maxDecodedBytes = DefaultMaxDecodedBytes;
    // Bytes read (or inflated) per step; progress and cancellation are checked per step. With
    // two threads a step is at most kThreadedChunkBytes: the batches between the threads are
    // what a read holds beyond the store.
    size_t chunkBytes = size_t(4) << 20;
    static constexpr size_t kThreadedChunkBytes = size_t(512) << 10;
    // gzip input: the least decoded bytes between two access points its entries' raw JSON is
    // inflated from again (GzipRawSource); points fall at deflate blocks' ends, so they are
    // often further apart. A point costs 2-3 KiB of memory (1M generated entries: 15 MB, 0.02 x
    // the JSON); an entry's raw JSON inflates the span from its point (about 0.2 ms there).
    size_t gzipPointSpacing = size_t(128) << 10;
    // How many problems a report keeps (all are counted).
    int maxProblems = 10;
    // Threads for one input: with 2, reading, decompressing and splitting run beside the
    // parsing. The result is the same for any value.
    int threads = 2;
};

struct ReadProgress
{
    quint64 entries = 0;    // entries stored so far (this input)
    quint64 bytesRead = 0;  // input bytes consumed (compressed bytes for gzip)
    quint64 totalBytes = 0; // input size, 0 if unknown
};
// Called on the reading thread after each chunk.
using ProgressFn = std::function<void(const ReadProgress &)>;

struct ReadReport
{
    QString source;
    InputFormat format = InputFormat::Unknown;
    bool gzip = false;
    quint64 entries = 0;      // appended to the store
    quint64 skipped = 0;      // places where an entry should have been but was not usable
    quint64 problemCount = 0; // skipped entries plus other damage (e.g. a missing final ']')
    QList<Error> problems;    // the first ReadOptions::maxProblems of them, in input order
    quint64 bytesRead = 0;    // input bytes (compressed size for gzip)
    quint64 bytesDecoded = 0; // JSON bytes scanned (equals bytesRead unless gzip)
    quint64 pages = 0;        // API response pages seen
    bool truncated = false;   // a limit of ReadOptions stopped reading early (see problems)
    bool complete() const { return problemCount == 0; }
};

// Reads Cloud Logging exports into a LogStore: plain or gzip-compressed (detected by its magic
// bytes), in any InputFormat. Streaming: the input is read in chunks and only the entry being
// parsed is held whole, so memory stays bounded by ReadOptions::maxEntryBytes plus the store.
//
// Raw JSON (LogStore::rawJson): a plain file is re-read at the entry's byte range on demand
// (nothing kept in memory); gzip input keeps its entries in zlib-compressed blocks in memory
// (CompressedRawSource); readBytes keeps a shared reference to the given QByteArray.
//
// Failure: a Result error when the input cannot be opened or read, is not JSON at all, or the
// read was cancelled (the store then holds the entries read so far; callers normally discard
// it). Bad entries are not errors: they are skipped, counted and described in the report, each
// Error naming the source, 1-based line, byte offset (in the decompressed input) and the cause.
//
// Thread: call from any one thread; the store must not be used elsewhere meanwhile. `cancel`
// may be set from another thread and is checked after every chunk.
class LogReader
{
public:
    static Result<ReadReport> readFile(const QString &path, LogStore &store,
                                       const ReadOptions &options = {},
                                       const ProgressFn &progress = {},
                                       const std::atomic_bool *cancel = nullptr);

    // `name` labels errors and the RawSource. The bytes are shared, not copied.
    static Result<ReadReport> readBytes(const QByteArray &bytes, const QString &name,
                                        LogStore &store, const ReadOptions &options = {},
                                        const ProgressFn &progress = {},
                                        const std::atomic_bool *cancel = nullptr);
};

} // namespace gardener
