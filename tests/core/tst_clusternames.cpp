#include "core/clustering/clusterengine.h"
#include "core/demo/bundleddemo.h"
#include "core/demo/demogenerator.h"
#include "core/history/clusternames.h"
#include "core/history/historystore.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"
#include "core/models/clustertablemodel.h"
#include "core/naming/clustername.h"
#include "core/naming/clusternaming.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gardener;

namespace {

struct Clustered
{
    std::shared_ptr<LogStore> store = std::make_shared<LogStore>();
    clustering::ClusterSet set;
};

Clustered clusteredBytes(const QByteArray &bytes)
{
    Clustered c;
    if (LogReader::readBytes(bytes, QStringLiteral("input"), *c.store))
        c.set = clustering::clusterStore(*c.store);
    return c;
}

Clustered clusteredSeed(quint64 seed)
{
    demo::DemoOptions o;
    o.seed = seed;
    o.count = 3000;
    o.start = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!demo::writeDemo(buffer, o))
        return {};
    return clusteredBytes(buffer.data());
}

// The name of the cluster that holds a template containing `needle`.
QString nameOfClusterWith(const clustering::ClusterSet &set, const QStringList &names,
                          const QString &needle)
{
    for (size_t i = 0; i < set.clusters().size(); ++i) {
        for (quint32 t : set.clusters()[i].templates) {
            if (set.templates()[t].text.contains(needle))
                return names.at(qsizetype(i));
        }
    }
    return QStringLiteral("<no cluster with %1>").arg(needle);
}

naming::TemplateFacts facts(const QString &text, int severity, const QString &module = {},
                            const QString &sample = {})
{
    naming::TemplateFacts f;
    f.text = text;
    f.severity = severity;
    f.module = module;
    f.sample = sample;
    f.count = 10;
    return f;
}

} // namespace

class TestClusterNames : public QObject
{
    Q_OBJECT

private slots:
    // On the demo and two other seeds: short, no ellipsis, no placeholder, and what a person
    // would call the problem.
    void namesFollowTheRules_data()
    {
        QTest::addColumn<int>("seed"); // 0 = the bundled demo
        QTest::newRow("demo") << 0;
        QTest::newRow("seed 7") << 7;
        QTest::newRow("seed 42") << 42;
    }

    void namesFollowTheRules()
    {
        QFETCH(int, seed);
        const Clustered c =
            seed == 0 ? clusteredBytes(demo::bundledExport()) : clusteredSeed(quint64(seed));
        QVERIFY(c.set.clusters().size() > 10);
        const auto names = naming::clusterNames(c.set, c.store.get());
        QVERIFY(names);
        static const QRegularExpression placeholder(QStringLiteral("<[^>]*>"));
        for (const QString &name : *names) {
            QVERIFY2(name.size() <= naming::MaxNameChars, qPrintable(name));
            QVERIFY2(!name.contains(QChar(0x2026)) && !name.contains(QLatin1String("...")),
                     qPrintable(name));
            QVERIFY2(!placeholder.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(name.size() >= 6, qPrintable(name));
        }
        // Highest severity and most specific before most frequent; the cause before its effect.
        QCOMPARE(
            nameOfClusterWith(c.set, *names, QStringLiteral("SessionMiddleware must be installed")),
            QStringLiteral("SessionMiddleware Not Installed"));
        QCOMPARE(nameOfClusterWith(c.set, *names, QStringLiteral("No module named")),
                 QStringLiteral("dev_launcher Module Not Installed (auth)"));
        QCOMPARE(
            nameOfClusterWith(c.set, *names, QStringLiteral("Health check /health/ready crashed")),
            QStringLiteral("Health Check Crash: OperationalError"));
        QCOMPARE(nameOfClusterWith(c.set, *names, QStringLiteral("Race condition detected")),
                 QStringLiteral("WebSocket Race Condition"));
        QCOMPARE(nameOfClusterWith(c.set, *names, QStringLiteral("has no attribute")),
                 QStringLiteral("Message Routing AttributeError: can_handle (websocket)"));
        QCOMPARE(
            nameOfClusterWith(c.set, *names, QStringLiteral("Unhandled exception while saving")),
            QStringLiteral("Message Saving KeyError: assistant_id (messages)"));
        QVERIFY(nameOfClusterWith(c.set, *names, QStringLiteral("Connection pool timeout"))
                    .startsWith(QLatin1String("Connection Pool Exhausted")));
        QCOMPARE(nameOfClusterWith(c.set, *names, QStringLiteral("Memory limit of")),
                 QStringLiteral("Memory Limit Exceeded (runtime)"));
        QCOMPARE(nameOfClusterWith(c.set, *names, QStringLiteral("Message loop error")),
                 QStringLiteral("Message Loop Unknown Type: legacy_response (websocket)"));
    }

    // A request log names a cluster only when the cluster is about the request.
    void requestLogsOnlyWhenAlone()
    {
        const QList<naming::TemplateFacts> crash = {
            facts(QStringLiteral("GET /health/ready <NUM>"), 5),
            facts(QStringLiteral("Health check /health/ready crashed after <DUR>: database probe "
                                 "raised OperationalError"),
                  6, QStringLiteral("orders.app.routes.health")),
        };
        QCOMPARE(naming::clusterName(crash),
                 QStringLiteral("Health Check Crash: OperationalError"));
        const QList<naming::TemplateFacts> requests = {
            facts(QStringLiteral("POST /api/v1/agents/<*>_agent/run <NUM>"), 4, {},
                  QStringLiteral("POST /api/v1/agents/research_agent/run 429")),
        };
        QCOMPARE(naming::clusterName(requests),
                 QStringLiteral("POST /api/v1/agents/:id/run 429 Rate Limited"));
    }

    void domainWords()
    {
        QCOMPARE(
            naming::domainOfModule(QStringLiteral("orders_backend.app.websocket_core.handlers")),
            QStringLiteral("websocket"));
        QCOMPARE(naming::domainOfModule(QStringLiteral("orders_backend.app.routes.health")),
                 QStringLiteral("health"));
        QCOMPARE(naming::domainOfModule(QStringLiteral("logging")),
                 QString()); // the root logger says nothing
        QCOMPARE(naming::domainOfModule(QStringLiteral("orders_backend.app.auth_integration.auth")),
                 QStringLiteral("auth"));
    }

    void longNamesAreCutAtWords()
    {
        naming::ClusterNameParts p;
        p.subject = QStringLiteral("Extraordinarily Long Subsystem Initialisation Sequence");
        p.problem = QStringLiteral("Timeout");
        p.detail = QStringLiteral("VERY_LONG_CONFIGURATION_KEY_NAME");
        p.domain = QStringLiteral("bootstrap");
        const QString name = naming::composeName(p);
        QVERIFY2(name.size() <= naming::MaxNameChars, qPrintable(name));
        QVERIFY(!name.endsWith(QLatin1Char(' ')));
        QVERIFY(!name.contains(QChar(0x2026)));
        QCOMPARE(name, QStringLiteral("Extraordinarily Long Subsystem Initialisation Sequence"));
    }

    // Kept per fingerprint: the same name every run; a user's edit is remembered.
    void namesAreRememberedAndEditable()
    {
        QTemporaryDir dir;
        const Clustered c = clusteredBytes(demo::bundledExport());
        const QString fp = c.set.clusters().front().fingerprint;
        QStringList first;
        {
            history::HistoryStore h;
            QVERIFY(h.open(dir.filePath(QStringLiteral("h.sqlite"))));
            auto names = naming::clusterNames(c.set, c.store.get(), &h);
            QVERIFY(names);
            first = *names;
            // An older rule version's name is kept too, as long as the rules version matches.
            QVERIFY(history::ClusterNames(h).rememberGenerated(
                fp, QStringLiteral("Remembered Name"), naming::NameRulesVersion));
        }
        {
            history::HistoryStore h;
            QVERIFY(h.open(dir.filePath(QStringLiteral("h.sqlite"))));
            auto names = naming::clusterNames(c.set, c.store.get(), &h);
            QVERIFY(names);
            QCOMPARE(names->first(),
                     QStringLiteral("Remembered Name")); // from history, not the rules
            QCOMPARE(names->mid(1), first.mid(1));
            QVERIFY(history::ClusterNames(h).setEdited(
                fp, QStringLiteral("  Checkout  pool starvation ")));
        }
        {
            history::HistoryStore h;
            QVERIFY(h.open(dir.filePath(QStringLiteral("h.sqlite"))));
            auto names = naming::clusterNames(c.set, c.store.get(), &h);
            QVERIFY(names);
            QCOMPARE(names->first(), QStringLiteral("Checkout pool starvation"));
            const clustering::ClusterSet renamed = naming::withNames(c.set, *names);
            QCOMPARE(renamed.clusters().front().name, QStringLiteral("Checkout pool starvation"));
            QCOMPARE(renamed.entryCount(), c.set.entryCount());
            QCOMPARE(renamed.clusterOfEntry(0), c.set.clusterOfEntry(0));
            QCOMPARE(renamed.clusterIndex(fp), 0);
            const auto forgot =
                history::ClusterNames(h).setEdited(fp, QString()); // forget the edit
            QVERIFY2(forgot, forgot ? "" : qPrintable(forgot.error().toString()));
            QCOMPARE(naming::clusterNames(c.set, c.store.get(), &h)->first(),
                     QStringLiteral("Remembered Name"));
        }
    }

    // The app names every snapshot by the rules; remembering them in history takes those names
    // instead of working them out again, but only from the store they were made from.
    void rulesNamesOfASnapshotAreTakenOnce()
    {
        QTemporaryDir dir;
        const Clustered c = clusteredBytes(demo::bundledExport());
        const clustering::ClusterSet named = naming::namedByRules(c.set, c.store.get());
        QVERIFY(c.store->identity() != 0);
        QCOMPARE(named.ruleNamesStore(), c.store->identity());
        QStringList rules;
        for (const auto &cluster : named.clusters())
            rules << cluster.name;

        // Marked as the rules' names from this store: kept as they are (a stand-in shows it).
        QStringList standIns;
        for (qsizetype i = 0; i < rules.size(); ++i)
            standIns << QStringLiteral("Stand-in %1").arg(i);
        const auto marked = naming::withNames(c.set, standIns, c.store->identity());
        history::HistoryStore h;
        QVERIFY(h.open(dir.filePath(QStringLiteral("h.sqlite"))));
        const auto kept = naming::clusterNames(marked, c.store.get(), &h);
        QVERIFY(kept);
        QCOMPARE(*kept, standIns);
        const auto remembered =
            history::ClusterNames(h).find(marked.clusters().front().fingerprint);
        QVERIFY(remembered && *remembered);
        QCOMPARE((*remembered)->shown(), standIns.front());

        // Any other names, or another store, and the rules name them again.
        const Clustered again = clusteredBytes(demo::bundledExport());
        QVERIFY(again.store->identity() != c.store->identity());
        QCOMPARE(*naming::clusterNames(marked, again.store.get()), rules);
        QCOMPARE(naming::withNames(named, standIns).ruleNamesStore(), quint64(0));
        QCOMPARE(*naming::clusterNames(naming::withNames(named, standIns), c.store.get()), rules);
    }

    // The clusters table shows the names history keeps (remembered or edited).
    void tableShowsKeptNames()
    {
        const Clustered c = clusteredBytes(demo::bundledExport());
        const clustering::ClusterSet named = naming::namedByRules(c.set, c.store.get());
        ClusterTableModel model;
        model.setClusterSet(named);
        const QString fp = named.clusters().front().fingerprint;
        const QModelIndex name = model.index(model.rowOf(fp), ClusterTableModel::NameColumn);
        QCOMPARE(model.data(name).toString(), named.clusters().front().name);
        QVERIFY(!model.data(name).toString().contains(QChar(0x2026)));
        model.setNames({{fp, QStringLiteral("Checkout pool starvation")}});
        QCOMPARE(model.data(name).toString(), QStringLiteral("Checkout pool starvation"));

        // Edited in the table: shown at once and announced for history to keep.
        QVERIFY(model.flags(name) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(name.row(), ClusterTableModel::CountColumn)) &
                  Qt::ItemIsEditable));
        QSignalSpy edited(&model, &ClusterTableModel::nameEdited);
        QVERIFY(model.setData(name, QStringLiteral("  Pool  starvation at checkout ")));
        QCOMPARE(model.data(name).toString(), QStringLiteral("Pool starvation at checkout"));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), fp);
        QCOMPARE(edited.at(0).at(1).toString(), QStringLiteral("Pool starvation at checkout"));
        QVERIFY(model.setData(name, QString())); // back to the generated name
        QCOMPARE(model.data(name).toString(), named.clusters().front().name);
    }
};

QTEST_GUILESS_MAIN(TestClusterNames)
#include "tst_clusternames.moc"
