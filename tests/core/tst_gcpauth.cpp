// PKCE, JWT signing, credential files and the token provider against the local fake Google.
#include "core/gcp/credentials.h"
#include "core/gcp/oauthcrypto.h"
#include "core/gcp/tokenprovider.h"
#include "tests/common/fakegoogle.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::gcp;
using namespace gardener::test;

namespace {
std::optional<Result<QByteArray>> tokenOf(TokenProvider &provider)
{
    std::optional<Result<QByteArray>> out;
    provider.accessToken([&](Result<QByteArray> r) { out = std::move(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 10000);
    return out;
}
QString errorText(const std::optional<Result<QByteArray>> &r)
{
    return r && !r->has_value() ? r->error().toString() : QString();
}
} // namespace

class TestGcpAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceVerifierAndChallenge();
    void stateIsRandom();
    void jwtSignsAndVerifies();
    void jwtRejectsBadKey();
    void credentialFiles();
    void adcPathHonoursCloudsdkConfig();
    void serviceAccountToken();
    void authorizedUserRefreshAndCache();
    void invalidGrantSaysSignInAgain();
    void environmentCredentials();
};

void TestGcpAuth::pkceVerifierAndChallenge()
{
    const QByteArray verifier = pkceVerifier();
    QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9\\-._~]+$"))
                .match(QString::fromLatin1(verifier))
                .hasMatch());
    QVERIFY(pkceVerifier() != verifier);
    // RFC 7636 appendix B example.
    QCOMPARE(pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(pkceChallenge(verifier),
             QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void TestGcpAuth::stateIsRandom()
{
    const QByteArray a = oauthState(), b = oauthState();
    QVERIFY(a != b);
    QVERIFY(fromBase64Url(a).size() * 8 >= 128);
}

void TestGcpAuth::jwtSignsAndVerifies()
{
    const RsaKeyPair key = generateRsaKeyPair();
    QVERIFY(key.privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("a@b")},
                             {QStringLiteral("exp"), 42}};
    auto jwt = signJwtRs256(claims, key.privatePem, QStringLiteral("kid-1"));
    QVERIFY(jwt.has_value());
    const QList<QByteArray> parts = jwt->split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(parts[0])).object();
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(header.value(QStringLiteral("kid")).toString(), QStringLiteral("kid-1"));
    auto verified = verifyJwtRs256(*jwt, key.publicPem);
    QVERIFY(verified.has_value());
    QCOMPARE(*verified, claims);
    // Another key's public half does not verify it; a tampered payload does not either.
    QVERIFY(!verifyJwtRs256(*jwt, generateRsaKeyPair().publicPem).has_value());
    QByteArray tampered = parts[0] + '.' + base64Url("{\"iss\":\"evil\"}") + '.' + parts[2];
    QVERIFY(!verifyJwtRs256(tampered, key.publicPem).has_value());
}

void TestGcpAuth::jwtRejectsBadKey()
{
    auto jwt =
        signJwtRs256({}, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
    QVERIFY(!jwt.has_value());
    QVERIFY(jwt.error().what.contains(QStringLiteral("not a readable PEM key")));
    QVERIFY(!jwt.error().what.contains(QStringLiteral("not a key")));
}

void TestGcpAuth::credentialFiles()
{
    auto user = parseCredentials(
        R"({"type":"authorized_user","client_id":"cid","client_secret":"cs","refresh_token":"rt"})",
        QStringLiteral("adc.json"));
    QVERIFY(user.has_value());
    QCOMPARE(int(user->kind), int(Credentials::Kind::AuthorizedUser));
    QCOMPARE(user->tokenUri, defaultTokenUri());
    QCOMPARE(user->refreshToken, QByteArray("rt"));

    auto noToken = parseCredentials(R"({"type":"authorized_user","client_id":"cid"})",
                                    QStringLiteral("adc.json"));
    QVERIFY(!noToken.has_value());
    QCOMPARE(noToken.error().file, QStringLiteral("adc.json"));
    QVERIFY(noToken.error().what.contains(QStringLiteral("refresh_token")));

    auto sa = parseCredentials(
        R"({"type":"service_account","client_email":"x@y","private_key":"PEM","token_uri":"http://127.0.0.1:9/token"})",
        QStringLiteral("sa.json"));
    QVERIFY(sa.has_value());
    QCOMPARE(sa->tokenUri, QUrl(QStringLiteral("http://127.0.0.1:9/token")));

    auto other = parseCredentials(R"({"type":"external_account"})", QStringLiteral("x.json"));
    QVERIFY(!other.has_value());
    QVERIFY(other.error().what.contains(QStringLiteral("external_account")));
    auto broken = parseCredentials("{\"type\": ", QStringLiteral("b.json"));
    QVERIFY(!broken.has_value());
    QVERIFY(broken.error().offset >= 0);
}

void TestGcpAuth::adcPathHonoursCloudsdkConfig()
{
    qputenv("CLOUDSDK_CONFIG", "/tmp/some-gcloud-config");
    QCOMPARE(defaultAdcPath(),
             QStringLiteral("/tmp/some-gcloud-config/application_default_credentials.json"));
    qunsetenv("CLOUDSDK_CONFIG");
#ifndef Q_OS_WIN
    QVERIFY(defaultAdcPath().endsWith(
        QStringLiteral("/.config/gcloud/application_default_credentials.json")));
#endif
}

void TestGcpAuth::serviceAccountToken()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    QTemporaryDir dir;
    const QString path = google.writeServiceAccountFile(dir.path(), generateRsaKeyPair());
    auto credentials = loadCredentialsFile(path);
    QVERIFY(credentials.has_value());
    QCOMPARE(credentials->tokenUri, google.tokenUri());
    QNetworkAccessManager network;
    TokenProvider provider(&network, *credentials);
    auto token = tokenOf(provider);
    QVERIFY2(token && token->has_value(), qPrintable(errorText(token)));
    QVERIFY(token->value().startsWith("ya29.fake-"));
    const QUrlQuery form(QString::fromUtf8(google.server().requests().last().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
             QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));

    // A key the fake does not know is refused: the signature is really checked.
    google.setServiceAccount(credentials->clientEmail, generateRsaKeyPair().publicPem);
    provider.invalidate();
    auto refused = tokenOf(provider);
    QVERIFY(refused && !refused->has_value());
    QVERIFY(refused->error().what.contains(QStringLiteral("Invalid JWT Signature")));
}

void TestGcpAuth::authorizedUserRefreshAndCache()
{
    FakeGoogle google;
    QVERIFY(google.listen());
    google.addRefreshToken("1//adc-refresh");
    Credentials c;
    c.kind = Credentials::Kind::AuthorizedUser;
    c.clientId = QStringLiteral("test-client.apps.googleusercontent.com");
    c.clientSecret = "test-client-secret";
    c.refreshToken = "1//adc-refresh";
    c.tokenUri = google.tokenUri();
    QNetworkAccessManager network;
    TokenProvider provider(&network, c);

    // Two callers at once share one refresh.
    std::optional<Result<QByteArray>> a, b;
    provider.accessToken([&](Result<QByteArray> r) { a = std::move(r); });
    provider.accessToken([&](Result<QByteArray> r) { b = std::move(r); });
    QTRY_VERIFY(a.has_value() && b.has_value());
    QVERIFY(a->has_value() && b->has_value());
    QCOMPARE(a->value(), b->value());
    QCOMPARE(google.tokenCalls(), 1);
    auto cached = tokenOf(provider);
    QCOMPARE(google.tokenCalls(), 1);
    QCOMPARE(cached->value(), a->value());
    provider.invalidate();
    auto fresh = tokenOf(provider);
    QCOMPARE(google.tokenCalls(), 2);
    QVERIFY(fresh->value() != a->value());
}

void TestGcpAuth::invalidGrantSaysSignInAgain()
{
    for (const QString &code : {QStringLiteral("invalid_grant"), QStringLiteral("invalid_rapt")}) {
        FakeGoogle google;
        QVERIFY(google.listen());
        google.setRefreshError(code);
        Credentials c;
        c.clientId = QStringLiteral("test-client.apps.googleusercontent.com");
        c.clientSecret = "test-client-secret";
        c.refreshToken = "1//old";
        c.tokenUri = google.tokenUri();
        QNetworkAccessManager network;
        TokenProvider provider(&network, c);
        auto token = tokenOf(provider);
        QVERIFY(token && !token->has_value());
        QVERIFY2(needsSignInAgain(token->error()), qPrintable(token->error().what));
        QVERIFY(token->error().what.contains(code));
        QCOMPARE(google.tokenCalls(), 1); // tried once, not hammered
    }
}

void TestGcpAuth::environmentCredentials()
{
    qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    QVERIFY(!credentialsFromEnvironment().has_value());
    QTemporaryDir dir;
    FakeGoogle google;
    QVERIFY(google.listen());
    const QString path = google.writeServiceAccountFile(dir.path(), generateRsaKeyPair());
    qputenv("GOOGLE_APPLICATION_CREDENTIALS", path.toUtf8());
    auto c = credentialsFromEnvironment();
    qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    QVERIFY(c.has_value());
    QCOMPARE(c->sourcePath, path);
    QCOMPARE(c->tokenUri, google.tokenUri());
}

QTEST_GUILESS_MAIN(TestGcpAuth)
#include "tst_gcpauth.moc"
