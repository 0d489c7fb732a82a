#include "core/logs/logstore.h"

#include <atomic>

#include "core/logs/entrytext.h"
#include "core/logs/varint.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace gardener {

quint32 LogStore::addSource(std::shared_ptr<const RawSource> source)
{
    m_sources.push_back(std::move(source));
    return static_cast<quint32>(m_sources.size() - 1);
}

void LogStore::reserve(size_t entries)
{
    m_timestamp.reserve(entries);
    m_receive.reserve(entries);
    m_severity.reserve(entries);
    m_text.reserve(entries);
    for (auto *v : {&m_logName, &m_resourceType, &m_service, &m_revision, &m_location, &m_project,
                    &m_sourceFile, &m_function})
        v->reserve(entries);
    m_line.reserve(entries);
    m_httpStatus.reserve(entries);
    m_raw.reserve(entries);
}

quint64 LogStore::nextIdentity()
{
    static std::atomic<quint64> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

void LogStore::append(const EntryFields &e)
{
    m_timestamp.push_back(e.timestampNs);
    m_receive.push_back(e.receiveTimestampNs);
    m_severity.push_back(e.severity);
    m_record.clear();
    putVarint(m_record, e.message.size());
    m_record.append(e.message);
    appendId(e.insertId, false);
    appendId(e.trace, true);
    appendId(e.spanId, false);
    m_text.push_back(m_bytes.append(m_record).offset);
    m_logName.push_back(m_pool.intern(e.logName));
    m_resourceType.push_back(m_pool.intern(e.resourceType));
    m_service.push_back(m_pool.intern(e.service));
    m_revision.push_back(m_pool.intern(e.revision));
    m_location.push_back(m_pool.intern(e.location));
    m_project.push_back(m_pool.intern(e.project));
    m_sourceFile.push_back(m_pool.intern(e.sourceFile));
    m_function.push_back(m_pool.intern(e.function));
    m_line.push_back(e.line);
    m_httpStatus.push_back(e.httpStatus);
    m_raw.push_back({e.rawOffset, e.rawLength, e.rawSource});
}

std::string_view LogStore::message(size_t i) const
{
    quint64 length = 0;
    const char *p = getVarint(m_bytes.at(m_text[i]), length);
    return {p, size_t(length)};
}

QByteArray LogStore::rawJson(size_t i) const
{
    const RawRef &r = m_raw[i];
    if (r.source >= m_sources.size() || !m_sources[r.source])
        return {};
    return m_sources[r.source]->read(r.offset, r.length);
}

size_t LogStore::memoryBytes() const
{
    const size_t n = m_timestamp.capacity();
    const size_t perEntry = sizeof(qint64) * 2 + sizeof(Severity) + sizeof(quint64) +
                            sizeof(quint32) * 8 + sizeof(qint32) * 2 + sizeof(RawRef);
    return n * perEntry + m_pool.memoryBytes() + m_bytes.memoryBytes();
}

} // namespace gardener

namespace gardener {

QByteArray LogStore::sampleJson(size_t i, int maxBytes) const
{
    const QByteArray raw = rawJson(i);
    if (raw.size() <= maxBytes)
        return raw;
    auto text = [](std::string_view v, size_t limit) {
        return QString::fromUtf8(v.data(), qsizetype(utf8Prefix(v, limit)));
    };
    const std::string_view message = this->message(i);
    const size_t keep = size_t(std::max(maxBytes / 2, 64));
    QJsonObject o;
    o.insert(QStringLiteral("timestamp"),
             QDateTime::fromMSecsSinceEpoch(timestampNs(i) / 1'000'000, QTimeZone::utc())
                 .toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("severity"), text(severityName(severity(i)), 32));
    o.insert(
        QStringLiteral("message"),
        QString(text(message, keep) + (message.size() > keep ? QStringLiteral("…") : QString())));
    o.insert(QStringLiteral("loggardenerNote"),
             QStringLiteral("sample shortened: the entry has %1 bytes; only its time, severity and "
                            "the start of its "
                            "message are shown")
                 .arg(raw.size()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace gardener
