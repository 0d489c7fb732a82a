// Headless runs carry the full evidence into drafts and the worklog: with GitHub, the suspect
// commits and CODEOWNERS owners (fake GitHub serving commits and contents), besides the deploys,
// what is different and the code line; Cloud Run creation times when known.
#include "core/evidence/codemapping.h"
#include "core/evidence/runevidence.h"
#include "core/pipeline/githubstep.h"
#include "core/pipeline/runpipeline.h"
#include "core/redaction/redactor.h"
#include "tests/common/cloudrunentries.h"
#include "tests/common/fakegithub.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::test;

namespace {
const QString kRepo = QStringLiteral("acme/shop");
const QDateTime T0 = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);

QString rev(int n)
{
    return QStringLiteral("api-%1-xq").arg(n, 5, 10, QLatin1Char('0'));
}

// 600 served requests on 00644 and 00645 on two instances; a KeyError at routes/health.py:609
// that begins 3 min after 00645 started serving, all on one instance.
QByteArray exportBytes()
{
    CloudRunLog log;
    for (int i = 0; i < 600; ++i) {
        CloudRunEntry e;
        e.time = T0.addSecs(i * 10);
        e.revision = i < 300 ? rev(644) : rev(645);
        e.instance = i % 2 ? QStringLiteral("00a1") : QStringLiteral("00b2");
        e.message = QStringLiteral("request served in %1 ms").arg(i);
        log.add(e);
    }
    for (int i = 0; i < 40; ++i) {
        CloudRunEntry e;
        e.time = T0.addSecs(3000 + 180 + i * 30);
        e.revision = rev(645);
        e.instance = QStringLiteral("00a1");
        e.severity = QStringLiteral("ERROR");
        e.message = QStringLiteral("KeyError: 'cart_id' in session %1").arg(i);
        e.file = QStringLiteral("/app/routes/health.py");
        e.line = 609;
        e.function = QStringLiteral("check");
        log.add(e);
    }
    return log.bytes();
}
} // namespace

class TestRunEvidence : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("loggardener"));
    }

    void draftsAndWorklogCarrySuspectsAndOwners()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("api.jsonl"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exportBytes());
        f.close();
        evidence::CodeSettings code;
        evidence::CodeRepo repo;
        repo.repo = kRepo;
        code.repos.insert(QString(), repo);
        code.mappings.append(
            {QString(), evidence::CodeMapping::Kind::Path, QStringLiteral("/app/"), QString()});
        const QString settingsPath = dir.filePath(QStringLiteral("code-settings.json"));
        QVERIFY(code.save(settingsPath));

        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.requiredToken = QByteArrayLiteral("test-token");
        gh.addRepo(kRepo);
        FakeGitHub::CodeCommit c;
        c.sha = QString(40, QLatin1Char('a'));
        c.message = QStringLiteral("Read the cart from the session (#412)");
        c.authorName = QStringLiteral("Alice");
        c.authorEmail = QStringLiteral("alice@acme.test");
        c.authorLogin = QStringLiteral("alice");
        c.date = T0.addSecs(-86400);
        c.files = {QStringLiteral("routes/health.py")};
        gh.addCommit(kRepo, c);
        gh.setFile(kRepo, QStringLiteral(".github/CODEOWNERS"),
                   "* @acme/platform\n/routes/ @bob @acme/payments\n");

        pipeline::RunOptions options;
        options.inputs = {input};
        options.historyPath = dir.filePath(QStringLiteral("h.sqlite"));
        options.worklogDir = dir.filePath(QStringLiteral("worklogs"));
        auto outcome = pipeline::analyse(options);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        outcome->deploys.createdNs.insert(rev(645),
                                          (T0.addSecs(3000 - 120).toMSecsSinceEpoch()) * 1'000'000);

        pipeline::GitHubStepOptions o;
        o.api = gh.apiBase();
        o.repo = kRepo;
        o.token = QByteArrayLiteral("test-token");
        o.dataDir = dir.filePath(QStringLiteral("github"));
        o.codeSettingsPath = settingsPath;
        auto step = pipeline::runGitHubStep(*outcome, o);
        QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
        int keyError = -1;
        for (size_t i = 0; i < outcome->clusters.clusters().size(); ++i)
            if (outcome->clusters.clusters()[i].name.contains(QLatin1String("KeyError")))
                keyError = int(i);
        QVERIFY(keyError >= 0);
        const auto &e = step->actions.evidence.at(size_t(keyError));
        QCOMPARE(e.suspects.size(), size_t(1));
        QVERIFY(e.owners.has_value());
        QCOMPARE(e.owners->assignees, QStringList{QStringLiteral("bob")});

        // The draft input carries the sections.
        const github::DraftInput in =
            pipeline::clusterDraftInput(*outcome->store, outcome->clusters, outcome->triage,
                                        keyError, redaction::Redactor(), &e);
        QVERIFY2(in.evidence.contains(QLatin1String("## Suspect commits")),
                 qPrintable(in.evidence));
        QVERIFY(in.evidence.contains(QLatin1String("## Owners")));
        QVERIFY(in.evidence.contains(QLatin1String("## Different in this cluster")));
        QVERIFY(in.evidence.contains(QLatin1String("after revision 00645 was created")));

        // So does the worklog.
        QVERIFY(pipeline::finish(*outcome, options, step->actions));
        QFile worklog(outcome->worklogPath);
        QVERIFY(worklog.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(worklog.readAll());
        QVERIFY2(text.contains(QLatin1String("**Suspect commits:**")), qPrintable(text.left(4000)));
        QVERIFY(text.contains(QLatin1String("@alice")));
        QVERIFY(text.contains(QLatin1String("**Owners:**")));
        QVERIFY(text.contains(QLatin1String("**Different in this cluster:**")));
        QVERIFY(text.contains(QLatin1String("was created")));
    }

    void withoutGitHubTheEntriesEvidenceStays()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("api.jsonl"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exportBytes());
        f.close();
        pipeline::RunOptions options;
        options.inputs = {input};
        options.historyPath = dir.filePath(QStringLiteral("h.sqlite"));
        auto outcome = pipeline::analyse(options);
        QVERIFY(outcome);
        evidence::RunEvidenceOptions eo;
        eo.codeSettingsPath = dir.filePath(QStringLiteral("none.json"));
        eo.clusters = {0, 1};
        const auto all = evidence::gatherRunEvidence(*outcome->store, outcome->clusters, eo);
        QCOMPARE(all.size(), outcome->clusters.clusters().size());
        QVERIFY(!all[0].fingerprint.isEmpty());
        QVERIFY(all[0].suspects.empty() && !all[0].owners);
        for (size_t i = 2; i < all.size(); ++i)
            QVERIFY(all[i].fingerprint.isEmpty());
    }
};

QTEST_MAIN(TestRunEvidence)
#include "tst_runevidence.moc"
