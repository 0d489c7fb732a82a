// The reader on two threads (input and splitting beside parsing) gives exactly what the
// single-threaded read gives: the same entries with the same fields and raw JSON, the same
// problems (where and what) in the same order, the same report — for good and damaged input,
// plain and gzip, and with the hostile-input limits.
#include "core/logs/gzipsource.h"
#include "core/logs/logreader.h"
#include "tests/common/gzipbytes.h"
#include "tests/common/testpaths.h"

#include <QFile>
#include <QTest>
#include <QThread>

using namespace gardener;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(test::dataPath(QStringLiteral("reader/") + QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using test::gzip;

// One entry of about 300 bytes; `i` makes every entry different.
QByteArray entry(int i)
{
    return QStringLiteral(
               R"({"insertId":"id-%1","severity":"%2","timestamp":"2025-10-03T08:%3:%4Z",)"
               R"("resource":{"type":"cloud_run_revision","labels":{"service_name":"svc-%5",)"
               R"("revision_name":"svc-%5-0001"}},"jsonPayload":{"message":"request %1 took %6 ms",)"
               R"("labels":{"module":"app.mod%5","function":"f%5","line":"%7"}},"trace":"t-%1"})")
        .arg(i)
        .arg(i % 3 == 0 ? QStringLiteral("ERROR") : QStringLiteral("INFO"))
        .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(i % 60, 2, 10, QLatin1Char('0'))
        .arg(i % 5)
        .arg(i * 7 % 1000)
        .arg(10 + i % 90)
        .toUtf8();
}

QByteArray lines(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += entry(i) + '\n';
    return out;
}

QByteArray array(int count)
{
    QByteArray out = "[\n  ";
    for (int i = 0; i < count; ++i)
        out += (i ? ",\n  " : "") + entry(i);
    return out + "\n]\n";
}

// Everything a read produced, as text, so a difference shows where it is.
QStringList outcome(const QByteArray &bytes, ReadOptions options)
{
    LogStore store;
    const auto report = LogReader::readBytes(bytes, QStringLiteral("input.json"), store, options);
    QStringList out;
    if (!report) {
        out << QStringLiteral("failed: ") + report.error().toString();
        return out;
    }
    out << QStringLiteral("format %1 gzip %2 entries %3 skipped %4 problems %5 read %6 decoded %7 "
                          "pages %8 truncated %9")
               .arg(formatName(report->format))
               .arg(report->gzip)
               .arg(report->entries)
               .arg(report->skipped)
               .arg(report->problemCount)
               .arg(report->bytesRead)
               .arg(report->bytesDecoded)
               .arg(report->pages)
               .arg(report->truncated);
    for (const Error &e : report->problems)
        out << QStringLiteral("problem ") + e.toString();
    auto s = [](std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); };
    for (size_t i = 0; i < store.size(); ++i)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 | ")
                       .arg(store.timestampNs(i))
                       .arg(int(store.severity(i)))
                       .arg(s(store.insertId(i).str()), s(store.service(i)), s(store.revision(i)),
                            s(store.sourceFile(i)), s(store.function(i)))
                       .arg(store.line(i))
                       .arg(s(store.trace(i).str())) +
                   s(store.message(i)) + QStringLiteral(" | ") +
                   QString::fromUtf8(store.rawJson(i));
    return out;
}

// Reads `bytes` once on one thread and once on two, with several chunk sizes, and compares.
void compareThreads(const QByteArray &bytes, ReadOptions options = {})
{
    for (const size_t chunk : {size_t(4096), size_t(5000), size_t(64) << 10}) {
        options.chunkBytes = chunk;
        options.threads = 1;
        const QStringList single = outcome(bytes, options);
        options.threads = 2;
        const QStringList parallel = outcome(bytes, options);
        if (single != parallel) {
            for (qsizetype i = 0; i < std::min(single.size(), parallel.size()); ++i)
                if (single[i] != parallel[i]) {
                    qWarning().noquote() << "chunk" << chunk << "line" << i << "\n 1:" << single[i]
                                         << "\n 2:" << parallel[i];
                    break;
                }
        }
        QCOMPARE(parallel.size(), single.size());
        QCOMPARE(parallel, single);
    }
}

} // namespace

class TestReaderParallel : public QObject
{
    Q_OBJECT
private slots:
    void goodInputEveryLayout_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("array") << array(400);
        QTest::newRow("lines") << lines(400);
        QTest::newRow("array gzip") << gzip(array(400));
        QTest::newRow("lines gzip") << gzip(lines(400));
        QTest::newRow("fixture array") << fixture("cloudrun-array.json");
        QTest::newRow("fixture pages") << fixture("cloudrun-pages.json");
        QTest::newRow("fixture pretty page") << fixture("cloudrun-page-pretty.json");
        QTest::newRow("fixture lines") << fixture("cloudrun.jsonl");
        QTest::newRow("empty") << QByteArray();
    }
    void goodInputEveryLayout()
    {
        QFETCH(QByteArray, bytes);
        compareThreads(bytes);
        ReadOptions options;
        options.threads = 2;
        LogStore store;
        const auto report = LogReader::readBytes(bytes, QStringLiteral("x"), store, options);
        QVERIFY(report);
        QVERIFY(report->complete());
    }

    // Errors well after the first chunk (4 KiB): where and what must come out unchanged.
    void errorsInLaterChunks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QByteArray utf8 = lines(100);
        const qsizetype at = utf8.indexOf("request 40 took");
        utf8[at + 2] = char(0xff);
        QTest::newRow("invalid utf-8") << utf8 << QStringLiteral("UTF-8");
        QByteArray malformed = array(100);
        malformed.replace("\"insertId\":\"id-50\",", "\"insertId\":\"id-50\",,");
        QTest::newRow("malformed json in array") << malformed << QStringLiteral("malformed JSON");
        QByteArray cut = lines(100);
        cut.insert(cut.indexOf("{\"insertId\":\"id-60\""), "{\"insertId\":\"broken");
        QTest::newRow("line cut short") << cut << QStringLiteral("line");
        QByteArray type = lines(100);
        type.replace("\"severity\":\"INFO\",\"timestamp\":\"2025-10-03T08:01:10Z\"",
                     "\"severity\":5.5,\"timestamp\":\"2025-10-03T08:01:10Z\"");
        QTest::newRow("wrong type") << type << QStringLiteral("severity");
        QTest::newRow("cut array") << array(100).left(20000) << QStringLiteral("ends");
        QByteArray junk = lines(100);
        junk.insert(junk.indexOf("{\"insertId\":\"id-70\""), "hello world\n");
        QTest::newRow("junk line") << junk << QStringLiteral("'h'");
        QTest::newRow("not json") << QByteArray("Hello, world\n") << QString();
    }
    void errorsInLaterChunks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        // The error must really sit past the first 4 KiB chunk for this to test anything.
        ReadOptions options;
        options.chunkBytes = 4096;
        options.threads = 2;
        const QStringList result = outcome(bytes, options);
        if (!expected.isEmpty()) {
            const QString problems =
                result.filter(QStringLiteral("problem ")).join(QLatin1Char('\n'));
            QVERIFY2(problems.contains(expected), qPrintable(problems));
            const qsizetype offset = problems.section(QStringLiteral("byte "), 1, 1)
                                         .section(QLatin1Char(')'), 0, 0)
                                         .toLongLong();
            QVERIFY2(offset > 4096, qPrintable(problems));
        }
        compareThreads(bytes);
        compareThreads(gzip(bytes));
    }

    void limits()
    {
        ReadOptions options;
        options.maxEntries = 150;
        compareThreads(lines(400), options);
        compareThreads(gzip(array(400)), options);
        options = {};
        options.maxDecodedBytes = 50000;
        compareThreads(lines(400), options);
        compareThreads(gzip(lines(400)), options);
        options = {};
        options.maxEntryBytes = 200; // every entry too large
        compareThreads(lines(50), options);
    }

    void damagedGzip()
    {
        const QByteArray zipped = gzip(lines(400));
        compareThreads(zipped.left(zipped.size() / 2));
        QByteArray corrupt = zipped;
        for (qsizetype i = corrupt.size() / 2; i < corrupt.size() / 2 + 16; ++i)
            corrupt[i] = char(~corrupt[i]);
        compareThreads(corrupt);
        ReadOptions options;
        options.maxEntries = 150;
        compareThreads(corrupt, options);
        compareThreads(zipped + zipped); // concatenated members
    }

    void randomMutations()
    {
        const QByteArray base = lines(60);
        quint32 seed = 777;
        auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
        for (int round = 0; round < 60; ++round) {
            QByteArray bytes = base;
            for (int k = 0; k < 1 + int(next() % 8); ++k) {
                const qsizetype at = qsizetype(next() % quint32(bytes.size()));
                switch (next() % 3) {
                case 0:
                    bytes[at] = char(next());
                    break;
                case 1:
                    bytes.remove(at, qsizetype(next() % 64));
                    break;
                case 2:
                    bytes.insert(at, "{[\"\\\n"[next() % 5]);
                    break;
                }
            }
            compareThreads(bytes);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // gzip input parsed ahead on the input thread (a slow consumer, whose progress sleeps,
    // makes that happen for most batches) keeps every entry's raw JSON and fields, and the
    // access points its raw JSON is found again from are the input's, whoever parsed.
    void gzipParsedAheadKeepsTheRawJson()
    {
        const QByteArray bytes = gzip(lines(3000));
        QStringList texts[2];
        size_t points[2] = {};
        for (const int threads : {1, 2}) {
            ReadOptions options;
            options.threads = threads;
            options.chunkBytes = 8192;
            options.gzipPointSpacing = 16384;
            LogStore store;
            auto report =
                LogReader::readBytes(bytes, QStringLiteral("slow.jsonl.gz"), store, options,
                                     [](const ReadProgress &) { QThread::usleep(1000); });
            QVERIFY(report.has_value());
            QCOMPARE(store.size(), size_t(3000));
            for (size_t i = 0; i < store.size(); ++i)
                texts[threads - 1].append(QString::fromUtf8(store.rawJson(i)) +
                                          QString::number(store.timestampNs(i)));
            auto source = std::dynamic_pointer_cast<const GzipRawSource>(store.sources()[0]);
            QVERIFY(source);
            points[threads - 1] = source->pointCount();
        }
        QCOMPARE(texts[1], texts[0]);
        QVERIFY(texts[0].first().startsWith(QLatin1String("{\"insertId\":\"id-0\"")));
        QCOMPARE(texts[0][2999].left(24), QStringLiteral("{\"insertId\":\"id-2999\",\"s"));
        QCOMPARE(points[1], points[0]);
        QVERIFY2(points[0] > 1, qPrintable(QString::number(points[0])));
    }

    // With two threads the batches between them stay small whatever chunkBytes says (they are
    // what the read holds beyond the store): about 6 MB of input arrives in 512 KiB steps,
    // seen as one progress call per batch; one thread keeps the 4 MiB steps.
    void twoThreadsHandOverSmallBatches()
    {
        const QByteArray bytes = lines(24000);
        QVERIFY(bytes.size() > (6 << 20));
        for (const int threads : {1, 2}) {
            ReadOptions options;
            options.threads = threads;
            LogStore store;
            int calls = 0;
            quint64 largestStep = 0, previous = 0;
            auto report = LogReader::readBytes(
                bytes, QStringLiteral("big.jsonl"), store, options, [&](const ReadProgress &p) {
                    ++calls;
                    largestStep = std::max(largestStep, p.bytesRead - previous);
                    previous = p.bytesRead;
                });
            QVERIFY(report.has_value());
            QCOMPARE(report->entries, quint64(24000));
            if (threads == 2) {
                QVERIFY2(largestStep <= ReadOptions::kThreadedChunkBytes + 4096,
                         qPrintable(QString::number(largestStep)));
                QVERIFY2(calls >= 12, qPrintable(QString::number(calls)));
            } else {
                QVERIFY2(largestStep > (2 << 20), qPrintable(QString::number(largestStep)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReaderParallel)
#include "tst_reader_parallel.moc"
