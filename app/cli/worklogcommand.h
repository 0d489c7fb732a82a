#pragma once

#include "app/cli/command.h"

namespace gardener::cli {

// `loggardener worklog FILE... [--format text|json]`
// What was understood from worklogs, ours and hand-written ones (see docs/worklogs.md).
// JSON: a list with one object per readable file; keys of the contract: generated, service,
// clusters (title, severity, priority, count = smallest stated count, samples), actions
// (issue, kind created/updated/reopened/linked, priority_change "P2->P1" or null); added keys:
// file, title, project, ..., category, counts, distribution, unparsed, warnings.
// The reader's warnings go to standard error. Exit: 0 all files read; 1 no file could be read;
// 2 usage; 3 some files could not be read (named on standard error), the others were printed.
class WorklogCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("worklog"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace gardener::cli
