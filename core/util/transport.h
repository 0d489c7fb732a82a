#pragma once

// Where credentials may go, and how long a request may take (see docs/security.md, "Network").
//
// - A token, a refresh token or a signed assertion travels only over https://. Plain http:// is
//   allowed only to this computer (loopback: localhost, 127.0.0.0/8, ::1), for test servers;
//   anything else is refused before a connection is made, with an error naming the host.
// - Requests that carry credentials follow no redirect to another origin (scheme, host, port).
// - Every request has an overall deadline besides Qt's inactivity timeout, so a server that
//   sends one byte every few seconds cannot hold a run forever.

#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkReply;
class QNetworkRequest;

namespace gardener::net {

bool isLoopbackHost(const QString &host);

// Empty when url may carry `what` (e.g. "the GitHub token"); otherwise the reason, for people.
QString refuseCredentialsTo(const QUrl &url, const QString &what);

// Same-origin redirects only, and the inactivity timeout.
void restrictRequest(QNetworkRequest &request, std::chrono::milliseconds inactivity,
                     bool allowRedirects = true);

// Aborts reply when the whole exchange takes longer than deadline; onExpired runs first.
void setDeadline(QNetworkReply *reply, std::chrono::milliseconds deadline,
                 std::function<void()> onExpired = {});

} // namespace gardener::net
