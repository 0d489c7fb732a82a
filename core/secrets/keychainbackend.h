#pragma once

#include "secretbackend.h"

#include <chrono>

namespace gardener::secrets {

// The operating system's keychain through QtKeychain: the Secret Service (GNOME Keyring,
// KWallet) on Linux, Keychain Services on macOS, Credential Manager on Windows. QtKeychain's
// insecure plain-text fallback is always off. An operation that gets no answer within
// `timeout` is reported as Unavailable (a Secret Service that hangs on a prompt nobody sees).
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

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace gardener::secrets
