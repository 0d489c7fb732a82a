// Reader throughput and memory: generates Cloud Run exports (a gcloud-style pretty-printed JSON
// array, JSON Lines, and the JSON Lines gzip-compressed), reads each in fresh child processes
// (so peak RSS is the read's own) on one thread and on two, and prints each figure next to its
// anchor measured in the same run: python3's json.load on the array, zcat on the gzip file,
// and the single-threaded read. The machine's load average is printed before and after.
//
//   bench_reader [--short] [--entries N] [--runs N] [--dir DIR] [--no-python] [--keep]
//   bench_reader --measure FILE [THREADS]   (internal: one read, prints one result line)
//
// Targets: >= 1 GB/s wall on 2 cores; peak RSS <= 0.3 x file size; gzip as fast as zcat.
#include "core/logs/entryparser.h"
#include "core/logs/logreader.h"
#include "core/util/allocatortuning.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <string>
#include <sys/resource.h>
#include <vector>
#include <zlib.h>

using namespace gardener;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A small deterministic generator of Cloud Run entries: application logs with jsonPayload
// (context, labels, message), request logs with httpRequest, and plain textPayload lines.
class Generator
{
public:
    explicit Generator(bool pretty) : m_pretty(pretty) {}

    void entry(quint64 i, std::string &out)
    {
        const quint64 r = mix(i);
        const quint64 sec = 1759478400 + i * 86400 / 1000000;
        char ts[64];
        std::snprintf(ts, sizeof ts, "2025-10-03T%02llu:%02llu:%02llu.%06lluZ",
                      (unsigned long long)(sec / 3600 % 24), (unsigned long long)(sec / 60 % 60),
                      (unsigned long long)(sec % 60), (unsigned long long)(r % 1000000));
        const char *revs[] = {"orders-api-00041-kib", "orders-api-00042-vaz",
                              "orders-api-00043-qem"};
        const char *rev = revs[(i * 3 / 1000000 + r % 7 / 6) % 3];
        const int kind = int(r % 10);
        m_fields.clear();
        static const char *severities[] = {"INFO",  "INFO", "INFO",  "WARNING", "ERROR",
                                           "DEBUG", "INFO", "ERROR", "INFO",    "NOTICE"};
        const char *severity = severities[(r >> 8) % 10];
        if (kind < 7) {
            static const char *modules[] = {"orders.api.checkout", "orders.ws.handlers",
                                            "orders.db.pool", "orders.auth.session"};
            static const char *functions[] = {"submit_order", "route_message", "acquire",
                                              "refresh_token"};
            static const char *messages[] = {"Order %llu accepted for customer c-%llu in 23 ms",
                                             "Error routing message from user-%llu: 'function' "
                                             "object has no attribute 'can_handle' (attempt %llu)",
                                             "Connection pool exhausted: waited 5000 ms for a "
                                             "connection (pool=%llu, in use=%llu)",
                                             "Session s-%llu refreshed; token expires in %llu s"};
            const int m = int((r >> 16) % 4);
            char message[256];
            std::snprintf(message, sizeof message, messages[m], (unsigned long long)(r % 100000),
                          (unsigned long long)((r >> 20) % 1000));
            m_fields.push_back(obj(
                "jsonPayload", {obj("context", {str("name", modules[m]), str("service", "orders")}),
                                obj("labels", {str("function", functions[m]),
                                               str("line", std::to_string(100 + m * 37)),
                                               str("module", modules[m])}),
                                str("message", message), str("timestamp", ts)}));
        } else if (kind < 9) {
            static const char *paths[] = {"/api/orders", "/ws/beacon", "/api/cart/items",
                                          "/healthz"};
            static const int statuses[] = {200, 405, 201, 503};
            const int p = int((r >> 16) % 4);
            char url[160];
            std::snprintf(url, sizeof url, "https://orders-api-7hx2kq3m5a-ew.a.run.app%s?req=%llu",
                          paths[p], (unsigned long long)(r % 100000));
            char latency[32];
            std::snprintf(latency, sizeof latency, "%llu.%06llus", (unsigned long long)(r % 3),
                          (unsigned long long)((r >> 4) % 1000000));
            m_fields.push_back(
                obj("httpRequest",
                    {str("latency", latency), str("protocol", "HTTP/1.1"),
                     str("remoteIp", "203.0.113.17"), str("requestMethod", p == 1 ? "POST" : "GET"),
                     str("requestSize", "412"), str("requestUrl", url), str("responseSize", "1184"),
                     str("serverIp", "216.239.38.53"), num("status", statuses[p]),
                     str("userAgent",
                         "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36")}));
        } else {
            char text[160];
            std::snprintf(text, sizeof text,
                          "Starting worker pid=%llu on port 8080; listening with %llu threads",
                          (unsigned long long)(r % 60000), (unsigned long long)((r >> 9) % 16 + 1));
            m_fields.push_back(str("textPayload", text));
        }
        char insert[32];
        std::snprintf(insert, sizeof insert, "%016llx%08llx", (unsigned long long)r,
                      (unsigned long long)(i & 0xffffffff));
        m_fields.push_back(str("insertId", insert));
        m_fields.push_back(obj(
            "labels", {str("instanceId",
                           "00c61b117c4d9fe2a1c0b8e3d1f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9")}));
        m_fields.push_back(str(
            "logName", kind < 7 ? "projects/orders-staging/logs/run.googleapis.com%2Fstderr"
                                : "projects/orders-staging/logs/run.googleapis.com%2Frequests"));
        m_fields.push_back(str("receiveTimestamp", ts));
        m_fields.push_back(obj(
            "resource",
            {obj("labels", {str("configuration_name", "orders-api"),
                            str("location", "europe-west1"), str("project_id", "orders-staging"),
                            str("revision_name", rev), str("service_name", "orders-api")}),
             str("type", "cloud_run_revision")}));
        m_fields.push_back(str("severity", severity));
        if (kind >= 7 || r % 3 == 0) {
            char span[24];
            std::snprintf(span, sizeof span, "%016llx", (unsigned long long)(r >> 3));
            m_fields.push_back(str("spanId", span));
        }
        m_fields.push_back(str("timestamp", ts));
        char trace[96];
        std::snprintf(trace, sizeof trace, "projects/orders-staging/traces/%016llx%016llx",
                      (unsigned long long)(r / 3), (unsigned long long)(r * 7));
        m_fields.push_back(str("trace", trace));
        write(out, m_fields, m_pretty ? 1 : 0);
    }

private:
    struct Field
    {
        std::string key;
        std::string scalar; // JSON text of a scalar value
        std::vector<Field> members;
        bool object = false;
    };
    static quint64 mix(quint64 x)
    {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    static Field str(const char *key, const std::string &value)
    {
        std::string s = "\"";
        for (char c : value) {
            if (c == '"' || c == '\\')
                s += '\\';
            s += c;
        }
        return Field{key, s + "\"", {}, false};
    }
    static Field num(const char *key, int value)
    {
        return Field{key, std::to_string(value), {}, false};
    }
    static Field obj(const char *key, std::vector<Field> members)
    {
        return Field{key, {}, std::move(members), true};
    }
    void write(std::string &out, const std::vector<Field> &fields, int depth) const
    {
        // gcloud prints keys sorted with two-space indentation; JSON Lines is compact.
        std::vector<const Field *> sorted;
        for (const Field &f : fields)
            sorted.push_back(&f);
        std::sort(sorted.begin(), sorted.end(), [](auto *a, auto *b) { return a->key < b->key; });
        out += '{';
        bool first = true;
        for (const Field *f : sorted) {
            if (!first)
                out += ',';
            first = false;
            if (m_pretty) {
                out += '\n';
                out.append(size_t(depth + 1) * 2, ' ');
            }
            out += '"';
            out += f->key;
            out += m_pretty ? "\": " : "\":";
            if (f->object)
                write(out, f->members, depth + 1);
            else
                out += f->scalar;
        }
        if (m_pretty) {
            out += '\n';
            out.append(size_t(depth) * 2, ' ');
        }
        out += '}';
    }

    bool m_pretty;
    std::vector<Field> m_fields;
};

bool generate(const QString &path, quint64 count, bool array, bool compressed = false)
{
    std::FILE *f = compressed ? nullptr : std::fopen(QFile::encodeName(path).constData(), "wb");
    gzFile gz = compressed ? gzopen(QFile::encodeName(path).constData(), "wb6") : nullptr;
    if (!f && !gz)
        return false;
    auto put = [&](const std::string &b) {
        if (gz)
            gzwrite(gz, b.data(), unsigned(b.size()));
        else
            std::fwrite(b.data(), 1, b.size(), f);
    };
    Generator gen(array);
    std::string buffer;
    if (array)
        buffer += "[\n  ";
    for (quint64 i = 0; i < count; ++i) {
        if (array && i > 0)
            buffer += ",\n  ";
        gen.entry(i, buffer);
        if (!array)
            buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            put(buffer);
            buffer.clear();
        }
    }
    if (array)
        buffer += "\n]\n";
    put(buffer);
    return gz ? gzclose(gz) == Z_OK : std::fclose(f) == 0;
}

// One read in this process; prints "entries skipped cpuSeconds peakRssKb storeBytes
// wallSeconds parsingThreadCpuSeconds rawMicroseconds". On a shared machine wall time mostly
// measures the others' load; the busier thread's CPU time is what the read takes on two free
// cores. rawMicroseconds: the mean time of LogStore::rawJson for entries taken at random
// (after the peak is taken), what the app's entry view and the evidence pay per entry.
int measure(const QString &path, int threads)
{
    LogStore store;
    ReadOptions options;
    options.threads = threads;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const double threadBefore = threadCpuSeconds();
    auto report = LogReader::readFile(path, store, options);
    const double seconds = cpuSeconds() - cpuBefore;
    const double parsing = threadCpuSeconds() - threadBefore;
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
        return 1;
    }
    const long peak = peakRssKb();
    double rawMicroseconds = 0;
    if (store.size() > 0) {
        constexpr int kSamples = 2000;
        quint64 x = 0x9E3779B97F4A7C15ull, bytes = 0;
        QElapsedTimer rawTimer;
        rawTimer.start();
        for (int k = 0; k < kSamples; ++k) {
            x = x * 6364136223846793005ull + 1442695040888963407ull;
            bytes += quint64(store.rawJson(size_t((x >> 33) % store.size())).size());
        }
        rawMicroseconds = bytes > 0 ? double(rawTimer.nsecsElapsed()) / 1e3 / kSamples : -1;
    }
    std::printf("%llu %llu %.6f %ld %zu %.6f %.6f %.1f\n", (unsigned long long)report->entries,
                (unsigned long long)report->skipped, seconds, peak, store.memoryBytes(), wall,
                parsing, rawMicroseconds);
    return 0;
}

struct Run
{
    double entries = 0, cpu = 0, wall = 0, rss = 0, store = 0;
    double busiest = 0;         // CPU seconds of the busier thread: the wall time on two free cores
    double rawMicroseconds = 0; // one entry's raw JSON, at random
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// `runs` reads in fresh processes; the median of each figure.
bool measureRuns(const QString &path, int threads, int runs, Run &result)
{
    std::vector<double> cpu, wall, rss, busiest, raw;
    for (int r = 0; r < runs; ++r) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--measure"), path, QString::number(threads)});
        child.waitForFinished(-1);
        const QStringList parts =
            QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
        if (child.exitCode() != 0 || parts.size() < 8)
            return false;
        result.entries = parts[0].toDouble();
        result.store = parts[4].toDouble();
        cpu.push_back(parts[2].toDouble());
        rss.push_back(parts[3].toDouble() * 1024);
        wall.push_back(parts[5].toDouble());
        const double parsing = parts[6].toDouble();
        busiest.push_back(std::max(parsing, parts[2].toDouble() - parsing));
        raw.push_back(parts[7].toDouble());
    }
    result.rawMicroseconds = median(raw);
    result.busiest = median(busiest);
    result.cpu = median(cpu);
    result.wall = median(wall);
    result.rss = median(rss);
    return true;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("unknown");
}

// Median wall and CPU seconds of `program args` with its output thrown away; false if it failed.
bool timeCommand(const QString &program, const QStringList &args, int runs, double &wall,
                 double &cpu)
{
    std::vector<double> walls, cpus;
    for (int r = 0; r < runs; ++r) {
        rusage before{}, after{};
        getrusage(RUSAGE_CHILDREN, &before);
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            return false;
        walls.push_back(double(timer.nsecsElapsed()) / 1e9);
        getrusage(RUSAGE_CHILDREN, &after);
        auto seconds = [](const rusage &u) {
            return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
                   double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
        };
        cpus.push_back(seconds(after) - seconds(before));
    }
    wall = median(walls);
    cpu = median(cpus);
    return true;
}

QString fixed(double v, int digits)
{
    return QString::number(v, 'f', digits);
}

} // namespace

int main(int argc, char *argv[])
{
    gardener::util::tuneAllocator(argv); // measure the allocator the product runs with
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if ((args.size() == 3 || args.size() == 4) && args[1] == QLatin1String("--measure"))
        return measure(args[2], args.size() == 4 ? args[3].toInt() : 2);

    quint64 count = args.contains(QLatin1String("--short")) ? 100000 : 1000000;
    if (const qsizetype i = args.indexOf(QLatin1String("--entries")); i > 0 && i + 1 < args.size())
        count = args[i + 1].toULongLong();
    int runs = args.contains(QLatin1String("--short")) ? 1 : 3;
    if (const qsizetype i = args.indexOf(QLatin1String("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());
    const bool python = !args.contains(QLatin1String("--no-python"));
    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (const qsizetype i = args.indexOf(QLatin1String("--dir")); i > 0 && i + 1 < args.size())
        dir = args[i + 1];
    const bool keep = args.contains(QLatin1String("--keep"));
    tmp.setAutoRemove(!keep);

    QTextStream out(stdout);
    out << "bench_reader: " << count
        << " Cloud Run entries, each read in a fresh process, median of " << runs
        << " runs; load average before: " << loadAverage() << '\n';
    // GARDENER_JSON_KERNEL=portable in the environment measures the portable kernel instead.
    out << "simdjson On Demand kernel: " << EntryParser().kernelName() << '\n';
    bool ok = true;
    struct File
    {
        const char *label, *name;
        bool array, gzip;
    };
    for (const File &file : {File{"json-array", "/export.json", true, false},
                             File{"json-lines", "/export.jsonl", false, false},
                             File{"json-lines.gz", "/export.jsonl.gz", false, true}}) {
        const QString path = dir + QLatin1String(file.name);
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, count, file.array, file.gzip)) {
            out << "cannot write " << path << '\n';
            return 1;
        }
        const double size = double(QFileInfo(path).size());
        out << file.label << ": " << fixed(size / 1e6, 1) << " MB generated in "
            << fixed(double(timer.elapsed()) / 1000, 1) << " s\n";
        out.flush();

        Run one, two;
        if (!measureRuns(path, 1, runs, one) || !measureRuns(path, 2, runs, two)) {
            out << "  read failed\n";
            ok = false;
            continue;
        }
        // Throughput of the JSON itself (for gzip: the inflated bytes, as zcat's figure).
        double jsonBytes = size;
        double zcat = -1, zcatCpu = -1;
        if (file.gzip) {
            jsonBytes = 0;
            if (gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb")) {
                std::vector<char> sink(1 << 20);
                for (int n; (n = gzread(gz, sink.data(), unsigned(sink.size()))) > 0;)
                    jsonBytes += n;
                gzclose(gz);
            }
            if (!timeCommand(QStringLiteral("zcat"), {path}, runs, zcat, zcatCpu))
                zcat = -1;
        }
        for (const auto &[threads, run] : {std::pair{1, one}, std::pair{2, two}}) {
            out << "  " << threads << (threads == 1 ? " thread:  " : " threads: ")
                << fixed(run.wall, 2) << " s wall, " << fixed(run.cpu, 2) << " s CPU, "
                << fixed(jsonBytes / 1e6 / run.wall, 0) << " MB/s wall ("
                << fixed(jsonBytes / 1e6 / run.cpu, 0) << " per CPU s), "
                << fixed(run.entries / run.wall / 1e6, 2) << " M entries/s; busier thread "
                << fixed(run.busiest, 2) << " s CPU = " << fixed(jsonBytes / 1e6 / run.busiest, 0)
                << " MB/s on free cores; peak RSS " << fixed(run.rss / 1e6, 0)
                << " MB = " << fixed(run.rss / size, 2) << " x file";
            if (file.gzip)
                out << " (" << fixed(run.rss / jsonBytes, 2) << " x the JSON)";
            out << '\n';
        }
        out << "  two threads against one: " << fixed(one.wall / two.wall, 2) << "x wall, "
            << fixed(one.busiest / two.busiest, 2) << "x busier-thread CPU; store "
            << fixed(two.store / 1e6, 0) << " MB (" << fixed(two.store / two.entries, 0)
            << " B/entry); an entry's raw JSON at random: " << fixed(two.rawMicroseconds, 0)
            << " us\n";
        if (zcat > 0)
            out << "  zcat: " << fixed(zcat, 2) << " s wall, " << fixed(zcatCpu, 2) << " s CPU ("
                << fixed(jsonBytes / 1e6 / zcat, 0) << " MB/s of JSON wall); the reader takes "
                << fixed(two.wall / zcat, 2) << "x zcat's wall time, its busier thread "
                << fixed(two.busiest / zcatCpu, 2)
                << "x zcat's CPU time (target 1.0x: " << (two.busiest <= zcatCpu ? "met" : "MISSED")
                << "), both threads " << fixed(two.cpu / zcatCpu, 2) << "x\n";
        out << "  targets: >= 1000 MB/s wall "
            << (jsonBytes / 1e6 / two.wall >= 1000 ? "met" : "MISSED") << " (on free cores "
            << (jsonBytes / 1e6 / two.busiest >= 1000 ? "met" : "MISSED") << ')'
            << "; peak <= 0.3 x " << (file.gzip ? "the JSON " : "file ")
            << (two.rss / (file.gzip ? jsonBytes : size) <= 0.3 ? "met" : "MISSED") << '\n';
        if (one.entries != double(count) || two.entries != double(count))
            ok = false;

        if (file.array && python) {
            QProcess py;
            QElapsedTimer pyTimer;
            pyTimer.start();
            py.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import json,sys,resource\n"
                                     "json.load(open(sys.argv[1]))\n"
                                     "r=resource.getrusage(resource.RUSAGE_SELF)\n"
                                     "print(r.ru_utime+r.ru_stime)"),
                      path});
            if (py.waitForFinished(600000) && py.exitCode() == 0) {
                const double pyWall = double(pyTimer.nsecsElapsed()) / 1e9;
                const double pyCpu =
                    QString::fromUtf8(py.readAllStandardOutput()).trimmed().toDouble();
                out << "  python3 json.load: " << fixed(pyWall, 2) << " s wall, " << fixed(pyCpu, 2)
                    << " s CPU (" << fixed(size / 1e6 / pyWall, 0) << " MB/s wall); the reader is "
                    << fixed(pyWall / two.wall, 1) << "x faster (wall, 2 threads), "
                    << fixed(pyCpu / one.cpu, 1) << "x (CPU, 1 thread)\n";
            } else {
                out << "  python3 json.load: not measured (" << py.errorString() << ")\n";
            }
        }
        out.flush();
        if (!keep)
            QFile::remove(path);
    }
    out << "load average after: " << loadAverage() << " (2-core machine shared with other work)\n";
    return ok ? 0 : 1;
}
