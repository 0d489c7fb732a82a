#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/worklog/worklines.h"

// Small, forgiving Markdown scanning used by the worklog reader. Not a Markdown parser: it
// knows headings, fenced blocks, list items and "**Label:** value" fields, which is all the
// worklogs use. Pure functions, thread-safe.

namespace gardener::worklog::md {

struct Heading
{
    int line = 0;   // index into the line list
    int level = 0;  // 1..6
    QString text;   // without the #'s
    int end = 0;    // first line after its whole extent (next heading of the same or higher level)
    int ownEnd = 0; // first line after its own body (next heading of any level)
};

// Headings outside fenced blocks, in document order, with their extents computed.
QList<Heading> headings(const Lines &lines);

// True for a line that opens or closes a fence (``` or ~~~); `marker` receives the fence text.
bool isFenceLine(const QString &line, QString *marker = nullptr, QString *info = nullptr);

struct Field
{
    QString label; // as written, trimmed, without ** and trailing colon
    QString value; // trimmed, may be empty
};

// The "**Label:** value" / "**Label**: value" fields of one line; several may share a line
// separated by '|'. A leading list marker is ignored. Empty when the line has none.
QList<Field> fields(const QString &line);

// Lower case, letters and digits only, single spaces: "Log Collection Period" -> "log collection
// period".
QString normalizeLabel(const QString &label);

// The text of a list item ("- x", "* x", "1. x", "- [x] x") or a null string when not a list item.
QString listItemText(const QString &line);

// Removes **bold**, `code`, surrounding quotes and backslash escapes.
QString plainText(const QString &markdown);

// Drops leading emoji, other symbols, spaces, ">" and "#".
QString stripLeadingSymbols(const QString &text);

// Escapes characters that would change the meaning of inline Markdown text.
QString escapeInline(const QString &text);

} // namespace gardener::worklog::md
