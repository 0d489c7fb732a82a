#pragma once

class QSqlQuery;
class QString;

namespace gardener::util {

// Runs `sql` on `q`, retrying while SQLite answers BUSY or LOCKED, until `timeoutMs` has
// passed. SQLite answers BUSY at once, without its busy handler, in a few cases (another
// connection is switching the file to WAL or recovering it); those are as transient as a held
// lock. Returns false with q.lastError() set when it still fails.
bool execWaiting(QSqlQuery &q, const QString &sql, int timeoutMs);

} // namespace gardener::util
