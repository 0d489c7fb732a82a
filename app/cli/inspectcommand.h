#pragma once

#include "app/cli/command.h"

namespace gardener::cli {

// `loggardener inspect FILE... [--format text|json] [--demo] [--lenient]`
// The raw summary of Cloud Logging exports: entries, severities, services and revisions, time
// range, and what was skipped and why. JSON keys (stable): entries, skipped, severities
// (name -> count, all nine), services (names by count), first, last (RFC 3339 UTC, null without
// entries); also service_counts, revisions, files, problems, skipped_reasons.
// Exit: 0 all read; 1 nothing usable (no file readable, or no entry); 2 usage; 3 some entries
// skipped or some files unreadable (said on standard error).
class InspectCommand final : public ExportCommand
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace gardener::cli
