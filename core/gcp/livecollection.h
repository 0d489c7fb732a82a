#pragma once

#include "core/gcp/logcollector.h"
#include "core/gcp/profile.h"
#include "core/util/error.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace gardener::secrets {
class SecretStore;
}

namespace gardener::gcp {

class TokenProvider;

// What the app keeps beside a collection's output (<out>.collection.json) so that an
// interrupted collection can be resumed later from its saved page token. No secrets.
struct CollectionRecord
{
    QString profile;
    CollectRequest request; // project, filter, endpoint, order, window, outputPath
    qint64 entries = 0;     // committed so far (from <out>.state.json)
    QDateTime savedUtc;     // when the last page was committed
    // Cloud Logging page tokens stay valid for about 24 hours.
    bool tokenExpired(const QDateTime &nowUtc) const { return savedUtc.secsTo(nowUtc) > 24 * 3600; }
};

// <AppDataLocation>/collections: where the app's collections are written.
QString defaultCollectionsFolder();
// A stable output path in `folder` for this profile, project and filter, so starting the same
// collection again continues it.
QString collectionOutputPath(const QString &folder, const QString &profile,
                             const CollectRequest &request);
Result<void> writeCollectionRecord(const CollectionRecord &record);
// Collections in `folder` that stopped before their last page (partial + state present),
// most recently saved first.
QList<CollectionRecord> pendingCollections(const QString &folder);
// Forgets an interrupted collection: removes its partial output, state and record.
void discardCollection(const QString &outputPath);
// The entries collected so far as a JSON array: the finished output, or the committed part of
// an interrupted one (closed so that it parses).
Result<QByteArray> collectedEntries(const QString &outputPath);
// Finished collections pile up (each window of time is a new file): keeps the `keep` most
// recent finished outputs in `folder` and removes the rest; interrupted ones are left alone.
// Returns how many files were removed.
int pruneCollections(const QString &folder, int keep = 5);
// Writes the same bytes as collectedEntries() to `target` (atomically, streamed, so it may
// run on a worker thread); returns the number of bytes written.
Result<qint64> saveCollectedExport(const QString &outputPath, const QString &target);

// One collection run for the app: loads the profile's credentials (keychain or file in place),
// gets access tokens, runs a LogCollector into `request.outputPath` and hands each page to
// whoever listens as it arrives (the window's Session, through session/collectionfeed.h).
// Everything is asynchronous on the caller's thread (the UI thread never waits on the
// network). One run at a time.
class LiveCollection : public QObject
{
    Q_OBJECT
public:
    LiveCollection(QNetworkAccessManager *network, secrets::SecretStore *secrets,
                   QObject *parent = nullptr);
    ~LiveCollection() override;

    // Reads what an interrupted run saved (it can be a gigabyte: call it on a worker).
    using SavedEntries = std::function<QByteArray()>;
    // The collector of the current/next run (pacing, backoff and timeouts can be tuned).
    LogCollector *collector() const { return m_collector; }

    // Starts collecting; `record` says what and where (its profile is loaded by name).
    void start(const Profile &profile, const CollectRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }

    // Valid after finished().
    const Result<CollectSummary> &result() const { return m_result; }
    const CollectProgress &progress() const;
    bool needsSignInAgain() const;
    QString outputPath() const { return m_request.outputPath; }

Q_SIGNALS:
    void started();
    void progressChanged();
    void retrying(const QString &reason, qint64 delayMs);
    void finished();
    // For whoever shows the entries as they arrive: a run begins (`saved` is set when it
    // resumes an interrupted one, whose entries come first), a page arrives, the run ends
    // (finished, failed or cancelled; emitted just before finished()).
    void streamStarting(const QString &name, const SavedEntries &saved);
    void pageCollected(const QByteArray &page);
    void streamEnded();

private:
    void collect(const Credentials &credentials);
    void end(Result<CollectSummary> result);

    QNetworkAccessManager *m_network;
    secrets::SecretStore *m_secrets;
    LogCollector *m_collector;
    std::unique_ptr<TokenProvider> m_tokens;
    CollectRequest m_request;
    Profile m_profile;
    Result<CollectSummary> m_result = fail(QStringLiteral("not started"));
    bool m_running = false;
    quint64 m_run = 0;
};

} // namespace gardener::gcp
