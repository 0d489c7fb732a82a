#pragma once

// The app's Google Cloud: the profiles (QSettings, no secret), their sign-ins (keychain under
// credentialsKey(), or files read in place), the access tokens handed out for them, and the
// collections, BigQuery runs and Cloud Run revision look-ups made with those tokens. main()
// builds one and hands it to the window; the dialogs only ask it.
//
// Contract: one thread (the main thread); callbacks once, on that thread, and never after the
// `context` object they were given is gone; an answer already at hand (a cached token provider,
// a file read in place, a keychain that answers at once) may come before the call returns. The
// secret store outlives the account.

#include "core/gcp/bigqueryclient.h"
#include "core/gcp/browsersignin.h"
#include "core/gcp/profile.h"
#include "core/secrets/secretstore.h"
#include "core/util/error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace gardener::gcp {

class BigQueryRun;
class LiveCollection;
class TokenProvider;

// Creation times (revision -> ns) and deployed commits (revision -> sha) of Cloud Run revisions.
struct RevisionFacts
{
    QHash<QString, qint64> createdNs;
    QHash<QString, QString> commits;
    bool isEmpty() const { return createdNs.isEmpty() && commits.isEmpty(); }
};

class GoogleCloudAccount : public QObject
{
    Q_OBJECT
public:
    // Where the account works. Null pointers and empty values take the app's defaults: its own
    // network manager and QSettings, defaultCollectionsFolder(), Google's endpoints.
    struct Config
    {
        QNetworkAccessManager *network = nullptr; // not owned; must outlive the account
        QSettings *settings = nullptr;            // not owned; must outlive the account
        QString collectionsFolder;
        QUrl loggingEndpoint;  // Cloud Logging (entries, bucket links)
        QUrl bigqueryEndpoint; // BigQuery
        QUrl cloudRunEndpoint; // Cloud Run Admin API
        QUrl authorizationUri; // browser sign-in
        QUrl tokenUri;         // browser sign-in
    };

    // The app's defaults (see Config).
    explicit GoogleCloudAccount(secrets::SecretStore *secrets, QObject *parent = nullptr);
    GoogleCloudAccount(secrets::SecretStore *secrets, Config config, QObject *parent = nullptr);
    ~GoogleCloudAccount() override;

    secrets::SecretStore *secretStore() const { return m_secrets; }
    QString collectionsFolder() const { return m_config.collectionsFolder; }
    QUrl loggingEndpoint() const { return m_config.loggingEndpoint; } // empty: Google's
    QUrl bigqueryEndpoint() const { return m_config.bigqueryEndpoint; }
    QUrl cloudRunEndpoint() const; // never empty
    QUrl authorizationUri() const; // never empty
    QUrl tokenUri() const;         // never empty

    // Profiles and the recent queries, as kept in the settings.
    QStringList profileNames() const;
    std::optional<Profile> profile(const QString &name) const;
    // Saves the profile (written to disk at once) and forgets the tokens handed out for it.
    Result<void> saveProfile(const Profile &profile);
    // Forgets the profile and its sign-in in the keychain (a missing entry is fine).
    void removeProfile(const QString &name);
    QStringList recentQueries() const;
    void rememberQuery(const QString &filter);

    // A browser sign-in on this account's network (endpoints from authorizationUri()/tokenUri()).
    std::unique_ptr<BrowserSignIn> newBrowserSignIn() const;
    // Keeps a browser sign-in's secrets in the keychain under the profile's key.
    void keepBrowserSignIn(const QString &profileName, const Credentials &credentials,
                           QObject *context, std::function<void(Result<secrets::Stored>)> done);
    // Asks the token endpoint for an access token with `credentials`: are they still good?
    void checkCredentials(const Credentials &credentials, QObject *context,
                          std::function<void(Result<void>)> done);

    // The profile's token provider with the BigQuery read scope (which also reads Cloud Run):
    // one per profile, shared until the profile is saved again or removed.
    void tokensFor(const QString &profileName, QObject *context,
                   std::function<void(Result<std::shared_ptr<TokenProvider>>)> done);
    // A TokenSource for clients that hands out `tokens`' access tokens (a refresh after 401).
    static BigQueryClient::TokenSource tokenSource(std::weak_ptr<TokenProvider> tokens);

    // A collection run on this account's network and keychain, owned by `parent`.
    LiveCollection *newCollection(QObject *parent) const;
    // Where a BigQuery analysis for `profileName` writes its export now: a new file in the
    // collections folder's "bigquery" folder, which is created.
    QString bigQueryOutputPath(const QString &profileName) const;
    // A BigQuery run on this account's network, owned by `parent`, with the access tokens
    // `tokens` hands out.
    BigQueryRun *newBigQueryRun(BigQueryClient::TokenSource tokens, QObject *parent) const;
    // Lists the revisions of `services` ((service, location) pairs) one after the other; a
    // service that cannot be listed only loses its own facts.
    void lookUpRevisions(const std::shared_ptr<TokenProvider> &tokens, const QString &project,
                         QList<QPair<QString, QString>> services, QObject *context,
                         std::function<void(RevisionFacts)> done) const;

private:
    secrets::SecretStore *m_secrets;
    Config m_config;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<ProfileStore> m_profiles;
    QHash<QString, std::shared_ptr<TokenProvider>> m_tokens;
};

} // namespace gardener::gcp
