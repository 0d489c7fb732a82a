// End-to-end speed of the `cluster` command, whole process, in fresh child processes:
//  - `cluster --text` on N plain messages pinned to one core (messages/s), on the Cloud Run
//    demo messages and, when the shared data is there, on Loghub-2k's 16 systems repeated to N
//    lines (a harder mix: far fewer repeats for the masking cache);
//  - `cluster FILE` (read + cluster) of the N-entry demo export on two cores, next to the same
//    command pinned to one core (its anchor, measured in the same run).
// Each figure is also measured with glibc's default allocator (LOGGARDENER_MALLOC=system), the
// anchor for the allocator tuning. Each figure is the median of --runs runs; the load average is
// printed before and after.
//
//   bench_pipeline [--short] [--entries N] [--runs N] [--dir DIR] [--keep]
//   bench_pipeline --child CORES ARGS...   (internal: runs `cluster ARGS` on CORES cores)
//   bench_pipeline --write-messages EXPORT OUT   (internal)
//
// Targets (docs/performance.md): cluster --text >= 1.5 M messages/s on one core; read +
// cluster of 1M entries <= 1.5 s wall on two cores.
#include "app/cli/clustercommand.h"
#include "core/demo/demogenerator.h"
#include "core/logs/logreader.h"
#include "core/util/allocatortuning.h"
#include "tests/common/testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sched.h>
#include <sys/resource.h>
#include <vector>

using namespace gardener;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The child: `cluster ARGS` with its output thrown away; prints "wall cpu peakRssKb".
int child(int cores, const QStringList &arguments)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int c = 0; c < cores; ++c)
        CPU_SET(c, &set);
    sched_setaffinity(0, sizeof set, &set);
    QElapsedTimer timer;
    timer.start();
    QFile sink(QProcess::nullDevice());
    if (!sink.open(QIODevice::WriteOnly))
        return 1;
    QTextStream out(&sink), err(stderr);
    const int status = cli::ClusterCommand().run(arguments, out, err);
    out.flush();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%.6f %.6f %ld\n", double(timer.nsecsElapsed()) / 1e9, cpuSeconds(),
                usage.ru_maxrss);
    return status;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Figures
{
    double wall = 0, cpu = 0, rssMb = 0;
    bool ok = false;
};

// `systemAllocator`: the child keeps glibc's malloc defaults (LOGGARDENER_MALLOC=system), the
// anchor for what the allocator tuning (core/util/allocatortuning.h) gives.
Figures measure(int cores, const QStringList &arguments, int runs, bool systemAllocator = false)
{
    std::vector<double> wall, cpu, rss;
    Figures f;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        if (systemAllocator) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LOGGARDENER_MALLOC"), QStringLiteral("system"));
            p.setProcessEnvironment(env);
        }
        p.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--child"), QString::number(cores)} + arguments);
        p.waitForFinished(-1);
        const QStringList parts =
            QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
        if (p.exitCode() != 0 || parts.size() < 3)
            return f;
        wall.push_back(parts[0].toDouble());
        cpu.push_back(parts[1].toDouble());
        rss.push_back(parts[2].toDouble() / 1024);
    }
    f = {median(wall), median(cpu), median(rss), true};
    return f;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("unknown");
}

QString fixed(double v, int digits)
{
    return QString::number(v, 'f', digits);
}

// The messages of the demo export, one per line (line breaks inside a message become spaces).
bool writeMessages(const QString &exportPath, const QString &path)
{
    LogStore store;
    if (!LogReader::readFile(exportPath, store))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::string buffer;
    for (size_t i = 0; i < store.size(); ++i) {
        for (char c : store.message(i))
            buffer += c == '\n' || c == '\r' ? ' ' : c;
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            f.write(buffer.data(), qint64(buffer.size()));
            buffer.clear();
        }
    }
    return f.write(buffer.data(), qint64(buffer.size())) == qint64(buffer.size());
}

// Loghub-2k's 16 logs, line after line, repeated to `count` lines; false without the data.
bool writeLoghub(const QString &path, qint64 count)
{
    const QList<QByteArray> lines = test::loghubLines();
    QFile out(path);
    if (lines.isEmpty() || !out.open(QIODevice::WriteOnly))
        return false;
    QByteArray buffer;
    for (qint64 n = 0; n < count;) {
        for (const QByteArray &line : lines) {
            buffer += line + '\n';
            if (++n == count)
                break;
        }
        if (buffer.size() > (1 << 20) || n == count) {
            out.write(buffer);
            buffer.clear();
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    gardener::util::tuneAllocator(argv); // the children measure the allocator the product uses
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == QLatin1String("--child"))
        return child(args[2].toInt(), args.mid(3));
    if (args.size() == 4 && args[1] == QLatin1String("--write-messages"))
        return writeMessages(args[2], args[3]) ? 0 : 1;

    const bool shortRun = args.contains(QLatin1String("--short"));
    qint64 count = shortRun ? 100000 : 1000000;
    if (const qsizetype i = args.indexOf(QLatin1String("--entries")); i > 0 && i + 1 < args.size())
        count = args[i + 1].toLongLong();
    int runs = shortRun ? 1 : 3;
    if (const qsizetype i = args.indexOf(QLatin1String("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());
    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (const qsizetype i = args.indexOf(QLatin1String("--dir")); i > 0 && i + 1 < args.size())
        dir = args[i + 1];
    tmp.setAutoRemove(!args.contains(QLatin1String("--keep")));

    QTextStream out(stdout);
    out << "bench_pipeline: " << count << " entries, whole `cluster` process, median of " << runs
        << " runs; load average before: " << loadAverage() << '\n';
    const QString exportPath = dir + QStringLiteral("/demo.jsonl");
    {
        demo::DemoOptions options;
        options.count = count;
        options.start = QDateTime(QDate(2025, 9, 12), QTime(0, 0), Qt::UTC);
        options.format = demo::DemoFormat::JsonLines;
        QFile f(exportPath);
        if (!f.open(QIODevice::WriteOnly) || !demo::writeDemo(f, options, nullptr)) {
            out << "cannot write " << exportPath << '\n';
            return 1;
        }
    }
    const QString messages = dir + QStringLiteral("/demo-messages.txt");
    const QString loghub = dir + QStringLiteral("/loghub-messages.txt");
    // In a child of its own: Linux keeps a process's peak RSS across exec, so the children
    // measured below must not be forked from a process that once held the whole store.
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--write-messages"), exportPath, messages}) != 0) {
        out << "cannot write " << messages << '\n';
        return 1;
    }
    bool ok = true;
    struct Text
    {
        const char *label;
        QString path;
    };
    std::vector<Text> texts{{"demo messages", messages}};
    if (writeLoghub(loghub, count))
        texts.push_back({"Loghub-2k repeated", loghub});
    else
        out << "Loghub-2k not found under GARDENER_SHARED_DIR: its line skipped\n";
    for (const Text &t : texts) {
        const Figures f = measure(1, {QStringLiteral("--text"), t.path}, runs);
        const Figures plain = measure(1, {QStringLiteral("--text"), t.path}, runs, true);
        ok = ok && f.ok && plain.ok;
        out << "cluster --text, " << t.label << ", one core: " << fixed(f.wall, 2) << " s wall, "
            << fixed(f.cpu, 2) << " s CPU = " << fixed(double(count) / f.wall / 1e6, 2)
            << " M messages/s (" << fixed(double(count) / f.cpu / 1e6, 2) << " per CPU s), peak "
            << fixed(f.rssMb, 0) << " MB; target >= 1.5 M/s "
            << (double(count) / f.wall >= 1.5e6 ? "met" : "MISSED") << '\n'
            << "  glibc's default allocator: " << fixed(plain.wall, 2) << " s wall, "
            << fixed(plain.cpu, 2) << " s CPU = " << fixed(double(count) / plain.wall / 1e6, 2)
            << " M messages/s, peak " << fixed(plain.rssMb, 0) << " MB\n";
        out.flush();
    }
    const Figures one = measure(1, {exportPath}, runs);
    const Figures two = measure(2, {exportPath}, runs);
    const Figures twoPlain = measure(2, {exportPath}, runs, true);
    ok = ok && one.ok && two.ok && twoPlain.ok;
    const double target = 1.5 * double(count) / 1e6;
    out << "cluster FILE (read + cluster), demo export "
        << fixed(double(QFile(exportPath).size()) / 1e6, 0)
        << " MB:\n  two cores: " << fixed(two.wall, 2) << " s wall, " << fixed(two.cpu, 2)
        << " s CPU, peak " << fixed(two.rssMb, 0) << " MB\n  one core:  " << fixed(one.wall, 2)
        << " s wall, " << fixed(one.cpu, 2) << " s CPU, peak " << fixed(one.rssMb, 0)
        << " MB\n  two cores, glibc's default allocator: " << fixed(twoPlain.wall, 2) << " s wall, "
        << fixed(twoPlain.cpu, 2) << " s CPU, peak " << fixed(twoPlain.rssMb, 0)
        << " MB\n  two cores against one: " << fixed(one.wall / two.wall, 2)
        << "x; target <= " << fixed(target, 2) << " s wall "
        << (two.wall <= target ? "met" : "MISSED") << '\n';
    out << "load average after: " << loadAverage() << " (2-core machine shared with other work)\n";
    return ok ? 0 : 1;
}
