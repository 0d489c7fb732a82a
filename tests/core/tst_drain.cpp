// Template mining: wildcards where messages differ, words kept where they matter, caps.
#include "core/clustering/clusterengine.h"

#include <QTest>
#include <random>

using namespace gardener::clustering;

class TestDrain : public QObject
{
    Q_OBJECT

    static ClusterSet mine(const std::vector<std::string> &messages, ClusterOptions options = {})
    {
        options.groupIssues = false;
        ClusterEngine engine(options);
        for (const std::string &m : messages)
            engine.addMessage(m);
        return engine.snapshot();
    }

    static QStringList texts(const ClusterSet &set)
    {
        QStringList out;
        for (const TemplateInfo &t : set.templates())
            out << t.text;
        out.sort();
        return out;
    }

private slots:
    void maskedVariablesShareTemplate()
    {
        std::vector<std::string> m;
        for (int i = 0; i < 50; ++i)
            m.push_back("Connected to 10.0.0." + std::to_string(i) + " in " +
                        std::to_string(i * 3) + "ms");
        const ClusterSet set = mine(m);
        QCOMPARE(texts(set), QStringList{QStringLiteral("Connected to <IP> in <DUR>")});
        QCOMPARE(set.templates().front().count, quint64(50));
    }

    void unmaskedWordsBecomeWildcards()
    {
        // Many different words in one position are a variable; a few are words of the message.
        const ClusterSet set =
            mine({"session opened for user alice", "session opened for user bob",
                  "session opened for user carol", "session opened for user erin",
                  "session opened for user frank", "session closed by user alice",
                  "session closed by user dave"});
        QCOMPARE(texts(set), (QStringList{QStringLiteral("session closed by user alice"),
                                          QStringLiteral("session closed by user dave"),
                                          QStringLiteral("session opened for user <*>")}));
    }

    void fewValuesSplitIntoTemplatesOfOneIssue()
    {
        // "VM Started" / "VM Stopped": Drain joins them (one word of five differs), the split
        // keeps them apart as templates, and issue grouping keeps them one issue.
        std::vector<std::string> m;
        for (int i = 0; i < 20; ++i) {
            m.push_back("[instance: 123e4567-e89b-12d3-a456-4266141740" + std::to_string(10 + i) +
                        "] VM Started (Lifecycle Event)");
            m.push_back("[instance: 123e4567-e89b-12d3-a456-4266141740" + std::to_string(10 + i) +
                        "] VM Stopped (Lifecycle Event)");
        }
        ClusterOptions options;
        options.threads = 1;
        ClusterEngine engine(options);
        for (const std::string &s : m)
            engine.addMessage(s);
        const ClusterSet set = engine.snapshot();
        QCOMPARE(texts(set),
                 (QStringList{QStringLiteral("[instance: <UUID>] VM Started (Lifecycle Event)"),
                              QStringLiteral("[instance: <UUID>] VM Stopped (Lifecycle Event)")}));
        QCOMPARE(set.clusters().size(), size_t(1));
        QVERIFY(set.clusters().front().explanation.contains(QStringLiteral("another word")));
        // With the split off, they stay one template with a wildcard.
        options.splitDistinct = 0;
        ClusterEngine joined(options);
        for (const std::string &s : m)
            joined.addMessage(s);
        QCOMPARE(texts(joined.snapshot()),
                 QStringList{QStringLiteral("[instance: <UUID>] VM <*> (Lifecycle Event)")});
    }

    void variableLeadingWordFamily()
    {
        // A program name in front: at least three alternatives make it a variable.
        std::vector<std::string> m;
        for (const char *p : {"chrome.exe", "Dropbox.exe", "WeChat.exe", "git.exe"})
            for (int i = 0; i < 5; ++i)
                m.push_back(std::string(p) + " - proxy.example.org:" + std::to_string(5000 + i) +
                            " open through proxy proxy.example.org:5070 HTTPS");
        const ClusterSet set = mine(m);
        QCOMPARE(set.templates().size(), size_t(1));
        // Two alternatives stay two templates.
        const ClusterSet two =
            mine({"job alpha started now", "job alpha started now", "job beta finished now"});
        QCOMPARE(two.templates().size(), size_t(2));
    }

    void differentLengthsDiffer()
    {
        const ClusterSet set =
            mine({"cache miss", "cache miss for key 42", "cache miss for key 43"});
        QCOMPARE(texts(set), (QStringList{QStringLiteral("cache miss"),
                                          QStringLiteral("cache miss for key <NUM>")}));
    }

    void orderIndependent()
    {
        std::vector<std::string> m;
        for (int i = 0; i < 300; ++i) {
            m.push_back("Request " + std::to_string(i) + " from tenant t" + std::to_string(i % 4) +
                        " took " + std::to_string(i % 9) + "ms");
            m.push_back("Cache " + std::string(i % 2 ? "hit" : "miss") + " on shard s" +
                        std::to_string(i % 11));
            m.push_back("Worker " + std::string(1, char('a' + i % 6)) + " idle");
        }
        const QStringList reference = texts(mine(m));
        std::mt19937 rng(3);
        for (int round = 0; round < 4; ++round) {
            std::shuffle(m.begin(), m.end(), rng);
            QCOMPARE(texts(mine(m)), reference);
        }
    }

    void leafCapBoundsTemplates()
    {
        // Messages sharing length and leading word but nothing else: the leaf cap holds.
        ClusterOptions options;
        options.maxTemplatesPerLeaf = 16;
        std::vector<std::string> m;
        std::mt19937 rng(1);
        for (int i = 0; i < 2000; ++i) {
            std::string s = "event";
            for (int k = 0; k < 6; ++k)
                s += ' ' + std::string(1, char('a' + rng() % 26)) +
                     std::string(1, char('a' + rng() % 26)) +
                     std::string(1, char('a' + rng() % 26));
            m.push_back(s);
        }
        const ClusterSet set = mine(m, options);
        QVERIFY2(set.templates().size() <= 16, qPrintable(QString::number(set.templates().size())));
    }
};

QTEST_GUILESS_MAIN(TestDrain)
#include "tst_drain.moc"
