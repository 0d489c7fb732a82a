#include "widgets/gcp/connectdialog.h"

#include "core/gcp/googlecloudaccount.h"
#include "core/gcp/tokenrequest.h"
#include "core/secrets/secretstore.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gardener::gcp {

namespace {
QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(false);
    label->setMinimumHeight(label->fontMetrics().height() * 3);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}
} // namespace

ConnectDialog::ConnectDialog(GoogleCloudAccount *account, QWidget *parent)
    : QDialog(parent), m_cloud(account),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_signIn(account->newBrowserSignIn()), m_tokenUri(account->tokenUri())
{
    setObjectName(QStringLiteral("gcpConnectDialog"));
    setWindowTitle(tr("Connect Google Cloud"));
    connect(m_signIn.get(), &BrowserSignIn::finished, this, &ConnectDialog::onSignInFinished);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A profile is a Google Cloud project and a way to sign in, for "
                                "example \"staging\" and \"production\". Log Gardener only reads "
                                "logs (scope logging.read)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("staging"));
    m_name->setAccessibleName(tr("Profile name"));
    m_project = new QLineEdit(this);
    m_project->setObjectName(QStringLiteral("projectId"));
    m_project->setPlaceholderText(tr("my-project-id"));
    m_project->setAccessibleName(tr("Google Cloud project ID"));
    m_project->setToolTip(tr("The ID of the project whose logs are read (not its display name)."));
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("&Project ID:"), m_project);
    layout->addLayout(form);

    m_ways = new QTabWidget(this);
    m_ways->setObjectName(QStringLiteral("signInWays"));
    m_ways->setAccessibleName(tr("Way to sign in"));
    // All three ways stay in sight: the dialog grows for longer tab texts (German, Japanese).
    m_ways->tabBar()->setUsesScrollButtons(false);
    m_ways->addTab(makeBrowserTab(), tr("Google &account"));
    m_ways->addTab(makeAdcTab(), tr("&gcloud credentials"));
    m_ways->addTab(makeKeyTab(), tr("Service-account &key"));
    layout->addWidget(m_ways, 1);

    auto *accountForm = new QFormLayout;
    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setPlaceholderText(tr("you@example.com"));
    m_account->setAccessibleName(tr("Account label"));
    m_account->setToolTip(tr("A label for people, shown with the profile; not a secret."));
    accountForm->addRow(tr("Acc&ount label:"), m_account);
    layout->addLayout(accountForm);

    m_message = statusLabel(this);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setMinimumHeight(0);
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = m_buttons->addButton(tr("&Save Profile"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ConnectDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, this, &ConnectDialog::cancelBrowserSignIn);
    layout->addWidget(m_buttons);

    setTabOrder(m_name, m_project);
    setTabOrder(m_project, m_ways);
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 80, 0)));
}

ConnectDialog::~ConnectDialog() = default;

QWidget *ConnectDialog::makeBrowserTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *help = new QLabel(tr("Sign in with your Google account in your usual browser. You need "
                               "an OAuth client of type \"Desktop app\" from your own project "
                               "(see the Google Cloud guide in the documentation)."),
                            page);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *form = new QFormLayout;
    m_clientId = new QLineEdit(page);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("123-abc.apps.googleusercontent.com"));
    m_clientId->setAccessibleName(tr("OAuth client ID"));
    m_clientSecret = new QLineEdit(page);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setAccessibleName(tr("OAuth client secret"));
    m_clientSecret->setToolTip(tr("Kept in the system keychain, never in a file."));
    form->addRow(tr("Client I&D:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_clientSecret);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    m_signInButton = new QPushButton(tr("Sign &in with Google…"), page);
    m_signInButton->setObjectName(QStringLiteral("browserSignInButton"));
    m_signInButton->setToolTip(tr("Opens the Google sign-in page in your browser."));
    m_cancelSignIn = new QPushButton(tr("Stop &Waiting"), page);
    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelSignIn->setToolTip(tr("Stops waiting for the browser."));
    m_cancelSignIn->hide();
    row->addWidget(m_signInButton);
    row->addWidget(m_cancelSignIn);
    row->addStretch(1);
    layout->addLayout(row);
    m_browserStatus = statusLabel(page);
    m_browserStatus->setObjectName(QStringLiteral("browserStatus"));
    layout->addWidget(m_browserStatus, 1);
    connect(m_signInButton, &QPushButton::clicked, this, &ConnectDialog::startBrowserSignIn);
    connect(m_cancelSignIn, &QPushButton::clicked, this, &ConnectDialog::cancelBrowserSignIn);
    return page;
}

QWidget *ConnectDialog::makeAdcTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *help = new QLabel(tr("Use the credentials of \"gcloud auth application-default login\". "
                               "The file is read where it is each time; its refresh token is not "
                               "copied anywhere."),
                            page);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *row = new QHBoxLayout;
    m_adcPath = new QLineEdit(QDir::toNativeSeparators(defaultAdcPath()), page);
    m_adcPath->setObjectName(QStringLiteral("adcPath"));
    m_adcPath->setAccessibleName(tr("Application Default Credentials file"));
    auto *check = new QPushButton(tr("C&heck"), page);
    check->setObjectName(QStringLiteral("adcCheckButton"));
    check->setToolTip(tr("Reads the file and shows what it holds (no secret is shown)."));
    row->addWidget(m_adcPath, 1);
    row->addWidget(check);
    layout->addLayout(row);
    m_adcStatus = statusLabel(page);
    m_adcStatus->setObjectName(QStringLiteral("adcStatus"));
    layout->addWidget(m_adcStatus, 1);
    connect(check, &QPushButton::clicked, this, &ConnectDialog::checkAdc);
    connect(m_adcPath, &QLineEdit::editingFinished, this, &ConnectDialog::checkAdc);
    return page;
}

QWidget *ConnectDialog::makeKeyTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *help = new QLabel(tr("A JSON key of a service account with the Logs Viewer role. Only "
                               "its path is kept; protect the file like any key."),
                            page);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *row = new QHBoxLayout;
    m_keyPath = new QLineEdit(page);
    m_keyPath->setObjectName(QStringLiteral("keyPath"));
    m_keyPath->setAccessibleName(tr("Service-account key file"));
    auto *browse = new QPushButton(tr("C&hoose File…"), page);
    browse->setObjectName(QStringLiteral("keyBrowseButton"));
    row->addWidget(m_keyPath, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_keyStatus = statusLabel(page);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    layout->addWidget(m_keyStatus, 1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a Service-Account Key"), QFileInfo(m_keyPath->text()).absolutePath(),
            tr("JSON key files (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            m_keyPath->setText(QDir::toNativeSeparators(path));
            checkKeyFile();
        }
    });
    connect(m_keyPath, &QLineEdit::editingFinished, this, &ConnectDialog::checkKeyFile);
    return page;
}

void ConnectDialog::setProfile(const Profile &profile)
{
    m_name->setText(profile.name);
    m_project->setText(profile.projectId);
    m_account->setText(profile.account);
    m_clientId->setText(profile.clientId);
    if (!profile.tokenUri.isEmpty())
        m_tokenUri = profile.tokenUri;
    switch (profile.auth) {
    case Profile::Auth::Browser:
        setWay(Browser);
        break;
    case Profile::Auth::Adc:
        if (!profile.credentialsPath.isEmpty())
            m_adcPath->setText(QDir::toNativeSeparators(profile.credentialsPath));
        setWay(Adc);
        break;
    case Profile::Auth::ServiceAccount:
        m_keyPath->setText(QDir::toNativeSeparators(profile.credentialsPath));
        setWay(ServiceAccount);
        break;
    }
}

void ConnectDialog::setWay(Way way)
{
    m_ways->setCurrentIndex(int(way));
}

ConnectDialog::Way ConnectDialog::way() const
{
    return Way(m_ways->currentIndex());
}

QString ConnectDialog::statusText() const
{
    switch (way()) {
    case Browser:
        return m_browserStatus->text();
    case Adc:
        return m_adcStatus->text();
    case ServiceAccount:
        break;
    }
    return m_keyStatus->text();
}

QString ConnectDialog::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ConnectDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
    // Grow rather than squeeze the sign-in page when a long message appears.
    if (isVisible() && !text.isEmpty())
        resize(width(), qMax(height(), sizeHint().height()));
}

void ConnectDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_ways->tabBar()->setEnabled(!busy);
}

void ConnectDialog::startBrowserSignIn()
{
    showMessage({}, false);
    m_browserResult.reset();
    SignInConfig config;
    config.clientId = m_clientId->text().trimmed();
    config.clientSecret = m_clientSecret->text().trimmed().toUtf8();
    config.authorizationUri = m_cloud->authorizationUri();
    config.tokenUri = m_tokenUri;
    auto url = m_signIn->start(config);
    if (!url) {
        m_browserStatus->setText(url.error().toString());
        return;
    }
    m_signInButton->setEnabled(false);
    m_cancelSignIn->show();
    setBusy(true);
    if (m_openUrl(*url)) {
        m_browserStatus->setText(tr("Waiting for the browser… Finish signing in there; this "
                                    "dialog continues by itself."));
    } else {
        m_browserStatus->setText(tr("The browser could not be opened. Open this address in a "
                                    "browser on this computer:\n%1")
                                     .arg(url->toString()));
    }
}

void ConnectDialog::cancelBrowserSignIn()
{
    if (m_signIn->isRunning())
        m_signIn->cancel(); // finished() follows with "Sign-in cancelled."
}

void ConnectDialog::onSignInFinished()
{
    m_signInButton->setEnabled(true);
    m_cancelSignIn->hide();
    setBusy(false);
    const auto &result = m_signIn->result();
    if (!result) {
        m_browserStatus->setText(tr("Not signed in: %1").arg(result.error().toString()));
        return;
    }
    m_browserResult = *result;
    if (m_account->text().isEmpty())
        m_account->setText(tr("Google account"));
    m_browserStatus->setText(tr("Signed in. Google granted read access to Cloud Logging for the "
                                "client %1. Save the profile to keep the sign-in in the system "
                                "keychain.")
                                 .arg(result->credentials.clientId));
}

void ConnectDialog::checkAdc()
{
    const QString path = QDir::fromNativeSeparators(m_adcPath->text().trimmed());
    if (!QFileInfo::exists(path)) {
        m_adcStatus->setText(tr("No Application Default Credentials at %1. Run \"gcloud auth "
                                "application-default login\" first, or choose another way.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const auto credentials = loadCredentialsFile(path);
    if (!credentials) {
        m_adcStatus->setText(credentials.error().toString());
        return;
    }
    const bool user = credentials->kind == Credentials::Kind::AuthorizedUser;
    const QString project = user ? credentials->quotaProjectId : credentials->projectId;
    m_adcStatus->setText((user ? tr("Found the gcloud sign-in of a Google account (client %1).")
                                     .arg(credentials->clientId)
                               : tr("Found a service account: %1.").arg(credentials->clientEmail)) +
                         QLatin1Char('\n') +
                         (project.isEmpty() ? tr("The file names no project.")
                                            : tr("Project in the file: %1.").arg(project)));
    if (m_project->text().isEmpty())
        m_project->setText(project);
    if (m_account->text().isEmpty())
        m_account->setText(user ? tr("Application Default Credentials") : credentials->clientEmail);
}

void ConnectDialog::checkKeyFile()
{
    const QString path = QDir::fromNativeSeparators(m_keyPath->text().trimmed());
    if (path.isEmpty()) {
        m_keyStatus->setText(tr("Choose the JSON key file of a service account."));
        return;
    }
    const auto credentials = loadCredentialsFile(path);
    if (!credentials) {
        m_keyStatus->setText(credentials.error().toString());
        return;
    }
    if (credentials->kind != Credentials::Kind::ServiceAccount) {
        m_keyStatus->setText(tr("%1 is not a service-account key; use the gcloud credentials tab "
                                "for it.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_keyStatus->setText(tr("Service account: %1\nProject: %2")
                             .arg(credentials->clientEmail, credentials->projectId));
    if (m_project->text().isEmpty())
        m_project->setText(credentials->projectId);
    m_account->setText(credentials->clientEmail);
}

std::optional<Profile> ConnectDialog::profileFromForm()
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.projectId = m_project->text().trimmed();
    p.account = m_account->text().trimmed();
    if (p.name.isEmpty() || p.name.contains(QLatin1Char('/')) ||
        p.name.contains(QLatin1Char('\\'))) {
        showMessage(tr("Give the profile a name without slashes, such as \"staging\"."), true);
        m_name->setFocus();
        return std::nullopt;
    }
    if (p.projectId.isEmpty()) {
        showMessage(tr("Enter the ID of the Google Cloud project whose logs you want to read."),
                    true);
        m_project->setFocus();
        return std::nullopt;
    }
    // Keep the default query of a profile that is signed in again.
    if (const auto existing = m_cloud->profile(p.name))
        p.query = existing->query;
    return p;
}

void ConnectDialog::save()
{
    if (m_savedSessionOnly) { // the keychain problem was shown; the user read it
        accept();
        return;
    }
    auto profile = profileFromForm();
    if (!profile)
        return;
    showMessage({}, false);
    if (way() == Browser) {
        if (!m_browserResult) {
            showMessage(tr("Sign in with Google first (the button above), then save."), true);
            return;
        }
        profile->auth = Profile::Auth::Browser;
        profile->clientId = m_browserResult->credentials.clientId;
        if (m_tokenUri != defaultTokenUri())
            profile->tokenUri = m_tokenUri;
        const Credentials &c = m_browserResult->credentials;
        setBusy(true);
        QPointer<ConnectDialog> self(this);
        const Profile saved = *profile;
        m_cloud->keepBrowserSignIn(
            saved.name, c, this, [self, saved](Result<secrets::Stored> stored) {
                ConnectDialog *me = self.data();
                me->setBusy(false);
                if (!stored) {
                    me->showMessage(tr("The sign-in could not be saved in the keychain: %1")
                                        .arg(stored.error().toString()),
                                    true);
                    return;
                }
                if (*stored == secrets::Stored::InMemoryThisSession) {
                    me->finishSave(saved);
                    me->m_savedSessionOnly = true;
                    me->m_save->setText(tr("&Continue"));
                    me->showMessage(tr("%1\nThe sign-in is kept for this session only; you will be "
                                       "asked to sign in again next time.")
                                        .arg(me->m_cloud->secretStore()->message()),
                                    true);
                    return;
                }
                if (me->finishSave(saved))
                    me->accept();
            });
        return;
    }
    const QString path =
        QDir::fromNativeSeparators((way() == Adc ? m_adcPath : m_keyPath)->text().trimmed());
    auto credentials = loadCredentialsFile(path);
    if (!credentials) {
        showMessage(credentials.error().toString(), true);
        return;
    }
    if (way() == ServiceAccount && credentials->kind != Credentials::Kind::ServiceAccount) {
        showMessage(tr("%1 is not a service-account key.").arg(QDir::toNativeSeparators(path)),
                    true);
        return;
    }
    profile->auth = way() == Adc ? Profile::Auth::Adc : Profile::Auth::ServiceAccount;
    // The default ADC location is not pinned, so it follows CLOUDSDK_CONFIG like gcloud does.
    profile->credentialsPath = way() == Adc && path == defaultAdcPath() ? QString() : path;
    if (profile->account.isEmpty())
        profile->account = credentials->accountLabel();
    verifyAndSave(*profile, *credentials);
}

void ConnectDialog::verifyAndSave(const Profile &profile, const Credentials &credentials)
{
    setBusy(true);
    showMessage(tr("Checking the credentials with Google…"), false);
    QPointer<ConnectDialog> self(this);
    m_cloud->checkCredentials(credentials, this, [self, profile](Result<void> token) {
        ConnectDialog *me = self.data();
        me->setBusy(false);
        if (!token) {
            const QString what = token.error().toString();
            me->showMessage(needsSignInAgain(token.error())
                                ? tr("Google no longer accepts these credentials; sign in again "
                                     "(for gcloud: \"gcloud auth application-default login\").\n%1")
                                      .arg(what)
                                : tr("The credentials could not be checked: %1").arg(what),
                            true);
            return;
        }
        if (me->finishSave(profile))
            me->accept();
    });
}

bool ConnectDialog::finishSave(const Profile &profile)
{
    if (auto saved = m_cloud->saveProfile(profile); !saved) {
        showMessage(saved.error().toString(), true);
        return false;
    }
    m_saved = profile;
    return true;
}

} // namespace gardener::gcp
