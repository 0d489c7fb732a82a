#pragma once

#include "core/logs/logstore.h"

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QString>
#include <memory>
#include <vector>

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

// For compressed input: the raw entries are gathered into blocks of about 256 KiB and each
// block is deflated (raw deflate, level 1), typically to a tenth of its size. An entry's offset is
// (block << 32) | position in the block; read() inflates the block, keeping the last one.
// Filled by one thread with add(), then finish(); read() is safe from any thread after that.
class CompressedRawSource final : public RawSource
{
public:
    explicit CompressedRawSource(QString name);
    ~CompressedRawSource() override;
    QString name() const override { return m_name; }
    QByteArray read(quint64 offset, quint32 length) const override;

    quint64 add(const char *data, size_t length);
    void finish();
    size_t memoryBytes() const;

private:
    void flush();

    static constexpr size_t kBlockBytes = 256 * 1024;
    QString m_name;
    struct Deflater;
    std::unique_ptr<Deflater> m_deflater; // while filling
    std::string m_pending;                // the block being filled
    std::vector<QByteArray> m_blocks;     // deflated blocks
    std::vector<quint32> m_blockSizes;    // their inflated sizes
    mutable QMutex m_mutex;
    mutable qsizetype m_cachedBlock = -1;
    mutable QByteArray m_cached;
};

} // namespace gardener
