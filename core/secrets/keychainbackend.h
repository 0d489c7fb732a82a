#pragma once

#include "core/secrets/secretbackend.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace gardener::secrets {

// The operating system's keychain through QtKeychain: the Secret Service (GNOME Keyring,
// KWallet) on Linux, Keychain Services on macOS, Credential Manager on Windows. QtKeychain's
// insecure plain-text fallback is always off. An operation that gets no answer within
// `timeout` is reported as Unavailable (no Secret Service answers, or one that hangs) — unless
// the Secret Service has a prompt open ("create a keyring", "unlock"): then the operation
// waits for as long as the prompt is open, plus `timeout` after it closes, and the store is
// told it is waiting for the person (reportWaiting), so the UI can say so.
class KeychainBackend final : public SecretBackend
{
public:
    explicit KeychainBackend(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    QString name() const override;
    bool persistent() const override { return true; }
    void read(const QString &service, const QString &key, BackendCallback done) override;
    void write(const QString &service, const QString &key, const QByteArray &value,
               BackendCallback done) override;
    void remove(const QString &service, const QString &key, BackendCallback done) override;

    // True when the Secret Service on the session bus has a prompt object open; answers
    // through `done` within `probeTimeout`, false when there is no bus or no answer.
    static void promptOpen(std::chrono::milliseconds probeTimeout, std::function<void(bool)> done);

private:
    void run(QKeychain::Job *job, BackendCallback done, bool isRead);

    std::chrono::milliseconds m_timeout;
};

} // namespace gardener::secrets
