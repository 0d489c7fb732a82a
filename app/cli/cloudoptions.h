#pragma once

#include "app/cli/bigquerycollect.h"
#include "core/gcp/credentials.h"
#include "core/util/error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

namespace gardener::gcp {
struct Profile;
}

namespace gardener::cli {

// The options that say what to collect from Google Cloud and how, shared by `collect` and `run`
// (which hands them on to `collect`). Names, value names and defaults are declared here once;
// each command describes them in its own words, because its --help text is part of the
// command-line contract.
struct CloudOptions
{
    struct Descriptions
    {
        QString profile, project, service, since, severity, filter, loggingEndpoint;
        QString engine, dataset, bigqueryEndpoint, maxBytesBilled;
        QString dryRun; // only `collect` offers --dry-run
        QString sinceDefault, severityDefault;
    };
    explicit CloudOptions(const Descriptions &descriptions);

    QCommandLineOption profile, project, service, since, severity, filter, loggingEndpoint;
    QCommandLineOption engine, dataset, bigqueryEndpoint, maxBytesBilled, dryRun;

    // What to collect, --profile to --filter, in the order --help lists them.
    QList<QCommandLineOption> selection() const;
    // How BigQuery analyses the window: --engine to --max-bytes-billed (without --dry-run).
    QList<QCommandLineOption> bigQuery() const;

    // Whether the command line collects: --profile or --project is given.
    bool collecting(const QCommandLineParser &parser) const;
    // The options the user gave, as `collect` takes them (`run` collects through `collect`).
    QStringList forwarded(const QCommandLineParser &parser) const;
    // --logging-endpoint, else the default endpoint; a usage error for a URL that is not http(s).
    Result<QUrl> loggingUrl(const QCommandLineParser &parser) const;
    // Whether BigQuery is the engine (filling `into` from the options), or a usage error. Needs a
    // parser that knows --dry-run.
    Result<bool> readBigQuery(const QCommandLineParser &parser, BigQueryCollectOptions *into) const;
};

// Credentials as the command line finds them: the profile's (keychain or the file it names;
// keychain messages go to `err` as "loggardener COMMAND: …"), else the file named by
// GOOGLE_APPLICATION_CREDENTIALS, else gcloud's Application Default Credentials file. The
// error says how to provide some. Spins the event loop while the keychain answers.
Result<gcp::Credentials> commandLineCredentials(const gcp::Profile *profile, const QString &command,
                                                QTextStream &err);

} // namespace gardener::cli
