#pragma once

// Where the GitHub token comes from, in the order gh uses: GH_TOKEN, then GITHUB_TOKEN
// (GH_ENTERPRISE_TOKEN / GITHUB_ENTERPRISE_TOKEN for a GHES host), then the keychain.

#include <QByteArray>
#include <QString>

namespace gardener::github {

struct TokenFromEnv
{
    QByteArray token;
    QString variable; // which variable it came from; empty when none is set
};

// enterprise: the API host is not api.github.com.
TokenFromEnv tokenFromEnvironment(bool enterprise = false);

} // namespace gardener::github
