#include "core/util/sqlwait.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace gardener::util {

bool execWaiting(QSqlQuery &q, const QString &sql, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (q.exec(sql))
            return true;
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff; // SQLite's primary code
        if ((code != 5 && code != 6) || waited.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(20);
    }
}

} // namespace gardener::util
