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

} // namespace gardener::gcp
