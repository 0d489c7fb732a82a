// History is never thrown away on a transient error: a locked file waits and is reported, a
// full disk fails with a message and leaves the file as it was (a child process under
// RLIMIT_FSIZE, the limit a full disk looks like to SQLite), only real damage is set aside,
// two first runs at once both succeed, a dropped table is explained in words, files are 0600.
#include "core/github/draft.h"
#include "core/github/postjournal.h"
#include "core/history/historystore.h"
#include "core/worklog/worklogwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <sys/resource.h>

using namespace gardener;
using namespace gardener::history;

namespace {

Run sampleRun(int clusters, int nameChars)
{
    Run r;
    r.started = QDateTime(QDate(2026, 11, 3), QTime(10, 0), QTimeZone::utc());
    r.source = QStringLiteral("file");
    r.entries = 10;
    for (int k = 0; k < clusters; ++k) {
        RunCluster c;
        c.fingerprint = QStringLiteral("fp%1").arg(k);
        c.name = QString(nameChars, QLatin1Char('a' + k % 26));
        c.count = quint64(k + 1);
        r.clusters.push_back(c);
    }
    return r;
}

QStringList asideFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.corrupt-*")});
}

int runChild(const QStringList &args, QString *output)
{
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments(args);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start();
    if (!child.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromUtf8(child.readAll());
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2;
}

} // namespace

class TestHistoryRobust : public QObject
{
    Q_OBJECT
private slots:
    void lockedDatabaseWaitsReportsAndKeepsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path).has_value());
            QVERIFY(store.recordRun(sampleRun(3, 10)).has_value());
        }
        {
            // Another process holds the file exclusively (as a long write or a backup tool does).
            QSqlDatabase locker =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            locker.setDatabaseName(path);
            QVERIFY(locker.open());
            QSqlQuery q(locker);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY2(q.exec(QStringLiteral("UPDATE runs SET entries = entries")),
                     qPrintable(q.lastError().text()));

            HistoryStore store;
            store.setBusyTimeoutMs(700);
            QElapsedTimer waited;
            waited.start();
            const auto opened = store.open(path);
            QVERIFY(!opened.has_value());
            QVERIFY(waited.elapsed() >= 600); // it waited for the lock before giving up
            QVERIFY2(opened.error().what.contains(QStringLiteral("in use by another process")),
                     qPrintable(opened.error().toString()));
            QCOMPARE(opened.error().file, path);
            QVERIFY(asideFiles(dir.path()).isEmpty());
            q.exec(QStringLiteral("ROLLBACK"));
            q.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        HistoryStore store;
        QVERIFY(store.open(path).has_value());
        QVERIFY(store.openWarning().isEmpty());
        QCOMPARE(store.runs()->size(), 1);
    }

    void fullDiskFailsTheWriteAndKeepsTheHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path).has_value());
            QVERIFY(store.recordRun(sampleRun(3, 10)).has_value());
        }
        // Opening under a 1-byte file size limit: SQLite cannot even create its -shm file.
        QString out;
        QCOMPARE(runChild({QStringLiteral("--limited-open"), path, QStringLiteral("1")}, &out), 3);
        QVERIFY2(out.contains(QStringLiteral("disk")), qPrintable(out));
        QVERIFY2(asideFiles(dir.path()).isEmpty(),
                 "a full disk is not damage: the file stays where it is");
        // A run that does not fit: the write fails with a message, the earlier run stays.
        const qint64 size = QFileInfo(path).size();
        QCOMPARE(runChild({QStringLiteral("--limited-record"), path, QString::number(size + 65536)},
                          &out),
                 3);
        QVERIFY2(out.contains(QStringLiteral("full")) || out.contains(QStringLiteral("disk")),
                 qPrintable(out));
        QVERIFY(asideFiles(dir.path()).isEmpty());
        HistoryStore store;
        QVERIFY(store.open(path).has_value());
        QVERIFY(store.openWarning().isEmpty());
        QCOMPARE(store.runs()->size(), 1);
    }

    void damageIsSetAsideKeptAndRestorable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        HistoryStore store;
        QVERIFY(store.open(path).has_value());
        QVERIFY(store.openWarning().contains(QStringLiteral("rename")));
        QCOMPARE(asideFiles(dir.path()).size(), 1);
    }

    void twoFirstRunsAtOnceBothSucceed()
    {
        for (int round = 0; round < 6; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("h.sqlite"));
            std::vector<std::unique_ptr<QProcess>> children;
            for (int n = 0; n < 4; ++n) {
                auto p = std::make_unique<QProcess>();
                p->setProgram(QCoreApplication::applicationFilePath());
                p->setArguments({QStringLiteral("--open-and-record"), path});
                p->setProcessChannelMode(QProcess::MergedChannels);
                children.push_back(std::move(p));
            }
            for (auto &p : children)
                p->start();
            for (auto &p : children) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitCode() == 0, qPrintable(QString::fromUtf8(p->readAll())));
            }
            HistoryStore store;
            QVERIFY(store.open(path).has_value());
            QCOMPARE(store.runs()->size(), 4);
            QCOMPARE(store.schemaVersion(), HistoryStore::latestSchemaVersion());
        }
    }

    void droppedTableIsExplainedInWords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path).has_value());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vandal"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE run_clusters")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("vandal"));
        HistoryStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened.has_value());
        QVERIFY2(opened.error().what.contains(QStringLiteral("run_clusters is missing")),
                 qPrintable(opened.error().what));
        QVERIFY(asideFiles(dir.path()).isEmpty());
    }

    void filesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/data"));
        const QString path = QDir(folder).filePath(QStringLiteral("h.sqlite"));
        HistoryStore store;
        QVERIFY(store.open(path).has_value());
        QVERIFY(store.recordRun(sampleRun(1, 5)).has_value());
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(path).permissions() & (owner | others), owner);
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions() & others,
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(folder).permissions() &
                     (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());

        const QString journalFolder = dir.filePath(QStringLiteral("github"));
        const QString journalPath = QDir(journalFolder).filePath(QStringLiteral("journal.sqlite"));
        github::PostJournal journal;
        QVERIFY(journal.open(journalPath).has_value());
        QCOMPARE(QFileInfo(journalPath).permissions() & (owner | others), owner);
        QCOMPARE(QFileInfo(journalFolder).permissions() &
                     (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());

        // Drafts and worklogs hold log samples: owner-only too.
        const QString draftsFolder = dir.filePath(QStringLiteral("github/drafts"));
        github::DraftStore drafts(draftsFolder);
        github::DraftInput in;
        in.fingerprint = QStringLiteral("fp");
        in.name = QStringLiteral("name");
        const github::IssueDraft draft = github::DraftBuilder().newIssue(QStringLiteral("o/r"), in);
        QVERIFY(drafts.save(draft).has_value());
        QCOMPARE(QFileInfo(QDir(draftsFolder).filePath(draft.postKey + QStringLiteral(".json")))
                         .permissions() &
                     (owner | others),
                 owner);
        QCOMPARE(QFileInfo(draftsFolder).permissions() &
                     (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        const QString worklogs = dir.filePath(QStringLiteral("worklogs"));
        worklog::WorklogData data;
        data.generated = QDateTime::currentDateTimeUtc();
        const auto written = worklog::WorklogWriter::write(data, worklogs);
        QVERIFY(written.has_value());
        QCOMPARE(QFileInfo(*written).permissions() & (owner | others), owner);
        QCOMPARE(QFileInfo(worklogs).permissions() &
                     (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
    }
};

int main(int argc, char **argv)
{
    const QByteArray mode = argc >= 3 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "--open-and-record" || mode.startsWith("--limited-")) {
        QCoreApplication app(argc, argv);
        const QString path = QString::fromLocal8Bit(argv[2]);
        if (argc == 4) {
            // What a full disk looks like to SQLite: writes past the limit fail (EFBIG).
            std::signal(SIGXFSZ, SIG_IGN);
            const rlim_t limit = rlim_t(QByteArray(argv[3]).toLongLong());
            rlimit rl{limit, limit};
            if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
                return 9;
        }
        HistoryStore store;
        if (auto opened = store.open(path); !opened) {
            fprintf(stdout, "%s\n", qPrintable(opened.error().toString()));
            return 3;
        }
        if (qstrcmp(argv[1], "--limited-open") == 0)
            return 0;
        const Run run =
            qstrcmp(argv[1], "--limited-record") == 0 ? sampleRun(200, 4000) : sampleRun(2, 10);
        if (auto recorded = store.recordRun(run); !recorded) {
            fprintf(stdout, "%s\n", qPrintable(recorded.error().toString()));
            return 3;
        }
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestHistoryRobust test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_historyrobust.moc"
