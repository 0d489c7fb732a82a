// Clustering speed, memory and accuracy on generated Cloud Run exports.
//   bench_clustering [--short] [--sizes 100000,1000000,4000000] [--mine-repeat N] [--verbose]
// For each size: generate an export (with ground truth) in memory, read it with LogReader,
// cluster it (masking on 2 threads), and report times, memory and Grouping Accuracy of
// templates and issue clusters against the generator's truth. Also measures template mining
// alone on one core (messages/s). Prints a Markdown table.
#include "core/clustering/clusterengine.h"
#include "core/clustering/evaluation.h"
#include "core/demo/demogenerator.h"
#include "core/logs/logreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <ctime>
#include <map>
#include <set>
#include <sys/resource.h>
#include <unordered_map>

using namespace gardener;
using namespace gardener::clustering;

namespace {

// CPU time of the calling thread: the machine running the benchmark may be shared, so the
// one-core mining rate is given per CPU second as well as per wall-clock second.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Peak resident memory of this process so far (it holds the generated export and the truth
// too; run one size per process for a clean figure).
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Truth
{
    std::unordered_map<std::string, std::pair<std::string, std::string>> byInsertId;
};

Truth parseTruth(const QByteArray &jsonl)
{
    Truth t;
    for (const QByteArray &line : jsonl.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        t.byInsertId[o.value(QStringLiteral("insertId")).toString().toStdString()] = {
            o.value(QStringLiteral("template")).toString().toStdString(),
            o.value(QStringLiteral("cluster")).toString().toStdString()};
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::vector<qint64> sizes = {100000, 1000000};
    if (args.contains(QStringLiteral("--short")))
        sizes = {20000};
    const int sizesAt = int(args.indexOf(QStringLiteral("--sizes")));
    if (sizesAt > 0 && sizesAt + 1 < args.size()) {
        sizes.clear();
        for (const QString &s : args[sizesAt + 1].split(QLatin1Char(',')))
            sizes.push_back(s.toLongLong());
    }
    const int repeatAt = int(args.indexOf(QStringLiteral("--mine-repeat")));
    const int mineRepeat =
        repeatAt > 0 && repeatAt + 1 < args.size() ? std::max(1, args[repeatAt + 1].toInt()) : 1;
    QTextStream out(stdout);
    out << "| entries | generate s | read s | cluster s (2 threads) | read+cluster s | "
           "read+cluster CPU s (read / cluster) "
           "| mining msg/s (1 core, wall) | mining msg/s per CPU s "
           "| snapshot ms | clusters | templates | engine+set MB | store MB | peak RSS MB | GA "
           "templates | GA clusters |\n"
        << "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    out.flush();
    for (const qint64 n : sizes) {
        QElapsedTimer timer;
        timer.start();
        demo::DemoOptions options;
        options.count = n;
        options.start = QDateTime(QDate(2025, 9, 12), QTime(0, 0), Qt::UTC);
        options.format = demo::DemoFormat::JsonLines;
        QByteArray exportBytes, truthBytes;
        {
            QBuffer exportBuffer(&exportBytes), truthBuffer(&truthBytes);
            exportBuffer.open(QIODevice::WriteOnly);
            truthBuffer.open(QIODevice::WriteOnly);
            auto stats = demo::writeDemo(exportBuffer, options, &truthBuffer);
            if (!stats) {
                out << "generation failed: " << stats.error().toString() << '\n';
                return 1;
            }
        }
        const double generateS = timer.nsecsElapsed() / 1e9;

        timer.restart();
        const double pcpu0 = processCpuSeconds();
        LogStore store;
        auto report = LogReader::readBytes(exportBytes, QStringLiteral("bench"), store);
        if (!report) {
            out << "read failed: " << report.error().toString() << '\n';
            return 1;
        }
        const double readS = timer.nsecsElapsed() / 1e9;
        const double readCpuS = processCpuSeconds() - pcpu0;

        timer.restart();
        ClusterEngine engine;
        engine.addEntries(store, 0, store.size());
        QElapsedTimer snap;
        snap.start();
        const ClusterSet set = engine.snapshot();
        const double snapshotMs = snap.nsecsElapsed() / 1e6;
        const double clusterS = timer.nsecsElapsed() / 1e9;
        const double endToEndCpuS = processCpuSeconds() - pcpu0;
        const double peakMb = peakRssMb();

        // Template mining alone on one core: masking + interning every message, then one
        // snapshot that mines templates (issue grouping is not part of it). --mine-repeat N
        // repeats it (for profiling) and reports the fastest run.
        ClusterOptions single;
        single.threads = 1;
        single.groupIssues = false;
        double mineCpuS = 1e9, mineS = 1e9;
        for (int r = 0; r < mineRepeat; ++r) {
            ClusterEngine one(single);
            timer.restart();
            const double cpu0 = threadCpuSeconds();
            one.addEntries(store, 0, store.size());
            one.snapshot();
            mineCpuS = std::min(mineCpuS, threadCpuSeconds() - cpu0);
            mineS = std::min(mineS, timer.nsecsElapsed() / 1e9);
        }

        const Truth truth = parseTruth(truthBytes);
        std::vector<std::string> tTrue, tPred, cTrue, cPred;
        for (size_t e = 0; e < store.size(); ++e) {
            const auto it = truth.byInsertId.find(store.insertId(e).str());
            if (it == truth.byInsertId.end())
                continue;
            tTrue.push_back(it->second.first);
            cTrue.push_back(it->second.second);
            tPred.push_back(std::to_string(set.templateOfEntry(e)));
            cPred.push_back(std::to_string(set.clusterOfEntry(e)));
        }
        if (args.contains(QStringLiteral("--verbose"))) {
            // Which true clusters are split or mixed, for tuning.
            std::map<std::string, std::map<quint32, int>> parts;
            std::map<quint32, std::set<std::string>> mixed;
            for (size_t i = 0; i < cTrue.size(); ++i) {
                ++parts[cTrue[i]][quint32(std::stoul(cPred[i]))];
                mixed[quint32(std::stoul(cPred[i]))].insert(cTrue[i] + "/" + tTrue[i]);
            }
            for (const auto &[label, p] : parts) {
                out << QString::fromStdString(label) << ":";
                for (const auto &[c, k] : p) {
                    out << " [" << k << "] " << set.clusters()[c].name.left(70) << " {";
                    for (const std::string &m : mixed[c])
                        out << QString::fromStdString(m) << ' ';
                    out << "}";
                    for (quint32 t : set.clusters()[c].templates)
                        out << "\n      " << set.templates()[t].text.left(90) << " ["
                            << set.templates()[t].count << "]";
                    out << "\n      "
                        << QString(set.clusters()[c].explanation)
                               .replace(QLatin1Char('\n'), QLatin1String(" / "));
                }
                out << "\n";
            }
        }
        const double mb = (engine.memoryBytes() + set.memoryBytes()) / 1048576.0;
        out << "| " << n << " | " << QString::number(generateS, 'f', 2) << " | "
            << QString::number(readS, 'f', 2) << " | " << QString::number(clusterS, 'f', 2) << " | "
            << QString::number(readS + clusterS, 'f', 2) << " | "
            << QString::number(endToEndCpuS, 'f', 2) << " (" << QString::number(readCpuS, 'f', 2)
            << " / " << QString::number(endToEndCpuS - readCpuS, 'f', 2) << ") | "
            << qint64(double(store.size()) / mineS) << " | "
            << qint64(double(store.size()) / mineCpuS) << " | "
            << QString::number(snapshotMs, 'f', 1) << " | " << set.clusters().size() << " | "
            << set.templates().size() << " | " << QString::number(mb, 'f', 1) << " | "
            << QString::number(store.memoryBytes() / 1048576.0, 'f', 1) << " | "
            << QString::number(peakMb, 'f', 0) << " | "
            << QString::number(groupingAccuracy(tTrue, tPred), 'f', 4) << " | "
            << QString::number(groupingAccuracy(cTrue, cPred), 'f', 4) << " |\n";
        out.flush();
    }
    return 0;
}
