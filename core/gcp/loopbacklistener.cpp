#include "core/gcp/loopbacklistener.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace gardener::gcp {

namespace {
// A request line and headers are small; anything larger is not a browser redirect.
constexpr qsizetype kMaxRequestBytes = 16 * 1024;

QByteArray page(int status, const QByteArray &title, const QByteArray &text)
{
    const QByteArray body = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title +
                            "</title></head><body style=\"font-family:sans-serif\"><h1>" + title +
                            "</h1><p>" + text + "</p></body></html>";
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found") +
           "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

LoopbackListener::~LoopbackListener() = default;

Result<void> LoopbackListener::listen()
{
    // 127.0.0.1 (not "localhost", not any address): only this machine can reach it.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0))
        return fail(QStringLiteral("Cannot open a local port for the sign-in answer: %1")
                        .arg(m_server->errorString()));
    return {};
}

void LoopbackListener::close()
{
    m_server->close();
}

QHostAddress LoopbackListener::address() const
{
    return m_server->serverAddress();
}

quint16 LoopbackListener::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    QUrlQuery query;
    bool isAnswer = false;
    if (requestLine.size() == 3 && requestLine[0] == "GET") {
        const QUrl target = QUrl::fromEncoded(requestLine[1]);
        query = QUrlQuery(target);
        isAnswer = query.hasQueryItem(QStringLiteral("code")) ||
                   query.hasQueryItem(QStringLiteral("error")) ||
                   query.hasQueryItem(QStringLiteral("state"));
    }
    if (isAnswer)
        socket->write(
            page(200, "Log Gardener",
                 "Sign-in answer received. You can close this tab and return to Log Gardener."));
    else
        socket->write(
            page(404, "Not found", "This address only receives the Google sign-in answer."));
    socket->disconnectFromHost();
    if (isAnswer)
        Q_EMIT callbackReceived(query);
}

} // namespace gardener::gcp
