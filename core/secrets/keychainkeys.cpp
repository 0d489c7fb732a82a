#include "core/secrets/keychainkeys.h"

#include "core/secrets/secretstore.h"

namespace gardener::secrets::keys {

QString googleSignIn(const QString &profile)
{
    return SecretStore::profileKey(profile, QStringLiteral("oauth"));
}

QString gitHubToken(const QString &apiHost)
{
    return SecretStore::profileKey(
        {}, QStringLiteral("github/%1/token")
                .arg(apiHost.isEmpty() ? QStringLiteral("api.github.com") : apiHost));
}

} // namespace gardener::secrets::keys
