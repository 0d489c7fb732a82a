#include "github/tokensource.h"

#include <QtGlobal>

namespace gardener::github {

TokenFromEnv tokenFromEnvironment(bool enterprise)
{
    const char *names[] = {"GH_TOKEN", "GITHUB_TOKEN"};
    const char *enterpriseNames[] = {"GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"};
    for (const char *name : enterprise ? enterpriseNames : names) {
        const QByteArray v = qgetenv(name).trimmed();
        if (!v.isEmpty())
            return {v, QString::fromLatin1(name)};
    }
    return {};
}

QString tokenSecretKey(const QString &apiHost)
{
    return QStringLiteral("github/%1/token").arg(apiHost.isEmpty() ? QStringLiteral("api.github.com") : apiHost);
}

} // namespace gardener::github
