#include "app/cli/runcommand.h"

#include "app/cli/bigquerycollect.h"
#include "app/cli/collectcommand.h"
#include "core/evidence/runevidence.h"
#include "core/gcp/bigqueryanalysis.h"
#include "core/gcp/cloudrunrevisions.h"
#include "core/gcp/profile.h"
#include "core/gcp/tokenprovider.h"
#include "core/github/githubtokenstore.h"
#include "core/pipeline/githubstep.h"
#include "core/pipeline/runpipeline.h"
#include "core/pipeline/worklogbuilder.h"
#include "core/redaction/redactor.h"
#include "core/secrets/secretstore.h"
#include "core/util/waitfor.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

namespace gardener::cli {
namespace {

QJsonObject clusterJson(const clustering::IssueCluster &c, const triage::TriagedCluster &t)
{
    return QJsonObject{
        {QStringLiteral("fingerprint"), c.fingerprint},
        {QStringLiteral("name"), redaction::Redactor().redact(c.name)},
        {QStringLiteral("count"), qint64(c.count)},
        {QStringLiteral("priority"), t.decision.priorityLabel()},
        {QStringLiteral("category"), t.decision.category},
        {QStringLiteral("expected"), t.decision.expected},
        {QStringLiteral("trend"), triage::trendName(t.trend.trend)},
        {QStringLiteral("trend_label"), t.trend.label()},
        {QStringLiteral("change_percent"), t.trend.changePercent},
        {QStringLiteral("per_minute"), t.perMinute},
        {QStringLiteral("explanation"), QJsonArray::fromStringList(t.decision.explanation)},
    };
}

// Where a run keeps what it collected, so the user can open it again: the data folder.
QString collectedPath(const QString &project)
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    return dir.filePath(
        QStringLiteral("collected/%1-%2.json")
            .arg(project.isEmpty() ? QStringLiteral("profile") : project,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

} // namespace

QString RunCommand::summary() const
{
    return QStringLiteral("a whole pass: read or collect, cluster, triage, drafts, worklog");
}

namespace {

// Creation times and deployed commits of the Cloud Run revisions the entries name, from the
// Admin API with the credentials the collection used (profile, else
// GOOGLE_APPLICATION_CREDENTIALS, else gcloud's ADC). Missing permission or a network problem
// costs only those facts: the evidence then uses each revision's first entry.
void addRevisionFacts(pipeline::RunOutcome &outcome, const QString &profileName, QString project,
                      const QUrl &endpoint, QTextStream &err)
{
    if (gcp::cloudRunServicesOf(*outcome.store).isEmpty())
        return;
    Result<gcp::Credentials> credentials = fail(QStringLiteral("no credentials"));
    secrets::SecretStore secrets;
    if (!profileName.isEmpty()) {
        QSettings settings;
        const auto profile = gcp::ProfileStore(&settings).load(profileName);
        if (!profile)
            return;
        if (project.isEmpty())
            project = profile->projectId;
        credentials = waitFor<Result<gcp::Credentials>>(
            [&](auto done) { gcp::loadProfileCredentials(*profile, secrets, done); });
    } else if (!qEnvironmentVariableIsEmpty("GOOGLE_APPLICATION_CREDENTIALS")) {
        credentials = gcp::credentialsFromEnvironment();
    } else {
        credentials = gcp::loadCredentialsFile(gcp::defaultAdcPath());
    }
    if (!credentials || project.isEmpty())
        return;
    QNetworkAccessManager network;
    gcp::TokenProvider tokens(&network, *credentials);
    tokens.setScope(gcp::bigQueryReadScope()); // cloud-platform.read-only covers run.revisions.list
    const auto source = [&tokens](bool refresh, std::function<void(Result<QByteArray>)> done) {
        if (refresh)
            tokens.invalidate();
        tokens.accessToken(std::move(done));
    };
    const QStringList warnings = gcp::fetchRevisionFacts(
        &network, source, endpoint.isEmpty() ? gcp::defaultCloudRunEndpoint() : endpoint, project,
        *outcome.store, &outcome.deploys.createdNs, &outcome.revisionCommits);
    for (const QString &w : warnings)
        err << "loggardener run: Cloud Run: " << w << '\n';
    if (!outcome.deploys.createdNs.isEmpty())
        err << "loggardener run: Cloud Run: creation times of " << outcome.deploys.createdNs.size()
            << " revisions\n";
}

} // namespace

int RunCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption input(QStringLiteral("input"),
                                   QStringLiteral("An export to read (repeatable)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Use the bundled demo export."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Collect with this profile."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     QStringLiteral("Google Cloud project id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("Service name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("Window to collect: 1h, 24h, 2d."),
                                   QStringLiteral("WINDOW"), QStringLiteral("24h"));
    const QCommandLineOption repo(QStringLiteral("github-repo"),
                                  QStringLiteral("GitHub repository OWNER/NAME."),
                                  QStringLiteral("OWNER/NAME"));
    const QCommandLineOption api(QStringLiteral("github-api"),
                                 QStringLiteral("GitHub API base URL."), QStringLiteral("URL"),
                                 QStringLiteral("https://api.github.com"));
    const QCommandLineOption post(QStringLiteral("post"),
                                  QStringLiteral("What to post: none, comments, all."),
                                  QStringLiteral("MODE"), QStringLiteral("none"));
    const QCommandLineOption worklogDir(QStringLiteral("worklog-dir"),
                                        QStringLiteral("Folder for the worklog."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption history(
        QStringLiteral("history"),
        QStringLiteral("History database (default: in the user's data folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   QStringLiteral("Triage rules file (default: built-in)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Output: text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      QStringLiteral("Minimum severity to collect."),
                                      QStringLiteral("LEVEL"), QStringLiteral("WARNING"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Extra Cloud Logging filter."),
                                    QStringLiteral("EXPR"));
    const QCommandLineOption endpoint(QStringLiteral("logging-endpoint"),
                                      QStringLiteral("Cloud Logging API base URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption engine(QStringLiteral("engine"),
                                    QStringLiteral("Collect with local (download) or bigquery."),
                                    QStringLiteral("ENGINE"), QStringLiteral("local"));
    const QCommandLineOption dataset(QStringLiteral("dataset"),
                                     QStringLiteral("BigQuery linked dataset PROJECT.LINK_ID."),
                                     QStringLiteral("PROJECT.LINK_ID"));
    const QCommandLineOption bqEndpoint(QStringLiteral("bigquery-endpoint"),
                                        QStringLiteral("BigQuery API base URL."),
                                        QStringLiteral("URL"));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes-billed"),
                                      QStringLiteral("Cap of a BigQuery query (default 1GiB)."),
                                      QStringLiteral("SIZE"));
    const QCommandLineOption runEndpoint(
        QStringLiteral("cloud-run-endpoint"),
        QStringLiteral("Cloud Run Admin API base URL (revision creation times)."),
        QStringLiteral("URL"));
    parser.addOptions({input,  demo,     profile, project, service,    since,      severity,
                       filter, endpoint, repo,    api,     post,       worklogDir, history,
                       rules,  format,   engine,  dataset, bqEndpoint, maxBytes,   runEndpoint});
    addReadLimits(parser);
    if (auto exit = parseArguments(parser, name(), arguments, out, err))
        return *exit;

    const QString fmt = parser.value(format);
    const QString postMode = parser.value(post);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        return usageError(err, name(), QStringLiteral("--format is text or json"));
    }
    if (postMode != QLatin1String("none") && postMode != QLatin1String("comments") &&
        postMode != QLatin1String("all")) {
        return usageError(err, name(), QStringLiteral("--post is none, comments or all"));
    }
    const QStringList inputs = parser.values(input) + parser.positionalArguments();
    const bool collecting = parser.isSet(profile) || parser.isSet(project);
    if (inputs.isEmpty() && !parser.isSet(demo) && !collecting) {
        return usageError(
            err, name(),
            QStringLiteral(
                "give --input FILE, --demo, --profile NAME or --project ID --service NAME"));
    }
    if (!collecting && parser.value(engine) != QLatin1String("local")) {
        return usageError(
            err, name(),
            QStringLiteral("--engine chooses how to collect: give --project or --profile with it"));
    }
    if (collecting && (!inputs.isEmpty() || parser.isSet(demo))) {
        return usageError(
            err, name(),
            QStringLiteral("collect (--profile/--project) or read (--input/--demo), not both"));
    }
    QStringList collectedInputs;
    bool collectPartial = false;
    if (collecting) {
        // The same command engineers run by hand, so credentials, pacing and resume behave alike.
        const QString target = collectedPath(parser.value(project));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QStringList args;
        for (const auto *o : {&profile, &project, &service, &since, &severity, &filter, &endpoint,
                              &engine, &dataset, &bqEndpoint, &maxBytes}) {
            if (parser.isSet(*o))
                args << QStringLiteral("--") + o->names().first() << parser.value(*o);
        }
        // In BigQuery the default minimum severity is applied, as the worklog states it.
        if (parser.value(engine) == QLatin1String("bigquery") && !parser.isSet(severity))
            args << QStringLiteral("--severity") << parser.value(severity);
        args << QStringLiteral("--out") << target;
        QString ignored;
        QTextStream collectOut(&ignored);
        const int collected = CollectCommand().run(args, collectOut, err);
        if (collected != ExitOk && collected != ExitPartial)
            return collected;
        collectPartial = collected == ExitPartial;
        collectedInputs << target;
        err << "loggardener run: collected entries kept in " << target << '\n';
    }
    if (postMode != QLatin1String("none") && !parser.isSet(repo)) {
        return usageError(err, name(), QStringLiteral("--post needs --github-repo OWNER/NAME"));
    }

    pipeline::RunOptions options;
    if (const QString bad = readLimits(parser, options.read); !bad.isEmpty())
        return usageError(err, name(), bad);
    options.inputs = inputs + collectedInputs;
    options.demo = parser.isSet(demo);
    options.historyPath = parser.value(history);
    options.rulesPath = parser.value(rules);
    options.worklogDir = parser.value(worklogDir);
    options.service = parser.value(service);
    if (collecting) {
        options.timeRange = QStringLiteral("Last ") + parser.value(since);
        options.severityFilter = parser.value(severity).toUpper() + QStringLiteral(" and above");
    }
    options.project = parser.value(project);
    if (collecting && parser.value(engine) == QLatin1String("bigquery")) {
        // The export holds one representative entry per grouped row; the rows file says how
        // many entries each stands for.
        auto rows = gcp::readRowsFile(rowsFilePath(collectedInputs.first()));
        if (!rows) {
            err << "loggardener run: " << rows.error().toString() << '\n';
            return ExitFailure;
        }
        auto shared = std::make_shared<gcp::GroupedRowsFile>(std::move(*rows));
        options.timeRange += QStringLiteral(", analysed in BigQuery (%1), %2 billed")
                                 .arg(shared->dataset, gcp::formatBytes(shared->bytesBilled));
        options.cluster = [shared, log = &err](const LogStore &store, LogSummary &summary) {
            *log << "loggardener run: clustering " << shared->rows.size()
                 << " BigQuery rows standing for " << gcp::representedEntries(shared->rows)
                 << " entries\n";
            summary = gcp::weightedSummary(shared->rows);
            return gcp::clusterRepresentatives(store, shared->rows);
        };
    }
    const pipeline::RunLog log = [&err](const QString &line) {
        err << "loggardener run: " << line << '\n';
        err.flush();
    };
    auto outcome = pipeline::analyse(options, log);
    if (!outcome) {
        err << "loggardener run: " << outcome.error().toString() << '\n';
        return ExitFailure;
    }
    if (collecting)
        addRevisionFacts(*outcome, parser.value(profile), parser.value(project),
                         QUrl(parser.value(runEndpoint)), err);
    pipeline::RunActions actions;
    bool githubPartial = false;
    if (!parser.isSet(repo)) {
        // Without GitHub the worklog still gets every section the entries give.
        evidence::RunEvidenceOptions evidenceOptions;
        evidenceOptions.deploys = outcome->deploys;
        evidenceOptions.revisionCommits = outcome->revisionCommits;
        for (int index : pipeline::clusterReadingOrder(outcome->clusters, outcome->triage))
            if (evidenceOptions.clusters.size() < 20)
                evidenceOptions.clusters.push_back(index);
        actions.evidence =
            evidence::gatherRunEvidence(*outcome->store, outcome->clusters, evidenceOptions);
    } else {
        pipeline::GitHubStepOptions gh;
        gh.repo = parser.value(repo);
        gh.api = QUrl(parser.value(api));
        gh.post = postMode == QLatin1String("all")        ? pipeline::PostMode::All
                  : postMode == QLatin1String("comments") ? pipeline::PostMode::Comments
                                                          : pipeline::PostMode::None;
        // GH_TOKEN / GITHUB_TOKEN first, as gh does; else the keychain entry for this host.
        secrets::SecretStore secretStore;
        QObject::connect(&secretStore, &secrets::SecretStore::waitingForKeychain,
                         [&](const QString &m) {
                             err << "loggardener run: " << m << '\n';
                             err.flush();
                         });
        github::GitHubTokenStore tokens(&secretStore);
        const auto token =
            waitFor<Result<github::ResolvedToken>>([&](auto done) { tokens.load(gh.api, done); });
        if (!token || token->token.isEmpty()) {
            err << "loggardener run: no GitHub token: set GH_TOKEN, or sign in to GitHub in the app"
                << (token ? QString()
                          : QStringLiteral(" (") + token.error().toString() + QLatin1Char(')'))
                << '\n';
            return ExitFailure;
        }
        gh.token = token->token;
        auto step = pipeline::runGitHubStep(*outcome, gh, log);
        if (!step) {
            err << "loggardener run: GitHub: " << step.error().toString() << '\n';
            return ExitFailure;
        }
        for (const QString &m : std::as_const(step->messages))
            err << "loggardener run: GitHub: " << m << '\n';
        err << "loggardener run: GitHub: " << step->matched << " matched, " << step->drafted
            << " drafted, " << step->posted << " posted, " << step->actions.draftsWaiting
            << " waiting for review\n";
        githubPartial = step->failed > 0;
        actions = step->actions;
    }
    if (auto done = pipeline::finish(*outcome, options, actions, log); !done) {
        err << "loggardener run: " << done.error().toString() << '\n';
        return ExitFailure;
    }
    for (const QString &w : std::as_const(outcome->warnings))
        err << "loggardener run: " << w << '\n';

    const auto &clusters = outcome->clusters.clusters();
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (int i : pipeline::clusterReadingOrder(outcome->clusters, outcome->triage))
            list.append(clusterJson(clusters[size_t(i)], outcome->triage[size_t(i)]));
        QJsonArray notSeen;
        for (const auto &gone : outcome->comparison.notSeen)
            notSeen.append(QJsonObject{{QStringLiteral("fingerprint"), gone.fingerprint},
                                       {QStringLiteral("name"), gone.name},
                                       {QStringLiteral("issue"), gone.issue.issue},
                                       {QStringLiteral("text"), gone.text()}});
        writeJson(out, QJsonObject{{QStringLiteral("run"), outcome->runId},
                                   {QStringLiteral("entries"), qint64(outcome->summary.entries)},
                                   {QStringLiteral("volume"), outcome->comparison.volumeText()},
                                   {QStringLiteral("not_seen"), notSeen},
                                   {QStringLiteral("worklog"), outcome->worklogPath},
                                   {QStringLiteral("clusters"), list}});
    } else {
        for (int i : pipeline::clusterReadingOrder(outcome->clusters, outcome->triage)) {
            const auto &c = clusters[size_t(i)];
            const auto &t = outcome->triage[size_t(i)];
            out << t.decision.priorityLabel() << "  " << QString::number(c.count).rightJustified(7)
                << "  " << triage::trendName(t.trend.trend).leftJustified(10) << "  "
                << redaction::Redactor().redact(c.name) << '\n';
        }
        out << "worklog: " << outcome->worklogPath << '\n';
    }
    out.flush();
    err.flush();
    return outcome->partial || collectPartial || githubPartial ? ExitPartial : ExitOk;
}

} // namespace gardener::cli
