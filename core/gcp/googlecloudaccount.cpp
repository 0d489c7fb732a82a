#include "core/gcp/googlecloudaccount.h"

#include "core/gcp/bigqueryrun.h"
#include "core/gcp/cloudrunrevisions.h"
#include "core/gcp/livecollection.h"
#include "core/gcp/tokenprovider.h"

#include <QDateTime>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>

namespace gardener::gcp {

GoogleCloudAccount::GoogleCloudAccount(secrets::SecretStore *secrets, QObject *parent)
    : GoogleCloudAccount(secrets, Config(), parent)
{
}

GoogleCloudAccount::GoogleCloudAccount(secrets::SecretStore *secrets, Config config,
                                       QObject *parent)
    : QObject(parent), m_secrets(secrets), m_config(std::move(config))
{
    if (!m_config.network)
        m_config.network = new QNetworkAccessManager(this);
    if (!m_config.settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_config.settings = m_ownSettings.get();
    }
    if (m_config.collectionsFolder.isEmpty())
        m_config.collectionsFolder = defaultCollectionsFolder();
    m_profiles = std::make_unique<ProfileStore>(m_config.settings);
}

GoogleCloudAccount::~GoogleCloudAccount() = default;

QUrl GoogleCloudAccount::cloudRunEndpoint() const
{
    return m_config.cloudRunEndpoint.isEmpty() ? defaultCloudRunEndpoint()
                                               : m_config.cloudRunEndpoint;
}

QUrl GoogleCloudAccount::authorizationUri() const
{
    return m_config.authorizationUri.isEmpty() ? defaultAuthorizationUri()
                                               : m_config.authorizationUri;
}

QUrl GoogleCloudAccount::tokenUri() const
{
    return m_config.tokenUri.isEmpty() ? defaultTokenUri() : m_config.tokenUri;
}

QStringList GoogleCloudAccount::profileNames() const
{
    return m_profiles->names();
}

std::optional<Profile> GoogleCloudAccount::profile(const QString &name) const
{
    return m_profiles->load(name);
}

Result<void> GoogleCloudAccount::saveProfile(const Profile &profile)
{
    if (auto saved = m_profiles->save(profile); !saved)
        return saved;
    m_config.settings->sync();
    // Signed in again or changed: the next run asks for tokens with what was saved now.
    m_tokens.remove(profile.name);
    return {};
}

void GoogleCloudAccount::removeProfile(const QString &name)
{
    m_profiles->remove(name);
    m_tokens.remove(name);
    m_secrets->remove(credentialsKey(name), [](Result<secrets::Stored>) {});
}

QStringList GoogleCloudAccount::recentQueries() const
{
    return m_profiles->recentQueries();
}

void GoogleCloudAccount::rememberQuery(const QString &filter)
{
    m_profiles->rememberQuery(filter);
}

std::unique_ptr<BrowserSignIn> GoogleCloudAccount::newBrowserSignIn() const
{
    return std::make_unique<BrowserSignIn>(m_config.network);
}

void GoogleCloudAccount::keepBrowserSignIn(const QString &profileName,
                                           const Credentials &credentials, QObject *context,
                                           std::function<void(Result<secrets::Stored>)> done)
{
    QPointer<QObject> alive(context);
    m_secrets->write(credentialsKey(profileName),
                     encodeBrowserSecret(credentials.clientSecret, credentials.refreshToken),
                     [alive, done = std::move(done)](Result<secrets::Stored> stored) {
                         if (alive)
                             done(std::move(stored));
                     });
}

void GoogleCloudAccount::checkCredentials(const Credentials &credentials, QObject *context,
                                          std::function<void(Result<void>)> done)
{
    auto *check = new TokenProvider(m_config.network, credentials, this);
    QPointer<QObject> alive(context);
    check->accessToken([check, alive, done = std::move(done)](Result<QByteArray> token) {
        check->deleteLater();
        if (!alive)
            return;
        if (!token)
            done(tl::unexpected(token.error()));
        else
            done({});
    });
}

void GoogleCloudAccount::tokensFor(const QString &profileName, QObject *context,
                                   std::function<void(Result<std::shared_ptr<TokenProvider>>)> done)
{
    if (auto cached = m_tokens.value(profileName)) {
        done(std::move(cached));
        return;
    }
    const auto found = profile(profileName);
    if (!found) {
        done(fail(QStringLiteral("There is no Google Cloud profile \"%1\".").arg(profileName)));
        return;
    }
    QPointer<GoogleCloudAccount> self(this);
    QPointer<QObject> alive(context);
    loadProfileCredentials(
        *found, *m_secrets,
        [self, alive, profileName, done = std::move(done)](Result<Credentials> credentials) {
            if (!self || !alive)
                return;
            if (!credentials) {
                done(tl::unexpected(credentials.error()));
                return;
            }
            // Another caller may have been quicker: share its provider and its cached token.
            std::shared_ptr<TokenProvider> &tokens = self->m_tokens[profileName];
            if (!tokens) {
                tokens = std::make_shared<TokenProvider>(self->m_config.network, *credentials);
                tokens->setScope(bigQueryReadScope());
            }
            done(tokens);
        });
}

BigQueryClient::TokenSource GoogleCloudAccount::tokenSource(std::weak_ptr<TokenProvider> tokens)
{
    return [tokens](bool refresh, std::function<void(Result<QByteArray>)> done) {
        const auto provider = tokens.lock();
        if (!provider) {
            done(fail(QStringLiteral("Not signed in.")));
            return;
        }
        if (refresh)
            provider->invalidate();
        provider->accessToken(std::move(done));
    };
}

LiveCollection *GoogleCloudAccount::newCollection(QObject *parent) const
{
    return new LiveCollection(m_config.network, m_secrets, parent);
}

QString GoogleCloudAccount::bigQueryOutputPath(const QString &profileName) const
{
    const QDir folder(QDir(m_config.collectionsFolder).filePath(QStringLiteral("bigquery")));
    QDir().mkpath(folder.path());
    return folder.filePath(QStringLiteral("%1-%2.json")
                               .arg(profileName, QDateTime::currentDateTimeUtc().toString(
                                                     QStringLiteral("yyyyMMdd-HHmmss"))));
}

BigQueryRun *GoogleCloudAccount::newBigQueryRun(BigQueryClient::TokenSource tokens,
                                                QObject *parent) const
{
    return new BigQueryRun(m_config.network, std::move(tokens), parent);
}

void GoogleCloudAccount::lookUpRevisions(const std::shared_ptr<TokenProvider> &tokens,
                                         const QString &project,
                                         QList<QPair<QString, QString>> services, QObject *context,
                                         std::function<void(RevisionFacts)> done) const
{
    struct Walk
    {
        QList<QPair<QString, QString>> services; // (service, location) still to list
        RevisionFacts facts;
        std::function<void(RevisionFacts)> done;
    };
    auto walk = std::make_shared<Walk>(Walk{std::move(services), {}, std::move(done)});
    auto next = std::make_shared<std::function<void()>>();
    QPointer<QObject> alive(context);
    QNetworkAccessManager *network = m_config.network;
    const QUrl endpoint = cloudRunEndpoint();
    // The provider is held for the whole walk: the caller may let go of it meanwhile.
    *next = [walk, next, alive, network, endpoint, project, tokens] {
        if (!alive) {
            *next = nullptr; // ends the cycle through the capture
            return;
        }
        if (walk->services.isEmpty()) {
            walk->done(std::move(walk->facts));
            *next = nullptr;
            return;
        }
        const auto [service, location] = walk->services.takeFirst();
        listCloudRunRevisions(network, tokenSource(tokens), endpoint, project, location, service,
                              [walk, next](Result<QList<CloudRunRevision>> revisions) {
                                  if (revisions)
                                      addRevisionFacts(*revisions, &walk->facts.createdNs,
                                                       &walk->facts.commits);
                                  if (*next)
                                      (*next)();
                              });
    };
    (*next)();
}

} // namespace gardener::gcp
