#pragma once

#include "core/util/error.h"

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace gardener {

// The cells of `rows` x `columns` of a table model as the user reads them (DisplayRole, header
// texts first), for "Export as CSV" and "Copy as Markdown". Pure functions of the model; call
// on the model's thread.

// RFC 4180: a field holding a comma, quote, CR or LF is quoted with quotes doubled; lines end in
// CRLF. Log text is written by whoever can reach the service, so a field that a spreadsheet
// would run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe.
QString tableAsCsv(const QAbstractItemModel &model, const QList<int> &columns,
                   const QList<int> &rows);

// A GitHub-flavoured Markdown table: pipes and backslashes escaped, line breaks as spaces, and
// angle brackets as entities so a template's <NUM> is shown instead of swallowed as a tag.
QString tableAsMarkdown(const QAbstractItemModel &model, const QList<int> &columns,
                        const QList<int> &rows);

// Writes `text` as UTF-8 to `path` atomically (QSaveFile): the old file stays whole on failure.
Result<void> writeTextFile(const QString &path, const QString &text);

} // namespace gardener
