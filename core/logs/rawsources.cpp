#include "rawsources.h"

#include <QMutexLocker>
#include <zlib.h>

namespace gardener {

FileRawSource::FileRawSource(const QString &path)
    : m_path(path)
    , m_file(path)
{
}

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
    : m_name(std::move(name))
    , m_bytes(std::move(bytes))
{
}

QByteArray MemoryRawSource::read(quint64 offset, quint32 length) const
{
    if (offset >= quint64(m_bytes.size()))
        return {};
    return m_bytes.mid(qsizetype(offset), qsizetype(length));
}

CompressedRawSource::CompressedRawSource(QString name)
    : m_name(std::move(name))
{
}

quint64 CompressedRawSource::add(const char *data, size_t length)
{
    if (!m_pending.empty() && m_pending.size() + length > kBlockBytes)
        flush();
    const quint64 at = (quint64(m_blocks.size()) << 32) | quint64(m_pending.size());
    m_pending.append(data, length);
    return at;
}

void CompressedRawSource::flush()
{
    if (m_pending.empty())
        return;
    uLongf size = compressBound(uLong(m_pending.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                  reinterpret_cast<const Bytef *>(m_pending.data()), uLong(m_pending.size()), 1)
        != Z_OK)
        size = 0; // out of memory: the entries of this block lose their raw text
    out.resize(qsizetype(size));
    out.squeeze();
    m_blocks.push_back(std::move(out));
    m_blockSizes.push_back(quint32(m_pending.size()));
    m_pending.clear();
    if (m_pending.capacity() > 4 * kBlockBytes)
        m_pending.shrink_to_fit(); // after one huge entry
}

void CompressedRawSource::finish()
{
    flush();
    std::string().swap(m_pending);
}

QByteArray CompressedRawSource::read(quint64 offset, quint32 length) const
{
    const auto block = qsizetype(offset >> 32);
    const auto at = qsizetype(offset & 0xffffffffu);
    QMutexLocker lock(&m_mutex);
    if (block >= qsizetype(m_blocks.size()))
        return {};
    if (block != m_cachedBlock) {
        uLongf size = m_blockSizes[size_t(block)];
        m_cached.resize(qsizetype(size));
        const QByteArray &in = m_blocks[size_t(block)];
        if (uncompress(reinterpret_cast<Bytef *>(m_cached.data()), &size,
                       reinterpret_cast<const Bytef *>(in.constData()), uLong(in.size()))
            != Z_OK) {
            m_cachedBlock = -1;
            return {};
        }
        m_cachedBlock = block;
    }
    return m_cached.mid(at, qsizetype(length));
}

size_t CompressedRawSource::memoryBytes() const
{
    size_t bytes = m_pending.capacity();
    for (const auto &b : m_blocks)
        bytes += size_t(b.capacity());
    return bytes + size_t(m_cached.capacity());
}

} // namespace gardener
