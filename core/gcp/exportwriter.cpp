#include "core/gcp/exportwriter.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <filesystem>
#include <system_error>

namespace gardener::gcp {

namespace {
const QByteArray kHead = "[\n";
const QByteArray kSeparator = ",\n";
const QByteArray kTail = "\n]\n";
} // namespace

QByteArray ExportWriter::entryKey(const QJsonObject &entry, const QByteArray &compactJson)
{
    const QString id = entry.value(QStringLiteral("insertId")).toString();
    if (!id.isEmpty())
        return id.toUtf8();
    return "sha1:" + QCryptographicHash::hash(compactJson, QCryptographicHash::Sha1).toHex();
}

Result<bool> ExportWriter::open(const QString &outputPath, const QJsonObject &query)
{
    m_output = outputPath;
    m_query = query;
    m_seen.clear();
    m_entries = 0;
    m_pageToken.clear();
    m_partial.setFileName(partialPath());

    QFile stateFile(statePath());
    if (stateFile.exists() && m_partial.exists()) {
        if (!stateFile.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("Cannot read the resume state: %1").arg(stateFile.errorString()),
                statePath());
        const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
        const qint64 committed = state.value(QStringLiteral("committedBytes")).toInteger(-1);
        if (state.value(QStringLiteral("query")).toObject() == query && committed >= kHead.size() &&
            committed <= m_partial.size()) {
            if (!m_partial.open(QIODevice::ReadWrite))
                return fail(m_partial.errorString(), partialPath());
            // Drop anything written after the last commit: it will be fetched again.
            if (!m_partial.resize(committed))
                return fail(QStringLiteral("Cannot cut back the partial output: %1")
                                .arg(m_partial.errorString()),
                            partialPath());
            m_partial.close();
            if (auto r = rebuildSeen(committed); !r)
                return tl::unexpected<Error>(r.error());
            m_pageToken = state.value(QStringLiteral("pageToken")).toString().toUtf8();
            if (!m_partial.open(QIODevice::WriteOnly | QIODevice::Append))
                return fail(m_partial.errorString(), partialPath());
            return true;
        }
        // A different query or a damaged state: start over.
    }
    if (!m_partial.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("Cannot write the output: %1").arg(m_partial.errorString()),
                    partialPath());
    if (m_partial.write(kHead) != kHead.size() || !m_partial.flush())
        return fail(m_partial.errorString(), partialPath());
    if (auto r = writeState(); !r)
        return tl::unexpected<Error>(r.error());
    return false;
}

Result<void> ExportWriter::rebuildSeen(qint64 committedBytes)
{
    if (!m_partial.open(QIODevice::ReadOnly))
        return fail(m_partial.errorString(), partialPath());
    QByteArray text = m_partial.read(committedBytes);
    m_partial.close();
    text.append(kTail);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (!doc.isArray())
        return fail(QStringLiteral("The partial output cannot be resumed (%1); delete it and its "
                                   ".state.json to start over.")
                        .arg(error.errorString()),
                    partialPath(), -1, error.offset);
    const QJsonArray entries = doc.array();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        m_seen.insert(entryKey(o, QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    m_entries = entries.size();
    return {};
}

Result<void> ExportWriter::writeState()
{
    QSaveFile file(statePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString(), statePath());
    const QJsonObject state{
        {QStringLiteral("version"), 1},
        {QStringLiteral("query"), m_query},
        {QStringLiteral("pageToken"), QString::fromUtf8(m_pageToken)},
        {QStringLiteral("committedBytes"), m_partial.size()},
        {QStringLiteral("entries"), m_entries},
    };
    file.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(QStringLiteral("Cannot save the resume state: %1").arg(file.errorString()),
                    statePath());
    return {};
}

Result<void> ExportWriter::commitPage(const QList<QByteArray> &entries,
                                      const QList<QByteArray> &keys,
                                      const QByteArray &nextPageToken)
{
    QByteArray chunk;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (m_entries > 0 || i > 0)
            chunk += kSeparator;
        chunk += entries[i];
    }
    if (!chunk.isEmpty() && (m_partial.write(chunk) != chunk.size() || !m_partial.flush()))
        return fail(QStringLiteral("Cannot write the output: %1").arg(m_partial.errorString()),
                    partialPath());
    for (const QByteArray &key : keys)
        m_seen.insert(key);
    m_entries += entries.size();
    m_pageToken = nextPageToken;
    return writeState();
}

Result<void> ExportWriter::finish()
{
    if (m_partial.write(m_entries > 0 ? kTail : QByteArray("]\n")) < 0 || !m_partial.flush())
        return fail(m_partial.errorString(), partialPath());
    m_partial.close();
    std::error_code ec;
    // rename() replaces an existing output atomically (POSIX rename, MoveFileEx on Windows).
    std::filesystem::rename(QFileInfo(partialPath()).filesystemAbsoluteFilePath(),
                            QFileInfo(m_output).filesystemAbsoluteFilePath(), ec);
    if (ec)
        return fail(QStringLiteral("Cannot move the finished output into place: %1")
                        .arg(QString::fromStdString(ec.message())),
                    m_output);
    QFile::remove(statePath());
    return {};
}

void ExportWriter::close()
{
    m_partial.close();
}

} // namespace gardener::gcp
