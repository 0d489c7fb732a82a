// Repository code routes of FakeGitHub: list commits and get repository content, in the shapes
// of GitHub's REST reference ("List commits", "Get repository content").
#include "tests/common/fakegithub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gardener::test {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

bool touches(const FakeGitHub::CodeCommit &c, const QString &path)
{
    if (path.isEmpty())
        return true;
    const QString dir = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
    return std::any_of(c.files.begin(), c.files.end(),
                       [&](const QString &f) { return f == path || f.startsWith(dir); });
}

} // namespace

void FakeGitHub::addCommit(const QString &fullName, const CodeCommit &commit)
{
    m_commits[fullName].append(commit);
}

void FakeGitHub::setFile(const QString &fullName, const QString &path, const QByteArray &content)
{
    m_files[fullName].insert(path, content);
}

void FakeGitHub::installCodeRoutes()
{
    const QString repoRe = m_prefix + QStringLiteral("/repos/([^/]+/[^/]+)");
    auto denied = [this](const HttpRequest &req) { return !authorized(req); };

    m_server.addRoute(
        "GET", repoRe + QStringLiteral("/commits"), [this, denied](const HttpRequest &req) {
            if (denied(req))
                return error(401, QStringLiteral("Bad credentials"));
            const QString name = req.captures.value(1);
            if (!repo(name))
                return error(404, QStringLiteral("Not Found"));
            const QString path = req.queryValue(QStringLiteral("path"));
            const QString sinceText = req.queryValue(QStringLiteral("since"));
            const QString untilText = req.queryValue(QStringLiteral("until"));
            const QDateTime since = QDateTime::fromString(sinceText, Qt::ISODate);
            const QDateTime until = QDateTime::fromString(untilText, Qt::ISODate);
            if ((!sinceText.isEmpty() && !since.isValid()) ||
                (!untilText.isEmpty() && !until.isValid()))
                return error(422, QStringLiteral("Invalid time"));
            QList<CodeCommit> hits;
            for (const CodeCommit &c : m_commits.value(name)) {
                if (touches(c, path) && (!since.isValid() || c.date >= since) &&
                    (!until.isValid() || c.date <= until))
                    hits.append(c);
            }
            std::stable_sort(
                hits.begin(), hits.end(),
                [](const CodeCommit &a, const CodeCommit &b) { return a.date > b.date; });
            const QString api = apiBase().toString();
            const QString web = webBase().toString();
            QList<QJsonObject> all;
            for (const CodeCommit &c : std::as_const(hits)) {
                const QJsonObject person{{QStringLiteral("name"), c.authorName},
                                         {QStringLiteral("email"), c.authorEmail},
                                         {QStringLiteral("date"), iso(c.date)}};
                QJsonValue author = QJsonValue::Null;
                if (!c.authorLogin.isEmpty()) {
                    author =
                        QJsonObject{{QStringLiteral("login"), c.authorLogin},
                                    {QStringLiteral("id"), double(qHash(c.authorLogin) & 0xffffff)},
                                    {QStringLiteral("html_url"),
                                     QString(web + QLatin1Char('/') + c.authorLogin)},
                                    {QStringLiteral("type"), QStringLiteral("User")}};
                }
                all.append(QJsonObject{
                    {QStringLiteral("sha"), c.sha},
                    {QStringLiteral("node_id"), QString(QStringLiteral("C_") + c.sha.left(12))},
                    {QStringLiteral("commit"),
                     QJsonObject{
                         {QStringLiteral("author"), person},
                         {QStringLiteral("committer"), person},
                         {QStringLiteral("message"), c.message},
                         {QStringLiteral("tree"),
                          QJsonObject{{QStringLiteral("sha"),
                                       QString(c.sha).replace(0, 1, QLatin1Char('f'))}}},
                         {QStringLiteral("url"),
                          QStringLiteral("%1/repos/%2/git/commits/%3").arg(api, name, c.sha)},
                         {QStringLiteral("comment_count"), 0}}},
                    {QStringLiteral("url"),
                     QStringLiteral("%1/repos/%2/commits/%3").arg(api, name, c.sha)},
                    {QStringLiteral("html_url"),
                     QStringLiteral("%1/%2/commit/%3").arg(web, name, c.sha)},
                    {QStringLiteral("author"), author},
                    {QStringLiteral("committer"), author},
                    {QStringLiteral("parents"), QJsonArray{}},
                });
            }
            return listPage(req, all);
        });

    m_server.addRoute(
        "GET", repoRe + QStringLiteral("/contents/(.+)"), [this, denied](const HttpRequest &req) {
            if (denied(req))
                return error(401, QStringLiteral("Bad credentials"));
            const QString name = req.captures.value(1);
            const QString path = req.captures.value(2);
            if (!repo(name) || !m_files.value(name).contains(path))
                return error(404, QStringLiteral("Not Found"));
            const QByteArray content = m_files.value(name).value(path);
            // GitHub wraps the base64 text at 60 characters with "\n".
            const QByteArray b64 = content.toBase64();
            QByteArray wrapped;
            for (qsizetype i = 0; i < b64.size(); i += 60)
                wrapped += b64.mid(i, 60) + '\n';
            const QString ref = req.queryValue(QStringLiteral("ref")).isEmpty()
                                    ? QStringLiteral("main")
                                    : req.queryValue(QStringLiteral("ref"));
            const QString web = webBase().toString();
            return withRate(HttpResponse::json(
                200,
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("type"), QStringLiteral("file")},
                        {QStringLiteral("encoding"), QStringLiteral("base64")},
                        {QStringLiteral("size"), int(content.size())},
                        {QStringLiteral("name"), path.section(QLatin1Char('/'), -1)},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("content"), QString::fromLatin1(wrapped)},
                        {QStringLiteral("sha"),
                         QString::fromLatin1(
                             QByteArray::number(qHash(content), 16).rightJustified(40, '0'))},
                        {QStringLiteral("url"), QStringLiteral("%1/repos/%2/contents/%3?ref=%4")
                                                    .arg(apiBase().toString(), name, path, ref)},
                        {QStringLiteral("html_url"),
                         QStringLiteral("%1/%2/blob/%3/%4").arg(web, name, ref, path)},
                        {QStringLiteral("download_url"),
                         QStringLiteral("%1/%2/raw/%3/%4").arg(web, name, ref, path)},
                    })
                    .toJson(QJsonDocument::Compact)));
        });
}

} // namespace gardener::test
