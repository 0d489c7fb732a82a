#include "core/util/allocatortuning.h"
#include "tests/common/testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#endif

using gardener::util::kAllocatorTunables;
using gardener::util::kAllocatorTunablesSmallPages;
using gardener::util::tunedAllocatorEnvironment;

namespace {

// The environment the process was started with, as /proc shows it (unsetenv later does not
// change it, so it tells whether the process was re-executed with the tunables).
QStringList startEnvironment(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList vars;
    for (const QByteArray &v : f.readAll().split('\0'))
        if (!v.isEmpty())
            vars << QString::fromLocal8Bit(v);
    return vars;
}

#if defined(__linux__) && defined(__GLIBC__)
// How many arenas glibc has made, as malloc_info() lists them.
int arenaCount()
{
    char *text = nullptr;
    size_t size = 0;
    FILE *f = ::open_memstream(&text, &size);
    if (!f)
        return -1;
    ::malloc_info(0, f);
    std::fclose(f);
    const QByteArray xml(text, qsizetype(size));
    std::free(text);
    return int(xml.count("<heap nr="));
}
#endif

} // namespace

class TestAllocatorTuning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentRules()
    {
        QCOMPARE(tunedAllocatorEnvironment(nullptr, false).value_or("none"),
                 std::string(kAllocatorTunables));
        QCOMPARE(tunedAllocatorEnvironment("", false).value_or("none"),
                 std::string(kAllocatorTunables));
        // Other glibc tunables are kept, ours added after them.
        QCOMPARE(tunedAllocatorEnvironment("glibc.cpu.x86_rep_movsb_threshold=4096", false)
                     .value_or("none"),
                 std::string("glibc.cpu.x86_rep_movsb_threshold=4096:") + kAllocatorTunables);
        // The user's own malloc settings win; the opt-out is respected.
        QVERIFY(!tunedAllocatorEnvironment("glibc.malloc.arena_max=2", false));
        QVERIFY(!tunedAllocatorEnvironment(nullptr, true));
        // Without huge pages: the other two settings, nothing about huge pages.
        const std::string small = tunedAllocatorEnvironment(nullptr, false, false).value_or("");
        QCOMPARE(small, std::string(kAllocatorTunablesSmallPages));
        QVERIFY(small.find("hugetlb") == std::string::npos);
        QVERIFY(small.find("glibc.malloc.arena_max=1") != std::string::npos);
        QVERIFY(!tunedAllocatorEnvironment(nullptr, true, false));
    }

    void choices()
    {
        using gardener::util::AllocatorChoice;
        using gardener::util::allocatorChoice;
        QCOMPARE(allocatorChoice(nullptr), AllocatorChoice::Automatic);
        QCOMPARE(allocatorChoice(""), AllocatorChoice::Automatic);
        QCOMPARE(allocatorChoice("system"), AllocatorChoice::System);
        QCOMPARE(allocatorChoice("hugepages"), AllocatorChoice::HugePages);
        QCOMPARE(allocatorChoice("HUGEPAGES"), AllocatorChoice::Automatic);
    }

    // A sysfs tree written by hand: balloon devices with and without free page reporting.
    void hostReclaimsFreeMemory_data()
    {
        QTest::addColumn<QStringList>("devices"); // "name=features"
        QTest::addColumn<bool>("reclaims");
        const QString reporting = QStringLiteral("0110010100000000000000000000000010000000");
        const QString statsOnly = QStringLiteral("0110000000000000000000000000000010000000");
        QTest::newRow("no balloon") << QStringList() << false;
        QTest::newRow("balloon with reporting")
            << QStringList{QStringLiteral("virtio0=") + reporting} << true;
        QTest::newRow("balloon without reporting")
            << QStringList{QStringLiteral("virtio0=") + statsOnly} << false;
        QTest::newRow("second balloon reports")
            << QStringList{QStringLiteral("virtio0=") + statsOnly,
                           QStringLiteral("virtio3=") + reporting}
            << true;
        QTest::newRow("features cut short")
            << QStringList{QStringLiteral("virtio0=01100")} << false;
        QTest::newRow("not a device entry")
            << QStringList{QStringLiteral("module=") + reporting} << false;
    }
    void hostReclaimsFreeMemory()
    {
        QFETCH(QStringList, devices);
        QFETCH(bool, reclaims);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString driver = root.filePath(QStringLiteral("bus/virtio/drivers/virtio_balloon"));
        QVERIFY(QDir().mkpath(driver));
        for (const QString &d : devices) {
            const QString name = d.section(QLatin1Char('='), 0, 0);
            QVERIFY(QDir(driver).mkpath(name));
            QFile f(driver + QLatin1Char('/') + name + QStringLiteral("/features"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(d.section(QLatin1Char('='), 1).toLatin1() + '\n');
        }
        QCOMPARE(
            gardener::util::hostReclaimsFreeMemory(QFile::encodeName(root.path()).toStdString()),
            reclaims);
        // A tree without the driver at all (not a virtual machine, or no balloon).
        QVERIFY(!gardener::util::hostReclaimsFreeMemory(
            QFile::encodeName(root.filePath(QStringLiteral("absent"))).toStdString()));
    }

    // What the process sets without starting again: large blocks stay in the heap, and every
    // thread allocates from the one arena.
    void inProcessSettings()
    {
#if !defined(__linux__) || !defined(__GLIBC__)
        QSKIP("mallopt is glibc's (Linux only)");
#else
        if (!gardener::util::allocatorTuningBuiltIn())
            QSKIP("this build leaves the allocator alone (sanitizers bring their own)");
        const int arenas = arenaCount(); // the test's own threads (its watchdog) may have some
        QVERIFY(arenas >= 1);
        QVERIFY(gardener::util::tuneAllocatorInProcess());
        const size_t mappedBefore = ::mallinfo2().hblks;
        void *large = std::malloc(4 << 20); // above glibc's default threshold of 128 KiB
        QVERIFY(large);
        QCOMPARE(::mallinfo2().hblks, mappedBefore);
        std::free(large);
        // Four threads allocating at the same time: with glibc's defaults each would take an
        // arena of its own (below eight per core), so there would be more afterwards.
        constexpr int Threads = 4;
        std::atomic_int waiting{Threads};
        auto allocate = [&waiting] {
            void *p = std::malloc(1000);
            --waiting;
            while (waiting.load() > 0)
                std::this_thread::yield();
            std::free(p);
        };
        std::vector<std::thread> threads;
        for (int i = 0; i < Threads; ++i)
            threads.emplace_back(allocate);
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(arenaCount(), arenas);
#endif
    }

    void processStartsWithTheTunables_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("tuned");
        QTest::addColumn<bool>("hugePages");
        // By default huge pages only where the host does not take free memory back; without
        // them the process is tuned where it runs (inProcessSettings), not started again.
        const bool hugeByDefault = !gardener::util::hostReclaimsFreeMemory();
        QTest::newRow("default") << QString() << QString() << hugeByDefault << hugeByDefault;
        QTest::newRow("huge pages asked for") << "LOGGARDENER_MALLOC"
                                              << "hugepages" << true << true;
        QTest::newRow("opted out") << "LOGGARDENER_MALLOC"
                                   << "system" << false << false;
        QTest::newRow("user's malloc tunables") << "GLIBC_TUNABLES"
                                                << "glibc.malloc.arena_max=2" << false << false;
    }
    void processStartsWithTheTunables()
    {
#if !defined(__linux__) || !defined(__GLIBC__)
        QSKIP("the tunables are glibc's (Linux only)");
#endif
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(bool, tuned);
        QFETCH(bool, hugePages);
        const QString binary = gardener::test::loggardenerBinary();
        if (binary.isEmpty())
            QSKIP("the loggardener binary is not built (GARDENER_BUILD_APP=OFF)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A FIFO keeps the command waiting in open() until we have looked at it.
        const QString fifo = dir.filePath(QStringLiteral("messages"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GLIBC_TUNABLES"));
        env.remove(QStringLiteral("LOGGARDENER_MALLOC"));
        if (!variable.isEmpty())
            env.insert(variable, value);
        p.setProcessEnvironment(env);
        p.start(binary, {QStringLiteral("cluster"), QStringLiteral("--text"), fifo});
        QVERIFY(p.waitForStarted());
        // A writer can open the FIFO without waiting once a reader is inside open(): by then
        // main() has run (and re-executed, keeping the pid, when it does).
        int fd = -1;
        const QByteArray fifoPath = QFile::encodeName(fifo);
        QTRY_VERIFY_WITH_TIMEOUT( // the macro evaluates its condition once more at the end
            fd >= 0 || (fd = ::open(fifoPath.constData(), O_WRONLY | O_NONBLOCK)) >= 0, 10000);
        const QStringList seen = startEnvironment(p.processId());
        QVERIFY(!seen.isEmpty());
        // Started again under its own name (ps and top show it), not as "exe".
        QFile comm(QStringLiteral("/proc/%1/comm").arg(p.processId()));
        QVERIFY(comm.open(QIODevice::ReadOnly));
        QCOMPARE(comm.readAll().trimmed(), QByteArray("loggardener"));
        QCOMPARE(seen.contains(QStringLiteral("LOGGARDENER_ALLOCATOR_TUNED=-")), tuned);
        QCOMPARE(seen.filter(QStringLiteral("glibc.malloc.arena_max=1")).isEmpty(), !tuned);
        QCOMPARE(seen.filter(QStringLiteral("glibc.malloc.hugetlb=1")).isEmpty(), !hugePages);
        if (variable == QLatin1String("GLIBC_TUNABLES"))
            QVERIFY(seen.contains(QStringLiteral("GLIBC_TUNABLES=") + value));
        const char lines[] = "database connection refused after 3 retries\n"
                             "database connection refused after 5 retries\n";
        QCOMPARE(::write(fd, lines, sizeof lines - 1), qint64(sizeof lines - 1));
        ::close(fd);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // Output unaffected: both lines are one template of one cluster.
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.startsWith("1 clusters, 1 templates, 2 entries"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAllocatorTuning)
#include "tst_allocatortuning.moc"
