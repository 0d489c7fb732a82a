#pragma once

#include "core/util/error.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace gardener::gcp {

// The redirect target of a browser sign-in (RFC 8252 section 7.3): a tiny HTTP listener bound to
// 127.0.0.1 only, on a port the OS chooses. It answers each GET with a short page telling the
// user to return to the app, and reports the query of requests that carry an OAuth answer
// (code, error or state). Anything else (favicon, probes) gets 404. One thread; not copyable.
class LoopbackListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    Result<void> listen();
    void close();
    QHostAddress address() const;
    quint16 port() const;
    QUrl redirectUri() const; // http://127.0.0.1:<port>/

Q_SIGNALS:
    void callbackReceived(const QUrlQuery &query);

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
};

} // namespace gardener::gcp
