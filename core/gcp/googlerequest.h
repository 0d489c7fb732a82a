#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

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

// Lets go of a reply that is no longer wanted: its signals stop reaching `owner`, the request is
// aborted and the reply deleted later. Clears `reply`; nothing when it is already empty.
void abandonReply(QPointer<QNetworkReply> &reply, QObject *owner);

// A reply that failed below HTTP (no status, or a transport error). `fatal` for a TLS error,
// which is never worked around; otherwise (refused, dropped, reset) a retry may pass. `message`
// says what happened, naming `host` for TLS. Empty for an HTTP answer.
struct TransportProblem
{
    bool fatal = false;
    QString message;
};
std::optional<TransportProblem> transportProblem(const QNetworkReply *reply, int status,
                                                 const QString &host);

// The Retry-After header in milliseconds, or -1 when there is none or it is not whole seconds.
qint64 retryAfterMs(const QNetworkReply *reply);

// Asks `tokens` for an access token (a fresh one with `forceRefresh`) and hands it to `use`,
// unless `context` was deleted meanwhile.
void withAccessToken(
    const std::function<void(bool, std::function<void(Result<QByteArray>)>)> &tokens,
    bool forceRefresh, QObject *context, std::function<void(Result<QByteArray>)> use);

// The same for an API client: the token goes to `send`, a failure to `fail`, and neither once
// `*running` (a member of `context`) turned false meanwhile.
void withAccessToken(
    const std::function<void(bool, std::function<void(Result<QByteArray>)>)> &tokens,
    bool forceRefresh, QObject *context, const bool *running,
    std::function<void(const QByteArray &)> send, std::function<void(const Error &)> fail);

} // namespace gardener::gcp
