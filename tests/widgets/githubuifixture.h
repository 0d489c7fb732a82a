#pragma once

// Shared by the GitHub widget tests (tst_githubconnect, tst_githubmatch): a fake GitHub in the
// style of GitHub Enterprise Server (API under /api/v3, device flow at the root), a temporary
// data folder, accounts over an in-memory secret store, and helpers to look for a token.

#include "core/github/account.h"
#include "core/secrets/memorybackend.h"
#include "tests/common/fakegithub.h"
#include "tests/common/secretscan.h"
#include "widgets/github/connectdialog.h"

#include <QLineEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using gardener::test::filesContaining;

namespace gardener::test {

inline const QString GitHubUiRepo = QStringLiteral("octo/app");

inline QByteArray randomToken(const char *prefix)
{
    QByteArray t = prefix;
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 36; ++i)
        t += alphabet[QRandomGenerator::global()->bounded(62)];
    return t;
}

template <typename T> T waitFor(std::optional<T> &value)
{
    if (!QTest::qWaitFor([&] { return value.has_value(); }, 15000))
        qFatal("no answer within 15 s");
    return *value;
}

struct GitHubUiFixture
{
    std::unique_ptr<FakeGitHub> fake;
    std::unique_ptr<QTemporaryDir> dir;
    redaction::Redactor redactor;

    static void initApp(const QString &name)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(name);
        for (const char *v :
             {"GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"})
            qunsetenv(v);
    }

    bool init()
    {
        QSettings().clear();
        fake = std::make_unique<FakeGitHub>(QStringLiteral("/api/v3"));
        if (!fake->listen())
            return false;
        fake->addRepo(GitHubUiRepo);
        dir = std::make_unique<QTemporaryDir>();
        return dir->isValid();
    }

    void cleanup()
    {
        fake.reset();
        dir.reset();
    }

    // An account over an in-memory secret store (no keychain needed).
    static std::unique_ptr<secrets::SecretStore> memoryStore()
    {
        return std::make_unique<secrets::SecretStore>(std::make_unique<secrets::MemoryBackend>());
    }
    std::unique_ptr<github::GitHubAccount> account(secrets::SecretStore *store,
                                                   const QString &dataDir = {})
    {
        auto a = std::make_unique<github::GitHubAccount>(
            store, &redactor,
            dataDir.isEmpty() ? dir->filePath(QStringLiteral("github")) : dataDir);
        github::GitHubClient::Config defaults;
        defaults.timeoutMs = 5000;
        defaults.writeSpacingMs = 0;
        a->setClientDefaults(defaults);
        return a;
    }
    // Shows the dialog and points it at the fake and its repository.
    bool fillWhere(GitHubConnectDialog &dialog)
    {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        dialog.hostEdit()->setText(fake->apiBase().toString());
        dialog.repoEdit()->setText(GitHubUiRepo);
        return true;
    }
    std::unique_ptr<github::GitHubSession> session(const QByteArray &token)
    {
        github::GitHubSession::Options o;
        o.api.apiBase = fake->apiBase();
        o.api.token = token;
        o.api.timeoutMs = 5000;
        o.api.writeSpacingMs = 0;
        o.repo = GitHubUiRepo;
        o.dataDir = dir->filePath(QStringLiteral("github"));
        auto opened = github::GitHubSession::open(o, &redactor);
        return opened ? std::move(*opened) : nullptr;
    }
};

} // namespace gardener::test
