// The keychain waits for the desktop's keyring prompt instead of giving up after its timeout,
// says that it is waiting, and still gives up in bounded time when the Secret Service does not
// answer at all. Real parts: a private D-Bus session and gnome-keyring-daemon started with no
// keyring, so that the first write opens gnome-keyring's real "create a keyring" prompt (which
// stays open until the test dismisses it over D-Bus, as a person closing the dialog would).
// The desktop's prompter (gcr's org.gnome.keyring.SystemPrompter, which cannot show a window
// offscreen) is stood in for by an object that accepts every call and never answers: a person
// who has not typed anything yet.
#include "core/secrets/keychainbackend.h"
#include "core/secrets/secretstore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <optional>

using namespace gardener;
using namespace gardener::secrets;

namespace {

// gcr's prompter protocol: BeginPrompting, PerformPrompt, StopPrompting each get an empty
// reply; the PromptReady call back (the person's answer) never comes.
class SilentPrompter : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        calls.append(message.member());
        connection.send(message.createReply());
        return true;
    }
    QStringList calls;
};

} // namespace

class TestKeychainPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyring =
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        m_gdbus = QStandardPaths::findExecutable(QStringLiteral("gdbus"));
        if (dbus.isEmpty() || keyring.isEmpty() || m_gdbus.isEmpty())
            QSKIP("needs dbus-daemon, gnome-keyring-daemon and gdbus (scripts/setup-deps.sh "
                  "installs them)");
        QVERIFY(m_home.isValid());
        // Before anything in this process touches D-Bus: our own bus, HOME and runtime folder,
        // so that neither the person's keyring nor the one of scripts/run-tests.sh is used.
        const QString runtime = m_home.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");

        m_bus.setProgram(dbus);
        m_bus.setArguments({QStringLiteral("--session"), QStringLiteral("--nofork"),
                            QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
        m_bus.start();
        QVERIFY(m_bus.waitForStarted(5000));
        QByteArray address;
        for (int i = 0; i < 50 && !address.contains('\n'); ++i) {
            m_bus.waitForReadyRead(100);
            address += m_bus.readAllStandardOutput();
        }
        address = address.trimmed();
        QVERIFY2(!address.isEmpty(), "dbus-daemon printed no address");
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        m_keyring.setProgram(keyring);
        m_keyring.setArguments({QStringLiteral("--start"), QStringLiteral("--foreground"),
                                QStringLiteral("--components=secrets")});
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start();
        QVERIFY(m_keyring.waitForStarted(5000));
        // gnome-keyring-daemon has taken org.freedesktop.secrets once it answers there.
        QTRY_VERIFY_WITH_TIMEOUT(
            gdbus({QStringLiteral("introspect"), QStringLiteral("--session"),
                   QStringLiteral("--dest"), QStringLiteral("org.freedesktop.secrets"),
                   QStringLiteral("--object-path"), QStringLiteral("/org/freedesktop/secrets")}),
            10000);

        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(
            bus.registerVirtualObject(QStringLiteral("/org/gnome/keyring/Prompter"), &m_prompter));
        QVERIFY(bus.registerService(QStringLiteral("org.gnome.keyring.SystemPrompter")));
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                ::kill(pid_t(p->processId()), SIGCONT);
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    // Before: "the keychain did not answer within 2 s" while the prompt was still open, and
    // the secret went to memory for the session.
    void aWriteWaitsForTheOpenPromptAndSaysSo()
    {
        SecretStore store(std::make_unique<KeychainBackend>(std::chrono::seconds(2)));
        QSignalSpy waiting(&store, &SecretStore::waitingForKeychain);
        QSignalSpy answered(&store, &SecretStore::keychainAnswered);
        std::optional<Result<Stored>> written;
        QElapsedTimer elapsed;
        elapsed.start();
        store.write(QStringLiteral("profile/p/token"), "prompt-test-secret-51d7",
                    [&](Result<Stored> r) { written = std::move(r); });
        QTRY_COMPARE_WITH_TIMEOUT(waiting.count(), 1, 10000);
        QVERIFY(waiting.at(0).at(0).toString().contains(QStringLiteral("Waiting for the keyring")));
        const QString prompt = openPrompt();
        QVERIFY2(!prompt.isEmpty(), "gnome-keyring opened no prompt");
        QVERIFY2(m_prompter.calls.contains(QStringLiteral("BeginPrompting")),
                 qPrintable(m_prompter.calls.join(u' ')));

        // Three times the timeout with the prompt open: still waiting, nothing given up. A fixed
        // wait, because it proves that nothing happens (no answer, no timeout) for that long.
        QTest::qWait(6000);
        QVERIFY2(!written.has_value(), written->has_value()
                                           ? "answered while the prompt was open"
                                           : qPrintable(written->error().toString()));
        QVERIFY(!store.sessionOnly());

        // The person closes the dialog: the prompter goes away, gnome-keyring ends its prompt,
        // and the operation ends with that answer, not with a timeout.
        QDBusConnection::sessionBus().unregisterService(
            QStringLiteral("org.gnome.keyring.SystemPrompter"));
        QDBusConnection::sessionBus().unregisterObject(
            QStringLiteral("/org/gnome/keyring/Prompter"));
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
        QVERIFY(elapsed.elapsed() >= 6000);
        QCOMPARE(answered.count(), 1);
        const QString said = written->has_value() ? store.message() : written->error().toString();
        QVERIFY2(!said.contains(QStringLiteral("did not answer")), qPrintable(said));
    }

    // A Secret Service that answers nothing at all (stopped) is still given up on in bounded
    // time: the timeout plus one prompt check.
    void noAnswerAtAllIsStillBounded()
    {
        QVERIFY(::kill(pid_t(m_keyring.processId()), SIGSTOP) == 0);
        SecretStore store(std::make_unique<KeychainBackend>(std::chrono::seconds(2)));
        QSignalSpy waiting(&store, &SecretStore::waitingForKeychain);
        std::optional<Result<Stored>> written;
        QElapsedTimer elapsed;
        elapsed.start();
        store.write(QStringLiteral("profile/q/token"), "stopped-test-secret-8c2e",
                    [&](Result<Stored> r) { written = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
        ::kill(pid_t(m_keyring.processId()), SIGCONT);
        QVERIFY(written->has_value());
        QCOMPARE(written->value(), Stored::InMemoryThisSession);
        QVERIFY2(store.message().contains(QStringLiteral("did not answer")),
                 qPrintable(store.message()));
        QVERIFY2(elapsed.elapsed() < 8000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(waiting.count(), 0);
    }

private:
    bool gdbus(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(m_gdbus, args);
        if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return false;
        if (out)
            *out = p.readAllStandardOutput();
        return true;
    }

    // The object path of the prompt gnome-keyring has open, or empty.
    QString openPrompt()
    {
        QByteArray xml;
        if (!gdbus({QStringLiteral("introspect"), QStringLiteral("--session"),
                    QStringLiteral("--dest"), QStringLiteral("org.freedesktop.secrets"),
                    QStringLiteral("--object-path"),
                    QStringLiteral("/org/freedesktop/secrets/prompt")},
                   &xml))
            return {};
        const auto m =
            QRegularExpression(QStringLiteral("node (\\w+)")).match(QString::fromUtf8(xml));
        return m.hasMatch() ? QStringLiteral("/org/freedesktop/secrets/prompt/") + m.captured(1)
                            : QString();
    }

    QTemporaryDir m_home;
    SilentPrompter m_prompter;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_gdbus;
};

QTEST_GUILESS_MAIN(TestKeychainPrompt)
#include "tst_keychainprompt.moc"
