#pragma once

#include "core/gcp/credentials.h"
#include "core/gcp/tokenrequest.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace gardener::gcp {

// Hands out OAuth access tokens for one set of Credentials, refreshing when needed:
// - authorized_user (browser sign-in, ADC): grant_type=refresh_token at tokenUri;
// - service_account: an RS256 JWT assertion (iss = client_email, aud = token_uri, scope,
//   1 h lifetime) exchanged with grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer.
// A token is reused until 60 s before it expires. Concurrent callers share one refresh. A
// refresh is tried once; invalid_grant / invalid_rapt come back as a needsSignInAgain() Error.
// Lives on one thread; callbacks run there. The network manager must outlive this object.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QByteArray>)>;

    TokenProvider(QNetworkAccessManager *network, Credentials credentials,
                  QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setScope(const QString &scope) { m_scope = scope; }
    const Credentials &credentials() const { return m_credentials; }

    // A valid access token, from the cache or after one refresh.
    void accessToken(Callback done);
    // Forgets the cached token (after the API answered 401), so the next call refreshes.
    void invalidate();
    // accessToken() as the API clients take it, (forceRefresh, done): a forced refresh after a
    // 401 forgets the cached token first. This object must outlive the returned function.
    std::function<void(bool forceRefresh, Callback done)> source();
    // Seeds the cache, e.g. with the access token that came with a browser sign-in.
    void setCachedToken(const QByteArray &token, const QDateTime &expiresUtc);

private:
    void refresh();
    void finish(const Result<QByteArray> &result);

    QNetworkAccessManager *m_network;
    Credentials m_credentials;
    QString m_scope;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(30)};
    QByteArray m_token;
    QDateTime m_expires;
    std::vector<Callback> m_waiting;
};

} // namespace gardener::gcp
