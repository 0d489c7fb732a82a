// The export reader on damaged input: every case reports where and what, keeps the good
// entries, never crashes, never hangs, and does not hold what it skips.
#include "core/logs/logreader.h"
#include "tests/common/gzipbytes.h"
#include "tests/common/testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace gardener;
using namespace std::string_view_literals;
using namespace std::string_literals;

namespace {

const QByteArray kGood =
    R"({"severity":"ERROR","textPayload":"disk full","insertId":"good-1","timestamp":"2025-10-03T08:00:00Z"})";
const QByteArray kGood2 =
    R"({"severity":"INFO","textPayload":"all fine","insertId":"good-2","timestamp":"2025-10-03T08:00:01Z"})";

QByteArray fixture(const char *name)
{
    QFile f(test::dataPath(QStringLiteral("reader/") + QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<ReadReport> read(const QByteArray &bytes, LogStore &store, ReadOptions options = {})
{
    return LogReader::readBytes(bytes, QStringLiteral("input.json"), store, options);
}

using test::gzip;

long maxRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString problems(const ReadReport &r)
{
    QStringList lines;
    for (const Error &e : r.problems)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestReaderBadInput : public QObject
{
    Q_OBJECT
private slots:
    void truncatedInsideEntry()
    {
        const QByteArray all = fixture("cloudrun-array.json");
        const qsizetype fourth = all.indexOf("\"insertId\": \"1x9y8z7w\"");
        QVERIFY(fourth > 0);
        const qsizetype entryStart = all.lastIndexOf('{', fourth);
        LogStore store;
        auto report = read(all.left(fourth + 10), store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(3));
        QCOMPARE(report->skipped, quint64(1));
        QCOMPARE(report->problems.size(), 1);
        const Error &e = report->problems.first();
        QCOMPARE(e.file, QStringLiteral("input.json"));
        QCOMPARE(e.offset, qint64(entryStart));
        QCOMPARE(e.line, qint64(all.left(entryStart).count('\n') + 1));
        QVERIFY2(e.what.contains(QLatin1String("ends inside this entry")), qPrintable(e.what));
    }

    void truncatedBetweenEntries()
    {
        const QByteArray all = fixture("cloudrun-array.json");
        const qsizetype cut = all.indexOf("\n  },\n") + 5; // after the first entry's comma
        LogStore store;
        auto report = read(all.left(cut), store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(1));
        QCOMPARE(report->skipped, quint64(0));
        QCOMPARE(report->problemCount, quint64(1)); // the missing ']' is still reported
        QVERIFY(report->problems.first().what.contains(QLatin1String("']'")));
        QCOMPARE(report->problems.first().offset, qint64(0));
    }

    void cutLineInJsonLines()
    {
        // A line cut inside a string, a line cut between members, then good lines.
        const QByteArray input = kGood + "\n" + "{\"severity\":\"ERROR\",\"textPayload\":\"cut he" +
                                 "\n" + R"({"severity":"ERROR","jsonPayload":{"a":1)" + "\n" +
                                 kGood2 + "\n";
        LogStore store;
        auto report = read(input, store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(2));
        QCOMPARE(report->skipped, quint64(2));
        QCOMPARE(store.insertId(1).str(), "good-2"s);
        QCOMPARE(report->problems.at(0).line, qint64(2));
        QCOMPARE(report->problems.at(1).line, qint64(3));
        QCOMPARE(report->problems.at(1).offset,
                 qint64(input.indexOf("{\"severity\":\"ERROR\",\"jsonPayload")));
    }

    void notJson()
    {
        for (const QByteArray &bytes :
             {QByteArray("2025-10-03 08:00:00 ERROR disk full\n{\"a\":1}\n"),
              QByteArray("<!DOCTYPE html><html></html>"), QByteArray("\x00\x01\x02garbage", 10),
              QByteArray("   \n  nope")}) {
            LogStore store;
            auto report = read(bytes, store);
            QVERIFY(!report);
            QCOMPARE(report.error().file, QStringLiteral("input.json"));
            QVERIFY(report.error().offset >= 0);
            QVERIFY2(report.error().what.contains(QLatin1String("not a JSON log export")),
                     qPrintable(report.error().toString()));
            QCOMPARE(store.size(), size_t(0));
        }
    }

    void unreadableFile()
    {
        LogStore store;
        auto report = LogReader::readFile(QStringLiteral("/nonexistent/reader/x.json"), store);
        QVERIFY(!report);
        QVERIFY(report.error().what.contains(QLatin1String("cannot open")));
    }

    void invalidUtf8IsRejectedWithItsOffset()
    {
        const QByteArray bad = "{\"severity\":\"ERROR\",\"textPayload\":\"caf\xC3\x28 au lait\"}";
        const QByteArray input = kGood + "\n" + bad + "\n" + kGood2 + "\n";
        LogStore store;
        auto report = read(input, store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(2));
        QCOMPARE(report->skipped, quint64(1));
        const Error &e = report->problems.first();
        QCOMPARE(e.offset, qint64(input.indexOf("\xC3\x28")));
        QCOMPARE(e.line, qint64(2));
        QVERIFY(e.what.contains(QLatin1String("UTF-8")));
    }

    void fiftyMegabyteLine()
    {
        // One 50 MB entry between two normal ones, read from a file in 4 MB chunks.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.jsonl"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kGood + "\n{\"severity\":\"WARNING\",\"textPayload\":\"");
            const QByteArray block(1 << 20, 'y');
            for (int i = 0; i < 50; ++i)
                f.write(block);
            f.write("\"}\n" + kGood2 + "\n");
        }
        QElapsedTimer timer;
        timer.start();
        LogStore store;
        ReadOptions raised; // the default limit (1 MiB) rejects it; a raised one reads it
        raised.maxEntryBytes = size_t(64) << 20;
        auto report = LogReader::readFile(path, store, raised);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(3));
        QCOMPARE(store.message(1).size(), size_t(16 * 1024 + 3)); // display text is capped
        QCOMPARE(store.rawJson(1).size(), qsizetype(50 * (1 << 20) + 39));
        QVERIFY2(timer.elapsed() < 30000, "50 MB line took too long");

        // With a 1 MiB limit the entry is skipped without being held: memory stays flat.
        const long before = maxRssKb();
        ReadOptions options;
        options.maxEntryBytes = 1 << 20;
        LogStore limited;
        report = LogReader::readFile(path, limited, options);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(2));
        QCOMPARE(report->skipped, quint64(1));
        QVERIFY2(report->problems.first().what.contains(QLatin1String("larger than the limit")),
                 qPrintable(problems(*report)));
        QCOMPARE(report->problems.first().line, qint64(2));
        QVERIFY2(maxRssKb() - before < 30 * 1024, "skipping a huge entry grew memory");
    }

    void deepNesting()
    {
        const int depth = 100000;
        // Inside an entry's payload, as an array element and as an unclosed object.
        const QByteArray arrays = QByteArray(depth, '[') + QByteArray(depth, ']');
        const QByteArray inPayload =
            "{\"severity\":\"INFO\",\"jsonPayload\":{\"deep\":" + arrays + "}}";
        const QByteArray objects =
            QByteArray("{\"a\":").repeated(depth) + "1" + QByteArray(depth, '}');
        LogStore store;
        auto report = read(kGood + "\n" + inPayload + "\n" + objects + "\n" + kGood2 + "\n", store);
        QVERIFY(report);
        // The good entries load; the deep ones either load or are reported, but nothing breaks.
        QCOMPARE(report->entries + report->skipped, quint64(4));
        QVERIFY(report->entries >= 2);
        QCOMPARE(store.insertId(store.size() - 1).str(), "good-2"s);
        for (const Error &e : report->problems)
            QVERIFY2(e.what.contains(QLatin1String("deeper")) ||
                         e.what.contains(QLatin1String("JSON")),
                     qPrintable(e.toString()));

        LogStore arrayStore;
        report = read("[" + arrays + "," + kGood + "]", arrayStore);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(1));
        QCOMPARE(report->skipped, quint64(1));
        QVERIFY(report->problems.first().what.contains(QLatin1String("an array, not a LogEntry")));

        LogStore unclosed;
        report = read(kGood + "\n" + QByteArray(depth, '{'), unclosed);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(1));
        QCOMPARE(report->skipped, quint64(1));
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QByteArray>("at");
        QTest::newRow("severity 5.5")
            << QByteArray(R"({"severity": 5.5, "textPayload": "x"})")
            << QStringLiteral("unknown severity '5.5'") << QByteArray("5.5");
        QTest::newRow("severity object")
            << QByteArray(R"({"severity": {"x":1}})")
            << QStringLiteral("should be a LogSeverity name or number") << QByteArray("{\"x\"");
        QTest::newRow("unknown severity")
            << QByteArray(R"({"severity": "LOUD"})") << QStringLiteral("unknown severity 'LOUD'")
            << QByteArray("\"LOUD\"");
        QTest::newRow("severity 450")
            << QByteArray(R"({"severity": 450})") << QStringLiteral("unknown severity '450'")
            << QByteArray("450");
        QTest::newRow("timestamp object")
            << QByteArray(R"({"timestamp": {}, "severity": "INFO"})")
            << QStringLiteral("field 'timestamp' should be a string, found an object")
            << QByteArray("{}");
        QTest::newRow("timestamp text")
            << QByteArray(R"({"timestamp": "last tuesday"})")
            << QStringLiteral("not an RFC 3339 time: 'last tuesday'") << QByteArray("\"last");
        QTest::newRow("textPayload number")
            << QByteArray(R"({"textPayload": 12})")
            << QStringLiteral("field 'textPayload' should be a string, found a number")
            << QByteArray("12");
        QTest::newRow("resource array")
            << QByteArray(R"({"resource": [1]})")
            << QStringLiteral("field 'resource' should be an object, found an array")
            << QByteArray("[1]");
        QTest::newRow("line text")
            << QByteArray(R"({"sourceLocation": {"line": "twelve"}})")
            << QStringLiteral("should be a whole number, found 'twelve'") << QByteArray("\"twelve");
        QTest::newRow("status bool")
            << QByteArray(R"({"httpRequest": {"status": true}})")
            << QStringLiteral("field 'httpRequest.status' should be an integer, found a boolean")
            << QByteArray("true");
    }

    void wrongTypes()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, expected);
        QFETCH(QByteArray, at);
        const QByteArray input = kGood + "\n" + entry + "\n" + kGood2 + "\n";
        LogStore store;
        auto report = read(input, store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(2));
        QCOMPARE(report->skipped, quint64(1));
        const Error &e = report->problems.first();
        QVERIFY2(e.what.contains(expected), qPrintable(e.toString()));
        QCOMPARE(e.line, qint64(2));
        QCOMPARE(e.offset, qint64(input.indexOf(at, kGood.size())));

        // Lenient reading keeps the entry and drops only the bad field.
        ReadOptions lenient;
        lenient.strict = false;
        LogStore kept;
        report = read(input, kept, lenient);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(3));
        QCOMPARE(report->skipped, quint64(0));
        QCOMPARE(kept.insertId(2).str(), "good-2"s);
        if (!entry.contains("INFO"))
            QCOMPARE(kept.severity(1), Severity::Default);
        QCOMPARE(kept.timestampNs(1), qint64(0));
    }

    void notObjectsInLists()
    {
        LogStore store;
        auto report = read("[1, \"text\", " + kGood + ", [2, 3], null, " + kGood2 + "]", store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(2));
        QCOMPARE(report->skipped, quint64(4));
        QVERIFY2(report->problems.at(0).what.contains(
                     QLatin1String("element 1 of the list is a number or literal")),
                 qPrintable(problems(*report)));
        QVERIFY(report->problems.at(1).what.contains(
            QLatin1String("element 2 of the list is a string")));
        QVERIFY(report->problems.at(2).what.contains(
            QLatin1String("element 4 of the list is an array")));
    }

    void garbageBetweenLines()
    {
        LogStore store;
        const QByteArray input = kGood + "\nWARNING: something else\n" + kGood2 + "\n";
        auto report = read(input, store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(2));
        QCOMPARE(report->skipped, quint64(1));
        QCOMPARE(report->problems.first().line, qint64(2));
        QCOMPARE(report->problems.first().offset, qint64(kGood.size() + 1));
    }

    void manyBadEntriesKeepTheFirstReasons()
    {
        QByteArray input;
        for (int i = 0; i < 25; ++i)
            input += kGood + "\n{\"severity\":\"NOPE" + QByteArray::number(i) + "\"}\n";
        LogStore store;
        auto report = read(input, store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(25));
        QCOMPARE(report->skipped, quint64(25));
        QCOMPARE(report->problemCount, quint64(25));
        QCOMPARE(report->problems.size(), 10);
        QVERIFY(report->problems.at(9).what.contains(QLatin1String("NOPE9")));
        QCOMPARE(report->problems.at(9).line, qint64(20));
    }

    void damagedGzip()
    {
        const QByteArray plain = fixture("cloudrun.jsonl");
        const QByteArray zipped = gzip(plain);
        LogStore cut;
        auto report = read(zipped.left(zipped.size() * 2 / 3), cut);
        QVERIFY(report);
        QVERIFY(report->gzip);
        QVERIFY(report->entries < 6);
        QVERIFY2(problems(*report).contains(QLatin1String("compressed data ends early")),
                 qPrintable(problems(*report)));

        QByteArray corrupt = zipped;
        for (qsizetype i = corrupt.size() / 2; i < corrupt.size() / 2 + 40; ++i)
            corrupt[i] = char(corrupt[i] ^ 0x5a);
        LogStore bad;
        report = read(corrupt, bad);
        QVERIFY(report);
        QVERIFY(report->problemCount > 0);
        QVERIFY(report->entries < 6);
    }

    void randomBytesNeverCrash()
    {
        // Mutations of a valid export: any outcome is fine as long as it is an outcome.
        const QByteArray base = fixture("cloudrun-page-pretty.json");
        quint32 seed = 12345;
        auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
        for (int round = 0; round < 300; ++round) {
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
                    bytes.insert(at, "{[\"\\"[next() % 4]);
                    break;
                }
            }
            LogStore store;
            auto report = read(bytes, store);
            if (report)
                QVERIFY(report->entries <= quint64(bytes.count('{')));
        }
    }
};

QTEST_GUILESS_MAIN(TestReaderBadInput)
#include "tst_reader_badinput.moc"
