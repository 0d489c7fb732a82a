#include "core/gcp/googlerequest.h"

#include "core/util/transport.h"

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

} // namespace gardener::gcp
