#pragma once

#include "core/evidence/clusterevidence.h"

#include "core/clustering/clusterset.h"
#include "core/logs/logsummary.h"
#include "core/triage/clustertriage.h"
#include "core/worklog/worklogdata.h"
#include "core/worklog/worklogwriter.h"

#include <vector>

namespace gardener {
class LogStore;
}

namespace gardener::pipeline {

// What a worklog says about the run itself, beyond what the entries tell.
struct WorklogHeader
{
    QDateTime generated; // UTC
    QString service;     // empty: taken from the entries (the most frequent service)
    QString project;
    QString timeRange; // e.g. "Last 24 hours"; empty: the entries' first and last time
    QString severityFilter;
    int samplesPerCluster = 2; // one per distinct template
};

// Clusters a pipeline worklog shows in full (P0–P3, at most this many); the rest are a table.
inline constexpr int MaxDetailedClusters = 8;

// How the pipeline writes worklogs: a person skims them in two minutes.
worklog::WorklogWriterOptions pipelineWriterOptions();

// Turns a clustered, triaged run into the worklog's values, clusters in priority order: for the
// ones shown in full the facts the entries show (window, burst, revisions, users and instances,
// impact, console links, one trimmed sample per template, the rule trace apart); for the rest
// what the compact table needs. The writer redacts every log-derived text.
worklog::WorklogData buildWorklog(const WorklogHeader &header, const LogStore &store,
                                  const LogSummary &summary, const clustering::ClusterSet &set,
                                  const std::vector<triage::TriagedCluster> &triage,
                                  const std::vector<evidence::ClusterEvidence> *evidence = nullptr);

// Cluster indices ordered as a person reads them: priority, then count.
std::vector<int> clusterReadingOrder(const clustering::ClusterSet &set,
                                     const std::vector<triage::TriagedCluster> &triage);

} // namespace gardener::pipeline
