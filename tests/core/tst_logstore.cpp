#include "core/logs/logstore.h"
#include "core/util/error.h"

#include <QTest>

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
