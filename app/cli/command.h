#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace gardener {
struct ReadOptions;
}

namespace gardener::cli {

// Exit statuses of every subcommand (the command-line contract).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // bad input, auth, network: the user can fix it
    ExitUsage = 2,
    ExitPartial = 3, // some entries skipped, some posts failed
};

// A headless subcommand. Machine output goes to `out`, messages for people to `err`.
// run() is called on the main thread of a QCoreApplication and may spin its event loop.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `loggardener --help`
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

// Parses `arguments` (the subcommand's own, without the program and command names) and
// handles --help and unknown options. Returns an exit code when run() should return at once.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &commandName,
                                  const QStringList &arguments, QTextStream &out, QTextStream &err);

// Says "loggardener NAME: what" and where help is on `err`; returns ExitUsage, so a command can
// `return usageError(...)`.
int usageError(QTextStream &err, const QString &commandName, const QString &what);

// --max-entries N and --max-input-mb N (see ReadOptions: limits against hostile input that the
// user can raise). addReadLimits() before parsing; readLimits() after: an error text for a
// value that is not a positive whole number, else fills `options`.
void addReadLimits(QCommandLineParser &parser);
QString readLimits(const QCommandLineParser &parser, ReadOptions &options);

// Writes QJsonDocument-ready text with a trailing newline.
void writeJson(QTextStream &out, const class QJsonValue &value);

} // namespace gardener::cli
