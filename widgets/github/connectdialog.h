#pragma once

#include "core/github/account.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace gardener {

namespace github {
class DeviceFlow;
class GitHubClient;
} // namespace github

// "Connect to GitHub": the host (github.com or a GitHub Enterprise Server), the repository and
// a token, from the OAuth device flow or pasted (personal access token). The token is checked
// against the repository (read, write issues, set labels) before it is kept; it is kept only
// through the account (keychain, or this session when no keychain is reachable).
//
// Non-blocking: open() it; every network step runs from the event loop and can be cancelled.
class GitHubConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GitHubConnectDialog(github::GitHubAccount *account, QWidget *parent = nullptr);
    ~GitHubConnectDialog() override;

    // Tests shrink the device flow's waits.
    void setDeviceFlowIntervalScale(double scale) { m_intervalScale = scale; }

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *repoEdit() const { return m_repo; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *tokenEdit() const { return m_token; }
    QTabWidget *methodTabs() const { return m_tabs; }
    QPushButton *startDeviceButton() const { return m_startDevice; }
    QPushButton *checkTokenButton() const { return m_checkToken; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *signOutButton() const { return m_signOut; }
    QString userCode() const;
    QString accessText() const;
    QString statusText() const;
    // The last access check (valid after a successful check).
    std::optional<github::RepoAccess> access() const { return m_access; }
    bool deviceFlowRunning() const { return m_flow != nullptr; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // After the account kept the token and opened a session.
    void connected();

private:
    std::optional<github::GitHubProfile> profileFromFields(QString *problem) const;
    // The parts of the dialog, built in the constructor in this order.
    QLayout *buildWhereForm(const github::GitHubProfile &profile);
    QWidget *buildDeviceTab(const github::GitHubProfile &profile);
    QWidget *buildTokenTab();
    QWidget *buildAccessBox();
    void buildButtons(bool signedIn);
    void connectControls();
    void startDeviceFlow();
    void stopDeviceFlow();
    void checkPastedToken();
    void checkToken(const QByteArray &token);
    void showAccess(const Result<github::RepoAccess> &access);
    void connectAccount();
    void signOut();
    void setStatus(const QString &text, bool problem = false);
    void fieldsChanged();

    github::GitHubAccount *m_account;
    double m_intervalScale = 1.0;
    QByteArray m_candidateToken; // checked or being checked; handed to the account on Connect
    std::optional<github::RepoAccess> m_access;
    github::GitHubProfile m_checkedProfile;
    std::unique_ptr<github::DeviceFlow> m_flow;
    std::unique_ptr<github::GitHubClient> m_checker;
    bool m_done = false;

    QLineEdit *m_host;
    QLineEdit *m_repo;
    QTabWidget *m_tabs;
    QLineEdit *m_clientId;
    QPushButton *m_startDevice;
    QLabel *m_code;
    QPushButton *m_copyCode;
    QPushButton *m_openPage;
    QLabel *m_deviceStatus;
    QTimer *m_deviceTicker;
    QLineEdit *m_token;
    QPushButton *m_checkToken;
    QLabel *m_accessLabel;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    QPushButton *m_signOut;
    QUrl m_verificationUrl;
};

} // namespace gardener
