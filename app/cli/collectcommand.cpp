#include "app/cli/collectcommand.h"

#include "app/cli/bigquerycollect.h"
#include "core/gcp/logcollector.h"
#include "core/gcp/profile.h"
#include "core/gcp/querybuilder.h"
#include "core/gcp/tokenprovider.h"
#include "core/secrets/secretstore.h"
#include "core/util/waitfor.h"

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

} // namespace

int CollectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Downloads log entries from Google Cloud Logging into a JSON export that "
                       "'inspect' and 'cluster' read. Running the same command again after an "
                       "interruption resumes where it stopped.\n\nCredentials: the profile's, "
                       "else the file named by GOOGLE_APPLICATION_CREDENTIALS (service-account "
                       "key or Application Default Credentials, read in place), else gcloud's "
                       "Application Default Credentials."));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QStringLiteral("Use the saved profile NAME."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption projectOpt(QStringLiteral("project"),
                                        QStringLiteral("Google Cloud project ID."),
                                        QStringLiteral("ID"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"),
                                        QStringLiteral("Only this Cloud Run service."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption sinceOpt(
        QStringLiteral("since"),
        QStringLiteral("How far back: 1h, 24h or 2d (any N with m, h or d). Default 24h."),
        QStringLiteral("WINDOW"));
    const QCommandLineOption severityOpt(QStringLiteral("severity"),
                                         QStringLiteral("Minimum severity, e.g. WARNING."),
                                         QStringLiteral("LEVEL"));
    const QCommandLineOption filterOpt(
        QStringLiteral("filter"),
        QStringLiteral("An extra Cloud Logging filter, ANDed to the rest."),
        QStringLiteral("EXPR"));
    const QCommandLineOption outOpt(
        QStringLiteral("out"), QStringLiteral("The JSON export to write."), QStringLiteral("FILE"));
    const QCommandLineOption endpointOpt(
        QStringLiteral("logging-endpoint"),
        QStringLiteral("Cloud Logging API base URL (default https://logging.googleapis.com)."),
        QStringLiteral("URL"));
    const BigQueryCliOptions bqOpts;
    parser.addOptions({profileOpt, projectOpt, serviceOpt, sinceOpt, severityOpt, filterOpt, outOpt,
                       endpointOpt});
    parser.addOptions(bqOpts.all());
    if (auto code = parseArguments(parser, name(), arguments, out, err))
        return *code;

    auto usage = [&](const QString &message) { return usageError(err, name(), message); };
    auto failure = [&](const QString &message) {
        err << "loggardener collect: " << message << '\n';
        err.flush();
        return int(ExitFailure);
    };
    if (parser.isSet(profileOpt) == parser.isSet(projectOpt))
        return usage(QStringLiteral("give either --profile NAME or --project ID."));
    BigQueryCollectOptions bq;
    const auto bigquery = bqOpts.read(parser, parser.isSet(filterOpt), &bq);
    if (!bigquery)
        return usage(bigquery.error().what);
    if ((!parser.isSet(outOpt) || parser.value(outOpt).isEmpty()) && !bq.dryRunOnly)
        return usage(QStringLiteral("--out FILE is required."));
    if (!parser.positionalArguments().isEmpty())
        return usage(
            QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()));

    QSettings settings;
    gcp::ProfileStore profiles(&settings);
    std::optional<gcp::Profile> profile;
    gcp::LogQuery query;
    QString projectId;
    if (parser.isSet(profileOpt)) {
        profile = profiles.load(parser.value(profileOpt));
        if (!profile)
            return failure(QStringLiteral("no profile named '%1' (known: %2).")
                               .arg(parser.value(profileOpt),
                                    profiles.names().isEmpty()
                                        ? QStringLiteral("none")
                                        : profiles.names().join(QStringLiteral(", "))));
        query = profile->query;
        projectId = profile->projectId;
    } else {
        projectId = parser.value(projectOpt);
    }
    if (parser.isSet(serviceOpt))
        query.service = parser.value(serviceOpt);
    // "now" of an interrupted collection of the same command line, so its filter (which holds
    // absolute times) is the same and the collection resumes instead of starting over.
    const QDateTime now = pinnedNow(parser.value(outOpt), arguments);
    if (parser.isSet(sinceOpt)) {
        const auto seconds = gcp::LogQuery::parseSinceSeconds(parser.value(sinceOpt));
        if (!seconds)
            return usage(
                QStringLiteral("--since takes 1h, 24h, 2d (a number with m, h or d), not '%1'.")
                    .arg(parser.value(sinceOpt)));
        query.window = gcp::LogQuery::Window::Custom;
        query.customStart = now.addSecs(-*seconds);
        query.customEnd = {};
    }
    if (parser.isSet(severityOpt))
        query.minSeverity = parser.value(severityOpt).toUpper();
    if (parser.isSet(filterOpt))
        query.advanced = parser.value(filterOpt);
    auto filter = gcp::buildFilter(query, now);
    if (!filter)
        return failure(filter.error().toString());

    QUrl endpoint = gcp::defaultLoggingEndpoint();
    if (parser.isSet(endpointOpt)) {
        endpoint = QUrl(parser.value(endpointOpt));
        if (!endpoint.isValid() || (endpoint.scheme() != QLatin1String("https") &&
                                    endpoint.scheme() != QLatin1String("http")))
            return usage(QStringLiteral("--logging-endpoint needs an http(s) URL."));
    }

    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // Credentials: the profile's, else GOOGLE_APPLICATION_CREDENTIALS, else gcloud's ADC file.
    Result<gcp::Credentials> credentials = fail(QStringLiteral("no credentials"));
    if (profile) {
        secrets::SecretStore secrets;
        QObject::connect(&secrets, &secrets::SecretStore::unavailable,
                         [&](const QString &m) { err << "loggardener collect: " << m << '\n'; });
        QObject::connect(&secrets, &secrets::SecretStore::waitingForKeychain,
                         [&](const QString &m) {
                             err << "loggardener collect: " << m << '\n';
                             err.flush();
                         });
        credentials = waitFor<Result<gcp::Credentials>>(
            [&](auto done) { gcp::loadProfileCredentials(*profile, secrets, done); });
    } else if (!qEnvironmentVariableIsEmpty("GOOGLE_APPLICATION_CREDENTIALS")) {
        credentials = gcp::credentialsFromEnvironment();
    } else if (QFileInfo::exists(gcp::defaultAdcPath())) {
        credentials = gcp::loadCredentialsFile(gcp::defaultAdcPath());
    } else {
        return failure(QStringLiteral("no credentials: set GOOGLE_APPLICATION_CREDENTIALS to a "
                                      "service-account key file, run 'gcloud auth "
                                      "application-default login', or use --profile."));
    }
    if (!credentials)
        return failure(credentials.error().toString());

    QNetworkAccessManager network;
    gcp::TokenProvider tokens(&network, *credentials);
    if (*bigquery) {
        bq.project = projectId;
        if (query.resource != gcp::LogQuery::Resource::Any)
            bq.resourceType = gcp::LogQuery::resourceName(query.resource);
        if (!query.text.isEmpty() || !query.advanced.isEmpty())
            err << "loggardener collect: the profile's free text and advanced filter are Cloud "
                   "Logging filters; "
                   "BigQuery applies only the resource type, service, severity and window\n";
        bq.service = query.service;
        bq.minSeverity =
            query.minSeverity.isEmpty() ? QStringLiteral("DEFAULT") : query.minSeverity;
        bq.start = query.start(now);
        bq.end = query.end(now).isValid() ? query.end(now) : now;
        bq.loggingEndpoint = parser.isSet(endpointOpt) ? endpoint : QUrl();
        bq.outputPath = parser.value(outOpt);
        return collectWithBigQuery(network, tokens, bq, err);
    }
    gcp::LogCollector collector(&network, [&tokens](bool refresh, auto done) {
        if (refresh)
            tokens.invalidate();
        tokens.accessToken(std::move(done));
    });
    gcp::CollectRequest request;
    request.endpoint = endpoint;
    request.projectId = projectId;
    request.filter = *filter;
    request.outputPath = parser.value(outOpt);
    request.windowStart = query.start(now);
    request.windowEnd = query.end(now).isValid() ? query.end(now) : now;

    err << "loggardener collect: project " << projectId << ", filter: " << *filter << '\n';
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

    const auto &result = collector.result();
    if (!result)
        return failure(result.error().toString());
    QFile::remove(windowPinPath(parser.value(outOpt)));
    if (parser.isSet(filterOpt))
        profiles.rememberQuery(parser.value(filterOpt));
    err << "loggardener collect: wrote " << result->entries << " entries to " << result->outputPath
        << (result->resumed ? " (resumed)" : "") << '\n';
    err.flush();
    return ExitOk;
}

} // namespace gardener::cli
