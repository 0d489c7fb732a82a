#pragma once

// The keys under which the app keeps its secrets in the keychain, spelled here and nowhere
// else: a changed spelling would lose every saved sign-in, so tst_secrets_keys pins them.

#include <QString>

namespace gardener::secrets::keys {

// A Google Cloud profile's browser sign-in (client secret and refresh token):
// "profile/<profile>/oauth".
QString googleSignIn(const QString &profile);
// The GitHub token for an API host ("api.github.com" when empty):
// "app/github/<host>/token".
QString gitHubToken(const QString &apiHost);

} // namespace gardener::secrets::keys
