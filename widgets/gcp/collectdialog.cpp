#include "widgets/gcp/collectdialog.h"

#include "core/gcp/googlecloudaccount.h"
#include "core/gcp/tokenprovider.h"
#include "core/secrets/secretstore.h"
#include "core/session/collectionfeed.h"
#include "core/session/session.h"
#include "widgets/gcp/bigquerypanel.h"
#include "widgets/gcp/connectdialog.h"
#include "widgets/gcp/queryform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gardener::gcp {

namespace {
QString authText(Profile::Auth auth)
{
    switch (auth) {
    case Profile::Auth::Browser:
        return CollectDialog::tr("Google account in the browser");
    case Profile::Auth::Adc:
        return CollectDialog::tr("gcloud Application Default Credentials");
    case Profile::Auth::ServiceAccount:
        break;
    }
    return CollectDialog::tr("service-account key file");
}

QString durationText(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 90)
        return CollectDialog::tr("%n second(s)", nullptr, int(s));
    return CollectDialog::tr("%n minute(s)", nullptr, int((s + 30) / 60));
}

QString timeText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

CollectDialog::CollectDialog(Session *session, GoogleCloudAccount *account, QWidget *parent)
    : QDialog(parent), m_session(session), m_cloud(account)
{
    setObjectName(QStringLiteral("gcpCollectDialog"));
    setWindowTitle(tr("Collect from Google Cloud"));
    m_live = m_cloud->newCollection(this);
    feedSession(m_live, session);
    showKeychainState();

    // Created top to bottom, which makes the Tab order.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createWhereRows());
    createQuery(layout);
    layout->addLayout(createPendingRow());
    createProgress(layout);
    layout->addWidget(createButtons());

    connectCollection();
    connectBigQuery();
    if (session)
        connect(session, &Session::loadFinished, this, [this] {
            if (std::exchange(m_revisionsWanted, false))
                fetchRevisionFacts();
        });

    reloadProfiles();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 100, 0)));
}

void CollectDialog::showKeychainState()
{
    secrets::SecretStore *keychain = m_cloud->secretStore();
    connect(keychain, &secrets::SecretStore::unavailable, this,
            [this](const QString &message) { setStatus(message, true); });
    connect(keychain, &secrets::SecretStore::waitingForKeychain, this,
            [this](const QString &message) { setStatus(message, false); });
    connect(keychain, &secrets::SecretStore::keychainAnswered, this, [this] {
        if (m_status->text() == secrets::SecretStore::waitingMessage())
            setStatus(QString(), false);
    });
}

// Where: profile, account, project.
QFormLayout *CollectDialog::createWhereRows()
{
    auto *where = new QFormLayout;
    auto *profileRow = new QHBoxLayout;
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setMinimumContentsLength(16);
    auto *add = new QPushButton(tr("Co&nnect…"), this);
    add->setObjectName(QStringLiteral("connectButton"));
    add->setToolTip(tr("Adds a profile: a project and a way to sign in."));
    auto *edit = new QPushButton(tr("Si&gn In Again…"), this);
    edit->setObjectName(QStringLiteral("editProfileButton"));
    edit->setToolTip(tr("Signs the selected profile in again, or changes how it signs in."));
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removeProfileButton"));
    remove->setToolTip(
        tr("Forgets the selected profile and removes its sign-in from the keychain."));
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(add);
    profileRow->addWidget(edit);
    profileRow->addWidget(remove);
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    where->addRow(profileLabel, profileRow);
    m_account = new QLabel(this);
    m_account->setObjectName(QStringLiteral("profileAccount"));
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->addRow(tr("Signed in as:"), m_account);
    m_project = new QLineEdit(this);
    m_project->setObjectName(QStringLiteral("collectProject"));
    m_project->setAccessibleName(tr("Google Cloud project ID"));
    where->addRow(tr("Pro&ject ID:"), m_project);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &CollectDialog::onProfileChanged);
    connect(add, &QPushButton::clicked, this, [this] { connectProfile(); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (!currentProfile().isEmpty())
            connectProfile(currentProfile());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString name = currentProfile();
        if (name.isEmpty())
            return;
        m_cloud->removeProfile(name); // and its sign-in in the keychain
        reloadProfiles();
    });
    return where;
}

// The query form, then the BigQuery engine's panel and the run it starts.
void CollectDialog::createQuery(QVBoxLayout *layout)
{
    auto *queryBox = new QGroupBox(tr("Query"), this);
    auto *queryLayout = new QVBoxLayout(queryBox);
    m_query = new QueryForm(queryBox);
    queryLayout->addWidget(m_query);
    layout->addWidget(queryBox);
    m_bqPanel = new BigQueryPanel(this);
    layout->addWidget(m_bqPanel);
    m_bq = m_cloud->newBigQueryRun(
        [this](bool refresh, std::function<void(Result<QByteArray>)> done) {
            if (!m_bqTokens) {
                done(fail(tr("Not signed in.")));
                return;
            }
            if (refresh)
                m_bqTokens->invalidate();
            m_bqTokens->accessToken(std::move(done));
        },
        this);
    connect(m_query, &QueryForm::changed, this, &CollectDialog::updateButtons);
}

// An interrupted collection that can go on where it stopped.
QHBoxLayout *CollectDialog::createPendingRow()
{
    auto *pendingRow = new QHBoxLayout;
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_pendingLabel->setWordWrap(true);
    m_resume = new QPushButton(tr("Res&ume"), this);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Continues the interrupted collection from its last page."));
    m_discard = new QPushButton(tr("&Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(
        tr("Deletes the interrupted collection and the entries it saved so far."));
    pendingRow->addWidget(m_pendingLabel, 1);
    pendingRow->addWidget(m_resume);
    pendingRow->addWidget(m_discard);

    connect(m_resume, &QPushButton::clicked, this, &CollectDialog::resumeCollecting);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_pending)
            discardCollection(m_pending->request.outputPath);
        updatePending();
    });
    return pendingRow;
}

void CollectDialog::createProgress(QVBoxLayout *layout)
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("collectProgressBar"));
    m_bar->setAccessibleName(tr("Collection progress"));
    m_bar->setTextVisible(false);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    layout->addWidget(m_bar);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("collectProgress"));
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("collectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
}

QDialogButtonBox *CollectDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_collect = buttons->addButton(tr("C&ollect"), QDialogButtonBox::ActionRole);
    m_collect->setObjectName(QStringLiteral("collectButton"));
    m_collect->setDefault(true);
    m_cancel = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelCollectButton"));
    m_cancel->setToolTip(tr("Stops collecting; what arrived stays open and can be resumed later."));
    m_signInAgain = buttons->addButton(tr("Sign &In Again…"), QDialogButtonBox::ActionRole);
    m_signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    m_signInAgain->hide();
    m_save = buttons->addButton(tr("Sa&ve as Export…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveExportButton"));
    m_save->setToolTip(
        tr("Saves the collected entries as a JSON export that Log Gardener opens again."));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);

    connect(m_signInAgain, &QPushButton::clicked, this,
            [this] { connectProfile(currentProfile()); });
    connect(m_collect, &QPushButton::clicked, this, &CollectDialog::startCollecting);
    connect(m_cancel, &QPushButton::clicked, this, &CollectDialog::cancelCollecting);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::home().filePath(
            QStringLiteral("%1-%2.json")
                .arg(m_project->text().trimmed(), QDate::currentDate().toString(Qt::ISODate)));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Collected Entries"),
                                                          suggested, tr("JSON export (*.json)"));
        if (path.isEmpty())
            return;
        saveExport(path);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::hide);
    return buttons;
}

void CollectDialog::connectCollection()
{
    connect(m_live, &LiveCollection::progressChanged, this, &CollectDialog::onProgress);
    connect(m_live, &LiveCollection::retrying, this, [this](const QString &reason, qint64 ms) {
        setStatus(tr("Google asked to slow down or did not answer (%1); trying again in %2.")
                      .arg(reason, durationText(ms)),
                  false);
    });
    connect(m_live, &LiveCollection::finished, this, &CollectDialog::onFinished);
}

void CollectDialog::connectBigQuery()
{
    connect(m_bqPanel, &BigQueryPanel::engineChanged, this, [this] {
        m_collect->setText(m_bqPanel->isBigQuery() ? tr("Analy&ze in BigQuery") : tr("C&ollect"));
        if (m_bqPanel->isBigQuery() && m_bqPanel->dataset().isEmpty() &&
            !currentProfile().isEmpty())
            findDatasets();
        updateButtons();
    });
    connect(m_bqPanel, &BigQueryPanel::settingsChanged, this, &CollectDialog::updateButtons);
    connect(m_bqPanel, &BigQueryPanel::findDatasetsRequested, this, &CollectDialog::findDatasets);
    connect(m_bqPanel, &BigQueryPanel::dryRunRequested, this, &CollectDialog::dryRunBigQuery);
    connect(m_bq, &BigQueryRun::estimated, this, &CollectDialog::onBigQueryEstimated);
    connect(m_bq, &BigQueryRun::progressChanged, this, &CollectDialog::onBigQueryProgress);
    connect(m_bq, &BigQueryRun::samplesFetched, this, [this](int fetched, int wanted) {
        m_progress->setText(
            tr("Fetching sample entries by insertId: %1 of %2").arg(fetched).arg(wanted));
    });
    connect(m_bq, &BigQueryRun::retrying, this, [this](const QString &reason, qint64 ms) {
        setStatus(tr("BigQuery asked to slow down or did not answer (%1); trying again in %2.")
                      .arg(reason, durationText(ms)),
                  false);
    });
    connect(m_bq, &BigQueryRun::finished, this, &CollectDialog::onBigQueryFinished);
}

CollectDialog::~CollectDialog() = default;

QString CollectDialog::currentProfile() const
{
    return m_profile->currentData().toString();
}

void CollectDialog::selectProfile(const QString &name)
{
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(name)));
}

void CollectDialog::reloadProfiles()
{
    const QString current = currentProfile();
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    for (const QString &name : m_cloud->profileNames())
        m_profile->addItem(name, name);
    if (m_profile->count() == 0)
        m_profile->addItem(tr("No profile yet: use Connect…"), QString());
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(current)));
    m_query->setRecentFilters(m_cloud->recentQueries());
    onProfileChanged();
}

void CollectDialog::onProfileChanged()
{
    const auto profile = m_cloud->profile(currentProfile());
    if (!profile)
        m_account->setText(tr("not connected"));
    else if (profile->account.isEmpty() || profile->auth == Profile::Auth::Adc)
        m_account->setText(authText(profile->auth));
    else
        m_account->setText(tr("%1 (%2)").arg(profile->account, authText(profile->auth)));
    if (profile) {
        m_project->setText(profile->projectId);
        m_query->setQuery(profile->query);
    }
    m_signInAgain->hide();
    if (!isRunning()) {
        m_bqTokens.reset(); // a profile signed in again, or another one: new credentials
        m_bqTokensProfile.clear();
    }
    updatePending();
    updateButtons();
}

void CollectDialog::updatePending()
{
    m_pending.reset();
    for (const CollectionRecord &r : pendingCollections(m_cloud->collectionsFolder())) {
        // The running collection has a record too; it is not "interrupted".
        if (m_live->isRunning() && r.request.outputPath == m_live->outputPath())
            continue;
        if (r.profile == currentProfile()) {
            m_pending = r;
            break;
        }
    }
    const bool expired = m_pending && m_pending->tokenExpired(QDateTime::currentDateTimeUtc());
    if (m_pending) {
        const QString entries = QLocale().toString(m_pending->entries);
        const QString saved = timeText(m_pending->savedUtc);
        m_pendingLabel->setText(
            (expired ? tr("An interrupted collection of %1 (%2 entries, saved %3) is older than 24 "
                          "hours: its page token has expired. Discard it and collect again.")
                     : tr("An interrupted collection of %1 (%2 entries, saved %3) can be resumed "
                          "where it stopped."))
                .arg(m_pending->request.projectId, entries, saved));
    }
    m_pendingLabel->setVisible(bool(m_pending));
    m_resume->setVisible(bool(m_pending));
    m_discard->setVisible(bool(m_pending));
    m_resume->setEnabled(m_pending && !expired && !m_live->isRunning());
    m_discard->setEnabled(m_pending && !m_live->isRunning());
}

void CollectDialog::updateButtons()
{
    const bool running = isRunning();
    const bool haveProfile = !currentProfile().isEmpty();
    const bool valid = bool(m_query->filter());
    m_bqPanel->setBusy(running);
    if (m_bqPanel->isBigQuery()) {
        const auto options = bigQueryOptions();
        const bool estimated = !m_estimatedKey.isEmpty() && m_estimatedKey == bigQueryKey();
        m_collect->setEnabled(!running && haveProfile && options && estimated);
        m_collect->setToolTip(
            !options    ? options.error().what
            : estimated ? QString()
                        : tr("Do a dry run first: it shows what the query scans and costs."));
    } else {
        m_collect->setEnabled(!running && haveProfile && valid);
        m_collect->setToolTip(valid ? QString() : m_query->problemText());
    }
    m_cancel->setEnabled(running);
    m_profile->setEnabled(!running);
    const QString out = m_live->outputPath();
    m_save->setEnabled(
        !running && !out.isEmpty() &&
        (QFileInfo::exists(out) || QFileInfo::exists(out + QStringLiteral(".partial"))));
    m_resume->setEnabled(m_pending && !running &&
                         !m_pending->tokenExpired(QDateTime::currentDateTimeUtc()));
    m_discard->setEnabled(m_pending && !running);
}

QString CollectDialog::statusText() const
{
    return m_status->text();
}

void CollectDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

void CollectDialog::startCollecting()
{
    if (m_bqPanel->isBigQuery()) {
        startBigQuery(false);
        return;
    }
    auto profile = m_cloud->profile(currentProfile());
    if (!profile) {
        setStatus(tr("Connect a profile first."), true);
        return;
    }
    const auto filter = m_query->filter();
    if (!filter) {
        setStatus(m_query->problemText(), true);
        return;
    }
    const QString project = m_project->text().trimmed();
    if (project.isEmpty()) {
        setStatus(tr("Enter the ID of the Google Cloud project to collect from."), true);
        return;
    }
    profile->projectId = project;
    profile->query = m_query->query();
    m_cloud->saveProfile(*profile); // the form becomes the profile's default query
    if (m_query->isFilterEdited())
        m_cloud->rememberQuery(*filter);
    else if (!profile->query.advanced.isEmpty())
        m_cloud->rememberQuery(profile->query.advanced);
    m_query->setRecentFilters(m_cloud->recentQueries());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CollectRequest request;
    if (!m_cloud->loggingEndpoint().isEmpty())
        request.endpoint = m_cloud->loggingEndpoint();
    request.projectId = project;
    request.filter = *filter;
    request.windowStart = profile->query.start(now);
    request.windowEnd = profile->query.end(now).isValid() ? profile->query.end(now) : now;
    request.outputPath = collectionOutputPath(m_cloud->collectionsFolder(), profile->name, request);
    run(*profile, request);
}

void CollectDialog::resumeCollecting()
{
    if (!m_pending)
        return;
    const auto profile = m_cloud->profile(m_pending->profile);
    if (!profile) {
        setStatus(
            tr("The profile \"%1\" of this collection no longer exists.").arg(m_pending->profile),
            true);
        return;
    }
    run(*profile, m_pending->request);
}

void CollectDialog::run(const Profile &profile, const CollectRequest &request)
{
    m_signInAgain->hide();
    setStatus(tr("Collecting from %1…").arg(request.projectId), false);
    m_progress->setText(tr("Signing in…"));
    m_bar->setRange(0, 0); // busy until the first page tells how far the window goes
    m_live->start(profile, request);
    updatePending();
    updateButtons();
}

void CollectDialog::cancelCollecting()
{
    if (m_bq->isRunning())
        m_bq->cancel(); // jobs.cancel for a running job
    else
        m_live->cancel();
}

void CollectDialog::onProgress()
{
    const CollectProgress &p = m_live->progress();
    const QLocale locale;
    QString text =
        tr("Page %1 · %n entry(s)", nullptr, int(qMin<qint64>(p.entries, INT_MAX))).arg(p.pages);
    if (p.oldest.isValid() && p.newest.isValid())
        text = tr("%1 · from %2 to %3").arg(text, timeText(p.oldest), timeText(p.newest));
    if (p.etaMs >= 0 && m_live->isRunning())
        text = tr("%1 · about %2 left").arg(text, durationText(p.etaMs));
    m_progress->setText(text);
    if (p.fraction >= 0 && m_live->isRunning()) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(p.fraction * 1000));
    }
}

void CollectDialog::onFinished()
{
    m_bar->setRange(0, 1000);
    const auto &result = m_live->result();
    if (result) {
        m_revisionsWanted = true;
        pruneCollections(m_cloud->collectionsFolder());
        m_bar->setValue(1000);
        QString text =
            tr("Collected %n entry(s)", nullptr, int(qMin<qint64>(result->entries, INT_MAX)));
        if (result->oldest.isValid())
            text = tr("%1 from %2 to %3")
                       .arg(text, timeText(result->oldest), timeText(result->newest));
        if (result->resumed && result->duplicates > 0)
            text =
                tr("%1 (resumed; %n repeated entry(s) dropped)", nullptr, int(result->duplicates))
                    .arg(text);
        else if (result->resumed)
            text = tr("%1 (resumed)").arg(text);
        setStatus(tr("%1.", "the collection summary as a sentence").arg(text), false);
    } else if (m_live->needsSignInAgain()) {
        setStatus(result.error().what, true); // "Sign in again: why"

        m_signInAgain->show();
    } else {
        setStatus(result.error().what, true);
    }
    onProgress();
    updatePending();
    updateButtons();
    Q_EMIT collectionFinished(bool(result));
}

QFuture<Result<qint64>> CollectDialog::saveExport(const QString &path)
{
    m_save->setEnabled(false);
    setStatus(tr("Saving to %1…").arg(QDir::toNativeSeparators(path)), false);
    QFuture<Result<qint64>> future =
        QtConcurrent::run(&saveCollectedExport, m_live->outputPath(), path);
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Result<qint64> saved = watcher->result();
        if (!saved)
            setStatus(saved.error().toString(), true);
        else
            setStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
        updateButtons();
    });
    watcher->setFuture(future);
    return future;
}

ConnectDialog *CollectDialog::connectProfile(const QString &profile)
{
    auto *dialog = new ConnectDialog(m_cloud, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto existing = m_cloud->profile(profile))
        dialog->setProfile(*existing);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reloadProfiles();
        selectProfile(dialog->profile().name);
        setStatus(tr("Profile \"%1\" is ready.").arg(dialog->profile().name), false);
    });
    dialog->open();
    return dialog;
}

} // namespace gardener::gcp
