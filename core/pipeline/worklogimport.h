#pragma once

#include "core/history/historystore.h"
#include "core/util/error.h"
#include "core/worklog/worklogdata.h"

namespace gardener::pipeline {

struct ImportedCluster
{
    int worklogCluster = -1; // index into WorklogData::clusters
    QString fingerprint;
    bool matchedHistory = false; // true: joined a cluster history already knew
    double similarity = 0;       // of the best sample-to-template match
    QString matchedTemplate;
};

struct ImportOutcome
{
    qint64 runId = 0;
    bool alreadyImported = false;
    QList<ImportedCluster> clusters;
};

// Joins a worklog (ours or hand-written) to the history: its clusters become a run at the
// worklog's time, keyed by fingerprint. A cluster's fingerprint comes from its sample messages:
// each is masked and compared token by token with every template history knows (placeholders
// match any token); the best match at or above `minSimilarity` gives that template's cluster.
// Without a match, the fingerprint is that of the masked sample itself (what a later run of the
// same message mines), so the next runs find it. Clusters without samples are matched by title.
// Issue actions in the worklog become issue links. Importing the same content twice does nothing.
Result<ImportOutcome> importWorklog(const worklog::WorklogData &worklog, const QByteArray &content,
                                    const QString &path, history::HistoryStore &history,
                                    double minSimilarity = 0.8);

// Share of positions where a masked message and a template agree (equal, or a placeholder in
// the template), over the longer length; 0 when either is empty.
double templateSimilarity(const QString &maskedMessage, const QString &templateText);

} // namespace gardener::pipeline
