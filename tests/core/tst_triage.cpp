#include "core/triage/rules.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::triage;

namespace {
TriageInput input(Severity s, const char *utf8, quint64 count, Trend trend = Trend::Unknown,
                  double change = 0)
{
    const QString text = QString::fromUtf8(utf8);
    TriageInput in;
    in.name = text;
    in.texts = {text};
    in.maxSeverity = s;
    in.count = count;
    in.trend = trend;
    in.changePercent = change;
    return in;
}
} // namespace

class TestTriage : public QObject
{
    Q_OBJECT
private slots:
    void defaultsReproduceWorklogJudgement_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("priority");
        // Judgements as engineers wrote them in their worklogs.
        QTest::newRow("critical") << int(Severity::Critical)
                                  << QStringLiteral("Worker pool exhausted") << 1 << 0;
        QTest::newRow("health check crash")
            << int(Severity::Error) << QStringLiteral("Health check crashed: db ping failed") << 2
            << 0;
        QTest::newRow("routing error")
            << int(Severity::Error)
            << QStringLiteral("Error routing message from <*>: 'function' object has no attribute "
                              "'can_handle'")
            << 8 << 1;
        QTest::newRow("legacy loop error")
            << int(Severity::Error)
            << QStringLiteral("[LEGACY MODE] Message loop error: Invalid message type <*>") << 10
            << 2;
        QTest::newRow("frequent middleware warning")
            << int(Severity::Warning)
            << QStringLiteral("Session access failed (middleware not installed?): "
                              "SessionMiddleware must be installed")
            << 17 << 2;
        QTest::newRow("rare middleware warning")
            << int(Severity::Warning)
            << QStringLiteral("Session access failed (middleware not installed?): "
                              "SessionMiddleware must be installed")
            << 3 << 4;
        QTest::newRow("missing module")
            << int(Severity::Warning)
            << QStringLiteral("Optional authentication failed: No module named <*>") << 10 << 2;
        QTest::newRow("buffer advisory")
            << int(Severity::Warning)
            << QStringLiteral("LOW BUFFER UTILIZATION: <*> - Consider reducing <*>") << 1 << 3;
        QTest::newRow("id mismatch")
            << int(Severity::Warning)
            << QStringLiteral("Thread ID mismatch: run_id <*> but thread_id is <*>") << 6 << 3;
        QTest::newRow("auto create")
            << int(Severity::Warning)
            << QStringLiteral("USER AUTO-CREATED: Created user <*> from JWT=REDACTED") << 2 << 6;
        QTest::newRow("plain warning")
            << int(Severity::Warning) << QStringLiteral("Cache warm-up skipped") << 4 << 4;
        QTest::newRow("info") << int(Severity::Info) << QStringLiteral("Started") << 4 << 5;
    }
    void defaultsReproduceWorklogJudgement()
    {
        QFETCH(int, severity);
        QFETCH(QString, text);
        QFETCH(int, count);
        QFETCH(int, priority);
        const auto d = RuleSet::defaults().evaluate(
            input(Severity(severity), text.toUtf8().constData(), count));
        QCOMPARE(d.priority, priority);
        QVERIFY2(!d.explanation.isEmpty(), "a decision always says which rule fired");
        QVERIFY(d.explanation.first().contains(d.priorityRule));
    }

    void categoriesFollowTrendAndText()
    {
        const RuleSet rules = RuleSet::defaults();
        QCOMPARE(rules.evaluate(input(Severity::Error, "boom", 3, Trend::Regression)).category,
                 QStringLiteral("GCP-regression"));
        QCOMPARE(
            rules.evaluate(input(Severity::Warning, "race condition in session close", 3)).category,
            QStringLiteral("GCP-race-condition"));
        // `new` is a trend, never a category: no engineer files under GCP-new.
        QCOMPARE(rules.evaluate(input(Severity::Warning, "something", 3, Trend::New)).category,
                 QStringLiteral("GCP-active-dev"));
        QVERIFY(!RuleSet::defaultText().contains(QStringLiteral("GCP-new")));
        QCOMPARE(rules.evaluate(input(Severity::Warning, "something", 3, Trend::Steady)).category,
                 QStringLiteral("GCP-active-dev"));
        const auto expected =
            rules.evaluate(input(Severity::Warning, "DATABASE USER AUTO-CREATE: <*>", 5));
        QVERIFY(expected.expected);
    }

    void escalationRaisesErrors()
    {
        const RuleSet rules = RuleSet::defaults();
        const auto steady =
            rules.evaluate(input(Severity::Error, "cache refresh failed", 5, Trend::Steady, 10));
        const auto rising = rules.evaluate(
            input(Severity::Error, "cache refresh failed", 15, Trend::Escalating, 200));
        QCOMPARE(steady.priority, 2);
        QCOMPARE(rising.priority, 1);
        QCOMPARE(rising.raisedBy, 1);
        QVERIFY(rising.explanation.join(QLatin1Char('\n')).contains(QStringLiteral("escalating")));
        // A warning that escalates goes up one level too, not straight to P2 whatever it was.
        QCOMPARE(rules.evaluate(input(Severity::Info, "Started", 400, Trend::Escalating)).priority,
                 4);
        QCOMPARE(rules.evaluate(input(Severity::Info, "Started", 400, Trend::Steady)).priority, 5);
    }

    void regressionRaisesOneLevelWithItsCategory()
    {
        const RuleSet rules = RuleSet::defaults();
        const auto back = rules.evaluate(
            input(Severity::Error, "Redis <*> timed out after <*>ms", 300, Trend::Regression));
        QCOMPARE(back.priority, 1); // P2 as an error, raised one level
        QCOMPARE(back.category, QStringLiteral("GCP-regression"));
        QVERIFY(back.explanation.join(QLatin1Char('\n')).contains(QStringLiteral("P2 → P1")));
        // Never above P0.
        QCOMPARE(rules.evaluate(input(Severity::Critical, "boom", 3, Trend::Regression)).priority,
                 0);
    }

    // Location, HTTP status and crash or resource signs, not only the message's words.
    void crashesResourcesStatusAndLocation_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("priority");
        QTest::newRow("pool timeout")
            << int(Severity::Error)
            << QStringLiteral(
                   "Connection pool timeout: could not acquire connection <*> within <*>s")
            << QString() << 0 << QString() << 1;
        QTest::newRow("queue pool")
            << int(Severity::Error)
            << QStringLiteral(
                   "sqlalchemy.exc.TimeoutError: QueuePool limit of size <*> overflow <*> reached")
            << QString() << 0 << QString() << 1;
        QTest::newRow("oom kill") << int(Severity::Error)
                                  << QStringLiteral("Memory limit of <*> MiB exceeded with <*> MiB "
                                                    "used; the container was terminated")
                                  << QString() << 0 << QString() << 1;
        QTest::newRow("5xx on a user path")
            << int(Severity::Error) << QStringLiteral("POST /api/v1/threads/<*>/messages 500")
            << QString() << 500 << QStringLiteral("/api/v1/threads/<*>/messages") << 1;
        QTest::newRow("503 of a health check")
            << int(Severity::Warning) << QStringLiteral("GET /health/ready 503") << QString() << 503
            << QStringLiteral("/health/ready") << 4;
        QTest::newRow("404 on a user path")
            << int(Severity::Warning) << QStringLiteral("GET /api/v1/thing 404") << QString() << 404
            << QStringLiteral("/api/v1/thing") << 4;
        QTest::newRow("websocket module error")
            << int(Severity::Error)
            << QStringLiteral(
                   "Dropped item for connection <*>: invalid state transition <*> -> <*>")
            << QStringLiteral("orders_backend.app.websocket_core.connection_state:transition") << 0
            << QString() << 1;
        QTest::newRow("other module error")
            << int(Severity::Error)
            << QStringLiteral(
                   "Dropped item for connection <*>: invalid state transition <*> -> <*>")
            << QStringLiteral("orders_backend.app.billing.ledger:transition") << 0 << QString()
            << 2;
        QTest::newRow("restart notice is no crash")
            << int(Severity::Notice)
            << QStringLiteral("New container instance started (reason: <*>)") << QString() << 0
            << QString() << 5;
    }
    void crashesResourcesStatusAndLocation()
    {
        QFETCH(int, severity);
        QFETCH(QString, text);
        QFETCH(QString, location);
        QFETCH(int, status);
        QFETCH(QString, path);
        QFETCH(int, priority);
        auto in = input(Severity(severity), text.toUtf8().constData(), 20);
        in.location = location;
        in.httpStatus = status;
        if (!path.isEmpty())
            in.requestPaths = {path};
        const auto d = RuleSet::defaults().evaluate(in);
        QVERIFY2(d.priority == priority, qPrintable(d.explanation.join(QLatin1Char('\n'))));
    }

    void deployCorrelation()
    {
        const RuleSet rules = RuleSet::defaults();
        auto in = input(Severity::Error, "[LEGACY MODE] Message loop error", 50);
        in.deployRevision = QStringLiteral("orders-backend-staging-00546-xyz");
        const auto d = rules.evaluate(in);
        QCOMPARE(d.category, QStringLiteral("GCP-active-dev"));
        QVERIFY(d.explanation.join(QLatin1Char('\n'))
                    .contains(
                        QStringLiteral("started with revision orders-backend-staging-00546-xyz")));
        in.deployRevision.clear();
        QVERIFY(!rules.evaluate(in)
                     .explanation.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("started with")));
        const auto own = RuleSet::parse(QStringLiteral(
            "[New code]\ndeploy ~ -0054[0-9]-\npriority = P1\n[Rest]\npriority = P4\n"));
        QVERIFY(own.has_value());
        in.deployRevision = QStringLiteral("svc-00547-abc");
        QCOMPARE(own->evaluate(in).priority, 1);
        in.deployRevision = QStringLiteral("svc-00612-abc");
        QCOMPARE(own->evaluate(in).priority, 4);
    }

    void negatedPatternsAndRaiseParse()
    {
        const auto rules = RuleSet::parse(
            QStringLiteral("[A]\npath !~ health\nstatus >= 500\npriority = P0\n"
                           "[B]\ntrend = regressed\nraise = 2\n[C]\npriority = P4\n"));
        QVERIFY2(rules.has_value(), qPrintable(rules ? QString() : rules.error().toString()));
        auto in = input(Severity::Error, "GET /health 500", 1, Trend::Regression);
        in.httpStatus = 500;
        in.requestPaths = {QStringLiteral("/health")};
        QCOMPARE(rules->evaluate(in).priority, 2); // A does not hold; C's P4 raised by 2
        in.requestPaths = {QStringLiteral("/api/orders")};
        QCOMPARE(rules->evaluate(in).priority, 0);
        QVERIFY(!RuleSet::parse(QStringLiteral("[A]\nraise = lots\n")).has_value());
        QVERIFY(!RuleSet::parse(QStringLiteral("[A]\ncount !~ 3\npriority = P1\n")).has_value());
    }

    void userRulesParseAndApply()
    {
        const QString text = QStringLiteral(
            "# ours\n[Payments]\ntext ~ payment\nseverity >= WARNING\npriority = P0\ncategory = "
            "Payments\n"
            "[Busy]\nper_minute >= 10\nchange >= 300%\npriority = P1\n[Rest]\npriority = P5\n");
        const auto rules = RuleSet::parse(text);
        QVERIFY2(rules.has_value(), qPrintable(rules ? QString() : rules.error().toString()));
        QCOMPARE(rules->rules().size(), size_t(3));
        auto pay = input(Severity::Warning, "Payment declined for order <*>", 1);
        QCOMPARE(rules->evaluate(pay).priority, 0);
        QCOMPARE(rules->evaluate(pay).category, QStringLiteral("Payments"));
        auto busy = input(Severity::Info, "x", 100, Trend::Escalating, 350);
        busy.perMinute = 12;
        QCOMPARE(rules->evaluate(busy).priority, 1);
        busy.changePercent = 100;
        QCOMPARE(rules->evaluate(busy).priority, 5);
    }

    void badRulesSayWhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("no header")
            << QStringLiteral("severity >= ERROR\n") << 1 << QStringLiteral("before the first");
        QTest::newRow("bad field") << QStringLiteral("[A]\ncolour = red\npriority = P1\n") << 2
                                   << QStringLiteral("unknown field");
        QTest::newRow("bad priority")
            << QStringLiteral("[A]\npriority = P9\n") << 2 << QStringLiteral("P0 to P6");
        QTest::newRow("bad severity") << QStringLiteral("\n[A]\nseverity >= LOUD\npriority = P1\n")
                                      << 3 << QStringLiteral("unknown severity");
        QTest::newRow("bad pattern") << QStringLiteral("[A]\ntext ~ (unclosed\npriority = P1\n")
                                     << 2 << QStringLiteral("bad pattern");
        QTest::newRow("no effect")
            << QStringLiteral("[A]\nseverity >= ERROR\n") << 1 << QStringLiteral("sets neither");
    }
    void badRulesSayWhere()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, words);
        const auto rules = RuleSet::parse(text, QStringLiteral("mine.rules"));
        QVERIFY(!rules.has_value());
        QCOMPARE(rules.error().line, line);
        QCOMPARE(rules.error().file, QStringLiteral("mine.rules"));
        QVERIFY2(rules.error().what.contains(words), qPrintable(rules.error().what));
    }

    void rulesFileIsReadInOnePlace()
    {
        QTemporaryDir dir;
        // No file: nothing to read, the built-in rules apply.
        const auto none = RuleSet::readFile(dir.filePath(QStringLiteral("absent.rules")));
        QVERIFY(none.has_value());
        QVERIFY(!none->has_value());
        // A file: its text, as UTF-8.
        QFile file(dir.filePath(QStringLiteral("mine.rules")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("rule \u00e9t\u00e9\n").toUtf8());
        file.close();
        const auto text = RuleSet::readFile(file.fileName());
        QVERIFY(text.has_value() && text->has_value());
        QCOMPARE(**text, QStringLiteral("rule \u00e9t\u00e9\n"));
        // Something that is there but cannot be read as a file: an error naming it.
        const auto folder = RuleSet::readFile(dir.path());
        QVERIFY(!folder.has_value());
        QCOMPARE(folder.error().file, dir.path());
        QVERIFY(!folder.error().what.isEmpty());
    }

    void rulesFileIsWrittenInOnePlace()
    {
        QTemporaryDir dir;
        // The folder is made; what is written reads back the same.
        const QString path = dir.filePath(QStringLiteral("conf/mine.rules"));
        const QString text = QStringLiteral("[\u00c9t\u00e9]\nseverity >= ERROR\npriority = P1\n");
        QVERIFY(RuleSet::writeFile(path, text).has_value());
        const auto back = RuleSet::readFile(path);
        QVERIFY(back.has_value() && back->has_value());
        QCOMPARE(**back, text);
        // A folder that cannot be made (a file is in its place): an error naming the rules file,
        // and nothing else changes.
        QFile blocker(dir.filePath(QStringLiteral("blocked")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString blocked = dir.filePath(QStringLiteral("blocked/mine.rules"));
        const auto refused = RuleSet::writeFile(blocked, text);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().file, blocked);
        QVERIFY(!refused.error().what.isEmpty());
        QCOMPARE(blocker.size(), 0);
    }

    void defaultTextIsItsOwnDocumentation()
    {
        const auto parsed = RuleSet::parse(RuleSet::defaultText());
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->rules().size() >= 10);
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
