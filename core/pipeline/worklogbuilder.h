#pragma once

#include "clustering/clusterset.h"
#include "logs/logsummary.h"
#include "triage/clustertriage.h"
#include "worklog/worklogdata.h"

#include <vector>

namespace gardener {
class LogStore;
}

namespace gardener::pipeline {

// What a worklog says about the run itself, beyond what the entries tell.
struct WorklogHeader
{
    QDateTime generated;  // UTC
    QString service;      // empty: taken from the entries (the most frequent service)
    QString project;
    QString timeRange;    // e.g. "Last 24 hours"; empty: the entries' first and last time
    QString severityFilter;
    int samplesPerCluster = 3;
};

// Turns a clustered, triaged run into the worklog's values: one section per issue cluster in
// priority order, with samples quoted as the entries' full JSON (the writer redacts them).
worklog::WorklogData buildWorklog(const WorklogHeader &header, const LogStore &store,
                                  const LogSummary &summary, const clustering::ClusterSet &set,
                                  const std::vector<triage::TriagedCluster> &triage);

// Cluster indices ordered as a person reads them: priority, then count.
std::vector<int> clusterReadingOrder(const clustering::ClusterSet &set,
                                     const std::vector<triage::TriagedCluster> &triage);

} // namespace gardener::pipeline
