#include "core/logs/rawsources.h"

#include <QMutexLocker>
#include <vector>
#include <zlib.h>

namespace gardener {

FileRawSource::FileRawSource(const QString &path) : m_path(path), m_file(path) {}

QByteArray FileRawSource::read(quint64 offset, quint32 length) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
        return {};
    if (!m_file.seek(qint64(offset)))
        return {};
    return m_file.read(qint64(length));
}

MemoryRawSource::MemoryRawSource(QString name, QByteArray bytes)
    : m_name(std::move(name)), m_bytes(std::move(bytes))
{
}

QByteArray MemoryRawSource::read(quint64 offset, quint32 length) const
{
    if (offset >= quint64(m_bytes.size()))
        return {};
    return m_bytes.mid(qsizetype(offset), qsizetype(length));
}

// Raw deflate (no zlib header, no Adler-32: the blocks never leave memory) with one stream
// kept for all blocks; compress2() set a stream up and checksummed every block, which cost
// about a fifth of the deflating.
struct RawBlockWriter::Deflater
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

RawBlockWriter::RawBlockWriter() = default;

RawBlockWriter::~RawBlockWriter() = default;

quint64 RawBlockWriter::add(const char *data, size_t length)
{
    if (!m_pending.empty() && m_pending.size() + length > kBlockBytes)
        flush();
    const quint64 at = (quint64(m_blocks.size()) << 32) | quint64(m_pending.size());
    m_pending.append(data, length);
    return at;
}

void RawBlockWriter::flush()
{
    if (m_pending.empty())
        return;
    if (!m_deflater)
        m_deflater = std::make_unique<Deflater>();
    z_stream &z = m_deflater->z;
    // Deflated into a scratch buffer kept across blocks and copied out at its exact size: a
    // block allocated at deflateBound() and shrunk afterwards left a hole of about 7/8 of it
    // in the heap each time, which later blocks (as large again) could not use.
    std::vector<char> &scratch = m_deflater->scratch;
    scratch.resize(deflateBound(&z, uLong(m_pending.size())));
    size_t size = 0;
    if (m_deflater->ok && deflateReset(&z) == Z_OK) {
        z.next_in = reinterpret_cast<Bytef *>(m_pending.data());
        z.avail_in = uInt(m_pending.size());
        z.next_out = reinterpret_cast<Bytef *>(scratch.data());
        z.avail_out = uInt(scratch.size());
        if (deflate(&z, Z_FINISH) == Z_STREAM_END)
            size = size_t(z.total_out);
    } // else out of memory: the entries of this block lose their raw text
    m_blocks.emplace_back(scratch.data(), qsizetype(size));
    m_blockSizes.push_back(quint32(m_pending.size()));
    m_pending.clear();
    if (m_pending.capacity() > 4 * kBlockBytes)
        m_pending.shrink_to_fit(); // after one huge entry
}

void RawBlockWriter::take(std::vector<QByteArray> &blocks, std::vector<quint32> &sizes)
{
    blocks = std::move(m_blocks);
    sizes = std::move(m_blockSizes);
    m_blocks.clear();
    m_blockSizes.clear();
}

void RawBlockWriter::release()
{
    std::string().swap(m_pending);
    m_deflater.reset();
}

CompressedRawSource::CompressedRawSource(QString name) : m_name(std::move(name)) {}

CompressedRawSource::~CompressedRawSource() = default;

quint64 CompressedRawSource::add(const char *data, size_t length)
{
    const quint64 at = m_writer.add(data, length);
    return at + (quint64(m_firstPending) << 32);
}

quint32 CompressedRawSource::addBlocks(std::vector<QByteArray> &blocks, std::vector<quint32> &sizes)
{
    m_writer.flush();
    std::vector<QByteArray> mine;
    std::vector<quint32> mineSizes;
    m_writer.take(mine, mineSizes);
    for (size_t i = 0; i < mine.size(); ++i) {
        m_blocks.push_back(std::move(mine[i]));
        m_blockSizes.push_back(mineSizes[i]);
    }
    const auto first = quint32(m_blocks.size());
    for (size_t i = 0; i < blocks.size(); ++i) {
        m_blocks.push_back(std::move(blocks[i]));
        m_blockSizes.push_back(sizes[i]);
    }
    blocks.clear();
    sizes.clear();
    m_firstPending = quint32(m_blocks.size());
    return first;
}

void CompressedRawSource::finish()
{
    std::vector<QByteArray> none;
    std::vector<quint32> noSizes;
    addBlocks(none, noSizes);
    m_writer.release();
}

QByteArray CompressedRawSource::read(quint64 offset, quint32 length) const
{
    const auto block = qsizetype(offset >> 32);
    const auto at = qsizetype(offset & 0xffffffffu);
    QMutexLocker lock(&m_mutex);
    if (block >= qsizetype(m_blocks.size()))
        return {};
    if (block != m_cachedBlock) {
        const uInt size = m_blockSizes[size_t(block)];
        m_cached.resize(qsizetype(size));
        const QByteArray &in = m_blocks[size_t(block)];
        z_stream z{};
        bool ok = inflateInit2(&z, -15) == Z_OK;
        if (ok) {
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
            z.avail_in = uInt(in.size());
            z.next_out = reinterpret_cast<Bytef *>(m_cached.data());
            z.avail_out = size;
            ok = inflate(&z, Z_FINISH) == Z_STREAM_END && z.total_out == size;
            inflateEnd(&z);
        }
        if (!ok) {
            m_cachedBlock = -1;
            return {};
        }
        m_cachedBlock = block;
    }
    return m_cached.mid(at, qsizetype(length));
}

size_t CompressedRawSource::memoryBytes() const
{
    size_t bytes = m_writer.pendingCapacity();
    for (const auto &b : m_blocks)
        bytes += size_t(b.capacity());
    for (const auto &b : m_writer.blocks())
        bytes += size_t(b.capacity());
    return bytes + size_t(m_cached.capacity());
}

} // namespace gardener
