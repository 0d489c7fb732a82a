#include "tests/common/cloudrunentries.h"

#include "core/evidence/attributeindex.h"
#include "core/evidence/difference.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"

#include <QTest>

using namespace gardener;
using namespace gardener::evidence;
using gardener::test::CloudRunEntry;
using gardener::test::CloudRunLog;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
const QString Planted = QStringLiteral("00a1c9e4b7f25d8e3c1a6b0f9e2d4c7a8b1e3f50");

QString instance(int i)
{
    return i == 0 ? Planted : QStringLiteral("00b%1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2").arg(i);
}

CloudRunEntry entry(int i, const QString &message)
{
    static const QString methods[] = {QStringLiteral("GET"), QStringLiteral("POST"),
                                      QStringLiteral("PUT")};
    CloudRunEntry e;
    e.time = T0.addMSecs(qint64(i) * 250);
    e.revision = QStringLiteral("api-00645-xq");
    e.message = message.arg(i);
    e.method = methods[i % 3];
    e.status = i % 5 == 0 ? 500 : 200;
    e.userAgent = i % 2 ? QStringLiteral("Mozilla/5.0") : QStringLiteral("okhttp/4.12");
    e.labels = {{QStringLiteral("request_id"), QStringLiteral("req-%1").arg(i)}};
    return e;
}

// 3,000 entries spread over 10 instances, 210 of them (7%) on the planted one.
void addBaseline(CloudRunLog &log)
{
    for (int i = 0; i < 3000; ++i) {
        CloudRunEntry e = entry(i, QStringLiteral("request served in %1 ms"));
        e.instance = i < 210 ? instance(0) : instance(1 + i % 9);
        log.add(e);
    }
}

std::vector<quint64> range(quint64 from, quint64 to)
{
    std::vector<quint64> out;
    for (quint64 i = from; i < to; ++i)
        out.push_back(i);
    return out;
}

} // namespace

class TestEvidenceDifference : public QObject
{
    Q_OBJECT
private slots:
    void plantedInstanceSkewIsFoundFirst()
    {
        CloudRunLog log;
        addBaseline(log);
        // The cluster: 250 entries, 230 (92%) on the planted instance, same methods, statuses
        // and agents as everyone else.
        for (int i = 0; i < 250; ++i) {
            CloudRunEntry e = entry(i, QStringLiteral("connection pool exhausted on worker %1"));
            e.instance = i < 230 ? instance(0) : instance(1 + i % 9);
            log.add(e);
        }
        auto store = log.readStore();
        QVERIFY(store);
        const AttributeIndex index = AttributeIndex::build(*store);
        QCOMPARE(index.entryCount(), size_t(3250));
        const auto diffs = compareSelection(index, range(3000, 3250));
        QCOMPARE(diffs.size(), size_t(1));
        const Difference &d = diffs.front();
        QCOMPARE(d.attribute, QStringLiteral("instance"));
        QCOMPARE(d.value, Planted);
        QCOMPARE(d.inSelection, quint64(230));
        QCOMPARE(d.selectionSize, quint64(250));
        QCOMPARE(d.inRest, quint64(210));
        QCOMPARE(d.restSize, quint64(3000));
        QCOMPARE(d.statement(),
                 QStringLiteral("instance 00a1c9e4b7f25d8e3c1a6b0\u2026: 92% of this cluster, "
                                "7% of the rest (230 of 250 vs 210 of 3,000)"));
    }

    void noSkewClaimsNothing()
    {
        CloudRunLog log;
        addBaseline(log);
        // Same mix as the baseline: 7% on the planted instance, the rest round robin.
        for (int i = 0; i < 300; ++i) {
            CloudRunEntry e = entry(i, QStringLiteral("connection pool exhausted on worker %1"));
            e.instance = i < 21 ? instance(0) : instance(1 + i % 9);
            log.add(e);
        }
        auto store = log.readStore();
        const AttributeIndex index = AttributeIndex::build(*store);
        QVERIFY(compareSelection(index, range(3000, 3300)).empty());
    }

    void severalAttributesRankedByGain()
    {
        CloudRunLog log;
        addBaseline(log);
        for (int i = 0; i < 100; ++i) {
            CloudRunEntry e = entry(i, QStringLiteral("upload rejected for file %1"));
            e.instance = instance(0);         // 100% vs 7%
            e.method = QStringLiteral("PUT"); // 100% vs 33%
            e.status = i < 60 ? 413 : 200;    // 60% vs 0%
            log.add(e);
        }
        auto store = log.readStore();
        const AttributeIndex index = AttributeIndex::build(*store);
        const auto diffs = compareSelection(index, range(3000, 3100));
        QCOMPARE(diffs.size(), size_t(3));
        QCOMPARE(diffs[0].attribute, QStringLiteral("instance"));
        QCOMPARE(diffs[1].attribute, QStringLiteral("method"));
        QCOMPARE(diffs[1].value, QStringLiteral("PUT"));
        QCOMPARE(diffs[1].inRest, quint64(1000));
        QCOMPARE(diffs[2].attribute, QStringLiteral("http status"));
        QCOMPARE(diffs[2].value, QStringLiteral("413"));
        QCOMPARE(diffs[2].inSelection, quint64(60));
        QCOMPARE(diffs[2].inRest, quint64(0));
    }

    void highCardinalityAttributesAreLeftOut()
    {
        CloudRunLog log;
        addBaseline(log);
        auto store = log.readStore();
        const AttributeIndex index = AttributeIndex::build(*store);
        bool sawRequestId = false;
        for (quint32 a = 0; a < index.attributeCount(); ++a) {
            if (index.attributeName(a) == QLatin1String("label request_id")) {
                sawRequestId = true;
                QVERIFY(!index.usable(a));
            }
            if (index.attributeName(a) == QLatin1String("instance"))
                QVERIFY(index.usable(a));
        }
        QVERIFY(sawRequestId);
        // A selection of one request id each: no claim about request ids.
        const auto diffs = compareSelection(index, range(0, 20));
        for (const auto &d : diffs)
            QVERIFY(d.attribute != QLatin1String("label request_id"));
    }

    void timeRangeSelection()
    {
        CloudRunLog log;
        addBaseline(log);
        auto store = log.readStore();
        // Entries 0..209 are the planted instance and come first in time.
        const qint64 from = T0.toMSecsSinceEpoch() * 1'000'000;
        const qint64 to = from + qint64(50) * 1'000'000'000; // 200 entries at 4 per second
        const auto selection = entriesInTimeRange(*store, range(0, 3000), from, to);
        QCOMPARE(selection.size(), size_t(200));
        const AttributeIndex index = AttributeIndex::build(*store);
        const auto diffs = compareSelection(index, selection);
        QVERIFY(!diffs.empty());
        QCOMPARE(diffs.front().attribute, QStringLiteral("instance"));
        QCOMPARE(diffs.front().inRest, quint64(10));
    }

    void tinySelectionClaimsNothing()
    {
        CloudRunLog log;
        addBaseline(log);
        auto store = log.readStore();
        const AttributeIndex index = AttributeIndex::build(*store);
        QVERIFY(compareSelection(index, {0, 1, 2}).empty());
    }

    void payloadKeysAndErrorGroups()
    {
        CloudRunLog log;
        CloudRunEntry e = entry(1, QStringLiteral("boom %1"));
        e.stackTrace = QStringLiteral("Traceback (most recent call last):\n  File \"/app/x.py\", "
                                      "line 3, in f\nKeyError: 'a'");
        e.errorGroup = QStringLiteral("CNGq2NnT0Lf0eA");
        e.commitSha = QStringLiteral("4f2a9c1");
        log.add(e);
        log.add(entry(2, QStringLiteral("fine %1")));
        auto store = log.readStore();
        const AttributeIndex index = AttributeIndex::build(*store);
        QVERIFY(index.hasStackTrace(0));
        QVERIFY(!index.hasStackTrace(1));
        QCOMPARE(index.errorGroup(0), QStringLiteral("CNGq2NnT0Lf0eA"));
        QCOMPARE(index.errorGroup(1), QString());
        QCOMPARE(index.commit(0), QStringLiteral("4f2a9c1"));
        QStringList keys;
        for (quint32 v : index.valuesOf(0)) {
            if (index.attributeName(index.attributeOf(v)) == QLatin1String("payload key"))
                keys << index.valueText(v);
        }
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("message"), QStringLiteral("stack_trace")}));
    }

    void oddShapesAreSkippedNotFatal()
    {
        // Valid entries whose optional parts have shapes the index does not expect.
        QByteArray lines;
        const char *const odd[] = {
            R"({"timestamp":"2026-03-01T10:00:00Z","textPayload":"a","labels":"not-an-object"})",
            R"({"timestamp":"2026-03-01T10:00:01Z","textPayload":"b","errorGroups":{"id":"x"}})",
            R"({"timestamp":"2026-03-01T10:00:02Z","textPayload":"c","errorGroups":[1,"two",{"id":3}]})",
            R"({"timestamp":"2026-03-01T10:00:03Z","jsonPayload":{"message":"d","stack_trace":5},"httpRequest":[]})",
            R"({"timestamp":"2026-03-01T10:00:04Z","textPayload":"e","labels":{"instanceId":7,"k":"v"}})",
        };
        for (const char *line : odd)
            lines += QByteArray(line) + '\n';
        LogStore store;
        ReadOptions lenient;
        lenient.strict = false; // the reader keeps them; the index must cope
        auto report = LogReader::readBytes(lines, QStringLiteral("odd.jsonl"), store, lenient);
        QVERIFY(report.has_value());
        QCOMPARE(store.size(), size_t(5));
        const AttributeIndex index = AttributeIndex::build(store);
        QCOMPARE(index.entryCount(), size_t(5));
        for (size_t i = 0; i < 5; ++i)
            QCOMPARE(index.errorGroup(i), QString());
        QVERIFY(index.hasStackTrace(3)); // a stack_trace member, whatever its type
        bool sawLabel = false;
        for (quint32 v : index.valuesOf(4))
            sawLabel =
                sawLabel || (index.attributeName(index.attributeOf(v)) == QLatin1String("label k"));
        QVERIFY(sawLabel);
    }

    void stackTraceShapes()
    {
        QVERIFY(looksLikeStackTrace("Traceback (most recent call last):\n  File \"a.py\""));
        QVERIFY(looksLikeStackTrace("TypeError: x is undefined\n    at f (/app/src/a.js:3:5)"));
        QVERIFY(looksLikeStackTrace("panic: boom\n\ngoroutine 1 [running]:\nmain.main()"));
        QVERIFY(!looksLikeStackTrace("WARNING slow request at 10:00"));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceDifference)
#include "tst_evidence_difference.moc"
