// `loggardener run --project … --service …` collects through the same path as `collect` (here
// from the fake Google), then clusters, triages and writes the worklog.
#include "app/cli/runcommand.h"
#include "tests/common/fakegoogle.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::test;

class TestRunCollect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("CLOUDSDK_CONFIG", m_home.filePath(QStringLiteral("gcloud")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("loggardener"));
    }

    void collectsClustersAndWritesWorklog()
    {
        FakeGoogle google;
        QVERIFY(google.listen());
        const QString keyFile = google.writeServiceAccountFile(m_home.path(), generateRsaKeyPair());
        google.setEntries(makeEntries(1200, QDateTime::currentDateTimeUtc().addSecs(-600)), 500);
        qputenv("GOOGLE_APPLICATION_CREDENTIALS", keyFile.toUtf8());
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = cli::RunCommand().run(
            {QStringLiteral("--project"), QStringLiteral("test-project"),
             QStringLiteral("--service"), QStringLiteral("checkout"), QStringLiteral("--since"),
             QStringLiteral("1h"), QStringLiteral("--logging-endpoint"),
             google.baseUrl().toString(), QStringLiteral("--worklog-dir"),
             m_home.filePath(QStringLiteral("worklogs")), QStringLiteral("--format"),
             QStringLiteral("json")},
            out, err);
        qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
        QVERIFY2(code == cli::ExitOk, qPrintable(errText));
        QCOMPARE(google.listRequests().size(), 3); // 1200 entries in pages of 500
        const auto json = QJsonDocument::fromJson(outText.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("entries")).toInt(), 1200);
        QVERIFY(!json.value(QStringLiteral("clusters")).toArray().isEmpty());
        QFile worklog(json.value(QStringLiteral("worklog")).toString());
        QVERIFY(worklog.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(worklog.readAll());
        QVERIFY2(text.contains(QStringLiteral("Last 1h")),
                 "the worklog states the collection window");
        QVERIFY(errText.contains(QStringLiteral("collected entries kept in")));
    }

    void collectFailureStopsTheRun()
    {
        qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = cli::RunCommand().run({QStringLiteral("--project"), QStringLiteral("p"),
                                                QStringLiteral("--service"), QStringLiteral("s")},
                                               out, err);
        QCOMPARE(code, int(cli::ExitFailure));
        QVERIFY(outText.isEmpty());
        QVERIFY2(errText.contains(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS")),
                 qPrintable(errText));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestRunCollect)
#include "tst_runcollect.moc"
