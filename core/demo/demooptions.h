#pragma once

#include "core/demo/demogenerator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QString>

namespace gardener::demo {

// The command-line face of the generator, shared by `loggardener generate` and the build-time
// tool gardener-demogen so both accept the same flags.
struct DemoCommandLine
{
    DemoOptions options;
    QString out;   // file path, or "-" for standard output
    QString truth; // ground-truth JSONL path, or empty
};

void addDemoOptions(QCommandLineParser &parser);
// Reads the flags added by addDemoOptions. `now` decides the default start (the window then
// ends at the start of the current UTC hour). Errors are usage errors.
Result<DemoCommandLine> demoCommandLine(const QCommandLineParser &parser, const QDateTime &now);

// Writes the export (and the truth file) atomically: the files appear complete or not at all.
Result<DemoStats> writeDemoFiles(const DemoCommandLine &command);

} // namespace gardener::demo
