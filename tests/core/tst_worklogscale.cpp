// The worklog reader on large input: linear in time and within 3× the file in peak memory.
// Worklogs are generated here (nothing big is kept in the repository) and read in a child
// process, so its peak resident size (VmHWM) measures the reader alone.
#include "core/worklog/worklogreader.h"
#include "core/worklog/worklogwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>
#include <malloc.h>
#include <sys/resource.h>

using namespace gardener::worklog;

namespace {

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// One block of clusters in the layout WorklogWriter produces (samples as fenced JSON, fields,
// notes); repeated with new numbers until the file has `bytes`.
// A whole worklog as WorklogWriter renders it: summary, clusters with fenced JSON samples,
// fields and notes. Cluster numbers have at most four digits, so size comes from the samples.
QByteArray renderClusters(int clusters)
{
    WorklogData d;
    d.generated = QDateTime(QDate(2026, 11, 22), QTime(21, 30), Qt::UTC);
    d.service = QStringLiteral("orders-api");
    d.project = QStringLiteral("shop-prod-1");
    for (int i = 0; i < clusters; ++i) {
        WorklogCluster c;
        c.number = i + 1;
        c.title = QStringLiteral("Connection reset by peer while calling inventory service %1")
                      .arg(c.number);
        c.severity = QStringLiteral("ERROR");
        c.priority = QStringLiteral("P%1").arg(i % 3 + 1);
        c.count = 40 + i;
        c.frequency = QStringLiteral("about every 3 minutes");
        c.impact =
            QStringLiteral("Orders for region %1 are retried; some fail after three attempts")
                .arg(i);
        c.analysis =
            QStringLiteral("The pool is exhausted after a deploy.\nIt recovers within minutes.");
        c.module = QStringLiteral("orders.api.handlers");
        c.function = QStringLiteral("create_order");
        c.line = 100 + i;
        for (int s = 0; s < 12; ++s) {
            WorklogSample sample;
            sample.message =
                QStringLiteral("connection reset by peer: upstream inventory-%1 pod %2 "
                               "closed the stream after 30000 ms; retry %3 of 3")
                    .arg(c.number)
                    .arg(s)
                    .arg(s % 3 + 1);
            sample.timestamp =
                QStringLiteral("2026-11-22T21:%1:00Z").arg(s * 7 % 60, 2, 10, QLatin1Char('0'));
            sample.severity = QStringLiteral("ERROR");
            sample.module = c.module;
            sample.function = c.function;
            sample.line = c.line;
            c.samples.append(sample);
        }
        d.clusters.append(c);
        WorklogAction a;
        a.kind = WorklogAction::Kind::Created;
        a.issue = 1000 + i;
        a.cluster = i;
        a.title = QStringLiteral("GCP-new | P2 | Connection reset by peer %1").arg(c.number);
        a.url = QStringLiteral("https://github.com/acme/shop/issues/%1").arg(a.issue);
        d.actions.append(a);
    }
    WorklogWriterOptions o;
    o.redact = [](const QString &s) { return s; };
    o.maxSamplesPerCluster = 12;
    return WorklogWriter::render(d, o).toUtf8();
}

QByteArray header()
{
    return "# Worklog 2026-11-22 21:30 UTC\n\n**Generated:** 2026-11-22T21:30:00Z\n"
           "**Service:** orders-api\n**Project:** shop-prod-1\n\n## Issue Clusters\n";
}

bool writeWorklog(const QString &path, const QByteArray &shape, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    if (shape == "writer") {
        static const qint64 perCluster = renderClusters(100).size() / 100;
        return f.write(renderClusters(int(bytes / perCluster))) > 0 && f.flush();
    }
    f.write(header());
    qint64 written = f.size();
    if (shape == "one-sample") {
        // One entry copied whole: a single JSON sample of the whole size, on one line.
        f.write(
            "\n### Cluster 1: Huge entry\n\n**Severity:** ERROR\n\n```json\n{\"textPayload\": \"");
        const QByteArray chunk(1 << 20, 'x');
        for (written = f.size(); written < bytes; written += chunk.size())
            f.write(chunk);
        f.write("\", \"severity\": \"ERROR\"}\n```\n");
    } else if (shape == "prose") {
        // A hand-written log with sections the reader keeps verbatim.
        const QByteArray line =
            "- checked the pool size again, still 20 connections; the retry budget "
            "is 3 attempts and 30 s each\n";
        for (int section = 0; written < bytes; ++section) {
            written += f.write("\n## Notes " + QByteArray::number(section) + "\n\n");
            for (int i = 0; i < 200; ++i)
                written += f.write(line);
        }
    }
    return f.error() == QFileDevice::NoError;
}

struct Reading
{
    qint64 growthKiB = -1; // peak resident size minus the size before reading
    qint64 resultKiB = -1; // what the returned WorklogData holds
    qint64 ms = -1;        // CPU time (user + system): wall time on a shared machine says little
    qint64 clusters = -1;
    qint64 keptKiB = -1; // resident size after reading minus before: what stays with the result
};

Reading readInChild(const QString &path)
{
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--read-worklog"), path});
    child.start();
    if (!child.waitForFinished(280000) || child.exitCode() != 0)
        return {};
    const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
    if (f.size() != 6)
        return {};
    return {f[1].toLongLong() - f[0].toLongLong(), f[2].toLongLong(), f[3].toLongLong(),
            f[4].toLongLong(), f[5].toLongLong() - f[0].toLongLong()};
}

// `n` clusters in the compact "Other Clusters" table, each named by a line of the executive
// summary and one of the issue distribution; `suffix` makes those lines differ from the titles.
QByteArray listsWorklog(int n, const QByteArray &suffix)
{
    const auto title = [](int i) -> QByteArray {
        return "Timeout calling partner gateway shard " + QByteArray::number(i + 1);
    };
    QByteArray md = "# Worklog 2026-11-22 21:30 UTC\n\n## Executive Summary\n\n";
    QByteArray distribution = "\n## Issue Distribution\n\n";
    QByteArray table = "\n## Other Clusters\n\n| # | Title | Priority | Severity | Count |\n"
                       "|---|---|---|---|---|\n";
    for (int i = 0; i < n; ++i) {
        md += "- **" + title(i) + suffix + "**: " + QByteArray::number(i % 50 + 10) +
              " occurrences\n";
        distribution +=
            "- " + title(i) + suffix + ": " + QByteArray::number(i % 50 + 5) + " occurrences\n";
        table += "| " + QByteArray::number(i + 1) + " | " + title(i) + " | P2 | ERROR | 90 |\n";
    }
    return md + distribution + table;
}

// CPU time of this thread in milliseconds: wall time on a shared machine says little.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The smallest CPU time of `runs` readings of `md`, and the data of the last.
double parseCpuMs(const QByteArray &md, int runs, WorklogData *out)
{
    double best = -1;
    for (int r = 0; r < runs; ++r) {
        const double start = threadCpuMs();
        *out = WorklogReader::parse(md, QStringLiteral("lists.md"));
        const double ms = threadCpuMs() - start;
        best = best < 0 ? ms : qMin(best, ms);
    }
    return best;
}

} // namespace

class TestWorklogScale : public QObject
{
    Q_OBJECT
private slots:
    // The peak, the WorklogData it returns included, stays within three times the file. The
    // result keeps samples and verbatim sections as UTF-8 slices of the file's buffer; as Qt
    // strings (UTF-16, one per field) it took 2-4 times the file on its own.
    void peakMemoryIsWithinThreeTimesTheFile_data()
    {
        QTest::addColumn<QByteArray>("shape");
        QTest::newRow("writer layout") << QByteArray("writer");
        QTest::newRow("one huge sample") << QByteArray("one-sample");
        QTest::newRow("hand-written prose") << QByteArray("prose");
    }

    void peakMemoryIsWithinThreeTimesTheFile()
    {
        QFETCH(QByteArray, shape);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("worklog-2026-11-22-2130.md"));
        QVERIFY(writeWorklog(path, shape, 50LL * 1000 * 1000));
        const double size = double(QFileInfo(path).size());
        const Reading r = readInChild(path);
        QVERIFY2(r.growthKiB > 0, "the reading process failed");
        QVERIFY(r.clusters >= (shape == "prose" ? 0 : 1));
        const double peak = double(r.growthKiB) * 1024.0 / size;
        const double kept = double(r.keptKiB) * 1024.0 / size;
        const double heap = double(r.resultKiB) * 1024.0 / size;
        qInfo("%s: %.1f MB read in %lld ms CPU, %lld clusters; peak grew by %.1f MiB = %.2f x the "
              "file; resident after reading (the result) %.2f x, heap the result holds %.2f x",
              shape.constData(), size / 1e6, r.ms, r.clusters, r.growthKiB / 1024.0, peak, kept,
              heap);
        QVERIFY2(peak <= 3.0, qPrintable(QStringLiteral("peak memory, the returned data included, "
                                                        "is %1 x the file")
                                             .arg(peak)));
    }

    // Samples and kept sections are slices of the file's buffer: they outlive the bytes the
    // reader was given, stay as written when a copy is changed, and CRLF files give LF text.
    void slicesOutliveTheBufferAndAreCopiedOnWrite()
    {
        WorklogData d;
        {
            QByteArray md = "# Worklog\r\n\r\n## Notes\r\n\r\nfirst line\r\nsecond line\r\n\r\n"
                            "### Cluster 1: Slow\r\n\r\n```json\r\n{\"severity\": \"ERROR\", "
                            "\"message\": \"slow query\"}\r\n```\r\n";
            d = WorklogReader::parse(md, QStringLiteral("crlf.md"));
            md.replace('\r', ' ').replace("slow", "fast");
        }
        {
            const QByteArray md = "# Worklog\n\n### Cluster 1: Slow\n\n```json\n"
                                  "{\"severity\": \"ERROR\", \"message\": \"slow query\"}\n```\n";
            WorklogData lf = WorklogReader::parse(md, QStringLiteral("lf.md"));
            d.clusters += lf.clusters;
        }
        QCOMPARE(d.unparsed.size(), 1);
        QCOMPARE(d.unparsed.at(0).markdown.toString(), QStringLiteral("first line\nsecond line"));
        QCOMPARE(d.clusters.size(), 2);
        for (const WorklogCluster &c : std::as_const(d.clusters)) {
            QCOMPARE(c.samples.size(), 1);
            QCOMPARE(c.samples.at(0).text.toString(),
                     QStringLiteral("{\"severity\": \"ERROR\", \"message\": \"slow query\"}"));
            QCOMPARE(c.samples.at(0).message.toString(), QStringLiteral("slow query"));
        }
        WorklogSample changed = d.clusters.at(1).samples.at(0);
        QByteArray bytes = changed.text.utf8();
        bytes[0] = '[';
        changed.text = Utf8Text::fromUtf8(bytes);
        QVERIFY(d.clusters.at(1).samples.at(0).text.utf8().startsWith('{'));
        QCOMPARE(d.clusters.at(1).samples.at(0).message.toString(), QStringLiteral("slow query"));
    }

    // An entry copied whole into a worklog is read back shortened, said so, with its fields.
    void aHugeSampleIsKeptShortenedWithAWarning()
    {
        const QByteArray md = "# Worklog\n\n### Cluster 1: Huge entry\n\n```json\n"
                              "{\"severity\": \"ERROR\", \"textPayload\": \"" +
                              QByteArray(3 << 20, 'x') +
                              "\"}\n```\n\n### Cluster 2: Next\n\n**Severity:** WARNING\n";
        const WorklogData d = WorklogReader::parse(md, QStringLiteral("big.md"));
        QCOMPARE(d.clusters.size(), 2);
        QCOMPARE(d.clusters.at(0).samples.size(), 1);
        const WorklogSample &s = d.clusters.at(0).samples.at(0);
        QVERIFY(s.text.toString().size() <= 64 * 1024 + 1);
        QCOMPARE(s.severity, QStringLiteral("ERROR"));
        bool warned = false;
        for (const QString &w : d.warnings)
            warned = warned || (w.contains(QStringLiteral("sample of cluster 1 has")) &&
                                w.contains(QStringLiteral("kept")));
        QVERIFY2(warned, qPrintable(d.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(d.clusters.at(1).severity, QStringLiteral("WARNING"));
    }

    // Summary and distribution lines are matched to clusters by their normalised title in a
    // hash: 20,000 clusters with 20,000 lines of each list take at most 16 times the CPU time of
    // 2,000 (linear is 10; pair by pair, as before, 100). Lines that name no title exactly are
    // compared word by word only within a budget, so they stay linear too, and say so.
    void listsAreMatchedToClustersInLinearTime_data()
    {
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<bool>("exact");
        QTest::newRow("lines name the titles") << QByteArray() << true;
        QTest::newRow("lines add words to the titles") << QByteArray(" again today") << false;
    }

    void listsAreMatchedToClustersInLinearTime()
    {
        QFETCH(QByteArray, suffix);
        QFETCH(bool, exact);
        WorklogData small, large;
        // Both the best of three: one run of the large list on a busy machine once took 31
        // times the small one's best (a single run's allocation and page faults included).
        const double a = parseCpuMs(listsWorklog(2000, suffix), 3, &small);
        const double b = parseCpuMs(listsWorklog(20000, suffix), 3, &large);
        QCOMPARE(small.clusters.size(), 2000);
        QCOMPARE(large.clusters.size(), 20000);
        QCOMPARE(large.summary.size(), 20000);
        QCOMPARE(large.distribution.size(), 20000);
        qInfo("2,000 clusters: %.0f ms, 20,000: %.0f ms CPU; time x%.1f for x10", a, b,
              b / qMax(a, 1.0));
        if (exact) {
            for (const int k : {0, 1234, 19999}) {
                QCOMPARE(large.summary.at(k).cluster, k);
                QCOMPARE(large.distribution.at(k).cluster, k);
                QCOMPARE(large.clusters.at(k).count, qint64(k % 50 + 5));
            }
        } else {
            // Compared word by word while the budget lasted: the first lines still match.
            QCOMPARE(large.summary.at(0).cluster, 0);
            QCOMPARE(large.summary.at(19999).cluster, -1);
            QVERIFY2(large.warnings.join(QLatin1Char('\n'))
                         .contains(QLatin1String("were not compared with the 20000 clusters")),
                     qPrintable(large.warnings.join(QLatin1Char('\n'))));
        }
        QVERIFY2(b <= 16.0 * qMax(a, 1.0),
                 qPrintable(QStringLiteral("20,000 clusters took %1 ms of CPU, 2,000 took %2 ms")
                                .arg(b)
                                .arg(a)));
    }

    // 10 MB and 50 MB of the writer's layout (each cluster with its GitHub action): five times
    // the input may take at most eight times the CPU time (linear with room for a shared
    // machine; quadratic would be 25 times).
    void timeIsLinearInTheSize()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small.md"));
        const QString large = dir.filePath(QStringLiteral("large.md"));
        QVERIFY(writeWorklog(small, "writer", 10LL * 1000 * 1000));
        QVERIFY(writeWorklog(large, "writer", 50LL * 1000 * 1000));
        const Reading a = readInChild(small);
        const Reading b = readInChild(large);
        QVERIFY(a.ms >= 0 && b.ms >= 0);
        QVERIFY(b.clusters > 4 * a.clusters);
        const double sizeRatio = double(QFileInfo(large).size()) / double(QFileInfo(small).size());
        const double timeRatio = double(b.ms) / double(qMax<qint64>(a.ms, 1));
        qInfo("10 MB: %lld ms, 50 MB: %lld ms; size x%.2f, time x%.2f", a.ms, b.ms, sizeRatio,
              timeRatio);
        QVERIFY2(
            timeRatio <= sizeRatio * 1.6,
            qPrintable(
                QStringLiteral("time grew %1 x for %2 x the size").arg(timeRatio).arg(sizeRatio)));
    }
};

// In the child: reads the worklog and prints the resident size before, the peak after, the
// bytes the result holds (heap in use after reading minus before; the file's buffer counts when
// the result keeps slices of it), the CPU time, the clusters found and the resident size after.
int readAndReport(const QString &path)
{
    const auto heap = [] {
        const auto mi = mallinfo2();
        return qint64((mi.uordblks + mi.hblkhd) / 1024);
    };
    const auto cpuMs = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 +
               (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
    };
    const qint64 before = statusKiB("VmRSS:");
    const qint64 heapBefore = heap();
    const qint64 cpuBefore = cpuMs();
    const auto data = WorklogReader::readFile(path);
    const qint64 ms = cpuMs() - cpuBefore;
    if (!data)
        return 2;
    printf("%lld %lld %lld %lld %lld %lld\n", before, statusKiB("VmHWM:"), heap() - heapBefore, ms,
           qint64(data->clusters.size()), statusKiB("VmRSS:"));
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--read-worklog") == 0)
        return readAndReport(QString::fromLocal8Bit(argv[2]));
    if (argc == 5 && qstrcmp(argv[1], "--write-worklog") == 0) // for measuring by hand
        return writeWorklog(QString::fromLocal8Bit(argv[4]), argv[2],
                            QByteArray(argv[3]).toLongLong())
                   ? 0
                   : 1;
    TestWorklogScale test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_worklogscale.moc"
