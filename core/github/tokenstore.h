#pragma once

// Finds and keeps the GitHub token: GH_TOKEN / GITHUB_TOKEN (as gh does) win; otherwise the
// keychain through SecretStore, one entry per API host. The token never goes to a file, a
// setting or a log line from here.
//
// Contract: same thread as the SecretStore; callbacks once, from the event loop (or directly
// from the store's backend when it answers synchronously, as the memory backend does).

#include "core/secrets/secretstore.h"
#include "core/util/error.h"

#include <QUrl>

namespace gardener::github {

struct ResolvedToken
{
    QByteArray token; // empty: none found (sign in with the device flow)
    QString source;   // "GH_TOKEN", "GITHUB_TOKEN", "keychain", or empty
};

class GitHubTokenStore
{
public:
    explicit GitHubTokenStore(secrets::SecretStore *store) : m_store(store) {}

    static QString keyFor(const QUrl &apiBase);

    void load(const QUrl &apiBase, std::function<void(Result<ResolvedToken>)> done);
    void save(const QUrl &apiBase, const QByteArray &token,
              std::function<void(Result<secrets::Stored>)> done);
    void forget(const QUrl &apiBase, std::function<void(Result<secrets::Stored>)> done);

private:
    secrets::SecretStore *m_store;
};

} // namespace gardener::github
