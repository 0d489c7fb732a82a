#pragma once

#include "core/gcp/browsersignin.h"
#include "core/gcp/profile.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace gardener {
namespace gcp {

class GoogleCloudAccount;

// "Connect Google Cloud": names a profile (project + account) and signs in one of three ways:
//   - Google account in the browser (the user's own Desktop OAuth client; BrowserSignIn with
//     PKCE and a loopback listener), saved to the keychain under the profile;
//   - gcloud's Application Default Credentials, read in place (never copied);
//   - a service-account key file, read in place (only its path is kept).
// Saving checks the credentials by asking the token endpoint for an access token. All network
// work is asynchronous; the dialog never blocks. The account does the work and keeps the result.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Way
    {
        Browser,
        Adc,
        ServiceAccount
    };

    explicit ConnectDialog(GoogleCloudAccount *account, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills the form from an existing profile (to sign in again or change it).
    void setProfile(const Profile &profile);
    // Opens the authorization URL; QDesktopServices::openUrl by default.
    void setUrlOpener(std::function<bool(const QUrl &)> open) { m_openUrl = std::move(open); }

    void setWay(Way way);
    Way way() const;
    // The saved profile once the dialog was accepted.
    const Profile &profile() const { return m_saved; }
    QString statusText() const;
    QString messageText() const;
    const BrowserSignIn &browserSignIn() const { return *m_signIn; }

public Q_SLOTS:
    void startBrowserSignIn();
    void cancelBrowserSignIn();
    void checkAdc();
    void checkKeyFile();
    void save();

private:
    QWidget *makeBrowserTab();
    QWidget *makeAdcTab();
    QWidget *makeKeyTab();
    void onSignInFinished();
    void showMessage(const QString &text, bool problem);
    void setBusy(bool busy);
    std::optional<Profile> profileFromForm();
    void verifyAndSave(const Profile &profile, const Credentials &credentials);
    bool finishSave(const Profile &profile);

    GoogleCloudAccount *m_cloud;
    std::function<bool(const QUrl &)> m_openUrl;
    std::unique_ptr<BrowserSignIn> m_signIn;
    std::optional<SignInResult> m_browserResult;
    QUrl m_tokenUri; // the account's, or the one of the profile signed in again
    Profile m_saved;
    bool m_savedSessionOnly = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_project = nullptr;
    QLineEdit *m_account = nullptr;
    QTabWidget *m_ways = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelSignIn = nullptr;
    QLabel *m_browserStatus = nullptr;
    QLineEdit *m_adcPath = nullptr;
    QLabel *m_adcStatus = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace gcp
} // namespace gardener
