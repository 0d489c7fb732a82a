#pragma once

#include "core/history/trend.h"
#include "core/util/error.h"

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
    QString text;   // masked template with placeholders
    QString module; // where it was logged, may be empty
    QString function;
    quint64 count =
        0; // entries of this template in the run (0: not known, e.g. an imported worklog)
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
    int maxSeverity = 0; // Severity index
    int priority = -1;   // 0..6, -1 when not triaged
    QString category;
    QVector<quint32> buckets; // the run's timeline of this cluster
    qint64 bucketSeconds = 0;
    QVector<TemplateRecord> templates; // its member templates, for later matching
};

struct Run
{
    qint64 id = 0;     // assigned by the store
    QDateTime started; // UTC
    QString source;    // "file", "gcp", "worklog"
    QString service;
    QString project;
    QDateTime windowStart;
    QDateTime windowEnd;
    quint64 entries = 0;
    QString worklogPath;
    // Its data's identity (history/runidentity.h); empty: a run of its own every time. A run
    // recorded with the key of an earlier one replaces that run's contents, keeping its id.
    QString dataKey;
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
    QDateTime closedAt; // when GitHub says it was closed
    // The cluster's member templates when it was linked: a later run that regrouped them
    // still finds the issue through any one of them.
    QStringList templates;
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
    int earlierRuns = 0;        // runs before this one that saw it
    double perMinuteBefore = 0; // in the most recent earlier run that saw it
    double perMinuteNow = 0;
    double changePercent = 0;
    QDateTime firstEverSeen;
    std::optional<IssueLink> lastIssue;
    Trend trend = Trend::Unknown;
    QVector<double> perMinuteByRun; // oldest first, including now, for a chart

    // Filled by compareRuns (identity by member templates, shares of all entries).
    quint64 countBefore = 0; // entries of the same templates in the most recent earlier run
    double shareBefore = 0;  // that run's share of all its entries
    double shareNow = 0;
    double perRequestBefore = 0; // entries per request log, when both runs have request logs
    double perRequestNow = 0;
    double expectedNow = 0;        // entries expected now from the earlier windows' shares
    double escalationLimit = 0;    // entries above which it escalates
    double factor = 1;             // entries now / expectedNow (the share's rise)
    QList<IssueLink> linkedIssues; // every issue any member template is linked to
    int regressedIssue = 0;        // the closed issue it came back after
    QDateTime regressedClosedAt;
    QString regroup;       // "merged from …" / "split from …", empty when unchanged
    QString burst;         // "158 of 226 within 15:00–15:10", empty without a burst
    QString label() const; // "escalating ×2.9", "regressed (#12 closed 2026-11-30)", …
};

// A cluster as trends and identity see it: its member templates, weighted by count.
struct TemplateCount
{
    QString fingerprint;
    quint64 count = 0;
    bool request = false; // a request log ("<METHOD> <path> <status>")
};

// True for the masked text of a request log's template, "POST /api/v1/things/<*> 500".
bool isRequestTemplate(const QString &text);

struct MemberCluster
{
    QString fingerprint;
    QString name;
    int priority = -1;
    quint64 count = 0;
    QVector<TemplateCount> templates;
};

struct RunMembers
{
    qint64 id = 0;
    QDateTime started;
    quint64 entries = 0;
    double minutes = 1;
    QVector<MemberCluster> clusters;
};

struct TrendOptions
{
    double escalateFactor = 2.0; // the share must at least double ...
    double spread = 3.0; // ... and rise above the earlier windows' mean by this many spreads ...
    quint64 minEntries = 10; // ... and by this many entries
    int windows = 7;         // earlier runs compared with
};

// A cluster of the last run that has an open issue and no entries now.
struct NotSeenCluster
{
    QString fingerprint;
    QString name;
    int priority = -1;
    quint64 countBefore = 0;
    IssueLink issue;
    QString text() const; // "not seen — verify and close #N"
};

// Earlier clusters whose templates are now one cluster, or one earlier cluster now in several.
struct Regroup
{
    enum class Kind
    {
        Merge,
        Split
    };
    Kind kind = Kind::Merge;
    QStringList earlier; // names in the last run
    QStringList now;     // names now
    QList<int> issues;   // every issue linked to any of them (all kept)
    QString text() const;
};

struct RunComparison
{
    bool hasEarlier = false;
    double volumeFactor = 1;  // entries per minute now / in the last run
    double requestFactor = 0; // request logs per minute now / then; 0 when either run has none
    double mixShift = 0;      // share of entries that moved between templates (0..1)
    QVector<ClusterTrend> clusters; // same order as the current clusters
    QVector<NotSeenCluster> notSeen;
    QVector<Regroup> regroups;
    QString volumeText() const; // "volume ×3.0, mix unchanged"
};

// Compares the current clusters (their entries over `minutes`) with earlier runs (newest
// first). Identity is the set of member templates: a cluster's past is what its templates
// did, whichever clusters they belonged to then. `links` maps template (and old cluster)
// fingerprints to the issues linked to them.
RunComparison compareRuns(const QVector<MemberCluster> &now, quint64 entries, double minutes,
                          const QVector<RunMembers> &earlier,
                          const QHash<QString, QList<IssueLink>> &links,
                          const TrendOptions &options = {});

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
    QString connectionName() const { return m_connection; } // QSqlDatabase name, same thread only
    QString path() const; // the file opened, for another thread's connection; same thread only
    static int latestSchemaVersion();

    Result<qint64> recordRun(Run run);
    Result<QVector<Run>> runs(int limit = 100) const; // newest first, without clusters
    Result<QVector<RunCluster>> clustersOfRun(qint64 runId) const;
    // The run recorded for this data before, if any (trends then compare with the runs before it).
    Result<std::optional<qint64>> runForData(const QString &dataKey) const;

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

    // The most recent `limit` runs before `beforeRunId` (0: all), newest first, with their
    // clusters' member templates and counts.
    Result<QVector<RunMembers>> recentRunMembers(int limit, qint64 beforeRunId = 0) const;
    // Every issue link, by template fingerprint (and by the cluster fingerprint it was made for).
    Result<QHash<QString, QList<IssueLink>>> issueLinksByTemplate() const;
    // compareRuns against this history.
    Result<RunComparison> compare(const QVector<MemberCluster> &now, quint64 entries,
                                  double minutes, qint64 beforeRunId = 0,
                                  const TrendOptions &options = {}) const;

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
