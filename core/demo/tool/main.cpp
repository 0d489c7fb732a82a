// gardener-demogen: writes demo exports. The build runs it with --bundled to produce the export
// compiled into the app; `--list-templates` prints the template table for docs/demo-data.md.
#include "core/demo/bundleddemo.h"
#include "core/demo/demooptions.h"
#include "core/demo/demotemplates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>

using namespace gardener::demo;

namespace {

QString markdownCell(const char *text)
{
    QString s = QString::fromUtf8(text);
    s.replace(QLatin1Char('|'), QLatin1String("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return s;
}

void listTemplates(QTextStream &out)
{
    out << "| cluster | name | priority |\n|---|---|---|\n";
    for (const DemoCluster &c : demoClusters())
        out << "| " << c.id << " | " << c.name << " | " << c.priority << " |\n";
    out << "\n| template | cluster | severity | source | pattern |\n|---|---|---|---|---|\n";
    static const char *streams[] = {"stderr", "stdout", "requests", "varlog/system"};
    for (const DemoTemplate &t : demoTemplates()) {
        QString source = QString::fromLatin1(streams[int(t.stream)]);
        if (t.payload == PayloadKind::Json)
            source += QStringLiteral(", `%1:%2`").arg(QString::fromLatin1(t.function)).arg(t.line);
        if (t.followUp)
            source += QStringLiteral(", then %1").arg(QString::fromLatin1(t.followUp));
        out << "| " << t.id << " | " << t.cluster << " | " << t.severity << " | " << source
            << " | `" << markdownCell(t.pattern) << "` |\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes demo Cloud Run log exports."));
    parser.addHelpOption();
    addDemoOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("bundled"),
                                        QStringLiteral("Use the bundled demo's options.")));
    parser.addOption(QCommandLineOption(QStringLiteral("list-templates"),
                                        QStringLiteral("Print the template table (Markdown).")));
    parser.process(app);

    if (parser.isSet(QStringLiteral("list-templates"))) {
        QTextStream out(stdout);
        listTemplates(out);
        return 0;
    }
    DemoCommandLine command;
    if (parser.isSet(QStringLiteral("bundled"))) {
        command.options = bundledDemoOptions();
        command.out = parser.value(QStringLiteral("out"));
        command.truth = parser.value(QStringLiteral("truth"));
        if (command.out.isEmpty()) {
            err << "gardener-demogen: --out is required\n";
            return 2;
        }
    } else {
        auto parsed = demoCommandLine(parser, QDateTime::currentDateTimeUtc());
        if (!parsed) {
            err << "gardener-demogen: " << parsed.error().what << '\n';
            return 2;
        }
        command = *parsed;
    }
    auto stats = writeDemoFiles(command);
    if (!stats) {
        err << "gardener-demogen: " << stats.error().file << ": " << stats.error().what << '\n';
        return 1;
    }
    return 0;
}
