// Browser sign-in (RFC 8252 + PKCE) against the fake Google; the test plays the browser.
#include "core/gcp/browsersignin.h"
#include "core/gcp/oauthcrypto.h"
#include "tests/common/fakegoogle.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace gardener;
using namespace gardener::gcp;
using namespace gardener::test;

namespace {
SignInConfig configFor(const FakeGoogle &google)
{
    SignInConfig c;
    c.clientId = QStringLiteral("test-client.apps.googleusercontent.com");
    c.clientSecret = "test-client-secret";
    c.authorizationUri = google.authorizationUri();
    c.tokenUri = google.tokenUri();
    return c;
}

// What the system browser does: GET the URL, follow redirects, return the final page.
QByteArray browse(QNetworkAccessManager &network, const QUrl &url, int *status = nullptr)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return reply->readAll();
}
} // namespace

class TestGcpSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listenerBindsLoopbackOnly();
    void fullFlowWithPkce();
    void wrongStateGetsNoTokenRequest();
    void deniedConsentReported();
    void wrongVerifierRefusedByServer();
    void otherPathsGet404();
};

void TestGcpSignIn::listenerBindsLoopbackOnly()
{
    LoopbackListener listener;
    QVERIFY(listener.listen().has_value());
    QCOMPARE(listener.address(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(listener.address().toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(listener.port() != 0);
    QCOMPARE(listener.redirectUri().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(listener.redirectUri().port(), int(listener.port()));
}

void TestGcpSignIn::fullFlowWithPkce()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    QNetworkAccessManager network;
    BrowserSignIn signIn(&network);
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    auto url = signIn.start(configFor(google));
    QVERIFY(url.has_value());

    const QUrlQuery asked(*url);
    QCOMPARE(asked.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("https://www.googleapis.com/auth/logging.read "
                            "https://www.googleapis.com/auth/cloud-platform.read-only"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(fromBase64Url(asked.queryItemValue(QStringLiteral("state")).toLatin1()).size() >= 16);
    const QUrl redirect(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(signIn.listener().address().toString(), QStringLiteral("127.0.0.1"));

    const QByteArray page = browse(network, *url);
    QVERIFY2(page.contains("return to Log Gardener"), page.constData());
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    const auto &result = signIn.result();
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->credentials.refreshToken.startsWith("1//fake-refresh-"));
    QVERIFY(result->accessToken.startsWith("ya29.fake-"));

    // The code exchange carried a verifier whose S256 is the challenge sent to the browser.
    const auto tokenRequests = google.server().requests("POST", QStringLiteral("/token"));
    QCOMPARE(tokenRequests.size(), 1);
    const QUrlQuery form(QString::fromUtf8(tokenRequests.first().body));
    const QByteArray verifier =
        form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toLatin1();
    QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
    QCOMPARE(QString::fromLatin1(pkceChallenge(verifier)),
             asked.queryItemValue(QStringLiteral("code_challenge")));
    QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             redirect.toString());
    // The listener is closed once the answer came.
    QCOMPARE(signIn.listener().port(), quint16(0));
}

void TestGcpSignIn::wrongStateGetsNoTokenRequest()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    QNetworkAccessManager network;
    BrowserSignIn signIn(&network);
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    auto url = signIn.start(configFor(google));
    QVERIFY(url.has_value());
    QUrl forged = signIn.listener().redirectUri();
    forged.setQuery(QStringLiteral("code=4/stolen-code&state=not-the-state"));
    browse(network, forged);
    // Ignored (RFC 8252): no token request, and the sign-in goes on waiting.
    QTRY_COMPARE(signIn.ignoredAnswers(), 1);
    QVERIFY(!finished.wait(300));
    QCOMPARE(google.tokenCalls(), 0);
    // The real answer still completes it.
    browse(network, *url);
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QVERIFY2(signIn.result().has_value(),
             qPrintable(signIn.result() ? QString() : signIn.result().error().what));
    QCOMPARE(google.tokenCalls(), 1);
}

void TestGcpSignIn::deniedConsentReported()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    QNetworkAccessManager network;
    BrowserSignIn signIn(&network);
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    auto url = signIn.start(configFor(google));
    QVERIFY(url.has_value());
    QUrl denied = signIn.listener().redirectUri();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    q.addQueryItem(QStringLiteral("state"),
                   QUrlQuery(*url).queryItemValue(QStringLiteral("state")));
    denied.setQuery(q);
    browse(network, denied);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QVERIFY(!signIn.result().has_value());
    QVERIFY(signIn.result().error().what.contains(QStringLiteral("access_denied")));
    QCOMPARE(google.tokenCalls(), 0);
}

void TestGcpSignIn::wrongVerifierRefusedByServer()
{
    // The fake really checks PKCE: a code obtained for another challenge is refused.
    FakeGoogle google;
    QVERIFY(google.listen());
    QNetworkAccessManager network;
    BrowserSignIn signIn(&network);
    QSignalSpy finished(&signIn, &BrowserSignIn::finished);
    auto url = signIn.start(configFor(google));
    QVERIFY(url.has_value());
    QUrl tampered = *url;
    QUrlQuery q(tampered);
    q.removeQueryItem(QStringLiteral("code_challenge"));
    q.addQueryItem(QStringLiteral("code_challenge"),
                   QString::fromLatin1(pkceChallenge(pkceVerifier())));
    tampered.setQuery(q);
    browse(network, tampered);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QVERIFY(!signIn.result().has_value());
    QVERIFY2(signIn.result().error().what.contains(QStringLiteral("code verifier")),
             qPrintable(signIn.result().error().what));
}

void TestGcpSignIn::otherPathsGet404()
{
    LoopbackListener listener;
    QVERIFY(listener.listen().has_value());
    QSignalSpy callbacks(&listener, &LoopbackListener::callbackReceived);
    QNetworkAccessManager network;
    QUrl favicon = listener.redirectUri();
    favicon.setPath(QStringLiteral("/favicon.ico"));
    int status = 0;
    browse(network, favicon, &status);
    QCOMPARE(status, 404);
    QCOMPARE(callbacks.count(), 0);
}

QTEST_GUILESS_MAIN(TestGcpSignIn)
#include "tst_gcpsignin.moc"
