// gzip input's raw JSON is found again in the compressed input (GzipRawSource): every entry
// comes back byte for byte in any order of asking, across gzip members and the padding between
// them, from a file or from bytes; the memory kept is a small part of the JSON; a file cut
// short afterwards gives what it still holds and nothing wrong.
#include "core/logs/gzipsource.h"
#include "core/logs/logreader.h"
#include "tests/common/gzipbytes.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <numeric>
#include <random>

using namespace gardener;

namespace {

using test::gzip;

// JSON Lines entries with a message of varying words and numbers, so deflate finds matches
// both near and up to its whole window back, as in real exports.
QList<QByteArray> entries(int count, quint32 seed)
{
    static const char *words[] = {"checkout", "payment", "timeout", "retry",  "upstream",
                                  "refused",  "session", "cache",   "worker", "deadline"};
    QRandomGenerator rng(seed);
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        QByteArray message;
        const int n = 3 + int(rng.bounded(12));
        for (int w = 0; w < n; ++w)
            message += QByteArray(words[rng.bounded(10)]) + ' ' +
                       QByteArray::number(rng.bounded(100000)) + ' ';
        out.append(QStringLiteral(R"({"insertId":"e-%1","severity":"ERROR",)"
                                  R"("timestamp":"2026-11-02T10:%2:%3Z","textPayload":"%4"})")
                       .arg(i)
                       .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(QString::fromLatin1(message.trimmed()))
                       .toUtf8());
    }
    return out;
}

QByteArray joined(const QList<QByteArray> &lines)
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l + '\n';
    return out;
}

// Each entry's raw JSON against the line it was made from, asked in `order`.
void compareRaw(const LogStore &store, const QList<QByteArray> &lines,
                const std::vector<size_t> &order)
{
    QCOMPARE(store.size(), size_t(lines.size()));
    for (const size_t i : order)
        QCOMPARE(store.rawJson(i), lines[qsizetype(i)]);
}

std::vector<size_t> orders(size_t n, int which)
{
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    if (which == 1)
        std::reverse(order.begin(), order.end());
    if (which == 2)
        std::shuffle(order.begin(), order.end(), std::mt19937(7));
    return order;
}

const GzipRawSource *sourceOf(const LogStore &store)
{
    return dynamic_cast<const GzipRawSource *>(store.sources().back().get());
}

} // namespace

class TestGzipSource : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryComesBackInAnyOrder_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("order");
        for (const int threads : {1, 2})
            for (const int order : {0, 1, 2})
                QTest::addRow("%d thread(s), %s", threads,
                              order == 0   ? "in order"
                              : order == 1 ? "backwards"
                                           : "shuffled")
                    << threads << order;
    }
    void everyEntryComesBackInAnyOrder()
    {
        QFETCH(int, threads);
        QFETCH(int, order);
        const QList<QByteArray> lines = entries(6000, 11);
        const QByteArray json = joined(lines);
        ReadOptions options;
        options.threads = threads;
        options.gzipPointSpacing = 32768;
        LogStore store;
        const auto report =
            LogReader::readBytes(gzip(json), QStringLiteral("a.jsonl.gz"), store, options);
        QVERIFY(report.has_value());
        QVERIFY(report->gzip);
        const GzipRawSource *source = sourceOf(store);
        QVERIFY(source);
        // One point at the start, then one at the first deflate block's end 32 KiB or more
        // after the last (this data's blocks hold about 130 KiB each): the entries are not
        // all inflated from the start.
        QVERIFY2(source->pointCount() > 4, qPrintable(QString::number(source->pointCount())));
        compareRaw(store, lines, orders(lines.size(), order));
    }

    // Concatenated gzip files (with NUL padding between two of them, as some tools write) are
    // one stream of JSON: an entry cut across two members comes back whole.
    void membersAndPaddingAreFollowed()
    {
        const QList<QByteArray> lines = entries(3000, 12);
        const QByteArray json = joined(lines);
        const qsizetype cut1 = json.size() / 3 + 17, cut2 = 2 * json.size() / 3 + 5;
        QVERIFY(json[cut1 - 1] != '\n' && json[cut2 - 1] != '\n');
        const QByteArray bytes = gzip(json.left(cut1), 1) + gzip(json.mid(cut1, cut2 - cut1)) +
                                 QByteArray(3, '\0') + gzip(json.mid(cut2), 9);
        for (const int threads : {1, 2}) {
            ReadOptions options;
            options.threads = threads;
            options.gzipPointSpacing = 65536;
            LogStore store;
            const auto report =
                LogReader::readBytes(bytes, QStringLiteral("joined.jsonl.gz"), store, options);
            QVERIFY(report.has_value());
            QCOMPARE(report->problemCount, quint64(0));
            for (const int order : {0, 1, 2}) {
                compareRaw(store, lines, orders(lines.size(), order));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    // With the default spacing only the points are kept: a small part of the JSON. This data
    // deflates to a quarter only, so keeping the entries deflated, or the windows as they
    // are, would hold about a quarter of it; the points hold about a sixteenth.
    void memoryIsASmallPartOfTheJson()
    {
        const QByteArray json = joined(entries(40000, 13));
        QVERIFY(json.size() > (6 << 20));
        LogStore store;
        QVERIFY(LogReader::readBytes(gzip(json), QStringLiteral("m.jsonl.gz"), store, {}));
        const GzipRawSource *source = sourceOf(store);
        QVERIFY(source);
        const size_t kept = source->memoryBytes();
        QVERIFY2(
            kept * 12 < size_t(json.size()),
            qPrintable(
                QStringLiteral("%1 bytes kept for %2 bytes of JSON").arg(kept).arg(json.size())));
        QVERIFY(source->pointCount() > 4);
    }

    // The file is read again for raw JSON: cut short after reading, it gives the entries it
    // still holds and nothing (never other bytes) for the rest.
    void aFileCutShortGivesWhatItHolds()
    {
        const QList<QByteArray> lines = entries(4000, 14);
        const QByteArray zipped = gzip(joined(lines));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.jsonl.gz"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(zipped);
        f.close();
        ReadOptions options;
        options.gzipPointSpacing = 32768;
        LogStore store;
        QVERIFY(LogReader::readFile(path, store, options));
        QCOMPARE(store.size(), size_t(lines.size()));
        QVERIFY(f.resize(zipped.size() / 2));
        QCOMPARE(store.rawJson(0), lines[0]);
        QCOMPARE(store.rawJson(1), lines[1]);
        const size_t last = store.size() - 1;
        QCOMPARE(store.rawJson(last), QByteArray());
        for (size_t i = 0; i < store.size(); ++i) {
            const QByteArray raw = store.rawJson(i);
            QVERIFY(raw.isEmpty() || raw == lines[qsizetype(i)]);
        }
    }

    // Input cut short while reading: the entries read before the cut keep their raw JSON.
    void truncatedInputKeepsWhatWasRead()
    {
        const QList<QByteArray> lines = entries(3000, 15);
        const QByteArray zipped = gzip(joined(lines));
        ReadOptions options;
        options.gzipPointSpacing = 16384;
        LogStore store;
        const auto report = LogReader::readBytes(zipped.left(zipped.size() * 2 / 3),
                                                 QStringLiteral("short.jsonl.gz"), store, options);
        QVERIFY(report.has_value());
        QVERIFY(report->problemCount > 0);
        QVERIFY(store.size() > 1000 && store.size() < 3000);
        std::vector<size_t> all(store.size());
        std::iota(all.begin(), all.end(), size_t(0));
        std::reverse(all.begin(), all.end());
        for (const size_t i : all)
            QCOMPARE(store.rawJson(i), lines[qsizetype(i)]);
    }
};

QTEST_GUILESS_MAIN(TestGzipSource)
#include "tst_gzipsource.moc"
