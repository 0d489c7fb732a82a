#pragma once

#include "triage/triage.h"
#include "util/error.h"

#include <QDateTime>
#include <QString>
#include <QVector>

class QSqlError;
#include <optional>

namespace gardener::history {

// A template of a cluster as history keeps it, so later imports can match samples to it.
struct TemplateRecord
{
    QString clusterFingerprint;
    QString fingerprint;
    QString text;     // masked template with placeholders
    QString module;   // where it was logged, may be empty
    QString function;
};

// One cluster as recorded for one run.
struct RunCluster
{
    QString fingerprint;
    QString name;
    quint64 count = 0;
    qint64 firstSeenNs = 0;
    qint64 lastSeenNs = 0;
    double perMinute = 0;
    int maxSeverity = 0;       // Severity index
    int priority = -1;         // 0..6, -1 when not triaged
    QString category;
    QVector<quint32> buckets;  // the run's timeline of this cluster
    qint64 bucketSeconds = 0;
    QVector<TemplateRecord> templates; // its member templates, for later matching
};

struct Run
{
    qint64 id = 0;              // assigned by the store
    QDateTime started;          // UTC
    QString source;             // "file", "gcp", "worklog"
    QString service;
    QString project;
    QDateTime windowStart;
    QDateTime windowEnd;
    quint64 entries = 0;
    QString worklogPath;
    QVector<RunCluster> clusters;
};

// The last GitHub issue the app linked to a cluster.
struct IssueLink
{
    QString fingerprint;
    int issue = 0;
    QString url;
    QString state;      // "open" or "closed"
    QString lastAction; // created, updated, reopened, linked
    QDateTime updated;
};

// A user's standing decision for a cluster, by fingerprint.
struct Override
{
    QString fingerprint;
    std::optional<int> priority; // forced priority
    bool expected = false;       // muted ...
    double muteFactor = 3.0;     // ... until its frequency changes by this factor
    double mutedPerMinute = 0;   // the frequency when it was muted
};

// How a cluster of the current run compares with the history before it.
struct ClusterTrend
{
    int earlierRuns = 0;             // runs before this one that saw it
    double perMinuteBefore = 0;      // in the most recent earlier run that saw it
    double perMinuteNow = 0;
    double changePercent = 0;
    QDateTime firstEverSeen;
    std::optional<IssueLink> lastIssue;
    triage::Trend trend = triage::Trend::Unknown;
    QVector<double> perMinuteByRun;  // oldest first, including now, for a chart
};

// Local history of runs in SQLite (QtSql). Each instance owns its own connection and must be
// used from the thread that opened it. Writes are transactions in WAL mode, so a killed
// process leaves the last committed state. Only a file SQLite reports as damaged (integrity
// check, "not a database") is moved aside (`<name>.corrupt-<time>`, kept, reported through
// openWarning() with how to restore it); a new one is started. A locked file (after a busy
// timeout), a full disk or an I/O error fail open() with a message and leave the file as it
// was. Migrations run in one exclusive transaction. The file is created owner-only (0600).
class HistoryStore
{
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Default location: QStandardPaths::AppDataLocation/history.sqlite.
    static QString defaultPath();
    Result<void> open(const QString &path);
    // How long to wait for another process's lock before reporting it (default 5 s).
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }
    QString openWarning() const { return m_warning; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    Result<qint64> recordRun(Run run);
    Result<QVector<Run>> runs(int limit = 100) const; // newest first, without clusters
    Result<QVector<RunCluster>> clustersOfRun(qint64 runId) const;

    // Every template history has seen, with its cluster (newest record wins).
    Result<QVector<TemplateRecord>> knownTemplates() const;
    // Imported worklogs are remembered by content hash, so importing one twice is a no-op.
    Result<std::optional<qint64>> importedRun(const QByteArray &contentHash) const;
    Result<void> markImported(const QByteArray &contentHash, const QString &path, qint64 runId);

    Result<void> linkIssue(const IssueLink &link);
    Result<std::optional<IssueLink>> issueFor(const QString &fingerprint) const;

    Result<void> setOverride(const Override &o);
    Result<void> clearOverride(const QString &fingerprint);
    Result<std::optional<Override>> overrideFor(const QString &fingerprint) const;

    // Compares one cluster of a run that is about to be recorded (or was, with `beforeRunId`
    // set to its id) with the runs before it. Escalation: change >= escalatePercent.
    Result<ClusterTrend> trendFor(const QString &fingerprint, double perMinuteNow,
                                  qint64 beforeRunId = 0, double escalatePercent = 200) const;

private:
    Result<void> prepareFile(const QString &path);
    Result<void> openChecked(const QString &path);
    Result<void> migrate();
    Result<void> checkSchema();
    Error classify(const QString &path, const QSqlError &e, const QString &doing);
    void closeConnection();
    QString m_connection;
    QString m_warning;
    int m_busyTimeoutMs = 5000;
    bool m_damaged = false;
};

} // namespace gardener::history
