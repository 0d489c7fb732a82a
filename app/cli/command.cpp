#include "app/cli/command.h"

#include "core/demo/bundleddemo.h"
#include "core/logs/logreader.h"
#include "core/logs/readjob.h"
#include "core/logs/timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace gardener::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &commandName,
                                  const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList full = arguments;
    full.prepend(QStringLiteral("loggardener ") + commandName);
    if (!parser.parse(full)) {
        return usageError(err, commandName, parser.errorText());
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser prints the first argument as the program name; keep it readable.
        out << text;
        out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

int usageError(QTextStream &err, const QString &commandName, const QString &what)
{
    err << "loggardener " << commandName << ": " << what << "\nTry 'loggardener " << commandName
        << " --help'.\n";
    err.flush();
    return ExitUsage;
}

bool isOneOf(const QString &value, std::initializer_list<const char *> choices)
{
    for (const char *choice : choices)
        if (value == QLatin1String(choice))
            return true;
    return false;
}

QString formatError(const QString &value, std::initializer_list<const char *> choices)
{
    if (isOneOf(value, choices))
        return {};
    QStringList words;
    for (const char *choice : choices)
        words << QString::fromLatin1(choice);
    const QString last = words.takeLast();
    return QStringLiteral("unknown --format '%1' (use %2 or %3)")
        .arg(value, words.join(QStringLiteral(", ")), last);
}

QCommandLineOption textOrJsonFormat()
{
    return QCommandLineOption(QStringLiteral("format"),
                              QStringLiteral("Output format: text (default) or json."),
                              QStringLiteral("text|json"), QStringLiteral("text"));
}

QJsonValue timeValue(qint64 ns)
{
    return ns == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(formatRfc3339(ns));
}

QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

void ExportCommand::setDemoSource(std::function<QByteArray()> bytes, QString name)
{
    m_demoBytes = std::move(bytes);
    m_demoName = std::move(name);
}

ReadOutcome ExportCommand::readExports(const QStringList &files, bool demo,
                                       const ReadOptions &options) const
{
    ReadOutcome outcome = readFiles(files, options);
    if (demo) {
        const QByteArray bytes = m_demoBytes ? m_demoBytes() : demo::bundledExport();
        const QString demoName = m_demoBytes ? m_demoName : demo::bundledExportName();
        if (auto r = LogReader::readBytes(bytes, demoName, *outcome.store, options))
            outcome.reports.push_back(*r);
        else
            outcome.failures.push_back(r.error());
    }
    return outcome;
}

void writeJson(QTextStream &out, const QJsonValue &value)
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace gardener::cli

namespace gardener::cli {

void addReadLimits(QCommandLineParser &parser)
{
    parser.addOption(
        QCommandLineOption(QStringLiteral("max-entries"),
                           QStringLiteral("Stop reading an input after N entries (default %1).")
                               .arg(ReadOptions::DefaultMaxEntries),
                           QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("max-input-mb"),
        QStringLiteral("Stop reading an input after N MiB of (decompressed) JSON (default %1).")
            .arg(ReadOptions::DefaultMaxDecodedBytes >> 20),
        QStringLiteral("N")));
}

QString readLimits(const QCommandLineParser &parser, ReadOptions &options)
{
    for (const QString &name : {QStringLiteral("max-entries"), QStringLiteral("max-input-mb")}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const qulonglong value = parser.value(name).toULongLong(&ok);
        if (!ok || value == 0 || value > (quint64(1) << 40))
            return QStringLiteral("--%1 needs a positive whole number, not \"%2\"")
                .arg(name, parser.value(name));
        if (name == QLatin1String("max-entries"))
            options.maxEntries = value;
        else
            options.maxDecodedBytes = quint64(value) << 20;
    }
    return {};
}

} // namespace gardener::cli
