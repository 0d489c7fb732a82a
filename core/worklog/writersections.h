#pragma once

#include "core/worklog/worklogdata.h"
#include "core/worklog/worklogwriter.h"

#include <QString>
#include <functional>

// The sections of a written worklog, one function each, in the order WorklogWriter::render
// puts them. Internal to the writer.

namespace gardener::worklog::writer {

using Redact = std::function<QString(const QString &)>;

// Inline Markdown helpers that render the same on GitHub as the text says.
QString inlineText(const QString &text);    // escaped, one line
QString codeSpan(const QString &text);      // a code span whose fence outlasts any backtick run
QString tableCell(const QString &markdown); // pipes escaped so the table never breaks
QString fenceFor(const QString &text);      // a block fence longer than any backtick run
QString field(const QString &label, const QString &value); // "**Label:** value\n", value escaped
QString countText(qint64 count, bool lowerBound);
QString priorityText(const WorklogCluster &c);
QString headingTail(const WorklogCluster &c);
QString headingTitle(const QString &title);
QString paragraphs(const QString &text);
int priorityNumber(const QString &priority); // "P2" -> 2, 9 when absent

QString header(const WorklogData &d);
QString executiveSummary(const WorklogData &d, const Redact &redact);
QString clusterSection(const WorklogCluster &c, int number, const Redact &redact,
                       const WorklogWriterOptions &o);
QString otherClustersTable(const WorklogData &d, int firstCompact, const Redact &redact);
QString rawLogSummary(const WorklogData &d);
QString githubActions(const WorklogData &d, const Redact &redact);
QString nextSteps(const WorklogData &d, const Redact &redact);

} // namespace gardener::worklog::writer
