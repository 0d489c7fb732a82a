#include "core/worklog/worklogreader.h"
#include "tests/common/testpaths.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gardener::worklog;
using gardener::test::dataPath;

namespace {

WorklogData load(const QString &name)
{
    const auto result = WorklogReader::readFile(dataPath(QStringLiteral("worklogs/") + name));
    if (!result)
        qFatal("cannot read fixture %s: %s", qPrintable(name),
               qPrintable(result.error().toString()));
    return *result;
}

bool anyWarningContains(const WorklogData &d, const QString &text)
{
    for (const QString &w : d.warnings) {
        if (w.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestWorklogReader : public QObject
{
    Q_OBJECT

private slots:
    // "### Cluster N: Title (CRITICAL - P1)", the cluster list repeated under "PROCESSING
    // RESULTS" with the GitHub actions, "15+ occurrences every minute", "1 occurrence".
    void repeatedClusterSections()
    {
        const WorklogData d = load(QStringLiteral("repeated-clusters.md"));
        QCOMPARE(d.generated, QDateTime(QDate(2026, 3, 2), QTime(6, 15), Qt::UTC));
        QCOMPARE(d.service, QStringLiteral("billing-api-prod"));
        QCOMPARE(d.project, QStringLiteral("billing-prod-7781")); // from "Metadata"
        QCOMPARE(d.timeRange, QStringLiteral("Past 12 hours"));
        QCOMPARE(d.entriesAnalysed, 420);
        QCOMPARE(d.clusters.size(), 4); // the repeated sections are not new clusters

        const WorklogCluster &c1 = d.clusters.at(0);
        QCOMPARE(c1.title, QStringLiteral("Invoice PDF Rendering Crash"));
        QCOMPARE(c1.priority, QStringLiteral("P1"));
        QCOMPARE(c1.priorityLabel, QStringLiteral("CRITICAL"));
        QCOMPARE(c1.severity, QStringLiteral("ERROR"));
        QCOMPARE(c1.count, 12);
        QVERIFY(c1.countLowerBound);
        QCOMPARE(c1.countPhrase, QStringLiteral("12+ occurrences"));
        QCOMPARE(c1.category, QStringLiteral("GCP-regression"));
        QCOMPARE(c1.samples.size(), 1);
        QCOMPARE(c1.samples.at(0).message,
                 QStringLiteral("PDF renderer aborted: font cache is locked by another worker"));
        QCOMPARE(c1.samples.at(0).module, QStringLiteral("billing.pdf.renderer"));
        QCOMPARE(c1.samples.at(0).function, QStringLiteral("render_invoice"));
        QCOMPARE(c1.samples.at(0).line, 88);
        QCOMPARE(c1.samples.at(0).timestamp, QStringLiteral("2026-03-02T06:02:11.120000+00:00"));
        QVERIFY(c1.samples.at(0).text.toString().contains(QLatin1String("\"jsonPayload\"")));
        QCOMPARE(c1.module, QStringLiteral("billing.pdf.renderer"));
        QCOMPARE(c1.line, 88);

        QCOMPARE(d.clusters.at(1).count, 15); // "15+ occurrences every minute"
        QVERIFY(d.clusters.at(1).countLowerBound);
        QCOMPARE(d.clusters.at(1).frequency, QStringLiteral("15+ occurrences every minute"));
        QCOMPARE(d.clusters.at(2).count, 1);
        QVERIFY(!d.clusters.at(2).countLowerBound);
        QCOMPARE(d.clusters.at(3).severity, QStringLiteral("INFO"));
        QCOMPARE(d.clusters.at(3).count, 3);
        QVERIFY(d.clusters.at(3).samples.isEmpty());

        QCOMPARE(d.actions.size(), 4);
        const struct
        {
            int issue;
            WorklogAction::Kind kind;
            int cluster;
            const char *change;
        } expected[] = {
            {901, WorklogAction::Kind::Created, 0, ""},
            {455, WorklogAction::Kind::Updated, 1, "P3->P2"},
            {310, WorklogAction::Kind::Reopened, 2, ""},
            {122, WorklogAction::Kind::Linked, 3, ""},
        };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(d.actions.at(i).issue, expected[i].issue);
            QCOMPARE(d.actions.at(i).kind, expected[i].kind);
            QCOMPARE(d.actions.at(i).cluster, expected[i].cluster);
            QCOMPARE(d.actions.at(i).priorityChange, QString::fromLatin1(expected[i].change));
        }
        QCOMPARE(d.actions.at(0).url,
                 QStringLiteral("https://github.com/example-org/billing/issues/901"));
        QCOMPARE(d.actions.at(0).title,
                 QStringLiteral(
                     "GCP-regression | P1 | Invoice PDF renderer crashes on locked font cache"));

        // Sections not understood are kept verbatim.
        QStringList headings;
        for (const WorklogSection &s : d.unparsed)
            headings.append(s.heading);
        QVERIFY(headings.contains(QStringLiteral("Risk Assessment")));
        QVERIFY(headings.contains(QStringLiteral("Metadata")));
        for (const WorklogSection &s : d.unparsed) {
            if (s.heading == QLatin1String("Metadata"))
                QVERIFY(s.markdown.toString().contains(QLatin1String("europe-west1")));
        }
    }

    // "## Issue Cluster N:", "**Priority:** P2 (HIGH)", "**Count:** 11+", a summary that
    // states a smaller count, "### Analysis" bullets, an unknown sub-section.
    void issueClusterHeadings()
    {
        const WorklogData d = load(QStringLiteral("issue-cluster-headings.md"));
        QCOMPARE(d.generated, QDateTime(QDate(2026, 4, 18), QTime(9, 30), Qt::UTC));
        QVERIFY(anyWarningContains(d, QStringLiteral("no time zone")));
        QCOMPARE(d.service, QStringLiteral("inventory-worker"));
        QCOMPARE(d.clusters.size(), 2);
        const WorklogCluster &c1 = d.clusters.at(0);
        QCOMPARE(c1.title, QStringLiteral("Stock Sync Deadlock Errors"));
        QCOMPARE(c1.priority, QStringLiteral("P2"));
        QCOMPARE(c1.priorityLabel, QStringLiteral("HIGH"));
        QCOMPARE(c1.severity, QStringLiteral("ERROR"));
        QCOMPARE(c1.count, 9); // the summary's "9+ repeated errors" is smaller than "11+"
        QVERIFY(c1.countLowerBound);
        QCOMPARE(c1.statedCounts.size(), 2);
        QCOMPARE(c1.module, QStringLiteral("inventory.sync.worker"));
        QCOMPARE(c1.function, QStringLiteral("apply_stock_delta"));
        QCOMPARE(c1.line, 233);
        QCOMPARE(c1.samples.size(), 1);
        QCOMPARE(c1.samples.at(0).message,
                 QStringLiteral(
                     "Deadlock detected while updating stock_levels; transaction rolled back"));
        QVERIFY(c1.notes.contains(QLatin1String("Lock Order Notes")));
        QVERIFY(c1.notes.contains(QLatin1String("item lock first")));
        bool rootCause = false;
        for (const auto &f : c1.extraFields)
            rootCause = rootCause || (f.first == QLatin1String("Root Cause") &&
                                      f.second.contains(QLatin1String("opposite order")));
        QVERIFY(rootCause);

        const WorklogCluster &c2 = d.clusters.at(1);
        QCOMPARE(c2.priority, QStringLiteral("P5"));
        QCOMPARE(c2.priorityLabel, QStringLiteral("LOW - Expected for new products"));
        QCOMPARE(c2.count, 4);
        QVERIFY(!c2.countLowerBound);                              // "4 occurrences" everywhere
        QCOMPARE(c2.line, 41);                                     // "Barcode module at line 41"
        QCOMPARE(c2.module, QStringLiteral("inventory.barcodes")); // completed from the sample
        QCOMPARE(d.summary.size(), 2);
        QCOMPARE(d.summary.at(1).cluster, 1);
        QCOMPARE(d.nextSteps.size(), 2);
        QVERIFY(d.actions.isEmpty());
    }

    // Emoji headings with mojibake, "Severity: P2 | Frequency: High (17+ occurrences) | ..."
    // on one line, an issue distribution with counts for some clusters, legit accents.
    void mojibakeAndDistribution()
    {
        const WorklogData d = load(QStringLiteral("emoji-mojibake.md"));
        QVERIFY(d.mojibakeRepairs >= 6);
        QCOMPARE(d.service, QStringLiteral("checkout-frontend"));
        QCOMPARE(d.revision, QStringLiteral("checkout-frontend-00912-abc"));
        QCOMPARE(d.entriesAnalysed, 130);
        QVERIFY(d.entriesLowerBound);
        QCOMPARE(d.severityFilter, QStringLiteral("WARNING and above"));
        QCOMPARE(d.clusters.size(), 3);
        QCOMPARE(d.clusters.at(0).title, QStringLiteral("Cart Token Expiry"));
        QCOMPARE(d.clusters.at(0).priority, QStringLiteral("P2"));
        QCOMPARE(d.clusters.at(0).severity, QStringLiteral("WARNING")); // from the sample
        QCOMPARE(d.clusters.at(0).count, 19); // distribution 19+ < frequency 21+
        QCOMPARE(d.clusters.at(0).impact, QStringLiteral("Shoppers lose their cart"));
        QCOMPARE(d.clusters.at(0).samples.at(0).message,
                 QString::fromUtf8(
                     "[\xF0\x9F\x94\x91] Cart token expired after 900s for session 5f2c..."));
        QCOMPARE(d.clusters.at(1).priority, QStringLiteral("P1"));
        QCOMPARE(d.clusters.at(1).severity, QStringLiteral("ERROR"));
        QCOMPARE(d.clusters.at(1).count, 5);
        QVERIFY(!d.clusters.at(1).countLowerBound);
        QCOMPARE(d.clusters.at(1).samples.at(0).message,
                 QString::fromUtf8("\xF0\x9F\x9A\xA8 Tax quote request timed out after 3000 ms"));
        QCOMPARE(d.clusters.at(2).title, QString::fromUtf8("Caf\xC3\xA9 Menu Encoding"));
        QCOMPARE(d.clusters.at(2).count, 7);
        QVERIFY(d.clusters.at(2).impact.contains(QString::fromUtf8("\xF0\x9F\x9F\xA2 cosmetic")));
        // Legit non-ASCII text is untouched.
        QVERIFY(d.clusters.at(2).samples.at(0).message.toString().contains(
            QString::fromUtf8("'Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
                              "e' (na\xC3\xAFve Latin-1 source) priced \xE2\x82\xAC 5")));

        QCOMPARE(d.distribution.size(), 4);
        QCOMPARE(d.distribution.at(0).cluster, 0);
        QCOMPARE(d.distribution.at(1).cluster, 1);
        QCOMPARE(d.distribution.at(2).cluster, 2);
        QCOMPARE(d.distribution.at(3).cluster, -1); // "Image CDN" has no section
        QCOMPARE(d.distribution.at(3).count, 2);
        QCOMPARE(d.summary.size(), 4);
        QCOMPARE(d.summary.at(3).cluster, -1);
    }

    // Bullet lists of timestamps as samples, "over 40 errors", a bare "Occurrences: 6",
    // actions as free list lines in their own section.
    void timestampBulletsAndLineActions()
    {
        const WorklogData d = load(QStringLiteral("timestamp-bullets.md"));
        QCOMPARE(d.project, QStringLiteral("search-staging-12"));
        QCOMPARE(d.entriesAnalysed, 2480);
        QCOMPARE(d.clusters.size(), 2);
        const WorklogCluster &c1 = d.clusters.at(0);
        QCOMPARE(c1.severity, QStringLiteral("ERROR"));
        QCOMPARE(c1.priority, QStringLiteral("P1"));
        QVERIFY(c1.priorityLabel.isEmpty()); // "(ERROR - P1)": ERROR is the severity
        QCOMPARE(c1.category, QStringLiteral("GCP-escalated"));
        QCOMPARE(c1.fingerprint, QStringLiteral("a41f09c2"));
        QCOMPARE(c1.count, 40);
        QVERIFY(c1.countLowerBound);
        QCOMPARE(c1.samples.size(), 3);
        QCOMPARE(c1.samples.at(0).kind, WorklogSample::Kind::Bullet);
        QCOMPARE(c1.samples.at(0).timestamp, QStringLiteral("2026-06-30T09:01:12Z"));
        QCOMPARE(c1.samples.at(0).message, QStringLiteral("rebalance of shard 7 stalled at 63%"));
        QCOMPARE(c1.samples.at(2).timestamp, QStringLiteral("2026-06-30T12:40:03.250Z"));
        QCOMPARE(c1.samples.at(2).message, QStringLiteral("rebalance of shard 7 stalled at 91%"));
        QCOMPARE(c1.module, QStringLiteral("indexer/rebalance.go"));
        QCOMPARE(c1.function, QStringLiteral("moveShard"));
        QCOMPARE(c1.line, 214);

        const WorklogCluster &c2 = d.clusters.at(1);
        QCOMPARE(c2.count, 6);
        QCOMPARE(c2.samples.size(), 2);
        QCOMPARE(c2.samples.at(1).timestamp, QStringLiteral("2026-06-30 12:00:00 UTC"));
        QVERIFY(c2.analysis.contains(QLatin1String("reloaded only at start-up")));
        QVERIFY(c2.analysis.contains(QLatin1String("keep the old list")));

        QCOMPARE(d.actions.size(), 3);
        QCOMPARE(d.actions.at(0).issue, 77);
        QCOMPARE(d.actions.at(0).kind, WorklogAction::Kind::Reopened);
        QCOMPARE(d.actions.at(0).priorityChange, QStringLiteral("P3->P1"));
        QCOMPARE(d.actions.at(0).cluster, 0);
        QCOMPARE(d.actions.at(0).url,
                 QStringLiteral("https://github.com/example-org/search/issues/77"));
        QCOMPARE(d.actions.at(1).issue, 80);
        QCOMPARE(d.actions.at(1).kind, WorklogAction::Kind::Linked);
        QCOMPARE(d.actions.at(1).cluster, 1);
        QCOMPARE(d.actions.at(2).issue, 81);
        QCOMPARE(d.actions.at(2).kind, WorklogAction::Kind::Updated);
        QCOMPARE(d.actions.at(2).cluster, -1);
    }

    // Half-understood input: a result with warnings, nothing dropped.
    void halfUnderstood()
    {
        const WorklogData d = load(QStringLiteral("half-understood.md"));
        QCOMPARE(d.title, QStringLiteral("Weekly error review"));
        QCOMPARE(d.service, QStringLiteral("mail-relay"));
        QVERIFY(!d.generated.isValid());
        QVERIFY(anyWarningContains(d, QStringLiteral("no generated time")));
        QVERIFY(anyWarningContains(d, QStringLiteral("not valid JSON")));
        QVERIFY(anyWarningContains(d, QStringLiteral("not closed")));
        QCOMPARE(d.clusters.size(), 2);
        QCOMPARE(d.clusters.at(0).severity, QStringLiteral("CRITICAL"));
        QCOMPARE(d.clusters.at(0).count, -1); // "roughly 2x normal" states no count
        QCOMPARE(d.clusters.at(0).samples.size(), 1);
        QCOMPARE(d.clusters.at(0).samples.at(0).message,
                 QStringLiteral("550 mailbox unavailable for user@example.org"));
        QCOMPARE(d.clusters.at(0).extraFields.size(), 1);
        QCOMPARE(d.clusters.at(0).extraFields.at(0).first, QStringLiteral("Mood"));
        QVERIFY(d.clusters.at(0).notes.contains(QLatin1String("explains nothing")));
        QCOMPARE(d.clusters.at(1).count, 3);
        QCOMPARE(d.clusters.at(1).samples.at(0).message, QStringLiteral("this block never closes"));
        QString kept;
        for (const WorklogSection &s : d.unparsed)
            kept += s.heading + QLatin1Char('\n') + s.markdown.toString() + QLatin1Char('\n');
        QVERIFY(kept.contains(QLatin1String("Some notes pasted before the title.")));
        QVERIFY(kept.contains(QLatin1String("**Owner:** platform team")));
        QVERIFY(kept.contains(QLatin1String("| retries | keep |")));
    }

    // Windows line endings and a byte-order mark change nothing.
    void lineEndingsAndBom()
    {
        QFile f(dataPath(QStringLiteral("worklogs/emoji-mojibake.md")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray unix = f.readAll();
        QByteArray windows = unix;
        windows.replace("\n", "\r\n");
        const WorklogData a = WorklogReader::parse(unix);
        const WorklogData b = WorklogReader::parse(QByteArray("\xEF\xBB\xBF") + windows);
        QCOMPARE(b.clusters.size(), a.clusters.size());
        for (qsizetype i = 0; i < a.clusters.size(); ++i) {
            QCOMPARE(b.clusters.at(i).title, a.clusters.at(i).title);
            QCOMPARE(b.clusters.at(i).count, a.clusters.at(i).count);
            QCOMPARE(b.clusters.at(i).priority, a.clusters.at(i).priority);
            QCOMPARE(b.clusters.at(i).samples.size(), a.clusters.at(i).samples.size());
            QCOMPARE(b.clusters.at(i).samples.at(0).message,
                     a.clusters.at(i).samples.at(0).message);
        }
        QCOMPARE(b.service, a.service);
        QCOMPARE(b.generated, a.generated);
        QCOMPARE(b.distribution.size(), a.distribution.size());
    }

    void invalidUtf8AndBinary()
    {
        QByteArray bytes("# Worklog\n**Service:** pay\xff\xfe-api\n\n### Cluster 1: Bad \xc3 "
                         "bytes\n**Count:** 2\n");
        WorklogData d = WorklogReader::parse(bytes, QStringLiteral("bad.md"));
        QVERIFY(anyWarningContains(d, QStringLiteral("invalid UTF-8")));
        QVERIFY(d.warnings.first().startsWith(QLatin1String("bad.md: byte ")));
        QCOMPARE(d.clusters.size(), 1);
        QCOMPARE(d.clusters.at(0).count, 2);

        QByteArray binary;
        QRandomGenerator rng(1234);
        for (int i = 0; i < 4096; ++i)
            binary.append(char(rng.bounded(256)));
        binary[10] = '\0';
        d = WorklogReader::parse(binary, QStringLiteral("noise.bin"));
        QVERIFY(anyWarningContains(d, QStringLiteral("binary")));
        QVERIFY(anyWarningContains(d, QStringLiteral("no issue clusters")));

        d = WorklogReader::parse(QByteArray());
        QVERIFY(d.clusters.isEmpty());
        QVERIFY(!d.warnings.isEmpty());

        const QString wide = QStringLiteral("### Cluster 1: Wide\n**Count:** 4\n");
        const QByteArray utf16 =
            QByteArray("\xff\xfe", 2) +
            QByteArray(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2);
        d = WorklogReader::parse(utf16);
        QCOMPARE(d.clusters.size(), 1);
        QCOMPARE(d.clusters.at(0).count, 4);
    }

    // Random edits of a real-looking worklog never crash the reader and always give a result.
    void mutatedInputNeverCrashes()
    {
        QFile f(dataPath(QStringLiteral("worklogs/repeated-clusters.md")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray base = f.readAll();
        QRandomGenerator rng(42);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = base;
            const int edits = 1 + int(rng.bounded(20));
            for (int e = 0; e < edits; ++e) {
                const int pos = int(rng.bounded(quint32(bytes.size())));
                switch (rng.bounded(3)) {
                case 0:
                    bytes[pos] = char(rng.bounded(256));
                    break;
                case 1:
                    bytes.remove(pos, int(rng.bounded(40)));
                    break;
                default:
                    bytes.insert(pos, "\n### Cluster 1: x\n```json\n{");
                    break;
                }
            }
            const WorklogData d = WorklogReader::parse(bytes);
            QVERIFY(d.clusters.size() <= 200);
        }
    }

    void readFileErrors()
    {
        const auto missing = WorklogReader::readFile(QStringLiteral("/nonexistent/worklog.md"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().file, QStringLiteral("/nonexistent/worklog.md"));
        const auto folder = WorklogReader::readFile(dataPath(QStringLiteral("worklogs")));
        QVERIFY(!folder);
        QVERIFY(folder.error().what.contains(QLatin1String("folder")));
    }
};

QTEST_GUILESS_MAIN(TestWorklogReader)
#include "tst_worklogreader.moc"
