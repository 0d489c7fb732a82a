#include "widgets/github/connectdialog.h"

#include "core/github/client.h"
#include "core/github/deviceflow.h"
#include "core/github/session.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gardener {

namespace {

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

GitHubConnectDialog::GitHubConnectDialog(github::GitHubAccount *account, QWidget *parent)
    : QDialog(parent), m_account(account)
{
    setWindowTitle(tr("Connect to GitHub"));
    setObjectName(QStringLiteral("gitHubConnectDialog"));
    const github::GitHubProfile &profile = account->profile();

    // Created in the order the focus moves through them.
    QLayout *where = buildWhereForm(profile);
    QWidget *device = buildDeviceTab(profile);
    QWidget *pat = buildTokenTab();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("signInMethods"));
    m_tabs->tabBar()->setUsesScrollButtons(false); // both ways in sight in every language
    m_tabs->addTab(device, tr("Sign in with the &browser"));
    m_tabs->addTab(pat, tr("&Personal access token"));

    QWidget *accessBox = buildAccessBox();
    m_status = wrappingLabel(this, QStringLiteral("connectStatusLabel"));
    buildButtons(account->session() != nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(where);
    layout->addWidget(m_tabs);
    layout->addWidget(accessBox);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setTabOrder(m_host, m_repo);
    setTabOrder(m_repo, m_tabs);

    if (account->session())
        setStatus(tr("Connected to %1 on %2 (token from %3).")
                      .arg(profile.repo, profile.hostLabel(), account->tokenSource()));
    connectControls();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

// The host and repository fields.
QLayout *GitHubConnectDialog::buildWhereForm(const github::GitHubProfile &profile)
{
    m_host = new QLineEdit(
        profile.isEnterprise() ? profile.apiBase.toString() : QStringLiteral("github.com"), this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("github.com or https://github.example.com/api/v3"));
    m_host->setToolTip(
        tr("github.com, or the API address of a GitHub Enterprise Server (https://HOST/api/v3)."));
    m_host->setAccessibleName(tr("GitHub host"));
    m_repo = new QLineEdit(profile.repo, this);
    m_repo->setObjectName(QStringLiteral("repoEdit"));
    m_repo->setPlaceholderText(tr("owner/name"));
    m_repo->setToolTip(tr("The repository where issues for your clusters are found and filed."));
    m_repo->setAccessibleName(tr("Repository"));
    auto *where = new QFormLayout;
    where->addRow(tr("&Host:"), m_host);
    where->addRow(tr("&Repository:"), m_repo);
    return where;
}

// Device flow: a one-time code entered on GitHub's page.
QWidget *GitHubConnectDialog::buildDeviceTab(const github::GitHubProfile &profile)
{
    auto *device = new QWidget(this);
    m_clientId = new QLineEdit(profile.clientId, device);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("e.g. Iv1.0123456789abcdef"));
    m_clientId->setToolTip(
        tr("The client ID of an OAuth App with device flow enabled (GitHub settings, "
           "Developer settings, OAuth Apps). It is not a secret."));
    m_clientId->setAccessibleName(tr("OAuth App client ID"));
    m_startDevice = new QPushButton(tr("&Sign In in the Browser"), device);
    m_startDevice->setObjectName(QStringLiteral("startDeviceButton"));
    m_startDevice->setToolTip(
        tr("Asks GitHub for a one-time code that you enter on its web page."));
    m_code = new QLabel(device);
    m_code->setObjectName(QStringLiteral("userCodeLabel"));
    m_code->setAccessibleName(tr("Code to enter on GitHub"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setAlignment(Qt::AlignCenter);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_code->setFont(big);
    m_copyCode = new QPushButton(tr("&Copy Code"), device);
    m_copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyCode->setToolTip(tr("Copies the code to the clipboard."));
    m_openPage = new QPushButton(tr("Open &GitHub"), device);
    m_openPage->setObjectName(QStringLiteral("openPageButton"));
    m_copyCode->setEnabled(false);
    m_openPage->setEnabled(false);
    m_deviceStatus = wrappingLabel(device, QStringLiteral("deviceStatusLabel"));
    m_deviceStatus->setText(
        tr("GitHub shows a page where you enter a code and approve access for Log Gardener."));
    m_deviceTicker = new QTimer(this);
    m_deviceTicker->setInterval(1000);
    auto *deviceForm = new QFormLayout;
    deviceForm->addRow(tr("OAuth App client &ID:"), m_clientId);
    auto *codeButtons = new QHBoxLayout;
    codeButtons->addWidget(m_copyCode);
    codeButtons->addWidget(m_openPage);
    codeButtons->addStretch(1);
    auto *deviceLayout = new QVBoxLayout(device);
    deviceLayout->addLayout(deviceForm);
    deviceLayout->addWidget(m_startDevice, 0, Qt::AlignLeft);
    deviceLayout->addWidget(m_code);
    deviceLayout->addLayout(codeButtons);
    deviceLayout->addWidget(m_deviceStatus);
    deviceLayout->addStretch(1);
    return device;
}

QWidget *GitHubConnectDialog::buildTokenTab()
{
    auto *pat = new QWidget(this);
    m_token = new QLineEdit(pat);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("ghp_… or github_pat_…"));
    m_token->setAccessibleName(tr("Personal access token"));
    m_checkToken = new QPushButton(tr("Chec&k Token"), pat);
    m_checkToken->setObjectName(QStringLiteral("checkTokenButton"));
    auto *patHint = wrappingLabel(pat, QStringLiteral("tokenHint"));
    patHint->setText(
        tr("A classic token with the repo scope, or a fine-grained token for this repository "
           "with Issues: read and write. Setting labels also needs push access."));
    auto *patForm = new QFormLayout;
    patForm->addRow(tr("&Token:"), m_token);
    auto *patLayout = new QVBoxLayout(pat);
    patLayout->addLayout(patForm);
    patLayout->addWidget(patHint);
    patLayout->addWidget(m_checkToken, 0, Qt::AlignLeft);
    patLayout->addStretch(1);
    return pat;
}

QWidget *GitHubConnectDialog::buildAccessBox()
{
    auto *accessBox = new QGroupBox(tr("What the token may do"), this);
    m_accessLabel = wrappingLabel(accessBox, QStringLiteral("accessLabel"));
    m_accessLabel->setText(tr("Not checked yet."));
    auto *accessLayout = new QVBoxLayout(accessBox);
    accessLayout->addWidget(m_accessLabel);
    return accessBox;
}

void GitHubConnectDialog::buildButtons(bool signedIn)
{
    m_buttons = new QDialogButtonBox(this);
    m_connect = m_buttons->addButton(tr("Co&nnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setEnabled(false);
    m_signOut = new QPushButton(tr("Sign &Out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setToolTip(tr("Removes the saved token from the keychain."));
    // The button box shows every button it holds, so it only gets this one when it applies.
    if (signedIn)
        m_buttons->addButton(m_signOut, QDialogButtonBox::DestructiveRole);
    else
        m_signOut->hide();
    m_buttons->addButton(QDialogButtonBox::Cancel);
}

void GitHubConnectDialog::connectControls()
{
    connect(m_startDevice, &QPushButton::clicked, this, &GitHubConnectDialog::startDeviceFlow);
    connect(m_checkToken, &QPushButton::clicked, this, &GitHubConnectDialog::checkPastedToken);
    connect(m_token, &QLineEdit::returnPressed, this, &GitHubConnectDialog::checkPastedToken);
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_code->text());
        m_deviceStatus->setText(tr("Code copied. Paste it on the GitHub page."));
    });
    connect(m_openPage, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_verificationUrl); });
    connect(m_deviceTicker, &QTimer::timeout, this, [this] {
        if (m_flow)
            m_deviceStatus->setText(tr("Waiting for you to approve on GitHub; checking every %1 s.")
                                        .arg(m_flow->currentIntervalSeconds()));
    });
    for (QLineEdit *edit : {m_host, m_repo, m_token})
        connect(edit, &QLineEdit::textEdited, this, &GitHubConnectDialog::fieldsChanged);
    connect(m_connect, &QPushButton::clicked, this, &GitHubConnectDialog::connectAccount);
    connect(m_signOut, &QPushButton::clicked, this, &GitHubConnectDialog::signOut);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GitHubConnectDialog::reject);
}

GitHubConnectDialog::~GitHubConnectDialog() = default;

QString GitHubConnectDialog::userCode() const
{
    return m_code->text();
}
QString GitHubConnectDialog::accessText() const
{
    return m_accessLabel->text();
}
QString GitHubConnectDialog::statusText() const
{
    return m_status->text();
}

void GitHubConnectDialog::reject()
{
    stopDeviceFlow();
    m_checker.reset();
    QDialog::reject();
}

std::optional<github::GitHubProfile> GitHubConnectDialog::profileFromFields(QString *problem) const
{
    auto api = github::GitHubProfile::apiBaseFromText(m_host->text());
    if (!api) {
        *problem = tr("Host: %1").arg(api.error().what);
        return std::nullopt;
    }
    github::GitHubProfile p;
    p.apiBase = *api;
    p.repo = m_repo->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    if (!github::RepoRef::parse(p.repo).isValid()) {
        *problem = tr("Repository: enter it as owner/name, for example octo-org/backend.");
        return std::nullopt;
    }
    return p;
}

void GitHubConnectDialog::fieldsChanged()
{
    // A check is only valid for the host, repository and token it was made with.
    if (m_access) {
        m_access.reset();
        m_accessLabel->setText(tr("The host, repository or token changed: check the token again."));
        m_connect->setEnabled(false);
    }
}

void GitHubConnectDialog::startDeviceFlow()
{
    QString problem;
    const auto profile = profileFromFields(&problem);
    if (!profile) {
        setStatus(problem, true);
        return;
    }
    if (profile->clientId.isEmpty()) {
        setStatus(
            tr("Enter the client ID of your OAuth App first (or use a personal access token)."),
            true);
        m_clientId->setFocus();
        return;
    }
    stopDeviceFlow();
    github::DeviceFlow::Config config;
    config.webBase = profile->webBase();
    config.clientId = profile->clientId;
    config.intervalScale = m_intervalScale;
    m_flow = std::make_unique<github::DeviceFlow>(config);
    m_code->clear();
    m_startDevice->setEnabled(false);
    setStatus(QString());
    m_deviceStatus->setText(tr("Asking %1 for a code…").arg(profile->webBase().host()));
    m_flow->start(
        [this](Result<github::DeviceCode> code) {
            if (!code) {
                m_deviceStatus->setText(
                    tr("GitHub did not give a code: %1").arg(code.error().what));
                stopDeviceFlow();
                return;
            }
            m_code->setText(code->userCode);
            m_verificationUrl = code->verificationUri;
            m_copyCode->setEnabled(true);
            m_openPage->setEnabled(true);
            m_openPage->setToolTip(code->verificationUri.toString());
            m_openPage->setFocus();
            m_deviceStatus->setText(
                tr("Open %1, enter the code above and approve. The code is valid for %2 minutes.")
                    .arg(code->verificationUri.toString())
                    .arg(qMax(1, code->expiresInSeconds / 60)));
            m_deviceTicker->start();
        },
        [this](Result<QByteArray> token) {
            // The flow object may not be destroyed from inside its own callback.
            QTimer::singleShot(0, this, [this] { stopDeviceFlow(); });
            if (!token) {
                m_deviceStatus->setText(tr("Sign-in did not complete: %1").arg(token.error().what));
                return;
            }
            m_deviceStatus->setText(tr("Signed in. Checking what the token may do…"));
            checkToken(*token);
        });
}

void GitHubConnectDialog::stopDeviceFlow()
{
    m_deviceTicker->stop();
    if (m_flow) {
        m_flow->cancel();
        m_flow.reset();
    }
    m_startDevice->setEnabled(true);
}

void GitHubConnectDialog::checkPastedToken()
{
    const QByteArray token = m_token->text().trimmed().toUtf8();
    if (token.isEmpty()) {
        setStatus(tr("Paste a personal access token first."), true);
        m_token->setFocus();
        return;
    }
    checkToken(token);
}

void GitHubConnectDialog::checkToken(const QByteArray &token)
{
    QString problem;
    const auto profile = profileFromFields(&problem);
    if (!profile) {
        setStatus(problem, true);
        return;
    }
    m_candidateToken = token;
    m_checkedProfile = *profile;
    m_access.reset();
    m_connect->setEnabled(false);
    m_checkToken->setEnabled(false);
    m_accessLabel->setText(tr("Checking %1 on %2…").arg(profile->repo, profile->hostLabel()));
    m_checker =
        std::make_unique<github::GitHubClient>(m_account->clientConfig(profile->apiBase, token));
    const github::GitHubClient *checker = m_checker.get();
    github::checkRepoAccess(m_checker.get(), profile->repo,
                            [this, checker](Result<github::RepoAccess> access) {
                                m_checkToken->setEnabled(true);
                                showAccess(access);
                                // Not from inside the client's own callback; and only the client of
                                // this check.
                                QTimer::singleShot(0, this, [this, checker] {
                                    if (m_checker.get() == checker)
                                        m_checker.reset();
                                });
                            });
}

void GitHubConnectDialog::showAccess(const Result<github::RepoAccess> &access)
{
    const QString repo = m_checkedProfile.repo;
    if (!access) {
        m_accessLabel->setText(
            tr("This token cannot be used with %1: %2").arg(repo, access.error().what));
        m_connect->setEnabled(false);
        return;
    }
    m_access = *access;
    QStringList lines;
    lines << (access->pull ? tr("✔ Can read %1.").arg(repo) : tr("✘ Cannot read %1.").arg(repo));
    if (access->canCreateIssues())
        lines << tr("✔ Can write issues and comments.");
    else if (access->archived)
        lines << tr("✘ Cannot write issues: the repository is archived.");
    else if (!access->hasIssues)
        lines << tr("✘ Cannot write issues: issues are turned off for this repository.");
    else
        lines << tr("✘ Cannot write issues.");
    lines << (access->canSetLabels()
                  ? tr("✔ Can set labels.")
                  : tr("⚠ Labels will be dropped: no push access. Issues are filed without labels; "
                       "the app still finds them by their hidden marker."));
    m_accessLabel->setText(lines.join(QLatin1Char('\n')));
    m_connect->setEnabled(access->pull);
    if (access->pull)
        m_connect->setFocus();
}

void GitHubConnectDialog::connectAccount()
{
    if (m_done) {
        accept();
        return;
    }
    if (!m_access || m_candidateToken.isEmpty())
        return;
    m_connect->setEnabled(false);
    github::GitHubProfile profile = m_checkedProfile;
    profile.clientId = m_clientId->text().trimmed();
    setStatus(tr("Saving the token…"));
    m_account->connectWith(profile, m_candidateToken, [this](Result<secrets::Stored> stored) {
        if (!stored) {
            setStatus(tr("Could not connect: %1").arg(stored.error().what), true);
            m_connect->setEnabled(true);
            return;
        }
        m_candidateToken.clear();
        m_token->clear();
        Q_EMIT connected();
        if (*stored == secrets::Stored::InMemoryThisSession) {
            // Said here, where the user is looking, before the dialog goes away.
            setStatus(
                tr("Connected. No keychain is available, so the token is kept for this session "
                   "only and you will need to sign in again next time. %1")
                    .arg(m_account->secretStore()->message()),
                true);
            m_done = true;
            m_connect->setText(tr("&Done"));
            m_connect->setEnabled(true);
            m_buttons->button(QDialogButtonBox::Cancel)->hide();
            return;
        }
        accept();
    });
}

void GitHubConnectDialog::signOut()
{
    m_signOut->setEnabled(false);
    m_account->signOut([this](Result<void> r) {
        if (!r) {
            m_signOut->setEnabled(true);
            setStatus(tr("Signed out, but the token could not be removed from the keychain: %1")
                          .arg(r.error().what),
                      true);
            return;
        }
        m_signOut->setEnabled(false);
        setStatus(tr("Signed out: the token was removed from the keychain."));
    });
}

void GitHubConnectDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_status->setPalette(p);
}

} // namespace gardener
