#pragma once

#include "core/util/error.h"
#include "core/worklog/worklogdata.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace gardener::worklog {

struct WorklogWriterOptions
{
    // Applied to every piece of text that comes from log entries before it is written: sample
    // JSON and messages, cluster titles, patterns, impacts, analyses, extra fields, action
    // titles. Empty (the default): gardener::redaction::Redactor with its built-in detectors.
    // Pass an identity function to write text unchanged.
    std::function<QString(const QString &)> redact;
    int maxSamplesPerCluster =
        5; // further samples are left out (the count says how many there were)
    // Clusters shown in full, in order; the others go into a compact table ("Other Clusters")
    // that the reader reads back as clusters too. -1: every cluster in full.
    int maxDetailed = -1;
    int detailMaxPriority =
        9; // clusters with a larger priority number (P4 and up: 3) go to the table
};

// Renders WorklogData as a Markdown worklog in the layout of the hand-written ones (header,
// executive summary with a table ranked by priority, issue clusters in full and the rest in a
// compact table, raw log summary, GitHub actions, next steps), so that WorklogReader reads back
// the same clusters, counts, priorities, severities and actions. The Markdown renders as meant
// on GitHub (templates are code spans, text is escaped, tables never break). Stateless; safe on
// any thread (the redact hook must be, too).
class WorklogWriter
{
public:
    static QString render(const WorklogData &data, const WorklogWriterOptions &options = {});

    // "worklog-2026-11-22-2130.md" for attempt 0, then "worklog-2026-11-22-2130_02.md", ...
    // (the suffix sorts after the plain name and before the next minute). `generated` is taken
    // in UTC; an invalid time means now.
    static QString fileName(const QDateTime &generated, int attempt = 0);

    // Writes the rendered worklog into `folder` (created if missing) under fileName(), picking
    // the next free suffix when a worklog of the same minute exists (the name is reserved with
    // an exclusive create, so two writers never share a file). Written with QSaveFile: readers
    // never see half a worklog. Returns the path written, or an Error naming the path.
    static Result<QString> write(const WorklogData &data, const QString &folder,
                                 const WorklogWriterOptions &options = {});
};

} // namespace gardener::worklog
