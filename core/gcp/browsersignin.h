#pragma once

#include "core/gcp/credentials.h"
#include "core/gcp/loopbacklistener.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

class QNetworkAccessManager;

namespace gardener::gcp {

struct SignInConfig
{
    QString clientId;        // a "Desktop app" OAuth client of the user's own project
    QByteArray clientSecret; // shipped with Desktop clients; still kept in the keychain
    QUrl authorizationUri = defaultAuthorizationUri();
    QUrl tokenUri = defaultTokenUri();
    QString scope = cloudReadScopes();
    std::chrono::milliseconds timeout = std::chrono::minutes(5); // waiting for the browser
};

struct SignInResult
{
    Credentials credentials; // AuthorizedUser with the refresh token
    QByteArray accessToken;
    QDateTime expiresUtc;
};

// Google sign-in in the system browser, OAuth 2.0 for installed apps (RFC 8252) with PKCE
// (RFC 7636, S256) and a random state:
//   1. start() opens a LoopbackListener on 127.0.0.1:<OS-chosen port> and returns the
//      authorization URL; the app opens it with QDesktopServices (core has no QtGui).
//   2. The browser comes back to the listener with code + state. A state that does not match
//      ends the sign-in with an error and no token request is made.
//   3. The code is exchanged at tokenUri with the PKCE verifier; finished() reports the result.
// The caller stores what it needs (client secret + refresh token) through SecretStore.
class BrowserSignIn : public QObject
{
    Q_OBJECT
public:
    explicit BrowserSignIn(QNetworkAccessManager *network, QObject *parent = nullptr);

    Result<QUrl> start(const SignInConfig &config);
    void cancel();
    bool isRunning() const { return m_running; }

    const LoopbackListener &listener() const { return m_listener; }
    // Answers whose state was not this sign-in's: ignored, the sign-in keeps waiting.
    int ignoredAnswers() const { return m_ignoredAnswers; }
    const Result<SignInResult> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onCallback(const QUrlQuery &query);
    void end(Result<SignInResult> result);

    QNetworkAccessManager *m_network;
    LoopbackListener m_listener;
    QTimer m_timeout;
    SignInConfig m_config;
    QByteArray m_verifier;
    QByteArray m_state;
    int m_ignoredAnswers = 0;
    bool m_running = false;
    Result<SignInResult> m_result = fail(QStringLiteral("not started"));
};

} // namespace gardener::gcp
