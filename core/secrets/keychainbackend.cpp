#include "keychainbackend.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

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
    case QKeychain::AccessDenied:      // a locked keyring nobody unlocked
    case QKeychain::NoBackendAvailable: // no Secret Service / KWallet on the bus
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:         // e.g. 'Object does not exist at path .../login'
        reply.status = BackendReply::Unavailable;
        break;
    }
    return reply;
}

// Starts `job`, answers once: from the job, or with Unavailable when the timeout fires first.
void run(QKeychain::Job *job, std::chrono::milliseconds timeout, BackendCallback done,
         bool isRead)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<BackendCallback>(std::move(done));
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    // The timer is parented to the job, which may outlive a timeout; a context object that
    // lives as long as the callback keeps the timeout answer valid.
    QObject::connect(timer, &QTimer::timeout, [answered, callback, timeout] {
        if (*answered)
            return;
        *answered = true;
        (*callback)({BackendReply::Unavailable, {},
                     QStringLiteral("the keychain did not answer within %1 s")
                         .arg(double(timeout.count()) / 1000.0)});
    });
    QObject::connect(job, &QKeychain::Job::finished, [answered, callback, isRead](QKeychain::Job *j) {
        if (*answered)
            return;
        *answered = true;
        BackendReply reply = classify(j);
        if (isRead && reply.status == BackendReply::Ok)
            reply.value = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        (*callback)(std::move(reply));
    });
    timer->start(timeout);
    job->start();
}

} // namespace

KeychainBackend::KeychainBackend(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

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

void KeychainBackend::read(const QString &service, const QString &key, BackendCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    run(job, m_timeout, std::move(done), true);
}

void KeychainBackend::write(const QString &service, const QString &key, const QByteArray &value,
                            BackendCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setBinaryData(value);
    run(job, m_timeout, std::move(done), false);
}

void KeychainBackend::remove(const QString &service, const QString &key, BackendCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    run(job, m_timeout, std::move(done), false);
}

} // namespace gardener::secrets
