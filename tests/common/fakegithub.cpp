#include "tests/common/fakegithub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace gardener::test {

namespace {

QByteArray toBytes(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// The raw UTF-8 of the JSON string field `name` as it arrived, decoded by the JSON parser:
// the parser is exact, so this is the byte sequence the client meant to send.
QByteArray fieldBytes(const QByteArray &body, const QString &name)
{
    return QJsonDocument::fromJson(body).object().value(name).toString().toUtf8();
}

// A field of an OAuth request body: GitHub takes form-encoded bodies (the app) and JSON bodies
// (Octokit's OAuth methods) alike.
QString oauthField(const HttpRequest &req, const QString &name)
{
    if (req.header("content-type").toLower().startsWith("application/json"))
        return QJsonDocument::fromJson(req.body).object().value(name).toString();
    return QUrlQuery(QString::fromUtf8(req.body)).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

FakeGitHub::FakeGitHub(QString apiPrefix, QObject *parent)
    : QObject(parent), m_prefix(std::move(apiPrefix))
{
    installRoutes();
    installCodeRoutes();
}

QUrl FakeGitHub::apiBase() const
{
    QUrl u = m_server.baseUrl();
    u.setPath(m_prefix);
    return u;
}

FakeGitHub::Repo &FakeGitHub::addRepo(const QString &fullName)
{
    return m_repos[fullName];
}

FakeGitHub::Repo *FakeGitHub::repo(const QString &fullName)
{
    auto it = m_repos.find(fullName);
    return it == m_repos.end() ? nullptr : &*it;
}

int FakeGitHub::seedIssue(const QString &fullName, const QString &title, const QString &body,
                          const QStringList &labels, const QString &state, const QDateTime &created)
{
    Repo &r = m_repos[fullName];
    IssueRecord i;
    i.number = m_nextNumber++;
    i.title = title;
    i.body = body;
    i.rawBody = body.toUtf8();
    i.state = state;
    i.labels = labels;
    i.createdAt = i.updatedAt = created;
    i.createdElapsedMs = -1000000000; // long ago: searchable
    r.issues.append(i);
    return i.number;
}

int FakeGitHub::issueCount(const QString &fullName) const
{
    return int(m_repos.value(fullName).issues.size());
}

int FakeGitHub::createRequests() const
{
    return m_server.count("POST", m_prefix + QStringLiteral("/repos/[^/]+/[^/]+/issues"));
}

bool FakeGitHub::authorized(const HttpRequest &req) const
{
    if (requiredToken.isEmpty())
        return true;
    // GitHub takes the token after either scheme, in any case: "Bearer" (the app) or "token"
    // (Octokit, curl examples in GitHub's docs).
    const QByteArray value = req.header("authorization");
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = value.left(space).toLower();
    return space > 0 && (scheme == "bearer" || scheme == "token") &&
           value.mid(space + 1).trimmed() == requiredToken;
}

HttpResponse FakeGitHub::withRate(HttpResponse r)
{
    m_rateRemaining = qMax(0, m_rateRemaining - 1);
    r.setHeader("x-ratelimit-limit", "5000");
    r.setHeader("x-ratelimit-remaining", QByteArray::number(m_rateRemaining));
    r.setHeader("x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600));
    r.setHeader("x-ratelimit-resource", "core");
    return r;
}

HttpResponse FakeGitHub::error(int status, const QString &message, const QJsonArray &errors)
{
    QJsonObject o{
        {QStringLiteral("message"), message},
        {QStringLiteral("documentation_url"), QStringLiteral("https://docs.github.com/rest")}};
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), errors);
    return withRate(HttpResponse::json(status, toBytes(o)));
}

QJsonObject FakeGitHub::issueJson(const QString &fullName, const IssueRecord &i) const
{
    QJsonArray labels;
    for (const QString &l : i.labels)
        labels.append(QJsonObject{{QStringLiteral("name"), l}});
    const QString base = m_server.baseUrl().toString();
    return QJsonObject{
        {QStringLiteral("number"), i.number},
        {QStringLiteral("node_id"), nodeId(i.number)},
        {QStringLiteral("url"),
         QStringLiteral("%1%2/repos/%3/issues/%4").arg(base, m_prefix, fullName).arg(i.number)},
        {QStringLiteral("state_reason"),
         i.stateReason.isEmpty() ? QJsonValue() : QJsonValue(i.stateReason.toLower())},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("body"), i.body},
        {QStringLiteral("state"), i.state},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("comments"), int(i.comments.size())},
        {QStringLiteral("created_at"), iso(i.createdAt)},
        {QStringLiteral("updated_at"), iso(i.updatedAt)},
        {QStringLiteral("closed_at"),
         i.closedAt.isValid() ? QJsonValue(iso(i.closedAt)) : QJsonValue()},
        {QStringLiteral("html_url"),
         QStringLiteral("%1/%2/issues/%3").arg(base, fullName).arg(i.number)},
    };
}

HttpResponse FakeGitHub::listPage(const HttpRequest &req, const QList<QJsonObject> &all,
                                  bool searchResult)
{
    const int perPage = qBound(1,
                               req.queryValue(QStringLiteral("per_page")).isEmpty()
                                   ? defaultPerPage
                                   : req.queryValue(QStringLiteral("per_page")).toInt(),
                               100);
    const int page = qMax(1, req.queryValue(QStringLiteral("page")).toInt());
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * perPage;
         i < all.size() && i < qsizetype(page) * perPage; ++i)
        items.append(all[i]);
    // Search answers one page of items inside {total_count, incomplete_results, items}.
    HttpResponse r = withRate(HttpResponse::json(
        200, searchResult ? toBytes(QJsonObject{{QStringLiteral("total_count"), int(all.size())},
                                                {QStringLiteral("incomplete_results"), false},
                                                {QStringLiteral("items"), items}})
                          : toBytes(items)));
    const int last = qMax(1, int((all.size() + perPage - 1) / perPage));
    auto link = [&](int p) {
        QUrl u = m_server.baseUrl();
        u.setPath(req.path);
        QUrlQuery q = req.query;
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(p));
        u.setQuery(q);
        return u.toEncoded();
    };
    QList<QByteArray> parts;
    if (page < last) {
        parts.append("<" + link(page + 1) + ">; rel=\"next\"");
        parts.append("<" + link(last) + ">; rel=\"last\"");
    }
    if (page > 1) {
        parts.append("<" + link(1) + ">; rel=\"first\"");
        parts.append("<" + link(page - 1) + ">; rel=\"prev\"");
    }
    if (!parts.isEmpty())
        r.setHeader("Link", parts.join(", "));
    return r;
}

void FakeGitHub::installRoutes()
{
    const QString repoRe = m_prefix + QStringLiteral("/repos/([^/]+/[^/]+)");

    // Authentication and rate-limit faults apply to every API request.
    auto guard = [this](const HttpRequest &req, auto &&next) -> HttpResponse {
        if (!authorized(req))
            return error(401, QStringLiteral("Bad credentials"));
        if (rateLimitNext > 0) {
            --rateLimitNext;
            HttpResponse r = HttpResponse::json(
                403,
                R"json({"message":"API rate limit exceeded for user ID 1.",)json"
                R"json("documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"})json");
            r.setHeader("x-ratelimit-limit", "5000");
            r.setHeader("x-ratelimit-remaining", "0");
            r.setHeader("x-ratelimit-used", "5000");
            r.setHeader("x-ratelimit-reset",
                        QByteArray::number(QDateTime::currentSecsSinceEpoch() + 60));
            r.setHeader("x-ratelimit-resource", "core");
            return r;
        }
        if (secondaryRateLimitNext > 0) {
            // GitHub's abuse limit: a 403 or 429 naming the secondary rate limit, retry-after set,
            // while the primary budget (x-ratelimit-remaining) is not used up.
            --secondaryRateLimitNext;
            HttpResponse r = error(
                429, QStringLiteral(
                         "You have exceeded a secondary rate limit. Please wait a few minutes "
                         "before you try again."));
            r.setHeader("retry-after", QByteArray::number(secondaryRetryAfter));
            return r;
        }
        return next();
    };

    m_server.addRoute("GET", repoRe, [this, guard](const HttpRequest &req) {
        return guard(req, [&] {
            const QString name = req.captures.value(1);
            Repo *r = repo(name);
            if (!r)
                return error(404, QStringLiteral("Not Found"));
            const QJsonObject perms{{QStringLiteral("admin"), r->admin},
                                    {QStringLiteral("maintain"), false},
                                    {QStringLiteral("push"), r->push},
                                    {QStringLiteral("triage"), r->triage},
                                    {QStringLiteral("pull"), r->pull}};
            return withRate(HttpResponse::json(
                200, toBytes(QJsonObject{{QStringLiteral("full_name"), name},
                                         {QStringLiteral("has_issues"), r->hasIssues},
                                         {QStringLiteral("archived"), false},
                                         {QStringLiteral("permissions"), perms}})));
        });
    });

    m_server.addRoute(
        "GET", repoRe + QStringLiteral("/issues"), [this, guard](const HttpRequest &req) {
            return guard(req, [&] {
                const QString name = req.captures.value(1);
                Repo *r = repo(name);
                if (!r)
                    return error(404, QStringLiteral("Not Found"));
                const QString state = req.queryValue(QStringLiteral("state")).isEmpty()
                                          ? QStringLiteral("open")
                                          : req.queryValue(QStringLiteral("state"));
                const QStringList labels = req.queryValue(QStringLiteral("labels"))
                                               .split(QLatin1Char(','), Qt::SkipEmptyParts);
                const QDateTime since =
                    QDateTime::fromString(req.queryValue(QStringLiteral("since")), Qt::ISODate);
                const bool byUpdated =
                    req.queryValue(QStringLiteral("sort")) == QLatin1String("updated");
                const bool asc =
                    req.queryValue(QStringLiteral("direction")) == QLatin1String("asc");
                QList<IssueRecord> hits;
                for (const IssueRecord &i : std::as_const(r->issues)) {
                    if (state != QLatin1String("all") && i.state != state)
                        continue;
                    if (since.isValid() && i.updatedAt < since)
                        continue;
                    if (!std::all_of(labels.cbegin(), labels.cend(),
                                     [&](const QString &l) { return i.labels.contains(l); }))
                        continue;
                    hits.append(i);
                }
                std::stable_sort(hits.begin(), hits.end(),
                                 [&](const IssueRecord &a, const IssueRecord &b) {
                                     const auto ka = byUpdated ? a.updatedAt : a.createdAt;
                                     const auto kb = byUpdated ? b.updatedAt : b.createdAt;
                                     if (ka != kb)
                                         return asc ? ka < kb : ka > kb;
                                     return asc ? a.number < b.number : a.number > b.number;
                                 });
                QList<QJsonObject> all;
                for (const IssueRecord &i : std::as_const(hits))
                    all.append(issueJson(name, i));
                return listPage(req, all);
            });
        });

    m_server.addRoute(
        "POST", repoRe + QStringLiteral("/issues"), [this, guard](const HttpRequest &req) {
            return guard(req, [&] {
                const QString name = req.captures.value(1);
                Repo *r = repo(name);
                if (!r)
                    return error(404, QStringLiteral("Not Found"));
                if (!r->hasIssues)
                    return error(410, QStringLiteral("Issues are disabled for this repo"));
                QJsonParseError perr;
                const QJsonObject in = QJsonDocument::fromJson(req.body, &perr).object();
                if (perr.error != QJsonParseError::NoError)
                    return error(400, QStringLiteral("Problems parsing JSON"));
                if (in.value(QLatin1String("title")).toString().isEmpty())
                    return error(422, QStringLiteral("Validation Failed"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("resource"), QStringLiteral("Issue")},
                                     {QStringLiteral("field"), QStringLiteral("title")},
                                     {QStringLiteral("code"), QStringLiteral("missing_field")}}});
                IssueRecord i;
                i.number = m_nextNumber++;
                i.title = in.value(QLatin1String("title")).toString();
                i.body = in.value(QLatin1String("body")).toString();
                i.rawBody = fieldBytes(req.body, QStringLiteral("body"));
                if (r->push || r->triage || r->admin) { // GitHub drops labels silently otherwise
                    const QJsonArray labels = in.value(QLatin1String("labels")).toArray();
                    for (const QJsonValue &l : labels)
                        i.labels.append(l.toString());
                }
                i.createdAt = i.updatedAt = QDateTime::currentDateTimeUtc();
                i.createdElapsedMs = req.elapsedMs;
                r->issues.append(i);
                HttpResponse resp = withRate(HttpResponse::json(201, toBytes(issueJson(name, i))));
                resp.delayMs = createDelayMs;
                if (createThen502 > 0) {
                    --createThen502;
                    resp = withRate(
                        HttpResponse::text(502, "<html><body>502 Bad Gateway</body></html>"));
                } else if (createThenDrop > 0) {
                    --createThenDrop;
                    resp.fault = HttpResponse::Fault::Drop;
                }
                return resp;
            });
        });

    m_server.addRoute(
        "GET", repoRe + QStringLiteral("/issues/(\\d+)"), [this, guard](const HttpRequest &req) {
            return guard(req, [&] {
                const QString name = req.captures.value(1);
                Repo *r = repo(name);
                const int n = req.captures.value(2).toInt();
                if (r) {
                    for (const IssueRecord &i : std::as_const(r->issues))
                        if (i.number == n)
                            return withRate(HttpResponse::json(200, toBytes(issueJson(name, i))));
                }
                return error(404, QStringLiteral("Not Found"));
            });
        });

    m_server.addRoute(
        "PATCH", repoRe + QStringLiteral("/issues/(\\d+)"), [this, guard](const HttpRequest &req) {
            return guard(req, [&] {
                const QString name = req.captures.value(1);
                Repo *r = repo(name);
                const int n = req.captures.value(2).toInt();
                const QJsonObject in = QJsonDocument::fromJson(req.body).object();
                if (r) {
                    for (IssueRecord &i : r->issues) {
                        if (i.number != n)
                            continue;
                        const QString state = in.value(QLatin1String("state")).toString();
                        if (!state.isEmpty() && state != QLatin1String("open") &&
                            state != QLatin1String("closed"))
                            return error(422, QStringLiteral("Validation Failed"));
                        if (!state.isEmpty() && state != i.state)
                            i.closedAt = state == QLatin1String("closed")
                                             ? QDateTime::currentDateTimeUtc()
                                             : QDateTime();
                        if (!state.isEmpty())
                            i.state = state;
                        if (in.contains(QLatin1String("title")) ||
                            in.contains(QLatin1String("body")) ||
                            in.contains(QLatin1String("labels")))
                            ++i.patches;
                        if (in.contains(QLatin1String("title")))
                            i.title = in.value(QLatin1String("title")).toString();
                        if (in.contains(QLatin1String("body")))
                            i.body = in.value(QLatin1String("body")).toString();
                        if (in.contains(QLatin1String("labels")) && (r->push || r->triage)) {
                            i.labels.clear();
                            for (const QJsonValue &l : in.value(QLatin1String("labels")).toArray())
                                i.labels.append(l.toString());
                        }
                        i.updatedAt = QDateTime::currentDateTimeUtc();
                        return withRate(HttpResponse::json(200, toBytes(issueJson(name, i))));
                    }
                }
                return error(404, QStringLiteral("Not Found"));
            });
        });

    auto commentJson = [this](const QString &name, int n, const Comment &c) {
        return QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("body"), c.body},
            {QStringLiteral("created_at"), iso(c.createdAt)},
            {QStringLiteral("updated_at"), iso(c.createdAt)},
            {QStringLiteral("html_url"), QStringLiteral("%1/%2/issues/%3#issuecomment-%4")
                                             .arg(m_server.baseUrl().toString(), name)
                                             .arg(n)
                                             .arg(c.id)}};
    };

    m_server.addRoute("GET", repoRe + QStringLiteral("/issues/(\\d+)/comments"),
                      [this, guard, commentJson](const HttpRequest &req) {
                          return guard(req, [&] {
                              const QString name = req.captures.value(1);
                              Repo *r = repo(name);
                              const int n = req.captures.value(2).toInt();
                              const QDateTime since = QDateTime::fromString(
                                  req.queryValue(QStringLiteral("since")), Qt::ISODate);
                              if (r) {
                                  for (const IssueRecord &i : std::as_const(r->issues)) {
                                      if (i.number != n)
                                          continue;
                                      QList<QJsonObject> all;
                                      for (const Comment &c : i.comments)
                                          if (!since.isValid() || c.createdAt >= since)
                                              all.append(commentJson(name, n, c));
                                      return listPage(req, all);
                                  }
                              }
                              return error(404, QStringLiteral("Not Found"));
                          });
                      });

    m_server.addRoute(
        "POST", repoRe + QStringLiteral("/issues/(\\d+)/comments"),
        [this, guard, commentJson](const HttpRequest &req) {
            return guard(req, [&] {
                const QString name = req.captures.value(1);
                Repo *r = repo(name);
                const int n = req.captures.value(2).toInt();
                const QString body = QJsonDocument::fromJson(req.body)
                                         .object()
                                         .value(QLatin1String("body"))
                                         .toString();
                if (body.isEmpty())
                    return error(422, QStringLiteral("Validation Failed"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("resource"), QStringLiteral("IssueComment")},
                                     {QStringLiteral("field"), QStringLiteral("body")},
                                     {QStringLiteral("code"), QStringLiteral("missing_field")}}});
                if (r) {
                    for (IssueRecord &i : r->issues) {
                        if (i.number != n)
                            continue;
                        Comment c{m_nextCommentId++, body, QDateTime::currentDateTimeUtc()};
                        i.comments.append(c);
                        i.updatedAt = c.createdAt;
                        HttpResponse resp =
                            withRate(HttpResponse::json(201, toBytes(commentJson(name, n, c))));
                        resp.delayMs = createDelayMs;
                        if (commentThenDrop > 0) {
                            --commentThenDrop;
                            resp.fault = HttpResponse::Fault::Drop;
                        }
                        return resp;
                    }
                }
                return error(404, QStringLiteral("Not Found"));
            });
        });

    m_server.addRoute("GET", repoRe + QStringLiteral("/labels"),
                      [this, guard](const HttpRequest &req) {
                          return guard(req, [&] {
                              Repo *r = repo(req.captures.value(1));
                              if (!r)
                                  return error(404, QStringLiteral("Not Found"));
                              QStringList names;
                              for (const IssueRecord &i : std::as_const(r->issues))
                                  for (const QString &l : i.labels)
                                      if (!names.contains(l))
                                          names.append(l);
                              QList<QJsonObject> all;
                              for (const QString &l : names)
                                  all.append(QJsonObject{{QStringLiteral("name"), l}});
                              return listPage(req, all);
                          });
                      });

    m_server.addRoute(
        "GET", m_prefix + QStringLiteral("/search/issues"), [this, guard](const HttpRequest &req) {
            return guard(req, [&] {
                // q = "repo:o/r is:issue term \"a phrase\" ..." (the + of the URL form arrives as
                // spaces); a quoted phrase is one term, as on GitHub.
                static const QRegularExpression word(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
                QString name;
                QStringList terms;
                auto words = word.globalMatch(req.queryValue(QStringLiteral("q"))
                                                  .replace(QLatin1Char('+'), QLatin1Char(' ')));
                while (words.hasNext()) {
                    const auto m = words.next();
                    const QString w = m.captured(2);
                    if (w.startsWith(QLatin1String("repo:")))
                        name = w.mid(5);
                    else if (!w.startsWith(QLatin1String("is:")) &&
                             !w.startsWith(QLatin1String("in:")))
                        terms.append((w.isEmpty() ? m.captured(1).simplified() : w)
                                         .toLower()
                                         .remove(QLatin1Char('"')));
                }
                terms.removeAll(QString());
                Repo *r = repo(name);
                if (!r)
                    return error(422, QStringLiteral("Validation Failed"));
                QList<QJsonObject> items;
                for (const IssueRecord &i : std::as_const(r->issues)) {
                    if (req.elapsedMs - i.createdElapsedMs < searchLagMs)
                        continue; // not indexed yet
                    const QString hay = (i.title + QLatin1Char(' ') + i.body).toLower();
                    if (std::all_of(terms.cbegin(), terms.cend(),
                                    [&](const QString &t) { return hay.contains(t); }))
                        items.append(issueJson(name, i));
                }
                HttpResponse resp = listPage(req, items, true);
                resp.setHeader("x-ratelimit-resource", "search");
                return resp;
            });
        });

    QString graphqlPath = m_prefix.endsWith(QLatin1String("/v3")) ? m_prefix.chopped(3) : m_prefix;
    m_server.addRoute(
        "POST", graphqlPath + QStringLiteral("/graphql"),
        [this, guard](const HttpRequest &req) { return guard(req, [&] { return graphql(req); }); });

    m_server.addRoute("POST", QStringLiteral("/login/device/code"), [this](const HttpRequest &req) {
        if (oauthField(req, QStringLiteral("client_id")).isEmpty())
            return HttpResponse::json(400, R"json({"error":"unauthorized_client"})json");
        m_devicePolls = 0;
        const QJsonObject o{
            {QStringLiteral("device_code"), QStringLiteral("dev-code-123")},
            {QStringLiteral("user_code"), QStringLiteral("ABCD-1234")},
            {QStringLiteral("verification_uri"),
             QString(m_server.baseUrl().toString() + QStringLiteral("/login/device"))},
            {QStringLiteral("expires_in"), 900},
            {QStringLiteral("interval"), deviceInterval}};
        return HttpResponse::json(200, toBytes(o));
    });

    m_server.addRoute(
        "POST", QStringLiteral("/login/oauth/access_token"), [this](const HttpRequest &req) {
            devicePollElapsedMs.append(req.elapsedMs);
            if (oauthField(req, QStringLiteral("grant_type")) !=
                QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
                return HttpResponse::json(200, R"json({"error":"unsupported_grant_type"})json");
            if (oauthField(req, QStringLiteral("device_code")) != QLatin1String("dev-code-123"))
                return HttpResponse::json(200, R"json({"error":"incorrect_device_code"})json");
            const QString step =
                deviceScript.value(m_devicePolls++, QStringLiteral("expired_token"));
            if (step.startsWith(QLatin1String("token:")))
                return HttpResponse::json(
                    200,
                    toBytes(QJsonObject{{QStringLiteral("access_token"), step.mid(6)},
                                        {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                        {QStringLiteral("scope"), QStringLiteral("repo")}}));
            QJsonObject o{{QStringLiteral("error"), step},
                          {QStringLiteral("error_description"), step}};
            if (step == QLatin1String("slow_down"))
                o.insert(QStringLiteral("interval"), deviceInterval + 5);
            return HttpResponse::json(200, toBytes(o)); // GitHub answers these with 200
        });
}

HttpResponse FakeGitHub::graphql(const HttpRequest &req)
{
    const QJsonObject in = QJsonDocument::fromJson(req.body).object();
    const QString query = in.value(QLatin1String("query")).toString();
    const QJsonObject vars = in.value(QLatin1String("variables")).toObject();
    auto gqlError = [this](const QString &type, const QString &message) {
        const QJsonObject e{{QStringLiteral("type"), type},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("path"), QJsonArray{QStringLiteral("closeIssue")}}};
        return withRate(HttpResponse::json(
            200, toBytes(QJsonObject{{QStringLiteral("data"),
                                      QJsonObject{{QStringLiteral("closeIssue"), QJsonValue()}}},
                                     {QStringLiteral("errors"), QJsonArray{e}}})));
    };
    if (!query.contains(QLatin1String("closeIssue")))
        return gqlError(QStringLiteral("UNSUPPORTED"),
                        QStringLiteral("this fake knows only closeIssue"));
    // Arguments either inline (issueId: $a, stateReason: DUPLICATE, ...) or one $input object.
    QJsonObject input;
    const QRegularExpression whole(QStringLiteral("input:\\s*\\$(\\w+)"));
    if (const auto m = whole.match(query); m.hasMatch()) {
        input = vars.value(m.captured(1)).toObject();
    } else {
        const QRegularExpression arg(
            QStringLiteral("(issueId|duplicateIssueId|stateReason):\\s*(\\$?)(\\w+)"));
        auto it = arg.globalMatch(query);
        while (it.hasNext()) {
            const auto m = it.next();
            input.insert(m.captured(1), m.captured(2).isEmpty() ? QJsonValue(m.captured(3))
                                                                : vars.value(m.captured(3)));
        }
    }
    const QString reason =
        input.value(QLatin1String("stateReason")).toString(QStringLiteral("COMPLETED"));
    if (reason != QLatin1String("COMPLETED") && reason != QLatin1String("NOT_PLANNED") &&
        reason != QLatin1String("DUPLICATE"))
        return gqlError(QStringLiteral("INVALID"), QStringLiteral("Invalid stateReason ") + reason);
    IssueRecord *target = nullptr;
    int original = 0;
    for (Repo &r : m_repos) {
        for (IssueRecord &i : r.issues) {
            if (nodeId(i.number) == input.value(QLatin1String("issueId")).toString())
                target = &i;
            if (nodeId(i.number) == input.value(QLatin1String("duplicateIssueId")).toString())
                original = i.number;
        }
    }
    if (!target)
        return gqlError(QStringLiteral("NOT_FOUND"),
                        QStringLiteral("Could not resolve to a node with the global id of '%1'")
                            .arg(input.value(QLatin1String("issueId")).toString()));
    if (reason == QLatin1String("DUPLICATE") && original == 0)
        return gqlError(QStringLiteral("NOT_FOUND"),
                        QStringLiteral("Could not resolve duplicateIssueId"));
    target->state = QStringLiteral("closed");
    target->stateReason = reason;
    target->duplicateOf = original;
    target->updatedAt = QDateTime::currentDateTimeUtc();
    const QJsonObject issue{{QStringLiteral("number"), target->number},
                            {QStringLiteral("state"), QStringLiteral("CLOSED")},
                            {QStringLiteral("stateReason"), reason}};
    return withRate(HttpResponse::json(
        200, toBytes(QJsonObject{{QStringLiteral("data"),
                                  QJsonObject{{QStringLiteral("closeIssue"),
                                               QJsonObject{{QStringLiteral("issue"), issue}}}}}})));
}

} // namespace gardener::test
