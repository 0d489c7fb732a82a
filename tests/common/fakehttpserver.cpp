#include "tests/common/fakehttpserver.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace gardener::test {

namespace {

// Requests larger than this are refused: a test that needs more is doing something odd.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;

QByteArray standardReason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &h : headers) {
        if (h.first == lower)
            return h.second;
    }
    return {};
}

HttpResponse &HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "text/plain; charset=utf-8");
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_fallback = [](const HttpRequest &) {
        return HttpResponse::json(404,
                                  R"json({"message":"Not Found (fake server: no route)"})json");
    };
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    closeAllConnections();
}

bool FakeHttpServer::listen()
{
    m_clock.start();
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QString FakeHttpServer::errorString() const
{
    return m_server->errorString();
}

void FakeHttpServer::addRoute(const QByteArray &method, const QString &pathPattern, Handler handler)
{
    m_routes.push_back(Route{method.toUpper(), anchored(pathPattern), std::move(handler)});
}

void FakeHttpServer::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

QList<HttpRequest> FakeHttpServer::requests(const QByteArray &method,
                                            const QString &pathPattern) const
{
    const QRegularExpression re = anchored(pathPattern);
    QList<HttpRequest> out;
    for (const auto &r : m_log) {
        if ((method.isEmpty() || r.method == method.toUpper()) && re.match(r.path).hasMatch())
            out.append(r);
    }
    return out;
}

int FakeHttpServer::count(const QByteArray &method, const QString &pathPattern) const
{
    return int(requests(method, pathPattern).size());
}

void FakeHttpServer::closeAllConnections()
{
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *s : sockets) {
        s->abort();
        s->deleteLater();
    }
}

int FakeHttpServer::openConnections() const
{
    return int(m_connections.size());
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection{m_nextConnectionId++, {}, false, false});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer.append(socket->readAll());
    processBuffer(socket);
}

void FakeHttpServer::processBuffer(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy)
        return; // answers go out in order; the next request waits for the pending one
    Connection &c = *it;

    const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (c.buffer.size() > MaxHeaderBytes)
            send(socket, HttpResponse::text(431, "header too large"), true);
        return;
    }

    const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        send(socket, HttpResponse::text(400, "malformed request line"), true);
        return;
    }

    HttpRequest req;
    req.method = requestLine[0].toUpper();
    const QUrl target(QString::fromUtf8(requestLine[1]));
    req.path = target.path(QUrl::FullyDecoded);
    req.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        req.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    if (req.header("transfer-encoding").toLower().contains("chunked")) {
        send(socket, HttpResponse::text(411, "chunked request bodies are not supported"), true);
        return;
    }
    bool ok = true;
    const QByteArray lengthText = req.header("content-length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0 || length > MaxBodyBytes) {
        send(socket, HttpResponse::text(400, "bad Content-Length"), true);
        return;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (c.buffer.size() - bodyStart < length)
        return; // wait for the rest of the body

    req.body = c.buffer.mid(bodyStart, length);
    c.buffer.remove(0, bodyStart + length);

    const QByteArray connectionHeader = req.header("connection").toLower();
    const bool clientWantsClose =
        connectionHeader.contains("close") ||
        (requestLine[2] == "HTTP/1.0" && !connectionHeader.contains("keep-alive"));

    req.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    req.wallMs = QDateTime::currentMSecsSinceEpoch();
    req.connectionId = c.id;
    dispatch(socket, std::move(req), clientWantsClose);
}

void FakeHttpServer::dispatch(QTcpSocket *socket, HttpRequest request, bool clientWantsClose)
{
    Handler handler = m_fallback;
    for (const Route &route : m_routes) {
        if (route.method != request.method && route.method != "*")
            continue;
        const auto match = route.pattern.match(request.path);
        if (match.hasMatch()) {
            request.captures = match.capturedTexts();
            handler = route.handler;
            break;
        }
    }

    m_log.append(request);
    emit requestReceived(request);
    const HttpResponse response = handler(request);
    const bool close = clientWantsClose || response.closeConnection;

    m_connections[socket].busy = true;
    QPointer<QTcpSocket> guard(socket);
    auto answer = [this, guard, response, close] {
        if (!guard || !m_connections.contains(guard.data()))
            return; // the client went away while we were waiting
        send(guard.data(), response, close);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, answer);
    else
        answer();
}

QByteArray FakeHttpServer::serialize(const HttpResponse &response, bool close,
                                     qsizetype *headerBytes)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        (response.reason.isEmpty() ? standardReason(response.status) : response.reason) + "\r\n";
    bool hasLength = false;
    for (const auto &h : response.headers) {
        if (h.first.compare("content-length", Qt::CaseInsensitive) == 0)
            hasLength = true;
        if (h.first.compare("connection", Qt::CaseInsensitive) == 0)
            continue; // decided below from `close`
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    *headerBytes = out.size();
    out += response.body;
    return out;
}

void FakeHttpServer::send(QTcpSocket *socket, const HttpResponse &response, bool close)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->busy = false;

    if (response.fault == HttpResponse::Fault::Drop) {
        m_connections.remove(socket);
        socket->abort();
        socket->deleteLater();
        emit responseSent(0);
        return;
    }

    // A fault looks like a kept-alive answer that breaks off: the client was promised more.
    const bool faulty = response.fault != HttpResponse::Fault::None;
    qsizetype headerBytes = 0;
    QByteArray bytes = serialize(response, close && !faulty, &headerBytes);
    if (response.fault == HttpResponse::Fault::DropAfterHeaders)
        bytes.truncate(headerBytes);
    else if (response.fault == HttpResponse::Fault::CloseAfterBytes)
        bytes.truncate(qBound<qint64>(0, response.closeAfterBytes, bytes.size()));

    if (response.trickleMs > 0 && !faulty) {
        // One byte at a time; the connection closes with the socket when the client gives up.
        auto *timer = new QTimer(socket);
        // Headers at once, then the body byte by byte: each byte resets an inactivity timer.
        socket->write(bytes.left(headerBytes));
        auto left = std::make_shared<QByteArray>(bytes.mid(headerBytes));
        connect(timer, &QTimer::timeout, socket, [socket, timer, left] {
            if (left->isEmpty()) {
                timer->stop();
                return;
            }
            socket->write(left->left(1));
            left->remove(0, 1);
        });
        timer->start(response.trickleMs);
        emit responseSent(response.status);
        return;
    }
    socket->write(bytes);
    emit responseSent(response.status);
    if (faulty) {
        // Reset (not a graceful close) once the partial answer has left, so the client cannot
        // mistake the end of the stream for the end of the body.
        m_connections.remove(socket);
        auto reset = [socket] {
            if (socket->bytesToWrite() == 0) {
                socket->abort();
                socket->deleteLater();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, reset);
        if (!socket->flush())
            reset();
        return;
    }
    if (close) {
        // Let the bytes leave before closing: disconnectFromHost waits for the write buffer.
        m_connections.remove(socket);
        socket->disconnectFromHost();
        return;
    }
    // A pipelined request may already be waiting in the buffer.
    if (!m_connections.value(socket).buffer.isEmpty())
        processBuffer(socket);
}

} // namespace gardener::test
