#include "core/gcp/browsersignin.h"

#include "core/gcp/oauthcrypto.h"
#include "core/gcp/tokenrequest.h"

#include <QUrlQuery>

namespace gardener::gcp {

BrowserSignIn::BrowserSignIn(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        end(fail(QStringLiteral("No answer from the browser within %1 minutes; sign in again.")
                     .arg(m_config.timeout.count() / 60000.0)));
    });
    connect(&m_listener, &LoopbackListener::callbackReceived, this, &BrowserSignIn::onCallback);
}

Result<QUrl> BrowserSignIn::start(const SignInConfig &config)
{
    if (m_running)
        return fail(QStringLiteral("A sign-in is already waiting for the browser."));
    if (config.clientId.isEmpty())
        return fail(QStringLiteral("Enter the OAuth client ID of a Desktop app client first."));
    m_config = config;
    if (auto ok = m_listener.listen(); !ok)
        return tl::unexpected<Error>(ok.error());
    m_verifier = pkceVerifier();
    m_state = oauthState();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), config.clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_listener.redirectUri().toString());
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("scope"), config.scope);
    q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    q.addQueryItem(QStringLiteral("code_challenge"),
                   QString::fromLatin1(pkceChallenge(m_verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    // A refresh token, so later runs need no browser.
    q.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    q.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    QUrl url = config.authorizationUri;
    url.setQuery(q);
    m_running = true;
    m_timeout.start(config.timeout);
    return url;
}

void BrowserSignIn::cancel()
{
    if (m_running)
        end(fail(QStringLiteral("Sign-in cancelled.")));
}

void BrowserSignIn::onCallback(const QUrlQuery &query)
{
    if (!m_running)
        return;
    const QByteArray state =
        query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1();
    if (state != m_state) {
        // Not the answer to our request (a stale tab, or forged): never exchange its code, and
        // keep waiting for the real one (RFC 8252 section 8.9; ending here would let any local
        // page abort a sign-in).
        ++m_ignoredAnswers;
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        end(fail(QStringLiteral("Google did not grant access (%1). Sign in again and allow "
                                "reading logs.")
                     .arg(error)));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        end(fail(QStringLiteral("The sign-in answer carried no authorization code.")));
        return;
    }
    const QString redirect = m_listener.redirectUri().toString();
    m_listener.close();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(m_config.clientSecret));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    postTokenRequest(m_network, m_config.tokenUri, form, std::chrono::seconds(30), this,
                     [this](Result<TokenResponse> r) {
                         if (!r) {
                             end(tl::unexpected<Error>(r.error()));
                             return;
                         }
                         if (r->refreshToken.isEmpty()) {
                             end(fail(QStringLiteral("Google returned no refresh token; remove "
                                                     "Log Gardener's access in your Google "
                                                     "account settings and sign in again.")));
                             return;
                         }
                         SignInResult s;
                         s.credentials.kind = Credentials::Kind::AuthorizedUser;
                         s.credentials.clientId = m_config.clientId;
                         s.credentials.clientSecret = m_config.clientSecret;
                         s.credentials.refreshToken = r->refreshToken;
                         s.credentials.tokenUri = m_config.tokenUri;
                         s.accessToken = r->accessToken;
                         s.expiresUtc =
                             QDateTime::currentDateTimeUtc().addSecs(r->expiresInSeconds);
                         end(std::move(s));
                     });
}

void BrowserSignIn::end(Result<SignInResult> result)
{
    m_running = false;
    m_timeout.stop();
    m_listener.close();
    // Forget the one-time values.
    m_verifier.fill('\0');
    m_state.clear();
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace gardener::gcp
