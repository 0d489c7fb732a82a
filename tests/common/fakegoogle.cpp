#include "tests/common/fakegoogle.h"

#include "core/gcp/oauthcrypto.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace gardener::test {

RsaKeyPair generateRsaKeyPair()
{
    RsaKeyPair pair;
    EVP_PKEY *key = EVP_RSA_gen(2048);
    if (!key)
        return pair;
    auto pem = [&](bool isPrivate) {
        BIO *bio = BIO_new(BIO_s_mem());
        if (isPrivate)
            PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        else
            PEM_write_bio_PUBKEY(bio, key);
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        QByteArray out(data, qsizetype(length));
        BIO_free(bio);
        return out;
    };
    pair.privatePem = pem(true);
    pair.publicPem = pem(false);
    EVP_PKEY_free(key);
    return pair;
}

QJsonArray makeEntries(int count, const QDateTime &newest, const QString &service)
{
    static const char *severities[] = {"INFO", "WARNING", "ERROR", "DEBUG"};
    QJsonArray entries;
    for (int i = 0; i < count; ++i) {
        const QDateTime t = newest.addSecs(-i);
        entries.append(QJsonObject{
            {QStringLiteral("insertId"), QStringLiteral("id-%1").arg(i)},
            {QStringLiteral("timestamp"), t.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("severity"), QLatin1String(severities[i % 4])},
            {QStringLiteral("logName"),
             QStringLiteral("projects/test-project/logs/run.googleapis.com%2Fstderr")},
            {QStringLiteral("resource"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("cloud_run_revision")},
                 {QStringLiteral("labels"),
                  QJsonObject{{QStringLiteral("service_name"), service},
                              {QStringLiteral("revision_name"),
                               QString(service + QStringLiteral("-00042-abc"))},
                              {QStringLiteral("location"), QStringLiteral("us-central1")},
                              {QStringLiteral("project_id"), QStringLiteral("test-project")}}}}},
            {QStringLiteral("textPayload"),
             QStringLiteral("request %1 took %2 ms").arg(i).arg(i * 7 % 900)},
        });
    }
    return entries;
}

FakeGoogle::FakeGoogle(QObject *parent) : QObject(parent)
{
    m_server.addRoute("POST", QStringLiteral("/token"),
                      [this](const HttpRequest &r) { return token(r); });
    m_server.addRoute("GET", QStringLiteral("/o/oauth2/v2/auth"),
                      [this](const HttpRequest &r) { return authorize(r); });
    m_server.addRoute(
        "GET", QStringLiteral("/v2/projects/([^/]+)/locations/([^/]+)/services/([^/]+)/revisions"),
        [this](const HttpRequest &r) { return revisions(r); });
    m_server.addRoute("POST", QStringLiteral("/v2/entries:list"),
                      [this](const HttpRequest &r) { return list(r); });
}

bool FakeGoogle::listen()
{
    return m_server.listen();
}

QUrl FakeGoogle::tokenUri() const
{
    QUrl u = baseUrl();
    u.setPath(QStringLiteral("/token"));
    return u;
}

QUrl FakeGoogle::authorizationUri() const
{
    QUrl u = baseUrl();
    u.setPath(QStringLiteral("/o/oauth2/v2/auth"));
    return u;
}

void FakeGoogle::setClient(const QString &clientId, const QByteArray &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void FakeGoogle::addRefreshToken(const QByteArray &refreshToken)
{
    m_refreshTokens.insert(refreshToken);
}

void FakeGoogle::setServiceAccount(const QString &email, const QByteArray &publicPem)
{
    m_serviceEmail = email;
    m_servicePublicPem = publicPem;
}

int FakeGoogle::tokenCalls() const
{
    return m_server.count("POST", QStringLiteral("/token"));
}

int FakeGoogle::listCalls() const
{
    return m_server.count("POST", QStringLiteral("/v2/entries:list"));
}

QList<HttpRequest> FakeGoogle::listRequests() const
{
    return m_server.requests("POST", QStringLiteral("/v2/entries:list"));
}

QString FakeGoogle::writeServiceAccountFile(const QString &dir, const RsaKeyPair &key,
                                            const QString &email)
{
    setServiceAccount(email, key.publicPem);
    const QJsonObject file{
        {QStringLiteral("type"), QStringLiteral("service_account")},
        {QStringLiteral("project_id"), QStringLiteral("test-project")},
        {QStringLiteral("private_key_id"), QStringLiteral("0123456789abcdef")},
        {QStringLiteral("private_key"), QString::fromLatin1(key.privatePem)},
        {QStringLiteral("client_email"), email},
        {QStringLiteral("client_id"), QStringLiteral("100000000000000000001")},
        {QStringLiteral("auth_uri"), authorizationUri().toString()},
        {QStringLiteral("token_uri"), tokenUri().toString()},
    };
    const QString path = QDir(dir).filePath(QStringLiteral("service-account.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(file).toJson());
    return path;
}

HttpResponse FakeGoogle::googleError(int code, const QString &status, const QString &message)
{
    const QJsonObject body{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                              {QStringLiteral("message"), message},
                                              {QStringLiteral("status"), status}}}};
    return HttpResponse::json(code, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray FakeGoogle::issue()
{
    const QByteArray token = "ya29.fake-" + QByteArray::number(++m_issued);
    m_accessTokens.insert(token);
    return token;
}

static HttpResponse oauthError(const QString &error, const QString &description, int status = 400)
{
    const QJsonObject body{{QStringLiteral("error"), error},
                           {QStringLiteral("error_description"), description}};
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse FakeGoogle::authorize(const HttpRequest &request)
{
    m_lastAuthorization = request.query;
    const QString redirect = request.queryValue(QStringLiteral("redirect_uri"));
    if (request.queryValue(QStringLiteral("client_id")) != m_clientId)
        return HttpResponse::text(401, "invalid_client");
    if (request.queryValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256") ||
        request.queryValue(QStringLiteral("code_challenge")).isEmpty())
        return HttpResponse::text(400, "PKCE S256 required");
    const QString code = QStringLiteral("4/fake-code-%1").arg(m_codes.size() + 1);
    m_codes.insert(code, {request.queryValue(QStringLiteral("code_challenge")), redirect});
    QUrl target(redirect);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("code"), code);
    q.addQueryItem(QStringLiteral("state"), request.queryValue(QStringLiteral("state")));
    q.addQueryItem(QStringLiteral("scope"), request.queryValue(QStringLiteral("scope")));
    target.setQuery(q);
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", target.toEncoded());
    return r;
}

HttpResponse FakeGoogle::token(const HttpRequest &request)
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto value = [&](const char *k) {
        return form.queryItemValue(QLatin1String(k), QUrl::FullyDecoded);
    };
    const QString grant = value("grant_type");
    auto ok = [&](bool withRefresh) {
        QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(issue())},
                         {QStringLiteral("expires_in"), m_lifetime},
                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("scope"),
                          QStringLiteral("https://www.googleapis.com/auth/logging.read")}};
        if (withRefresh) {
            const QByteArray refresh = "1//fake-refresh-" + QByteArray::number(m_issued);
            m_refreshTokens.insert(refresh);
            body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refresh));
        }
        return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    if (grant == QLatin1String("authorization_code")) {
        if (value("client_id") != m_clientId || value("client_secret").toUtf8() != m_clientSecret)
            return oauthError(QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"),
                              401);
        const auto it = m_codes.constFind(value("code"));
        if (it == m_codes.constEnd())
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("Malformed auth code."));
        const Code code = it.value();
        m_codes.remove(value("code"));
        if (value("redirect_uri") != code.redirectUri)
            return oauthError(QStringLiteral("redirect_uri_mismatch"),
                              QStringLiteral("Bad Request"));
        const QByteArray verifier = value("code_verifier").toUtf8();
        const QByteArray expected =
            gcp::base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
        if (verifier.size() < 43 || verifier.size() > 128 ||
            QString::fromLatin1(expected) != code.challenge)
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("Invalid code verifier."));
        return ok(true);
    }
    if (grant == QLatin1String("refresh_token")) {
        if (!m_refreshError.isEmpty())
            return oauthError(m_refreshError, QStringLiteral("Token has been expired or revoked."));
        if (value("client_id") != m_clientId || value("client_secret").toUtf8() != m_clientSecret)
            return oauthError(QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"),
                              401);
        if (!m_refreshTokens.contains(value("refresh_token").toUtf8()))
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("Bad Request"));
        return ok(false);
    }
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer")) {
        auto claims = gcp::verifyJwtRs256(value("assertion").toUtf8(), m_servicePublicPem);
        if (!claims)
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("Invalid JWT Signature."));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (claims->value(QStringLiteral("iss")).toString() != m_serviceEmail)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("Invalid issuer."));
        if (claims->value(QStringLiteral("aud")).toString() != tokenUri().toString())
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("Invalid JWT audience."));
        if (!claims->value(QStringLiteral("scope"))
                 .toString()
                 .contains(QStringLiteral("logging.read")))
            return oauthError(QStringLiteral("invalid_scope"), QStringLiteral("No scope."));
        const qint64 exp = claims->value(QStringLiteral("exp")).toInteger();
        if (exp <= now || exp > now + 3700)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("Invalid JWT: exp."));
        return ok(false);
    }
    return oauthError(QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Invalid grant_type: ") + grant);
}

HttpResponse FakeGoogle::list(const HttpRequest &request)
{
    const int call = m_listCall++;
    if (m_fault)
        if (auto r = m_fault(call, request))
            return *r;
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || !m_accessTokens.contains(auth.mid(7)))
        return googleError(
            401, QStringLiteral("UNAUTHENTICATED"),
            QStringLiteral(
                "Request had invalid authentication credentials. Expected OAuth 2 access token."));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.value(QStringLiteral("resourceNames")).toArray().isEmpty())
        return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                           QStringLiteral("resourceNames is required"));
    // pageSize is a maximum (default 50); a served page larger than that continues under the
    // token "page-<i>+<offset>", so the scripted page boundaries stay where tests put them.
    const QJsonValue sizeValue = body.value(QStringLiteral("pageSize"));
    const int pageSize = sizeValue.isUndefined() ? 50 : sizeValue.toInt(-1);
    if (pageSize < 0 || pageSize > 1000)
        return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                           QStringLiteral("pageSize must be between 0 and 1000"));
    const QString token = body.value(QStringLiteral("pageToken")).toString();
    int index = 0;
    qsizetype offset = 0;
    if (!token.isEmpty()) {
        static const QRegularExpression tokenForm(
            QStringLiteral("^page-(\\d{1,6})(?:\\+(\\d{1,6}))?$"));
        const auto m = tokenForm.match(token);
        index = m.hasMatch() ? m.captured(1).toInt() : -1;
        offset = m.captured(2).toInt();
        if (index < 0 || (index == 0 && offset == 0) || index >= m_pages.size() ||
            offset >= qMax<qsizetype>(1, m_pages[index].size()))
            return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                               QStringLiteral("Invalid page token"));
    }
    const QJsonArray served = index < m_pages.size() ? m_pages[index] : QJsonArray();
    const qsizetype take = pageSize == 0 ? 50 : pageSize; // 0 means the server's default
    QJsonArray entries;
    for (qsizetype i = offset; i < served.size() && i < offset + take; ++i)
        entries.append(served[i]);
    QJsonObject page;
    if (!entries.isEmpty())
        page.insert(QStringLiteral("entries"), entries);
    if (offset + take < served.size())
        page.insert(QStringLiteral("nextPageToken"),
                    QStringLiteral("page-%1+%2").arg(index).arg(offset + take));
    else if (index + 1 < m_pages.size())
        page.insert(QStringLiteral("nextPageToken"), QStringLiteral("page-%1").arg(index + 1));
    return HttpResponse::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
}

HttpResponse FakeGoogle::revisions(const HttpRequest &request)
{
    ++m_revisionCalls;
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || !m_accessTokens.contains(auth.mid(7)))
        return googleError(
            401, QStringLiteral("UNAUTHENTICATED"),
            QStringLiteral(
                "Request had invalid authentication credentials. Expected OAuth 2 access token."));
    const QString key = request.captures.mid(1).join(QLatin1Char('/'));
    if (!m_revisions.contains(key))
        return googleError(
            404, QStringLiteral("NOT_FOUND"),
            QStringLiteral("Resource 'projects/%1/locations/%2/services/%3' was not found")
                .arg(request.captures.value(1), request.captures.value(2),
                     request.captures.value(3)));
    const QJsonArray all = m_revisions.value(key);
    const int size = request.queryValue(QStringLiteral("pageSize")).isEmpty()
                         ? 100
                         : request.queryValue(QStringLiteral("pageSize")).toInt();
    if (size <= 0)
        return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                           QStringLiteral("page_size must be positive"));
    const int pageSize = std::min(size, 2); // small pages, so that clients must follow the token
    int from = 0;
    if (const QString token = request.queryValue(QStringLiteral("pageToken")); !token.isEmpty()) {
        bool ok = false;
        from = QString::fromLatin1(QByteArray::fromBase64(token.toLatin1())).toInt(&ok);
        if (!ok || from <= 0 || from >= all.size())
            return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                               QStringLiteral("Invalid page token"));
    }
    QJsonArray page;
    for (int i = from; i < std::min<int>(int(all.size()), from + pageSize); ++i)
        page.append(all[i]);
    QJsonObject body;
    if (!page.isEmpty())
        body.insert(QStringLiteral("revisions"), page);
    if (from + pageSize < all.size())
        body.insert(QStringLiteral("nextPageToken"),
                    QString::fromLatin1(QByteArray::number(from + pageSize).toBase64()));
    return HttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject FakeGoogle::makeRevision(const QString &project, const QString &location,
                                     const QString &service, const QString &id,
                                     const QDateTime &created, const QJsonObject &labels,
                                     const QString &image)
{
    const QString name = QStringLiteral("projects/%1/locations/%2/services/%3/revisions/%4")
                             .arg(project, location, service, id);
    const QString time = created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz123Z"));
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("uid"), QStringLiteral("8a0c6f5e-2f3b-4d6a-9d0e-%1")
                                    .arg(qHash(id), 12, 16, QLatin1Char('0'))
                                    .left(36)},
        {QStringLiteral("generation"), QStringLiteral("1")},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("annotations"),
         QJsonObject{{QStringLiteral("run.googleapis.com/operation-id"), QStringLiteral("op-1")}}},
        {QStringLiteral("createTime"), time},
        {QStringLiteral("updateTime"), time},
        {QStringLiteral("launchStage"), QStringLiteral("GA")},
        {QStringLiteral("service"), service},
        {QStringLiteral("scaling"), QJsonObject{{QStringLiteral("maxInstanceCount"), 100}}},
        {QStringLiteral("timeout"), QStringLiteral("300s")},
        {QStringLiteral("serviceAccount"),
         QStringLiteral("123-compute@developer.gserviceaccount.com")},
        {QStringLiteral("containers"),
         QJsonArray{QJsonObject{
             {QStringLiteral("image"), image},
             {QStringLiteral("ports"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("http1")},
                                     {QStringLiteral("containerPort"), 8080}}}},
             {QStringLiteral("resources"),
              QJsonObject{{QStringLiteral("limits"),
                           QJsonObject{{QStringLiteral("cpu"), QStringLiteral("1000m")},
                                       {QStringLiteral("memory"), QStringLiteral("512Mi")}}}}}}}},
        {QStringLiteral("executionEnvironment"), QStringLiteral("EXECUTION_ENVIRONMENT_GEN2")},
        {QStringLiteral("logUri"),
         QStringLiteral("https://console.cloud.google.com/logs/viewer?project=%1").arg(project)},
        {QStringLiteral("conditions"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")},
                                {QStringLiteral("state"), QStringLiteral("CONDITION_SUCCEEDED")}}}},
        {QStringLiteral("observedGeneration"), QStringLiteral("1")},
        {QStringLiteral("etag"), QStringLiteral("\"abc\"")}};
}

void FakeGoogle::setEntries(const QJsonArray &entries, int pageSize)
{
    m_pages.clear();
    for (qsizetype i = 0; i < entries.size(); i += pageSize) {
        QJsonArray page;
        for (qsizetype j = i; j < std::min<qsizetype>(entries.size(), i + pageSize); ++j)
            page.append(entries[j]);
        m_pages.append(page);
    }
    if (m_pages.isEmpty())
        m_pages.append(QJsonArray());
}

} // namespace gardener::test
