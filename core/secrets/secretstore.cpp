#include "core/secrets/secretstore.h"

#include "core/secrets/keychainbackend.h"
#include "core/secrets/memorybackend.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecrets, "gardener.secrets")

namespace gardener::secrets {

QString SecretStore::profileKey(const QString &profile, const QString &name)
{
    if (profile.isEmpty())
        return QStringLiteral("app/") + name;
    return QStringLiteral("profile/") + profile + QLatin1Char('/') + name;
}

QString SecretStore::unavailableMessage(const QString &detail)
{
    QString text;
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    text = QStringLiteral("No unlocked keyring: start gnome-keyring or KWallet (or unlock your "
                          "login keyring) and restart Log Gardener.");
#else
    text = QStringLiteral("The system keychain could not be reached.");
#endif
    text += QStringLiteral(" Secrets are kept in memory for this session only and are "
                           "forgotten when Log Gardener exits.");
    if (!detail.isEmpty())
        text += QStringLiteral(" (Keychain said: ") + detail + QStringLiteral(")");
    return text;
}

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent),
      m_primary(backend ? std::move(backend) : std::make_unique<KeychainBackend>()),
      m_alive(std::make_shared<bool>(true))
{
    m_primary->setWaitingHandler([this, alive = m_alive](bool waiting) {
        if (!*alive)
            return;
        if (waiting)
            Q_EMIT waitingForKeychain(waitingMessage());
        else
            Q_EMIT keychainAnswered();
    });
}

QString SecretStore::waitingMessage()
{
    return tr("Waiting for the keyring… The desktop is asking to create or unlock a keyring: "
              "answer its prompt to go on.");
}

SecretStore::~SecretStore()
{
    *m_alive = false;
}

SecretBackend *SecretStore::active() const
{
    return m_fallback ? m_fallback.get() : m_primary.get();
}

bool SecretStore::switchToMemory(const BackendReply &reply)
{
    if (reply.status != BackendReply::Unavailable || m_fallback)
        return false;
    m_fallback = std::make_unique<MemoryBackend>();
    m_message = unavailableMessage(reply.detail);
    // Only the backend's error text is logged, never a key's value.
    qCWarning(lcSecrets).noquote() << m_message;
    Q_EMIT unavailable(m_message);
    return true;
}

void SecretStore::read(const QString &key, ReadCallback done)
{
    if (key.isEmpty()) {
        done(fail(QStringLiteral("A secret needs a non-empty key.")));
        return;
    }
    auto alive = m_alive;
    active()->read(serviceName(), key, [this, alive, key, done](BackendReply reply) {
        if (!*alive)
            return;
        if (switchToMemory(reply)) {
            read(key, done);
            return;
        }
        switch (reply.status) {
        case BackendReply::Ok:
            done(std::optional<QByteArray>(std::move(reply.value)));
            break;
        case BackendReply::NotFound:
            done(std::optional<QByteArray>());
            break;
        default:
            done(fail(QStringLiteral("Could not read the secret '%1' from %2: %3")
                          .arg(key, active()->name(), reply.detail)));
        }
    });
}

void SecretStore::write(const QString &key, const QByteArray &value, WriteCallback done)
{
    if (key.isEmpty()) {
        done(fail(QStringLiteral("A secret needs a non-empty key.")));
        return;
    }
    if (value.size() > MaxValueBytes) {
        done(fail(QStringLiteral("The secret '%1' is %2 bytes; the keychain holds at most %3 "
                                 "bytes per secret on every platform.")
                      .arg(key)
                      .arg(value.size())
                      .arg(MaxValueBytes)));
        return;
    }
    auto alive = m_alive;
    active()->write(serviceName(), key, value, [this, alive, key, value, done](BackendReply reply) {
        if (!*alive)
            return;
        if (switchToMemory(reply)) {
            write(key, value, done);
            return;
        }
        if (reply.status == BackendReply::Ok)
            done(active()->persistent() ? Stored::InKeychain : Stored::InMemoryThisSession);
        else
            done(fail(QStringLiteral("Could not store the secret '%1' in %2: %3")
                          .arg(key, active()->name(), reply.detail)));
    });
}

void SecretStore::remove(const QString &key, WriteCallback done)
{
    if (key.isEmpty()) {
        done(fail(QStringLiteral("A secret needs a non-empty key.")));
        return;
    }
    auto alive = m_alive;
    active()->remove(serviceName(), key, [this, alive, key, done](BackendReply reply) {
        if (!*alive)
            return;
        if (switchToMemory(reply)) {
            remove(key, done);
            return;
        }
        if (reply.status == BackendReply::Ok || reply.status == BackendReply::NotFound)
            done(active()->persistent() ? Stored::InKeychain : Stored::InMemoryThisSession);
        else
            done(fail(QStringLiteral("Could not remove the secret '%1' from %2: %3")
                          .arg(key, active()->name(), reply.detail)));
    });
}

} // namespace gardener::secrets
