#include "app/cli/worklogcommand.h"
#include "tests/common/testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using gardener::cli::WorklogCommand;
using gardener::test::dataPath;
using gardener::test::sharedPath;

namespace {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    WorklogCommand command;
    r.exit = command.run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QJsonArray jsonOf(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qFatal("not a JSON list: %s", qPrintable(r.out.left(200)));
    return doc.array();
}

QString own(const char *name)
{
    return dataPath(QStringLiteral("worklogs/") + QLatin1String(name));
}

} // namespace

class TestWorklogCommand : public QObject
{
    Q_OBJECT

private slots:
    void jsonKeysOfTheContract()
    {
        const Run r = run({own("repeated-clusters.md"), own("timestamp-bullets.md"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exit, 0);
        const QJsonArray list = jsonOf(r);
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("generated")).toString(),
                 QStringLiteral("2026-03-02T06:15:00Z"));
        QCOMPARE(first.value(QLatin1String("service")).toString(),
                 QStringLiteral("billing-api-prod"));
        QCOMPARE(first.value(QLatin1String("file")).toString(), own("repeated-clusters.md"));
        const QJsonArray clusters = first.value(QLatin1String("clusters")).toArray();
        QCOMPARE(clusters.size(), 4);
        const QJsonObject c1 = clusters.at(0).toObject();
        QCOMPARE(c1.value(QLatin1String("title")).toString(),
                 QStringLiteral("Invoice PDF Rendering Crash"));
        QCOMPARE(c1.value(QLatin1String("severity")).toString(), QStringLiteral("ERROR"));
        QCOMPARE(c1.value(QLatin1String("priority")).toString(), QStringLiteral("P1"));
        QCOMPARE(c1.value(QLatin1String("count")).toInteger(), 12);
        QCOMPARE(c1.value(QLatin1String("category")).toString(), QStringLiteral("GCP-regression"));
        const QJsonArray samples = c1.value(QLatin1String("samples")).toArray();
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.at(0).toObject().value(QLatin1String("line")).toInteger(), 88);
        QVERIFY(samples.at(0)
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .startsWith(QLatin1String("PDF renderer aborted")));

        const QJsonArray actions = first.value(QLatin1String("actions")).toArray();
        QCOMPARE(actions.size(), 4);
        const char *kinds[] = {"created", "updated", "reopened", "linked"};
        const int issues[] = {901, 455, 310, 122};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject a = actions.at(i).toObject();
            QCOMPARE(a.value(QLatin1String("issue")).toInteger(), issues[i]);
            QCOMPARE(a.value(QLatin1String("kind")).toString(), QLatin1String(kinds[i]));
            QVERIFY(a.contains(QLatin1String("priority_change")));
        }
        QVERIFY(actions.at(0).toObject().value(QLatin1String("priority_change")).isNull());
        QCOMPARE(actions.at(1).toObject().value(QLatin1String("priority_change")).toString(),
                 QStringLiteral("P3->P2"));

        // A cluster without any stated count has count null.
        const Run half = run({own("half-understood.md"), QStringLiteral("--format=json")});
        QCOMPARE(half.exit, 0);
        const QJsonObject h = jsonOf(half).at(0).toObject();
        QVERIFY(h.value(QLatin1String("generated")).isNull());
        QVERIFY(h.value(QLatin1String("clusters"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("count"))
                    .isNull());
        QVERIFY(!h.value(QLatin1String("warnings")).toArray().isEmpty());
        QVERIFY(!h.value(QLatin1String("unparsed")).toArray().isEmpty());
        QVERIFY(half.err.contains(QLatin1String("warning:")));
    }

    void sharedFixtureJson()
    {
        const QString path =
            sharedPath(QStringLiteral("fixtures/worklogs/worklog-2025-09-12-2330.md"));
        if (path.isEmpty())
            QSKIP("shared fixture fixtures/worklogs/worklog-2025-09-12-2330.md is absent");
        const Run r = run({QStringLiteral("--format"), QStringLiteral("json"), path});
        QCOMPARE(r.exit, 0);
        const QJsonObject d = jsonOf(r).at(0).toObject();
        QCOMPARE(d.value(QLatin1String("service")).toString(),
                 QStringLiteral("netra-backend-staging"));
        QCOMPARE(d.value(QLatin1String("clusters")).toArray().size(), 5);
        QCOMPARE(d.value(QLatin1String("clusters"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("count"))
                     .toInteger(),
                 8);
        const QJsonArray actions = d.value(QLatin1String("actions")).toArray();
        QCOMPARE(actions.size(), 5);
        QCOMPARE(actions.at(0).toObject().value(QLatin1String("issue")).toInteger(), 640);
        QCOMPARE(actions.at(0).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("created"));
    }

    void textFormat()
    {
        const Run r = run({own("timestamp-bullets.md")});
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(QLatin1String("service: search-indexer")));
        QVERIFY(r.out.contains(QLatin1String("1. [P1 ERROR] Shard Rebalance Stalls - 40+")));
        QVERIFY(r.out.contains(QLatin1String("#77 reopened (cluster 1) P3->P1")));
    }

    void exitStatuses()
    {
        QCOMPARE(run({}).exit, 2);
        QCOMPARE(
            run({own("timestamp-bullets.md"), QStringLiteral("--format"), QStringLiteral("yaml")})
                .exit,
            2);
        QCOMPARE(run({QStringLiteral("--bogus")}).exit, 2);
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exit, 0);
        QVERIFY(help.out.contains(QLatin1String("--format")));

        const Run missing =
            run({QStringLiteral("/nonexistent/worklog.md"), QStringLiteral("--format=json")});
        QCOMPARE(missing.exit, 1);
        QVERIFY(missing.err.contains(QLatin1String("/nonexistent/worklog.md")));
        QCOMPARE(jsonOf(missing).size(), 0);

        const Run partial =
            run({own("timestamp-bullets.md"), QStringLiteral("/nonexistent/worklog.md"),
                 QStringLiteral("--format=json")});
        QCOMPARE(partial.exit, 3);
        QCOMPARE(jsonOf(partial).size(), 1);
        QVERIFY(partial.err.contains(QLatin1String("1 of 2 files could not be read")));
    }
};

QTEST_GUILESS_MAIN(TestWorklogCommand)
#include "tst_worklogcommand.moc"
