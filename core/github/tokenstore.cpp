#include "core/github/tokenstore.h"

#include "core/github/tokensource.h"
#include "core/secrets/keychainkeys.h"

namespace gardener::github {

QString GitHubTokenStore::keyFor(const QUrl &apiBase)
{
    return secrets::keys::gitHubToken(apiBase.host());
}

void GitHubTokenStore::load(const QUrl &apiBase, std::function<void(Result<ResolvedToken>)> done)
{
    const bool enterprise = apiBase.host() != QLatin1String("api.github.com");
    const TokenFromEnv env = tokenFromEnvironment(enterprise);
    if (!env.token.isEmpty()) {
        done(ResolvedToken{env.token, env.variable});
        return;
    }
    m_store->read(keyFor(apiBase), [done](Result<std::optional<QByteArray>> r) {
        if (!r) {
            done(tl::unexpected(r.error()));
            return;
        }
        if (!r->has_value() || (*r)->isEmpty()) {
            done(ResolvedToken{});
            return;
        }
        done(ResolvedToken{**r, QStringLiteral("keychain")});
    });
}

void GitHubTokenStore::save(const QUrl &apiBase, const QByteArray &token,
                            std::function<void(Result<secrets::Stored>)> done)
{
    if (token.trimmed().isEmpty()) {
        done(fail(QStringLiteral("refusing to store an empty GitHub token")));
        return;
    }
    m_store->write(keyFor(apiBase), token.trimmed(), std::move(done));
}

void GitHubTokenStore::forget(const QUrl &apiBase,
                              std::function<void(Result<secrets::Stored>)> done)
{
    m_store->remove(keyFor(apiBase), std::move(done));
}

} // namespace gardener::github
