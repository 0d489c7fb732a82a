// Fingerprints: the documented rule, stable values, independence from run and input order.
#include "core/clustering/clusterengine.h"
#include "core/clustering/fingerprint.h"
#include "core/demo/demogenerator.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <random>
#include <set>

using namespace gardener::clustering;

class TestFingerprint : public QObject
{
    Q_OBJECT

    static std::vector<std::string> corpus()
    {
        std::vector<std::string> out;
        for (int i = 0; i < 200; ++i) {
            out.push_back("User " + std::to_string(10000000 + i * 7) + "... not found in database");
            out.push_back("Connected to 10.0.0." + std::to_string(i % 250) + " in " +
                          std::to_string(i % 17) + "ms");
            out.push_back("Session access failed (middleware not installed?)");
            if (i % 3 == 0)
                out.push_back("worker w" + std::string(1, char('a' + i % 5)) + " restarted after " +
                              std::to_string(i) + " jobs");
        }
        return out;
    }

    static std::map<QString, quint64> fingerprints(const std::vector<std::string> &messages)
    {
        ClusterEngine engine;
        for (const std::string &m : messages)
            engine.addMessage(
                m, EntryMeta{0, gardener::Severity::Info, {}, {}, "svc.mod", "fn", 0, {}});
        const ClusterSet set = engine.snapshot();
        std::map<QString, quint64> out;
        for (const TemplateInfo &t : set.templates())
            out[t.fingerprint] = t.count;
        for (const IssueCluster &c : set.clusters())
            out[QStringLiteral("cluster ") + c.fingerprint] = c.count;
        return out;
    }

private slots:
    void normalisation()
    {
        QCOMPARE(normaliseTemplate("a  <NUM> <HEX>\tb [<NUM>] <*>"),
                 std::string("a <*> b [<*>] <*>"));
        QCOMPARE(normaliseTemplate("<not-a-placeholder> x"), std::string("<not-a-placeholder> x"));
        QCOMPARE(normaliseTemplate(""), std::string());
    }

    void documentedRule()
    {
        const QString fp =
            templateFingerprint("User <ID> not found in database", "logging", "callHandlers");
        // Recompute by the documented rule, independently of the implementation.
        const QByteArray input = QByteArrayLiteral("User <*> not found in database\x1flogging\x1f"
                                                   "callHandlers");
        const QString expected =
            QStringLiteral("v1:") +
            QString::fromLatin1(
                QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(16));
        QCOMPARE(fp, expected);
        // Pinned value: changing it breaks saved decisions and history, so it needs a new version.
        QCOMPARE(fp, QStringLiteral("v1:23b3f397b23f83b1"));
        QCOMPARE(fp.size(), 19);
        // Location is part of the identity; placeholder types are not.
        QVERIFY(templateFingerprint("User <ID> not found in database", "logging", "other") != fp);
        QCOMPARE(
            templateFingerprint("User <NUM> not found  in database", "logging", "callHandlers"),
            fp);
    }

    void clusterRule()
    {
        QCOMPARE(clusterFingerprint(
                     {QStringLiteral("v1:b"), QStringLiteral("v1:a"), QStringLiteral("v1:c")}),
                 QStringLiteral("v1:a"));
        QCOMPARE(clusterFingerprint({}), QString());
    }

    // Within one set every cluster has its own fingerprint: history keys a run's clusters by
    // it, and merges, splits and GitHub markers name clusters by it. Request logs of different
    // endpoints can be mined apart yet read alike once masked ("POST <*> <NUM>"), which gives
    // two templates one fingerprint; they must then share a cluster. Days of demo traffic
    // with different seeds exercise that.
    void clusterFingerprintsAreUniqueInASet()
    {
        for (quint64 seed = 1; seed <= 6; ++seed) {
            gardener::demo::DemoOptions o;
            o.seed = seed;
            o.count = 2500;
            o.start = QDateTime(QDate(2026, 11, 21), QTime(0, 0), QTimeZone::utc());
            o.durationSecs = 24 * 3600;
            QByteArray bytes;
            QBuffer out(&bytes);
            out.open(QIODevice::WriteOnly);
            QVERIFY(gardener::demo::writeDemo(out, o, nullptr).has_value());
            gardener::LogStore store;
            QVERIFY(
                gardener::LogReader::readBytes(bytes, QStringLiteral("demo"), store).has_value());
            const ClusterSet set = clusterStore(store);
            std::set<QString> seen;
            for (const IssueCluster &c : set.clusters())
                QVERIFY2(seen.insert(c.fingerprint).second,
                         qPrintable(QStringLiteral("seed %1: two clusters are %2")
                                        .arg(seed)
                                        .arg(c.fingerprint)));
        }
    }

    void stableAcrossRunsAndOrder()
    {
        std::vector<std::string> messages = corpus();
        const auto first = fingerprints(messages);
        QCOMPARE(fingerprints(messages), first);
        std::mt19937 rng(7);
        for (int round = 0; round < 3; ++round) {
            std::shuffle(messages.begin(), messages.end(), rng);
            QCOMPARE(fingerprints(messages), first);
        }
        // The user-not-found template has the pinned identity above (location differs here).
        bool found = false;
        for (const auto &[fp, count] : first)
            if (fp == templateFingerprint("User <*> not found in database", "svc.mod", "fn")) {
                QCOMPARE(count, quint64(200));
                found = true;
            }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
