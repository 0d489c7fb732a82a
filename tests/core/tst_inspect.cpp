// `loggardener inspect`: JSON keys and exit codes of the command-line contract.
#include "app/cli/inspectcommand.h"
#include "tests/common/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

namespace {

struct Run
{
    int exit = -1;
    QString out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run inspect(const QStringList &args, cli::InspectCommand *command = nullptr)
{
    cli::InspectCommand own;
    cli::InspectCommand &cmd = command ? *command : own;
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.exit = cmd.run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString data(const char *name)
{
    return test::dataPath(QStringLiteral("reader/") + QLatin1String(name));
}

} // namespace

class TestInspect : public QObject
{
    Q_OBJECT
private slots:
    void jsonSummary()
    {
        const Run r = inspect(
            {data("cloudrun-array.json"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exit, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("entries")).toInt(), 6);
        QCOMPARE(j.value(QStringLiteral("skipped")).toInt(), 0);
        const QJsonObject sev = j.value(QStringLiteral("severities")).toObject();
        QCOMPARE(sev.size(), 9);
        QCOMPARE(sev.value(QStringLiteral("ERROR")).toInt(), 1);
        QCOMPARE(sev.value(QStringLiteral("WARNING")).toInt(), 2);
        QCOMPARE(sev.value(QStringLiteral("DEBUG")).toInt(), 1);
        QCOMPARE(sev.value(QStringLiteral("CRITICAL")).toInt(), 0);
        QCOMPARE(j.value(QStringLiteral("services")).toArray(),
                 QJsonArray({QStringLiteral("ledger-api"), QStringLiteral("ledger-worker")}));
        QCOMPARE(j.value(QStringLiteral("first")).toString(),
                 QStringLiteral("2025-10-03T08:14:00.250Z"));
        QCOMPARE(j.value(QStringLiteral("last")).toString(),
                 QStringLiteral("2025-10-03T08:18:00Z"));
        const QJsonArray revisions = j.value(QStringLiteral("revisions")).toArray();
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.at(0).toObject().value(QStringLiteral("revision")).toString(),
                 QStringLiteral("ledger-api-00042-vaz"));
        QCOMPARE(j.value(QStringLiteral("files"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("format"))
                     .toString(),
                 QStringLiteral("json-array"));
        QVERIFY(r.err.isEmpty());
    }

    void severalFilesAndFormats()
    {
        const Run r = inspect(
            {data("cloudrun.jsonl"), data("cloudrun-pages.json"), QStringLiteral("--format=json")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("entries")).toInt(), 12);
        QCOMPARE(r.json()
                     .value(QStringLiteral("service_counts"))
                     .toObject()
                     .value(QStringLiteral("ledger-api"))
                     .toInt(),
                 6);
    }

    void textOutput()
    {
        const Run r = inspect({data("cloudrun-page-pretty.json")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QLatin1String("Entries:    6")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("ledger-worker")));
        QVERIFY(r.out.contains(QLatin1String("2025-10-03T08:14:00.250Z .. 2025-10-03T08:18:00Z")));
        QVERIFY(r.out.contains(QLatin1String("api-pages")));
    }

    void partialReadExitsThree()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mixed.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"severity":"ERROR","textPayload":"ok"})"
                "\n"
                R"({"severity":"SHOUTY"})"
                "\n");
        f.close();
        const Run r = inspect({path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exit, 3);
        QCOMPARE(r.json().value(QStringLiteral("entries")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("skipped")).toInt(), 1);
        const QString reason =
            r.json().value(QStringLiteral("skipped_reasons")).toArray().at(0).toString();
        QVERIFY2(reason.contains(QLatin1String("mixed.jsonl:2 (byte 52)")), qPrintable(reason));
        QVERIFY(reason.contains(QLatin1String("SHOUTY")));
        QVERIFY(r.err.contains(QLatin1String("partial")));

        // --lenient keeps it.
        const Run lenient =
            inspect({path, QStringLiteral("--lenient"), QStringLiteral("--format=json")});
        QCOMPARE(lenient.exit, 0);
        QCOMPARE(lenient.json().value(QStringLiteral("entries")).toInt(), 2);
    }

    void unreadableOrEmptyExitsOne()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
        f.close();
        Run r = inspect({text});
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a JSON log export")), qPrintable(r.err));
        r = inspect({dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QLatin1String("cannot open")));
        // One good file and one unreadable: partial.
        r = inspect({data("cloudrun.jsonl"), text, QStringLiteral("--format=json")});
        QCOMPARE(r.exit, 3);
        QCOMPARE(r.json().value(QStringLiteral("entries")).toInt(), 6);
    }

    void usageErrors()
    {
        QCOMPARE(inspect({}).exit, 2);
        QCOMPARE(
            inspect({data("cloudrun.jsonl"), QStringLiteral("--format"), QStringLiteral("xml")})
                .exit,
            2);
        QCOMPARE(inspect({QStringLiteral("--bogus")}).exit, 2);
        const Run help = inspect({QStringLiteral("--help")});
        QCOMPARE(help.exit, 0);
        QVERIFY(help.out.contains(QLatin1String("--format")));
    }

    void demoSource()
    {
        QFile f(data("cloudrun.jsonl"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        cli::InspectCommand command;
        command.setDemoSource([bytes] { return bytes; }, QStringLiteral("demo.jsonl"));
        const Run r =
            inspect({QStringLiteral("--demo"), QStringLiteral("--format=json")}, &command);
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.json().value(QStringLiteral("entries")).toInt(), 6);
    }

    void bundledDemo()
    {
        const Run r = inspect({QStringLiteral("--demo"), QStringLiteral("--format=json")});
        QCOMPARE(r.exit, 0);
        const QJsonObject j = r.json();
        QVERIFY(j.value(QStringLiteral("entries")).toInt() > 1000);
        QCOMPARE(j.value(QStringLiteral("skipped")).toInt(), 0);
        QVERIFY(!j.value(QStringLiteral("services")).toArray().isEmpty());
        QVERIFY(j.value(QStringLiteral("files"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("gzip"))
                    .toBool());
    }
};

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
