#pragma once

// bench_ui --sizes: the desktop app next to the CLI on the same exports, each measured in a
// fresh process of its own (a clean peak RSS), alternating app and CLI runs:
//  - the app: the real MainWindow and Session, offscreen; open -> final clusters, CPU time,
//    the longest UI-thread stall, peak RSS (a child `bench_ui --app-child FILE`);
//  - the CLI: `loggardener cluster FILE` on two cores, the command's own code in a child
//    (`bench_ui --cli-child FILE`): wall, CPU, peak RSS;
// then the app against the CLI (target: 1.3x) and the growth from size to size against linear
// (target: 1.1x), in time and in memory. Internal to bench_ui.cpp.

#include "app/cli/clustercommand.h"
#include "core/demo/demogenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace gardener::bench {

// Both sides read up to this much: the CLI's default limits (2M entries, 2 GiB) would cut the
// 4M-entry export in half.
inline const QStringList kCliLimits{QStringLiteral("--max-entries"), QStringLiteral("8000000"),
                                    QStringLiteral("--max-input-mb"), QStringLiteral("8192")};

inline double cpuSecondsSelf()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

inline long peakRssKbSelf()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

inline QString loadAverageNow()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("unknown");
}

// Writes (once) the demo export of `count` entries as JSON lines into `dir`; reused later.
inline QString ensureDemoExport(qint64 count, const QString &dir, QTextStream &out)
{
    const QString path =
        QDir(dir).filePath(QStringLiteral("loggardener-bench-ui-%1.jsonl").arg(count));
    if (QFileInfo(path).size() > 0)
        return path;
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly)) {
        out << "bench_ui: cannot write " << file.fileName() << '\n';
        return {};
    }
    demo::DemoOptions options;
    options.count = count;
    options.seed = 7;
    options.services = 3;
    options.durationSecs = 7 * 24 * 3600;
    options.start = QDateTime(QDate(2026, 1, 12), QTime(0, 0), Qt::UTC);
    options.format = demo::DemoFormat::JsonLines;
    auto written = demo::writeDemo(file, options);
    file.close();
    if (!written) {
        out << "bench_ui: could not write the export: " << written.error().toString() << '\n';
        return {};
    }
    QFile::remove(path);
    file.rename(path);
    return path;
}

// The CLI side: `cluster FILE` with its output thrown away; prints "RESULT wall cpu rssKb".
inline int cliChild(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QFile sink(QProcess::nullDevice());
    if (!sink.open(QIODevice::WriteOnly))
        return 2;
    QTextStream out(&sink), err(stderr);
    const int status = cli::ClusterCommand().run(kCliLimits + QStringList{path}, out, err);
    out.flush();
    std::printf("RESULT %.6f %.6f %ld\n", double(timer.nsecsElapsed()) / 1e9, cpuSecondsSelf(),
                peakRssKbSelf());
    return status;
}

struct RunFigures
{
    // app: final s, CPU s, rss KB, first clusters ms, stall ms, settled s, entries, clusters,
    //      the UI thread's worst CPU ms for one event
    // cli: wall s, CPU s, rss KB
    std::vector<double> values;
    bool ok = false;
};

inline RunFigures runChild(const QString &mode, const QString &path)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QCoreApplication::applicationFilePath(), {mode, path});
    p.waitForFinished(-1);
    RunFigures f;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("RESULT ")))
            continue;
        for (const QString &v : line.mid(7).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            f.values.push_back(v.toDouble());
        f.ok = p.exitStatus() == QProcess::NormalExit && f.values.size() >= 3;
    }
    return f;
}

inline double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct SizeFigures
{
    qint64 entries = 0;
    double appFinal = 0, appCpu = 0, appRssMb = 0, firstMs = 0, stallMs = 0, appSettled = 0;
    double cliWall = 0, cliCpu = 0, cliRssMb = 0;
    double loadedEntries = 0, clusters = 0;
    double eventCpuMs = 0; // the UI thread's own work in its longest event (CPU time)
    bool ok = false;
};

inline QString num(double v, int digits)
{
    return QString::number(v, 'f', digits);
}

inline SizeFigures measureSize(qint64 count, const QString &path, int runs)
{
    std::vector<std::vector<double>> app(9), cli(3);
    SizeFigures s;
    s.entries = count;
    // An untimed run first, so that every measured run, the first app run included, follows
    // another one: on a virtual machine a process started right after another gets memory the
    // host has already backed, and one started after a pause can take much longer (1M
    // entries, the CLI: 1.5-1.6 s back to back, 2.3-2.8 s after 5 s of idle).
    runChild(QStringLiteral("--cli-child"), path);
    for (int r = 0; r < runs; ++r) {
        // Alternating, so that a change in the machine's load falls on both sides.
        const RunFigures a = runChild(QStringLiteral("--app-child"), path);
        const RunFigures c = runChild(QStringLiteral("--cli-child"), path);
        if (!a.ok || a.values.size() < 9 || !c.ok)
            return s;
        for (size_t i = 0; i < 9; ++i)
            app[i].push_back(a.values[i]);
        for (size_t i = 0; i < 3; ++i)
            cli[i].push_back(c.values[i]);
    }
    s.appFinal = medianOf(app[0]);
    s.appCpu = medianOf(app[1]);
    s.appRssMb = medianOf(app[2]) / 1024;
    s.firstMs = medianOf(app[3]);
    s.stallMs = *std::max_element(app[4].begin(), app[4].end()); // the worst run counts
    s.appSettled = medianOf(app[5]);
    s.loadedEntries = app[6].front();
    s.clusters = app[7].front();
    s.eventCpuMs = *std::max_element(app[8].begin(), app[8].end());
    s.cliWall = medianOf(cli[0]);
    s.cliCpu = medianOf(cli[1]);
    s.cliRssMb = medianOf(cli[2]) / 1024;
    s.ok = true;
    return s;
}

// Growth from one size to the next against linear: (b's figure / a's) / (b's entries / a's).
inline QString growth(const SizeFigures &a, const SizeFigures &b, double SizeFigures::*field)
{
    const double factor = (b.*field / a.*field) / (double(b.entries) / double(a.entries));
    return num(factor, 2) + (factor <= 1.1 ? QStringLiteral("x") : QStringLiteral("x (OVER)"));
}

// The parent: exports in `dir`, children per size; returns false when a target was missed.
inline bool runSideBySide(const std::vector<qint64> &sizes, const QString &dir, int runs,
                          QTextStream &out)
{
    out << "bench_ui --sizes: the app (offscreen MainWindow) and `cluster FILE` (two cores) in "
           "fresh processes, alternating, median of "
        << runs << " run(s); load average before: " << loadAverageNow() << '\n';
    out.flush();
    std::vector<SizeFigures> all;
    bool ok = true;
    for (qint64 count : sizes) {
        const QString path = ensureDemoExport(count, dir, out);
        if (path.isEmpty())
            return false;
        const SizeFigures s = measureSize(count, path, runs);
        if (!s.ok) {
            out << count << " entries: a child failed\n";
            return false;
        }
        const double ratio = s.appFinal / s.cliWall;
        out << count << " entries (" << num(double(QFileInfo(path).size()) / 1e6, 0)
            << " MB, app read " << qint64(s.loadedEntries) << ", " << qint64(s.clusters)
            << " clusters):\n  app: final clusters " << num(s.appFinal, 2) << " s (first "
            << qint64(s.firstMs) << " ms, settled " << num(s.appSettled, 2) << " s), CPU "
            << num(s.appCpu, 2) << " s, peak " << num(s.appRssMb, 0) << " MB, longest UI stall "
            << num(s.stallMs, 1) << " ms (the UI thread's own CPU in its longest event "
            << num(s.eventCpuMs, 1) << " ms)\n  cli: " << num(s.cliWall, 2) << " s wall, CPU "
            << num(s.cliCpu, 2) << " s, peak " << num(s.cliRssMb, 0)
            << " MB\n  app / cli: " << num(ratio, 2)
            << "x wall (target <= 1.3: " << (ratio <= 1.3 ? "met" : "MISSED") << "), "
            << num(s.appCpu / s.cliCpu, 2)
            << "x CPU; stall target <= 50 ms: " << (s.stallMs <= 50 ? "met" : "MISSED") << '\n';
        ok = ok && ratio <= 1.3 && s.stallMs <= 50;
        if (qint64(s.loadedEntries) != count) {
            out << "  the app read " << qint64(s.loadedEntries) << " of " << count
                << " entries: a read limit stopped it (MISSED)\n";
            ok = false;
        }
        if (count >= 4'000'000) {
            out << "  app memory for " << count << " entries: " << num(s.appRssMb, 0)
                << " MB (target < 2500: " << (s.appRssMb < 2500 ? "met" : "MISSED") << ")\n";
            ok = ok && s.appRssMb < 2500;
        }
        out.flush();
        all.push_back(s);
    }
    for (size_t i = 1; i < all.size(); ++i) {
        const SizeFigures &a = all[i - 1], &b = all[i];
        out << "growth " << a.entries << " -> " << b.entries
            << " against linear (target <= 1.1x): app time " << growth(a, b, &SizeFigures::appFinal)
            << ", app CPU " << growth(a, b, &SizeFigures::appCpu) << ", app memory "
            << growth(a, b, &SizeFigures::appRssMb) << "; cli time "
            << growth(a, b, &SizeFigures::cliWall) << ", cli CPU "
            << growth(a, b, &SizeFigures::cliCpu) << ", cli memory "
            << growth(a, b, &SizeFigures::cliRssMb) << '\n';
    }
    out << "load average after: " << loadAverageNow()
        << " (2-core machine shared with other work)\n";
    out.flush();
    return ok;
}

} // namespace gardener::bench
