#include "core/logs/logstore.h"
#include "core/util/error.h"

#include <QTest>
#include <algorithm>

using namespace gardener;

class TestLogStore : public QObject
{
    Q_OBJECT
private slots:
    void severityNamesRoundTrip()
    {
        for (int i = 0; i < SeverityCount; ++i) {
            const auto s = static_cast<Severity>(i);
            QCOMPARE(parseSeverity(severityName(s)), std::optional<Severity>(s));
        }
        QCOMPARE(parseSeverity("warning"), std::optional<Severity>(Severity::Warning));
        QCOMPARE(parseSeverity("500"), std::optional<Severity>(Severity::Error));
        QVERIFY(!parseSeverity("LOUD").has_value());
        QVERIFY(!parseSeverity("450").has_value());
        QVERIFY(Severity::Warning < Severity::Error);
    }

    void internsRepeatedStrings()
    {
        StringPool pool;
        const quint32 a = pool.intern("netra-backend-staging");
        const quint32 b = pool.intern(std::string("netra-backend-") + "staging");
        QCOMPARE(a, b);
        QCOMPARE(pool.intern(""), quint32(0));
        QCOMPARE(pool.at(a), std::string_view("netra-backend-staging"));
    }

    // The pool answers repeats from a small cache of recent ids: strings that share their
    // length and first and last eight bytes, or more strings than the cache has slots, must
    // still each get their own id, the same one every time.
    void internKeepsIdsApartThroughItsCache()
    {
        StringPool pool;
        std::vector<std::string> texts;
        for (int i = 0; i < 3000; ++i) // same length, same first and last eight bytes
            texts.push_back("projects/" + std::to_string(100000 + i) + "/logs/run.googleapis.com");
        for (int i = 0; i < 40; ++i)
            texts.push_back(std::string(size_t(i % 9), char('a' + i % 5)) + std::to_string(i));
        std::vector<quint32> ids;
        for (const std::string &t : texts)
            ids.push_back(pool.intern(t));
        for (int round = 0; round < 2; ++round) {
            for (size_t k = 0; k < texts.size(); ++k) {
                const size_t i = round == 0 ? k : texts.size() - 1 - k;
                QCOMPARE(pool.intern(texts[i]), ids[i]);
                QCOMPARE(pool.at(ids[i]), std::string_view(texts[i]));
            }
        }
        std::sort(ids.begin(), ids.end());
        QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
        QCOMPARE(pool.size(), quint32(texts.size() + 1));
    }

    void arenaKeepsViewsValid()
    {
        ByteArena arena;
        std::vector<ByteArena::Ref> refs;
        for (int i = 0; i < 50000; ++i)
            refs.push_back(arena.append(std::to_string(i) + "-message"));
        const std::string big(600 * 1024, 'x');
        const auto bigRef = arena.append(big);
        QCOMPARE(arena.view(refs.front()), std::string_view("0-message"));
        QCOMPARE(arena.view(refs[49999]), std::string_view("49999-message"));
        QCOMPARE(arena.view(bigRef).size(), big.size());
    }

    void storesColumns()
    {
        LogStore store;
        EntryFields e;
        e.timestampNs = 1757719525043000000;
        e.severity = Severity::Error;
        e.service = "svc";
        e.message = "boom";
        e.function = "route_message";
        e.line = 1271;
        store.append(e);
        e.severity = Severity::Warning;
        e.message = "calm";
        store.append(e);
        QCOMPARE(store.size(), size_t(2));
        QCOMPARE(store.message(0), std::string_view("boom"));
        QCOMPARE(store.message(1), std::string_view("calm"));
        QCOMPARE(store.serviceId(0), store.serviceId(1));
        QCOMPARE(store.line(1), 1271);
        QVERIFY(store.rawJson(0).isEmpty()); // no source registered
    }

    // Ids come back byte for byte, whether they were packed (lowercase hex) or not.
    void idsComeBackExactly_data()
    {
        QTest::addColumn<QByteArray>("insertId");
        QTest::addColumn<QByteArray>("trace");
        QTest::addColumn<QByteArray>("spanId");
        auto row = [](const char *name, const char *id, const char *trace, const char *span) {
            QTest::newRow(name) << QByteArray(id) << QByteArray(trace) << QByteArray(span);
        };
        row("cloud logging", "68c3be586c3bcb50907d98e1",
            "projects/orders-prod/traces/0af7651916cd43dd8448eb211c80319c", "a1b2c3d4e5f60718");
        row("odd digit counts", "0123456789abcde", "projects/p/traces/000000000", "123456789");
        row("leading zeros", "00000000a", "projects/p/traces/00000000000000000000000000000001",
            "0000000000000000");
        row("upper case kept as is", "68C3BE586C3BCB50907D98E1",
            "projects/p/traces/0AF7651916CD43DD8448EB211C80319C", "A1B2C3D4E5F60718");
        row("too short to pack", "abc1234", "projects/p/traces/1234567", "beef");
        row("not hex", "good-2", "projects/p/traces/not-a-trace-id", "span-x");
        row("slashes", "a/b", "traces/0af7651916cd43dd8448eb211c80319c/", "0/1");
        row("bare trace id", "1", "0af7651916cd43dd8448eb211c80319c", "");
        row("empty", "", "", "");
        row("longer than the buffer", QByteArray(200, 'a').constData(),
            QByteArray("projects/p/traces/" + QByteArray(120, 'b')).constData(),
            QByteArray(129, '7').constData());
        row("utf-8", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", "projects/\xc3\xa9/traces/abcdef0123",
            "\xff\xfe");
        // Digits are checked and packed sixteen at a time, then one by one.
        row("sixteen and seventeen digits", "0123456789abcdef",
            "projects/p/traces/0af7651916cd43dd8448eb211c80319c5", "0123456789abcdef0");
        row("a slash among the trace's last digits", "fedcba9876543210fedcba98",
            "projects/p/traces/0af7651916cd43dd/448eb211c80319c1",
            "projects/p/traces/0af7651916cd43dd8448eb211c80319");
        // One byte just outside a digit range, at a lane's first, middle or last byte.
        const QByteArray digits = "0af7651916cd43dd8448eb211c80319c";
        for (const char bad :
             {'/', ':', '@', '`', 'g', 'A', 'F', ' ', '\x80', '\xb0', '\xe1', '\xff'}) {
            for (const int at : {0, 7, 15, 16, 31}) {
                QByteArray id = digits;
                id[at] = bad;
                const QByteArray name =
                    "byte " + QByteArray::number(uchar(bad)) + " at " + QByteArray::number(at);
                QTest::newRow(name.constData())
                    << id << QByteArray("projects/p/traces/" + id) << id.left(16);
            }
        }
    }

    void idsComeBackExactly()
    {
        QFETCH(QByteArray, insertId);
        QFETCH(QByteArray, trace);
        QFETCH(QByteArray, spanId);
        LogStore store;
        EntryFields e;
        e.message = "first";
        store.append(e);
        e.insertId = std::string_view(insertId.constData(), size_t(insertId.size()));
        e.trace = std::string_view(trace.constData(), size_t(trace.size()));
        e.spanId = std::string_view(spanId.constData(), size_t(spanId.size()));
        e.message = "the message";
        store.append(e);
        QCOMPARE(QByteArray::fromStdString(store.insertId(1).str()), insertId);
        QCOMPARE(QByteArray::fromStdString(store.trace(1).str()), trace);
        QCOMPARE(QByteArray::fromStdString(store.spanId(1).str()), spanId);
        const StoredText kept = store.trace(1);
        const StoredText copy = kept; // a copy views its own bytes
        QCOMPARE(std::string_view(copy), std::string_view(trace.constData(), size_t(trace.size())));
        QCOMPARE(store.message(1), std::string_view("the message"));
        QCOMPARE(store.message(0), std::string_view("first"));
        QVERIFY(store.trace(0).empty());
    }

    // Cloud Logging's ids take less than half their text once packed.
    void packedIdsAreSmaller()
    {
        auto arenaBytes = [](bool hex) {
            LogStore store;
            char id[25], trace[64], span[17];
            for (int k = 0; k < 100000; ++k) {
                std::snprintf(id, sizeof id, hex ? "%024x" : "%024X", k * 7919 + 1);
                std::snprintf(trace, sizeof trace,
                              hex ? "projects/p/traces/%032x" : "projects/p/traces/%032X", k);
                std::snprintf(span, sizeof span, hex ? "%016x" : "%016X", k * 31 + 10);
                EntryFields e;
                e.message = "m";
                e.insertId = id;
                e.trace = trace;
                e.spanId = span;
                store.append(e);
            }
            return store.memoryBytes();
        };
        const size_t packed = arenaBytes(true), text = arenaBytes(false);
        QVERIFY2(packed + 100000 * 40 < text,
                 qPrintable(QStringLiteral("%1 against %2").arg(packed).arg(text)));
    }

    void errorSaysWhere()
    {
        const Error e{QStringLiteral("a.json"), 12, 345, QStringLiteral("unexpected end")};
        QCOMPARE(e.toString(), QStringLiteral("a.json:12 (byte 345): unexpected end"));
        const Error bare{{}, -1, -1, QStringLiteral("oops")};
        QCOMPARE(bare.toString(), QStringLiteral("oops"));
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
