#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

class QSqlError;
class QVariant;

// How the history store's files write its values into SQLite and word its errors; shared by the
// store's own files only.
namespace gardener::history::detail {

// A time as the history keeps it: UTC, ISO 8601 with milliseconds; empty when invalid.
QString iso(const QDateTime &t);
// The inverse of iso(), in UTC.
QDateTime fromIso(const QVariant &v);
// Buckets as little-endian 32-bit words, the blob the runs' clusters keep.
QByteArray packBuckets(const QVector<quint32> &b);
QVector<quint32> unpackBuckets(const QByteArray &bytes);
// `what` failed: the error says why, in words (a full disk and a held lock leave the history as
// it was).
Error sqlError(const QString &what, const QSqlError &e);

} // namespace gardener::history::detail
