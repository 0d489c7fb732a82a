#pragma once

// Decoded views of a text, so the detectors also see secrets that were URL-encoded, JSON-escaped
// (once or more: JSON inside a JSON string) or base64-encoded. Internal to core/redaction.

#include <QList>
#include <QString>

namespace gardener::redaction::detail {

// A decoded copy of a text with, for each of its characters, the range of original characters
// it came from, so a finding in the copy maps back to whole escapes in the original (a
// replacement never splits "%2F" or "\u002F", and JSON stays valid).
struct DecodedView
{
    QString text;
    QList<qsizetype> from; // original start of text[i]
    QList<qsizetype> to;   // original end of text[i]
    QString form;          // "URL-encoded", "JSON-escaped", "JSON-escaped, URL-encoded", ...

    // The original range of text[start, start + length).
    qsizetype originalStart(qsizetype start) const { return from.at(start); }
    qsizetype originalEnd(qsizetype start, qsizetype length) const
    {
        return to.at(start + length - 1);
    }
};

// Every distinct decoding of text worth scanning (none when text holds no escapes), each
// mapped back to text. At most a few levels deep.
QList<DecodedView> decodedViews(const QString &text);

struct Base64Run
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString decoded; // printable UTF-8 text
};

// Runs of base64 or base64url (at least 12 characters) that decode to printable UTF-8 text.
QList<Base64Run> base64Runs(const QString &text);

} // namespace gardener::redaction::detail
