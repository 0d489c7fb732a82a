#include "command.h"

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

void writeJson(QTextStream &out, const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                        : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace gardener::cli
