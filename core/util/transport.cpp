#include "core/util/transport.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace gardener::net {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString refuseCredentialsTo(const QUrl &url, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("refusing to send %1 to \"%2\": not a valid URL")
            .arg(what, url.toDisplayString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (url.scheme() == QLatin1String("http"))
        return QStringLiteral(
                   "refusing to send %1 to %2 over plain http://: use https:// (plain http is only "
                   "allowed to this computer, for test servers)")
            .arg(what, url.host());
    return QStringLiteral("refusing to send %1 to %2: unsupported scheme \"%3\"")
        .arg(what, url.host(), url.scheme());
}

void restrictRequest(QNetworkRequest &request, std::chrono::milliseconds inactivity,
                     bool allowRedirects)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         allowRedirects ? QNetworkRequest::SameOriginRedirectPolicy
                                        : QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(inactivity.count()));
}

void setDeadline(QNetworkReply *reply, std::chrono::milliseconds deadline,
                 std::function<void()> onExpired)
{
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, onExpired] {
        if (onExpired)
            onExpired();
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, timer, &QTimer::stop);
    timer->start(deadline);
}

} // namespace gardener::net
