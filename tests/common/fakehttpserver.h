#pragma once

// A small HTTP/1.1 server for tests, bound to 127.0.0.1 on a port the OS chooses.
//
// It runs on the thread that owns it and is driven by that thread's event loop: a test creates
// it, calls listen(), points a client at baseUrl() and waits on signals (QSignalSpy::wait or
// QTRY_*). No threads, no sleeps.
//
// Routing: addRoute(method, pathPattern, handler) with a QRegularExpression matched against the
// whole path (anchored for you); captured groups arrive in HttpRequest::captures. Routes are
// tried in the order they were added; setFallback() answers what no route matched (default 404
// with a small JSON body). Handlers run on the owning thread and return an HttpResponse.
//
// Faults a handler can ask for through HttpResponse:
//   delayMs          answer after a delay (QTimer; the connection stays open meanwhile)
//   fault = Drop                  close the connection without answering
//   fault = DropAfterHeaders      send the status line and headers, then close
//   fault = CloseAfterBytes       send the first closeAfterBytes bytes of the whole response
//   closeConnection  add "Connection: close" and close after the answer
//   trickleMs > 0    send the headers, then the body one byte every trickleMs (slow loris)
// Note: QNetworkAccessManager (Qt 6.4) may report a response cut right after its headers as a
// success with an empty body; a client has to check that the body it needs is really there.
//
// Request bodies must carry Content-Length (what QNetworkAccessManager sends); chunked request
// bodies are answered with 411. Keep-alive is the default for HTTP/1.1; "Connection: close"
// from the client is honoured. Requests on one connection are answered in order.
//
// Every complete request is appended to requests() before its handler runs, with the time it
// arrived (monotonic milliseconds since listen() and wall-clock milliseconds), so tests can
// assert counts, pacing and exact bodies.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace gardener::test {

struct HttpRequest
{
    QByteArray method;                            // "GET", "POST", ...
    QString path;                                 // decoded path without the query
    QUrlQuery query;                              // decoded query items
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    QByteArray body;
    QStringList captures; // route regex groups (index 0 = whole path)
    qint64 elapsedMs = 0; // monotonic, since listen()
    qint64 wallMs = 0;    // QDateTime::currentMSecsSinceEpoch() at arrival
    int connectionId = 0; // same number for requests on one kept-alive connection

    // The value of the first header named name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

struct HttpResponse
{
    enum class Fault
    {
        None,
        Drop,
        DropAfterHeaders,
        CloseAfterBytes
    };

    int status = 200;
    QByteArray reason; // empty: a standard phrase for status
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    Fault fault = Fault::None;
    qint64 closeAfterBytes = -1;
    bool closeConnection = false;
    int trickleMs = 0;

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse text(int status, const QByteArray &body);
};

class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // Binds 127.0.0.1 on an OS-chosen port. False (with errorString()) if that failed.
    bool listen();
    quint16 port() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>" without a trailing slash
    QString errorString() const;

    void addRoute(const QByteArray &method, const QString &pathPattern, Handler handler);
    void setFallback(Handler handler);

    // The request log, in arrival order.
    const QList<HttpRequest> &requests() const { return m_log; }
    QList<HttpRequest> requests(const QByteArray &method, const QString &pathPattern) const;
    int count(const QByteArray &method, const QString &pathPattern) const;
    void clearLog() { m_log.clear(); }

    // Drops every open connection at once (a server crash, as seen from the client).
    void closeAllConnections();
    int openConnections() const;

signals:
    void requestReceived(const gardener::test::HttpRequest &request);
    void responseSent(int status);

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    struct Connection
    {
        int id = 0;
        QByteArray buffer;
        bool busy = false; // a (possibly delayed) answer is pending
        bool closeAfter = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    void dispatch(QTcpSocket *socket, HttpRequest request, bool clientWantsClose);
    void send(QTcpSocket *socket, const HttpResponse &response, bool close);
    static QByteArray serialize(const HttpResponse &response, bool close, qsizetype *headerBytes);

    QTcpServer *m_server = nullptr;
    QElapsedTimer m_clock;
    std::vector<Route> m_routes;
    Handler m_fallback;
    QList<HttpRequest> m_log;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_nextConnectionId = 1;
};

} // namespace gardener::test
