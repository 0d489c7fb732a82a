#pragma once

#include "core/logs/severity.h"
#include "core/logs/stringpool.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <string_view>
#include <vector>

namespace gardener {

// Gives back the full JSON text of an entry on demand (detail views, samples, drafts), so the
// store itself never keeps a parsed payload. A plain file re-reads its byte range; a compressed
// input keeps its own compact copy. Implementations must be thread-safe for reads.
class RawSource
{
public:
    virtual ~RawSource() = default;
    virtual QString name() const = 0; // file path or other label for people
    virtual QByteArray read(quint64 offset, quint32 length) const = 0;
};

// What a parser hands to LogStore::append for one entry. The views are only valid during the
// call; the store copies or interns what it keeps. Times are nanoseconds since the Unix epoch
// (UTC), 0 when absent.
struct EntryFields
{
    qint64 timestampNs = 0;
    qint64 receiveTimestampNs = 0;
    Severity severity = Severity::Default;
    std::string_view insertId;
    std::string_view logName;
    std::string_view resourceType;
    std::string_view service;  // resource.labels.service_name (or a near equivalent)
    std::string_view revision; // resource.labels.revision_name
    std::string_view location;
    std::string_view project;
    std::string_view trace;
    std::string_view spanId;
    std::string_view message;    // the display message, by the documented rule
    std::string_view sourceFile; // sourceLocation.file, else the module
    std::string_view function;
    qint32 line = 0;
    qint32 httpStatus = 0;
    quint32 rawSource = 0; // index returned by LogStore::addSource
    quint64 rawOffset = 0; // position of the entry's JSON in that source
    quint32 rawLength = 0;
};

// An insert id, trace or span id as the store gives it back. Ids of lowercase hex digits are
// kept packed, two digits a byte (a trace's "projects/P/traces/" prefix interned): they are a
// third of the store's per-entry bytes. Reading one writes it out into this small value, so
// its view lives exactly as long as the value does; reading through a temporary is not
// allowed, as it would leave a dangling view (use str() there).
class StoredText
{
public:
    static constexpr size_t Capacity = 128; // longest id kept packed

    std::string_view view() const & { return text(); }
    std::string_view view() const && = delete;
    operator std::string_view() const & { return text(); }
    operator std::string_view() const && = delete;
    std::string str() const { return std::string(text()); }
    bool empty() const { return text().empty(); }

private:
    friend class LogStore;
    std::string_view text() const { return m_packed ? std::string_view(m_buf, m_length) : m_raw; }

    std::string_view m_raw;
    size_t m_length = 0;
    bool m_packed = false;
    char m_buf[Capacity];
};

// Columnar, append-only store of log entries: one vector per field, repeated strings interned,
// per-entry strings in an arena, payloads left in their source. Filled on one thread (the
// reader's), read afterwards from any thread; it is moved, never copied.
class LogStore
{
public:
    LogStore() = default;
    LogStore(const LogStore &) = delete;
    LogStore &operator=(const LogStore &) = delete;
    LogStore(LogStore &&) noexcept = default;
    LogStore &operator=(LogStore &&) noexcept = default;

    quint32 addSource(std::shared_ptr<const RawSource> source);
    void append(const EntryFields &entry);
    void reserve(size_t entries);

    size_t size() const { return m_timestamp.size(); }
    bool empty() const { return m_timestamp.empty(); }

    qint64 timestampNs(size_t i) const { return m_timestamp[i]; }
    qint64 receiveTimestampNs(size_t i) const { return m_receive[i]; }
    Severity severity(size_t i) const { return m_severity[i]; }
    std::string_view message(size_t i) const;
    StoredText insertId(size_t i) const { return idField(i, 0); }
    StoredText trace(size_t i) const { return idField(i, 1); }
    StoredText spanId(size_t i) const { return idField(i, 2); }
    std::string_view logName(size_t i) const { return m_pool.at(m_logName[i]); }
    std::string_view resourceType(size_t i) const { return m_pool.at(m_resourceType[i]); }
    std::string_view service(size_t i) const { return m_pool.at(m_service[i]); }
    std::string_view revision(size_t i) const { return m_pool.at(m_revision[i]); }
    std::string_view location(size_t i) const { return m_pool.at(m_location[i]); }
    std::string_view project(size_t i) const { return m_pool.at(m_project[i]); }
    std::string_view sourceFile(size_t i) const { return m_pool.at(m_sourceFile[i]); }
    std::string_view function(size_t i) const { return m_pool.at(m_function[i]); }
    qint32 line(size_t i) const { return m_line[i]; }
    qint32 httpStatus(size_t i) const { return m_httpStatus[i]; }

    // Interned ids, for grouping without string compares.
    quint32 serviceId(size_t i) const { return m_service[i]; }
    quint32 revisionId(size_t i) const { return m_revision[i]; }
    quint32 sourceFileId(size_t i) const { return m_sourceFile[i]; }
    quint32 functionId(size_t i) const { return m_function[i]; }
    const StringPool &pool() const { return m_pool; }
    // Different for every store made in this process (moves keep it): what a result worked
    // out from a store's entries records to say which store it came from.
    quint64 identity() const { return m_identity; }

    // The entry's full JSON as it was read; empty if its source is gone.
    QByteArray rawJson(size_t i) const;
    // The entry as JSON for a sample written somewhere (worklog, issue): the raw JSON when it
    // is at most maxBytes, otherwise a small object with its timestamp, severity, the first
    // part of its message and a note of how large it was. Never larger than about maxBytes.
    static constexpr int MaxSampleBytes = 8 * 1024;
    QByteArray sampleJson(size_t i, int maxBytes = MaxSampleBytes) const;
    const std::vector<std::shared_ptr<const RawSource>> &sources() const { return m_sources; }

    // Approximate heap bytes held by the store (columns, pool, arena), for benchmarks.
    size_t memoryBytes() const;

private:
    // The four per-entry strings are stored back to back in the arena, one 8-byte offset per
    // entry instead of four 16-byte Refs: the message (its length as a varint, then its bytes;
    // first, as clustering reads it most), then the three ids (logstoreids.cpp).
    StoredText idField(size_t i, int field) const;
    void appendId(std::string_view id, bool prefixed);

    struct RawRef
    {
        quint64 offset;
        quint32 length;
        quint32 source;
    };
    std::vector<qint64> m_timestamp;
    std::vector<qint64> m_receive;
    std::vector<Severity> m_severity;
    std::vector<quint64> m_text; // arena offset of the entry's packed strings
    std::string m_record;        // scratch for append()
    std::vector<quint32> m_logName, m_resourceType, m_service, m_revision, m_location, m_project,
        m_sourceFile, m_function;
    std::vector<qint32> m_line, m_httpStatus;
    std::vector<RawRef> m_raw;
    StringPool m_pool;
    quint64 m_identity = nextIdentity();
    static quint64 nextIdentity();
    ByteArena m_bytes;
    std::vector<std::shared_ptr<const RawSource>> m_sources;
};

} // namespace gardener
