#include "app/cli/worklogcommand.h"

#include "core/worklog/worklogjson.h"
#include "core/worklog/worklogreader.h"

#include <QJsonArray>

namespace gardener::cli {

using namespace gardener::worklog;

namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString countText(qint64 count, bool lowerBound)
{
    return count < 0 ? QStringLiteral("count not stated")
                     : QString::number(count) + (lowerBound ? QStringLiteral("+") : QString());
}

void printText(const WorklogData &d, const QString &file, QTextStream &out)
{
    out << file << '\n';
    out << "  generated: "
        << (d.generated.isValid() ? d.generated.toString(Qt::ISODate) : QStringLiteral("-"))
        << "  service: " << orDash(d.service) << "  project: " << orDash(d.project) << '\n';
    out << "  time range: " << orDash(d.timeRange)
        << "  entries analysed: " << countText(d.entriesAnalysed, d.entriesLowerBound) << '\n';
    out << "  clusters: " << d.clusters.size() << '\n';
    for (const WorklogCluster &c : d.clusters) {
        out << "    " << c.number << ". [" << orDash(c.priority) << ' ' << orDash(c.severity)
            << "] " << c.title << " - " << countText(c.count, c.countLowerBound);
        if (!c.countPhrase.isEmpty())
            out << " (\"" << c.countPhrase << "\")";
        out << ", " << c.samples.size() << (c.samples.size() == 1 ? " sample" : " samples");
        if (!c.category.isEmpty())
            out << ", " << c.category;
        out << '\n';
    }
    out << "  actions: " << d.actions.size() << '\n';
    for (const WorklogAction &a : d.actions) {
        out << "    " << (a.issue >= 0 ? QStringLiteral("#%1").arg(a.issue) : QStringLiteral("#?"))
            << ' ' << actionKindName(a.kind);
        if (a.cluster >= 0 && a.cluster < d.clusters.size())
            out << " (cluster " << d.clusters.at(a.cluster).number << ')';
        if (!a.priorityChange.isEmpty())
            out << ' ' << a.priorityChange;
        if (!a.url.isEmpty())
            out << ' ' << a.url;
        out << '\n';
    }
    for (const WorklogSummaryItem &item : d.distribution) {
        out << "  distribution: " << item.title << " = " << countText(item.count, item.lowerBound);
        if (item.cluster >= 0)
            out << " (cluster " << d.clusters.at(item.cluster).number << ')';
        out << '\n';
    }
    if (!d.unparsed.isEmpty()) {
        QStringList headings;
        for (const WorklogSection &s : d.unparsed)
            headings.append(s.heading.isEmpty() ? QStringLiteral("(untitled)") : s.heading);
        out << "  kept as text: " << headings.join(QStringLiteral(", ")) << '\n';
    }
}

} // namespace

QString WorklogCommand::summary() const
{
    return QStringLiteral("show what was understood from worklogs (ours and hand-written)");
}

int WorklogCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads Markdown worklogs, the ones Log Gardener writes and hand-written "
                       "ones, and prints their clusters (title, severity, priority, the smallest "
                       "count stated, samples) and GitHub actions. Mis-decoded emoji are repaired; "
                       "what is not understood is kept as text and reported."));
    const QCommandLineOption format = textOrJsonFormat();
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Worklog files to read."),
                                 QStringLiteral("FILE..."));
    if (auto exit = parseArguments(parser, name(), arguments, out, err))
        return *exit;
    const QString fmt = parser.value(format);
    const QStringList files = parser.positionalArguments();
    if (const QString bad = formatError(fmt, {"text", "json"}); !bad.isEmpty())
        return usageError(err, name(), bad);
    if (files.isEmpty())
        return usageError(err, name(), QStringLiteral("no input: give one or more worklog FILEs"));

    QJsonArray list;
    int failed = 0;
    bool first = true;
    for (const QString &file : files) {
        const auto result = WorklogReader::readFile(file);
        if (!result) {
            ++failed;
            err << "loggardener worklog: " << result.error().toString() << '\n';
            continue;
        }
        for (const QString &w : result->warnings)
            err << "loggardener worklog: warning: " << w << '\n';
        if (fmt == QLatin1String("json")) {
            list.append(toJson(*result, file));
        } else {
            if (!first)
                out << '\n';
            printText(*result, file, out);
        }
        first = false;
    }
    if (fmt == QLatin1String("json"))
        writeJson(out, list);
    out.flush();
    if (failed > 0 && failed < files.size())
        err << "loggardener worklog: " << failed << " of " << files.size()
            << " files could not be read\n";
    err.flush();
    if (failed == 0)
        return ExitOk;
    return failed == files.size() ? ExitFailure : ExitPartial;
}

} // namespace gardener::cli
