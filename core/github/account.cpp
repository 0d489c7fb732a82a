#include "core/github/account.h"

#include "core/github/tokenstore.h"

#include <QHostAddress>
#include <QSettings>

#include "core/util/privatesettings.h"

namespace gardener::github {

namespace {
const QString kApiKey = QStringLiteral("github/apiBase");
const QString kRepoKey = QStringLiteral("github/repo");
const QString kClientIdKey = QStringLiteral("github/clientId");
const QString kDotCom = QStringLiteral("api.github.com");
} // namespace

bool GitHubProfile::isComplete() const
{
    return apiBase.isValid() && RepoRef::parse(repo).isValid();
}

bool GitHubProfile::isEnterprise() const
{
    return apiBase.host() != kDotCom;
}

QUrl GitHubProfile::webBase() const
{
    if (!isEnterprise())
        return QUrl(QStringLiteral("https://github.com"));
    QUrl web = apiBase;
    QString path = web.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api/v3")))
        path.chop(7);
    web.setPath(path);
    return web;
}

QString GitHubProfile::hostLabel() const
{
    return isEnterprise() ? apiBase.authority() : QStringLiteral("github.com");
}

GitHubProfile GitHubProfile::load(const QSettings &settings)
{
    GitHubProfile p;
    const QUrl api(settings.value(kApiKey).toString());
    if (api.isValid() && !api.host().isEmpty())
        p.apiBase = api;
    p.repo = settings.value(kRepoKey).toString();
    p.clientId = settings.value(kClientIdKey).toString();
    return p;
}

void GitHubProfile::save(QSettings &settings) const
{
    settings.setValue(kApiKey, apiBase.toString());
    settings.setValue(kRepoKey, repo);
    settings.setValue(kClientIdKey, clientId);
    keepSettingsPrivate(settings); // the API host and repository are the person's business
}

Result<QUrl> GitHubProfile::apiBaseFromText(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty() || text == QLatin1String("github.com") || text == kDotCom ||
        text == QLatin1String("https://github.com") ||
        text == QLatin1String("https://api.github.com"))
        return QUrl(QStringLiteral("https://api.github.com"));
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(QStringLiteral("\"%1\" is not a host name or an https:// address")
                        .arg(input.trimmed()));
    const bool loopback =
        QHostAddress(url.host()).isLoopback() || url.host() == QLatin1String("localhost");
    if (url.scheme() != QLatin1String("https") &&
        !(url.scheme() == QLatin1String("http") && loopback))
        return fail(QStringLiteral("\"%1\" must use https:// (the token is sent to it)")
                        .arg(input.trimmed()));
    if (url.host() == QLatin1String("github.com") || url.host() == kDotCom)
        return QUrl(QStringLiteral("https://api.github.com"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v3")))
        path += QStringLiteral("/api/v3");
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

GitHubAccount::GitHubAccount(secrets::SecretStore *secrets, const redaction::Redactor *redactor,
                             QString dataDir, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_redactor(redactor), m_dataDir(std::move(dataDir))
{
}

GitHubAccount::~GitHubAccount() = default;

GitHubClient::Config GitHubAccount::clientConfig(const QUrl &apiBase, const QByteArray &token) const
{
    GitHubClient::Config config = m_clientDefaults;
    config.apiBase = apiBase;
    config.token = token;
    return config;
}

void GitHubAccount::restore(std::function<void(Result<bool>)> done)
{
    m_profile = GitHubProfile::load(QSettings());
    if (!m_profile.isComplete()) {
        done(false);
        return;
    }
    std::weak_ptr<bool> alive = m_alive;
    GitHubTokenStore(m_secrets).load(
        m_profile.apiBase, [this, alive, done](Result<ResolvedToken> token) {
            if (alive.expired())
                return;
            if (!token) {
                done(tl::unexpected(token.error()));
                return;
            }
            if (token->token.isEmpty()) {
                done(false);
                return;
            }
            if (auto opened = openSession(token->token, token->source); !opened) {
                done(tl::unexpected(opened.error()));
                return;
            }
            done(true);
        });
}

void GitHubAccount::connectWith(const GitHubProfile &profile, const QByteArray &token,
                                std::function<void(Result<secrets::Stored>)> done)
{
    if (!profile.isComplete()) {
        done(fail(QStringLiteral("choose a host and a repository of the form owner/name first")));
        return;
    }
    std::weak_ptr<bool> alive = m_alive;
    GitHubTokenStore(m_secrets).save(
        profile.apiBase, token,
        [this, alive, profile, token, done](Result<secrets::Stored> stored) {
            if (alive.expired())
                return;
            if (!stored) {
                done(stored);
                return;
            }
            m_profile = profile;
            QSettings settings;
            m_profile.save(settings);
            const QString source = *stored == secrets::Stored::InKeychain
                                       ? QStringLiteral("keychain")
                                       : QStringLiteral("session");
            if (auto opened = openSession(token, source); !opened) {
                done(tl::unexpected(opened.error()));
                return;
            }
            done(stored);
        });
}

void GitHubAccount::signOut(std::function<void(Result<void>)> done)
{
    dropSession();
    std::weak_ptr<bool> alive = m_alive;
    GitHubTokenStore(m_secrets).forget(m_profile.apiBase, [alive, done](Result<secrets::Stored> r) {
        if (alive.expired())
            return;
        if (!r)
            done(tl::unexpected(r.error()));
        else
            done({});
    });
}

Result<void> GitHubAccount::openSession(const QByteArray &token, const QString &source)
{
    GitHubSession::Options options;
    options.api = clientConfig(m_profile.apiBase, token);
    options.repo = m_profile.repo;
    options.dataDir = m_dataDir;
    auto opened = GitHubSession::open(options, m_redactor);
    if (!opened)
        return tl::unexpected(opened.error());
    std::unique_ptr<GitHubSession> previous = std::move(m_session);
    m_session = std::move(*opened);
    m_tokenSource = source;
    // Posts that reached GitHub before a crash are marked done before anything is retried.
    m_session->reconcilePending([](Result<int>) {});
    Q_EMIT sessionChanged(m_session.get());
    previous.reset(); // after the pages let go of it
    return {};
}

void GitHubAccount::dropSession()
{
    if (!m_session)
        return;
    std::unique_ptr<GitHubSession> previous = std::move(m_session);
    m_tokenSource.clear();
    Q_EMIT sessionChanged(nullptr);
    previous.reset();
}

} // namespace gardener::github
