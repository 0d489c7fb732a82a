#include "core/evidence/codefetcher.h"

#include "core/github/client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace gardener::evidence {

int pullRequestOf(const QString &message)
{
    const QString first = message.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression squash(QStringLiteral("\\(#(\\d+)\\)\\s*$"));
    static const QRegularExpression merge(QStringLiteral("^Merge pull request #(\\d+)\\b"));
    auto m = squash.match(first);
    if (!m.hasMatch())
        m = merge.match(first);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

namespace {

Result<std::vector<SuspectCommit>> parseCommits(const QJsonDocument &json, int cap)
{
    if (!json.isArray())
        return fail(QStringLiteral("GitHub's list of commits is not a JSON array"));
    std::vector<SuspectCommit> out;
    for (const QJsonValue &v : json.array()) {
        const QJsonObject o = v.toObject();
        const QJsonObject commit = o.value(QLatin1String("commit")).toObject();
        SuspectCommit c;
        c.sha = o.value(QLatin1String("sha")).toString();
        if (c.sha.isEmpty())
            return fail(QStringLiteral("a commit in GitHub's answer has no sha"));
        const QString message = commit.value(QLatin1String("message")).toString();
        c.title = message.section(QLatin1Char('\n'), 0, 0).trimmed();
        const QString login =
            o.value(QLatin1String("author")).toObject().value(QLatin1String("login")).toString();
        c.authorIsLogin = !login.isEmpty();
        c.author = c.authorIsLogin ? login
                                   : commit.value(QLatin1String("author"))
                                         .toObject()
                                         .value(QLatin1String("name"))
                                         .toString();
        c.date = QDateTime::fromString(commit.value(QLatin1String("author"))
                                           .toObject()
                                           .value(QLatin1String("date"))
                                           .toString(),
                                       Qt::ISODate);
        c.url = o.value(QLatin1String("html_url")).toString();
        c.pullRequest = pullRequestOf(message);
        const qsizetype at = c.url.indexOf(QLatin1String("/commit/"));
        if (c.pullRequest > 0 && at > 0)
            c.pullRequestUrl = c.url.left(at) + QStringLiteral("/pull/%1").arg(c.pullRequest);
        out.push_back(std::move(c));
    }
    // GitHub answers newest first; keep that order even if a server does not.
    std::stable_sort(out.begin(), out.end(), [](const SuspectCommit &a, const SuspectCommit &b) {
        return a.date > b.date;
    });
    if (out.size() > size_t(std::max(0, cap)))
        out.resize(size_t(std::max(0, cap)));
    return out;
}

} // namespace

CodeFetcher::CodeFetcher(github::GitHubClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void CodeFetcher::suspectCommits(const QString &repo, const QString &path,
                                 const QDateTime &firstSeen, CommitsCallback done)
{
    const QDateTime until = firstSeen.toUTC();
    const QDateTime since = until.addDays(-m_options.days);
    const QString key =
        QStringLiteral("%1|%2|%3|%4")
            .arg(repo, path, since.toString(Qt::ISODate), until.toString(Qt::ISODate));
    if (m_commitCache.contains(key)) {
        QTimer::singleShot(0, this, [this, key, done] { done(m_commitCache.value(key)); });
        return;
    }
    if (!m_client || repo.isEmpty() || path.isEmpty() || !firstSeen.isValid()) {
        QTimer::singleShot(0, this, [done] {
            done(fail(
                QStringLiteral("suspect commits need a repository, a file and a first-seen time")));
        });
        return;
    }
    ++m_requests;
    QPointer<CodeFetcher> self(this);
    m_client->listCommits(repo, path, since, until, m_options.cap,
                          [self, key, done](Result<github::ApiResponse> r) {
                              if (!self)
                                  return;
                              if (!r)
                                  return done(tl::unexpected(r.error()));
                              auto commits = parseCommits(r->json, self->m_options.cap);
                              if (commits)
                                  self->m_commitCache.insert(key, *commits);
                              done(std::move(commits));
                          });
}

void CodeFetcher::codeOwners(const QString &repo, const QString &ref, OwnersCallback done)
{
    const QString key = repo + QLatin1Char('@') + ref;
    if (m_ownersCache.contains(key)) {
        QTimer::singleShot(0, this, [this, key, done] { done(m_ownersCache.value(key)); });
        return;
    }
    if (!m_client || repo.isEmpty()) {
        QTimer::singleShot(0, this,
                           [done] { done(fail(QStringLiteral("CODEOWNERS needs a repository"))); });
        return;
    }
    ownersStep(repo, ref, 0, std::move(done));
}

void CodeFetcher::ownersStep(const QString &repo, const QString &ref, int location,
                             OwnersCallback done)
{
    const QStringList locations = CodeOwners::locations();
    if (location >= locations.size()) {
        m_ownersCache.insert(repo + QLatin1Char('@') + ref, CodeOwners{});
        QTimer::singleShot(0, this, [done] { done(CodeOwners{}); });
        return;
    }
    ++m_requests;
    QPointer<CodeFetcher> self(this);
    const QString path = locations.at(location);
    m_client->getContents(
        repo, path, ref, [self, repo, ref, location, path, done](Result<github::ApiResponse> r) {
            if (!self)
                return;
            if (!r) {
                // Absent here: GitHub looks in the next place. Anything else is a real failure.
                if (r.error().what.contains(QLatin1String(": HTTP 404")))
                    return self->ownersStep(repo, ref, location + 1, done);
                return done(tl::unexpected(r.error()));
            }
            const QJsonObject o = r->json.object();
            if (o.value(QLatin1String("encoding")).toString() != QLatin1String("base64"))
                return done(fail(QStringLiteral("%1 of %2 is not base64 content").arg(path, repo)));
            const QByteArray bytes =
                QByteArray::fromBase64(o.value(QLatin1String("content")).toString().toLatin1());
            CodeOwners owners = CodeOwners::parse(QString::fromUtf8(bytes), path);
            self->m_ownersCache.insert(repo + QLatin1Char('@') + ref, owners);
            done(std::move(owners));
        });
}

} // namespace gardener::evidence
