#include "core/gcp/googlerequest.h"

#include "core/util/transport.h"

#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace gardener::gcp {

Result<QNetworkRequest> googleApiRequest(const QUrl &url, const QByteArray &accessToken,
                                         std::chrono::milliseconds inactivity)
{
    if (const QString refused =
            net::refuseCredentialsTo(url, QStringLiteral("the Google access token"));
        !refused.isEmpty())
        return fail(refused);
    QNetworkRequest request(url);
    net::restrictRequest(request, inactivity, /*allowRedirects=*/false);
    request.setRawHeader("Authorization", "Bearer " + accessToken);
    request.setRawHeader("Accept", "application/json");
    return request;
}

void finishWithin(QNetworkReply *reply, std::chrono::milliseconds deadline, QObject *context,
                  std::function<void(QNetworkReply *, bool timedOut)> done)
{
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(deadline);
    QObject::connect(reply, &QNetworkReply::finished, context,
                     [reply, timedOut, done = std::move(done)] { done(reply, *timedOut); });
}

void abandonReply(QPointer<QNetworkReply> &reply, QObject *owner)
{
    QNetworkReply *r = reply.data();
    reply = nullptr;
    if (!r)
        return;
    r->disconnect(owner);
    r->abort();
    r->deleteLater();
}

std::optional<TransportProblem> transportProblem(const QNetworkReply *reply, int status,
                                                 const QString &host)
{
    const auto error = reply->error();
    // Codes below 100 are transport failures (refused, closed mid-answer, TLS); above are
    // HTTP-level answers that the status says more about.
    if (status != 0 && (error == QNetworkReply::NoError || error >= 100))
        return std::nullopt;
    if (error == QNetworkReply::SslHandshakeFailedError)
        return TransportProblem{
            true, QStringLiteral("TLS error talking to %1: %2").arg(host, reply->errorString())};
    return TransportProblem{false, QStringLiteral("network error: %1").arg(reply->errorString())};
}

qint64 retryAfterMs(const QNetworkReply *reply)
{
    bool ok = false;
    const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    return ok && seconds >= 0 ? qint64(seconds) * 1000 : -1;
}

void withAccessToken(
    const std::function<void(bool, std::function<void(Result<QByteArray>)>)> &tokens,
    bool forceRefresh, QObject *context, std::function<void(Result<QByteArray>)> use)
{
    tokens(forceRefresh,
           [guard = QPointer<QObject>(context), use = std::move(use)](Result<QByteArray> token) {
               if (guard)
                   use(std::move(token));
           });
}

void withAccessToken(
    const std::function<void(bool, std::function<void(Result<QByteArray>)>)> &tokens,
    bool forceRefresh, QObject *context, const bool *running,
    std::function<void(const QByteArray &)> send, std::function<void(const Error &)> fail)
{
    withAccessToken(
        tokens, forceRefresh, context,
        [running, send = std::move(send), fail = std::move(fail)](Result<QByteArray> token) {
            if (!*running)
                return;
            if (!token)
                fail(token.error());
            else
                send(*token);
        });
}

} // namespace gardener::gcp
