#include "core/gcp/profile.h"

#include "core/secrets/keychainkeys.h"
#include "core/secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include "core/util/privatesettings.h"

namespace gardener::gcp {

namespace {
const QString kProfiles = QStringLiteral("gcp/profiles");
const QString kRecent = QStringLiteral("gcp/recentQueries");

QString windowName(LogQuery::Window w)
{
    switch (w) {
    case LogQuery::Window::LastHour:
        return QStringLiteral("1h");
    case LogQuery::Window::Last24Hours:
        return QStringLiteral("24h");
    case LogQuery::Window::Last2Days:
        return QStringLiteral("2d");
    case LogQuery::Window::Custom:
        break;
    }
    return QStringLiteral("custom");
}

LogQuery::Window windowFromName(const QString &n)
{
    if (n == QLatin1String("1h"))
        return LogQuery::Window::LastHour;
    if (n == QLatin1String("2d"))
        return LogQuery::Window::Last2Days;
    if (n == QLatin1String("custom"))
        return LogQuery::Window::Custom;
    return LogQuery::Window::Last24Hours;
}
} // namespace

QString Profile::authName(Auth a)
{
    switch (a) {
    case Auth::Browser:
        return QStringLiteral("browser");
    case Auth::Adc:
        return QStringLiteral("adc");
    case Auth::ServiceAccount:
        break;
    }
    return QStringLiteral("service-account");
}

std::optional<Profile::Auth> Profile::authFromName(const QString &name)
{
    for (Auth a : {Auth::Browser, Auth::Adc, Auth::ServiceAccount})
        if (authName(a) == name)
            return a;
    return std::nullopt;
}

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings) {}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(kProfiles);
    QStringList out = m_settings->childGroups();
    m_settings->endGroup();
    out.sort();
    return out;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!names().contains(name))
        return std::nullopt;
    m_settings->beginGroup(kProfiles + QLatin1Char('/') + name);
    Profile p;
    p.name = name;
    p.projectId = m_settings->value(QStringLiteral("project")).toString();
    p.account = m_settings->value(QStringLiteral("account")).toString();
    p.auth = Profile::authFromName(m_settings->value(QStringLiteral("auth")).toString())
                 .value_or(Profile::Auth::Adc);
    p.credentialsPath = m_settings->value(QStringLiteral("credentialsPath")).toString();
    p.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    p.tokenUri = m_settings->value(QStringLiteral("tokenUri")).toUrl();
    p.query.resource =
        LogQuery::resourceFromName(m_settings->value(QStringLiteral("query/resource")).toString())
            .value_or(LogQuery::Resource::CloudRunRevision);
    p.query.service = m_settings->value(QStringLiteral("query/service")).toString();
    p.query.minSeverity = m_settings->value(QStringLiteral("query/severity")).toString();
    p.query.window = windowFromName(m_settings->value(QStringLiteral("query/window")).toString());
    p.query.customStart = m_settings->value(QStringLiteral("query/start")).toDateTime();
    p.query.customEnd = m_settings->value(QStringLiteral("query/end")).toDateTime();
    p.query.text = m_settings->value(QStringLiteral("query/text")).toString();
    p.query.advanced = m_settings->value(QStringLiteral("query/advanced")).toString();
    m_settings->endGroup();
    return p;
}

Result<void> ProfileStore::save(const Profile &p)
{
    if (p.name.isEmpty() || p.name.contains(QLatin1Char('/')) || p.name.contains(QLatin1Char('\\')))
        return fail(QStringLiteral("A profile name must be non-empty and contain no slashes."));
    m_settings->beginGroup(kProfiles + QLatin1Char('/') + p.name);
    m_settings->remove(QString());
    m_settings->setValue(QStringLiteral("project"), p.projectId);
    m_settings->setValue(QStringLiteral("account"), p.account);
    m_settings->setValue(QStringLiteral("auth"), Profile::authName(p.auth));
    m_settings->setValue(QStringLiteral("credentialsPath"), p.credentialsPath);
    m_settings->setValue(QStringLiteral("clientId"), p.clientId);
    if (!p.tokenUri.isEmpty())
        m_settings->setValue(QStringLiteral("tokenUri"), p.tokenUri);
    m_settings->setValue(QStringLiteral("query/resource"),
                         LogQuery::resourceName(p.query.resource));
    m_settings->setValue(QStringLiteral("query/service"), p.query.service);
    m_settings->setValue(QStringLiteral("query/severity"), p.query.minSeverity);
    m_settings->setValue(QStringLiteral("query/window"), windowName(p.query.window));
    m_settings->setValue(QStringLiteral("query/start"), p.query.customStart);
    m_settings->setValue(QStringLiteral("query/end"), p.query.customEnd);
    m_settings->setValue(QStringLiteral("query/text"), p.query.text);
    m_settings->setValue(QStringLiteral("query/advanced"), p.query.advanced);
    m_settings->endGroup();
    keepSettingsPrivate(*m_settings); // project, account, key file and hosts
    return {};
}

void ProfileStore::remove(const QString &name)
{
    if (!name.isEmpty())
        m_settings->remove(kProfiles + QLatin1Char('/') + name);
}

QStringList ProfileStore::recentQueries() const
{
    return m_settings->value(kRecent).toStringList();
}

void ProfileStore::rememberQuery(const QString &filter)
{
    if (filter.trimmed().isEmpty())
        return;
    QStringList recent = recentQueries();
    recent.removeAll(filter);
    recent.prepend(filter);
    while (recent.size() > MaxRecentQueries)
        recent.removeLast();
    m_settings->setValue(kRecent, recent);
}

QString credentialsKey(const QString &profileName)
{
    return secrets::keys::googleSignIn(profileName);
}

QByteArray encodeBrowserSecret(const QByteArray &clientSecret, const QByteArray &refreshToken)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("client_secret"), QString::fromUtf8(clientSecret)},
                           {QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken)}})
        .toJson(QJsonDocument::Compact);
}

void loadProfileCredentials(const Profile &profile, secrets::SecretStore &secrets,
                            std::function<void(Result<Credentials>)> done)
{
    switch (profile.auth) {
    case Profile::Auth::Adc:
        done(loadCredentialsFile(profile.credentialsPath.isEmpty() ? defaultAdcPath()
                                                                   : profile.credentialsPath));
        return;
    case Profile::Auth::ServiceAccount:
        done(loadCredentialsFile(profile.credentialsPath));
        return;
    case Profile::Auth::Browser:
        break;
    }
    const QString key = credentialsKey(profile.name);
    secrets.read(key, [profile, done](Result<std::optional<QByteArray>> r) {
        if (!r) {
            done(tl::unexpected<Error>(r.error()));
            return;
        }
        if (!r->has_value()) {
            done(fail(QStringLiteral("Sign in again: no saved Google sign-in for the profile "
                                     "\"%1\" in the keychain.")
                          .arg(profile.name)));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(**r).object();
        Credentials c;
        c.kind = Credentials::Kind::AuthorizedUser;
        c.clientId = profile.clientId;
        c.clientSecret = o.value(QStringLiteral("client_secret")).toString().toUtf8();
        c.refreshToken = o.value(QStringLiteral("refresh_token")).toString().toUtf8();
        c.tokenUri = profile.tokenUri.isEmpty() ? defaultTokenUri() : profile.tokenUri;
        if (c.refreshToken.isEmpty()) {
            done(fail(QStringLiteral("Sign in again: the saved sign-in for \"%1\" is incomplete.")
                          .arg(profile.name)));
            return;
        }
        done(c);
    });
}

} // namespace gardener::gcp
