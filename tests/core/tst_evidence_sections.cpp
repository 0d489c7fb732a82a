#include "tests/common/cloudrunentries.h"
#include "tests/common/fakegithub.h"

#include "core/clustering/clusterengine.h"
#include "core/evidence/attributeindex.h"
#include "core/evidence/clusterevidence.h"
#include "core/github/client.h"
#include "core/github/draft.h"
#include "core/logs/logstore.h"
#include "core/worklog/worklogreader.h"
#include "core/worklog/worklogwriter.h"

#include <QStandardPaths>
#include <QTest>

using namespace gardener;
using namespace gardener::evidence;
using gardener::test::CloudRunEntry;
using gardener::test::CloudRunLog;
using gardener::test::FakeGitHub;

namespace {

const QDateTime T0(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
const QString Commit = QStringLiteral("4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39");

// Revision 00644 serves 5,120 requests over six instances; 00645 starts at 11:00 and at 11:03 a
// KeyError appears, 46 of its 50 entries on instance 00a1….
std::shared_ptr<LogStore> scenario()
{
    CloudRunLog log;
    auto add = [&](int n, const QString &revision, const QDateTime &from, int stepMs,
                   const QString &message, auto &&shape) {
        for (int i = 0; i < n; ++i) {
            CloudRunEntry e;
            e.time = from.addMSecs(qint64(i) * stepMs);
            e.revision = revision;
            e.message = message.arg(i);
            e.instance = QStringLiteral("00b%1").arg(i % 6);
            e.commitSha =
                revision.contains(QLatin1String("00645")) ? Commit : QStringLiteral("0123456");
            shape(e, i);
            log.add(e);
        }
    };
    auto none = [](CloudRunEntry &, int) {};
    add(5120, QStringLiteral("api-00644-xq"), T0, 600, QStringLiteral("request served in %1 ms"),
        none);
    add(1000, QStringLiteral("api-00645-zk"), T0.addSecs(3600), 1000,
        QStringLiteral("request served in %1 ms"), none);
    add(50, QStringLiteral("api-00645-zk"), T0.addSecs(3780), 5000,
        QStringLiteral("KeyError: 'cart_id' building checkout %1"), [](CloudRunEntry &e, int i) {
            e.instance =
                i < 46 ? QStringLiteral("00a1c9e4b7f25d8e") : QStringLiteral("00b%1").arg(i % 6);
            e.file = QStringLiteral("/app/routes/health.py");
            e.line = 609;
            e.function = QStringLiteral("check_health");
        });
    return log.readStore();
}

int clusterNamed(const clustering::ClusterSet &set, const char *word)
{
    for (size_t i = 0; i < set.clusters().size(); ++i) {
        if (set.clusters()[i].name.contains(QLatin1String(word)))
            return int(i);
    }
    return -1;
}

EvidenceConfig config()
{
    EvidenceConfig c;
    c.code.mappings = {{QString(), CodeMapping::Kind::Path, QStringLiteral("/app/"), QString()}};
    c.code.repos.insert(QString(),
                        CodeRepo{QStringLiteral("acme/shop"), QStringLiteral("https://github.com"),
                                 QStringLiteral("main")});
    return c;
}

} // namespace

class TestEvidenceSections : public QObject
{
    Q_OBJECT
private slots:
    void gatheredEvidenceHoldsTheNumbers()
    {
        auto store = scenario();
        QVERIFY(store);
        const auto set = clustering::clusterStore(*store);
        const int k = clusterNamed(set, "KeyError");
        QVERIFY(k >= 0);
        const AttributeIndex index = AttributeIndex::build(*store);
        const ClusterEvidence e = gatherEvidence(*store, set, k, &index, config());
        QCOMPARE(e.entries, quint64(50));
        QCOMPARE(e.restEntries, quint64(6120));
        QCOMPARE(e.deploys.startedWith, QStringLiteral("api-00645-zk"));
        QCOMPARE(e.deployedCommit, Commit);
        QCOMPARE(e.where.path, QStringLiteral("routes/health.py"));
        QCOMPARE(e.where.url,
                 QStringLiteral("https://github.com/acme/shop/blob/%1/routes/health.py#L609")
                     .arg(Commit));
        QVERIFY(!e.differences.empty());
        QCOMPARE(e.differences.front().attribute, QStringLiteral("instance"));
        QCOMPARE(e.differences.front().inSelection, quint64(46));
        QVERIFY(e.errors.invisible());
        QCOMPARE(e.errors.project, QStringLiteral("shop-prod"));
    }

    void draftCarriesEverySectionWithItsSource()
    {
        auto store = scenario();
        const auto set = clustering::clusterStore(*store);
        const int k = clusterNamed(set, "KeyError");
        const AttributeIndex index = AttributeIndex::build(*store);
        ClusterEvidence e = gatherEvidence(*store, set, k, &index, config());

        // GitHub's part, through the real client against the fake server.
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addRepo(QStringLiteral("acme/shop"));
        FakeGitHub::CodeCommit c;
        c.sha = QString(40, QLatin1Char('b'));
        c.message = QStringLiteral("Read cart_id from the session (#412)");
        c.authorLogin = QStringLiteral("alice");
        c.authorName = QStringLiteral("Alice");
        c.date = T0.addSecs(-3600);
        c.files = {QStringLiteral("routes/health.py")};
        gh.addCommit(QStringLiteral("acme/shop"), c);
        gh.setFile(QStringLiteral("acme/shop"), QStringLiteral(".github/CODEOWNERS"),
                   "* @acme/platform\n/routes/ @alice @acme/payments\n");
        github::GitHubClient::Config cc;
        cc.apiBase = gh.apiBase();
        github::GitHubClient client(cc);
        CodeFetcher fetcher(&client);
        bool commitsDone = false, ownersDone = false;
        fetcher.suspectCommits(
            QStringLiteral("acme/shop"), e.where.path,
            QDateTime::fromMSecsSinceEpoch(e.firstSeenNs / 1'000'000, Qt::UTC),
            [&](Result<std::vector<SuspectCommit>> r) {
                QVERIFY(r.has_value());
                e.suspects = *r;
                e.suspectsSource = QStringLiteral(
                    "GitHub commits touching `routes/health.py` in the 7 days before first seen");
                commitsDone = true;
            });
        fetcher.codeOwners(QStringLiteral("acme/shop"), e.where.ref, [&](Result<CodeOwners> r) {
            QVERIFY(r.has_value());
            addOwners(e, *r, QStringLiteral("acme/shop"), e.where.ref);
            ownersDone = true;
        });
        QTRY_VERIFY(commitsDone && ownersDone);

        github::DraftInput in;
        in.fingerprint = set.clusters()[size_t(k)].fingerprint;
        in.name = set.clusters()[size_t(k)].name;
        in.count = 50;
        in.evidence = evidenceSections(e, 2);
        const github::IssueDraft d =
            github::DraftBuilder().newIssue(QStringLiteral("acme/shop"), in);
        const QString &b = d.body;
        const QStringList headings = {QStringLiteral("## Started with"), QStringLiteral("## Where"),
                                      QStringLiteral("## Suspect commits"),
                                      QStringLiteral("## Different in this cluster"),
                                      QStringLiteral("## Owners")};
        qsizetype at = 0;
        for (const QString &h : headings) {
            const qsizetype next = b.indexOf(h, at);
            QVERIFY2(next >= 0,
                     qPrintable(h + QStringLiteral(" missing or out of order in:\n") + b));
            at = next;
        }
        QVERIFY(b.contains(QStringLiteral("- First seen 3 min after revision 00645 started serving "
                                          "(0 of 5,120 entries of 00644)")));
        QVERIFY(b.contains(QStringLiteral("_Source: resource.labels.revision_name of 6,170 entries "
                                          "of service api in this window._")));
        QVERIFY(
            b.contains(QStringLiteral("[`routes/health.py:609`](https://github.com/acme/shop/blob/"
                                      "%1/routes/health.py#L609) "
                                      "in `check_health` (at the deployed commit `4f2a9c1e8b7d`)")
                           .arg(Commit)));
        QVERIFY(b.contains(QStringLiteral("Invisible to Error Reporting: none of its 50 entries "
                                          "carries a stack trace or an error group")));
        QVERIFY(b.contains(QStringLiteral("code mapping `/app/ → (repository root)`")));
        QVERIFY(b.contains(QStringLiteral("Read cart\\_id from the session (#412) by @alice")));
        QVERIFY(b.contains(QStringLiteral("/acme/shop/pull/412)")));
        QVERIFY(b.contains(QStringLiteral("- instance 00a1c9e4b7f25d8e: 92% of this cluster, 0% of "
                                          "the rest (46 of 50 vs 0 of 6,120)")));
        QVERIFY(b.contains(QStringLiteral("_Source: this cluster's 50 entries compared with the "
                                          "other 6,120 entries of the window._")));
        QVERIFY(b.contains(QStringLiteral("- @alice, @acme/payments (line 2, `/routes/`)")));
        QVERIFY(b.contains(QStringLiteral("- Suggested assignees: alice")));
        QVERIFY(b.contains(QStringLiteral("- Team label: `team:payments`")));
        QVERIFY(b.contains(
            QStringLiteral("_Source: `.github/CODEOWNERS` of acme/shop at `%1`._").arg(Commit)));
        // The evidence sits before the hidden markers, which stay last.
        QVERIFY(b.indexOf(QStringLiteral("## Owners")) < b.indexOf(QStringLiteral("<!--")));
        QVERIFY(b.trimmed().endsWith(QStringLiteral("-->")));

        const github::IssueDraft comment =
            github::DraftBuilder().comment(QStringLiteral("acme/shop"), 7, in);
        QVERIFY(comment.body.contains(QStringLiteral("## Suspect commits")));
    }

    void draggedTimeRangeIsCompared()
    {
        auto store = scenario();
        const auto set = clustering::clusterStore(*store);
        const int k = clusterNamed(set, "KeyError");
        const AttributeIndex index = AttributeIndex::build(*store);
        EvidenceConfig c = config();
        // The KeyError entries come every 5 s from 11:03: [11:03, 11:04) holds the first 12.
        c.rangeFromNs = T0.addSecs(3780).toMSecsSinceEpoch() * 1'000'000;
        c.rangeToNs = T0.addSecs(3840).toMSecsSinceEpoch() * 1'000'000;
        const ClusterEvidence e = gatherEvidence(*store, set, k, &index, c);
        QCOMPARE(e.compared, quint64(12));
        QCOMPARE(e.restEntries, quint64(6170 - 12));
        QVERIFY(!e.differences.empty());
        QCOMPARE(e.differences.front().inSelection, quint64(12));
        QVERIFY(evidenceSections(e, 2).contains(
            QStringLiteral("_Source: this cluster's 12 entries from 2026-03-01 11:03 UTC to "
                           "2026-03-01 11:04 UTC compared with the "
                           "other 6,158 entries of the window._")));
    }

    void allClustersAtOnceEqualOneByOne()
    {
        QStandardPaths::setTestModeEnabled(true); // no code settings of the user's
        auto store = scenario();
        const auto set = clustering::clusterStore(*store);
        const QStringList all = offlineEvidenceSectionsForAll(*store, set, 4);
        QCOMPARE(all.size(), qsizetype(set.clusters().size()));
        for (int i = 0; i < int(set.clusters().size()); ++i)
            QCOMPARE(all[i], offlineEvidenceSections(*store, set, i, 4));
        QVERIFY(all[clusterNamed(set, "KeyError")].contains(
            QLatin1String("First seen 3 min after revision 00645")));
    }

    void sectionsWithoutEvidenceAreLeftOut()
    {
        // No revisions, no source location, no attribute index, nothing from GitHub.
        CloudRunLog log;
        for (int i = 0; i < 20; ++i) {
            CloudRunEntry e;
            e.time = T0.addSecs(i);
            e.message = QStringLiteral("slow query %1").arg(i);
            log.add(e);
        }
        auto store = log.readStore();
        const auto set = clustering::clusterStore(*store);
        const ClusterEvidence e = gatherEvidence(*store, set, 0, nullptr, config());
        QCOMPARE(evidenceSections(e, 2), QString());
        github::DraftInput in;
        in.name = QStringLiteral("slow query");
        in.evidence = evidenceSections(e, 2);
        const QString body = github::DraftBuilder().newIssue(QStringLiteral("acme/shop"), in).body;
        for (const char *h : {"Started with", "## Where", "Suspect commits",
                              "Different in this cluster", "## Owners"})
            QVERIFY2(!body.contains(QLatin1String(h)), h);
    }

    void onlySectionsWithEvidenceAppear()
    {
        auto store = scenario();
        const auto set = clustering::clusterStore(*store);
        const int k = clusterNamed(set, "KeyError");
        // Without the index and GitHub: revisions and the code line only.
        const QString md = evidenceSections(gatherEvidence(*store, set, k, nullptr, config()), 4);
        QVERIFY(md.startsWith(QStringLiteral("#### Started with\n")));
        QVERIFY(md.contains(QStringLiteral("#### Where\n")));
        QVERIFY(!md.contains(QStringLiteral("Suspect commits")));
        QVERIFY(!md.contains(QStringLiteral("Different in this cluster")));
        QVERIFY(!md.contains(QStringLiteral("Owners")));
        QVERIFY(!md.contains(
            QStringLiteral("Error Reporting"))); // unknown without the index: not claimed
    }

    void unmappedLocationSaysWhy()
    {
        auto store = scenario();
        const auto set = clustering::clusterStore(*store);
        const int k = clusterNamed(set, "KeyError");
        EvidenceConfig none;
        const QString md = evidenceSections(gatherEvidence(*store, set, k, nullptr, none), 2);
        QVERIFY(md.contains(QStringLiteral("- `/app/routes/health.py:609` in `check_health`\n")));
        QVERIFY(md.contains(QStringLiteral(
            "- No link: no code mapping matches the path \"/app/routes/health.py\" of service api; "
            "add a path prefix mapping")));
    }

    // Worklogs (level 0) state the location themselves: "Where" only when it links to code.
    void compactSectionsKeepOnlyFindings()
    {
        auto store = scenario();
        const auto set = clustering::clusterStore(*store);
        const int k = clusterNamed(set, "KeyError");
        const QString linked =
            evidenceSections(gatherEvidence(*store, set, k, nullptr, config()), 0);
        QVERIFY2(linked.contains(QStringLiteral("**Where:** [`routes/health.py:609`](")),
                 qPrintable(linked));
        QVERIFY(!linked.contains(QStringLiteral("####")));
        EvidenceConfig none;
        const QString unlinked = evidenceSections(gatherEvidence(*store, set, k, nullptr, none), 0);
        QVERIFY2(!unlinked.contains(QStringLiteral("Where")) &&
                     !unlinked.contains(QStringLiteral("No link")),
                 qPrintable(unlinked));
    }

    void worklogWithSectionsReadsBack()
    {
        worklog::WorklogData data;
        data.title = QStringLiteral("Worklog");
        worklog::WorklogCluster c;
        c.title = QStringLiteral("KeyError in checkout");
        c.count = 50;
        c.priority = QStringLiteral("P1");
        c.evidence = QStringLiteral(
            "#### Started with\n\n- First seen 3 min after revision 00645 started serving\n\n"
            "_Source: revisions._\n\n#### Owners\n\n- @alice\n\n_Source: `CODEOWNERS`._\n");
        data.clusters.append(c);
        worklog::WorklogWriterOptions options;
        options.redact = [](const QString &s) { return s; };
        const auto back =
            worklog::WorklogReader::parseText(worklog::WorklogWriter::render(data, options));
        QCOMPARE(back.clusters.size(), 1);
        QCOMPARE(back.clusters[0].title, c.title);
        QCOMPARE(back.clusters[0].count, qint64(50));
        QCOMPARE(back.clusters[0].priority, QStringLiteral("P1"));
    }

    void worklogCarriesTheSections()
    {
        worklog::WorklogData data;
        data.title = QStringLiteral("Worklog");
        worklog::WorklogCluster c;
        c.title = QStringLiteral("KeyError");
        c.count = 50;
        c.evidence = QStringLiteral(
            "#### Started with\n\n- First seen 3 min after revision 00645 started serving\n\n"
            "_Source: revisions._\n");
        data.clusters.append(c);
        worklog::WorklogWriterOptions options;
        options.redact = [](const QString &s) { return s; };
        const QString md = worklog::WorklogWriter::render(data, options);
        const qsizetype cluster = md.indexOf(QStringLiteral("### Cluster 1: KeyError"));
        const qsizetype started = md.indexOf(QStringLiteral("#### Started with"));
        QVERIFY(cluster >= 0 && started > cluster);
        // Inside its cluster: before whatever section follows it.
        QVERIFY(md.indexOf(QStringLiteral("\n## "), cluster) > started);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceSections)
#include "tst_evidence_sections.moc"
