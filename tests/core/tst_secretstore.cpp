// SecretStore against the real Secret Service (gnome-keyring on a private D-Bus session, as
// scripts/run-tests.sh provides), plus the in-memory fallback through an injected backend.
#include "core/secrets/memorybackend.h"
#include "core/secrets/secretstore.h"
#include "tests/common/secretscan.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace gardener;
using namespace gardener::secrets;

namespace {

// A backend that is never reachable, like a session without an unlocked keyring.
class UnreachableBackend final : public SecretBackend
{
public:
    int calls = 0;
    QString name() const override { return QStringLiteral("unreachable"); }
    bool persistent() const override { return true; }
    void read(const QString &, const QString &, BackendCallback done) override { answer(done); }
    void write(const QString &, const QString &, const QByteArray &, BackendCallback done) override
    {
        answer(done);
    }
    void remove(const QString &, const QString &, BackendCallback done) override { answer(done); }

private:
    void answer(const BackendCallback &done)
    {
        ++calls;
        done({BackendReply::Unavailable,
              {},
              QStringLiteral("Object does not exist at path "
                             "\u201c/org/freedesktop/secrets/collection/login\u201d")});
    }
};

QByteArray randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return "lg-test-" + bytes.toHex();
}

template <typename T> struct Waiter
{
    std::optional<T> value;
    auto callback()
    {
        return [this](T v) { value = std::move(v); };
    }
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreProfileScoped();
    void refusesOversizedValues();
    void fallsBackToMemoryWhenUnavailable();
    void realKeychainRoundTrip();
};

void TestSecretStore::keysAreProfileScoped()
{
    QCOMPARE(SecretStore::profileKey(QStringLiteral("prod"), QStringLiteral("refresh_token")),
             QStringLiteral("profile/prod/refresh_token"));
    QCOMPARE(SecretStore::profileKey({}, QStringLiteral("github")), QStringLiteral("app/github"));
}

void TestSecretStore::refusesOversizedValues()
{
    SecretStore store(std::make_unique<MemoryBackend>());
    Waiter<Result<Stored>> w;
    store.write(QStringLiteral("k"), QByteArray(SecretStore::MaxValueBytes + 1, 'x'), w.callback());
    QVERIFY(w.value.has_value());
    QVERIFY(!w.value->has_value());
    QVERIFY(w.value->error().what.contains(QStringLiteral("at most")));
    // Nothing was stored.
    Waiter<Result<std::optional<QByteArray>>> r;
    store.read(QStringLiteral("k"), r.callback());
    QVERIFY(r.value && r.value->has_value() && !r.value->value().has_value());

    Waiter<Result<Stored>> ok;
    store.write(QStringLiteral("k"), QByteArray(SecretStore::MaxValueBytes, 'x'), ok.callback());
    QVERIFY(ok.value && ok.value->has_value());
}

void TestSecretStore::fallsBackToMemoryWhenUnavailable()
{
    auto backend = std::make_unique<UnreachableBackend>();
    UnreachableBackend *raw = backend.get();
    SecretStore store(std::move(backend));
    QSignalSpy spy(&store, &SecretStore::unavailable);

    Waiter<Result<Stored>> w;
    store.write(QStringLiteral("profile/p/token"), "s3cr3t", w.callback());
    QVERIFY(w.value && w.value->has_value());
    QCOMPARE(w.value->value(), Stored::InMemoryThisSession);
    QVERIFY(store.sessionOnly());
    QCOMPARE(spy.count(), 1);
    const QString message = spy.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("No unlocked keyring")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("gnome-keyring or KWallet")));
    QVERIFY(message.contains(QStringLiteral("this session only")));
    QVERIFY(message.contains(QStringLiteral("collection/login")));
    QVERIFY(!message.contains(QStringLiteral("s3cr3t")));

    // Later calls use memory and do not ask the unreachable keychain again.
    Waiter<Result<std::optional<QByteArray>>> r;
    store.read(QStringLiteral("profile/p/token"), r.callback());
    QVERIFY(r.value && r.value->has_value());
    QCOMPARE(r.value->value().value_or(QByteArray()), QByteArray("s3cr3t"));
    QCOMPARE(raw->calls, 1);
    QCOMPARE(spy.count(), 1);

    Waiter<Result<Stored>> d;
    store.remove(QStringLiteral("profile/p/token"), d.callback());
    QVERIFY(d.value && d.value->has_value());
    Waiter<Result<std::optional<QByteArray>>> gone;
    store.read(QStringLiteral("profile/p/token"), gone.callback());
    QVERIFY(gone.value && gone.value->has_value() && !gone.value->value().has_value());
}

void TestSecretStore::realKeychainRoundTrip()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/run-tests.sh, which starts a private "
              "session with an unlocked gnome-keyring.");
    const QString home = QDir::homePath();
    if (!home.startsWith(QDir::tempPath()))
        QSKIP("HOME is not a throw-away directory: this test scans every file under HOME, so it "
              "only runs with the temporary HOME that scripts/run-tests.sh sets up.");

    const QByteArray secret = randomSecret();
    const QString key =
        SecretStore::profileKey(QStringLiteral("test-roundtrip"), QStringLiteral("refresh_token"));
    SecretStore store;
    QSignalSpy unavailable(&store, &SecretStore::unavailable);

    Waiter<Result<Stored>> w;
    store.write(key, secret, w.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w.value.has_value(), 15000);
    QVERIFY2(w.value->has_value(), "the keychain refused the write");
    QVERIFY2(w.value->value() == Stored::InKeychain, qPrintable(store.message()));
    QCOMPARE(unavailable.count(), 0);

    // A second store (as after a restart) reads it back from the keychain.
    SecretStore again;
    Waiter<Result<std::optional<QByteArray>>> r;
    again.read(key, r.callback());
    QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 15000);
    QVERIFY(r.value->has_value());
    QCOMPARE(r.value->value().value_or(QByteArray()), secret);

    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    auto searchKeyring = [&]() -> QByteArray {
        QProcess p;
        p.start(secretTool, {QStringLiteral("search"), QStringLiteral("--all"),
                             QStringLiteral("server"), SecretStore::serviceName()});
        p.waitForFinished(10000);
        return p.readAllStandardOutput() + p.readAllStandardError();
    };
    if (!secretTool.isEmpty()) {
        const QByteArray found = searchKeyring();
        QVERIFY2(found.contains(key.toUtf8()), found.constData());
    }

    // Every file under HOME, while the secret is stored: the keyring file is encrypted and
    // nothing else may hold it, in plain, hex or base64 form.
    auto scanHome = [&] { return test::filesContaining(home, secret); };
    QStringList hits = scanHome();
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));

    Waiter<Result<Stored>> d;
    store.remove(key, d.callback());
    QTRY_VERIFY_WITH_TIMEOUT(d.value.has_value(), 15000);
    QVERIFY(d.value->has_value());

    Waiter<Result<std::optional<QByteArray>>> gone;
    again.read(key, gone.callback());
    QTRY_VERIFY_WITH_TIMEOUT(gone.value.has_value(), 15000);
    QVERIFY(gone.value->has_value());
    QVERIFY(!gone.value->value().has_value());
    if (!secretTool.isEmpty()) {
        const QByteArray found = searchKeyring();
        QVERIFY2(!found.contains(key.toUtf8()), found.constData());
    }
    hits = scanHome();
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
