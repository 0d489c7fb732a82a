// The export reader on well-formed input: every layout, gzip, the fields and the message rule.
#include "core/logs/entrytext.h"
#include "core/logs/logreader.h"
#include "core/logs/timestamp.h"
#include "tests/common/gzipbytes.h"
#include "tests/common/testpaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace std::string_view_literals;
using namespace std::string_literals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using test::gzip;

qint64 ns(const char *rfc3339)
{
    return parseRfc3339(rfc3339).value_or(-1);
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT
private slots:
    void rfc3339()
    {
        QCOMPARE(parseRfc3339("1970-01-01T00:00:00Z"), std::optional<qint64>(0));
        QCOMPARE(parseRfc3339("2025-10-03T08:15:42.120394Z"),
                 std::optional<qint64>(1759479342120394000LL));
        // Offsets, any fraction length, lowercase separators.
        QCOMPARE(ns("2025-10-03T10:15:42.5+02:00"), ns("2025-10-03T08:15:42.500Z"));
        QCOMPARE(ns("2025-10-03t08:15:42.123456789123z"), ns("2025-10-03T08:15:42.123456789Z"));
        QCOMPARE(ns("2025-10-02T20:15:42-12:00"), ns("2025-10-03T08:15:42Z"));
        QCOMPARE(ns("2024-02-29T00:00:00Z") + 86400LL * 1000000000, ns("2024-03-01T00:00:00Z"));
        for (const char *bad : {"", "2025-10-03", "2025-10-03T08:15:42", "2025-13-01T00:00:00Z",
                                "2025-02-29T00:00:00Z", "2025-10-03T24:00:00Z",
                                "2025-10-03T08:15:42.Z", "2025-10-03T08:15:42Zjunk",
                                "2025-10-03T08:15:42+0200", "yesterday", "9999-01-01T00:00:00Z"})
            QVERIFY2(!parseRfc3339(bad).has_value(), bad);
        QCOMPARE(formatRfc3339(1759479342120394000LL),
                 QStringLiteral("2025-10-03T08:15:42.120394Z"));
        QCOMPARE(formatRfc3339(0), QStringLiteral("1970-01-01T00:00:00Z"));
        QCOMPARE(formatRfc3339(-1000000), QStringLiteral("1969-12-31T23:59:59.999Z"));
        QCOMPARE(parseDurationNs("0.004211s"), std::optional<qint64>(4211000));
        QVERIFY(!parseDurationNs("fast").has_value());
    }

    void textHelpers()
    {
        QCOMPARE(httpSummary("POST", "https://h.run.app/ws/beacon?x=1", 405),
                 "POST /ws/beacon 405"s);
        QCOMPARE(httpSummary("GET", "/health", 0), "GET /health"s);
        QCOMPARE(httpSummary("", "", 502), "502"s);
        const char json[] = "{ \"a\" : [1, 2],\n \"b\": \"x y\" } trailing";
        QCOMPARE(compactJson(json, json + sizeof json - 1, 100), "{\"a\":[1,2],\"b\":\"x y\"}"s);
        const std::string cut = compactJson(json, json + sizeof json - 1, 5);
        QCOMPARE(cut, "{\"a\":\xE2\x80\xA6"s);
        QCOMPARE(utf8Prefix("ab\xC3\xA9", 3), size_t(2)); // never splits é
    }

    void readsEveryLayout_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("gz");
        const QList<std::pair<const char *, InputFormat>> files = {
            {"cloudrun-array.json", InputFormat::JsonArray},
            {"cloudrun.jsonl", InputFormat::JsonLines},
            {"cloudrun-pages.json", InputFormat::ApiPages},
            {"cloudrun-page-pretty.json", InputFormat::ApiPages}};
        for (const auto &[name, format] : files) {
            QTest::newRow(name) << QString::fromLatin1(name) << int(format) << false;
            QTest::newRow(QByteArray(QByteArray(name) + ".gz").constData())
                << QString::fromLatin1(name) << int(format) << true;
        }
    }

    void readsEveryLayout()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(bool, gz);
        const QString path = test::dataPath(QStringLiteral("reader/") + file);
        LogStore store;
        Result<ReadReport> report;
        if (gz) {
            report = LogReader::readBytes(gzip(readAll(path)), file + QStringLiteral(".gz"), store);
        } else {
            // Small chunks: entries straddle chunk boundaries everywhere.
            ReadOptions options;
            options.chunkBytes = 4096;
            report = LogReader::readFile(path, store, options);
        }
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(int(report->format), format);
        QCOMPARE(report->gzip, gz);
        QCOMPARE(report->entries, quint64(6));
        QCOMPARE(report->skipped, quint64(0));
        QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.value(0).toString()));
        checkFields(store);

        // The raw JSON comes back byte for byte and parses.
        for (size_t i = 0; i < store.size(); ++i) {
            const QByteArray raw = store.rawJson(i);
            QVERIFY(raw.startsWith('{'));
            QVERIFY(raw.endsWith('}'));
            QVERIFY(raw.contains(QByteArray::fromStdString(store.insertId(i).str())));
        }
    }

    void chunkSizesDoNotMatter()
    {
        const QString path = test::dataPath(QStringLiteral("reader/cloudrun-page-pretty.json"));
        for (size_t chunk : {size_t(4096), size_t(5000), size_t(1) << 20}) {
            LogStore store;
            ReadOptions options;
            options.chunkBytes = chunk;
            auto report = LogReader::readFile(path, store, options);
            QVERIFY(report);
            QCOMPARE(store.size(), size_t(6));
            QCOMPARE(store.message(5), "{\"retries\":3,\"queue\":\"ledger-settle\"}"sv);
        }
    }

    void concatenatedArraysAndGzipMembers()
    {
        const QByteArray one =
            readAll(test::dataPath(QStringLiteral("reader/cloudrun-array.json")));
        LogStore store;
        auto report = LogReader::readBytes(one + one, QStringLiteral("twice.json"), store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(12));
        QCOMPARE(report->problemCount, quint64(0));

        LogStore zipped;
        report =
            LogReader::readBytes(gzip(one) + gzip(one), QStringLiteral("twice.json.gz"), zipped);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(12));
        QCOMPARE(report->problemCount, quint64(0));
        QCOMPARE(zipped.rawJson(11), store.rawJson(11));
    }

    void escapesAndUnicode()
    {
        // (No raw string here: moc 6.4 loses the class after a raw string with backslashes.)
        const QByteArray line = "{\"severity\":\"ERROR\",\"textPayload\":\"caf\\u00e9 \\\"q\\\" "
                                "\\\\ é 🌱\",\"insertId\":\"a\\/b\"}\n";
        LogStore store;
        auto report = LogReader::readBytes(line, QStringLiteral("esc.jsonl"), store);
        QVERIFY(report);
        QCOMPARE(store.size(), size_t(1));
        QCOMPARE(store.message(0), "café \"q\" \\ é 🌱"sv);
        QCOMPARE(store.insertId(0).str(), "a/b"s);
    }

    void longMessagesAreCut()
    {
        const std::string big(100000, 'x');
        const QByteArray line = QByteArray("{\"textPayload\":\"") + big.c_str() + "\"}";
        LogStore store;
        QVERIFY(LogReader::readBytes(line, QStringLiteral("long"), store));
        QCOMPARE(store.message(0).size(), size_t(16 * 1024 + 3));
        QVERIFY(store.message(0).substr(16 * 1024) == "\xE2\x80\xA6"sv);
        QCOMPARE(store.rawJson(0).size(), line.size()); // the whole text stays reachable
    }

    void byteOrderMark()
    {
        const QByteArray bytes = "\xEF\xBB\xBF{\"severity\":\"INFO\",\"textPayload\":\"hi\"}\n";
        LogStore store;
        auto report = LogReader::readBytes(bytes, QStringLiteral("bom.jsonl"), store);
        QVERIFY(report);
        QCOMPARE(report->entries, quint64(1));
        QCOMPARE(store.message(0), "hi"sv);
    }

    void emptyInputs()
    {
        for (const QByteArray &bytes : {QByteArray(), QByteArray("  \n\n"), QByteArray("[]"),
                                        QByteArray("{\"entries\":[]}")}) {
            LogStore store;
            auto report = LogReader::readBytes(bytes, QStringLiteral("empty"), store);
            QVERIFY(report);
            QCOMPARE(report->entries, quint64(0));
            QCOMPARE(report->problemCount, quint64(0));
        }
    }

private:
    void checkFields(const LogStore &s)
    {
        QCOMPARE(s.size(), size_t(6));
        QCOMPARE(s.severity(0), Severity::Error);
        QCOMPARE(s.message(0),
                 "Settlement failed for invoice inv-7781: upstream timed out after 30s"sv);
        QCOMPARE(s.service(0), "ledger-api"sv);
        QCOMPARE(s.revision(0), "ledger-api-00042-vaz"sv);
        QCOMPARE(s.location(0), "europe-west1"sv);
        QCOMPARE(s.project(0), "ledger-staging"sv);
        QCOMPARE(s.resourceType(0), "cloud_run_revision"sv);
        QCOMPARE(s.logName(0), "projects/ledger-staging/logs/run.googleapis.com%2Fstderr"sv);
        QCOMPARE(s.sourceFile(0), "ledger.api.payments"sv);
        QCOMPARE(s.function(0), "settle_invoice"sv);
        QCOMPARE(s.line(0), 214);
        QCOMPARE(s.trace(0).str(),
                 "projects/ledger-staging/traces/0af7651916cd43dd8448eb211c80319c"s);
        QCOMPARE(s.spanId(0).str(), "a1b2c3d4e5f60718"s);
        QCOMPARE(s.insertId(0).str(), "64f1a2b3000c1d2e3f4a5b6c"s);
        QCOMPARE(s.timestampNs(0), ns("2025-10-03T08:15:42.120394Z"));
        QCOMPARE(s.receiveTimestampNs(0), ns("2025-10-03T08:15:42.401923811Z"));

        QCOMPARE(s.severity(1), Severity::Info);
        QCOMPARE(s.message(1), "Worker \"pool-3\" picked up 12 jobs"sv);
        QCOMPARE(s.timestampNs(1), ns("2025-10-03T08:15:42.5Z"));
        QCOMPARE(s.serviceId(1), s.serviceId(0));

        QCOMPARE(s.severity(2), Severity::Warning); // numeric 400
        QCOMPARE(s.message(2), "POST /ws/beacon 405"sv);
        QCOMPARE(s.httpStatus(2), 405);
        QCOMPARE(s.revision(2), "ledger-api-00041-kib"sv);
        QCOMPARE(s.receiveTimestampNs(2), qint64(0));

        QCOMPARE(s.severity(3), Severity::Notice);
        QCOMPARE(s.message(3), "Permission 'run.services.update' denied on resource"sv);
        QCOMPARE(s.service(3), "ledger-worker"sv);
        QCOMPARE(s.sourceFile(3), "run/admin.go"sv);
        QCOMPARE(s.function(3), "ReplaceService"sv);
        QCOMPARE(s.line(3), 88);

        QCOMPARE(s.severity(4), Severity::Debug);
        QCOMPARE(s.message(4), "cache_warmed"sv);
        QCOMPARE(s.sourceFile(4), "ledger.cache"sv);
        QCOMPARE(s.function(4), "warm"sv);
        QCOMPARE(s.line(4), 17);

        QCOMPARE(s.severity(5), Severity::Warning);
        QCOMPARE(s.message(5), "{\"retries\":3,\"queue\":\"ledger-settle\"}"sv);
    }
};

QTEST_GUILESS_MAIN(TestReader)
#include "tst_reader.moc"
