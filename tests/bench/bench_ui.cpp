// Desktop app responsiveness on a large export, offscreen:
//  - time from "open" to the first clusters shown and to the final clusters;
//  - the longest UI-thread stall during the load (a 5 ms QTimer probe measures gaps);
//  - sorting and filtering the clusters table;
//  - counts following chart ranges and a minimum severity (background passes, UI stall probe);
//  - scrolling + repainting the all-entries view (one frame = scroll a page + repaint).
// And the app beside the CLI (sidebyside.h): open -> final clusters against `cluster FILE` of the
// same export, CPU, peak RSS and the longest UI stall, per size in fresh processes, with the
// growth from size to size against linear.
//
//   bench_ui [--short] [--entries N] [--file PATH] [--dir DIR]
//       (--short: 50,000 entries and the side-by-side at that size, one run: for CI)
//       Both forms then open Loghub-2k as an export of about a thousand clusters and probe
//       the UI thread until they are triaged and named (skipped without the shared data).
//   bench_ui --sizes 100k,1M,4M [--runs N] [--dir DIR]   (exports are written once into DIR)
//   bench_ui --app-child FILE | --cli-child FILE           (internal: one measured load)
// Exits 1 when a budget is missed (stall >= 50 ms, sort/filter >= 100 ms, frame >= 16 ms,
// app > 1.3x the CLI, 4M entries >= 2.5 GB).
#include "core/demo/demogenerator.h"
#include "core/history/historystore.h"
#include "core/logs/logstore.h"
#include "core/models/clusterfilterproxy.h"
#include "core/models/clustertablemodel.h"
#include "core/models/entrytablemodel.h"
#include "core/models/filteredcounts.h"
#include "core/redaction/redactor.h"
#include "core/session/session.h"
#include "core/session/triagebinder.h"
#include "core/util/allocatortuning.h"
#include "tests/bench/sidebyside.h"
#include "tests/common/cloudrunentries.h"
#include "tests/common/testpaths.h"
#include "widgets/appservices.h"
#include "widgets/clusterspage.h"
#include "widgets/entriesview.h"
#include "widgets/filterbar.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace gardener;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// Times every event the UI thread handles: the worst thread CPU time of one event is the
// window's own work, independent of the machine's load (a stall far longer than it was a wait
// for a core). With BENCH_UI_SLOW_EVENTS=N set, every event taking N ms or more of wall time is
// named on stderr (type, receiver, wall and CPU time): where a stall comes from.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) { // nested: counted in the outer event
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        QElapsedTimer t;
        t.start();
        const double cpuBefore = threadCpuMs();
        const int type = int(event->type());
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double cpu = threadCpuMs() - cpuBefore;
        worstEventCpuMs = std::max(worstEventCpuMs, cpu);
        if (const qint64 ms = t.elapsed(); m_slowMs > 0 && ms >= m_slowMs)
            std::fprintf(stderr, "bench_ui: event %d to %s (%s) took %lld ms, %.1f ms of CPU\n",
                         type, receiver->metaObject()->className(),
                         qPrintable(receiver->objectName()), ms, cpu);
        return result;
    }
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
    double worstEventCpuMs = 0;

private:
    int m_depth = 0;
    int m_slowMs = qEnvironmentVariableIntValue("BENCH_UI_SLOW_EVENTS");
};

QString num(double v, int digits)
{
    return QString::number(v, 'f', digits);
}

struct LoadRun
{
    QString error;
    qint64 firstClustersMs = -1, finalMs = 0, settledMs = 0;
    double cpuFinal = 0; // the whole process's CPU seconds from open to final clusters
    double worstGapMs = 0;
    qint64 worstGapAtMs = 0, ticks = 0;
    quint64 entries = 0;
    int clusters = 0;
};

// What main() hands the window (history, redactor, triage rules), in a folder of their own:
// the window then names and triages the clusters as the app does.
struct BenchServices
{
    QTemporaryDir dir;
    history::HistoryStore history;
    redaction::Redactor redactor;
    AppServices services;

    explicit BenchServices(MainWindow &window)
    {
        if (dir.isValid() && history.open(dir.filePath(QStringLiteral("history.sqlite"))))
            services.history = &history;
        services.redactor = &redactor;
        services.rulesPath = dir.filePath(QStringLiteral("triage.rules"));
        services.worklogFolder = dir.filePath(QStringLiteral("worklogs"));
        services.draftsFolder = dir.filePath(QStringLiteral("drafts"));
        window.setServices(services);
    }
};

// A 5 ms timer on the UI thread, timed by `clock`: the longest gap between two of its ticks is
// the longest time the window could not react.
class StallProbe
{
public:
    explicit StallProbe(const QElapsedTimer &clock) : m_clock(clock)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    qint64 worstGapNs() const { return m_worst; }
    qint64 worstGapAtNs() const { return m_worstAt; }
    qint64 ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_last && now - m_last > m_worst) {
            m_worst = now - m_last;
            m_worstAt = now;
        }
        m_last = now;
        ++m_ticks;
    }
    const QElapsedTimer &m_clock;
    QTimer m_timer;
    qint64 m_last = 0, m_worst = 0, m_worstAt = 0, m_ticks = 0;
};

// The window as the benchmarks look at it, shown and laid out.
void showWindow(MainWindow &window)
{
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
}

// Opens `path` in the window as a user would and runs the event loop (as the app's exec()
// does) until the final clusters are shown and then until the entries view and chart have their
// data. A 5 ms timer probes the UI thread all along: the longest gap between two ticks is the
// longest time the window could not react.
LoadRun loadUnderProbe(Session &session, MainWindow &window, const QString &path)
{
    LoadRun run;
    QElapsedTimer clock;
    StallProbe probe(clock);
    QEventLoop loop;
    bool finished = false;
    const auto c1 = QObject::connect(&session, &Session::clustersChanged, [&] {
        if (run.firstClustersMs < 0 && !session.clusters().clusters().empty())
            run.firstClustersMs = clock.elapsed();
    });
    const auto c2 = QObject::connect(&session, &Session::loadFinished, [&] {
        run.finalMs = clock.elapsed();
        finished = true;
        loop.quit();
    });
    const auto c3 = QObject::connect(&session, &Session::loadFailed, [&](const QString &message) {
        run.error = message;
        loop.quit();
    });
    const auto c4 = QObject::connect(&session, &Session::entriesReady, [&] {
        if (finished)
            loop.quit();
    });
    const double cpuBefore = bench::cpuSecondsSelf();
    clock.start();
    probe.start();
    window.openFiles({path});
    loop.exec();
    run.cpuFinal = bench::cpuSecondsSelf() - cpuBefore;
    if (run.error.isEmpty()) {
        QTimer::singleShot(60000, &loop, &QEventLoop::quit); // the entries never came: say so
        loop.exec();
        // The entries view takes a long selection a page per event: settled once it has the
        // pages it fills on its own.
        EntryTableModel *entries = window.clustersPage()->entriesView()->model();
        const auto filled = [entries] {
            return entries->rowCount() >=
                   std::min(entries->totalRows(), EntriesView::FilledPages * entries->pageRows());
        };
        const auto c5 = QObject::connect(entries, &QAbstractItemModel::rowsInserted, [&] {
            if (filled())
                loop.quit();
        });
        if (!filled())
            loop.exec();
        QObject::disconnect(c5);
        run.settledMs = clock.elapsed();
        QApplication::processEvents();
    }
    probe.stop();
    for (const auto &c : {c1, c2, c3, c4})
        QObject::disconnect(c);
    run.worstGapMs = double(probe.worstGapNs()) / 1e6;
    run.worstGapAtMs = probe.worstGapAtNs() / 1'000'000;
    run.ticks = probe.ticks();
    if (const auto store = session.store())
        run.entries = store->size();
    run.clusters = int(session.clusters().clusters().size());
    return run;
}

// The app side of --sizes: one load in a fresh process; prints the figures on one line.
int appChild(const QString &path)
{
    Session session;
    MainWindow window(&session);
    BenchServices services(window);
    showWindow(window);
    auto *timed = static_cast<TimedApplication *>(QCoreApplication::instance());
    timed->worstEventCpuMs = 0;
    const LoadRun run = loadUnderProbe(session, window, path);
    if (!run.error.isEmpty()) {
        std::fprintf(stderr, "bench_ui: load failed: %s\n", qPrintable(run.error));
        return 2;
    }
    std::fprintf(stderr,
                 "bench_ui: longest UI stall %.1f ms, %lld ms after open (final at %lld ms)\n",
                 run.worstGapMs, qint64(run.worstGapAtMs), qint64(run.finalMs));
    std::printf("RESULT %.6f %.6f %ld %lld %.3f %.6f %llu %d %.3f\n", double(run.finalMs) / 1e3,
                run.cpuFinal, bench::peakRssKbSelf(), qint64(run.firstClustersMs), run.worstGapMs,
                double(run.settledMs) / 1e3, qulonglong(run.entries), run.clusters,
                timed->worstEventCpuMs);
    return 0;
}

// Loghub-2k's 16 logs as one JSON Lines export of Cloud Run entries (about 32,000 entries in a
// thousand clusters): the window with many clusters to triage and name. Empty without the data.
QString writeLoghubExport(const QString &dir)
{
    const QList<QByteArray> lines = test::loghubLines();
    const QString path = dir + QStringLiteral("/loggardener-bench-ui-loghub.jsonl");
    QFile out(path);
    if (lines.isEmpty() || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const QDateTime start(QDate(2025, 9, 12), QTime(0, 0), Qt::UTC);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        test::CloudRunEntry e;
        e.time = start.addMSecs(n * 100);
        e.severity = QStringLiteral("ERROR");
        e.message = QString::fromUtf8(lines[n]);
        out.write(test::cloudRunJson(e) + '\n');
    }
    return path;
}

// The window with many clusters (Loghub-2k, see above): the load, then the triage and names
// of its final snapshot, with the UI thread probed until the names are shown. 1 when the
// longest stall reaches 50 ms.
int manyClustersRun(const QString &dir)
{
    const QString path = writeLoghubExport(dir);
    if (path.isEmpty()) {
        out() << "many clusters: Loghub-2k not found under GARDENER_SHARED_DIR; skipped\n";
        return 0;
    }
    Session session;
    MainWindow window(&session);
    BenchServices services(window);
    showWindow(window);
    QElapsedTimer clock;
    qint64 finishedMs = -1, namedMs = -1;
    StallProbe probe(clock);
    QEventLoop loop;
    QObject::connect(&session, &Session::loadFinished, [&] { finishedMs = clock.elapsed(); });
    QObject::connect(&session, &Session::loadFailed, &loop, &QEventLoop::quit);
    // The first triage shown after the load finished is the final snapshot's, with its names.
    QObject::connect(window.triageBinder(), &triage::TriageBinder::triaged, [&] {
        if (finishedMs >= 0 && namedMs < 0) {
            namedMs = clock.elapsed();
            QTimer::singleShot(100, &loop, &QEventLoop::quit); // and a little after
        }
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    clock.start();
    probe.start();
    window.openFiles({path});
    loop.exec();
    probe.stop();
    const double stallMs = double(probe.worstGapNs()) / 1e6;
    out() << "many clusters (Loghub-2k as " << (session.store() ? session.store()->size() : 0)
          << " Cloud Run entries, " << session.clusters().clusters().size()
          << " clusters): final clusters " << finishedMs << " ms, triaged and named " << namedMs
          << " ms; longest UI-thread stall " << num(stallMs, 1) << " ms\n";
    if (namedMs < 0) {
        out() << "many clusters: the names never came\n";
        return 1;
    }
    return stallMs >= 50 ? 1 : 0;
}

std::vector<qint64> parseSizes(const QString &list)
{
    std::vector<qint64> sizes;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString t = part.trimmed().toLower();
        qint64 scale = 1;
        if (t.endsWith(QLatin1Char('k')))
            scale = 1000;
        else if (t.endsWith(QLatin1Char('m')))
            scale = 1000000;
        if (scale > 1)
            t.chop(1);
        bool ok = false;
        const qint64 n = t.toLongLong(&ok) * scale;
        if (!ok || n <= 0)
            return {};
        sizes.push_back(n);
    }
    return sizes;
}

QString argValue(const QStringList &args, const char *name)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i > 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

// bench_ui --sizes LIST [--runs N] [--dir DIR]: the app beside the CLI, see sidebyside.h.
int sideBySide(const QStringList &args, const std::vector<qint64> &sizes, int defaultRuns)
{
    QString dir = argValue(args, "--dir");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    const int runs = std::max(
        1, argValue(args, "--runs").isEmpty() ? defaultRuns : argValue(args, "--runs").toInt());
    return bench::runSideBySide(sizes, dir, runs, out()) ? 0 : 1;
}

// Open, sort, filter, counts and scrolling in one window; 1 when a budget is missed.
int responsivenessRun(const QString &path)
{
    Session session;
    // How long the window's own handlers of each session signal take on the UI thread: a
    // "begin" slot connected before the window's slots and an "end" slot connected after them.
    struct HandlerTime
    {
        const char *name;
        QElapsedTimer clock{};
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
    BenchServices services(window);
    QObject::connect(&session, &Session::clustersChanged, [&] { end(hClusters); });
    QObject::connect(&session, &Session::entriesReady, [&] { end(hEntries); });
    QObject::connect(&session, &Session::loadFinished, [&] { end(hFinished); });
    QObject::connect(&session, &Session::progress, [&] { end(hProgress); });
    showWindow(window);
    ClustersPage *page = window.clustersPage();

    const LoadRun run = loadUnderProbe(session, window, path);
    if (!run.error.isEmpty()) {
        out() << "bench_ui: load failed: " << run.error << '\n';
        return 2;
    }
    out() << "entries: " << run.entries << ", clusters: " << run.clusters << '\n';
    out() << "open -> first clusters shown: " << run.firstClustersMs << " ms\n";
    out() << "open -> final clusters: " << run.finalMs << " ms (CPU " << num(run.cpuFinal, 2)
          << " s); entries view and chart ready: " << run.settledMs << " ms\n";
    out() << "longest UI-thread stall during load: " << num(run.worstGapMs, 1) << " ms, "
          << run.worstGapAtMs << " ms after open (" << run.ticks << " probe ticks)\n";
    for (const HandlerTime *h : {&hProgress, &hClusters, &hFinished, &hEntries})
        out() << "  UI handlers of " << h->name << ": worst " << num(h->worstMs, 1) << " ms over "
              << h->calls << " calls\n";
    const qint64 worstGap = qint64(run.worstGapMs * 1e6);
    QElapsedTimer probeClock;
    probeClock.start();

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
        StallProbe filterProbe(probeClock);
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
        // Back to every entry; the entries view scrolled below must hold all of them again,
        // so wait for its answer too (the counts answer at once when no filter is left).
        QSignalSpy everything(&session, &Session::entriesReady);
        page->setTimeRange(0, 0);
        page->filterBar()->setMinimumSeverity(0);
        counted.wait(30000);
        while (everything.wait(30000) &&
               page->entriesView()->model()->totalRows() < int(run.entries)) {
        }
        filterProbe.stop();
        worstFilterGap = filterProbe.worstGapNs();
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

} // namespace

int main(int argc, char *argv[])
{
    gardener::util::tuneAllocator(argv); // measure the allocator the product runs with
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QStringList rawArgs = [&] {
        QStringList l;
        for (int i = 0; i < argc; ++i)
            l << QString::fromLocal8Bit(argv[i]);
        return l;
    }();
    // Children and the side-by-side parent: no window in processes that do not need one.
    if (rawArgs.size() == 3 && rawArgs[1] == QLatin1String("--cli-child")) {
        QCoreApplication app(argc, argv);
        return bench::cliChild(rawArgs[2]);
    }
    if (const QString list = argValue(rawArgs, "--sizes"); !list.isEmpty()) {
        QCoreApplication app(argc, argv);
        const std::vector<qint64> sizes = parseSizes(list);
        if (sizes.empty()) {
            out() << "bench_ui: --sizes needs entry counts like 100k,1M,4M\n";
            return 2;
        }
        return sideBySide(rawArgs, sizes, 3);
    }
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui"));
    if (rawArgs.size() == 3 && rawArgs[1] == QLatin1String("--app-child"))
        return appChild(rawArgs[2]);

    qint64 count = 1'000'000;
    bool shortRun = false;
    QString given;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--short"))
            shortRun = true, count = 50'000;
        else if (args[i] == QLatin1String("--entries") && i + 1 < args.size())
            count = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--file") && i + 1 < args.size())
            given = args[++i];
    }
    out() << "bench_ui: machine load average " << bench::loadAverageNow() << " on "
          << QThread::idealThreadCount() << " cores\n";
    QElapsedTimer genClock;
    genClock.start();
    QString dir = argValue(args, "--dir");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    const QString path = given.isEmpty() ? bench::ensureDemoExport(count, dir, out()) : given;
    if (path.isEmpty())
        return 2;
    out() << "bench_ui: export " << path << " (" << QFileInfo(path).size() / (1024 * 1024)
          << " MiB, prepared in " << genClock.elapsed() << " ms)\n";
    const int responsiveness = responsivenessRun(path);
    const int many = manyClustersRun(dir);
    // The short form (CI) also puts the app beside the CLI, on the same small export.
    const int side = shortRun ? sideBySide(args, {count}, 1) : 0;
    return responsiveness != 0 ? responsiveness : many != 0 ? many : side;
}
