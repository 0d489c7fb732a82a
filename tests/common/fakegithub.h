#pragma once

// A fake GitHub on FakeHttpServer, speaking REST v3 JSON for the parts Log Gardener uses:
//   GET  {api}/repos/{o}/{r}                         permissions, has_issues
//   GET  {api}/repos/{o}/{r}/issues                  state, labels, since, sort, direction,
//                                                    per_page, page + Link headers
//   POST {api}/repos/{o}/{r}/issues                  create (422 without title; labels dropped
//                                                    without triage/push)
//   GET  {api}/repos/{o}/{r}/issues/{n}              get
//   PATCH {api}/repos/{o}/{r}/issues/{n}             state, title, body, labels
//   GET/POST {api}/repos/{o}/{r}/issues/{n}/comments list (since, paging) / create
//   GET  {api}/repos/{o}/{r}/labels                  labels in use
//   GET  {api}/search/issues?q=repo:o/r is:issue ... lags behind creation (searchLagMs); per_page,
//                                                    page + Link headers, total_count of all hits
//   POST {graphql} closeIssue(input: {issueId, stateReason, duplicateIssueId}) only, with the
//                  arguments inline or as one $input variable; {"data"} / {"errors"} bodies.
//                  {graphql} is /graphql (github.com) or /api/graphql (GHES prefix /api/v3).
//   POST /login/device/code, POST /login/oauth/access_token   device flow, scripted answers
//   GET  {api}/repos/{o}/{r}/commits                 path, since, until, per_page, page (newest
//                                                    first; see addCommit)
//   GET  {api}/repos/{o}/{r}/contents/{path}         ref; base64 "file" objects (see setFile)
// Every answer carries x-ratelimit-* headers; errors use GitHub's {"message", "errors",
// "documentation_url"} bodies. The API prefix is "" (github.com style) or e.g. "/api/v3" (GHES).
// Faults are armed per request kind and fire once per arming.

#include "tests/common/fakehttpserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace gardener::test {

class FakeGitHub : public QObject
{
public:
    struct Comment
    {
        qint64 id = 0;
        QString body;
        QDateTime createdAt;
    };
    struct IssueRecord
    {
        int number = 0;
        QString title;
        QString body;
        QByteArray rawBody; // the "body" string of the create request, UTF-8, as received
        QString state = QStringLiteral("open");
        QString stateReason; // GraphQL enum when closed through closeIssue ("DUPLICATE", ...)
        int duplicateOf = 0; // the issue named by duplicateIssueId
        QStringList labels;
        QDateTime createdAt;
        QDateTime updatedAt;
        QDateTime closedAt; // set by PATCH state=closed (or a test), cleared on reopening
        int patches = 0;    // PATCH requests that changed title, body or labels
        qint64 createdElapsedMs = 0;
        QList<Comment> comments;
    };
    struct Repo
    {
        bool pull = true, triage = true, push = true, admin = false;
        bool hasIssues = true;
        QList<IssueRecord> issues;
    };

    explicit FakeGitHub(QString apiPrefix = {}, QObject *parent = nullptr);

    bool listen() { return m_server.listen(); }
    FakeHttpServer &server() { return m_server; }
    QUrl apiBase() const; // server base + prefix
    QUrl webBase() const { return m_server.baseUrl(); }

    Repo &addRepo(const QString &fullName);
    Repo *repo(const QString &fullName);
    // Adds an issue directly (as if created long ago; searchable at once).
    int seedIssue(const QString &fullName, const QString &title, const QString &body,
                  const QStringList &labels, const QString &state = QStringLiteral("open"),
                  const QDateTime &created = QDateTime::currentDateTimeUtc().addDays(-3));

    // Options
    QByteArray requiredToken; // non-empty: other tokens get 401
    qint64 searchLagMs = 0;   // new issues appear in search only after this long
    int defaultPerPage = 30;
    int createDelayMs = 0; // delay before answering issue/comment creation

    // Faults, each fires on the next matching request and then disarms.
    int createThen502 = 0;          // create the issue, then answer 502
    int createThenDrop = 0;         // create the issue, then drop the connection
    int commentThenDrop = 0;        // create the comment, then drop the connection
    int rateLimitNext = 0;          // answer 403 with x-ratelimit-remaining: 0 (no effect)
    int secondaryRateLimitNext = 0; // answer 429 "secondary rate limit" with retry-after
    int secondaryRetryAfter = 30;   // seconds that retry-after asks for

    // Device flow script: answers for successive token polls, e.g.
    // {"authorization_pending", "slow_down", "authorization_pending", "token:gho_x"}.
    QStringList deviceScript;
    int deviceInterval = 5; // seconds the device code response asks for
    QList<qint64> devicePollElapsedMs;

    // Repository code, for GET commits and contents (fakegithubcode.cpp).
    struct CodeCommit
    {
        QString sha; // 40 hex digits
        QString message;
        QString authorName;
        QString authorEmail;
        QString authorLogin; // empty: "author": null, as for an e-mail GitHub cannot link
        QDateTime date;      // author and committer date
        QStringList files;   // paths it touched
    };
    void addCommit(const QString &fullName, const CodeCommit &commit);
    void setFile(const QString &fullName, const QString &path, const QByteArray &content);

    static QString nodeId(int number) { return QStringLiteral("I_kwDOfake%1").arg(number); }
    int issueCount(const QString &fullName) const;
    int createRequests() const;

private:
    bool authorized(const HttpRequest &req) const;
    HttpResponse withRate(HttpResponse r);
    HttpResponse error(int status, const QString &message, const QJsonArray &errors = {});
    HttpResponse listPage(const HttpRequest &req, const QList<QJsonObject> &all,
                          bool searchResult = false);
    QJsonObject issueJson(const QString &fullName, const IssueRecord &i) const;
    void installRoutes();
    void installCodeRoutes();
    HttpResponse graphql(const HttpRequest &req);

    FakeHttpServer m_server;
    QString m_prefix;
    QMap<QString, Repo> m_repos;
    int m_nextNumber = 1;
    qint64 m_nextCommentId = 1000;
    int m_rateRemaining = 5000;
    int m_devicePolls = 0;
    QMap<QString, QList<CodeCommit>> m_commits;
    QMap<QString, QMap<QString, QByteArray>> m_files;
};

} // namespace gardener::test
