#include "core/logs/rawsources.h"

#include <QMutexLocker>

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

} // namespace gardener
