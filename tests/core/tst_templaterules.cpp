// Template mining rules on hand-made messages (docs/clustering.md, "Templates"): each case is
// one rule, and fails without it.
#include "core/clustering/clusterengine.h"
#include "core/clustering/issuegrouper.h"

#include <QTest>

#include <tuple>

using namespace gardener::clustering;

namespace {

ClusterSet mine(const std::vector<std::string> &messages)
{
    ClusterOptions options;
    options.groupIssues = false;
    options.threads = 1;
    ClusterEngine engine(options);
    for (const std::string &m : messages)
        engine.addMessage(m);
    return engine.snapshot();
}

} // namespace

class TestTemplateRules : public QObject
{
    Q_OBJECT

private slots:
    // Templates alike in every word but one plain word (up to eight values) are one message;
    // a word that differs anywhere else, another place in the code, another length, or nine
    // values keep them apart. Edges come in the order of the groups' text, members by index.
    void enumerationNeedsEveryOtherWordAlike()
    {
        const std::vector<std::vector<std::string>> words = {
            {"queue", "alpha", "stalled", "for", "<NUM>"},          // 0
            {"queue", "beta", "stalled", "for", "<NUM>"},           // 1
            {"queue", "gamma", "stalled", "for", "<NUM>"},          // 2
            {"queue", "delta", "stalled", "after", "<NUM>"},        // 3: another word elsewhere
            {"queue", "alpha", "stalled", "for", "<NUM>", "again"}, // 4: longer
            {"queue", "beta", "stalled", "for", "<NUM>"},           // 5: another file
            {"breaker", "open", "on", "checkout"},                  // 6
            {"breaker", "closed", "on", "checkout"},                // 7
        };
        std::vector<std::vector<std::string>> store = words;
        for (int v = 0; v < 9; ++v) // nine values: a vocabulary, not an enumeration
            store.push_back({"region", "r" + std::string(1, char('a' + v)), "is", "draining"});
        std::vector<detail::GroupTemplate> templates(store.size());
        for (size_t i = 0; i < store.size(); ++i) {
            templates[i].tokens = store[i];
            templates[i].file = i == 5 ? "other.py" : "queue.py";
        }
        std::vector<std::tuple<quint32, quint32, QString>> edges;
        detail::groupEnumerations(templates, [&](quint32 a, quint32 b, const QString &why) {
            edges.emplace_back(a, b, why);
        });
        QCOMPARE(edges.size(), size_t(3));
        QCOMPARE(std::get<0>(edges[0]), quint32(6));
        QCOMPARE(std::get<1>(edges[0]), quint32(7));
        QCOMPARE(std::get<2>(edges[0]),
                 QStringLiteral("the same message with another value (open, closed)"));
        QCOMPARE(std::get<0>(edges[1]), quint32(0));
        QCOMPARE(std::get<1>(edges[1]), quint32(1));
        QCOMPARE(std::get<1>(edges[2]), quint32(2));
        QCOMPARE(std::get<2>(edges[2]),
                 QStringLiteral("the same message with another value (alpha, beta, gamma)"));
    }

    // A setting whose values mask differently ("rhost=<IP>", "rhost=<ID>") keeps its key:
    // "rhost=<*>". A bare "<*>" there made the messages with and without a trailing
    // "user=<name>" one template, since runs of whole "<*>" read as one.
    void settingKeepsItsKey()
    {
        std::vector<std::string> messages;
        const char *hosts[] = {"10.0.0.1",     "ec2-52-80-34-196.compute.example.com",
                               "10.0.0.7",     "host-4711-a.example.net",
                               "192.168.1.20", "b-3c4d5e6f7a.example.org"};
        const char *users[] = {"root", "guest", "admin", "ftp", "git", "mysql"};
        for (size_t i = 0; i < std::size(hosts); ++i) {
            messages.push_back(
                std::string(
                    "pam: authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=") +
                hosts[i]);
            messages.push_back(
                std::string(
                    "pam: authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=") +
                hosts[i] + "  user=" + users[i]);
        }
        const ClusterSet set = mine(messages);
        for (size_t i = 0; i + 1 < messages.size(); i += 2)
            QVERIFY2(set.templateOfEntry(i) != set.templateOfEntry(i + 1), messages[i + 1].c_str());
        const QString text = set.templates()[set.templateOfEntry(0)].text;
        QVERIFY2(text.contains(QLatin1String("rhost=<*>")), qPrintable(text));
    }

    // An empty value ("rhost=") is the setting's absence: it does not join "rhost=<*>".
    void emptySettingIsNotAValue()
    {
        std::vector<std::string> messages;
        // Each host twice, so the failures with a host are mined first (the miner visits
        // frequent messages first) and the empty one meets "rhost=<*>".
        for (const char *h : {"10.0.0.1", "ec2-52-80-34-196.compute.example.com", "10.0.0.9"})
            for (int k = 0; k < 2; ++k)
                messages.push_back(std::string("authentication failure; logname= uid=0 euid=0 "
                                               "tty=NODEVssh ruser= rhost=") +
                                   h);
        messages.push_back("authentication failure; logname= uid=0 euid=0 tty=:0 ruser= rhost=");
        const ClusterSet set = mine(messages);
        QCOMPARE(set.templateOfEntry(0), set.templateOfEntry(2));
        QVERIFY(set.templateOfEntry(6) != set.templateOfEntry(0));
    }

    // One route whose segment holds a few names, under one status, is one issue (the routes
    // stay templates of their own); two endpoints that differ in their last segment, or the
    // same route under another status, are not.
    void routeValuesAreOneIssue()
    {
        ClusterOptions options;
        options.threads = 1;
        ClusterEngine engine(options);
        const char *agents[] = {"data_agent", "triage_agent", "optimization_agent",
                                "reporting_agent"};
        for (int k = 0; k < 5; ++k) {
            for (const char *a : agents)
                engine.addMessage(std::string("POST /api/v1/agents/") + a + "/run 429");
            engine.addMessage("GET /v2/carts 200");
            engine.addMessage("GET /v2/orders 200");
            engine.addMessage("POST /api/v1/agents/data_agent/run 200");
        }
        const ClusterSet set = engine.snapshot();
        const auto clusterOf = [&](const char *text) {
            for (quint32 t = 0; t < set.templates().size(); ++t)
                if (set.templates()[t].text == QLatin1String(text))
                    for (quint32 c = 0; c < set.clusters().size(); ++c)
                        if (std::count(set.clusters()[c].templates.begin(),
                                       set.clusters()[c].templates.end(), t))
                            return int(c);
            return -1;
        };
        const int data = clusterOf("POST /api/v1/agents/data_agent/run 429");
        QVERIFY(data >= 0);
        for (const char *a : {"triage_agent", "optimization_agent", "reporting_agent"})
            QCOMPARE(clusterOf((std::string("POST /api/v1/agents/") + a + "/run 429").c_str()),
                     data);
        QVERIFY(set.clusters()[size_t(data)].explanation.contains(
            QLatin1String("the same route with another value")));
        QVERIFY(clusterOf("GET /v2/carts 200") != clusterOf("GET /v2/orders 200"));
        QVERIFY(clusterOf("POST /api/v1/agents/data_agent/run 200") != data);
    }
};

QTEST_GUILESS_MAIN(TestTemplateRules)
#include "tst_templaterules.moc"
