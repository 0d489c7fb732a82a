#pragma once

#include "core/util/error.h"
#include "core/worklog/worklogdata.h"

#include <QByteArray>
#include <QString>

namespace gardener::worklog {

// Reads worklogs back: the ones WorklogWriter produces and the hand-written ones users keep
// today, whose headings ("### Cluster 1:", "## Issue Cluster 1:", "### 🚨 Cluster 1:"), count
// phrases ("17+ occurrences", "10+ repeated errors"), severity/priority notations and sample
// layouts (fenced JSON with or without jsonPayload, bullet lists of timestamps) differ.
//
// Contract: parsing never fails and never throws. Whatever is not understood is kept (unknown
// cluster fields in WorklogCluster::extraFields, prose in WorklogCluster::notes, whole sections
// in WorklogData::unparsed) and every doubt is reported in WorklogData::warnings. Mojibake
// (UTF-8 read as cp1252/Latin-1) is repaired first; invalid UTF-8 and binary input yield a
// result with a warning. A cluster section repeated later (e.g. under "Processing results")
// is folded into the first one with the same number, its GitHub actions attached to it.
// Stateless; all functions may run on any thread.
class WorklogReader
{
public:
    // Parses raw bytes (UTF-8 expected). `sourceName` is used in warnings and, when the
    // worklog states no time, to take one from a name like "worklog-2025-09-13-1800.md".
    static WorklogData parse(const QByteArray &bytes, const QString &sourceName = QString());

    // Parses already decoded text (mojibake is still repaired).
    static WorklogData parseText(const QString &text, const QString &sourceName = QString());

    // Reads and parses a file. Fails only when the file cannot be read (missing, a folder,
    // unreadable, larger than maxBytes); the Error names the file.
    static Result<WorklogData> readFile(const QString &path, qint64 maxBytes = 64LL * 1024 * 1024);
    // The file's bytes as they are (for an import), with the same checks and errors as
    // readFile().
    static Result<QByteArray> readBytes(const QString &path, qint64 maxBytes = 64LL * 1024 * 1024);
    // The file's text for people to read, with the same mojibake repair as the fields the
    // reader extracts ("ðŸš¨" back to 🚨), so a view of it agrees with them.
    static Result<QString> readText(const QString &path, qint64 maxBytes = 64LL * 1024 * 1024);

private:
    // The reader proper, on UTF-8 from byte `begin` on: lines are views of this one buffer.
    static WorklogData parseUtf8(QByteArray utf8, qsizetype begin, const QString &sourceName);
};

} // namespace gardener::worklog
