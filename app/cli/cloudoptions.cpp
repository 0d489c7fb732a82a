#include "app/cli/cloudoptions.h"

#include "core/gcp/logcollector.h"
#include "core/gcp/profile.h"
#include "core/secrets/secretstore.h"
#include "core/util/waitfor.h"

#include <QFileInfo>

namespace gardener::cli {

namespace {

// --NAME's value as an http(s) URL, or the usage error that names the option.
Result<QUrl> httpUrl(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QUrl url(parser.value(option));
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return fail(QStringLiteral("--%1 needs an http(s) URL.").arg(option.names().first()));
    return url;
}

} // namespace

CloudOptions::CloudOptions(const Descriptions &d)
    : profile(QStringLiteral("profile"), d.profile, QStringLiteral("NAME")),
      project(QStringLiteral("project"), d.project, QStringLiteral("ID")),
      service(QStringLiteral("service"), d.service, QStringLiteral("NAME")),
      since(QStringLiteral("since"), d.since, QStringLiteral("WINDOW"), d.sinceDefault),
      severity(QStringLiteral("severity"), d.severity, QStringLiteral("LEVEL"), d.severityDefault),
      filter(QStringLiteral("filter"), d.filter, QStringLiteral("EXPR")),
      loggingEndpoint(QStringLiteral("logging-endpoint"), d.loggingEndpoint, QStringLiteral("URL")),
      engine(QStringLiteral("engine"), d.engine, QStringLiteral("ENGINE"), QStringLiteral("local")),
      dataset(QStringLiteral("dataset"), d.dataset, QStringLiteral("PROJECT.LINK_ID")),
      bigqueryEndpoint(QStringLiteral("bigquery-endpoint"), d.bigqueryEndpoint,
                       QStringLiteral("URL")),
      maxBytesBilled(QStringLiteral("max-bytes-billed"), d.maxBytesBilled, QStringLiteral("SIZE")),
      dryRun(QStringLiteral("dry-run"), d.dryRun)
{
}

QList<QCommandLineOption> CloudOptions::selection() const
{
    return {profile, project, service, since, severity, filter};
}

QList<QCommandLineOption> CloudOptions::bigQuery() const
{
    return {engine, dataset, bigqueryEndpoint, maxBytesBilled};
}

bool CloudOptions::collecting(const QCommandLineParser &parser) const
{
    return parser.isSet(profile) || parser.isSet(project);
}

QStringList CloudOptions::forwarded(const QCommandLineParser &parser) const
{
    QStringList args;
    for (const QCommandLineOption &o : selection() + QList{loggingEndpoint} + bigQuery()) {
        if (parser.isSet(o))
            args << QStringLiteral("--") + o.names().first() << parser.value(o);
    }
    return args;
}

Result<QUrl> CloudOptions::loggingUrl(const QCommandLineParser &parser) const
{
    if (!parser.isSet(loggingEndpoint))
        return gcp::defaultLoggingEndpoint();
    return httpUrl(parser, loggingEndpoint);
}

Result<bool> CloudOptions::readBigQuery(const QCommandLineParser &parser,
                                        BigQueryCollectOptions *into) const
{
    const QString name = parser.value(engine);
    const bool on = name == QLatin1String("bigquery");
    if (!on && name != QLatin1String("local"))
        return fail(QStringLiteral("--engine is local or bigquery, not '%1'.").arg(name));
    if (!on && (parser.isSet(dataset) || parser.isSet(maxBytesBilled) || parser.isSet(dryRun)))
        return fail(
            QStringLiteral("--dataset, --max-bytes-billed and --dry-run need --engine bigquery."));
    if (on && parser.isSet(filter))
        return fail(QStringLiteral("--filter is a Cloud Logging filter and cannot run in BigQuery; "
                                   "use --service and --severity."));
    if (parser.isSet(maxBytesBilled)) {
        const auto cap = parseByteSize(parser.value(maxBytesBilled));
        if (!cap)
            return fail(
                QStringLiteral(
                    "--max-bytes-billed takes a size such as 1073741824, 500MB or 10GiB, not '%1'.")
                    .arg(parser.value(maxBytesBilled)));
        into->maxBytesBilled = *cap;
    }
    if (parser.isSet(bigqueryEndpoint)) {
        auto url = httpUrl(parser, bigqueryEndpoint);
        if (!url)
            return fail(url.error().what);
        into->bigqueryEndpoint = *url;
    }
    into->dataset = parser.value(dataset);
    into->dryRunOnly = parser.isSet(dryRun);
    return on;
}

Result<gcp::Credentials> commandLineCredentials(const gcp::Profile *profile, const QString &command,
                                                QTextStream &err)
{
    if (profile) {
        secrets::SecretStore secrets;
        const auto say = [&err, command](const QString &m) {
            err << "loggardener " << command << ": " << m << '\n';
            err.flush();
        };
        QObject::connect(&secrets, &secrets::SecretStore::unavailable, say);
        QObject::connect(&secrets, &secrets::SecretStore::waitingForKeychain, say);
        return waitFor<Result<gcp::Credentials>>(
            [&](auto done) { gcp::loadProfileCredentials(*profile, secrets, done); });
    }
    if (!qEnvironmentVariableIsEmpty("GOOGLE_APPLICATION_CREDENTIALS"))
        return gcp::credentialsFromEnvironment();
    if (QFileInfo::exists(gcp::defaultAdcPath()))
        return gcp::loadCredentialsFile(gcp::defaultAdcPath());
    return fail(QStringLiteral("no credentials: set GOOGLE_APPLICATION_CREDENTIALS to a "
                               "service-account key file, run 'gcloud auth "
                               "application-default login', or use --profile."));
}

} // namespace gardener::cli
