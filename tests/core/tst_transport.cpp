// Tokens only over TLS, never forwarded, never waited on forever: plain http:// is refused for
// any host but this computer, a redirect to another origin is not followed with credentials
// (GitHub token, Google access token, the sign-in request), and a server that answers one byte
// at a time hits an overall deadline.
#include "core/gcp/logcollector.h"
#include "core/gcp/tokenrequest.h"
#include "core/github/client.h"
#include "core/util/transport.h"
#include "tests/common/fakehttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::test;

namespace {

template <typename T> std::optional<T> waitResult(std::optional<T> &slot, int ms)
{
    (void)QTest::qWaitFor([&] { return slot.has_value(); }, ms);
    return slot;
}

HttpResponse redirectTo(const FakeHttpServer &target, const QString &path)
{
    HttpResponse r = HttpResponse::json(307, "{}");
    r.setHeader("Location", (target.baseUrl().toString() + path).toUtf8());
    return r;
}

github::GitHubClient::Config githubConfig(const QUrl &base)
{
    github::GitHubClient::Config c;
    c.apiBase = base;
    c.token = "secret-github-token";
    c.timeoutMs = 1000;
    c.deadlineMs = 1500;
    c.writeSpacingMs = 0;
    return c;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT
private slots:
    void loopbackIsTheOnlyPlainHttp()
    {
        QVERIFY(net::refuseCredentialsTo(QUrl(QStringLiteral("https://api.github.com")),
                                         QStringLiteral("x"))
                    .isEmpty());
        QVERIFY(net::refuseCredentialsTo(QUrl(QStringLiteral("http://127.0.0.1:8080")),
                                         QStringLiteral("x"))
                    .isEmpty());
        QVERIFY(
            net::refuseCredentialsTo(QUrl(QStringLiteral("http://[::1]:8080")), QStringLiteral("x"))
                .isEmpty());
        QVERIFY(
            net::refuseCredentialsTo(QUrl(QStringLiteral("http://localhost")), QStringLiteral("x"))
                .isEmpty());
        const QString refused =
            net::refuseCredentialsTo(QUrl(QStringLiteral("http://ghe.example.com/api/v3")),
                                     QStringLiteral("the GitHub token"));
        QVERIFY(refused.contains(QStringLiteral("ghe.example.com")));
        QVERIFY(refused.contains(QStringLiteral("https://")));
        QVERIFY(!net::refuseCredentialsTo(QUrl(QStringLiteral("http://127.0.0.1.evil.example")),
                                          QStringLiteral("x"))
                     .isEmpty());
        QVERIFY(
            !net::refuseCredentialsTo(QUrl(QStringLiteral("ftp://127.0.0.1")), QStringLiteral("x"))
                 .isEmpty());
    }

    void githubTokenIsNotSentOverPlainHttpToAnotherHost()
    {
        // 192.0.2.0/24 is reserved for documentation: nothing answers there, nothing is tried.
        github::GitHubClient client(githubConfig(QUrl(QStringLiteral("http://192.0.2.10/api/v3"))));
        std::optional<Result<github::ApiResponse>> got, wrote;
        client.get(QStringLiteral("/repos/a/b"), {},
                   [&](Result<github::ApiResponse> r) { got = r; });
        client.write("POST", QStringLiteral("/repos/a/b/issues"), "{}",
                     [&](Result<github::ApiResponse> r) { wrote = r; });
        QVERIFY(waitResult(got, 3000).has_value());
        QVERIFY(waitResult(wrote, 3000).has_value());
        for (const auto *r : {&*got, &*wrote}) {
            QVERIFY(!r->has_value());
            QVERIFY2(r->error().what.contains(QStringLiteral("192.0.2.10")),
                     qPrintable(r->error().what));
            QVERIFY(r->error().what.contains(QStringLiteral("plain http://")));
        }
    }

    void githubGetDoesNotFollowAnotherOrigin()
    {
        FakeHttpServer api, elsewhere;
        QVERIFY(api.listen() && elsewhere.listen());
        api.addRoute("GET", QStringLiteral("/repos/a/b"), [&](const HttpRequest &) {
            return redirectTo(elsewhere, QStringLiteral("/x"));
        });
        github::GitHubClient client(githubConfig(api.baseUrl()));
        std::optional<Result<github::ApiResponse>> got;
        client.get(QStringLiteral("/repos/a/b"), {},
                   [&](Result<github::ApiResponse> r) { got = r; });
        QVERIFY(waitResult(got, 5000).has_value());
        QVERIFY(!got->has_value());
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void githubGetHasAnOverallDeadline()
    {
        FakeHttpServer slow;
        QVERIFY(slow.listen());
        slow.addRoute("GET", QStringLiteral("/repos/a/b"), [](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, QByteArray(400, ' ') + "{}");
            r.trickleMs = 200; // well within the 1 s inactivity timeout, forever in total
            return r;
        });
        github::GitHubClient client(githubConfig(slow.baseUrl()));
        std::optional<Result<github::ApiResponse>> got;
        QElapsedTimer t;
        t.start();
        client.get(QStringLiteral("/repos/a/b"), {},
                   [&](Result<github::ApiResponse> r) { got = r; });
        QVERIFY2(waitResult(got, 8000).has_value(),
                 "the request kept waiting on a trickling server");
        QVERIFY(t.elapsed() < 4000);
        QVERIFY(!got->has_value());
        QVERIFY2(got->error().what.contains(QStringLiteral("within 1.5 s")),
                 qPrintable(got->error().what));
    }

    void googleAccessTokenIsNotForwardedOrSentInTheClear()
    {
        FakeHttpServer logging, elsewhere;
        QVERIFY(logging.listen() && elsewhere.listen());
        logging.addRoute("POST", QStringLiteral("/v2/entries:list"), [&](const HttpRequest &) {
            return redirectTo(elsewhere, QStringLiteral("/v2/entries:list"));
        });
        QNetworkAccessManager network;
        QTemporaryDir dir;
        auto collect = [&](const QUrl &endpoint) {
            gcp::LogCollector collector(
                &network, [](bool, auto done) { done(QByteArray("secret-access-token")); });
            gcp::BackoffPolicy fast;
            fast.initialMs = 10;
            fast.maxMs = 20;
            fast.maxRetries = 1;
            collector.setBackoff(fast);
            collector.setRequestTimeout(std::chrono::milliseconds(2000));
            gcp::CollectRequest request;
            request.endpoint = endpoint;
            request.projectId = QStringLiteral("p");
            request.outputPath = dir.filePath(QStringLiteral("out%1.json").arg(endpoint.port()));
            QSignalSpy finished(&collector, &gcp::LogCollector::finished);
            collector.start(request);
            if (finished.isEmpty() && !finished.wait(10000))
                return QStringLiteral("no end");
            return collector.result() ? QStringLiteral("ok")
                                      : collector.result().error().toString();
        };
        const QString redirected = collect(logging.baseUrl());
        QCOMPARE(elsewhere.requests().size(), 0);
        QVERIFY2(redirected.contains(QStringLiteral("redirected")), qPrintable(redirected));

        const QString clear = collect(QUrl(QStringLiteral("http://192.0.2.10")));
        QVERIFY2(clear.contains(QStringLiteral("192.0.2.10")) &&
                     clear.contains(QStringLiteral("plain http://")),
                 qPrintable(clear));
    }

    // The Logging page and the sign-in request hold their request timeout as a deadline for
    // the whole answer: a server trickling one byte every 200 ms cannot keep them waiting.
    void loggingAndSignInHaveAnOverallDeadline()
    {
        FakeHttpServer slow;
        QVERIFY(slow.listen());
        const auto trickle = [](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, QByteArray(400, ' ') + "{}");
            r.trickleMs = 200;
            return r;
        };
        slow.addRoute("POST", QStringLiteral("/v2/entries:list"), trickle);
        slow.addRoute("POST", QStringLiteral("/token"), trickle);
        QNetworkAccessManager network;
        QTemporaryDir dir;

        gcp::LogCollector collector(
            &network, [](bool, auto done) { done(QByteArray("secret-access-token")); });
        gcp::BackoffPolicy none;
        none.initialMs = 10;
        none.maxMs = 20;
        none.maxRetries = 0;
        collector.setBackoff(none);
        collector.setRequestTimeout(std::chrono::milliseconds(1500));
        gcp::CollectRequest request;
        request.endpoint = slow.baseUrl();
        request.projectId = QStringLiteral("p");
        request.outputPath = dir.filePath(QStringLiteral("out.json"));
        QSignalSpy finished(&collector, &gcp::LogCollector::finished);
        QElapsedTimer t;
        t.start();
        collector.start(request);
        QVERIFY2(!finished.isEmpty() || finished.wait(10000),
                 "the collection kept waiting on a trickling server");
        QVERIFY2(t.elapsed() < 6000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!collector.result());
        QVERIFY2(collector.result().error().toString().contains(QStringLiteral("within 1.5 s")),
                 qPrintable(collector.result().error().toString()));

        std::optional<Result<gcp::TokenResponse>> got;
        t.restart();
        gcp::postTokenRequest(&network, QUrl(slow.baseUrl().toString() + QStringLiteral("/token")),
                              QUrlQuery(), std::chrono::milliseconds(1500), nullptr,
                              [&](Result<gcp::TokenResponse> r) { got = r; });
        QVERIFY2(waitResult(got, 8000).has_value(),
                 "the sign-in kept waiting on a trickling server");
        QVERIFY(t.elapsed() < 4000);
        QVERIFY(!got->has_value());
    }

    void signInRequestIsPostedOnceToItsOwnUrl()
    {
        FakeHttpServer google, elsewhere;
        QVERIFY(google.listen() && elsewhere.listen());
        google.addRoute("POST", QStringLiteral("/token"), [&](const HttpRequest &) {
            return redirectTo(elsewhere, QStringLiteral("/token"));
        });
        QNetworkAccessManager network;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("assertion"), QStringLiteral("signed.jwt.value"));
        std::optional<Result<gcp::TokenResponse>> got;
        gcp::postTokenRequest(&network,
                              QUrl(google.baseUrl().toString() + QStringLiteral("/token")), form,
                              std::chrono::milliseconds(3000), nullptr,
                              [&](Result<gcp::TokenResponse> r) { got = r; });
        QVERIFY(waitResult(got, 6000).has_value());
        QVERIFY(!got->has_value());
        QVERIFY2(got->error().what.contains(QStringLiteral("not followed")),
                 qPrintable(got->error().what));
        QCOMPARE(elsewhere.requests().size(), 0);
        QCOMPARE(google.requests().size(), 1);

        std::optional<Result<gcp::TokenResponse>> clear;
        gcp::postTokenRequest(&network, QUrl(QStringLiteral("http://oauth2.example.com/token")),
                              form, std::chrono::milliseconds(3000), nullptr,
                              [&](Result<gcp::TokenResponse> r) { clear = r; });
        QVERIFY(waitResult(clear, 3000).has_value());
        QVERIFY(!clear->has_value());
        QVERIFY2(clear->error().toString().contains(QStringLiteral("oauth2.example.com")),
                 qPrintable(clear->error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
