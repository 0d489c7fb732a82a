#pragma once

// One HTTP/1.1 request on its own connection, sent exactly once.
//
// Why not QNetworkAccessManager for writes: when a connection closes after the request was
// sent but before any answer byte arrived, Qt's HTTP/1 channel silently sends the request
// again (up to twice). For "create issue" that is a second issue. Here the request goes out
// once on a fresh connection with "Connection: close"; whatever happens next is reported to
// the caller, who reconciles.
//
// Contract: one thread, callback once from the event loop (never from inside send()), a hard
// timeout, TLS verification by QSslSocket's defaults (errors are never ignored), Content-Length
// and chunked response bodies. Destroying the object aborts the request without a callback.

#include "core/util/error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QTcpSocket;
class QTimer;

namespace gardener::github {

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QByteArray header(const QByteArray &lowerName) const;
};

class OneShotHttp : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<RawResponse>)>;

    explicit OneShotHttp(QObject *parent = nullptr);
    ~OneShotHttp() override;

    void send(const QByteArray &method, const QUrl &url,
              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
              int timeoutMs, Done done);

    // Parses a complete HTTP/1.1 response (exposed for tests). Returns false while incomplete.
    static bool parse(const QByteArray &data, bool streamClosed, RawResponse *out, QString *error);

private:
    void finish(Result<RawResponse> r);

    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_buffer;
    QByteArray m_request;
    QString m_what;
    Done m_done;
};

} // namespace gardener::github
