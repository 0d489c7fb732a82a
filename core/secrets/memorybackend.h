#pragma once

#include "core/secrets/secretbackend.h"

#include <QHash>

namespace gardener::secrets {

// Secrets held in this process only, forgotten at exit: the fallback when no keychain can be
// reached, and a stand-in for tests. Never written anywhere. Values are overwritten with zeros
// when removed or when the backend is destroyed (best effort: Qt may have made copies).
class MemoryBackend final : public SecretBackend
{
public:
    MemoryBackend() = default;
    MemoryBackend(const MemoryBackend &) = delete;
    MemoryBackend &operator=(const MemoryBackend &) = delete;
    ~MemoryBackend() override;

    QString name() const override { return QStringLiteral("memory (this session only)"); }
    bool persistent() const override { return false; }
    void read(const QString &service, const QString &key, BackendCallback done) override;
    void write(const QString &service, const QString &key, const QByteArray &value,
               BackendCallback done) override;
    void remove(const QString &service, const QString &key, BackendCallback done) override;

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace gardener::secrets
