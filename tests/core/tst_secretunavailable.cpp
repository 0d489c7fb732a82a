// The real keychain backend with no reachable D-Bus session: the store must say plainly that
// no keyring is available, fall back to memory, and never write the secret anywhere.
#include "core/secrets/keychainbackend.h"
#include "core/secrets/secretstore.h"
#include "tests/common/secretscan.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::secrets;

class TestSecretUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything connects to D-Bus in this process: a bus address that leads nowhere,
        // and a HOME of our own so any stray file would be found below.
        QVERIFY(m_home.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/loggardener-test-bus");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void fallsBackWithPlainMessage()
    {
        SecretStore store(std::make_unique<KeychainBackend>(std::chrono::seconds(5)));
        QSignalSpy spy(&store, &SecretStore::unavailable);
        std::optional<Result<Stored>> written;
        store.write(QStringLiteral("profile/x/token"), "unavailable-test-secret-9f2c",
                    [&](Result<Stored> r) { written = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(written->has_value(), "the write failed instead of falling back");
        QCOMPARE(written->value(), Stored::InMemoryThisSession);
        QVERIFY(store.sessionOnly());
        QCOMPARE(spy.count(), 1);
        const QString message = spy.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("No unlocked keyring")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("this session only")));

        std::optional<Result<std::optional<QByteArray>>> read;
        store.read(QStringLiteral("profile/x/token"), [&](auto r) { read = std::move(r); });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->has_value());
        QCOMPARE(read->value().value_or(QByteArray()), QByteArray("unavailable-test-secret-9f2c"));

        const QStringList hits =
            test::filesContaining(m_home.path(), "unavailable-test-secret-9f2c");
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestSecretUnavailable)
#include "tst_secretunavailable.moc"
