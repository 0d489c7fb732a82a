#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>
#include <chrono>

namespace gardener::gcp {

// A request to a Google API that carries the access token. Refused, with the reason, when the
// address may not carry a token (plain http:// beyond this computer); redirects are not
// followed (an API answer never redirects, and the token must not travel on); Qt's inactivity
// timeout is set. Every client of a Google API builds its requests here, so none can send the
// token where the others would not.
Result<QNetworkRequest> googleApiRequest(const QUrl &url, const QByteArray &accessToken,
                                         std::chrono::milliseconds inactivity);

} // namespace gardener::gcp
