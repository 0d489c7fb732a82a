// The keychain keys of saved sign-ins keep their spelling (a new spelling would lose what people
// saved), and every owner asks secrets/keychainkeys.h for them.
#include "core/gcp/profile.h"
#include "core/github/tokenstore.h"
#include "core/secrets/keychainkeys.h"

#include <QTest>
#include <QUrl>

using namespace gardener;

class TestSecretsKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void googleSignInKeepsItsKey()
    {
        QCOMPARE(secrets::keys::googleSignIn(QStringLiteral("staging")),
                 QStringLiteral("profile/staging/oauth"));
        QCOMPARE(gcp::credentialsKey(QStringLiteral("staging")),
                 secrets::keys::googleSignIn(QStringLiteral("staging")));
    }

    void gitHubTokenKeepsItsKeyPerHost()
    {
        QCOMPARE(secrets::keys::gitHubToken(QStringLiteral("api.github.com")),
                 QStringLiteral("app/github/api.github.com/token"));
        QCOMPARE(secrets::keys::gitHubToken({}), QStringLiteral("app/github/api.github.com/token"));
        QCOMPARE(github::GitHubTokenStore::keyFor(QUrl(QStringLiteral("https://api.github.com"))),
                 QStringLiteral("app/github/api.github.com/token"));
        QCOMPARE(github::GitHubTokenStore::keyFor(
                     QUrl(QStringLiteral("https://ghe.example.com/api/v3"))),
                 QStringLiteral("app/github/ghe.example.com/token"));
    }
};

QTEST_GUILESS_MAIN(TestSecretsKeys)
#include "tst_secrets_keys.moc"
