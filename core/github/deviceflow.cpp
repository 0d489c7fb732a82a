#include "core/github/deviceflow.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace gardener::github {

DeviceFlow::DeviceFlow(Config config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_config(std::move(config)),
      m_nam(nam ? nam : new QNetworkAccessManager(this)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DeviceFlow::poll);
}

DeviceFlow::~DeviceFlow()
{
    *m_alive = false;
}

void DeviceFlow::post(const QString &path, const QList<QPair<QString, QString>> &form,
                      std::function<void(Result<QJsonObject>)> done)
{
    QUrl url = m_config.webBase;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setTransferTimeout(m_config.timeoutMs);
    QUrlQuery q;
    for (const auto &[k, v] : form)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    QNetworkReply *reply = m_nam->post(req, q.query(QUrl::FullyEncoded).toUtf8());
    std::weak_ptr<bool> alive = m_alive;
    connect(reply, &QNetworkReply::finished, this, [alive, reply, path, done] {
        reply->deleteLater();
        if (alive.expired())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            done(fail(QStringLiteral("POST %1 failed: %2").arg(path, reply->errorString())));
            return;
        }
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            done(fail(QStringLiteral("POST %1 answered %2 with a body that is not a JSON object")
                          .arg(path)
                          .arg(status)));
            return;
        }
        if (status >= 400 && !doc.object().contains(QLatin1String("error"))) {
            done(fail(QStringLiteral("POST %1: HTTP %2").arg(path).arg(status)));
            return;
        }
        done(doc.object());
    });
}

void DeviceFlow::start(std::function<void(Result<DeviceCode>)> codeReady,
                       std::function<void(Result<QByteArray>)> finished)
{
    m_finished = std::move(finished);
    if (m_config.clientId.isEmpty()) {
        QTimer::singleShot(0, this, [codeReady] {
            codeReady(fail(QStringLiteral("the device flow needs an OAuth app client id")));
        });
        return;
    }
    post(QStringLiteral("/login/device/code"),
         {{QStringLiteral("client_id"), m_config.clientId},
          {QStringLiteral("scope"), m_config.scope}},
         [this, codeReady](Result<QJsonObject> r) {
             if (!r) {
                 codeReady(tl::unexpected(r.error()));
                 return;
             }
             const QJsonObject o = *r;
             if (o.contains(QLatin1String("error"))) {
                 codeReady(fail(QStringLiteral("GitHub refused the device code request: %1")
                                    .arg(o.value(QLatin1String("error")).toString())));
                 return;
             }
             DeviceCode code;
             code.userCode = o.value(QLatin1String("user_code")).toString();
             code.verificationUri = QUrl(o.value(QLatin1String("verification_uri")).toString());
             code.expiresInSeconds = o.value(QLatin1String("expires_in")).toInt(900);
             code.intervalSeconds = qMax(1, o.value(QLatin1String("interval")).toInt(5));
             m_deviceCode = o.value(QLatin1String("device_code")).toString();
             m_interval = code.intervalSeconds;
             m_deadlineMs =
                 QDateTime::currentMSecsSinceEpoch() + qint64(code.expiresInSeconds) * 1000;
             codeReady(code);
             schedule();
         });
}

void DeviceFlow::schedule()
{
    m_timer->start(int(m_interval * 1000 * m_config.intervalScale));
}

void DeviceFlow::cancel()
{
    m_timer->stop();
    m_finished = nullptr;
}

void DeviceFlow::poll()
{
    if (!m_finished)
        return;
    if (QDateTime::currentMSecsSinceEpoch() > m_deadlineMs) {
        auto f = std::move(m_finished);
        f(fail(QStringLiteral("the device code expired before it was authorised; start again")));
        return;
    }
    post(QStringLiteral("/login/oauth/access_token"),
         {{QStringLiteral("client_id"), m_config.clientId},
          {QStringLiteral("device_code"), m_deviceCode},
          {QStringLiteral("grant_type"),
           QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")}},
         [this](Result<QJsonObject> r) {
             if (!m_finished)
                 return;
             if (!r) {
                 // A transient network problem: keep polling until the code expires.
                 schedule();
                 return;
             }
             const QJsonObject o = *r;
             const QString token = o.value(QLatin1String("access_token")).toString();
             if (!token.isEmpty()) {
                 auto f = std::move(m_finished);
                 f(token.toUtf8());
                 return;
             }
             const QString error = o.value(QLatin1String("error")).toString();
             if (error == QLatin1String("authorization_pending")) {
                 schedule();
             } else if (error == QLatin1String("slow_down")) {
                 const int suggested = o.value(QLatin1String("interval")).toInt(0);
                 m_interval = qMax(m_interval + 5, suggested);
                 schedule();
             } else {
                 QString why = error == QLatin1String("expired_token")
                                   ? QStringLiteral("the device code expired; start again")
                               : error == QLatin1String("access_denied")
                                   ? QStringLiteral("the authorisation was denied")
                                   : QStringLiteral("GitHub answered \"%1\"").arg(error);
                 auto f = std::move(m_finished);
                 f(fail(QStringLiteral("sign-in failed: ") + why));
             }
         });
}

} // namespace gardener::github
