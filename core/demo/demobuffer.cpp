#include "core/demo/demobuffer.h"

#include "core/util/civiltime.h"

#include <zlib.h>

#include <algorithm>

namespace gardener::demo {

namespace fmt {

void appendInt(std::string &out, qint64 value)
{
    char digits[24];
    int n = 0;
    quint64 v = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (value < 0)
        out.push_back('-');
    while (n > 0)
        out.push_back(digits[--n]);
}

void appendPadded(std::string &out, qint64 value, int width)
{
    char digits[32];
    int n = 0;
    quint64 v = quint64(value);
    do {
        digits[31 - n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n < width && n < 32)
        digits[31 - n++] = '0';
    out.append(digits + 32 - n, size_t(n));
}

void appendFixed(std::string &out, double value, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = value < 0;
    const qint64 scaled = qint64((negative ? -value : value) * double(scale) + 0.5);
    if (negative && scaled != 0)
        out.push_back('-');
    appendInt(out, scaled / scale);
    if (decimals > 0) {
        out.push_back('.');
        appendPadded(out, scaled % scale, decimals);
    }
}

void appendHex(std::string &out, quint64 value, int digits)
{
    static const char hex[] = "0123456789abcdef";
    char text[16];
    const int n = std::min(digits, 16);
    for (int i = 0; i < n; ++i)
        text[i] = hex[(value >> (4 * (n - 1 - i))) & 0xf];
    out.append(text, size_t(n));
}

void appendTime(std::string &out, qint64 nanos, int digits, bool zulu)
{
    const civil::DateTime t = civil::fromEpochNanos(nanos);
    const qint64 frac = t.nanos;
    appendPadded(out, t.year, 4);
    out.push_back('-');
    appendPadded(out, t.month, 2);
    out.push_back('-');
    appendPadded(out, t.day, 2);
    out.push_back('T');
    appendPadded(out, t.hour, 2);
    out.push_back(':');
    appendPadded(out, t.minute, 2);
    out.push_back(':');
    appendPadded(out, t.second, 2);
    out.push_back('.');
    if (digits >= 9)
        appendPadded(out, frac, 9);
    else
        appendPadded(out, frac / 1000, 6);
    out.append(zulu ? "Z" : "+00:00");
}

void appendJsonString(std::string &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    size_t run = 0; // start of the pending run of characters that need no escaping
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        out.push_back('\\');
        switch (c) {
        case '"':
            out.push_back('"');
            break;
        case '\\':
            out.push_back('\\');
            break;
        case '\n':
            out.push_back('n');
            break;
        case '\t':
            out.push_back('t');
            break;
        case '\r':
            out.push_back('r');
            break;
        default:
            out.append("u00");
            out.push_back(hex[u >> 4]);
            out.push_back(hex[u & 0xf]);
        }
    }
    out.append(text.data() + run, text.size() - run);
    out.push_back('"');
}

} // namespace fmt

struct DemoSink::Zlib
{
    z_stream stream{};
};

DemoSink::DemoSink(QIODevice &device, bool gzip, int gzipLevel, QString name)
    : m_device(device), m_name(std::move(name))
{
    m_buffer.reserve(BlockSize + (64 << 10));
    if (gzip) {
        m_zlib = std::make_unique<Zlib>();
        // windowBits 15 + 16 asks zlib for a gzip header; it writes mtime 0, so the bytes
        // depend on the input only.
        if (deflateInit2(&m_zlib->stream, qBound(1, gzipLevel, 9), Z_DEFLATED, 15 + 16, 8,
                         Z_DEFAULT_STRATEGY) != Z_OK) {
            m_zlib.reset();
            m_gzipBroken = true;
        }
        m_compressed.resize(256 << 10);
    }
}

DemoSink::~DemoSink()
{
    if (m_zlib)
        deflateEnd(&m_zlib->stream);
}

Result<void> DemoSink::writeDevice(const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_device.write(data + done, size - done);
        if (n <= 0)
            return fail(QStringLiteral("could not write: %1").arg(m_device.errorString()), m_name,
                        -1, m_bytesOut + done);
        done += n;
    }
    m_bytesOut += size;
    return {};
}

Result<void> DemoSink::deflateBlock(const char *data, size_t size, bool last)
{
    z_stream &z = m_zlib->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    int rc = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef *>(m_compressed.data());
        z.avail_out = uInt(m_compressed.size());
        rc = deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
        if (rc == Z_STREAM_ERROR)
            return fail(QStringLiteral("gzip compression failed"), m_name);
        const qint64 produced = qint64(m_compressed.size() - z.avail_out);
        if (auto r = writeDevice(m_compressed.data(), produced); !r)
            return r;
    } while (z.avail_out == 0 || (last && rc != Z_STREAM_END));
    return {};
}

Result<void> DemoSink::flush()
{
    if (m_finished)
        return fail(QStringLiteral("write after the end of the output"), m_name);
    if (m_gzipBroken)
        return fail(QStringLiteral("could not start gzip compression"), m_name);
    m_bytesIn += qint64(m_buffer.size());
    Result<void> r;
    if (m_zlib)
        r = deflateBlock(m_buffer.data(), m_buffer.size(), false);
    else if (!m_buffer.empty())
        r = writeDevice(m_buffer.data(), qint64(m_buffer.size()));
    m_buffer.clear();
    return r;
}

Result<void> DemoSink::finish()
{
    if (m_finished)
        return {};
    if (auto r = flush(); !r)
        return r;
    m_finished = true;
    if (m_zlib)
        return deflateBlock(nullptr, 0, true);
    return {};
}

} // namespace gardener::demo
