#include "core/demo/demooptions.h"

#include <QFile>
#include <QSaveFile>
#include <QTimeZone>
#include <cstdio>
#include <memory>

namespace gardener::demo {

namespace {

QCommandLineOption option(const char *name, const char *help, const char *value = nullptr,
                          const char *defaultValue = nullptr)
{
    QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
    if (value)
        o.setValueName(QString::fromLatin1(value));
    if (defaultValue)
        o.setDefaultValue(QString::fromLatin1(defaultValue));
    return o;
}

} // namespace

void addDemoOptions(QCommandLineParser &parser)
{
    parser.addOption(option("count", "Number of entries to write (required).", "N"));
    parser.addOption(
        option("seed", "Seed; the same seed and options give the same bytes.", "S", "1"));
    parser.addOption(option("start",
                            "Start of the time window, RFC 3339 (default: the window "
                            "ends at the start of the current hour).",
                            "TIME"));
    parser.addOption(
        option("duration", "Length of the window: 90m, 24h, 2d or seconds.", "D", "24h"));
    parser.addOption(option("format",
                            "json (gcloud-style array), jsonl, or pages (one "
                            "entries.list page per line).",
                            "FORMAT", "json"));
    parser.addOption(option("gzip", "Compress the output with gzip."));
    parser.addOption(option("gzip-level", "gzip level, 1 (fastest) to 9 (smallest).", "N", "6"));
    parser.addOption(option("services", "Number of Cloud Run services, 1 to 3.", "N", "1"));
    parser.addOption(option("page-size", "Entries per page with --format pages.", "N", "1000"));
    parser.addOption(option("truth",
                            "Also write the ground truth: one JSON line per entry "
                            "with its insertId, template and cluster.",
                            "FILE"));
    parser.addOption(option("out", "Output file, or - for standard output (required).", "FILE"));
}

Result<DemoCommandLine> demoCommandLine(const QCommandLineParser &parser, const QDateTime &now)
{
    DemoCommandLine c;
    DemoOptions &o = c.options;
    bool ok = false;
    if (!parser.isSet(QStringLiteral("count")))
        return fail(QStringLiteral("--count is required"));
    o.count = parser.value(QStringLiteral("count")).toLongLong(&ok);
    if (!ok || o.count < 0)
        return fail(QStringLiteral("--count must be a whole number of entries"));
    o.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a whole number"));
    o.durationSecs = parseDemoDuration(parser.value(QStringLiteral("duration")));
    if (o.durationSecs <= 0)
        return fail(
            QStringLiteral("--duration must look like 90m, 24h, 2d or a number of seconds"));
    if (parser.isSet(QStringLiteral("start"))) {
        const QString text = parser.value(QStringLiteral("start"));
        o.start = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!o.start.isValid())
            return fail(QStringLiteral("--start is not an RFC 3339 time: %1").arg(text));
        o.start = o.start.toUTC();
    } else {
        const QDateTime utc = now.toUTC();
        const QDateTime hour(utc.date(), QTime(utc.time().hour(), 0), QTimeZone::utc());
        o.start = hour.addSecs(-o.durationSecs);
    }
    if (!parseDemoFormat(parser.value(QStringLiteral("format")), &o.format))
        return fail(QStringLiteral("--format must be json, jsonl or pages"));
    o.gzip = parser.isSet(QStringLiteral("gzip"));
    o.gzipLevel = parser.value(QStringLiteral("gzip-level")).toInt(&ok);
    if (!ok || o.gzipLevel < 1 || o.gzipLevel > 9)
        return fail(QStringLiteral("--gzip-level must be 1 to 9"));
    o.services = parser.value(QStringLiteral("services")).toInt(&ok);
    if (!ok || o.services < 1 || o.services > 3)
        return fail(QStringLiteral("--services must be 1, 2 or 3"));
    o.pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
    if (!ok || o.pageSize < 1)
        return fail(QStringLiteral("--page-size must be a positive number"));
    c.out = parser.value(QStringLiteral("out"));
    if (c.out.isEmpty())
        return fail(QStringLiteral("--out is required (use - for standard output)"));
    c.truth = parser.value(QStringLiteral("truth"));
    o.outputName = c.out == QLatin1String("-") ? QStringLiteral("standard output") : c.out;
    return c;
}

Result<DemoStats> writeDemoFiles(const DemoCommandLine &command)
{
    std::unique_ptr<QIODevice> out;
    QSaveFile *saveOut = nullptr;
    if (command.out == QLatin1String("-")) {
        auto file = std::make_unique<QFile>();
        if (!file->open(stdout, QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write to standard output"));
        out = std::move(file);
    } else {
        auto file = std::make_unique<QSaveFile>(command.out);
        if (!file->open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot create the file: %1").arg(file->errorString()),
                        command.out);
        saveOut = file.get();
        out = std::move(file);
    }
    std::unique_ptr<QSaveFile> truth;
    if (!command.truth.isEmpty()) {
        truth = std::make_unique<QSaveFile>(command.truth);
        if (!truth->open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot create the file: %1").arg(truth->errorString()),
                        command.truth);
    }
    auto stats = writeDemo(*out, command.options, truth.get());
    if (!stats) {
        if (saveOut)
            saveOut->cancelWriting();
        if (truth)
            truth->cancelWriting();
        return stats;
    }
    if (saveOut && !saveOut->commit())
        return fail(QStringLiteral("cannot save the file: %1").arg(saveOut->errorString()),
                    command.out);
    if (truth && !truth->commit())
        return fail(QStringLiteral("cannot save the file: %1").arg(truth->errorString()),
                    command.truth);
    return stats;
}

} // namespace gardener::demo
