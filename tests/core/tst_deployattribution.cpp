// Which deploy a cluster "started with": the revision whose first entry came last before the
// cluster began, within 15 minutes, and the same answer in every process (the revisions' first
// times are gathered in a hash, whose order changes from run to run).
#include "core/clustering/clusterengine.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"
#include "core/pipeline/clusterfacts.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace gardener;

namespace {

const QDateTime kStart(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc());

QByteArray entry(int minute, const QString &revision, const QString &severity,
                 const QString &message)
{
    static int id = 0;
    return QStringLiteral(
               "{\"insertId\":\"d%1\",\"timestamp\":\"%2\",\"severity\":\"%3\","
               "\"resource\":{\"type\":\"cloud_run_revision\",\"labels\":{\"service_name\":"
               "\"api\",\"revision_name\":\"%4\",\"project_id\":\"acme-prod\"}},"
               "\"textPayload\":\"%5\"}\n")
        .arg(++id)
        .arg(kStart.addSecs(minute * 60).toString(Qt::ISODate), severity, revision, message)
        .toUtf8();
}

// Revision api-00001 serves from the start; `deploys` more revisions each log a warning one
// minute apart, the last at minute 50; the failure starts at minute 52 on the last revision.
QByteArray exportWithDeploys(int deploys)
{
    QByteArray lines = entry(0, QStringLiteral("api-00001"), QStringLiteral("WARNING"),
                             QStringLiteral("slow upstream call to inventory"));
    for (int d = 0; d < deploys; ++d)
        lines += entry(
            50 - (deploys - 1 - d), QStringLiteral("api-%1").arg(d + 2, 5, 10, QLatin1Char('0')),
            QStringLiteral("WARNING"), QStringLiteral("slow upstream call to inventory"));
    const QString last = QStringLiteral("api-%1").arg(deploys + 1, 5, 10, QLatin1Char('0'));
    for (int i = 0; i < 5; ++i)
        lines += entry(52 + i, last, QStringLiteral("ERROR"),
                       QStringLiteral("payment gateway refused the charge"));
    return lines;
}

int clusterWith(const clustering::ClusterSet &set, const LogStore &store, std::string_view needle)
{
    for (size_t c = 0; c < set.clusters().size(); ++c)
        for (quint64 e : set.entriesOfCluster(quint32(c)))
            if (store.message(e).find(needle) != std::string_view::npos)
                return int(c);
    return -1;
}

} // namespace

class TestDeployAttribution : public QObject
{
    Q_OBJECT
private slots:
    void theLastDeployBeforeTheClusterIsTheOne()
    {
        // Twelve deploys in the quarter hour before the failure: hash order would pick any.
        LogStore store;
        QVERIFY(
            LogReader::readBytes(exportWithDeploys(12), QStringLiteral("deploys.jsonl"), store));
        const clustering::ClusterSet set = clustering::clusterStore(store);
        const int failure = clusterWith(set, store, "payment gateway");
        QVERIFY(failure >= 0);
        const pipeline::ClusterFacts facts = pipeline::clusterFacts(store, set, failure);
        QCOMPARE(facts.startedWithRevision, QStringLiteral("api-00013"));
    }

    void aDeployLongBeforeIsNotBlamed()
    {
        LogStore store;
        QByteArray lines = entry(0, QStringLiteral("api-00001"), QStringLiteral("WARNING"),
                                 QStringLiteral("slow upstream call to inventory"));
        lines += entry(10, QStringLiteral("api-00002"), QStringLiteral("WARNING"),
                       QStringLiteral("slow upstream call to inventory"));
        for (int i = 0; i < 3; ++i)
            lines += entry(40 + i, QStringLiteral("api-00002"), QStringLiteral("ERROR"),
                           QStringLiteral("payment gateway refused the charge"));
        QVERIFY(LogReader::readBytes(lines, QStringLiteral("old-deploy.jsonl"), store));
        const clustering::ClusterSet set = clustering::clusterStore(store);
        const int failure = clusterWith(set, store, "payment gateway");
        QVERIFY(failure >= 0);
        QVERIFY(pipeline::clusterFacts(store, set, failure).startedWithRevision.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeployAttribution)
#include "tst_deployattribution.moc"
