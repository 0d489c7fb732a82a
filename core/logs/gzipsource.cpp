#include "core/logs/gzipsource.h"

#include <QMutexLocker>
#include <algorithm>
#include <zlib.h>

namespace gardener {

namespace {

constexpr uInt kWindowBytes = 32768;     // deflate's largest distance
constexpr quint32 kReadBytes = 1u << 16; // compressed bytes fetched at a time

// Inflates a window deflated by addPoint (raw deflate of exactly `size` bytes) into `dst`.
bool inflateWindow(const QByteArray &deflated, uInt size, Bytef *dst)
{
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(deflated.constData()));
    z.avail_in = uInt(deflated.size());
    z.next_out = dst;
    z.avail_out = size;
    const bool ok = inflate(&z, Z_FINISH) == Z_STREAM_END && z.total_out == size;
    inflateEnd(&z);
    return ok;
}

} // namespace

// One raw deflate stream for all windows (as level 1: a window is deflated once, while
// reading, and inflated only when an entry near it is wanted).
struct GzipRawSource::Deflater
{
    z_stream z{};
    std::vector<char> scratch;
    bool ok = deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    ~Deflater()
    {
        if (ok)
            deflateEnd(&z);
    }
};

// Inflates the compressed input from one access point on, fetching it through the source.
class GzipRawSource::Inflater
{
public:
    explicit Inflater(const RawSource &compressed) : m_compressed(compressed) {}
    ~Inflater() { end(); }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    bool start(const Point &p)
    {
        end();
        // A member starts with its gzip header; elsewhere the deflate stream goes on raw.
        if (inflateInit2(&m_z, p.memberStart ? 15 + 32 : -15) != Z_OK)
            return false;
        m_open = true;
        m_at = p.in;
        m_input.clear();
        m_z.avail_in = 0;
        if (p.memberStart)
            return true;
        if (p.bits > 0) {
            const QByteArray byte = m_compressed.read(p.in - 1, 1);
            if (byte.size() != 1 ||
                inflatePrime(&m_z, p.bits, quint8(byte[0]) >> (8 - p.bits)) != Z_OK)
                return false;
        }
        if (p.windowSize == 0)
            return true;
        Bytef window[kWindowBytes];
        return inflateWindow(p.window, p.windowSize, window) &&
               inflateSetDictionary(&m_z, window, p.windowSize) == Z_OK;
    }

    // Inflates into [dst, dst + room); `produced` says how much. Z_OK while there is more,
    // Z_STREAM_END at a member's end, anything else when the input ends early or is corrupt.
    int run(char *dst, size_t room, size_t &produced)
    {
        m_z.next_out = reinterpret_cast<Bytef *>(dst);
        m_z.avail_out = uInt(room);
        int rc = Z_OK;
        while (m_z.avail_out > 0 && rc == Z_OK) {
            if (m_z.avail_in == 0) {
                m_input = m_compressed.read(m_at, kReadBytes);
                if (m_input.isEmpty()) {
                    rc = Z_BUF_ERROR;
                    break;
                }
                m_at += quint64(m_input.size());
                m_z.next_in = reinterpret_cast<Bytef *>(m_input.data());
                m_z.avail_in = uInt(m_input.size());
            }
            rc = inflate(&m_z, Z_NO_FLUSH);
        }
        produced = room - m_z.avail_out;
        return rc;
    }

private:
    void end()
    {
        if (m_open)
            inflateEnd(&m_z);
        m_open = false;
    }

    const RawSource &m_compressed;
    z_stream m_z{};
    bool m_open = false;
    quint64 m_at = 0; // next compressed byte to fetch
    QByteArray m_input;
};

GzipRawSource::GzipRawSource(QString name, std::shared_ptr<const RawSource> compressed)
    : m_name(std::move(name)), m_compressed(std::move(compressed))
{
}

GzipRawSource::~GzipRawSource() = default;

void GzipRawSource::addPoint(quint64 out, quint64 in, int bits, bool memberStart,
                             std::string_view window)
{
    Point p{out, in, quint8(bits), memberStart, 0, {}};
    if (!memberStart && !window.empty()) {
        if (!m_deflater)
            m_deflater = std::make_unique<Deflater>();
        z_stream &z = m_deflater->z;
        std::vector<char> &scratch = m_deflater->scratch;
        scratch.resize(deflateBound(&z, uLong(window.size())));
        if (!m_deflater->ok || deflateReset(&z) != Z_OK)
            return; // out of memory: entries after this point are inflated from an earlier one
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(window.data()));
        z.avail_in = uInt(window.size());
        z.next_out = reinterpret_cast<Bytef *>(scratch.data());
        z.avail_out = uInt(scratch.size());
        if (deflate(&z, Z_FINISH) != Z_STREAM_END)
            return;
        p.window = QByteArray(scratch.data(), qsizetype(z.total_out));
        p.windowSize = quint32(window.size());
    }
    QMutexLocker lock(&m_mutex);
    m_points.push_back(std::move(p));
}

void GzipRawSource::finish()
{
    m_deflater.reset();
    QMutexLocker lock(&m_mutex);
    m_points.shrink_to_fit();
}

// Inflates from m_points[point] into `out` (which then starts at that point's offset) until
// it reaches `until` or the input ends; a member's end goes on at the next member's point.
// False when nothing could be started.
bool GzipRawSource::inflateFrom(size_t point, quint64 until, QByteArray &out) const
{
    Inflater inflater(*m_compressed);
    if (!inflater.start(m_points[point]))
        return false;
    const quint64 from = m_points[point].out;
    size_t have = 0;
    while (from + have < until) {
        const size_t room = std::max<size_t>(size_t(until - from - have), 4096);
        out.resize(qsizetype(have + room));
        size_t produced = 0;
        const int rc = inflater.run(out.data() + have, room, produced);
        have += produced;
        if (rc == Z_OK)
            continue;
        if (rc != Z_STREAM_END)
            break;
        const quint64 end = from + have;
        const auto next = std::find_if(m_points.begin() + qsizetype(point) + 1, m_points.end(),
                                       [end](const Point &p) { return p.out >= end; });
        if (next == m_points.end() || !next->memberStart || next->out != end ||
            !inflater.start(*next))
            break;
    }
    out.resize(qsizetype(have));
    return true;
}

QByteArray GzipRawSource::read(quint64 offset, quint32 length) const
{
    QMutexLocker lock(&m_mutex);
    const quint64 end = offset + length;
    if (offset >= m_cachedFrom && end <= m_cachedFrom + quint64(m_cached.size()))
        return m_cached.mid(qsizetype(offset - m_cachedFrom), qsizetype(length));
    const auto after = std::upper_bound(m_points.begin(), m_points.end(), offset,
                                        [](quint64 at, const Point &p) { return at < p.out; });
    if (after == m_points.begin())
        return {};
    const size_t point = size_t(after - m_points.begin()) - 1;
    // The whole span up to the next point is kept: the entries after this one come next (after
    // the last point, the rest of the input, which inflating stops at).
    const quint64 until =
        after == m_points.end() ? end + (quint64(1) << 20) : std::max(end, after->out);
    QByteArray inflated;
    if (!inflateFrom(point, until, inflated))
        return {};
    m_cached = std::move(inflated);
    m_cachedFrom = m_points[point].out;
    // Input that ends before the entry does (the file changed since): no part of an entry.
    if (end > m_cachedFrom + quint64(m_cached.size()))
        return {};
    return m_cached.mid(qsizetype(offset - m_cachedFrom), qsizetype(length));
}

size_t GzipRawSource::pointCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_points.size();
}

size_t GzipRawSource::memoryBytes() const
{
    QMutexLocker lock(&m_mutex);
    size_t bytes = m_points.capacity() * sizeof(Point) + size_t(m_cached.capacity());
    for (const Point &p : m_points)
        bytes += size_t(p.window.capacity());
    return bytes;
}

} // namespace gardener
