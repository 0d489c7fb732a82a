// libFuzzer target: any bytes through the export reader (plain and gzip paths, every layout).
// Must never crash, hang, leak or read out of bounds; errors are fine. The entry splitter's
// scans (64-byte blocks in AVX2 or SSE2 lanes, and byte by byte) must also report exactly the
// same entries and problems for the same bytes: a difference stops the fuzzer like a crash.
#include "core/logs/logreader.h"
#include "tests/common/splitterdriver.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace gardener;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ReadOptions options;
    options.chunkBytes = 4096; // small chunks: entries straddle chunk boundaries
    options.maxEntryBytes = 1 << 16;
    options.strict = (size % 2) == 0;
    // gzip input: an access point at every deflate block's end, so raw JSON is inflated from
    // windows and primed bits, not only from a member's start.
    options.gzipPointSpacing = 1;
    const std::string input(reinterpret_cast<const char *>(data), size);
    // The block scan needs 65 bytes ahead: whole input, and chunks of 65 bytes or more.
    const auto byteScan = test::split(input, input.size() + 1, EntrySplitter::Scan::Bytes);
    for (const size_t chunk : {input.size() + 1, size_t(65) + (size > 0 ? data[0] : 0)}) {
        for (const auto scan : {EntrySplitter::Scan::Blocks, EntrySplitter::Scan::SseBlocks}) {
            if (test::split(input, chunk, scan) != byteScan)
                __builtin_trap();
        }
    }

    LogStore store;
    auto report = LogReader::readBytes(bytes, QStringLiteral("fuzz"), store, options);
    if (report) {
        // Touch what was stored, including the raw JSON path.
        for (size_t i = 0; i < store.size(); ++i) {
            (void)store.message(i);
            (void)store.spanId(i);
            (void)store.rawJson(i);
        }
    }
    return 0;
}
