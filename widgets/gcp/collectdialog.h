#pragma once

#include "core/gcp/bigqueryrun.h"
#include "core/gcp/livecollection.h"

#include <QDialog>
#include <QFuture>
#include <QUrl>
#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace gardener {
class Session;
namespace gcp {

class BigQueryPanel;
class ConnectDialog;
class GoogleCloudAccount;
class QueryForm;
class TokenProvider;

// "Collect from Google Cloud": pick a profile (or connect a new one), build the query, and
// collect. Progress shows pages, entries, the time span covered and an estimate; entries stream
// into the Session's clusters as pages arrive; Cancel stops at once; an interrupted collection
// can be resumed; the result can be saved as a JSON export. Not modal: the window behind shows
// the clusters growing. With the BigQuery engine the window is analysed in a linked dataset
// (gcp::BigQueryRun): dry run with bytes and cost first, capped query with rows-of-total
// progress, Stop cancels the job; the weighted result opens in the Session. Profiles, sign-ins,
// tokens, collections and runs come from the account, which outlives the dialog.
class CollectDialog final : public QDialog
{
    Q_OBJECT
public:
    CollectDialog(Session *session, GoogleCloudAccount *account, QWidget *parent = nullptr);
    ~CollectDialog() override;

    LiveCollection *collection() const { return m_live; }
    QueryForm *queryForm() const { return m_query; }
    BigQueryPanel *bigQueryPanel() const { return m_bqPanel; }
    BigQueryRun *bigQueryRun() const { return m_bq; }
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
    // BigQuery engine: lists the project's linked datasets; asks for the query's cost.
    void findDatasets();
    void dryRunBigQuery();
    // Opens the connect dialog for a new profile (or `profile` to sign in again).
    ConnectDialog *connectProfile(const QString &profile = {});

Q_SIGNALS:
    void collectionFinished(bool ok);
    // After a collection has opened: the Cloud Run Admin API's creation times and deployed
    // commits of the revisions of its services (for the deploy evidence).
    void revisionFactsReady(const QHash<QString, qint64> &createdNs,
                            const QHash<QString, QString> &commits);

private:
    // The constructor's parts, top to bottom; each wires the signals of what it creates.
    void showKeychainState();
    QFormLayout *createWhereRows();
    void createQuery(QVBoxLayout *layout);
    QHBoxLayout *createPendingRow();
    void createProgress(QVBoxLayout *layout);
    QDialogButtonBox *createButtons();
    void connectCollection();
    void connectBigQuery();

    void onProfileChanged();
    void onProgress();
    void onFinished();
    void updateButtons();
    void updatePending();
    void setStatus(const QString &text, bool problem);
    void run(const Profile &profile, const CollectRequest &request);
    bool isRunning() const;
    // The profile's credentials as a token provider with the BigQuery read scope, then `next`.
    void withBigQueryTokens(std::function<void()> next);
    Result<BigQueryRunOptions> bigQueryOptions() const;
    QString bigQueryKey() const; // what an estimate was made for
    void startBigQuery(bool estimateOnly);
    void onBigQueryEstimated();
    void onBigQueryProgress();
    void onBigQueryFinished();
    void fetchRevisionFacts();

    Session *m_session;
    GoogleCloudAccount *m_cloud;
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

    BigQueryPanel *m_bqPanel = nullptr;
    BigQueryRun *m_bq = nullptr;
    std::shared_ptr<TokenProvider> m_bqTokens;
    QString m_bqTokensProfile;      // whose credentials m_bqTokens holds
    QString m_estimatedKey;         // bigQueryKey() of the last estimate under the cap
    bool m_revisionsWanted = false; // a collection finished: ask for its revisions once it opened
};

} // namespace gcp
} // namespace gardener
