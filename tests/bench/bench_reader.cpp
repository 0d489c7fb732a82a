// Reader throughput and memory: generates Cloud Run exports (a gcloud-style pretty-printed JSON
// array and JSON Lines), reads each in a fresh child process (so peak RSS is the read's own),
// and times python3's json.load on the same array file for comparison.
//
//   bench_reader [--short] [--entries N] [--dir DIR] [--no-python] [--keep]
//   bench_reader --measure FILE      (internal: one read, prints one result line)
//
// Targets: >= 250 MB/s on one core; peak RSS <= 0.6 x file size.
#include "logs/logreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>
#include <string>
#include <sys/resource.h>

using namespace gardener;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
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
        const char *revs[] = {"orders-api-00041-kib", "orders-api-00042-vaz", "orders-api-00043-qem"};
        const char *rev = revs[(i * 3 / 1000000 + r % 7 / 6) % 3];
        const int kind = int(r % 10);
        m_fields.clear();
        static const char *severities[] = {"INFO", "INFO", "INFO", "WARNING", "ERROR", "DEBUG", "INFO", "ERROR", "INFO", "NOTICE"};
        const char *severity = severities[(r >> 8) % 10];
        if (kind < 7) {
            static const char *modules[] = {"orders.api.checkout", "orders.ws.handlers", "orders.db.pool", "orders.auth.session"};
            static const char *functions[] = {"submit_order", "route_message", "acquire", "refresh_token"};
            static const char *messages[] = {
                "Order %llu accepted for customer c-%llu in 23 ms",
                "Error routing message from user-%llu: 'function' object has no attribute 'can_handle' (attempt %llu)",
                "Connection pool exhausted: waited 5000 ms for a connection (pool=%llu, in use=%llu)",
                "Session s-%llu refreshed; token expires in %llu s"};
            const int m = int((r >> 16) % 4);
            char message[256];
            std::snprintf(message, sizeof message, messages[m], (unsigned long long)(r % 100000),
                          (unsigned long long)((r >> 20) % 1000));
            m_fields.push_back(obj("jsonPayload",
                                   {obj("context", {str("name", modules[m]), str("service", "orders")}),
                                    obj("labels", {str("function", functions[m]),
                                                   str("line", std::to_string(100 + m * 37)),
                                                   str("module", modules[m])}),
                                    str("message", message), str("timestamp", ts)}));
        } else if (kind < 9) {
            static const char *paths[] = {"/api/orders", "/ws/beacon", "/api/cart/items", "/healthz"};
            static const int statuses[] = {200, 405, 201, 503};
            const int p = int((r >> 16) % 4);
            char url[160];
            std::snprintf(url, sizeof url, "https://orders-api-7hx2kq3m5a-ew.a.run.app%s?req=%llu",
                          paths[p], (unsigned long long)(r % 100000));
            char latency[32];
            std::snprintf(latency, sizeof latency, "%llu.%06llus", (unsigned long long)(r % 3),
                          (unsigned long long)((r >> 4) % 1000000));
            m_fields.push_back(obj("httpRequest",
                                   {str("latency", latency), str("protocol", "HTTP/1.1"),
                                    str("remoteIp", "203.0.113.17"),
                                    str("requestMethod", p == 1 ? "POST" : "GET"),
                                    str("requestSize", "412"), str("requestUrl", url),
                                    str("responseSize", "1184"),
                                    str("serverIp", "216.239.38.53"),
                                    num("status", statuses[p]),
                                    str("userAgent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36")}));
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
        m_fields.push_back(obj("labels", {str("instanceId", "00c61b117c4d9fe2a1c0b8e3d1f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9")}));
        m_fields.push_back(str("logName", kind < 7 ? "projects/orders-staging/logs/run.googleapis.com%2Fstderr"
                                                    : "projects/orders-staging/logs/run.googleapis.com%2Frequests"));
        m_fields.push_back(str("receiveTimestamp", ts));
        m_fields.push_back(obj("resource", {obj("labels", {str("configuration_name", "orders-api"),
                                                           str("location", "europe-west1"),
                                                           str("project_id", "orders-staging"),
                                                           str("revision_name", rev),
                                                           str("service_name", "orders-api")}),
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
    static Field num(const char *key, int value) { return Field{key, std::to_string(value), {}, false}; }
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

bool generate(const QString &path, quint64 count, bool array)
{
    std::FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
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
            std::fwrite(buffer.data(), 1, buffer.size(), f);
            buffer.clear();
        }
    }
    if (array)
        buffer += "\n]\n";
    std::fwrite(buffer.data(), 1, buffer.size(), f);
    return std::fclose(f) == 0;
}

// One read in this process; prints "entries skipped cpuSeconds peakRssKb storeBytes
// wallSeconds". CPU time is what one core spent, so the figure holds on a busy machine too.
int measure(const QString &path)
{
    LogStore store;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    auto report = LogReader::readFile(path, store);
    const double seconds = cpuSeconds() - cpuBefore;
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
        return 1;
    }
    std::printf("%llu %llu %.6f %ld %zu %.6f\n", (unsigned long long)report->entries,
                (unsigned long long)report->skipped, seconds, peakRssKb(), store.memoryBytes(),
                wall);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--measure"))
        return measure(args[2]);

    quint64 count = args.contains(QLatin1String("--short")) ? 100000 : 1000000;
    if (const qsizetype i = args.indexOf(QLatin1String("--entries")); i > 0 && i + 1 < args.size())
        count = args[i + 1].toULongLong();
    const bool python = !args.contains(QLatin1String("--no-python"));
    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (const qsizetype i = args.indexOf(QLatin1String("--dir")); i > 0 && i + 1 < args.size())
        dir = args[i + 1];
    const bool keep = args.contains(QLatin1String("--keep"));
    tmp.setAutoRemove(!keep);

    QTextStream out(stdout);
    out << "bench_reader: " << count << " Cloud Run entries, one core, each read in a fresh process\n";
    bool ok = true;
    for (const bool array : {true, false}) {
        const QString path = dir + (array ? QStringLiteral("/export.json") : QStringLiteral("/export.jsonl"));
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, count, array)) {
            out << "cannot write " << path << '\n';
            return 1;
        }
        const double size = double(QFileInfo(path).size());
        out << (array ? "json-array" : "json-lines") << ": " << QString::number(size / 1e6, 'f', 1)
            << " MB generated in " << QString::number(double(timer.elapsed()) / 1000, 'f', 1) << " s\n";
        out.flush();

        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), path});
        child.waitForFinished(-1);
        const QStringList parts = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
        if (child.exitCode() != 0 || parts.size() < 6) {
            out << "  read failed: " << child.readAllStandardError() << '\n';
            ok = false;
            continue;
        }
        const double entries = parts[0].toDouble(), seconds = parts[2].toDouble();
        const double rssBytes = parts[3].toDouble() * 1024, storeBytes = parts[4].toDouble();
        const double mbps = size / 1e6 / seconds;
        const double ratio = rssBytes / size;
        out << "  read: " << QString::number(seconds, 'f', 2) << " s CPU ("
            << QString::number(parts[5].toDouble(), 'f', 2) << " s wall), "
            << QString::number(mbps, 'f', 0) << " MB/s, "
            << QString::number(entries / seconds / 1e6, 'f', 2) << " M entries/s, skipped "
            << parts[1] << "\n  peak RSS " << QString::number(rssBytes / 1e6, 'f', 0) << " MB = "
            << QString::number(ratio, 'f', 2) << " x file size (store "
            << QString::number(storeBytes / 1e6, 'f', 0) << " MB, "
            << QString::number(storeBytes / entries, 'f', 0) << " B/entry)\n";
        out << "  targets: throughput >= 250 MB/s " << (mbps >= 250 ? "met" : "MISSED")
            << "; peak <= 0.6 x file " << (ratio <= 0.6 ? "met" : "MISSED") << '\n';
        if (entries != double(count))
            ok = false;

        if (array && python) {
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
                double pySeconds = QString::fromUtf8(py.readAllStandardOutput()).trimmed().toDouble();
                if (pySeconds <= 0)
                    pySeconds = double(pyTimer.nsecsElapsed()) / 1e9;
                out << "  python3 json.load: " << QString::number(pySeconds, 'f', 2) << " s CPU ("
                    << QString::number(size / 1e6 / pySeconds, 'f', 0) << " MB/s); reader is "
                    << QString::number(pySeconds / seconds, 'f', 1) << "x faster\n";
            } else {
                out << "  python3 json.load: not measured (" << py.errorString() << ")\n";
            }
        }
        out.flush();
        if (!keep)
            QFile::remove(path);
    }
    return ok ? 0 : 1;
}
