// Desktop app responsiveness on a large export, offscreen:
//  - time from "open" to the first clusters shown and to the final clusters;
//  - the longest UI-thread stall during the load (a 5 ms QTimer probe measures gaps);
//  - sorting and filtering the clusters table;
//  - counts following chart ranges and a minimum severity (background passes, UI stall probe);
//  - scrolling + repainting the all-entries view (one frame = scroll a page + repaint).
// Usage: bench_ui [--short] [--entries N] [--file PATH]   (--short: 50,000 entries, for CI)
// Exits 1 when a budget is missed (stall >= 50 ms, sort/filter >= 100 ms, frame >= 16 ms).
#include "core/demo/demogenerator.h"
#include "core/logs/logstore.h"
#include "core/models/clusterfilterproxy.h"
#include "core/models/clustertablemodel.h"
#include "core/models/filteredcounts.h"
#include "core/session/session.h"
#include "widgets/clusterspage.h"
#include "widgets/entriesview.h"
#include "widgets/filterbar.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace gardener;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Writes (once) a demo export of `count` entries as JSON lines; reused by later runs.
QString ensureExport(qint64 count, const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString path =
        QDir::temp().filePath(QStringLiteral("loggardener-bench-ui-%1.jsonl").arg(count));
    if (QFileInfo(path).size() > 0)
        return path;
    QFile file(path + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly))
        return {};
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
        out() << "bench_ui: could not write the export: " << written.error().toString() << '\n';
        return {};
    }
    QFile::remove(path);
    file.rename(path);
    return path;
}

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui"));

    qint64 count = 1'000'000;
    QString given;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--short"))
            count = 50'000;
        else if (args[i] == QLatin1String("--entries") && i + 1 < args.size())
            count = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--file") && i + 1 < args.size())
            given = args[++i];
    }
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        out() << "bench_ui: machine load average " << loadavg.readLine().trimmed() << " on "
              << QThread::idealThreadCount() << " cores\n";
    QElapsedTimer genClock;
    genClock.start();
    const QString path = ensureExport(count, given);
    if (path.isEmpty())
        return 2;
    out() << "bench_ui: export " << path << " (" << QFileInfo(path).size() / (1024 * 1024)
          << " MiB, prepared in " << genClock.elapsed() << " ms)\n";

    Session session;
    // How long the window's own handlers of each session signal take on the UI thread: a
    // "begin" slot connected before the window's slots and an "end" slot connected after them.
    struct HandlerTime
    {
        const char *name;
        QElapsedTimer clock;
        double worstMs = 0;
        int calls = 0;
    };
    HandlerTime hClusters{"clustersChanged"}, hEntries{"entriesReady"}, hFinished{"loadFinished"},
        hProgress{"progress"};
    auto begin = [](HandlerTime &h) { h.clock.start(); };
    auto end = [](HandlerTime &h) {
        h.worstMs = std::max(h.worstMs, double(h.clock.nsecsElapsed()) / 1e6);
        ++h.calls;
    };
    QObject::connect(&session, &Session::clustersChanged, [&] { begin(hClusters); });
    QObject::connect(&session, &Session::entriesReady, [&] { begin(hEntries); });
    QObject::connect(&session, &Session::loadFinished, [&] { begin(hFinished); });
    QObject::connect(&session, &Session::progress, [&] { begin(hProgress); });
    MainWindow window(&session);
    QObject::connect(&session, &Session::clustersChanged, [&] { end(hClusters); });
    QObject::connect(&session, &Session::entriesReady, [&] { end(hEntries); });
    QObject::connect(&session, &Session::loadFinished, [&] { end(hFinished); });
    QObject::connect(&session, &Session::progress, [&] { end(hProgress); });
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    ClustersPage *page = window.clustersPage();

    // The stall probe: a 5 ms timer; the longest gap between its ticks is the longest time the
    // UI thread could not react.
    QElapsedTimer probeClock;
    qint64 lastTick = 0, worstGap = 0, worstGapAt = 0, ticks = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        if (lastTick && now - lastTick > worstGap) {
            worstGap = now - lastTick;
            worstGapAt = now;
        }
        lastTick = now;
        ++ticks;
    });

    QElapsedTimer loadClock;
    qint64 firstClustersMs = -1;
    QObject::connect(&session, &Session::clustersChanged, [&] {
        if (firstClustersMs < 0 && !session.clusters().clusters().empty())
            firstClustersMs = loadClock.elapsed();
    });
    QSignalSpy finished(&session, &Session::loadFinished);
    QSignalSpy failed(&session, &Session::loadFailed);
    probeClock.start();
    loadClock.start();
    probe.start();
    window.openFiles({path});
    while (finished.isEmpty() && failed.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 finalMs = loadClock.elapsed();
    // Let the entries query and the chart land, still under the probe.
    QSignalSpy entries(&session, &Session::entriesReady);
    entries.wait(30000);
    QApplication::processEvents();
    probe.stop();
    if (!failed.isEmpty()) {
        out() << "bench_ui: load failed: " << failed.first().at(0).toString() << '\n';
        return 2;
    }
    const auto store = session.store();
    const int clusters = int(session.clusters().clusters().size());
    out() << "entries: " << store->size() << ", clusters: " << clusters << '\n';
    out() << "open -> first clusters shown: " << firstClustersMs << " ms\n";
    out() << "open -> final clusters: " << finalMs << " ms\n";
    out() << "longest UI-thread stall during load: "
          << QString::number(double(worstGap) / 1e6, 'f', 1) << " ms, " << worstGapAt / 1'000'000
          << " ms after open (" << ticks << " probe ticks in " << probeClock.elapsed() << " ms)\n";
    for (const HandlerTime *h : {&hProgress, &hClusters, &hFinished, &hEntries})
        out() << "  UI handlers of " << h->name << ": worst " << QString::number(h->worstMs, 'f', 1)
              << " ms over " << h->calls << " calls\n";

    // Sorting and filtering the clusters table.
    auto *proxy = page->clusterProxy();
    double worstSort = 0;
    for (int c = 0; c < ClusterTableModel::ColumnCount; ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = timeMs([&] {
                page->clusterTable()->sortByColumn(c, order);
                page->clusterTable()->viewport()->repaint();
            });
            worstSort = std::max(worstSort, ms);
        }
    }
    double worstFilter = 0;
    auto filterStep = [&](auto &&f) {
        worstFilter = std::max(worstFilter, timeMs([&] {
                                   f();
                                   page->clusterTable()->viewport()->repaint();
                               }));
    };
    filterStep([&] { proxy->setText(QStringLiteral("connection")); });
    filterStep([&] { proxy->setText(QStringLiteral("timeout")); });
    filterStep([&] { proxy->setText(QString()); });
    filterStep([&] { proxy->setMinimumSeverity(severityIndex(Severity::Error)); });
    filterStep([&] { proxy->setMinimumSeverity(0); });
    const auto &tl = session.timeline();
    filterStep(
        [&] { proxy->setTimeRange(tl.startNs, tl.startNs + (tl.endNs() - tl.startNs) / 3); });
    filterStep([&] { proxy->setTimeRange(0, 0); });
    out() << "clusters table: worst sort " << QString::number(worstSort, 'f', 1)
          << " ms, worst filter " << QString::number(worstFilter, 'f', 1) << " ms ("
          << proxy->rowCount() << " rows)\n";

    // Counts that follow the filters: chart ranges and a minimum severity, each counted over
    // every entry in the background; the probe measures the UI thread meanwhile.
    qint64 worstFilterGap = 0;
    double worstCountsMs = 0, worstRequestMs = 0;
    hEntries.worstMs = 0;
    {
        lastTick = 0;
        QTimer filterProbe;
        filterProbe.setTimerType(Qt::PreciseTimer);
        filterProbe.setInterval(5);
        QObject::connect(&filterProbe, &QTimer::timeout, [&] {
            const qint64 now = probeClock.nsecsElapsed();
            if (lastTick)
                worstFilterGap = std::max(worstFilterGap, now - lastTick);
            lastTick = now;
        });
        filterProbe.start();
        QSignalSpy counted(page->filteredCountsJob(), &FilteredCountsJob::ready);
        const qint64 startMs = tl.startNs / 1'000'000,
                     spanMs = (tl.endNs() - tl.startNs) / 1'000'000;
        for (int step = 0; step < 8; ++step) {
            QElapsedTimer clock;
            clock.start();
            if (step == 4)
                page->filterBar()->setMinimumSeverity(severityIndex(Severity::Error));
            else
                page->setTimeRange(startMs + spanMs * step / 10,
                                   startMs + spanMs * (step + 3) / 10);
            worstRequestMs = std::max(worstRequestMs, double(clock.nsecsElapsed()) / 1e6);
            if (!counted.wait(30000))
                break;
            worstCountsMs = std::max(worstCountsMs, double(clock.nsecsElapsed()) / 1e6);
        }
        page->setTimeRange(0, 0);
        page->filterBar()->setMinimumSeverity(0);
        counted.wait(30000);
        filterProbe.stop();
    }
    out() << "counts following the filters: answered within "
          << QString::number(worstCountsMs, 'f', 1) << " ms, longest UI-thread stall "
          << QString::number(double(worstFilterGap) / 1e6, 'f', 1)
          << " ms (applying a filter: worst " << QString::number(worstRequestMs, 'f', 1)
          << " ms; entries answers: worst " << QString::number(hEntries.worstMs, 'f', 1)
          << " ms)\n";

    // Scrolling the all-entries view: every frame scrolls by a page (and every tenth jumps far),
    // then repaints synchronously.
    EntriesView *ev = page->entriesView();
    QTableView *view = ev->table();
    page->tabs()->setCurrentWidget(ev);
    QApplication::processEvents();
    const int rows = view->model()->rowCount();
    QScrollBar *bar = view->verticalScrollBar();
    std::vector<double> frames, jumps;
    quint32 rng = 12345;
    for (int f = 0; f < 300; ++f) {
        (f % 10 == 9 ? jumps : frames).push_back(timeMs([&] {
            if (f % 10 == 9) {
                rng = rng * 1664525u + 1013904223u;
                bar->setValue(int(rng % quint32(std::max(1, bar->maximum()))));
            } else {
                bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep()));
            }
            view->viewport()->repaint();
        }));
    }
    std::sort(frames.begin(), frames.end());
    std::sort(jumps.begin(), jumps.end());
    frames.insert(frames.end(), jumps.begin(), jumps.end());
    std::vector<double> all = frames;
    std::sort(all.begin(), all.end());
    const double median = all[all.size() / 2];
    const double p99 = all[all.size() * 99 / 100];
    out() << "entries view (" << rows << " rows): frame median " << QString::number(median, 'f', 2)
          << " ms, p99 " << QString::number(p99, 'f', 2) << " ms, worst "
          << QString::number(all.back(), 'f', 2) << " ms; far jumps: median "
          << QString::number(jumps[jumps.size() / 2], 'f', 2) << " ms\n";

    const bool ok = worstGap < 50'000'000 && worstFilterGap < 50'000'000 && worstSort < 100 &&
                    worstFilter < 100 && p99 < 16;
    out() << (ok ? "bench_ui: all budgets met\n" : "bench_ui: a budget was missed\n");
    out().flush();
    window.close();
    return ok ? 0 : 1;
}
