#include "app/cli/inspectcommand.h"

#include "core/logs/logsummary.h"
#include "core/logs/readjob.h"
#include "core/logs/timestamp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gardener::cli {

QString InspectCommand::summary() const
{
    return QStringLiteral("summarise Cloud Logging exports: entries, severities, services, "
                          "time range, skipped entries");
}

namespace {

// What the readers skipped and why, over all inputs.
struct Tally
{
    quint64 skipped = 0, problems = 0;
    QStringList reasons;
};

Tally tally(const ReadOutcome &outcome)
{
    Tally t;
    for (const ReadReport &r : outcome.reports) {
        t.skipped += r.skipped;
        t.problems += r.problemCount;
        for (const Error &e : r.problems)
            t.reasons << e.toString();
    }
    return t;
}

QJsonArray filesJson(const ReadOutcome &outcome)
{
    QJsonArray files;
    for (const ReadReport &r : outcome.reports)
        files.append(QJsonObject{{QStringLiteral("path"), r.source},
                                 {QStringLiteral("format"), formatName(r.format)},
                                 {QStringLiteral("gzip"), r.gzip},
                                 {QStringLiteral("entries"), qint64(r.entries)},
                                 {QStringLiteral("skipped"), qint64(r.skipped)},
                                 {QStringLiteral("bytes"), qint64(r.bytesRead)}});
    for (const Error &e : outcome.failures)
        files.append(
            QJsonObject{{QStringLiteral("path"), e.file}, {QStringLiteral("error"), e.toString()}});
    return files;
}

QJsonObject summaryJson(const LogSummary &summary, const ReadOutcome &outcome, const Tally &t)
{
    QJsonObject root;
    root[QStringLiteral("entries")] = qint64(summary.entries);
    root[QStringLiteral("skipped")] = qint64(t.skipped);
    QJsonObject severities;
    for (int i = 0; i < SeverityCount; ++i)
        severities[fromView(severityName(Severity(i)))] = qint64(summary.severities[size_t(i)]);
    root[QStringLiteral("severities")] = severities;
    QJsonArray services;
    QJsonObject serviceCounts;
    for (const auto &s : summary.services) {
        services.append(s.name);
        serviceCounts[s.name] = qint64(s.count);
    }
    root[QStringLiteral("services")] = services;
    root[QStringLiteral("service_counts")] = serviceCounts;
    QJsonArray revisions;
    for (const auto &r : summary.revisions)
        revisions.append(QJsonObject{{QStringLiteral("service"), r.service},
                                     {QStringLiteral("revision"), r.revision},
                                     {QStringLiteral("count"), qint64(r.count)}});
    root[QStringLiteral("revisions")] = revisions;
    root[QStringLiteral("first")] = timeValue(summary.firstNs);
    root[QStringLiteral("last")] = timeValue(summary.lastNs);
    root[QStringLiteral("files")] = filesJson(outcome);
    root[QStringLiteral("problems")] = qint64(t.problems);
    root[QStringLiteral("skipped_reasons")] = QJsonArray::fromStringList(t.reasons);
    return root;
}

void printSummary(const LogSummary &summary, const ReadOutcome &outcome, const Tally &t,
                  QTextStream &out)
{
    out << "Entries:    " << summary.entries;
    if (t.skipped)
        out << " (" << t.skipped << " skipped)";
    out << '\n';
    if (summary.firstNs != 0)
        out << "Time range: " << formatRfc3339(summary.firstNs) << " .. "
            << formatRfc3339(summary.lastNs) << '\n';
    out << "Severities:";
    for (int i = SeverityCount - 1; i >= 0; --i) {
        if (summary.severities[size_t(i)])
            out << ' ' << fromView(severityName(Severity(i))) << ' '
                << summary.severities[size_t(i)];
    }
    out << "\nServices:\n";
    for (const auto &s : summary.services) {
        out << "  " << (s.name.isEmpty() ? QStringLiteral("(none)") : s.name) << "  " << s.count
            << '\n';
        for (const auto &r : summary.revisions) {
            if (r.service == s.name)
                out << "    " << r.revision << "  " << r.count << '\n';
        }
    }
    out << "Files:\n";
    for (const ReadReport &r : outcome.reports)
        out << "  " << r.source << ": " << formatName(r.format) << (r.gzip ? " (gzip)" : "") << ", "
            << r.entries << " entries, " << r.skipped << " skipped\n";
    if (!t.reasons.isEmpty()) {
        out << "Problems (" << t.problems << "; first " << t.reasons.size() << "):\n";
        for (const QString &reason : t.reasons)
            out << "  " << reason << '\n';
    }
    out.flush();
}

// Says on `err` what could not be read; 1 when nothing was, 3 when some was lost.
int exitStatus(const LogSummary &summary, const ReadOutcome &outcome, const Tally &t,
               QTextStream &err)
{
    for (const Error &e : outcome.failures)
        err << "loggardener inspect: " << e.toString() << '\n';
    const bool nothing = outcome.reports.isEmpty() || summary.entries == 0;
    if (nothing) {
        if (outcome.failures.isEmpty())
            err << "loggardener inspect: no log entries found\n";
        err.flush();
        return ExitFailure;
    }
    if (t.problems > 0 || !outcome.failures.isEmpty()) {
        err << "loggardener inspect: partial read: " << t.skipped << " entries skipped, "
            << t.problems << " problems, " << outcome.failures.size() << " unreadable inputs\n";
        err.flush();
        return ExitPartial;
    }
    err.flush();
    return ExitOk;
}

} // namespace

int InspectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads Cloud Logging exports (gcloud logging read --format=json, JSON "
                       "Lines, API response pages; gzip-compressed or not, told apart by "
                       "content) and prints what they hold."));
    const QCommandLineOption format = textOrJsonFormat();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Inspect the bundled demo export."));
    const QCommandLineOption lenient(
        QStringLiteral("lenient"),
        QStringLiteral("Keep entries whose fields have a wrong type or an unknown severity "
                       "(those fields are then treated as absent)."));
    parser.addOptions({format, demo, lenient});
    addReadLimits(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Export files to read."),
                                 QStringLiteral("FILE..."));
    if (auto exit = parseArguments(parser, name(), arguments, out, err))
        return *exit;

    const QString fmt = parser.value(format);
    const QStringList files = parser.positionalArguments();
    if (const QString bad = formatError(fmt, {"text", "json"}); !bad.isEmpty())
        return usageError(err, name(), bad);
    if (files.isEmpty() && !parser.isSet(demo))
        return usageError(err, name(),
                          QStringLiteral("no input: give one or more FILEs, or --demo"));
    ReadOptions options;
    options.strict = !parser.isSet(lenient);
    if (const QString bad = readLimits(parser, options); !bad.isEmpty())
        return usageError(err, name(), bad);

    const ReadOutcome outcome = readExports(files, parser.isSet(demo), options);
    const LogSummary summary = summarize(*outcome.store);
    const Tally t = tally(outcome);
    if (fmt == QLatin1String("json"))
        writeJson(out, summaryJson(summary, outcome, t));
    else
        printSummary(summary, outcome, t, out);
    return exitStatus(summary, outcome, t, err);
}

} // namespace gardener::cli
