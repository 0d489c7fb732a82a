#pragma once

// A local stand-in for Google's OAuth 2.0 and Cloud Logging endpoints, on FakeHttpServer
// (127.0.0.1, OS-chosen port), speaking their wire formats:
//   GET  /o/oauth2/v2/auth   authorization endpoint: records the request and redirects (302) to
//                            redirect_uri with code and state, as the browser would see it
//   POST /token              grant_type authorization_code (checks client, code, PKCE S256
//                            code_verifier), refresh_token, jwt-bearer (verifies the RS256
//                            signature with the registered public key, iss, aud, scope, exp)
//   POST /v2/entries:list    pages of entries by pageToken, at most pageSize (default 50) each;
//                            Bearer token checked (401 with a Google error body otherwise);
//                            the filter is recorded, not applied
//   GET  /v2/projects/P/locations/L/services/S/revisions
//                            Cloud Run Admin API v2 revisions.list: {"revisions":[Revision],
//                            "nextPageToken"} by pageSize/pageToken; Bearer checked; 404 NOT_FOUND
//                            for a service it does not know
// Tests script faults per list call through setListFault().

#include "tests/common/fakehttpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <functional>
#include <optional>

namespace gardener::test {

struct RsaKeyPair
{
    QByteArray privatePem; // PKCS#8 "BEGIN PRIVATE KEY", as Google's key files hold
    QByteArray publicPem;
};

// A throw-away 2048-bit RSA key made with OpenSSL at test time.
RsaKeyPair generateRsaKeyPair();

// Entries shaped like Cloud Logging's LogEntry: insertId "id-<n>", timestamps one second apart
// going back from `newest`, alternating severities, a Cloud Run resource.
QJsonArray makeEntries(int count, const QDateTime &newest,
                       const QString &service = QStringLiteral("checkout"));

class FakeGoogle : public QObject
{
    Q_OBJECT
public:
    explicit FakeGoogle(QObject *parent = nullptr);

    bool listen();
    FakeHttpServer &server() { return m_server; }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    QUrl tokenUri() const;
    QUrl authorizationUri() const;

    // --- token endpoint
    void setClient(const QString &clientId, const QByteArray &clientSecret);
    void addRefreshToken(const QByteArray &refreshToken);
    void setServiceAccount(const QString &email, const QByteArray &publicPem);
    void setTokenLifetime(int seconds) { m_lifetime = seconds; }
    // Every refresh_token grant answers this OAuth error code (e.g. "invalid_grant").
    void setRefreshError(const QString &error) { m_refreshError = error; }
    // Forgets every issued access token: the next API call gets 401.
    void revokeAccessTokens() { m_accessTokens.clear(); }
    int tokenCalls() const;
    // What the last authorization request asked for (client_id, code_challenge, state, ...).
    QUrlQuery lastAuthorization() const { return m_lastAuthorization; }

    // Writes a service-account key file whose token_uri points here; returns its path.
    QString writeServiceAccountFile(
        const QString &dir, const RsaKeyPair &key,
        const QString &email = QStringLiteral("collector@test-project.iam.gserviceaccount.com"));

    // --- entries:list
    // The pages served in order; page i is asked for with pageToken "page-<i>" (page 0 without
    // a token). A page may be empty and still carry a token. A page longer than the request's
    // pageSize is served in parts, continued with the token "page-<i>+<offset>".
    void setPages(const QList<QJsonArray> &pages) { m_pages = pages; }
    // Splits entries into pages of `pageSize`.
    void setEntries(const QJsonArray &entries, int pageSize);
    // Called with the 0-based number of each list call; a returned response replaces the
    // normal answer (429, 503, delay, dropped connection, malformed JSON, ...).
    using Fault = std::function<std::optional<HttpResponse>(int call, const HttpRequest &)>;
    void setListFault(Fault fault) { m_fault = std::move(fault); }
    // A fault that answers the given list calls only after `delayMs` (an empty page), so a
    // test can stop or kill a collection while that call is in flight.
    static Fault slowCalls(QList<int> calls, int delayMs = 5000)
    {
        return [calls, delayMs](int call, const HttpRequest &) -> std::optional<HttpResponse> {
            if (!calls.contains(call))
                return std::nullopt;
            HttpResponse slow = HttpResponse::json(200, "{}");
            slow.delayMs = delayMs;
            return slow;
        };
    }
    int listCalls() const;

    // --- Cloud Run Admin API
    // The revisions of projects/P/locations/L/services/S (Revision resources, see makeRevision).
    void setRevisions(const QString &project, const QString &location, const QString &service,
                      const QJsonArray &revisions)
    {
        m_revisions.insert(project + QLatin1Char('/') + location + QLatin1Char('/') + service,
                           revisions);
    }
    int revisionCalls() const { return m_revisionCalls; }
    // A Revision as the Admin API v2 answers it (name, uid, generation, labels, createTime,
    // service, containers[].image, ...).
    static QJsonObject makeRevision(const QString &project, const QString &location,
                                    const QString &service, const QString &id,
                                    const QDateTime &created, const QJsonObject &labels,
                                    const QString &image);
    QList<HttpRequest> listRequests() const;

    static HttpResponse googleError(int code, const QString &status, const QString &message);

private:
    HttpResponse token(const HttpRequest &request);
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse list(const HttpRequest &request);
    HttpResponse revisions(const HttpRequest &request);
    QByteArray issue();

    FakeHttpServer m_server;
    QString m_clientId = QStringLiteral("test-client.apps.googleusercontent.com");
    QByteArray m_clientSecret = "test-client-secret";
    QSet<QByteArray> m_refreshTokens;
    QSet<QByteArray> m_accessTokens;
    QString m_refreshError;
    QString m_serviceEmail;
    QByteArray m_servicePublicPem;
    int m_lifetime = 3600;
    int m_issued = 0;
    QUrlQuery m_lastAuthorization;
    struct Code
    {
        QString challenge;
        QString redirectUri;
    };
    QHash<QString, Code> m_codes;
    QList<QJsonArray> m_pages;
    Fault m_fault;
    int m_listCall = 0;
    QHash<QString, QJsonArray> m_revisions;
    int m_revisionCalls = 0;
};

} // namespace gardener::test
