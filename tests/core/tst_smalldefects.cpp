// Smaller defects of issue "leaks nothing, loses nothing": a time outside 1678-2261 is said to
// be out of range (not "not a time"); a worklog folder that refuses files is reported as such
// (not as "100 worklogs already exist"); a write cut short by the disk says why.
#include "core/gcp/profile.h"
#include "core/github/account.h"
#include "core/logs/logreader.h"
#include "core/worklog/worklogwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace gardener;

namespace {

QString firstProblem(const QByteArray &json)
{
    LogStore store;
    const auto report = LogReader::readBytes(json, QStringLiteral("t.json"), store);
    if (!report || report->problems.isEmpty())
        return {};
    return report->problems.first().what;
}

QByteArray entryAt(const QByteArray &timestamp)
{
    return "{\"timestamp\":\"" + timestamp + "\",\"textPayload\":\"x\"}";
}

worklog::WorklogData minimalWorklog()
{
    worklog::WorklogData data;
    data.generated = QDateTime(QDate(2026, 11, 3), QTime(10, 0), QTimeZone::utc());
    return data;
}

} // namespace

class TestSmallDefects : public QObject
{
    Q_OBJECT
private slots:
    // Settings name the GitHub host and repository, Google projects, accounts and key files:
    // owner-only like the other data files (before: 0644 under the usual umask), and the
    // app's own settings folder 0700.
    void settingsWithHostsAreOwnerOnly()
    {
        QTemporaryDir dir;
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardener"));
        const QString folder = dir.filePath(QStringLiteral("LogGardener"));
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFile::permissions(folder) | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther |
                            QFileDevice::ExeGroup | QFileDevice::ExeOther;
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

        const QString profiles = QDir(folder).filePath(QStringLiteral("profiles.conf"));
        {
            QSettings settings(profiles, QSettings::IniFormat);
            gcp::ProfileStore store(&settings);
            gcp::Profile p;
            p.name = QStringLiteral("prod");
            p.projectId = QStringLiteral("shop-prod-1");
            p.account = QStringLiteral("jane@example.com");
            QVERIFY(store.save(p).has_value());
        }
        QCOMPARE(QFileInfo(profiles).permissions() & (owner | others), owner);
        QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());

        const QString github = dir.filePath(QStringLiteral("github.conf"));
        {
            QSettings settings(github, QSettings::IniFormat);
            github::GitHubProfile p;
            p.apiBase = QUrl(QStringLiteral("https://ghe.example.com/api/v3"));
            p.repo = QStringLiteral("acme/shop");
            p.save(settings);
        }
        QCOMPARE(QFileInfo(github).permissions() & (owner | others), owner);
        // A folder that is not the app's own (here: the temporary folder) keeps its mode.
        QVERIFY(QFileInfo(dir.path()).permissions() & QFileDevice::ReadOwner);
    }

    void timesOutsideTheRangeAreSaidToBe()
    {
        for (const char *year : {"1600", "1677", "2262", "9999"}) {
            const QString what = firstProblem(entryAt(QByteArray(year) + "-05-01T10:00:00Z"));
            QVERIFY2(what.contains(QStringLiteral(
                         "outside the supported range of times (years 1678 to 2261)")),
                     qPrintable(what));
        }
        QVERIFY(firstProblem(entryAt("1678-01-01T00:00:00Z")).isEmpty());
        const QString bad = firstProblem(entryAt("yesterday"));
        QVERIFY2(bad.contains(QStringLiteral("not an RFC 3339 time")), qPrintable(bad));
        const QString badInRange = firstProblem(entryAt("1500-13-45T99:00:00Z"));
        QVERIFY2(badInRange.contains(QStringLiteral("not an RFC 3339 time")),
                 qPrintable(badInRange));
    }

    void unwritableWorklogFolderIsSaidToBe()
    {
        QTemporaryDir dir;
        QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        if (geteuid() == 0) {
            // Permissions do not stop root; /sys refuses new files to everyone.
            folder = QStringLiteral("/sys/kernel");
            if (!QFileInfo(folder).isDir())
                QSKIP("running as root without /sys/kernel: no folder refuses files here");
        } else {
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        const auto written = worklog::WorklogWriter::write(minimalWorklog(), folder);
        QVERIFY(!written.has_value());
        QVERIFY2(written.error().what.contains(
                     QStringLiteral("cannot write to %1: permission denied").arg(folder)),
                 qPrintable(written.error().toString()));
        QVERIFY(!written.error().what.contains(QStringLiteral("already exist")));
    }

    void aWriteCutShortSaysWhy()
    {
        QTemporaryDir dir;
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--write-limited"), dir.path()});
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start();
        QVERIFY(child.waitForFinished(30000));
        const QString out = QString::fromUtf8(child.readAll());
        QCOMPARE(child.exitCode(), 3);
        QVERIFY2(out.contains(QStringLiteral("cannot write")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("Unknown error")), qPrintable(out));
        QVERIFY(QDir(dir.path())
                    .entryList({QStringLiteral("*.md")})
                    .isEmpty()); // nothing half-written left
    }

    // A real almost-full disk: a 48 KiB tmpfs (in a user and mount namespace of its own, so no
    // root is needed) and a worklog of about 100 KB. Before: "Unknown error".
    void anAlmostFullDiskIsSaidToBe()
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("needs unshare (util-linux) to mount a small file system");
        QTemporaryDir dir;
        QProcess child;
        child.setProgram(unshare);
        child.setArguments(
            {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral(
                 "mount -t tmpfs -o size=48k tmpfs \"$1\" || exit 97; "
                 "\"$2\" --write-big \"$1\"; status=$?; echo left:; ls \"$1\"; exit $status"),
             QStringLiteral("sh"), dir.path(), QCoreApplication::applicationFilePath()});
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start();
        QVERIFY(child.waitForFinished(30000));
        const QString out = QString::fromUtf8(child.readAll());
        if (child.exitCode() == 97 || child.exitCode() == 1)
            QSKIP(qPrintable(QStringLiteral("cannot mount a small file system here: ") + out));
        QCOMPARE(child.exitCode(), 3);
        QVERIFY2(out.contains(QStringLiteral("the disk is full")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("Unknown error")), qPrintable(out));
        QVERIFY2(!out.section(QStringLiteral("left:"), 1).contains(QStringLiteral(".md")),
                 qPrintable(out)); // nothing half-written
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--write-limited") == 0) {
        QCoreApplication app(argc, argv);
        // What a full disk looks like to a writer without root tricks: writes past the limit fail.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit rl{64, 64};
        if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
            return 9;
        worklog::WorklogData data = minimalWorklog();
        data.service = QString(4000, QLatin1Char('s'));
        const auto written = worklog::WorklogWriter::write(data, QString::fromLocal8Bit(argv[2]));
        if (written)
            return 0;
        printf("%s\n", qPrintable(written.error().toString()));
        return 3;
    }
    if (argc == 3 && qstrcmp(argv[1], "--write-big") == 0) {
        QCoreApplication app(argc, argv);
        worklog::WorklogData data = minimalWorklog();
        data.service = QString(100000, QLatin1Char('s'));
        const auto written = worklog::WorklogWriter::write(data, QString::fromLocal8Bit(argv[2]));
        if (written)
            return 0;
        printf("%s\n", qPrintable(written.error().toString()));
        return 3;
    }
    QCoreApplication app(argc, argv);
    TestSmallDefects test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_smalldefects.moc"
