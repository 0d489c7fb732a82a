#pragma once

#include "core/util/error.h"

#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QtGlobal>
#include <functional>
#include <string>
#include <vector>

namespace gardener::demo {

// Realistic Google Cloud Run logs for demos, tests and benchmarks: full Cloud Logging
// LogEntry JSON as `gcloud logging read` or the entries.list API return it, from a few dozen
// message templates (see demotemplates.h and docs/demo-data.md), with bursts, quiet periods,
// deploys and related pairs of entries. The output depends only on the options: the same
// options give the same bytes on every run and platform.

enum class DemoFormat
{
    JsonArray, // one JSON array, pretty-printed like `gcloud logging read --format=json`
    JsonLines, // one compact entry per line
    Pages,     // one API page per line: {"entries":[...],"nextPageToken":"..."}
};

struct DemoOptions
{
    quint64 seed = 1;
    qint64 count = 3000;             // exact number of entries written
    QDateTime start;                 // UTC; must be valid
    qint64 durationSecs = 24 * 3600; // entries fall in [start, start + duration)
    DemoFormat format = DemoFormat::JsonArray;
    bool gzip = false;
    int gzipLevel = 6;
    int services = 1;    // 1..3 Cloud Run services
    int pageSize = 1000; // entries per page with DemoFormat::Pages
    QString project = QStringLiteral("orders-staging");
    QString outputName; // names the output in errors
    // Called every few thousand entries with the number written so far; returning false
    // cancels (writeDemo then fails with "cancelled"). May be empty.
    std::function<bool(qint64)> progress;
};

struct DemoStats
{
    qint64 entries = 0;
    qint64 textBytes = 0;    // JSON text produced (before gzip)
    qint64 writtenBytes = 0; // bytes written to the output device
    qint64 firstNs = 0;      // first and last entry time, ns since the epoch (UTC)
    qint64 lastNs = 0;
    std::vector<qint64> severityCounts; // by name order of severityNames()
    std::vector<qint64> templateCounts; // by index of demoTemplates()
    std::vector<QString> services;      // service names used
};

// Severity names in the order of DemoStats::severityCounts.
const std::vector<QString> &severityNames();

// Writes `options.count` entries to `out` (open for writing) and, when `truth` is given, one
// JSON line per entry to it, in the same order:
//   {"insertId":"...","template":"T07","cluster":"C05"}
// Streams: memory use does not grow with the count. Runs on the calling thread; it touches
// nothing but its arguments, so any thread will do. On failure (bad options, write error,
// cancel) the outputs hold a partial result and the Error says what went wrong.
Result<DemoStats> writeDemo(QIODevice &out, const DemoOptions &options, QIODevice *truth = nullptr);

// One line of the ground truth written by writeDemo.
struct DemoTruth
{
    std::string insertId;
    std::string templateId; // "T07"
    std::string clusterId;  // "C05"
};
// Reads a ground-truth file back (for Grouping Accuracy against a clustering of the export).
// Fails naming the line when a line is not a truth record.
Result<std::vector<DemoTruth>> readDemoTruth(QIODevice &in, const QString &name = {});

// "json" | "jsonl" | "pages" (the names the command line uses); nullopt-like false if unknown.
bool parseDemoFormat(const QString &name, DemoFormat *format);
// "24h", "90m", "2d", "3600s" or plain seconds; -1 when malformed or not positive.
qint64 parseDemoDuration(const QString &text);

} // namespace gardener::demo
