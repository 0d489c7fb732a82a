#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace gardener::gcp {

// Where Google's OAuth 2.0 endpoints are unless a file or a setting says otherwise.
QUrl defaultTokenUri();         // https://oauth2.googleapis.com/token
QUrl defaultAuthorizationUri(); // https://accounts.google.com/o/oauth2/v2/auth
QString loggingReadScope();     // https://www.googleapis.com/auth/logging.read
// What a browser sign-in asks for: logging.read and cloud-platform.read-only, read-only both,
// so one sign-in reads logs, runs BigQuery analyses and lists Cloud Run revisions.
QString cloudReadScopes();

// What is needed to obtain access tokens. Holds secrets in memory only: loaded from a file
// in place (never copied elsewhere) or from the keychain, and never written by this type.
struct Credentials
{
    enum class Kind
    {
        AuthorizedUser, // a refresh token: browser sign-in, or gcloud's Application Default
                        // Credentials
        ServiceAccount, // a service-account key (RSA private key) signing JWT assertions
    };
    Kind kind = Kind::AuthorizedUser;
    QUrl tokenUri;      // the token endpoint (the file's token_uri when it has one)
    QString sourcePath; // the file they came from, empty for keychain-held credentials

    // AuthorizedUser
    QString clientId;
    QByteArray clientSecret;
    QByteArray refreshToken;
    QString quotaProjectId;

    // ServiceAccount
    QString clientEmail;
    QByteArray privateKeyPem;
    QString privateKeyId;
    QString projectId;

    // A label for people: the service account's e-mail, or "Application Default Credentials".
    QString accountLabel() const;
};

// Reads a Google credentials JSON file: "type": "service_account" (needs client_email,
// private_key; token_uri optional) or "authorized_user" (needs client_id, client_secret,
// refresh_token). Errors name the file and the missing field, never a secret value.
Result<Credentials> loadCredentialsFile(const QString &path);
Result<Credentials> parseCredentials(const QByteArray &json, const QString &sourceName);

// gcloud's Application Default Credentials file:
// $CLOUDSDK_CONFIG/application_default_credentials.json if set, else ~/.config/gcloud/... (Linux,
// macOS) or %APPDATA%/gcloud/... (Windows).
QString defaultAdcPath();

// The file named by GOOGLE_APPLICATION_CREDENTIALS, or an Error saying it is not set.
Result<Credentials> credentialsFromEnvironment();

} // namespace gardener::gcp
