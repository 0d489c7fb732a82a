#include "core/gcp/tokenrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include "core/util/transport.h"

namespace gardener::gcp {

QString signInAgainPrefix()
{
    return QStringLiteral("Sign in again: ");
}

bool needsSignInAgain(const Error &error)
{
    return error.what.startsWith(signInAgainPrefix());
}

namespace {

// The token endpoint's answer: the tokens, or an error that says where and what.
Result<TokenResponse> tokenAnswer(QNetworkReply *reply, bool timedOut, const QString &where,
                                  std::chrono::milliseconds timeout)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (timedOut) {
        return fail(QStringLiteral("The token endpoint did not answer within %1 s.")
                        .arg(double(timeout.count()) / 1000.0),
                    where);
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status == 0) {
        return fail(
            QStringLiteral("Could not reach the token endpoint: %1").arg(reply->errorString()),
            where);
    }
    if (status >= 300 && status < 400) {
        return fail(
            QStringLiteral("The token endpoint answered %1, a redirect to %2; the sign-in "
                           "request is only "
                           "ever sent to the token endpoint itself, so it was not followed.")
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl().host()),
            where);
    }
    if (status != 200) {
        const QString code = json.value(QStringLiteral("error")).toString();
        const QString description = json.value(QStringLiteral("error_description")).toString();
        QString text = QStringLiteral("The token endpoint answered %1").arg(status);
        if (!code.isEmpty())
            text += QStringLiteral(" (%1%2)").arg(
                code, description.isEmpty() ? QString() : QStringLiteral(": ") + description);
        if (code == QLatin1String("invalid_grant") || code == QLatin1String("invalid_rapt") ||
            code == QLatin1String("unauthorized_client"))
            text = signInAgainPrefix() +
                   QStringLiteral("Google no longer accepts the saved sign-in. ") + text;
        return fail(text + QLatin1Char('.'), where);
    }
    TokenResponse r;
    r.accessToken = json.value(QStringLiteral("access_token")).toString().toUtf8();
    r.expiresInSeconds = json.value(QStringLiteral("expires_in")).toInteger(3600);
    r.refreshToken = json.value(QStringLiteral("refresh_token")).toString().toUtf8();
    r.scope = json.value(QStringLiteral("scope")).toString();
    if (r.accessToken.isEmpty()) {
        return fail(QStringLiteral("The token endpoint's answer has no access_token."), where);
    }
    return r;
}

} // namespace

void postTokenRequest(QNetworkAccessManager *network, const QUrl &tokenUri, const QUrlQuery &form,
                      std::chrono::milliseconds timeout, QObject *context,
                      std::function<void(Result<TokenResponse>)> done)
{
    if (const QString refused =
            net::refuseCredentialsTo(tokenUri, QStringLiteral("the sign-in request"));
        !refused.isEmpty()) {
        QTimer::singleShot(0, context ? context : network,
                           [done, refused, tokenUri] { done(fail(refused, tokenUri.host())); });
        return;
    }
    QNetworkRequest request(tokenUri);
    // The signed assertion or refresh token is posted once, to this URL only: no redirects.
    net::restrictRequest(request, timeout, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network->post(request, form.query(QUrl::FullyEncoded).toUtf8());
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(timeout);
    const QString where = tokenUri.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [reply, timedOut, where, guard, hasContext = context != nullptr, timeout,
                      done = std::move(done)] {
                         reply->deleteLater();
                         if (hasContext && !guard)
                             return;
                         done(tokenAnswer(reply, *timedOut, where, timeout));
                     });
}

} // namespace gardener::gcp
