#include "core/gcp/credentials.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace gardener::gcp {

QUrl defaultTokenUri()
{
    return QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
}

QUrl defaultAuthorizationUri()
{
    return QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
}

QString loggingReadScope()
{
    return QStringLiteral("https://www.googleapis.com/auth/logging.read");
}

QString cloudReadScopes()
{
    return loggingReadScope() +
           QStringLiteral(" https://www.googleapis.com/auth/cloud-platform.read-only");
}

QString Credentials::accountLabel() const
{
    if (kind == Kind::ServiceAccount)
        return clientEmail;
    return sourcePath.isEmpty() ? QStringLiteral("Google account")
                                : QStringLiteral("Application Default Credentials");
}

Result<Credentials> parseCredentials(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("Not a JSON credentials file: %1").arg(error.errorString()),
                    sourceName, -1, error.offset);
    if (!doc.isObject())
        return fail(QStringLiteral("A credentials file holds one JSON object."), sourceName);
    const QJsonObject o = doc.object();
    auto text = [&](const char *name) { return o.value(QLatin1String(name)).toString(); };
    auto missing = [&](const char *name) {
        return fail(QStringLiteral("The credentials file has no \"%1\".").arg(QLatin1String(name)),
                    sourceName);
    };

    Credentials c;
    c.sourcePath = sourceName;
    const QString uri = text("token_uri");
    c.tokenUri = uri.isEmpty() ? defaultTokenUri() : QUrl(uri);
    if (!c.tokenUri.isValid() || c.tokenUri.scheme().isEmpty())
        return fail(QStringLiteral("The token_uri \"%1\" is not a URL.").arg(uri), sourceName);

    const QString type = text("type");
    if (type == QLatin1String("service_account")) {
        c.kind = Credentials::Kind::ServiceAccount;
        c.clientEmail = text("client_email");
        c.privateKeyPem = text("private_key").toUtf8();
        c.privateKeyId = text("private_key_id");
        c.projectId = text("project_id");
        if (c.clientEmail.isEmpty())
            return missing("client_email");
        if (c.privateKeyPem.isEmpty())
            return missing("private_key");
        return c;
    }
    if (type == QLatin1String("authorized_user")) {
        c.kind = Credentials::Kind::AuthorizedUser;
        c.clientId = text("client_id");
        c.clientSecret = text("client_secret").toUtf8();
        c.refreshToken = text("refresh_token").toUtf8();
        c.quotaProjectId = text("quota_project_id");
        if (c.clientId.isEmpty())
            return missing("client_id");
        if (c.refreshToken.isEmpty())
            return missing("refresh_token");
        return c;
    }
    if (type.isEmpty())
        return missing("type");
    return fail(QStringLiteral("Credentials of type \"%1\" are not supported; use a "
                               "service-account key or gcloud's Application Default Credentials "
                               "(authorized_user).")
                    .arg(type),
                sourceName);
}

Result<Credentials> loadCredentialsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read the credentials file: %1").arg(file.errorString()),
                    path);
    // Real key files are a few KB; refuse anything absurd before parsing it.
    if (file.size() > 1024 * 1024)
        return fail(QStringLiteral("The credentials file is larger than 1 MB."), path);
    return parseCredentials(file.readAll(), path);
}

QString defaultAdcPath()
{
    const QString config = qEnvironmentVariable("CLOUDSDK_CONFIG");
    if (!config.isEmpty())
        return QDir(config).filePath(QStringLiteral("application_default_credentials.json"));
#if defined(Q_OS_WIN)
    const QString base = qEnvironmentVariable("APPDATA");
    return QDir(base).filePath(QStringLiteral("gcloud/application_default_credentials.json"));
#else
    return QDir::home().filePath(
        QStringLiteral(".config/gcloud/application_default_credentials.json"));
#endif
}

Result<Credentials> credentialsFromEnvironment()
{
    const QString path = qEnvironmentVariable("GOOGLE_APPLICATION_CREDENTIALS");
    if (path.isEmpty())
        return fail(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS is not set."));
    return loadCredentialsFile(path);
}

} // namespace gardener::gcp
