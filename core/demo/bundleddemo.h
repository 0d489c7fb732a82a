#pragma once

#include "core/demo/demogenerator.h"

#include <QByteArray>
#include <QString>

namespace gardener::demo {

// The demo export the app opens with `--demo`: 3,000 entries over one day of one service,
// written at build time by gardener-demogen with these options and compiled in as a resource,
// so it is byte-identical on every build and costs nothing to produce at run time.

// The options the bundled export is generated with (fixed seed and start time).
DemoOptions bundledDemoOptions();

// The export as stored: a gzip-compressed JSON array of LogEntry objects, like
// `gcloud logging read --format=json | gzip`. Thread-safe (reads a compiled-in resource).
QByteArray bundledExport();
// A file name for it, for titles and readers that look at the suffix
// ("orders-backend-staging-demo.json.gz").
QString bundledExportName();
// The Qt resource path, for code that wants a QFile.
QString bundledExportPath();

} // namespace gardener::demo
