#include "core/secrets/keychainbackend.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <qt6keychain/keychain.h>

#ifdef GARDENER_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace gardener::secrets {

namespace {

BackendReply classify(QKeychain::Job *job)
{
    BackendReply reply;
    reply.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        reply.status = BackendReply::Ok;
        reply.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        reply.status = BackendReply::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        reply.status = BackendReply::Failed;
        break;
    case QKeychain::AccessDenied:       // a locked keyring nobody unlocked
    case QKeychain::NoBackendAvailable: // no Secret Service / KWallet on the bus
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // e.g. 'Object does not exist at path .../login'
        reply.status = BackendReply::Unavailable;
        break;
    }
    return reply;
}

// How often an operation that has not answered looks for an open prompt, and how long that
// look may take (a Secret Service that hangs must not hold the operation longer).
constexpr std::chrono::milliseconds kRecheck{1000};
constexpr std::chrono::milliseconds kProbeTimeout{2000};

} // namespace

KeychainBackend::KeychainBackend(std::chrono::milliseconds timeout) : m_timeout(timeout) {}

QString KeychainBackend::name() const
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#else
    return QStringLiteral("Secret Service (GNOME Keyring / KWallet)");
#endif
}

void KeychainBackend::promptOpen(std::chrono::milliseconds probeTimeout,
                                 std::function<void(bool)> done)
{
#ifdef GARDENER_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false);
        return;
    }
    // The Secret Service exports each open prompt as an object below this path (gnome-keyring:
    // .../prompt/p1 while its "create a keyring" or "unlock" dialog is up).
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/prompt"),
        QStringLiteral("org.freedesktop.DBus.Introspectable"), QStringLiteral("Introspect"));
    call.setAutoStartService(false); // looking must not start a keyring
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, int(probeTimeout.count())));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                     [done = std::move(done)](QDBusPendingCallWatcher *w) {
                         w->deleteLater();
                         const QDBusPendingReply<QString> reply = *w;
                         static const QRegularExpression child(
                             QStringLiteral("<node name=\"[^/\"]"));
                         done(!reply.isError() && reply.value().contains(child));
                     });
#else
    Q_UNUSED(probeTimeout);
    done(false);
#endif
}

// Starts `job` and answers once: from the job, or with Unavailable when it has not answered
// for `m_timeout` without a prompt open. While a prompt is open the wait goes on.
void KeychainBackend::run(QKeychain::Job *job, BackendCallback done, bool isRead)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    struct State
    {
        bool answered = false;
        bool waiting = false;
        QElapsedTimer quiet; // since the start, or since a prompt was last seen open
        BackendCallback done;
        WaitingHandler notify;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->notify = waitingHandler();
    state->quiet.start();
    const auto finish = [state](BackendReply reply) {
        if (state->answered)
            return;
        state->answered = true;
        if (state->waiting && state->notify)
            state->notify(false);
        state->done(std::move(reply));
    };
    // Parented to the job: gone with it, and the job is only deleted once it has answered,
    // after which `answered` keeps the probe's answer from touching the timer.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    const auto timeout = m_timeout;
    QObject::connect(timer, &QTimer::timeout, timer, [state, timer, timeout, finish] {
        promptOpen(kProbeTimeout, [state, timer, timeout, finish](bool open) {
            if (state->answered)
                return;
            if (open) {
                state->quiet.restart();
                if (!state->waiting) {
                    state->waiting = true;
                    if (state->notify)
                        state->notify(true);
                }
                timer->start(kRecheck);
                return;
            }
            const auto left = timeout - std::chrono::milliseconds(state->quiet.elapsed());
            if (left.count() > 0) {
                timer->start(std::min(kRecheck, left));
                return;
            }
            finish({BackendReply::Unavailable,
                    {},
                    QStringLiteral("the keychain did not answer within %1 s")
                        .arg(double(timeout.count()) / 1000.0)});
        });
    });
    QObject::connect(job, &QKeychain::Job::finished, [finish, isRead](QKeychain::Job *j) {
        BackendReply reply = classify(j);
        if (isRead && reply.status == BackendReply::Ok)
            reply.value = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        finish(std::move(reply));
    });
    timer->start(std::min(kRecheck, timeout));
    job->start();
}

void KeychainBackend::read(const QString &service, const QString &key, BackendCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    run(job, std::move(done), true);
}

void KeychainBackend::write(const QString &service, const QString &key, const QByteArray &value,
                            BackendCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setBinaryData(value);
    run(job, std::move(done), false);
}

void KeychainBackend::remove(const QString &service, const QString &key, BackendCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    run(job, std::move(done), false);
}

} // namespace gardener::secrets
