#pragma once

#include "app/cli/command.h"

namespace gardener::cli {

// `loggardener collect (--profile NAME | --project ID [--service NAME]) [--since 1h|24h|2d]
//  [--severity WARNING] [--filter EXPR] --out FILE [--logging-endpoint URL]
//  [--engine local|bigquery [--dataset PROJECT.LINK_ID] [--bigquery-endpoint URL]
//   [--max-bytes-billed SIZE] [--dry-run]]`
// Downloads entries into a JSON export that inspect/cluster read, resuming an interrupted run
// into the same FILE. Credentials: the profile's (keychain or file it names), else
// GOOGLE_APPLICATION_CREDENTIALS, else gcloud's Application Default Credentials file.
// Progress goes to standard error; standard output stays empty.
class CollectCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("collect"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace gardener::cli
