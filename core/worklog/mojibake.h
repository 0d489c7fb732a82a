#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gardener::worklog {

// Repairs UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and re-encoded, the
// usual way emoji in hand-edited worklogs turn into "ðŸš¨" or "âœ…".
//
// Every run of characters that map back to single bytes 0x80..0xFF under cp1252 (or Latin-1
// for U+0080..U+00FF) is turned back into bytes; each complete, valid UTF-8 sequence found in
// the run (no overlong forms, no surrogates) replaces its characters. Characters that do not
// form a valid sequence are left alone, so genuine accented text ("café", "naïve", "€ 5")
// survives. Double mis-decoding is undone by repeating the pass (at most three times).
// `repairs`, when given, receives the number of sequences replaced. Pure function, thread-safe.
QString repairMojibake(const QString &text, int *repairs = nullptr);

// The same on UTF-8 bytes from `begin` on, one line at a time (a mis-decoded sequence never
// spans a line): returns `utf8` itself, shared and not copied, when nothing was repaired.
QByteArray repairMojibakeLines(QByteArray utf8, qsizetype begin, int *repairs = nullptr);

// The bytes to read as UTF-8 and where they start: the input itself, shared, unless it is
// UTF-16 or holds NUL bytes (then a converted copy).
QByteArray utf8Of(const QByteArray &raw, QStringList &warnings, qsizetype *begin);

} // namespace gardener::worklog
