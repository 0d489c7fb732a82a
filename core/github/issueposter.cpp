#include "core/github/issueposter.h"

#include "core/github/types.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace gardener::github {

namespace {

// Clock skew margin when asking GitHub for issues updated since the post began.
constexpr qint64 SinceMarginSecs = 3600;

JournalEntry entryFor(const IssueDraft &d)
{
    JournalEntry e;
    e.key = d.postKey;
    e.kind = d.kind == IssueDraft::Kind::NewIssue ? JournalEntry::Kind::Issue
                                                  : JournalEntry::Kind::Comment;
    e.repo = d.repo;
    e.targetIssue = d.targetIssue;
    e.fingerprint = d.fingerprint;
    e.title = d.title;
    e.bodySha256 = QCryptographicHash::hash(d.body.toUtf8(), QCryptographicHash::Sha256).toHex();
    return e;
}

} // namespace

IssuePoster::IssuePoster(GitHubClient *client, PostJournal *journal,
                         const redaction::Redactor *redactor, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal), m_redactor(redactor)
{
}

IssuePoster::~IssuePoster()
{
    *m_alive = false;
}

QString IssuePoster::blockReason(const IssueDraft &draft, const redaction::AllowList &allowed) const
{
    if (!RepoRef::parse(draft.repo).isValid())
        return QStringLiteral("\"%1\" is not a repository of the form owner/name").arg(draft.repo);
    if (draft.kind == IssueDraft::Kind::NewIssue && draft.title.trimmed().isEmpty())
        return QStringLiteral("the issue has no title");
    if (draft.kind == IssueDraft::Kind::Comment && draft.targetIssue <= 0)
        return QStringLiteral("the comment has no issue to go to");
    if (marker::findPostKey(draft.body) != draft.postKey)
        return QStringLiteral(
                   "the hidden line \"%1\" was removed from the body; it is what prevents a "
                   "second copy after a lost answer, so it must stay")
            .arg(marker::post(draft.postKey));
    if (draft.body.size() > DraftBuilder::MaxBodyChars)
        return QStringLiteral("the body has %1 characters; GitHub accepts at most %2")
            .arg(draft.body.size())
            .arg(DraftBuilder::MaxBodyChars);
    QStringList kinds;
    for (const QString &text : QStringList{draft.title, draft.body} + draft.labels) {
        for (const auto &f : m_redactor->unallowed(text, allowed)) {
            const QString k = redaction::findingKindName(f.kind);
            if (!kinds.contains(k))
                kinds.append(k);
        }
    }
    if (!kinds.isEmpty())
        return QStringLiteral("the title, body or labels still contain possible secrets or "
                              "personal data (%1); "
                              "redact them or allow each one explicitly")
            .arg(kinds.join(QLatin1String(", ")));
    return {};
}

void IssuePoster::post(const IssueDraft &draft, const redaction::AllowList &allowed, Done done)
{
    const QString blocked = blockReason(draft, allowed);
    if (!blocked.isEmpty()) {
        QTimer::singleShot(
            0, this, [done, blocked] { done(fail(QStringLiteral("not posted: ") + blocked)); });
        return;
    }
    std::weak_ptr<bool> alive = m_alive;
    acquireLock(0, [this, alive, draft, done](Result<void> locked) {
        if (alive.expired())
            return;
        if (!locked) {
            done(tl::unexpected(locked.error()));
            return;
        }
        postLocked(draft, [this, alive, done](Result<PostOutcome> r) {
            if (!alive.expired()) {
                m_holdingLock = false;
                m_journal->unlock();
            }
            done(std::move(r));
        });
    });
}

void IssuePoster::postLocked(const IssueDraft &draft, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    auto later = [this, done](Result<PostOutcome> r) {
        QTimer::singleShot(0, this, [done, r] { done(r); });
    };
    auto known = m_journal->find(draft.postKey);
    if (!known) {
        later(tl::unexpected(known.error()));
        return;
    }
    if (known->has_value()) {
        const JournalEntry e = **known;
        if (e.state == JournalEntry::State::Done) {
            PostOutcome o;
            o.issueNumber = e.issueNumber;
            o.commentId = e.commentId;
            o.url = e.url;
            o.alreadyPosted = true;
            later(o);
            return;
        }
        // Pending (a crash or lost answer) or failed: it may exist on GitHub. Look first.
        findOnGitHub(e, [this, alive, draft, done](Result<std::optional<PostOutcome>> found) {
            if (alive.expired())
                return;
            if (!found) {
                done(fail(
                    QStringLiteral("not posted: an earlier attempt may have reached GitHub and "
                                   "checking failed (%1); try again later")
                        .arg(found.error().what)));
                return;
            }
            if (found->has_value()) {
                const PostOutcome o = **found;
                m_journal->markDone(draft.postKey, o.issueNumber, o.commentId, o.url);
                done(o);
                return;
            }
            guardedSend(draft, done);
        });
        return;
    }
    guardedSend(draft, done);
}

void IssuePoster::send(const IssueDraft &draft, Done done)
{
    // Committed before the request leaves.
    auto begun = m_journal->begin(entryFor(draft));
    if (!begun) {
        QTimer::singleShot(0, this, [done, e = begun.error()] { done(tl::unexpected(e)); });
        return;
    }
    const RepoRef repo = RepoRef::parse(draft.repo);
    QString path;
    QJsonObject payload{{QStringLiteral("body"), draft.body}};
    if (draft.kind == IssueDraft::Kind::NewIssue) {
        path = repo.path() + QStringLiteral("/issues");
        payload.insert(QStringLiteral("title"), draft.title);
        payload.insert(QStringLiteral("labels"), QJsonArray::fromStringList(draft.labels));
    } else {
        path = repo.path() + QStringLiteral("/issues/%1/comments").arg(draft.targetIssue);
    }
    std::weak_ptr<bool> alive = m_alive;
    m_client->write(
        "POST", path, QJsonDocument(payload).toJson(QJsonDocument::Compact),
        [this, alive, draft, done](Result<ApiResponse> r) {
            if (alive.expired())
                return;
            if (!r) {
                afterFailure(draft, r.error(), done);
                return;
            }
            const QJsonObject o = r->json.object();
            PostOutcome out;
            out.url = o.value(QLatin1String("html_url")).toString();
            if (draft.kind == IssueDraft::Kind::NewIssue) {
                out.issueNumber = o.value(QLatin1String("number")).toInt();
                const Issue created = Issue::fromJson(o);
                for (const QString &l : draft.labels) {
                    if (!created.labels.contains(l))
                        out.droppedLabels.append(l);
                }
            } else {
                out.issueNumber = draft.targetIssue;
                out.commentId = o.value(QLatin1String("id")).toVariant().toLongLong();
            }
            if (out.issueNumber <= 0) {
                afterFailure(
                    draft, Error{{}, -1, -1, QStringLiteral("GitHub's answer has no issue number")},
                    done);
                return;
            }
            if (auto marked =
                    m_journal->markDone(draft.postKey, out.issueNumber, out.commentId, out.url);
                !marked) {
                done(tl::unexpected(marked.error()));
                return;
            }
            done(out);
        });
}

void IssuePoster::afterFailure(const IssueDraft &draft, const Error &error, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    findOnGitHub(entryFor(draft), [this, alive, draft, error,
                                   done](Result<std::optional<PostOutcome>> found) {
        if (alive.expired())
            return;
        if (found && found->has_value()) {
            const PostOutcome o = **found;
            m_journal->markDone(draft.postKey, o.issueNumber, o.commentId, o.url);
            done(o);
            return;
        }
        if (!found) {
            // Unknown: keep the journal row pending so the next attempt looks again first.
            done(fail(
                QStringLiteral("the outcome is unknown (%1; checking GitHub failed: %2); the next "
                               "attempt checks again before posting")
                    .arg(error.what, found.error().what)));
            return;
        }
        m_journal->markFailed(draft.postKey, error.what);
        done(fail(QStringLiteral("not posted (GitHub has no post with this marker): %1")
                      .arg(error.what)));
    });
}

void IssuePoster::findOnGitHub(const JournalEntry &entry,
                               std::function<void(Result<std::optional<PostOutcome>>)> done)
{
    const RepoRef repo = RepoRef::parse(entry.repo);
    auto since = (entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc())
                     .addSecs(-SinceMarginSecs);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    q.addQueryItem(QStringLiteral("since"), since.toUTC().toString(Qt::ISODate));
    QString path;
    const bool isIssue = entry.kind == JournalEntry::Kind::Issue;
    if (isIssue) {
        // The plain issue list (not search: it lags behind creation), all states, newest first,
        // and no label filter: labels are dropped when the token may not set them.
        path = repo.path() + QStringLiteral("/issues");
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
        q.addQueryItem(QStringLiteral("sort"), QStringLiteral("created"));
        q.addQueryItem(QStringLiteral("direction"), QStringLiteral("desc"));
    } else {
        path = repo.path() + QStringLiteral("/issues/%1/comments").arg(entry.targetIssue);
    }
    const QString key = entry.key;
    const int target = entry.targetIssue;
    m_client->getAllPages(path, q, [done, key, isIssue, target](Result<QList<QJsonValue>> items) {
        if (!items) {
            done(tl::unexpected(items.error()));
            return;
        }
        for (const QJsonValue &v : *items) {
            const QJsonObject o = v.toObject();
            if (marker::findPostKey(o.value(QLatin1String("body")).toString()) != key)
                continue;
            PostOutcome out;
            out.alreadyPosted = true;
            out.url = o.value(QLatin1String("html_url")).toString();
            if (isIssue) {
                out.issueNumber = o.value(QLatin1String("number")).toInt();
            } else {
                out.issueNumber = target;
                out.commentId = o.value(QLatin1String("id")).toVariant().toLongLong();
            }
            done(std::optional<PostOutcome>(out));
            return;
        }
        done(std::optional<PostOutcome>());
    });
}

void IssuePoster::reconcilePending(const QString &repo, std::function<void(Result<int>)> done)
{
    auto pending = m_journal->pending();
    if (!pending) {
        QTimer::singleShot(0, this, [done, e = pending.error()] { done(tl::unexpected(e)); });
        return;
    }
    auto todo = std::make_shared<QList<JournalEntry>>();
    for (const JournalEntry &e : *pending) {
        if (e.repo == repo)
            todo->append(e);
    }
    QTimer::singleShot(0, this, [this, todo, done] { reconcileNext(todo, 0, done); });
}

void IssuePoster::reconcileNext(std::shared_ptr<QList<JournalEntry>> todo, int found,
                                std::function<void(Result<int>)> done)
{
    if (todo->isEmpty()) {
        done(found);
        return;
    }
    const JournalEntry e = todo->takeFirst();
    std::weak_ptr<bool> alive = m_alive;
    findOnGitHub(e, [this, alive, e, todo, found, done](Result<std::optional<PostOutcome>> r) {
        if (alive.expired())
            return;
        if (!r) {
            done(tl::unexpected(r.error()));
            return;
        }
        int n = found;
        if (r->has_value()) {
            m_journal->markDone(e.key, (*r)->issueNumber, (*r)->commentId, (*r)->url);
            ++n;
        }
        reconcileNext(todo, n, done);
    });
}

} // namespace gardener::github
