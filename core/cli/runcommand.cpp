#include "runcommand.h"

#include "pipeline/runpipeline.h"
#include "pipeline/worklogbuilder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gardener::cli {
namespace {

QJsonObject clusterJson(const clustering::IssueCluster &c, const triage::TriagedCluster &t)
{
    return QJsonObject{
        {QStringLiteral("fingerprint"), c.fingerprint},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("count"), qint64(c.count)},
        {QStringLiteral("priority"), t.decision.priorityLabel()},
        {QStringLiteral("category"), t.decision.category},
        {QStringLiteral("expected"), t.decision.expected},
        {QStringLiteral("trend"), triage::trendName(t.trend.trend)},
        {QStringLiteral("change_percent"), t.trend.changePercent},
        {QStringLiteral("per_minute"), t.perMinute},
        {QStringLiteral("explanation"), QJsonArray::fromStringList(t.decision.explanation)},
    };
}

} // namespace

QString RunCommand::summary() const
{
    return QStringLiteral("a whole pass: read or collect, cluster, triage, drafts, worklog");
}

int RunCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption input(QStringLiteral("input"), QStringLiteral("An export to read (repeatable)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Use the bundled demo export."));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Collect with this profile."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Google Cloud project id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("Service name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("Window to collect: 1h, 24h, 2d."),
                                   QStringLiteral("WINDOW"), QStringLiteral("24h"));
    const QCommandLineOption repo(QStringLiteral("github-repo"), QStringLiteral("GitHub repository OWNER/NAME."),
                                  QStringLiteral("OWNER/NAME"));
    const QCommandLineOption api(QStringLiteral("github-api"), QStringLiteral("GitHub API base URL."),
                                 QStringLiteral("URL"), QStringLiteral("https://api.github.com"));
    const QCommandLineOption post(QStringLiteral("post"), QStringLiteral("What to post: none, comments, all."),
                                  QStringLiteral("MODE"), QStringLiteral("none"));
    const QCommandLineOption worklogDir(QStringLiteral("worklog-dir"), QStringLiteral("Folder for the worklog."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption history(QStringLiteral("history"), QStringLiteral("History database (default: in the user's data folder)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption rules(QStringLiteral("rules"), QStringLiteral("Triage rules file (default: built-in)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output: text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({input, demo, profile, project, service, since, repo, api, post, worklogDir,
                       history, rules, format});
    if (auto exit = parseArguments(parser, name(), arguments, out, err))
        return *exit;

    const QString fmt = parser.value(format);
    const QString postMode = parser.value(post);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << "loggardener run: --format is text or json\n";
        return ExitUsage;
    }
    if (postMode != QLatin1String("none") && postMode != QLatin1String("comments") && postMode != QLatin1String("all")) {
        err << "loggardener run: --post is none, comments or all\n";
        return ExitUsage;
    }
    const QStringList inputs = parser.values(input) + parser.positionalArguments();
    const bool collecting = parser.isSet(profile) || parser.isSet(project);
    if (inputs.isEmpty() && !parser.isSet(demo) && !collecting) {
        err << "loggardener run: give --input FILE, --demo, --profile NAME or --project ID --service NAME\n";
        return ExitUsage;
    }
    if (collecting && (!inputs.isEmpty() || parser.isSet(demo))) {
        err << "loggardener run: collect (--profile/--project) or read (--input/--demo), not both\n";
        return ExitUsage;
    }
    if (collecting) {
        err << "loggardener run: collecting from Google Cloud inside 'run' is not available in this "
               "version; collect first with 'loggardener collect ... --out FILE', then 'loggardener run "
               "--input FILE'\n";
        return ExitFailure;
    }
    if (parser.isSet(repo) || postMode != QLatin1String("none")) {
        err << "loggardener run: GitHub matching and drafts inside 'run' are not available in this "
               "version; the run continues without them\n";
    }

    pipeline::RunOptions options;
    options.inputs = inputs;
    options.demo = parser.isSet(demo);
    options.historyPath = parser.value(history);
    options.rulesPath = parser.value(rules);
    options.worklogDir = parser.value(worklogDir);
    options.service = parser.value(service);
    options.project = parser.value(project);
    auto outcome = pipeline::runOnce(options, [&err](const QString &line) {
        err << "loggardener run: " << line << '\n';
        err.flush();
    });
    if (!outcome) {
        err << "loggardener run: " << outcome.error().toString() << '\n';
        return ExitFailure;
    }
    for (const QString &w : std::as_const(outcome->warnings))
        err << "loggardener run: " << w << '\n';

    const auto &clusters = outcome->clusters.clusters();
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (int i : pipeline::clusterReadingOrder(outcome->clusters, outcome->triage))
            list.append(clusterJson(clusters[size_t(i)], outcome->triage[size_t(i)]));
        writeJson(out, QJsonObject{{QStringLiteral("run"), outcome->runId},
                                   {QStringLiteral("entries"), qint64(outcome->summary.entries)},
                                   {QStringLiteral("worklog"), outcome->worklogPath},
                                   {QStringLiteral("clusters"), list}});
    } else {
        for (int i : pipeline::clusterReadingOrder(outcome->clusters, outcome->triage)) {
            const auto &c = clusters[size_t(i)];
            const auto &t = outcome->triage[size_t(i)];
            out << t.decision.priorityLabel() << "  " << QString::number(c.count).rightJustified(7) << "  "
                << triage::trendName(t.trend.trend).leftJustified(10) << "  " << c.name << '\n';
        }
        out << "worklog: " << outcome->worklogPath << '\n';
    }
    out.flush();
    err.flush();
    return outcome->partial ? ExitPartial : ExitOk;
}

} // namespace gardener::cli
