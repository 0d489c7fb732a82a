#include "app/cli/inspectcommand.h"

#include "core/demo/bundleddemo.h"
#include "core/logs/logsummary.h"
#include "core/logs/readjob.h"
#include "core/logs/timestamp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gardener::cli {

namespace {

QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QJsonValue timeValue(qint64 ns)
{
    return ns == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(formatRfc3339(ns));
}

} // namespace

QString InspectCommand::summary() const
{
    return QStringLiteral("summarise Cloud Logging exports: entries, severities, services, "
                          "time range, skipped entries");
}

void InspectCommand::setDemoSource(std::function<QByteArray()> bytes, QString name)
{
    m_demoBytes = std::move(bytes);
    m_demoName = std::move(name);
}

int InspectCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads Cloud Logging exports (gcloud logging read --format=json, JSON "
                       "Lines, API response pages; gzip-compressed or not, told apart by "
                       "content) and prints what they hold."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Output format: text (default) or json."),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
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
    auto usage = [&](const QString &what) { return usageError(err, name(), what); };
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return usage(QStringLiteral("unknown --format '%1' (use text or json)").arg(fmt));
    if (files.isEmpty() && !parser.isSet(demo))
        return usage(QStringLiteral("no input: give one or more FILEs, or --demo"));

    ReadOptions options;
    options.strict = !parser.isSet(lenient);
    if (const QString bad = readLimits(parser, options); !bad.isEmpty())
        return usage(bad);
    ReadOutcome outcome = readFiles(files, options);
    if (parser.isSet(demo)) {
        const QByteArray bytes = m_demoBytes ? m_demoBytes() : demo::bundledExport();
        const QString demoName = m_demoBytes ? m_demoName : demo::bundledExportName();
        if (auto r = LogReader::readBytes(bytes, demoName, *outcome.store, options))
            outcome.reports.push_back(*r);
        else
            outcome.failures.push_back(r.error());
    }

    const LogSummary summary = summarize(*outcome.store);
    quint64 skipped = 0, problems = 0;
    QStringList reasons;
    for (const ReadReport &r : outcome.reports) {
        skipped += r.skipped;
        problems += r.problemCount;
        for (const Error &e : r.problems)
            reasons << e.toString();
    }

    if (fmt == QLatin1String("json")) {
        QJsonObject root;
        root[QStringLiteral("entries")] = qint64(summary.entries);
        root[QStringLiteral("skipped")] = qint64(skipped);
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
        QJsonArray fileList;
        for (const ReadReport &r : outcome.reports)
            fileList.append(QJsonObject{{QStringLiteral("path"), r.source},
                                        {QStringLiteral("format"), formatName(r.format)},
                                        {QStringLiteral("gzip"), r.gzip},
                                        {QStringLiteral("entries"), qint64(r.entries)},
                                        {QStringLiteral("skipped"), qint64(r.skipped)},
                                        {QStringLiteral("bytes"), qint64(r.bytesRead)}});
        for (const Error &e : outcome.failures)
            fileList.append(QJsonObject{{QStringLiteral("path"), e.file},
                                        {QStringLiteral("error"), e.toString()}});
        root[QStringLiteral("files")] = fileList;
        root[QStringLiteral("problems")] = qint64(problems);
        root[QStringLiteral("skipped_reasons")] = QJsonArray::fromStringList(reasons);
        writeJson(out, root);
    } else {
        out << "Entries:    " << summary.entries;
        if (skipped)
            out << " (" << skipped << " skipped)";
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
            out << "  " << r.source << ": " << formatName(r.format) << (r.gzip ? " (gzip)" : "")
                << ", " << r.entries << " entries, " << r.skipped << " skipped\n";
        if (!reasons.isEmpty()) {
            out << "Problems (" << problems << "; first " << reasons.size() << "):\n";
            for (const QString &reason : reasons)
                out << "  " << reason << '\n';
        }
        out.flush();
    }

    for (const Error &e : outcome.failures)
        err << "loggardener inspect: " << e.toString() << '\n';
    const bool nothing = outcome.reports.isEmpty() || summary.entries == 0;
    if (nothing) {
        if (outcome.failures.isEmpty())
            err << "loggardener inspect: no log entries found\n";
        err.flush();
        return ExitFailure;
    }
    if (problems > 0 || !outcome.failures.isEmpty()) {
        err << "loggardener inspect: partial read: " << skipped << " entries skipped, " << problems
            << " problems, " << outcome.failures.size() << " unreadable inputs\n";
        err.flush();
        return ExitPartial;
    }
    err.flush();
    return ExitOk;
}

} // namespace gardener::cli
