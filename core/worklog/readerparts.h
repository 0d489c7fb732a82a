#pragma once

#include "core/worklog/markdownscan.h"
#include "core/worklog/worklogdata.h"

// Internal pieces of WorklogReader (not part of the public API).

namespace gardener::worklog::detail {

// "Cluster 3: Title", "Issue Cluster 3: Title", "Cluster #3 - Title" (symbols already
// stripped). Sets `number` and `rest` (title with any "(CRITICAL - P1)" tail).
bool isClusterHeading(const QString &text, int *number, QString *rest);

struct ClusterPart
{
    WorklogCluster cluster;
    QList<WorklogAction> actions; // cluster index not yet set
};

// Reads the cluster whose heading is `heading` from lines [heading.line + 1, heading.end).
ClusterPart parseCluster(const md::Lines &lines, const md::Heading &heading, int number,
                         const QString &rest, QStringList &warnings);

// Folds a repeated cluster section (same number) into `into`: empty fields are filled,
// differing ones kept in extraFields, counts and samples appended.
void mergeCluster(WorklogCluster &into, const WorklogCluster &from);

// Actions stated in lines [begin, end) outside any cluster section: "**Action:**" field
// blocks and list lines like "- Updated issue #12 (P2 -> P1)". `leftover` receives the
// lines that were neither.
QList<WorklogAction> parseActions(const md::Lines &lines, int begin, int end,
                                  QStringList *leftover);

// Applies one action-related field to `action`; false when the label is not one.
bool applyActionField(WorklogAction &action, const QString &label, const QString &value);

// A row "| 9 | Title | P4 | WARNING | 69 | `module:12` |" of the "Other Clusters" table;
// false for the header, the separator and anything else.
bool clusterFromTableRow(const QString &line, WorklogCluster &cluster);

// A list item of a summary or distribution list.
WorklogSummaryItem parseSummaryItem(const QString &itemText, bool distribution);

} // namespace gardener::worklog::detail
