#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A run is identified by its data, not by when someone clicked: opening the same export again
// (same contents, same window of entries) is the same run, and history updates it instead of
// counting it twice (trends and categories would otherwise depend on how often it was opened).

namespace gardener::history {

// One input file: its size and a SHA-256 of its first and last MiB, so the cost does not grow
// with the file. Empty when the file cannot be read (the run then has no data identity).
QByteArray fileIdentity(const QString &path);
// An input held in memory (the bundled demo): a SHA-256 of all of it.
QByteArray bytesIdentity(const QByteArray &bytes);

// The identity of a run: its inputs in any order, the first and last entry time and the number
// of entries read. Empty when an input has no identity.
QString runDataKey(QList<QByteArray> inputs, qint64 firstNs, qint64 lastNs, quint64 entries);

} // namespace gardener::history
