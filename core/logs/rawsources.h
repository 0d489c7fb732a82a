#pragma once

#include "core/logs/logstore.h"

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QString>

namespace gardener {

// RawSource implementations used by LogReader. All are thread-safe for read().

// Re-reads byte ranges of a plain (uncompressed) file, also a Qt resource (":/..."). Nothing of
// the entries is kept in memory. If the file changes or disappears, read() returns what it can
// (possibly empty).
class FileRawSource final : public RawSource
{
public:
    explicit FileRawSource(const QString &path);
    QString name() const override { return m_path; }
    QByteArray read(quint64 offset, quint32 length) const override;

private:
    QString m_path;
    mutable QMutex m_mutex;
    mutable QFile m_file;
};

// Slices of bytes that are in memory anyway (readBytes input); shares, never copies, them.
class MemoryRawSource final : public RawSource
{
public:
    MemoryRawSource(QString name, QByteArray bytes);
    QString name() const override { return m_name; }
    QByteArray read(quint64 offset, quint32 length) const override;

private:
    QString m_name;
    QByteArray m_bytes;
};

} // namespace gardener
