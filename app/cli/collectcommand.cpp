#include "app/cli/collectcommand.h"

#include "app/cli/bigquerycollect.h"
#include "app/cli/cloudoptions.h"
#include "core/gcp/logcollector.h"
#include "core/gcp/profile.h"
#include "core/gcp/querybuilder.h"
#include "core/gcp/tokenprovider.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSaveFile>
#include <QSettings>

namespace gardener::cli {

namespace {

// <out>.window.json: the moment a collection's window was computed, with the command line it
// belongs to. Used only while the collection's resume state (<out>.state.json) exists.
QString windowPinPath(const QString &out)
{
    return out + QStringLiteral(".window.json");
}

QDateTime pinnedNow(const QString &out, const QStringList &arguments)
{
    const QString signature = arguments.join(QChar(0x1f));
    if (QFileInfo::exists(out + QStringLiteral(".state.json"))) {
        QFile pin(windowPinPath(out));
        if (pin.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(pin.readAll()).object();
            const QDateTime pinned =
                QDateTime::fromString(o.value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
            if (o.value(QStringLiteral("arguments")).toString() == signature && pinned.isValid())
                return pinned.toUTC();
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSaveFile pin(windowPinPath(out));
    if (pin.open(QIODevice::WriteOnly)) {
        pin.write(
            QJsonDocument(QJsonObject{{QStringLiteral("now"), now.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("arguments"), signature}})
                .toJson());
        pin.commit();
    }
    return now;
}

} // namespace

QString CollectCommand::summary() const
{
    return QStringLiteral("download Google Cloud log entries into a JSON export");
}

namespace {

const QString Collect = QStringLiteral("collect");

CloudOptions::Descriptions collectDescriptions()
{
    CloudOptions::Descriptions d;
    d.profile = QStringLiteral("Use the saved profile NAME.");
    d.project = QStringLiteral("Google Cloud project ID.");
    d.service = QStringLiteral("Only this Cloud Run service.");
    d.since = QStringLiteral("How far back: 1h, 24h or 2d (any N with m, h or d). Default 24h.");
    d.severity = QStringLiteral("Minimum severity, e.g. WARNING.");
    d.filter = QStringLiteral("An extra Cloud Logging filter, ANDed to the rest.");
    d.loggingEndpoint =
        QStringLiteral("Cloud Logging API base URL (default https://logging.googleapis.com).");
    d.engine = QStringLiteral("local (download the entries, default) or bigquery (analyse the "
                              "window in BigQuery through a log bucket's linked dataset).");
    d.dataset = QStringLiteral("With --engine bigquery: the linked dataset PROJECT.LINK_ID "
                               "(default: the project's only one).");
    d.bigqueryEndpoint =
        QStringLiteral("BigQuery API base URL (default https://bigquery.googleapis.com).");
    d.maxBytesBilled = QStringLiteral("With --engine bigquery: refuse queries that would bill "
                                      "more (bytes, or 500MB, 10GiB, 1TB; default 1GiB).");
    d.dryRun =
        QStringLiteral("With --engine bigquery: only show what the query would scan and cost.");
    return d;
}

// The command line's options, in the order --help lists them.
struct CollectOptions
{
    CloudOptions cloud{collectDescriptions()};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("The JSON export to write."),
                           QStringLiteral("FILE")};

    void declare(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral(
            "Downloads log entries from Google Cloud Logging into a JSON export that 'inspect' "
            "and 'cluster' read. Running the same command again after an interruption resumes "
            "where it stopped.\n\nCredentials: the profile's, else the file named by "
            "GOOGLE_APPLICATION_CREDENTIALS (service-account key or Application Default "
            "Credentials, read in place), else gcloud's Application Default Credentials."));
        parser.addOptions(cloud.selection() + QList{out, cloud.loggingEndpoint} + cloud.bigQuery() +
                          QList{cloud.dryRun});
    }
};

// What the command line asks to collect, once checked.
struct CollectPlan
{
    std::optional<gcp::Profile> profile;
    QString projectId;
    gcp::LogQuery query;
    QDateTime now; // the window's end, pinned while an interrupted collection resumes
    QString filter;
    QUrl endpoint;
    bool bigquery = false;
    BigQueryCollectOptions bq;
    QString outPath;
};

int failure(QTextStream &err, const QString &message)
{
    err << "loggardener collect: " << message << '\n';
    err.flush();
    return ExitFailure;
}

// Usage errors that need nothing but the command line.
std::optional<int> checkUsage(const QCommandLineParser &parser, const CollectOptions &o,
                              QTextStream &err, CollectPlan &plan)
{
    const auto usage = [&](const QString &message) { return usageError(err, Collect, message); };
    if (parser.isSet(o.cloud.profile) == parser.isSet(o.cloud.project))
        return usage(QStringLiteral("give either --profile NAME or --project ID."));
    const auto bigquery = o.cloud.readBigQuery(parser, &plan.bq);
    if (!bigquery)
        return usage(bigquery.error().what);
    plan.bigquery = *bigquery;
    plan.outPath = parser.value(o.out);
    if ((!parser.isSet(o.out) || plan.outPath.isEmpty()) && !plan.bq.dryRunOnly)
        return usage(QStringLiteral("--out FILE is required."));
    if (!parser.positionalArguments().isEmpty())
        return usage(
            QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

// The project, the query (the profile's, with the command line's changes), its filter and the
// endpoint.
std::optional<int> planQuery(const QCommandLineParser &parser, const CollectOptions &o,
                             const QStringList &arguments, QTextStream &err, CollectPlan &plan)
{
    const auto usage = [&](const QString &message) { return usageError(err, Collect, message); };
    if (parser.isSet(o.cloud.profile)) {
        QSettings settings;
        const gcp::ProfileStore profiles(&settings);
        plan.profile = profiles.load(parser.value(o.cloud.profile));
        if (!plan.profile)
            return failure(err, QStringLiteral("no profile named '%1' (known: %2).")
                                    .arg(parser.value(o.cloud.profile),
                                         profiles.names().isEmpty()
                                             ? QStringLiteral("none")
                                             : profiles.names().join(QStringLiteral(", "))));
        plan.query = plan.profile->query;
        plan.projectId = plan.profile->projectId;
    } else {
        plan.projectId = parser.value(o.cloud.project);
    }
    gcp::LogQuery &query = plan.query;
    if (parser.isSet(o.cloud.service))
        query.service = parser.value(o.cloud.service);
    // "now" of an interrupted collection of the same command line, so its filter (which holds
    // absolute times) is the same and the collection resumes instead of starting over.
    plan.now = pinnedNow(plan.outPath, arguments);
    if (parser.isSet(o.cloud.since)) {
        const auto seconds = gcp::LogQuery::parseSinceSeconds(parser.value(o.cloud.since));
        if (!seconds)
            return usage(
                QStringLiteral("--since takes 1h, 24h, 2d (a number with m, h or d), not '%1'.")
                    .arg(parser.value(o.cloud.since)));
        query.window = gcp::LogQuery::Window::Custom;
        query.customStart = plan.now.addSecs(-*seconds);
        query.customEnd = {};
    }
    if (parser.isSet(o.cloud.severity))
        query.minSeverity = parser.value(o.cloud.severity).toUpper();
    if (parser.isSet(o.cloud.filter))
        query.advanced = parser.value(o.cloud.filter);
    auto filter = gcp::buildFilter(query, plan.now);
    if (!filter)
        return failure(err, filter.error().toString());
    plan.filter = *filter;
    auto endpoint = o.cloud.loggingUrl(parser);
    if (!endpoint)
        return usage(endpoint.error().what);
    plan.endpoint = *endpoint;
    return std::nullopt;
}

// The window analysed in BigQuery: the query's resource, service, severity and window.
int analyseInBigQuery(CollectPlan &plan, bool endpointGiven, QNetworkAccessManager &network,
                      gcp::TokenProvider &tokens, QTextStream &err)
{
    const gcp::LogQuery &query = plan.query;
    BigQueryCollectOptions &bq = plan.bq;
    bq.project = plan.projectId;
    if (query.resource != gcp::LogQuery::Resource::Any)
        bq.resourceType = gcp::LogQuery::resourceName(query.resource);
    if (!query.text.isEmpty() || !query.advanced.isEmpty())
        err << "loggardener collect: the profile's free text and advanced filter are Cloud "
               "Logging filters; "
               "BigQuery applies only the resource type, service, severity and window\n";
    bq.service = query.service;
    bq.minSeverity = query.minSeverity.isEmpty() ? QStringLiteral("DEFAULT") : query.minSeverity;
    bq.start = query.start(plan.now);
    bq.end = query.end(plan.now).isValid() ? query.end(plan.now) : plan.now;
    bq.loggingEndpoint = endpointGiven ? plan.endpoint : QUrl();
    bq.outputPath = plan.outPath;
    return collectWithBigQuery(network, tokens, bq, err);
}

// Downloads the entries page by page, progress on `err`; resumes an interrupted collection.
Result<gcp::CollectSummary> download(const CollectPlan &plan, QNetworkAccessManager &network,
                                     gcp::TokenProvider &tokens, QTextStream &err)
{
    gcp::LogCollector collector(&network, tokens.source());
    gcp::CollectRequest request;
    request.endpoint = plan.endpoint;
    request.projectId = plan.projectId;
    request.filter = plan.filter;
    request.outputPath = plan.outPath;
    request.windowStart = plan.query.start(plan.now);
    request.windowEnd = plan.query.end(plan.now).isValid() ? plan.query.end(plan.now) : plan.now;

    err << "loggardener collect: project " << plan.projectId << ", filter: " << plan.filter << '\n';
    err.flush();
    QObject::connect(&collector, &gcp::LogCollector::progressChanged, [&] {
        const auto &p = collector.progress();
        err << "  page " << p.pages << ": " << p.entries << " entries";
        if (p.oldest.isValid())
            err << ", back to " << p.oldest.toString(Qt::ISODate);
        if (p.fraction >= 0)
            err << " (" << qRound(p.fraction * 100) << "% of the window)";
        err << '\n';
        err.flush();
    });
    QObject::connect(&collector, &gcp::LogCollector::retrying,
                     [&](const QString &reason, qint64 ms) {
                         err << "  retrying in " << ms << " ms: " << reason << '\n';
                         err.flush();
                     });
    QEventLoop loop;
    QObject::connect(&collector, &gcp::LogCollector::finished, &loop, &QEventLoop::quit);
    collector.start(request);
    if (collector.isRunning())
        loop.exec();
    return collector.result();
}

} // namespace

int CollectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const CollectOptions options;
    options.declare(parser);
    if (auto code = parseArguments(parser, name(), arguments, out, err))
        return *code;
    CollectPlan plan;
    if (auto code = checkUsage(parser, options, err, plan))
        return *code;
    if (auto code = planQuery(parser, options, arguments, err, plan))
        return *code;

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    const auto credentials =
        commandLineCredentials(plan.profile ? &*plan.profile : nullptr, name(), err);
    if (!credentials)
        return failure(err, credentials.error().toString());
    QNetworkAccessManager network;
    gcp::TokenProvider tokens(&network, *credentials);
    if (plan.bigquery)
        return analyseInBigQuery(plan, parser.isSet(options.cloud.loggingEndpoint), network, tokens,
                                 err);
    const auto result = download(plan, network, tokens, err);
    if (!result)
        return failure(err, result.error().toString());

    QFile::remove(windowPinPath(plan.outPath));
    if (parser.isSet(options.cloud.filter)) {
        QSettings settings;
        gcp::ProfileStore(&settings).rememberQuery(parser.value(options.cloud.filter));
    }
    err << "loggardener collect: wrote " << result->entries << " entries to " << result->outputPath
        << (result->resumed ? " (resumed)" : "") << '\n';
    err.flush();
    return ExitOk;
}

} // namespace gardener::cli
