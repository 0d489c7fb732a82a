// libFuzzer target: any bytes through the export reader (plain and gzip paths, every layout).
// Must never crash, hang, leak or read out of bounds; errors are fine.
#include "core/logs/logreader.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace gardener;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ReadOptions options;
    options.chunkBytes = 4096; // small chunks: entries straddle chunk boundaries
    options.maxEntryBytes = 1 << 16;
    options.strict = (size % 2) == 0;
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
