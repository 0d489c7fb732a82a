#pragma once

#include "core/logs/logstore.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <memory>
#include <string_view>
#include <vector>

namespace gardener {

// The raw JSON of gzip input, found again in the compressed input itself (the file, or the
// bytes readBytes was given): nothing of the entries is kept in memory. While the input is
// read, the reader notes access points every few hundred KiB of output: places between two
// deflate blocks, with the 32 KiB of output before them that the next blocks may refer to
// (the idea of zlib's examples/zran.c). read() inflates from the nearest point at or before
// an entry and keeps what it inflated, so entries read in order inflate the input once.
// An entry's offset is its place in the inflated stream, as the reader reports it.
//
// Filled by one thread with addPoint() while reading; read() is safe from any thread after
// that. If the file changes or disappears, read() returns what it can (possibly empty).
class GzipRawSource final : public RawSource
{
public:
    // `compressed` reads byte ranges of the gzip input.
    GzipRawSource(QString name, std::shared_ptr<const RawSource> compressed);
    ~GzipRawSource() override;
    GzipRawSource(const GzipRawSource &) = delete;
    GzipRawSource &operator=(const GzipRawSource &) = delete;

    QString name() const override { return m_name; }
    QByteArray read(quint64 offset, quint32 length) const override;

    // In increasing `out`. `in`: offset in the compressed input of the first byte inflate has
    // not consumed; `bits`: how many low bits of the byte before it belong to the next block
    // (zlib's data_type & 7). `memberStart`: a gzip member's header starts at `in` (no window
    // needed). `window`: the output just before `out` (at most 32 KiB), deflated here.
    void addPoint(quint64 out, quint64 in, int bits, bool memberStart, std::string_view window);
    // Gives the deflater's memory back once the input is read.
    void finish();

    size_t pointCount() const;
    size_t memoryBytes() const;

private:
    struct Point
    {
        quint64 out = 0;
        quint64 in = 0;
        quint8 bits = 0;
        bool memberStart = false;
        quint32 windowSize = 0; // inflated
        QByteArray window;      // raw deflate
    };
    class Inflater;
    bool inflateFrom(size_t point, quint64 until, QByteArray &out) const;

    QString m_name;
    std::shared_ptr<const RawSource> m_compressed;
    struct Deflater;
    std::unique_ptr<Deflater> m_deflater;
    mutable QMutex m_mutex;
    std::vector<Point> m_points;
    mutable quint64 m_cachedFrom = 0;
    mutable QByteArray m_cached;
};

} // namespace gardener
