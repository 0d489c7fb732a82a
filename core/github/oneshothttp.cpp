#include "core/github/oneshothttp.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace gardener::github {

namespace {
// GitHub's answers are small JSON documents; a server that sends more is not GitHub.
constexpr qsizetype MaxResponseBytes = 32 * 1024 * 1024;
} // namespace

QByteArray RawResponse::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

OneShotHttp::OneShotHttp(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

OneShotHttp::~OneShotHttp()
{
    m_done = nullptr;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void OneShotHttp::send(const QByteArray &method, const QUrl &url,
                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                       int timeoutMs, Done done)
{
    m_done = std::move(done);
    m_what = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), url.path());
    const bool tls = url.scheme() == QLatin1String("https");
    if (!tls && url.scheme() != QLatin1String("http")) {
        QTimer::singleShot(0, this, [this] {
            finish(fail(QStringLiteral("%1: unsupported URL scheme").arg(m_what)));
        });
        return;
    }
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const int port = url.port(tls ? 443 : 80);
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (port != (tls ? 443 : 80))
        host += ':' + QByteArray::number(port);

    m_request = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &h : headers)
        m_request += h.first + ": " + h.second + "\r\n";
    m_request += "Content-Length: " + QByteArray::number(body.size()) +
                 "\r\nConnection: close\r\n\r\n" + body;

    if (tls) {
        auto *ssl = new QSslSocket(this);
        m_socket = ssl;
        // No sslErrors handler that ignores anything: a bad certificate fails the request.
        connect(ssl, &QSslSocket::encrypted, this, [this] { m_socket->write(m_request); });
        ssl->connectToHostEncrypted(url.host(), quint16(port));
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, [this] { m_socket->write(m_request); });
        m_socket->connectToHost(url.host(), quint16(port));
    }
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer += m_socket->readAll();
        if (m_buffer.size() > MaxResponseBytes) {
            finish(fail(QStringLiteral("%1: the answer is larger than %2 MiB; not read further")
                            .arg(m_what)
                            .arg(MaxResponseBytes / (1024 * 1024))));
            return;
        }
        RawResponse r;
        QString error;
        if (parse(m_buffer, false, &r, &error))
            finish(r);
        else if (!error.isEmpty())
            finish(fail(QStringLiteral("%1: %2").arg(m_what, error)));
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_buffer += m_socket->readAll();
        RawResponse r;
        QString error;
        if (parse(m_buffer, true, &r, &error))
            finish(r);
        else
            finish(
                fail(QStringLiteral(
                         "%1: the connection closed before a complete answer (%2 bytes received)%3")
                         .arg(m_what)
                         .arg(m_buffer.size())
                         .arg(error.isEmpty() ? QString() : QStringLiteral("; ") + error)));
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::RemoteHostClosedError)
                    return; // handled by disconnected(), which may still hold a complete answer
                finish(fail(QStringLiteral("%1 failed: %2").arg(m_what, m_socket->errorString())));
            });
    connect(m_timer, &QTimer::timeout, this, [this, timeoutMs] {
        finish(fail(QStringLiteral("%1 failed: no answer within %2 s")
                        .arg(m_what)
                        .arg(timeoutMs / 1000.0)));
    });
    m_timer->start(timeoutMs);
}

void OneShotHttp::finish(Result<RawResponse> r)
{
    if (!m_done)
        return;
    m_timer->stop();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // Always from the event loop, never re-entrantly from a socket signal's caller.
    QTimer::singleShot(0, this, [done, r] { done(r); });
}

bool OneShotHttp::parse(const QByteArray &data, bool streamClosed, RawResponse *out, QString *error)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    bool ok = false;
    out->status = status.value(1).toInt(&ok);
    if (!status.value(0).startsWith("HTTP/1.") || !ok) {
        *error = QStringLiteral("malformed status line");
        return false;
    }
    out->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out->headers.append(
                {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray rest = data.mid(headerEnd + 4);
    if (out->header("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype pos = 0;
        while (true) {
            const qsizetype eol = rest.indexOf("\r\n", pos);
            if (eol < 0)
                return false;
            const qsizetype size =
                rest.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                *error = QStringLiteral("malformed chunk size");
                return false;
            }
            if (size == 0) {
                out->body = body;
                return true;
            }
            if (rest.size() < eol + 2 + size + 2)
                return false;
            body += rest.mid(eol + 2, size);
            pos = eol + 2 + size + 2;
        }
    }
    const QByteArray lengthText = out->header("content-length");
    if (!lengthText.isEmpty()) {
        const qint64 length = lengthText.toLongLong(&ok);
        if (!ok || length < 0) {
            *error = QStringLiteral("bad Content-Length");
            return false;
        }
        if (rest.size() < length)
            return false;
        out->body = rest.left(length);
        return true;
    }
    if (out->status == 204 || out->status == 304) {
        out->body.clear();
        return true;
    }
    // No length: the body ends when the server closes the connection.
    if (!streamClosed)
        return false;
    out->body = rest;
    return true;
}

} // namespace gardener::github
