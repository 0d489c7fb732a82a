#include "core/history/historysql.h"

#include <QSqlError>
#include <QTimeZone>
#include <QVariant>

namespace gardener::history::detail {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    auto t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QByteArray packBuckets(const QVector<quint32> &b)
{
    QByteArray bytes;
    bytes.reserve(b.size() * 4);
    for (quint32 v : b) {
        for (int i = 0; i < 4; ++i)
            bytes.append(char((v >> (8 * i)) & 0xff));
    }
    return bytes;
}

QVector<quint32> unpackBuckets(const QByteArray &bytes)
{
    QVector<quint32> b;
    for (qsizetype i = 0; i + 3 < bytes.size(); i += 4) {
        quint32 v = 0;
        for (int k = 0; k < 4; ++k)
            v |= quint32(quint8(bytes[i + k])) << (8 * k);
        b.push_back(v);
    }
    return b;
}

Error sqlError(const QString &what, const QSqlError &e)
{
    switch (e.nativeErrorCode().toInt() & 0xff) {
    case 13: // SQLITE_FULL: the transaction was rolled back, the file is as it was
        return Error{
            {},
            -1,
            -1,
            what + QStringLiteral(": the disk holding the history database is full; the history "
                                  "was left as it was; free some space and run again")};
    case 5: // SQLITE_BUSY
        return Error{{},
                     -1,
                     -1,
                     what +
                         QStringLiteral(": the history database stayed locked by another process; "
                                        "the history was left as it was; try again")};
    default:
        return Error{{}, -1, -1, what + QStringLiteral(": ") + e.text()};
    }
}

} // namespace gardener::history::detail
