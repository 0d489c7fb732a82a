#pragma once

#include "app/cli/command.h"

namespace gardener::cli {

// `loggardener run (--input FILE... | --demo | --profile NAME | --project ID --service NAME
//   [--since …]) [--github-repo OWNER/NAME] [--github-api URL] [--post none|comments|all]
//   [--worklog-dir DIR] [--history FILE] [--rules FILE] [--format text|json]`
// A whole pass without a window: read, cluster, triage against history, record the run, write
// the worklog; with a GitHub repository also match issues and prepare drafts (posting only
// with --post). Standard output: one line per cluster (text) or a JSON object with `run`,
// `worklog`, `clusters` (fingerprint, name, count, priority, category, trend, change_percent,
// explanation). Exit: 0 done; 1 failed; 2 usage; 3 partial (entries skipped, posts failed).
class RunCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace gardener::cli
