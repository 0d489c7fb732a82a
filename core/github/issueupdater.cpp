#include "core/github/issueupdater.h"

#include "core/github/types.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace gardener::github {

QString IssueUpdate::key() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &part :
         {repo, QString::number(number), title,
          setLabels ? labels.join(QLatin1Char('\x1f')) : QStringLiteral("-"), body}) {
        h.addData(part.toUtf8());
        h.addData(QByteArrayLiteral("\x1e"));
    }
    return QString::fromLatin1(h.result().toHex().left(32));
}

QString retitled(const QString &title, const QString &priority, const QString &category)
{
    static const QRegularExpression head(
        QStringLiteral("^\\s*([^|]*?)\\s*\\|\\s*(P[0-9])\\s*\\|\\s*(.*)$"));
    const auto m = head.match(title);
    if (!m.hasMatch())
        return title;
    return QStringLiteral("%1 | %2 | %3")
        .arg(category.isEmpty() ? m.captured(1) : category,
             priority.isEmpty() ? m.captured(2) : priority, m.captured(3));
}

QStringList relabelled(const QStringList &labels, const QString &priority, const QString &category)
{
    static const QRegularExpression priorityLabel(QStringLiteral("^P[0-9]$"));
    QStringList out;
    for (const QString &l : labels) {
        if (!priority.isEmpty() && priorityLabel.match(l).hasMatch())
            continue;
        if (!category.isEmpty() && l.startsWith(QLatin1String("GCP-")))
            continue;
        out << l;
    }
    int at = 0;
    for (const QString &l : {priority, category}) {
        if (!l.isEmpty() && !out.contains(l))
            out.insert(at++, l);
    }
    return out;
}

IssueUpdater::IssueUpdater(GitHubClient *client, QObject *parent)
    : QObject(parent), m_client(client),
      m_connection(QStringLiteral("issue-updates-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

IssueUpdater::~IssueUpdater()
{
    *m_alive = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<void> IssueUpdater::open(const QString &journalPath)
{
    m_path = journalPath;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(journalPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(QStringLiteral("cannot open the update journal: %1").arg(db.lastError().text()),
                    journalPath);
    QSqlQuery q(db);
    for (const QString &s :
         {QStringLiteral("PRAGMA synchronous=FULL"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS issue_updates ("
                         " key TEXT PRIMARY KEY, repo TEXT NOT NULL, issue INTEGER NOT NULL,"
                         " title TEXT, labels TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL,"
                         " last_error TEXT, updated_at TEXT)")}) {
        if (!q.exec(s))
            return fail(
                QStringLiteral("cannot prepare the update journal: %1").arg(q.lastError().text()),
                journalPath);
    }
    return {};
}

Result<bool> IssueUpdater::isDone(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT state FROM issue_updates WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return fail(QStringLiteral("cannot read the update journal: %1").arg(q.lastError().text()),
                    m_path);
    return q.next() && q.value(0).toString() == QLatin1String("done");
}

Result<void> IssueUpdater::record(const IssueUpdate &u, const QString &state, const QString &error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO issue_updates (key, repo, issue, title, labels, state, attempts, last_error, "
        "updated_at) "
        "VALUES (?,?,?,?,?,?,1,?,?) ON CONFLICT(key) DO UPDATE SET state=excluded.state, "
        "last_error=excluded.last_error, updated_at=excluded.updated_at, "
        "attempts=attempts + (excluded.state = 'pending')"));
    for (const QVariant &v :
         {QVariant(u.key()), QVariant(u.repo), QVariant(u.number), QVariant(u.title),
          QVariant(u.labels.join(QLatin1Char(','))), QVariant(state), QVariant(error),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(QStringLiteral("cannot write the update journal: %1").arg(q.lastError().text()),
                    m_path);
    return {};
}

void IssueUpdater::apply(const IssueUpdate &u, std::function<void(Result<bool>)> done)
{
    auto already = isDone(u.key());
    if (!already || *already) {
        QMetaObject::invokeMethod(
            this,
            [done, already] {
                done(already ? Result<bool>(false) : tl::unexpected(already.error()));
            },
            Qt::QueuedConnection);
        return;
    }
    if (auto begun = record(u, QStringLiteral("pending"), {}); !begun) {
        const Error e = begun.error();
        QMetaObject::invokeMethod(
            this, [done, e] { done(tl::unexpected(e)); }, Qt::QueuedConnection);
        return;
    }
    QJsonObject body;
    if (!u.title.isEmpty())
        body.insert(QStringLiteral("title"), u.title);
    if (u.setLabels)
        body.insert(QStringLiteral("labels"), QJsonArray::fromStringList(u.labels));
    if (!u.body.isEmpty())
        body.insert(QStringLiteral("body"), u.body);
    std::weak_ptr<bool> alive = m_alive;
    m_client->write("PATCH",
                    RepoRef::parse(u.repo).path() + QStringLiteral("/issues/%1").arg(u.number),
                    QJsonDocument(body).toJson(QJsonDocument::Compact),
                    [this, alive, u, done](Result<ApiResponse> r) {
                        if (alive.expired())
                            return;
                        if (!r) {
                            record(u, QStringLiteral("failed"), r.error().what);
                            done(tl::unexpected(r.error()));
                            return;
                        }
                        if (auto marked = record(u, QStringLiteral("done"), {}); !marked) {
                            done(tl::unexpected(marked.error()));
                            return;
                        }
                        done(true);
                    });
}

} // namespace gardener::github
