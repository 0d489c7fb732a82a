#include "core/secrets/memorybackend.h"

namespace gardener::secrets {

namespace {
QString slot(const QString &service, const QString &key)
{
    return service + QLatin1Char('\n') + key;
}
void wipe(QByteArray &value)
{
    value.fill('\0');
}
} // namespace

MemoryBackend::~MemoryBackend()
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        wipe(it.value());
}

void MemoryBackend::read(const QString &service, const QString &key, BackendCallback done)
{
    const auto it = m_values.constFind(slot(service, key));
    if (it == m_values.constEnd())
        done({BackendReply::NotFound, {}, QStringLiteral("no such secret")});
    else
        done({BackendReply::Ok, it.value(), {}});
}

void MemoryBackend::write(const QString &service, const QString &key, const QByteArray &value,
                          BackendCallback done)
{
    QByteArray &stored = m_values[slot(service, key)];
    wipe(stored);
    stored = value;
    done({BackendReply::Ok, {}, {}});
}

void MemoryBackend::remove(const QString &service, const QString &key, BackendCallback done)
{
    auto it = m_values.find(slot(service, key));
    if (it == m_values.end()) {
        done({BackendReply::NotFound, {}, QStringLiteral("no such secret")});
        return;
    }
    wipe(it.value());
    m_values.erase(it);
    done({BackendReply::Ok, {}, {}});
}

} // namespace gardener::secrets
