#include "app/cli/generatecommand.h"

#include "core/demo/demooptions.h"

#include <QElapsedTimer>
#include <QLocale>

namespace gardener::cli {

QString GenerateCommand::summary() const
{
    return QStringLiteral("write realistic demo Cloud Run logs (and their ground truth)");
}

int GenerateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes Cloud Run log entries as `gcloud logging read --format=json` or the "
                       "Logging API returns them, from the templates listed in "
                       "docs/demo-data.md. The same options and seed give the same bytes."));
    demo::addDemoOptions(parser);
    if (auto exit = parseArguments(parser, name(), arguments, out, err))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            err, name(),
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    auto command = demo::demoCommandLine(parser, m_clock());
    if (!command)
        return usageError(err, name(), command.error().what);

    QElapsedTimer timer;
    timer.start();
    auto stats = demo::writeDemoFiles(*command);
    if (!stats) {
        err << "loggardener generate: " << stats.error().toString() << '\n';
        err.flush();
        return ExitFailure;
    }
    const double secs = double(std::max<qint64>(timer.elapsed(), 1)) / 1000.0;
    const QLocale c = QLocale::c();
    err << "generated " << stats->entries << " entries (" << stats->writtenBytes << " bytes"
        << (command->options.gzip ? QStringLiteral(", %1 before gzip").arg(stats->textBytes)
                                  : QString())
        << ") in " << c.toString(secs, 'f', 2) << " s";
    if (!command->truth.isEmpty())
        err << "; ground truth in " << command->truth;
    err << '\n';
    err.flush();
    return ExitOk;
}

} // namespace gardener::cli
