#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QObject;

namespace gardener::gcp {

struct TokenResponse
{
    QByteArray accessToken;
    qint64 expiresInSeconds = 0;
    QByteArray refreshToken; // only from an authorization-code exchange
    QString scope;
};

// Errors whose text starts with this mean the saved sign-in is no longer accepted
// (invalid_grant, invalid_rapt, revoked or expired refresh token): the user must sign in again.
QString signInAgainPrefix();
bool needsSignInAgain(const Error &error);

// POSTs an application/x-www-form-urlencoded token request (RFC 6749 section 4) and parses
// the JSON answer, OAuth error bodies ({"error":"invalid_grant","error_description":...})
// included. One attempt, aborted after `timeout`; TLS errors are never ignored. `done` runs
// once on the caller's thread, unless `context` is destroyed first.
void postTokenRequest(QNetworkAccessManager *network, const QUrl &tokenUri, const QUrlQuery &form,
                      std::chrono::milliseconds timeout, QObject *context,
                      std::function<void(Result<TokenResponse>)> done);

} // namespace gardener::gcp
