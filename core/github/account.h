#pragma once

// The app's GitHub sign-in: which host and repository (a profile in QSettings, no secret), the
// token (only through GitHubTokenStore: environment or keychain) and the GitHubSession built
// from both. The window's pages borrow the session; sessionChanged() tells them when it is
// replaced (connect, sign out).
//
// Contract: one thread (the main thread); callbacks once, from the event loop or directly from
// a synchronous secret backend. The secret store and the redactor outlive the account.

#include "core/github/client.h"
#include "core/github/session.h"
#include "core/secrets/secretstore.h"
#include "core/util/error.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QSettings;

namespace gardener::github {

struct GitHubProfile
{
    QUrl apiBase = QUrl(QStringLiteral("https://api.github.com"));
    QString repo;     // "owner/name"
    QString clientId; // OAuth App client id for the device flow (public, not a secret)

    bool isComplete() const;
    bool isEnterprise() const;
    // https://github.com for api.github.com, https://HOST for https://HOST/api/v3.
    QUrl webBase() const;
    // "github.com" or the GHES host, for people.
    QString hostLabel() const;

    static GitHubProfile load(const QSettings &settings);
    void save(QSettings &settings) const;

    // What people type for the host: empty, "github.com" or "api.github.com" -> github.com;
    // "ghe.example.com" or "https://ghe.example.com[/api/v3]" -> https://ghe.example.com/api/v3.
    // Plain http is accepted for loopback addresses only (local test servers).
    static Result<QUrl> apiBaseFromText(const QString &text);
};

class GitHubAccount : public QObject
{
    Q_OBJECT
public:
    // dataDir: where the session keeps its journal and drafts ("<AppDataLocation>/github").
    GitHubAccount(secrets::SecretStore *secrets, const redaction::Redactor *redactor,
                  QString dataDir, QObject *parent = nullptr);
    ~GitHubAccount() override;

    const GitHubProfile &profile() const { return m_profile; }
    GitHubSession *session() const { return m_session.get(); }
    QString dataDir() const { return m_dataDir; }
    // Where the session's token came from: "GH_TOKEN", "keychain", "session" (kept in memory
    // because no keychain was reachable), or empty without a session.
    QString tokenSource() const { return m_tokenSource; }
    secrets::SecretStore *secretStore() const { return m_secrets; }

    // Client settings for sessions and token checks (tests shrink the write spacing).
    GitHubClient::Config clientConfig(const QUrl &apiBase, const QByteArray &token) const;
    void setClientDefaults(const GitHubClient::Config &config) { m_clientDefaults = config; }

    // Reads the saved profile and its token; opens a session when both exist. true: connected.
    void restore(std::function<void(Result<bool>)> done);
    // Keeps the token (keychain, or this session only when none is reachable), saves the
    // profile and replaces the session.
    void connectWith(const GitHubProfile &profile, const QByteArray &token,
                     std::function<void(Result<secrets::Stored>)> done);
    // Forgets the profile's token in the keychain and drops the session. The profile's host and
    // repository stay, so signing in again is quick.
    void signOut(std::function<void(Result<void>)> done);

Q_SIGNALS:
    void sessionChanged(gardener::github::GitHubSession *session);

private:
    Result<void> openSession(const QByteArray &token, const QString &source);
    void dropSession();

    secrets::SecretStore *m_secrets;
    const redaction::Redactor *m_redactor;
    QString m_dataDir;
    GitHubProfile m_profile;
    GitHubClient::Config m_clientDefaults;
    std::unique_ptr<GitHubSession> m_session;
    QString m_tokenSource;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace gardener::github
