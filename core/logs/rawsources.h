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

// Gathers raw entries into blocks of about 256 KiB and deflates each block (raw deflate, level
// 1), typically to a tenth of its size. An entry's place is (block << 32) | position in the
// block. Used by one thread at a time.
class RawBlockWriter
{
public:
    RawBlockWriter();
    ~RawBlockWriter();
    RawBlockWriter(const RawBlockWriter &) = delete;
    RawBlockWriter &operator=(const RawBlockWriter &) = delete;

    quint64 add(const char *data, size_t length);
    // Deflates the block being filled, if any.
    void flush();
    // The finished blocks and their inflated sizes; both are left empty.
    void take(std::vector<QByteArray> &blocks, std::vector<quint32> &sizes);
    // Gives the filling buffer and the deflater's memory back.
    void release();
    const std::vector<QByteArray> &blocks() const { return m_blocks; }
    size_t pendingCapacity() const { return m_pending.capacity(); }

private:
    static constexpr size_t kBlockBytes = 256 * 1024;
    struct Deflater;
    std::unique_ptr<Deflater> m_deflater;
    std::string m_pending;             // the block being filled
    std::vector<QByteArray> m_blocks;  // deflated blocks
    std::vector<quint32> m_blockSizes; // their inflated sizes
};

// For compressed input: the raw entries in deflated blocks (RawBlockWriter); read() inflates
// the entry's block, keeping the last one. Filled by one thread with add() and addBlocks(),
// then finish(); read() is safe from any thread after that.
class CompressedRawSource final : public RawSource
{
public:
    explicit CompressedRawSource(QString name);
    ~CompressedRawSource() override;
    QString name() const override { return m_name; }
    QByteArray read(quint64 offset, quint32 length) const override;

    quint64 add(const char *data, size_t length);
    // Blocks deflated elsewhere (by the reading thread, ahead), after everything added so far.
    // Returns the index their block numbers start from.
    quint32 addBlocks(std::vector<QByteArray> &blocks, std::vector<quint32> &sizes);
    void finish();
    size_t memoryBytes() const;
    size_t blockCount() const { return m_blocks.size(); } // once finished

private:
    QString m_name;
    RawBlockWriter m_writer;           // while filling
    std::vector<QByteArray> m_blocks;  // deflated blocks, once finished
    std::vector<quint32> m_blockSizes; // their inflated sizes
    quint32 m_firstPending = 0;        // block number of the writer's first block
    mutable QMutex m_mutex;
    mutable qsizetype m_cachedBlock = -1;
    mutable QByteArray m_cached;
};

} // namespace gardener
