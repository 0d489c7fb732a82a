#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkReply;
class QObject;

namespace gardener::gcp {

// A request to a Google API that carries the access token. Refused, with the reason, when the
// address may not carry a token (plain http:// beyond this computer); redirects are not
// followed (an API answer never redirects, and the token must not travel on); Qt's inactivity
// timeout is set. Every client of a Google API builds its requests here, so none can send the
// token where the others would not.
Result<QNetworkRequest> googleApiRequest(const QUrl &url, const QByteArray &accessToken,
                                         std::chrono::milliseconds inactivity);

// Watches a sent `reply`: when it has not finished after `deadline` (on top of Qt's inactivity
// timeout, which a server that trickles bytes never reaches) it is aborted. `done` runs once when
// the reply finishes, told whether the deadline ended it, and never after `context` is deleted.
void finishWithin(QNetworkReply *reply, std::chrono::milliseconds deadline, QObject *context,
                  std::function<void(QNetworkReply *, bool timedOut)> done);

// The Retry-After header in milliseconds, or -1 when there is none or it is not whole seconds.
qint64 retryAfterMs(const QNetworkReply *reply);

// Asks `tokens` for an access token (a fresh one with `forceRefresh`) and hands it to `use`,
// unless `context` was deleted meanwhile.
void withAccessToken(
    const std::function<void(bool, std::function<void(Result<QByteArray>)>)> &tokens,
    bool forceRefresh, QObject *context, std::function<void(Result<QByteArray>)> use);

} // namespace gardener::gcp
