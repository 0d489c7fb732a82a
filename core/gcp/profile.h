#pragma once

#include "core/gcp/credentials.h"
#include "core/gcp/querybuilder.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QSettings;

namespace gardener::secrets {
class SecretStore;
}

namespace gardener::gcp {

// A Google Cloud profile: which project, how to sign in, and the default query. Only
// non-secret parts live in QSettings (group "gcp/profiles/<name>"); secrets live in the
// keychain under credentialsKey(name) and nowhere else.
struct Profile
{
    enum class Auth
    {
        Browser,        // browser sign-in: client_secret + refresh_token in the keychain
        Adc,            // gcloud Application Default Credentials, read in place
        ServiceAccount, // a service-account key file, read in place (path kept in settings)
    };
    QString name;
    QString projectId;
    QString account; // label for people (e-mail), not a secret
    Auth auth = Auth::Adc;
    QString credentialsPath; // Adc (empty = default path) / ServiceAccount key file
    QString clientId;        // Browser: the Desktop OAuth client id (not a secret)
    QUrl tokenUri;           // Browser: token endpoint; empty = Google's
    LogQuery query;          // the default query

    static QString authName(Auth a); // "browser", "adc", "service-account"
    static std::optional<Auth> authFromName(const QString &name);
};

// Reads and writes profiles and recent queries in a QSettings the caller owns.
class ProfileStore
{
public:
    static constexpr int MaxRecentQueries = 20;

    explicit ProfileStore(QSettings *settings);

    QStringList names() const;
    std::optional<Profile> load(const QString &name) const;
    Result<void> save(const Profile &profile);
    void remove(const QString &name);

    // Most recent first, without repeats.
    QStringList recentQueries() const;
    void rememberQuery(const QString &filter);

private:
    QSettings *m_settings;
};

// The keychain key of a profile's browser sign-in secrets (secrets/keychainkeys.h).
QString credentialsKey(const QString &profileName);
// The keychain entry of a browser sign-in: {"client_secret":...,"refresh_token":...}.
QByteArray encodeBrowserSecret(const QByteArray &clientSecret, const QByteArray &refreshToken);

// Credentials for `profile`: Browser reads the keychain (asynchronously), Adc and
// ServiceAccount read their file in place. `done` runs once on the caller's thread.
void loadProfileCredentials(const Profile &profile, secrets::SecretStore &secrets,
                            std::function<void(Result<Credentials>)> done);

} // namespace gardener::gcp
