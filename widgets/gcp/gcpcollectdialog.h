#pragma once

#include "gcp/livecollection.h"

#include <QDialog>
#include <QFuture>
#include <QUrl>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSettings;

namespace gardener {
class Session;
namespace secrets {
class SecretStore;
}
namespace gcp {

class ConnectDialog;
class QueryForm;

// "Collect from Google Cloud": pick a profile (or connect a new one), build the query, and
// collect. Progress shows pages, entries, the time span covered and an estimate; entries stream
// into the Session's clusters as pages arrive; Cancel stops at once; an interrupted collection
// can be resumed; the result can be saved as a JSON export. Not modal: the window behind shows
// the clusters growing.
class CollectDialog final : public QDialog
{
    Q_OBJECT
public:
    // What the dialog works with; null members are created and owned by the dialog.
    struct Services
    {
        QNetworkAccessManager *network = nullptr;
        secrets::SecretStore *secrets = nullptr;
        QSettings *settings = nullptr;
        QString collectionsFolder;                 // empty = defaultCollectionsFolder()
        QUrl loggingEndpoint;                      // empty = Cloud Logging
        QUrl authorizationUri, tokenUri;           // browser sign-in; empty = Google's
        std::function<bool(const QUrl &)> openUrl; // empty = QDesktopServices
    };

    CollectDialog(Session *session, Services services, QWidget *parent = nullptr);
    ~CollectDialog() override;

    LiveCollection *collection() const { return m_live; }
    QueryForm *queryForm() const { return m_query; }
    QString currentProfile() const;
    void selectProfile(const QString &name);
    void reloadProfiles();
    QString statusText() const;
    // Saves on a worker thread (a collection can be a gigabyte); the dialog reports the result.
    QFuture<Result<qint64>> saveExport(const QString &path);

public Q_SLOTS:
    void startCollecting();
    void cancelCollecting();
    void resumeCollecting();
    // Opens the connect dialog for a new profile (or `profile` to sign in again).
    ConnectDialog *connectProfile(const QString &profile = {});

Q_SIGNALS:
    void collectionFinished(bool ok);

private:
    void onProfileChanged();
    void onProgress();
    void onFinished();
    void updateButtons();
    void updatePending();
    void setStatus(const QString &text, bool problem);
    void run(const Profile &profile, const CollectRequest &request);

    Session *m_session;
    Services m_services;
    std::unique_ptr<QSettings> m_ownSettings;
    ProfileStore *m_profiles = nullptr;
    std::unique_ptr<ProfileStore> m_profileStore;
    LiveCollection *m_live = nullptr;
    std::optional<CollectionRecord> m_pending;

    QComboBox *m_profile = nullptr;
    QLabel *m_account = nullptr;
    QLineEdit *m_project = nullptr;
    QueryForm *m_query = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_discard = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_collect = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_signInAgain = nullptr;
};

} // namespace gcp
} // namespace gardener
