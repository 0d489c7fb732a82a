#include "core/github/tokensource.h"

#include <QList>
#include <QtGlobal>

#include <iterator>

namespace gardener::github {

TokenFromEnv tokenFromEnvironment(bool enterprise)
{
    // gh's names for an Enterprise host come first there; GH_TOKEN / GITHUB_TOKEN work for any
    // host, as the command-line contract promises.
    const char *names[] = {"GH_TOKEN", "GITHUB_TOKEN"};
    const char *enterpriseNames[] = {"GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GH_TOKEN",
                                     "GITHUB_TOKEN"};
    const auto list =
        enterprise ? QList<const char *>(std::begin(enterpriseNames), std::end(enterpriseNames))
                   : QList<const char *>(std::begin(names), std::end(names));
    for (const char *name : list) {
        const QByteArray v = qgetenv(name).trimmed();
        if (!v.isEmpty())
            return {v, QString::fromLatin1(name)};
    }
    return {};
}

} // namespace gardener::github
