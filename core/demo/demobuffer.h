#pragma once

#include "core/util/error.h"

#include <QIODevice>
#include <QtGlobal>
#include <memory>
#include <string>
#include <string_view>

namespace gardener::demo {

// Text is built in a std::string with the small formatting helpers below (no locale, no
// QString round trips) and handed to a DemoSink in large blocks: the generator writes
// millions of entries and spends its time here.
namespace fmt {
void appendInt(std::string &out, qint64 value);
void appendPadded(std::string &out, qint64 value, int width); // zero-padded, value >= 0
// `value` scaled by 10^decimals and rounded, printed with that many decimals ("17.60").
void appendFixed(std::string &out, double value, int decimals);
void appendHex(std::string &out, quint64 value, int digits);
// RFC 3339 UTC. digits = 6 or 9 fractional digits; zulu chooses "Z" over "+00:00".
void appendTime(std::string &out, qint64 nanosSinceEpoch, int digits, bool zulu);
// A JSON string literal with its quotes; UTF-8 passes through, controls are escaped.
void appendJsonString(std::string &out, std::string_view text);
} // namespace fmt

// Writes blocks to a QIODevice, optionally through a gzip (zlib) stream. The device must be
// open for writing; the sink does not own it. Not thread-safe. Errors are sticky: after the
// first failed write every call returns the same error.
class DemoSink
{
public:
    DemoSink(QIODevice &device, bool gzip, int gzipLevel, QString name);
    ~DemoSink();
    DemoSink(const DemoSink &) = delete;
    DemoSink &operator=(const DemoSink &) = delete;

    std::string &buffer() { return m_buffer; }
    // Passes the buffer on once it holds more than a block; call after each entry.
    Result<void> maybeFlush()
    {
        if (m_buffer.size() < BlockSize)
            return {};
        return flush();
    }
    Result<void> flush();
    Result<void> finish();                         // flushes and ends the gzip stream
    qint64 bytesIn() const { return m_bytesIn; }   // text produced
    qint64 bytesOut() const { return m_bytesOut; } // bytes written to the device

private:
    static constexpr size_t BlockSize = 1 << 20;
    Result<void> writeDevice(const char *data, qint64 size);
    Result<void> deflateBlock(const char *data, size_t size, bool last);

    QIODevice &m_device;
    QString m_name;
    std::string m_buffer;
    struct Zlib;
    std::unique_ptr<Zlib> m_zlib;
    std::string m_compressed;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    bool m_finished = false;
    bool m_gzipBroken = false;
};

} // namespace gardener::demo
