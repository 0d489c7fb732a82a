// Local clustering of BigQuery's grouped rows: rows as the grouped query returns them (a masked
// message per service, severity and hour, with a count) standing for 10,000,000 entries must
// cluster in under 2 s, and memory must not grow with the number of entries they stand for.
//   bench_bigquery [--rows-per-bucket N] [--hours H]
// Clusters the same rows twice, once with counts summing to 100,000 and once to 10,000,000,
// and prints time (wall and CPU) and the engine's memory for both. Exits 1 if the 10 M run takes
// 2 CPU seconds or more, or if the engine's memory differs between the two.
#include "core/gcp/bigqueryanalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <ctime>
#include <random>

using namespace gardener;
using namespace gardener::gcp;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

const char *const kFamilies[] = {
    "Payment %1 declined for <EMAIL>: card_declined after <DUR>",
    "Timeout calling %1 at <IP> after <DUR>",
    "Order <NUM> failed: insufficient stock in warehouse %1",
    "DB pool %1 exhausted: <NUM> of <NUM> connections in use",
    "login failed for <USER> from <IP> via %1",
    "Retrying job %1 attempt <NUM> of 5",
    "Failed to parse %1 payload of <NUM> bytes",
    "GET /api/%1/<NUM> returned 503 in <DUR>",
    "Deadline exceeded calling %1 for <UUID>",
    "Worker %1 restarted after <NUM> crashes",
    "Slow query on table %1 took <DUR>",
    "upstream %1 reset before headers: connection timeout",
};
const char *const kWords[] = {"inventory", "billing", "search",   "cart",  "ledger",
                              "profile",   "catalog", "shipping", "tax",   "fraud",
                              "email",     "pricing", "reviews",  "auth",  "media",
                              "export",    "import",  "reports",  "quota", "audit"};

// Example messages are real ones (values filled in); the grouped rows carry their counts.
std::vector<GroupedRow> makeRows(int hours, int rowsPerBucket, quint64 represented, quint32 seed)
{
    std::mt19937 rng(seed);
    const qint64 start = 1'773'486'000'000'000; // microseconds
    std::vector<GroupedRow> rows;
    const char *const services[] = {"checkout", "payments", "gateway", "worker"};
    for (int h = 0; h < hours; ++h)
        for (int k = 0; k < rowsPerBucket; ++k) {
            const int family = k % int(std::size(kFamilies));
            const QString word =
                QLatin1String(kWords[(k / int(std::size(kFamilies))) % int(std::size(kWords))]);
            GroupedRow r;
            r.masked = QString::fromLatin1(kFamilies[family]).arg(word);
            r.example =
                QString(r.masked)
                    .replace(QStringLiteral("<EMAIL>"),
                             QStringLiteral("user%1@example.com").arg(rng() % 900))
                    .replace(QStringLiteral("<DUR>"), QStringLiteral("%1ms").arg(rng() % 5000))
                    .replace(QStringLiteral("<IP>"),
                             QStringLiteral("10.0.%1.%2").arg(rng() % 255).arg(rng() % 255))
                    .replace(QStringLiteral("<NUM>"), QString::number(rng() % 10000))
                    .replace(QStringLiteral("<USER>"), QStringLiteral("user_%1").arg(rng() % 500))
                    .replace(QStringLiteral("<UUID>"),
                             QStringLiteral("123e4567-e89b-12d3-a456-4266141740%1")
                                 .arg(rng() % 90 + 10));
            r.severity = family % 3 == 0 ? QStringLiteral("ERROR") : QStringLiteral("WARNING");
            r.service = QLatin1String(services[(k / 7) % 4]);
            r.revision = r.service + (h < hours / 2 ? QStringLiteral("-00041-abc")
                                                    : QStringLiteral("-00042-xyz"));
            r.bucketUs = start + qint64(h) * 3'600'000'000;
            r.firstUs = r.bucketUs + qint64(rng() % 60'000'000);
            r.lastUs = r.bucketUs + 3'540'000'000 + qint64(rng() % 60'000'000);
            r.count = 1;
            r.sampleIds = {QStringLiteral("id-%1-%2").arg(h).arg(k)};
            rows.push_back(std::move(r));
        }
    // Skewed counts (a few loud groups, a long tail) summing to exactly `represented`.
    std::vector<double> weight(rows.size());
    double total = 0;
    for (size_t i = 0; i < rows.size(); ++i)
        total += weight[i] = 1.0 / double(1 + (i % 97));
    quint64 given = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        rows[i].count = std::max<quint64>(1, quint64(double(represented) * weight[i] / total));
        given += rows[i].count;
    }
    rows.front().count += represented > given ? represented - given : 0;
    return rows;
}

struct Figures
{
    double wallMs = 0, cpuS = 0;
    size_t clusters = 0, memory = 0;
    quint64 entries = 0;
};

Figures run(const std::vector<GroupedRow> &rows)
{
    Figures f;
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuSeconds();
    clustering::ClusterEngine engine;
    for (const GroupedRow &r : rows) {
        const std::string message = r.example.toStdString(), service = r.service.toStdString(),
                          revision = r.revision.toStdString();
        clustering::EntryMeta meta;
        meta.timestampNs = r.firstUs * 1000;
        meta.severity = r.severity == QLatin1String("ERROR") ? Severity::Error : Severity::Warning;
        meta.service = service;
        meta.revision = revision;
        engine.addWeighted(message, meta, r.count, r.lastUs * 1000);
    }
    const clustering::ClusterSet set = engine.snapshot();
    f.cpuS = cpuSeconds() - cpu0;
    f.wallMs = double(wall.nsecsElapsed()) / 1e6;
    f.clusters = set.clusters().size();
    f.memory = engine.memoryBytes();
    for (const auto &c : set.clusters())
        f.entries += c.count;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int hours = 24 * 7, perBucket = 240;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--hours"))
            hours = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--rows-per-bucket"))
            perBucket = args[i + 1].toInt();
    }
    const auto small = makeRows(hours, perBucket, 100'000, 7);
    const auto large = makeRows(hours, perBucket, 10'000'000, 7);
    const Figures a = run(small), b = run(large);
    out << "| represented entries | rows | clusters | wall ms | CPU s | engine memory "
           "|\n|---|---|---|---|---|---|\n";
    for (const auto &[f, n] : {std::pair{a, small.size()}, std::pair{b, large.size()}})
        out << "| " << f.entries << " | " << n << " | " << f.clusters << " | " << qRound(f.wallMs)
            << " | " << QString::number(f.cpuS, 'f', 2) << " | "
            << QString::number(double(f.memory) / 1048576.0, 'f', 1) << " MiB |\n";
    bool ok = true;
    if (b.entries != 10'000'000) {
        out << "FAIL: the clusters hold " << b.entries << " entries, not 10,000,000\n";
        ok = false;
    }
    if (b.cpuS >= 2.0) {
        out << "FAIL: clustering the rows of 10 M entries took " << b.cpuS << " CPU s (limit 2)\n";
        ok = false;
    }
    if (a.memory != b.memory) {
        out << "FAIL: engine memory grew with the represented count (" << a.memory << " -> "
            << b.memory << " bytes)\n";
        ok = false;
    }
    out << (ok ? "bench_bigquery: PASS\n" : "bench_bigquery: FAIL\n");
    return ok ? 0 : 1;
}
