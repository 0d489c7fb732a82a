#include "core/gcp/tokenprovider.h"

#include "core/gcp/oauthcrypto.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace gardener::gcp {

TokenProvider::TokenProvider(QNetworkAccessManager *network, Credentials credentials,
                             QObject *parent)
    : QObject(parent), m_network(network), m_credentials(std::move(credentials)),
      m_scope(loggingReadScope())
{
}

void TokenProvider::accessToken(Callback done)
{
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc().secsTo(m_expires) > 60) {
        done(m_token);
        return;
    }
    m_waiting.push_back(std::move(done));
    if (m_waiting.size() == 1)
        refresh();
}

void TokenProvider::invalidate()
{
    m_token.clear();
    m_expires = {};
}

std::function<void(bool, TokenProvider::Callback)> TokenProvider::source()
{
    return [this](bool forceRefresh, Callback done) {
        if (forceRefresh)
            invalidate();
        accessToken(std::move(done));
    };
}

void TokenProvider::setCachedToken(const QByteArray &token, const QDateTime &expiresUtc)
{
    m_token = token;
    m_expires = expiresUtc;
}

void TokenProvider::refresh()
{
    QUrlQuery form;
    if (m_credentials.kind == Credentials::Kind::ServiceAccount) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{
            {QStringLiteral("iss"), m_credentials.clientEmail},
            {QStringLiteral("scope"), m_scope},
            {QStringLiteral("aud"), m_credentials.tokenUri.toString()},
            {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + 3600},
        };
        auto jwt = signJwtRs256(claims, m_credentials.privateKeyPem, m_credentials.privateKeyId);
        if (!jwt) {
            Error e = jwt.error();
            e.file = m_credentials.sourcePath;
            finish(tl::unexpected<Error>(e));
            return;
        }
        form.addQueryItem(QStringLiteral("grant_type"),
                          QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
        form.addQueryItem(QStringLiteral("assertion"), QString::fromLatin1(*jwt));
    } else {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"), m_credentials.clientId);
        form.addQueryItem(QStringLiteral("client_secret"),
                          QString::fromUtf8(m_credentials.clientSecret));
        form.addQueryItem(QStringLiteral("refresh_token"),
                          QString::fromUtf8(m_credentials.refreshToken));
    }
    postTokenRequest(m_network, m_credentials.tokenUri, form, m_timeout, this,
                     [this](Result<TokenResponse> r) {
                         if (!r) {
                             finish(tl::unexpected<Error>(r.error()));
                             return;
                         }
                         m_token = r->accessToken;
                         m_expires = QDateTime::currentDateTimeUtc().addSecs(r->expiresInSeconds);
                         finish(m_token);
                     });
}

void TokenProvider::finish(const Result<QByteArray> &result)
{
    std::vector<Callback> waiting;
    waiting.swap(m_waiting);
    for (auto &callback : waiting)
        callback(result);
}

} // namespace gardener::gcp
