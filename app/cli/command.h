#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string_view>

class QJsonValue;

namespace gardener {
struct ReadOptions;
struct ReadOutcome;
} // namespace gardener

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

// Whether `value` is one of `choices` (the words an option takes).
bool isOneOf(const QString &value, std::initializer_list<const char *> choices);
// The usage error for a --format value that is not one of `choices`, else empty:
// "unknown --format 'x' (use text or json)".
QString formatError(const QString &value, std::initializer_list<const char *> choices);
// The --format option of the commands that print text or JSON (inspect, worklog).
QCommandLineOption textOrJsonFormat();

// Writes QJsonDocument-ready text with a trailing newline.
void writeJson(QTextStream &out, const QJsonValue &value);
// A time as RFC 3339 UTC, or JSON null for 0 (no time).
QJsonValue timeValue(qint64 ns);
QString fromView(std::string_view v); // UTF-8

// A command that reads Cloud Logging exports and, with --demo, the bundled one.
class ExportCommand : public Command
{
public:
    // Where --demo gets its bytes (the bundled export by default); tests substitute.
    void setDemoSource(std::function<QByteArray()> bytes, QString name);

protected:
    // readFiles(files), then with `demo` the demo export into the same store: what could not be
    // read is among the outcome's failures, what was skipped in its reports.
    ReadOutcome readExports(const QStringList &files, bool demo, const ReadOptions &options) const;

private:
    std::function<QByteArray()> m_demoBytes;
    QString m_demoName;
};

} // namespace gardener::cli
