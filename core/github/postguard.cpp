// The cross-process half of IssuePoster: the journal lock, the marker check right before an
// issue is filed, the duplicate check right after, and the "anything new?" check of comments.
#include "core/github/issueposter.h"

#include "core/github/types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTimer>

namespace gardener::github {

namespace {

constexpr int LockRetryMs = 200;
constexpr int LockNoticeAfterMs = 1000;
// Clock skew margin when listing issues updated since a draft was prepared.
constexpr qint64 ListMarginSecs = 3600;

QString lockHolder(const QString &lockPath)
{
    QLockFile probe(lockPath);
    qint64 pid = 0;
    QString host, app;
    if (!probe.getLockInfo(&pid, &host, &app))
        return QStringLiteral("another Log Gardener process");
    return QStringLiteral("another Log Gardener process (%1, pid %2 on %3)")
        .arg(app)
        .arg(pid)
        .arg(host);
}

bool isOpen(const QJsonObject &issue)
{
    return issue.value(QLatin1String("state")).toString() == QLatin1String("open");
}

int numberOf(const QJsonObject &issue)
{
    return issue.value(QLatin1String("number")).toInt();
}

} // namespace

void IssuePoster::acquireLock(int waitedMs, std::function<void(Result<void>)> then)
{
    // One post at a time per process too: the lock file is per process, not per post.
    if (!m_holdingLock && m_journal->tryLock()) {
        m_holdingLock = true;
        then({});
        return;
    }
    if (waitedMs >= m_lockTimeoutMs) {
        then(fail(
            QStringLiteral(
                "not posted: %1 has held the post journal's lock %2 for %3 s; try again when it "
                "has finished")
                .arg(lockHolder(m_journal->lockPath()), m_journal->lockPath())
                .arg(waitedMs / 1000)));
        return;
    }
    if (waitedMs == LockNoticeAfterMs && !m_holdingLock)
        Q_EMIT waiting(
            QStringLiteral("waiting for %1 that is posting with the same journal (lock %2)")
                .arg(lockHolder(m_journal->lockPath()), m_journal->lockPath()));
    QTimer::singleShot(LockRetryMs, this,
                       [this, waitedMs, then] { acquireLock(waitedMs + LockRetryMs, then); });
}

void IssuePoster::guardedSend(const IssueDraft &draft, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    if (draft.kind == IssueDraft::Kind::Comment) {
        lastWindow(draft, [this, alive, draft, done](Result<QDateTime> last) {
            if (alive.expired())
                return;
            if (!last) {
                done(fail(
                    QStringLiteral(
                        "not posted: cannot read what #%1 already reports (%2); try again later")
                        .arg(draft.targetIssue)
                        .arg(last.error().what)));
                return;
            }
            const QDateTime mine = marker::findWindowEnd(draft.body);
            if (mine.isValid() && last->isValid() && mine <= *last) {
                PostOutcome o;
                o.issueNumber = draft.targetIssue;
                o.nothingNew = true;
                o.note =
                    QStringLiteral("no entries after %1, which #%2 already reports; nothing posted")
                        .arg(last->toString(Qt::ISODate))
                        .arg(draft.targetIssue);
                done(o);
                return;
            }
            send(draft, done);
        });
        return;
    }
    listMarked(draft, [this, alive, draft, done](Result<QList<QJsonObject>> marked) {
        if (alive.expired())
            return;
        if (!marked) {
            done(fail(
                QStringLiteral(
                    "not posted: cannot check whether another run filed this cluster meanwhile "
                    "(%1); try again later")
                    .arg(marked.error().what)));
            return;
        }
        for (const QJsonObject &issue : std::as_const(*marked)) {
            if (!isOpen(issue))
                continue;
            PostOutcome o;
            o.issueNumber = numberOf(issue);
            o.url = issue.value(QLatin1String("html_url")).toString();
            o.alreadyPosted = true;
            o.note = QStringLiteral(
                         "#%1 was filed for this cluster meanwhile (another run); no second issue")
                         .arg(o.issueNumber);
            done(o);
            return;
        }
        send(draft, [this, alive, draft, done](Result<PostOutcome> posted) {
            if (alive.expired())
                return;
            if (!posted || posted->alreadyPosted)
                done(std::move(posted));
            else
                settleDuplicate(draft, *posted, done);
        });
    });
}

// Open and closed issues of the draft's cluster updated since shortly before the draft was
// prepared, oldest number first. The plain issue list, not search: search lags behind.
void IssuePoster::listMarked(const IssueDraft &draft, MarkedDone done)
{
    const QDateTime from =
        (draft.createdAt.isValid() ? draft.createdAt : QDateTime::currentDateTimeUtc())
            .addSecs(-ListMarginSecs);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
    q.addQueryItem(QStringLiteral("since"), from.toUTC().toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("created"));
    q.addQueryItem(QStringLiteral("direction"), QStringLiteral("asc"));
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    const QString fingerprint = draft.fingerprint;
    m_client->getAllPages(
        RepoRef::parse(draft.repo).path() + QStringLiteral("/issues"), q,
        [fingerprint, done](Result<QList<QJsonValue>> items) {
            if (!items) {
                done(tl::unexpected(items.error()));
                return;
            }
            QList<QJsonObject> marked;
            for (const QJsonValue &v : std::as_const(*items)) {
                const QJsonObject o = v.toObject();
                if (!o.contains(QLatin1String("pull_request")) &&
                    marker::findFingerprint(o.value(QLatin1String("body")).toString()) ==
                        fingerprint)
                    marked.append(o);
            }
            std::sort(marked.begin(), marked.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return numberOf(a) < numberOf(b);
            });
            done(marked);
        });
}

// The latest window end the issue already reports for the draft's cluster (its body and its
// comments); invalid when none says.
void IssuePoster::lastWindow(const IssueDraft &draft, std::function<void(Result<QDateTime>)> done)
{
    const QString issuePath =
        RepoRef::parse(draft.repo).path() + QStringLiteral("/issues/%1").arg(draft.targetIssue);
    const QString fingerprint = draft.fingerprint;
    std::weak_ptr<bool> alive = m_alive;
    m_client->get(issuePath, {},
                  [this, alive, issuePath, fingerprint, done](Result<ApiResponse> issue) {
                      if (alive.expired())
                          return;
                      if (!issue) {
                          done(tl::unexpected(issue.error()));
                          return;
                      }
                      auto latest = std::make_shared<QDateTime>();
                      auto consider = [fingerprint, latest](const QString &body) {
                          const QDateTime end = marker::findWindowEnd(body);
                          if (end.isValid() && marker::findFingerprint(body) == fingerprint &&
                              (!latest->isValid() || end > *latest))
                              *latest = end;
                      };
                      consider(issue->json.object().value(QLatin1String("body")).toString());
                      QUrlQuery q;
                      q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
                      m_client->getAllPages(
                          issuePath + QStringLiteral("/comments"), q,
                          [consider, latest, done](Result<QList<QJsonValue>> comments) {
                              if (!comments) {
                                  done(tl::unexpected(comments.error()));
                                  return;
                              }
                              for (const QJsonValue &c : std::as_const(*comments))
                                  consider(c.toObject().value(QLatin1String("body")).toString());
                              done(*latest);
                          });
                  });
}

void IssuePoster::settleDuplicate(const IssueDraft &draft, const PostOutcome &posted, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    listMarked(draft, [this, alive, draft, posted, done](Result<QList<QJsonObject>> marked) {
        if (alive.expired())
            return;
        if (!marked) {
            // Filed; whether another machine filed it too shows at the next run's match.
            done(posted);
            return;
        }
        QJsonObject mine, older;
        for (const QJsonObject &issue : std::as_const(*marked)) {
            if (numberOf(issue) == posted.issueNumber)
                mine = issue;
            else if (older.isEmpty() && isOpen(issue) && numberOf(issue) < posted.issueNumber)
                older = issue;
        }
        if (older.isEmpty() || mine.isEmpty()) {
            done(posted);
            return;
        }
        closeAsDuplicate(draft, mine, older, posted, done);
    });
}

void IssuePoster::closeAsDuplicate(const IssueDraft &draft, const QJsonObject &mine,
                                   const QJsonObject &older, const PostOutcome &posted, Done done)
{
    const int mineNumber = numberOf(mine);
    PostOutcome out;
    out.issueNumber = numberOf(older);
    out.url = older.value(QLatin1String("html_url")).toString();
    out.alreadyPosted = true;
    out.closedDuplicate = posted.issueNumber;
    const QString commentPath =
        RepoRef::parse(draft.repo).path() + QStringLiteral("/issues/%1/comments").arg(mineNumber);
    const QByteArray comment =
        QJsonDocument(
            QJsonObject{{QStringLiteral("body"),
                         QStringLiteral("Closed as a duplicate of #%1: another Log Gardener run "
                                        "filed the same cluster at the same time.")
                             .arg(out.issueNumber)}})
            .toJson(QJsonDocument::Compact);
    std::weak_ptr<bool> alive = m_alive;
    m_client->closeIssueAsDuplicate(
        mine.value(QLatin1String("node_id")).toString(),
        older.value(QLatin1String("node_id")).toString(),
        [this, alive, out, mineNumber, commentPath, comment, done](Result<void> closed) mutable {
            if (alive.expired())
                return;
            if (!closed) {
                out.note = QStringLiteral("#%1 duplicates #%2 (filed by another run at the same "
                                          "time), but closing it "
                                          "failed: %3; close it by hand")
                               .arg(mineNumber)
                               .arg(out.issueNumber)
                               .arg(closed.error().what);
                done(out);
                return;
            }
            out.note =
                QStringLiteral(
                    "#%1 was filed by another run at the same time as #%2 and was closed as its "
                    "duplicate")
                    .arg(mineNumber)
                    .arg(out.issueNumber);
            m_client->write("POST", commentPath, comment,
                            [out, done](Result<ApiResponse>) { done(out); });
        });
}

} // namespace gardener::github
