#include "app/cli/runcommand.h"

#include "app/cli/bigquerycollect.h"
#include "app/cli/cloudoptions.h"
#include "app/cli/collectcommand.h"
#include "core/evidence/runevidence.h"
#include "core/gcp/bigqueryanalysis.h"
#include "core/gcp/cloudrunrevisions.h"
#include "core/gcp/profile.h"
#include "core/gcp/tokenprovider.h"
#include "core/github/tokenstore.h"
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
    std::optional<gcp::Profile> profile;
    if (!profileName.isEmpty()) {
        QSettings settings;
        profile = gcp::ProfileStore(&settings).load(profileName);
        if (!profile)
            return;
        if (project.isEmpty())
            project = profile->projectId;
    }
    const auto credentials =
        commandLineCredentials(profile ? &*profile : nullptr, QStringLiteral("run"), err);
    if (!credentials || project.isEmpty())
        return;
    QNetworkAccessManager network;
    gcp::TokenProvider tokens(&network, *credentials);
    tokens.setScope(gcp::bigQueryReadScope()); // cloud-platform.read-only covers run.revisions.list
    const QStringList warnings = gcp::fetchRevisionFacts(
        &network, tokens.source(), endpoint.isEmpty() ? gcp::defaultCloudRunEndpoint() : endpoint,
        project, *outcome.store, &outcome.deploys.createdNs, &outcome.revisionCommits);
    for (const QString &w : warnings)
        err << "loggardener run: Cloud Run: " << w << '\n';
    if (!outcome.deploys.createdNs.isEmpty())
        err << "loggardener run: Cloud Run: creation times of " << outcome.deploys.createdNs.size()
            << " revisions\n";
}

CloudOptions::Descriptions runDescriptions()
{
    CloudOptions::Descriptions d;
    d.profile = QStringLiteral("Collect with this profile.");
    d.project = QStringLiteral("Google Cloud project id.");
    d.service = QStringLiteral("Service name.");
    d.since = QStringLiteral("Window to collect: 1h, 24h, 2d.");
    d.sinceDefault = QStringLiteral("24h");
    d.severity = QStringLiteral("Minimum severity to collect.");
    d.severityDefault = QStringLiteral("WARNING");
    d.filter = QStringLiteral("Extra Cloud Logging filter.");
    d.loggingEndpoint = QStringLiteral("Cloud Logging API base URL.");
    d.engine = QStringLiteral("Collect with local (download) or bigquery.");
    d.dataset = QStringLiteral("BigQuery linked dataset PROJECT.LINK_ID.");
    d.bigqueryEndpoint = QStringLiteral("BigQuery API base URL.");
    d.maxBytesBilled = QStringLiteral("Cap of a BigQuery query (default 1GiB).");
    return d;
}

// The command line's options, in the order --help lists them.
struct RunOptionTable
{
    QCommandLineOption input{QStringLiteral("input"),
                             QStringLiteral("An export to read (repeatable)."),
                             QStringLiteral("FILE")};
    QCommandLineOption demo{QStringLiteral("demo"), QStringLiteral("Use the bundled demo export.")};
    CloudOptions cloud{runDescriptions()};
    QCommandLineOption repo{QStringLiteral("github-repo"),
                            QStringLiteral("GitHub repository OWNER/NAME."),
                            QStringLiteral("OWNER/NAME")};
    QCommandLineOption api{QStringLiteral("github-api"), QStringLiteral("GitHub API base URL."),
                           QStringLiteral("URL"), QStringLiteral("https://api.github.com")};
    QCommandLineOption post{QStringLiteral("post"),
                            QStringLiteral("What to post: none, comments, all."),
                            QStringLiteral("MODE"), QStringLiteral("none")};
    QCommandLineOption worklogDir{QStringLiteral("worklog-dir"),
                                  QStringLiteral("Folder for the worklog."), QStringLiteral("DIR")};
    QCommandLineOption history{
        QStringLiteral("history"),
        QStringLiteral("History database (default: in the user's data folder)."),
        QStringLiteral("FILE")};
    QCommandLineOption rules{QStringLiteral("rules"),
                             QStringLiteral("Triage rules file (default: built-in)."),
                             QStringLiteral("FILE")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("Output: text or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("text")};
    QCommandLineOption cloudRunEndpoint{
        QStringLiteral("cloud-run-endpoint"),
        QStringLiteral("Cloud Run Admin API base URL (revision creation times)."),
        QStringLiteral("URL")};

    void declare(QCommandLineParser &parser, const QString &description) const
    {
        parser.setApplicationDescription(description);
        parser.addOptions(QList{input, demo} + cloud.selection() + QList{cloud.loggingEndpoint} +
                          QList{repo, api, post, worklogDir, history, rules, format} +
                          cloud.bigQuery() + QList{cloudRunEndpoint});
        addReadLimits(parser);
    }
};

// What the command line asks for, once checked.
struct RunRequest
{
    QString format;
    bool collecting = false;
    bool bigquery = false;
    QStringList collectArguments; // for `collect`, without --out
    QString profile;
    QUrl cloudRunEndpoint;
    bool github = false;
    pipeline::GitHubStepOptions gitHub; // all but the token
    pipeline::RunOptions options;
};

const QString Run = QStringLiteral("run");

int failure(QTextStream &err, const QString &message)
{
    err << "loggardener run: " << message << '\n';
    err.flush();
    return ExitFailure;
}

// Every usage error, before anything is collected or read.
std::optional<int> checkUsage(const QCommandLineParser &parser, const RunOptionTable &o,
                              QTextStream &err)
{
    const auto usage = [&](const QString &what) { return usageError(err, Run, what); };
    const QString postMode = parser.value(o.post);
    if (!isOneOf(parser.value(o.format), {"text", "json"}))
        return usage(QStringLiteral("--format is text or json"));
    if (!isOneOf(postMode, {"none", "comments", "all"}))
        return usage(QStringLiteral("--post is none, comments or all"));
    const bool inputs = parser.isSet(o.input) || !parser.positionalArguments().isEmpty();
    const bool collecting = o.cloud.collecting(parser);
    if (!inputs && !parser.isSet(o.demo) && !collecting)
        return usage(QStringLiteral(
            "give --input FILE, --demo, --profile NAME or --project ID --service NAME"));
    if (!collecting && parser.value(o.cloud.engine) != QLatin1String("local"))
        return usage(
            QStringLiteral("--engine chooses how to collect: give --project or --profile with it"));
    if (collecting && (inputs || parser.isSet(o.demo)))
        return usage(
            QStringLiteral("collect (--profile/--project) or read (--input/--demo), not both"));
    if (postMode != QLatin1String("none") && !parser.isSet(o.repo))
        return usage(QStringLiteral("--post needs --github-repo OWNER/NAME"));
    ReadOptions limits;
    if (const QString bad = readLimits(parser, limits); !bad.isEmpty())
        return usage(bad);
    return std::nullopt;
}

RunRequest readRequest(const QCommandLineParser &parser, const RunOptionTable &o)
{
    RunRequest r;
    r.format = parser.value(o.format);
    r.collecting = o.cloud.collecting(parser);
    r.bigquery = r.collecting && parser.value(o.cloud.engine) == QLatin1String("bigquery");
    r.collectArguments = o.cloud.forwarded(parser);
    // In BigQuery the default minimum severity is applied, as the worklog states it.
    if (r.bigquery && !parser.isSet(o.cloud.severity))
        r.collectArguments << QStringLiteral("--severity") << parser.value(o.cloud.severity);
    r.profile = parser.value(o.cloud.profile);
    r.cloudRunEndpoint = QUrl(parser.value(o.cloudRunEndpoint));
    r.github = parser.isSet(o.repo);
    r.gitHub.repo = parser.value(o.repo);
    r.gitHub.api = QUrl(parser.value(o.api));
    const QString post = parser.value(o.post);
    r.gitHub.post = post == QLatin1String("all")        ? pipeline::PostMode::All
                    : post == QLatin1String("comments") ? pipeline::PostMode::Comments
                                                        : pipeline::PostMode::None;
    pipeline::RunOptions &options = r.options;
    readLimits(parser, options.read);
    options.inputs = parser.values(o.input) + parser.positionalArguments();
    options.demo = parser.isSet(o.demo);
    options.historyPath = parser.value(o.history);
    options.rulesPath = parser.value(o.rules);
    options.worklogDir = parser.value(o.worklogDir);
    options.service = parser.value(o.cloud.service);
    options.project = parser.value(o.cloud.project);
    if (r.collecting) {
        options.timeRange = QStringLiteral("Last ") + parser.value(o.cloud.since);
        options.severityFilter =
            parser.value(o.cloud.severity).toUpper() + QStringLiteral(" and above");
    }
    return r;
}

// Collects with `collect`, the same command engineers run by hand, so credentials, pacing and
// resume behave alike; the export is kept in the data folder and becomes the run's input.
// Returns an exit code when the run stops here; `partial` when some of it failed.
std::optional<int> collect(RunRequest &request, QTextStream &err, bool &partial)
{
    const QString target = collectedPath(request.options.project);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QString ignored;
    QTextStream collectOut(&ignored);
    const int collected = CollectCommand().run(
        request.collectArguments + QStringList{QStringLiteral("--out"), target}, collectOut, err);
    if (collected != ExitOk && collected != ExitPartial)
        return collected;
    partial = collected == ExitPartial;
    request.options.inputs << target;
    err << "loggardener run: collected entries kept in " << target << '\n';
    if (!request.bigquery)
        return std::nullopt;
    // The export holds one representative entry per grouped row; the rows file says how many
    // entries each stands for.
    auto rows = gcp::readRowsFile(rowsFilePath(target));
    if (!rows)
        return failure(err, rows.error().toString());
    auto shared = std::make_shared<gcp::GroupedRowsFile>(std::move(*rows));
    request.options.timeRange += QStringLiteral(", analysed in BigQuery (%1), %2 billed")
                                     .arg(shared->dataset, gcp::formatBytes(shared->bytesBilled));
    request.options.cluster = [shared, log = &err](const LogStore &store, LogSummary &summary) {
        *log << "loggardener run: clustering " << shared->rows.size()
             << " BigQuery rows standing for " << gcp::representedEntries(shared->rows)
             << " entries\n";
        summary = gcp::weightedSummary(shared->rows);
        return gcp::clusterRepresentatives(store, shared->rows);
    };
    return std::nullopt;
}

// Without GitHub the worklog still gets every section the entries give.
pipeline::RunActions evidenceOnly(const pipeline::RunOutcome &outcome)
{
    evidence::RunEvidenceOptions evidenceOptions;
    evidenceOptions.deploys = outcome.deploys;
    evidenceOptions.revisionCommits = outcome.revisionCommits;
    for (int index : pipeline::clusterReadingOrder(outcome.clusters, outcome.triage))
        if (evidenceOptions.clusters.size() < 20)
            evidenceOptions.clusters.push_back(index);
    pipeline::RunActions actions;
    actions.evidence =
        evidence::gatherRunEvidence(*outcome.store, outcome.clusters, evidenceOptions);
    return actions;
}

// Matches issues, prepares drafts and posts what --post allows. The token: GH_TOKEN /
// GITHUB_TOKEN first, as gh does; else the keychain entry for this host.
Result<pipeline::GitHubStepResult> gitHub(pipeline::RunOutcome &outcome,
                                          pipeline::GitHubStepOptions options,
                                          const pipeline::RunLog &log, QTextStream &err)
{
    secrets::SecretStore secretStore;
    QObject::connect(&secretStore, &secrets::SecretStore::waitingForKeychain,
                     [&](const QString &m) {
                         err << "loggardener run: " << m << '\n';
                         err.flush();
                     });
    github::GitHubTokenStore tokens(&secretStore);
    const auto token =
        waitFor<Result<github::ResolvedToken>>([&](auto done) { tokens.load(options.api, done); });
    if (!token || token->token.isEmpty())
        return fail(
            QStringLiteral("no GitHub token: set GH_TOKEN, or sign in to GitHub in the app") +
            (token ? QString()
                   : QStringLiteral(" (") + token.error().toString() + QLatin1Char(')')));
    options.token = token->token;
    auto step = pipeline::runGitHubStep(outcome, options, log);
    if (!step)
        return fail(QStringLiteral("GitHub: ") + step.error().toString());
    for (const QString &m : std::as_const(step->messages))
        err << "loggardener run: GitHub: " << m << '\n';
    err << "loggardener run: GitHub: " << step->matched << " matched, " << step->drafted
        << " drafted, " << step->posted << " posted, " << step->actions.draftsWaiting
        << " waiting for review\n";
    return step;
}

// Standard output: the clusters in reading order, as JSON or one line each.
void report(const pipeline::RunOutcome &outcome, const QString &format, QTextStream &out)
{
    const auto &clusters = outcome.clusters.clusters();
    const auto order = pipeline::clusterReadingOrder(outcome.clusters, outcome.triage);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (int i : order)
            list.append(clusterJson(clusters[size_t(i)], outcome.triage[size_t(i)]));
        QJsonArray notSeen;
        for (const auto &gone : outcome.comparison.notSeen)
            notSeen.append(QJsonObject{{QStringLiteral("fingerprint"), gone.fingerprint},
                                       {QStringLiteral("name"), gone.name},
                                       {QStringLiteral("issue"), gone.issue.issue},
                                       {QStringLiteral("text"), gone.text()}});
        writeJson(out, QJsonObject{{QStringLiteral("run"), outcome.runId},
                                   {QStringLiteral("entries"), qint64(outcome.summary.entries)},
                                   {QStringLiteral("volume"), outcome.comparison.volumeText()},
                                   {QStringLiteral("not_seen"), notSeen},
                                   {QStringLiteral("worklog"), outcome.worklogPath},
                                   {QStringLiteral("clusters"), list}});
        return;
    }
    for (int i : order) {
        const auto &c = clusters[size_t(i)];
        const auto &t = outcome.triage[size_t(i)];
        out << t.decision.priorityLabel() << "  " << QString::number(c.count).rightJustified(7)
            << "  " << triage::trendName(t.trend.trend).leftJustified(10) << "  "
            << redaction::Redactor().redact(c.name) << '\n';
    }
    out << "worklog: " << outcome.worklogPath << '\n';
    out.flush();
}

} // namespace

int RunCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const RunOptionTable table;
    table.declare(parser, summary());
    if (auto exit = parseArguments(parser, name(), arguments, out, err))
        return *exit;
    if (auto exit = checkUsage(parser, table, err))
        return *exit;
    RunRequest request = readRequest(parser, table);

    bool collectPartial = false;
    if (request.collecting) {
        if (auto exit = collect(request, err, collectPartial))
            return *exit;
    }
    const pipeline::RunLog log = [&err](const QString &line) {
        err << "loggardener run: " << line << '\n';
        err.flush();
    };
    auto outcome = pipeline::analyse(request.options, log);
    if (!outcome)
        return failure(err, outcome.error().toString());
    if (request.collecting)
        addRevisionFacts(*outcome, request.profile, request.options.project,
                         request.cloudRunEndpoint, err);

    pipeline::RunActions actions;
    bool githubPartial = false;
    if (!request.github) {
        actions = evidenceOnly(*outcome);
    } else {
        auto step = gitHub(*outcome, request.gitHub, log, err);
        if (!step)
            return failure(err, step.error().toString());
        githubPartial = step->failed > 0;
        actions = step->actions;
    }
    if (auto done = pipeline::finish(*outcome, request.options, actions, log); !done)
        return failure(err, done.error().toString());
    for (const QString &w : std::as_const(outcome->warnings))
        err << "loggardener run: " << w << '\n';

    report(*outcome, request.format, out);
    out.flush();
    err.flush();
    return outcome->partial || collectPartial || githubPartial ? ExitPartial : ExitOk;
}

} // namespace gardener::cli
