#pragma once

#include "core/secrets/secretbackend.h"
#include "core/util/error.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace gardener::secrets {

// Where a write or remove ended up.
enum class Stored
{
    InKeychain,          // the operating system's keychain: survives restarts
    InMemoryThisSession, // no keychain reachable: kept in this process only, lost at exit
};

// Asynchronous access to secrets (OAuth refresh tokens, client secrets, GitHub tokens), keyed
// by (service "loggardener", key). Keys are profile-scoped: use profileKey().
//
// Contract:
// - Lives on one thread (normally the main thread); callbacks run on that thread from the
//   event loop, exactly once each, never re-entrantly from inside read/write/remove unless
//   the backend answers synchronously (the memory backend does).
// - Values are at most MaxValueBytes: Windows Credential Manager holds 2560 bytes per entry,
//   so larger values are refused on every platform rather than working only on some.
// - When the keychain cannot be reached (no Secret Service, no unlocked collection, no D-Bus,
//   no answer within the timeout) the store says so once through unavailable(), switches to
//   an in-memory store for the rest of the session and carries on. It never writes a secret
//   to a file, QSettings or a log line, and its messages never contain a secret value.
// - A refusal that is not "unavailable" (e.g. the user denied access) is an Error.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxValueBytes = 2048;
    static QString serviceName() { return QStringLiteral("loggardener"); }
    // "profile/<profile>/<name>"; `profile` may be empty for app-wide secrets ("app/<name>").
    static QString profileKey(const QString &profile, const QString &name);

    using ReadCallback = std::function<void(Result<std::optional<QByteArray>>)>;
    using WriteCallback = std::function<void(Result<Stored>)>;

    // Takes the keychain backend (KeychainBackend when null).
    explicit SecretStore(std::unique_ptr<SecretBackend> backend = {}, QObject *parent = nullptr);
    ~SecretStore() override;

    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QByteArray &value, WriteCallback done);
    // Removing a secret that does not exist succeeds.
    void remove(const QString &key, WriteCallback done);

    // True once the store fell back to memory; message() then says why and what to do.
    bool sessionOnly() const { return m_fallback != nullptr; }
    QString message() const { return m_message; }

    // The sentence shown when no keychain is reachable; `detail` is the backend's error text.
    static QString unavailableMessage(const QString &detail);
    // The sentence shown while an operation waits for a keyring prompt the person must answer.
    static QString waitingMessage();

Q_SIGNALS:
    // Emitted once, when the store switches to the in-memory fallback.
    void unavailable(const QString &message);
    // An operation waits for the desktop's keyring prompt (no time limit while it is open),
    // then has its answer. Show the message; the operation goes on in the background.
    void waitingForKeychain(const QString &message);
    void keychainAnswered();

private:
    SecretBackend *active() const;
    bool switchToMemory(const BackendReply &reply);

    std::unique_ptr<SecretBackend> m_primary;
    std::unique_ptr<SecretBackend> m_fallback;
    QString m_message;
    std::shared_ptr<bool> m_alive;
};

} // namespace gardener::secrets
