// Bounded memory on hostile input: an entry over the size limit is rejected with where it is,
// a gzip bomb (1 GiB of tiny entries in a few MB, generated here, streaming) stops at the entry
// limit under a stated peak memory, the limits can be raised, samples are capped, and a cut
// gzip is an error of `cluster`, not an empty success.
#include "app/cli/clustercommand.h"
#include "app/cli/inspectcommand.h"
#include "core/logs/logreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace gardener;

namespace {

QByteArray entry(int n, const QByteArray &message = "ok")
{
    return R"({"timestamp":"2026-01-01T00:00:00Z","severity":"ERROR","textPayload":")" + message +
           R"(","insertId":"i)" + QByteArray::number(n) + "\"}\n";
}

// Writes `inflated` bytes of one repeated tiny entry as gzip, streaming (nothing big in memory).
bool writeBomb(const QString &path, qint64 inflated)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), "wb6");
    if (!f)
        return false;
    QByteArray block;
    while (block.size() < (1 << 20))
        block += entry(1, "x");
    for (qint64 written = 0; written < inflated; written += block.size()) {
        if (gzwrite(f, block.constData(), unsigned(block.size())) != int(block.size())) {
            gzclose(f);
            return false;
        }
    }
    return gzclose(f) == Z_OK;
}

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int runCommand(cli::Command &&command, const QStringList &args, QString *errText,
               QString *outText = nullptr)
{
    QString o, e;
    QTextStream out(&o), err(&e);
    const int code = command.run(args, out, err);
    out.flush();
    err.flush();
    *errText = e;
    if (outText)
        *outText = o;
    return code;
}

} // namespace

class TestReaderLimits : public QObject
{
    Q_OBJECT
private slots:
    void oversizedEntryIsRejectedSayingWhere()
    {
        QByteArray input = entry(1) + entry(2, QByteArray(2 * 1024 * 1024, 'y')) + entry(3);
        LogStore store;
        const auto report = LogReader::readBytes(input, QStringLiteral("big.json"), store);
        QVERIFY(report.has_value());
        QCOMPARE(store.size(), size_t(2));
        QCOMPARE(report->skipped, quint64(1));
        const Error &e = report->problems.first();
        QCOMPARE(e.line, qint64(2));
        QCOMPARE(e.offset, qint64(entry(1).size()));
        QVERIFY2(e.what.contains(QStringLiteral("larger than the limit of 1048576 bytes")),
                 qPrintable(e.what));
    }

    void samplesAreCapped()
    {
        QByteArray input = entry(1, QByteArray(500 * 1024, 'z'));
        LogStore store;
        QVERIFY(LogReader::readBytes(input, QStringLiteral("s.json"), store).has_value());
        QCOMPARE(store.size(), size_t(1));
        const QByteArray sample = store.sampleJson(0);
        QVERIFY(sample.size() <= LogStore::MaxSampleBytes + 512);
        QVERIFY(sample.contains("sample shortened"));
        QVERIFY(QJsonDocument::fromJson(sample).isObject());
        QCOMPARE(store.sampleJson(0, 1 << 20), store.rawJson(0)); // small enough: as it was
    }

    void entryAndSizeLimitsStopReadingAndSaySo()
    {
        QByteArray input;
        for (int n = 0; n < 50; ++n)
            input += entry(n);
        ReadOptions options;
        options.maxEntries = 20;
        LogStore store;
        auto report = LogReader::readBytes(input, QStringLiteral("many.json"), store, options);
        QVERIFY(report.has_value());
        QCOMPARE(store.size(), size_t(20));
        QVERIFY(report->truncated);
        QVERIFY(!report->complete());
        QVERIFY2(report->problems.first().what.contains(QStringLiteral("--max-entries")),
                 qPrintable(report->problems.first().what));
        QVERIFY(
            report->problems.first().what.contains(QStringLiteral("first 20 entries were kept")));

        ReadOptions small;
        small.maxDecodedBytes = 4096;
        small.chunkBytes = 4096;
        QByteArray large;
        while (large.size() < 64 * 1024)
            large += entry(int(large.size()));
        LogStore store2;
        report = LogReader::readBytes(large, QStringLiteral("large.json"), store2, small);
        QVERIFY(report.has_value());
        QVERIFY(report->truncated);
        QVERIFY(store2.size() > 0 && store2.size() < 200);
        QVERIFY2(report->problems.first().what.contains(QStringLiteral("--max-input-mb")),
                 qPrintable(report->problems.first().what));
    }

    void commandLineLimitsCanBeRaised()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int n = 0; n < 30; ++n)
            f.write(entry(n));
        f.close();
        QString err, out;
        QCOMPARE(runCommand(cli::InspectCommand(),
                            {QStringLiteral("--max-entries"), QStringLiteral("10"), path}, &err,
                            &out),
                 int(cli::ExitPartial));
        QVERIFY2(out.contains(QStringLiteral("Entries:    10")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("--max-entries")));
        QCOMPARE(runCommand(cli::InspectCommand(),
                            {QStringLiteral("--max-entries"), QStringLiteral("100"), path}, &err,
                            &out),
                 int(cli::ExitOk));
        QCOMPARE(runCommand(cli::InspectCommand(),
                            {QStringLiteral("--max-entries"), QStringLiteral("many"), path}, &err),
                 int(cli::ExitUsage));
        QVERIFY(err.contains(QStringLiteral("positive whole number")));
    }

    void cutOrCorruptGzipIsAnErrorOfCluster()
    {
        QTemporaryDir dir;
        QByteArray plain;
        for (int n = 0; n < 2000; ++n)
            plain += entry(n, "payment failed for order " + QByteArray::number(n));
        const QString gz = dir.filePath(QStringLiteral("whole.json.gz"));
        gzFile g = gzopen(QFile::encodeName(gz).constData(), "wb");
        QVERIFY(g);
        gzwrite(g, plain.constData(), unsigned(plain.size()));
        gzclose(g);
        QFile whole(gz);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();

        const QString cut = dir.filePath(QStringLiteral("cut.json.gz"));
        QFile c(cut);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(bytes.left(bytes.size() / 2));
        c.close();
        QString err;
        const int code = runCommand(cli::ClusterCommand(), {cut}, &err);
        QVERIFY2(code != cli::ExitOk, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("ends early")), qPrintable(err));

        QByteArray damaged = bytes;
        for (qsizetype i = 20; i < 60; ++i)
            damaged[i] = char(damaged[i] ^ 0x5a);
        const QString bad = dir.filePath(QStringLiteral("corrupt.json.gz"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(damaged);
        b.close();
        QVERIFY(runCommand(cli::ClusterCommand(), {bad}, &err) != cli::ExitOk);
        QVERIFY2(err.contains(QStringLiteral("compressed data is corrupt")), qPrintable(err));
    }

    // The stated figure (docs/security.md, "Limits"): reading a 1 GiB gzip bomb of tiny entries
    // keeps 2,000,000 entries and peaks under 512 MiB (measured: about 200 MiB).
    void gzipBombStaysUnderTheStatedPeak()
    {
        QTemporaryDir dir;
        const QString bomb = dir.filePath(QStringLiteral("bomb.json.gz"));
        QVERIFY(writeBomb(bomb, qint64(1) << 30));
        QVERIFY(QFileInfo(bomb).size() < 16 * 1024 * 1024);
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--read-bomb"), bomb});
        child.start();
        QVERIFY(child.waitForFinished(240000));
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields[0].toULongLong(), ReadOptions::DefaultMaxEntries);
        QCOMPARE(fields[1], QByteArray("truncated"));
        const qint64 peak = fields[2].toLongLong();
        QVERIFY2(peak > 0 && peak < 512 * 1024,
                 qPrintable(QStringLiteral("peak %1 KiB").arg(peak)));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--read-bomb") == 0) {
        QCoreApplication app(argc, argv);
        LogStore store;
        const auto report = LogReader::readFile(QString::fromLocal8Bit(argv[2]), store);
        if (!report)
            return 2;
        printf("%zu %s %lld\n", store.size(), report->truncated ? "truncated" : "complete",
               peakKiB());
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestReaderLimits test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_readerlimits.moc"
