// How long "what is different" takes on selection: builds the attribute index of a generated
// Cloud Run export once (worker-thread work), then times compareSelection for selections of
// several sizes. Prints a Markdown table.
//   bench_evidence [--entries 1000000] [--repeat 5] [--cluster]
// With --cluster the store is clustered too, and the per-run evidence (worklog sections of all
// clusters, one cluster's full evidence) is timed.
#include "tests/common/cloudrunentries.h"

#include "core/clustering/clusterengine.h"
#include "core/evidence/attributeindex.h"
#include "core/evidence/clusterevidence.h"
#include "core/evidence/difference.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace gardener;
using namespace gardener::evidence;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, int fallback) {
        const int at = int(args.indexOf(QLatin1String(name)));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int entries = option("--entries", 1000000);
    const int repeat = std::max(1, option("--repeat", 5));
    QTextStream out(stdout);

    // 40 instances, 4 revisions, 3 methods, 6 statuses, 3 agents, a unique request id label;
    // every 10th entry belongs to the "cluster" and sits mostly on one instance.
    static const QString methods[] = {QStringLiteral("GET"), QStringLiteral("POST"),
                                      QStringLiteral("PUT")};
    static const QString agents[] = {QStringLiteral("Mozilla/5.0"), QStringLiteral("okhttp/4.12"),
                                     QStringLiteral("curl/8.4")};
    static const int statuses[] = {200, 200, 200, 404, 500, 503};
    QByteArray lines;
    lines.reserve(qsizetype(entries) * 700);
    const QDateTime t0(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < entries; ++i) {
        test::CloudRunEntry e;
        e.time = t0.addMSecs(qint64(i) * 80);
        e.revision =
            QStringLiteral("api-%1-xq").arg(644 + i * 4 / entries, 5, 10, QLatin1Char('0'));
        const bool member = i % 10 == 0;
        e.instance = QStringLiteral("00a1c9e4b7f25d8e3c1a6b0f9e2d4c7a8b1e%1")
                         .arg(member && i % 100 ? 7 : i % 40);
        e.message =
            member ? QStringLiteral("connection pool exhausted") : QStringLiteral("request served");
        e.method = methods[i % 3];
        e.status = statuses[i % 6];
        e.userAgent = agents[i % 3];
        e.labels = {{QStringLiteral("request_id"), QString::number(i)}};
        lines += test::cloudRunJson(e);
        lines += '\n';
    }
    LogStore store;
    QElapsedTimer clock;
    clock.start();
    auto report = LogReader::readBytes(lines, QStringLiteral("bench.jsonl"), store);
    if (!report) {
        out << "read failed: " << report.error().what << "\n";
        return 1;
    }
    const qint64 readMs = clock.elapsed();
    clock.restart();
    const AttributeIndex index = AttributeIndex::build(store);
    const qint64 buildMs = clock.elapsed();
    out << "| entries | read | index build | index memory |\n|---:|---:|---:|---:|\n";
    out << "| " << store.size() << " | " << readMs << " ms | " << buildMs << " ms | "
        << index.memoryBytes() / (1024 * 1024) << " MiB |\n\n";

    out << "| selection | selecting (scan of all entries) | compareSelection | top difference |\n"
        << "|---:|---:|---:|---|\n";
    for (int every : {10, 2, 1000}) {
        qint64 bestSelect = -1, bestCompare = -1;
        std::vector<Difference> diffs;
        std::vector<quint64> selection;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer t;
            t.start();
            selection.clear();
            for (size_t i = 0; i < store.size(); ++i) {
                if (i % size_t(every) == 0)
                    selection.push_back(i);
            }
            const qint64 s = t.nsecsElapsed();
            t.restart();
            diffs = compareSelection(index, selection);
            const qint64 c = t.nsecsElapsed();
            bestSelect = bestSelect < 0 ? s : std::min(bestSelect, s);
            bestCompare = bestCompare < 0 ? c : std::min(bestCompare, c);
        }
        out << "| " << selection.size() << " | "
            << QString::number(double(bestSelect) / 1e6, 'f', 1) << " ms | "
            << QString::number(double(bestCompare) / 1e6, 'f', 1) << " ms | "
            << (diffs.empty() ? QStringLiteral("none") : diffs.front().statement()) << " |\n";
    }
    if (!args.contains(QLatin1String("--cluster")))
        return 0;
    clock.restart();
    const auto set = clustering::clusterStore(store);
    out << "\n| clusters | clustering | worklog sections, all clusters | gatherEvidence, largest "
           "cluster |\n"
        << "|---:|---:|---:|---:|\n| " << set.clusters().size() << " | " << clock.elapsed()
        << " ms | ";
    clock.restart();
    const QStringList sections = offlineEvidenceSectionsForAll(store, set, 4);
    out << clock.elapsed() << " ms | ";
    clock.restart();
    const ClusterEvidence e = gatherEvidence(store, set, 0, &index, EvidenceConfig{});
    out << clock.elapsed() << " ms |\n";
    out << "\n" << evidenceSections(e, 4);
    return sections.size() == qsizetype(set.clusters().size()) ? 0 : 1;
}
