#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace gardener::secrets {

// What a backend reports for one operation. `NotFound` is a normal answer for read/remove;
// `Unavailable` means no keychain can be reached (no Secret Service, locked collection, no
// D-Bus, timeout) and lets SecretStore fall back to memory; `Failed` is any other refusal
// (for example the user denied access), which is reported and never papered over.
struct BackendReply
{
    enum Status
    {
        Ok,
        NotFound,
        Unavailable,
        Failed
    };
    Status status = Ok;
    QByteArray value; // read: the secret; empty otherwise
    QString detail;   // the backend's own error text, for people (never contains the secret)
};

using BackendCallback = std::function<void(BackendReply)>;

// A place secrets can live. Calls are made on the thread that owns the SecretStore and must
// answer exactly once, asynchronously or synchronously, on that same thread.
class SecretBackend
{
public:
    virtual ~SecretBackend() = default;
    virtual QString name() const = 0;
    virtual bool persistent() const = 0; // survives the end of the process
    virtual void read(const QString &service, const QString &key, BackendCallback done) = 0;
    virtual void write(const QString &service, const QString &key, const QByteArray &value,
                       BackendCallback done) = 0;
    virtual void remove(const QString &service, const QString &key, BackendCallback done) = 0;

    // Told `true` while an operation waits for the person at the desktop (a keyring prompt
    // is open) and `false` once it has its answer; called on the store's thread.
    using WaitingHandler = std::function<void(bool waiting)>;
    void setWaitingHandler(WaitingHandler handler) { m_waiting = std::move(handler); }

protected:
    // A copy, so an operation still running can report after the backend is gone.
    WaitingHandler waitingHandler() const { return m_waiting; }

private:
    WaitingHandler m_waiting;
};

} // namespace gardener::secrets
