#pragma once

#include "core/clustering/clusterset.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gardener {
class LogStore;
}

namespace gardener::pipeline {

// One entry of a cluster trimmed to what a person reads: no insert id, receive time or
// instance id. The message's stack trace, when it has one, is kept apart.
struct TrimmedSample
{
    quint64 entry = 0;
    QString json;       // indented JSON: severity, timestamp, message, labels, httpRequest
    QString stackTrace; // multi-line traceback of the message, empty when none
    QString trace;      // the entry's trace id (the last part of projects/P/traces/ID)
    QString revision;
};

// What the entries of one cluster show, for worklogs and drafts. Facts only: no rule traces.
struct ClusterFacts
{
    QDateTime first;
    QDateTime last;
    // The densest stretch, when the cluster came in a burst (else invalid times).
    QDateTime burstStart;
    QDateTime burstEnd;
    quint64 burstEntries = 0;
    double burstFactor = 0;                   // burst rate / the cluster's average rate
    QList<QPair<QString, quint64>> revisions; // revision -> entries, most first
    QString startedWithRevision;  // the cluster began with this deploy (not the first revision)
    quint64 users = 0;            // distinct users the messages name
    quint64 instances = 0;        // distinct instances among the entries looked at
    bool instancesCapped = false; // more entries than were looked at
    QString impact;               // one sentence from what the entries show
    QString logsUrl;              // Cloud Logging console query for the template and window
    QString traceUrl;             // Cloud Trace for the first sample with a trace
    QString literal;              // the template text the logs query searches for
    QList<TrimmedSample> samples; // one per distinct template, at most `maxSamples`
};

struct FactsContext
{
    QString project; // for console links; empty: taken from the entries
    QString service;
    int maxSamples = 2;
    int maxInstanceScan = 5000; // entries whose JSON is read to count instances
};

ClusterFacts clusterFacts(const LogStore &store, const clustering::ClusterSet &set, int cluster,
                          const FactsContext &context = {});

// The longest literal run of a template ("Connection pool timeout: could not acquire
// connection"), for searching the logs; placeholders are never part of it.
QString templateLiteral(const QString &templateText);

// Cloud Logging console link: the service's Cloud Run logs containing `text` in [start, end].
QString logsQueryUrl(const QString &project, const QString &service, const QString &text,
                     const QDateTime &start, const QDateTime &end);
// Cloud Trace console link for one trace id.
QString traceUrl(const QString &project, const QString &traceId);
// The Logs Explorer link of a cluster: its first service's Cloud Run logs holding the literal
// text of its template (left out when it looks like a secret), in its first..last seen window.
QString clusterLogsUrl(const LogStore &store, const clustering::ClusterSet &set, int cluster);
// The Cloud Trace link of an entry's trace; empty when the entry has none.
QString entryTraceUrl(const LogStore &store, size_t entry);

// "2025-09-13 02:05–02:31 UTC" (the date once when both ends share it).
QString timeWindow(const QDateTime &start, const QDateTime &end);

} // namespace gardener::pipeline
