#include "core/history/historystore.h"
#include "core/pipeline/runpipeline.h"
#include "core/pipeline/worklogimport.h"
#include "core/worklog/worklogreader.h"
#include "tests/common/testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gardener;

namespace {
// A hand-written worklog in the style engineers use, with two clusters and one action.
const char kWorklog[] = R"(# Worklog - payments staging
**Generated:** 2026-11-01 09:00:00 UTC
**Service:** payments-staging

## Issue Clusters

### Cluster 1: Session middleware missing (HIGH - P2)
**Severity:** WARNING
**Frequency:** 12+ occurrences

```json
{
  "jsonPayload": {
    "labels": {"function": "callHandlers", "line": "1706", "module": "logging"},
    "message": "Session access failed (middleware not installed?): SessionMiddleware must be installed to access request.session"
  },
  "severity": "WARNING"
}
```

### Cluster 2: Card vault timeouts (P1)
**Severity:** ERROR
**Frequency:** 4 occurrences

```json
{
  "jsonPayload": {
    "labels": {"function": "charge", "line": "88", "module": "payments.vault"},
    "message": "Vault call timed out after 2.5s for card 4b15eea4"
  },
  "severity": "ERROR"
}
```

## GitHub Actions
### Cluster 2: Card vault timeouts
- **Action:** Created New Issue #77
- **URL:** https://example.test/acme/payments/issues/77
)";

worklog::WorklogData parse(const QByteArray &bytes)
{
    return worklog::WorklogReader::parse(bytes, QStringLiteral("test.md"));
}
} // namespace

class TestWorklogImport : public QObject
{
    Q_OBJECT
private slots:
    void similarityTreatsPlaceholdersAsWildcards()
    {
        QCOMPARE(pipeline::templateSimilarity(QStringLiteral("a b c"), QStringLiteral("a <*> c")),
                 1.0);
        QCOMPARE(pipeline::templateSimilarity(QStringLiteral("a b c d"), QStringLiteral("a b x d")),
                 0.75);
        QCOMPARE(pipeline::templateSimilarity(QStringLiteral("a b"), QStringLiteral("a b c d")),
                 0.5);
        QCOMPARE(pipeline::templateSimilarity(QString(), QStringLiteral("a")), 0.0);
    }

    void importsIntoEmptyHistoryOnce()
    {
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        const QByteArray bytes(kWorklog);
        const auto data = parse(bytes);
        QCOMPARE(data.clusters.size(), 2);
        const auto outcome = pipeline::importWorklog(data, bytes, QStringLiteral("test.md"), store);
        QVERIFY2(outcome.has_value(), qPrintable(outcome ? QString() : outcome.error().toString()));
        QVERIFY(!outcome->alreadyImported);
        QCOMPARE(outcome->clusters.size(), 2);
        QVERIFY(outcome->clusters[0].fingerprint != outcome->clusters[1].fingerprint);
        QVERIFY(outcome->clusters[0].fingerprint.startsWith(QStringLiteral("v1:")));

        const auto runs = store.runs();
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().source, QStringLiteral("worklog"));
        QCOMPARE(runs->first().started,
                 QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()));
        const auto clusters = store.clustersOfRun(runs->first().id);
        QCOMPARE(clusters->size(), 2);
        const auto link = store.issueFor(outcome->clusters[1].fingerprint);
        QVERIFY(link.has_value() && link->has_value());
        QCOMPARE((*link)->issue, 77);

        const auto again = pipeline::importWorklog(data, bytes, QStringLiteral("copy.md"), store);
        QVERIFY(again->alreadyImported);
        QCOMPARE(store.runs()->size(), 1);
    }

    // A run over real entries first; a worklog whose sample is one of those messages joins the
    // run's cluster, so the trend sees both.
    void joinsClustersOfEarlierRuns()
    {
        QTemporaryDir dir;
        pipeline::RunOptions options;
        options.demo = true;
        options.historyPath = dir.filePath(QStringLiteral("h.sqlite"));
        options.worklogDir = dir.path();
        const auto run = pipeline::runOnce(options);
        QVERIFY2(run.has_value(), qPrintable(run ? QString() : run.error().toString()));
        const int session = [&] {
            for (int i = 0; i < int(run->clusters.clusters().size()); ++i) {
                if (run->clusters.clusters()[size_t(i)].name.contains(
                        QStringLiteral("SessionMiddleware")))
                    return i;
            }
            return -1;
        }();
        QVERIFY2(session >= 0, "the demo data has the session middleware warning");
        const QString expected = run->clusters.clusters()[size_t(session)].fingerprint;

        history::HistoryStore store;
        QVERIFY(store.open(options.historyPath).has_value());
        const QByteArray bytes(kWorklog);
        const auto outcome =
            pipeline::importWorklog(parse(bytes), bytes, QStringLiteral("w.md"), store);
        QVERIFY(outcome.has_value());
        QVERIFY(outcome->clusters[0].matchedHistory);
        QCOMPARE(outcome->clusters[0].fingerprint, expected);
        QVERIFY(!outcome->clusters[1].matchedHistory); // the vault cluster is not in the demo
        QCOMPARE(store.trendFor(expected, 1.0)->earlierRuns, 2);
    }

    void realWorklogsFormAHistory()
    {
        const QString folder = test::sharedPath(QStringLiteral("fixtures/worklogs"));
        if (folder.isEmpty())
            QSKIP(
                "../shared/fixtures/worklogs is absent; the real worklogs are not available here");
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).has_value());
        QStringList sessionFingerprints;
        const QStringList files =
            QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3);
        for (const QString &name : files) {
            QFile f(QDir(folder).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const auto data = parse(bytes);
            const auto outcome = pipeline::importWorklog(data, bytes, f.fileName(), store);
            QVERIFY2(outcome.has_value(), qPrintable(name));
            for (const auto &c : outcome->clusters) {
                if (data.clusters[c.worklogCluster].title.contains(QStringLiteral("Session")))
                    sessionFingerprints << c.fingerprint;
            }
        }
        // All three worklogs report the SessionMiddleware warning; history knows it as one cluster.
        QCOMPARE(sessionFingerprints.size(), 3);
        QCOMPARE(sessionFingerprints.count(sessionFingerprints.first()), 3);
        QCOMPARE(store.runs()->size(), 3);
        QCOMPARE(store.trendFor(sessionFingerprints.first(), 1.0)->earlierRuns, 3);
        // The hand-written actions became links: #169 was updated for the session cluster.
        QCOMPARE((*store.issueFor(sessionFingerprints.first()))->issue, 169);
    }
};

QTEST_GUILESS_MAIN(TestWorklogImport)
#include "tst_worklogimport.moc"
