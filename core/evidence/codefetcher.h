#pragma once

#include "core/evidence/codeowners.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <vector>

namespace gardener::github {
class GitHubClient;
}

namespace gardener::evidence {

// A commit that touched the cluster's file shortly before the cluster was first seen.
struct SuspectCommit
{
    QString sha;
    QString title;  // first line of the message
    QString author; // GitHub login when GitHub knows it, else the commit's author name
    bool authorIsLogin = false;
    QDateTime date;
    QString url;         // the commit's html_url
    int pullRequest = 0; // from "(#123)" (squash merge) or "Merge pull request #123"; 0 when none
    QString pullRequestUrl;
};

// Pull request number a commit message names, 0 when none.
int pullRequestOf(const QString &message);

// Reads the two things evidence needs from a repository through the GitHub client, capped and
// cached per (repository, path, window) for the client's lifetime:
//  - suspectCommits: GET /repos/{o}/{r}/commits?path&since&until, newest first, at most `cap`;
//  - codeOwners: the first of .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS that exists
//    (GET contents, base64), parsed; an empty CodeOwners (path() empty) when none exists.
// Same thread and callback rules as GitHubClient: callbacks run later from the event loop,
// never inside the call, also for cached answers; not after the fetcher is destroyed.
class CodeFetcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int days = 7; // the window before first seen
        int cap = 5;  // commits kept (and asked for)
    };
    using CommitsCallback = std::function<void(Result<std::vector<SuspectCommit>>)>;
    using OwnersCallback = std::function<void(Result<CodeOwners>)>;

    explicit CodeFetcher(github::GitHubClient *client, QObject *parent = nullptr);
    void setOptions(const Options &options) { m_options = options; }

    void suspectCommits(const QString &repo, const QString &path, const QDateTime &firstSeen,
                        CommitsCallback done);
    void codeOwners(const QString &repo, const QString &ref, OwnersCallback done);

    int requestsSent() const { return m_requests; }

private:
    void ownersStep(const QString &repo, const QString &ref, int location, OwnersCallback done);

    QPointer<github::GitHubClient> m_client;
    Options m_options;
    QHash<QString, std::vector<SuspectCommit>> m_commitCache;
    QHash<QString, CodeOwners> m_ownersCache;
    int m_requests = 0;
};

} // namespace gardener::evidence
