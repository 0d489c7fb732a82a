#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace gardener::gcp {

// Writes a collection as a JSON export (an array of LogEntry objects, the format `inspect` and
// the reader open) incrementally and resumably:
//   <out>.partial     the array so far, appended page by page
//   <out>.state.json  after each page: the next page token, the query it belongs to, and how
//                     many bytes of the partial file are committed. No secrets.
// A page is committed by appending its entries, flushing, then replacing the state file
// (QSaveFile). After a crash the partial file is cut back to the committed length, so an entry
// is either in the output once or fetched again. Seen insertIds are rebuilt from the committed
// partial output itself (one source of truth), and every new entry is checked against them, so
// a repeated page adds nothing twice. finish() closes the array and renames it onto <out>.
// Single-threaded; not copyable.
class ExportWriter
{
public:
    ExportWriter() = default;
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    // Opens for `outputPath`. If a state file for the same `query` exists, continues it
    // (returns true); otherwise starts a new partial file (returns false).
    Result<bool> open(const QString &outputPath, const QJsonObject &query);

    QByteArray pageToken() const { return m_pageToken; }
    qint64 entries() const { return m_entries; }
    QString partialPath() const { return m_output + QStringLiteral(".partial"); }
    QString statePath() const { return m_output + QStringLiteral(".state.json"); }

    // The dedupe key of an entry: its insertId, else a hash of its compact JSON.
    static QByteArray entryKey(const QJsonObject &entry, const QByteArray &compactJson);
    bool seen(const QByteArray &key) const { return m_seen.contains(key); }

    // Appends entries (compact JSON, with their keys; duplicates must be filtered by the caller
    // through seen()) and commits the state with the token of the next page.
    Result<void> commitPage(const QList<QByteArray> &entries, const QList<QByteArray> &keys,
                            const QByteArray &nextPageToken);
    // Closes the array, renames the partial file onto the output, removes the state file.
    Result<void> finish();
    // Closes files, leaving partial + state for a later resume.
    void close();

private:
    Result<void> writeState();
    Result<void> rebuildSeen(qint64 committedBytes);

    QString m_output;
    QJsonObject m_query;
    QFile m_partial;
    QByteArray m_pageToken;
    qint64 m_entries = 0;
    QSet<QByteArray> m_seen;
};

} // namespace gardener::gcp
