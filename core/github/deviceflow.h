#pragma once

// OAuth device flow for a user-supplied OAuth app client id (github.com or a GHES host).
//
//   start():  POST {web}/login/device/code   -> user code + verification URL (codeReady)
//   polling:  POST {web}/login/oauth/access_token every `interval` seconds;
//             authorization_pending -> keep polling; slow_down -> interval += 5 s (or the
//             interval GitHub sends); expired_token / access_denied / other -> failure.
//
// Contract: one thread, event-loop driven (QTimer), no nested loops. The token is handed to
// the finished callback and never logged. intervalScale (tests) multiplies every wait.

#include "core/util/error.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace gardener::github {

struct DeviceCode
{
    QString userCode;
    QUrl verificationUri;
    int expiresInSeconds = 0;
    int intervalSeconds = 5;
};

class DeviceFlow : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl webBase = QUrl(QStringLiteral("https://github.com"));
        QString clientId;
        QString scope = QStringLiteral("repo");
        double intervalScale = 1.0; // tests shrink the waits
        int timeoutMs = 30000;
    };

    explicit DeviceFlow(Config config, QNetworkAccessManager *nam = nullptr,
                        QObject *parent = nullptr);
    ~DeviceFlow() override;

    void start(std::function<void(Result<DeviceCode>)> codeReady,
               std::function<void(Result<QByteArray>)> finished);
    void cancel();
    int currentIntervalSeconds() const { return m_interval; }

private:
    void post(const QString &path, const QList<QPair<QString, QString>> &form,
              std::function<void(Result<QJsonObject>)> done);
    void poll();
    void schedule();

    Config m_config;
    QNetworkAccessManager *m_nam;
    QTimer *m_timer;
    QString m_deviceCode;
    int m_interval = 5;
    qint64 m_deadlineMs = 0;
    std::function<void(Result<QByteArray>)> m_finished;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace gardener::github
