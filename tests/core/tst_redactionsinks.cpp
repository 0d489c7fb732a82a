// Secrets in log messages and source file names do not reach what leaves the machine or is
// kept: GitHub labels, search terms and draft fields, the history database, and what `run`
// prints on standard output and standard error.
#include "app/cli/runcommand.h"
#include "core/github/draft.h"
#include "core/github/issueposter.h"
#include "core/history/historystore.h"
#include "core/pipeline/githubstep.h"
#include "core/pipeline/runpipeline.h"
#include "core/redaction/redactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace gardener;

namespace {

// Fake secrets of two kinds; the masker keeps the access key and turns the refresh token's
// leading "1" into a placeholder.
const QString kAccessKey = QStringLiteral("AKIAEXAMPLEFAKE12345");
const QString kRefreshBody = QStringLiteral("0gFAKEnotrealREFRESHtoken0123456789abc");
const QString kFileWithKey = QStringLiteral("uploads.") + kAccessKey;

QString writeExport(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("secrets.jsonl"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < 40; ++i) {
        const bool upload = i % 2 == 0;
        const QString message = upload
                                    ? QStringLiteral("s3 upload as %1 denied for object %2")
                                          .arg(kAccessKey)
                                          .arg(1000 + i)
                                    : QStringLiteral("token refresh with 1//%1 failed after %2 ms")
                                          .arg(kRefreshBody)
                                          .arg(200 + i);
        QJsonObject entry{
            {QStringLiteral("insertId"), QStringLiteral("id%1").arg(i)},
            {QStringLiteral("timestamp"),
             QStringLiteral("2025-09-12T10:%1:00Z").arg(i, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("severity"), QStringLiteral("ERROR")},
            {QStringLiteral("logName"),
             QStringLiteral("projects/p/logs/run.googleapis.com%2Fstderr")},
            {QStringLiteral("resource"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud_run_revision")},
                         {QStringLiteral("labels"),
                          QJsonObject{{QStringLiteral("service_name"), QStringLiteral("svc")}}}}},
            {QStringLiteral("jsonPayload"), QJsonObject{{QStringLiteral("message"), message}}},
            {QStringLiteral("sourceLocation"),
             QJsonObject{
                 {QStringLiteral("file"), upload ? kFileWithKey : QStringLiteral("auth.refresh")},
                 {QStringLiteral("function"), QStringLiteral("run")},
                 {QStringLiteral("line"), QStringLiteral("12")}}},
        };
        f.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

bool leaks(const QString &text)
{
    return text.contains(kAccessKey) || text.contains(QStringView(kAccessKey).left(12)) ||
           text.contains(QStringView(kRefreshBody).left(16));
}

pipeline::RunOptions options(const QTemporaryDir &dir, const QString &input)
{
    pipeline::RunOptions o;
    o.inputs = {input};
    o.historyPath = dir.filePath(QStringLiteral("h.sqlite"));
    o.worklogDir = dir.filePath(QStringLiteral("worklogs"));
    return o;
}

} // namespace

class TestRedactionSinks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("loggardener"));
    }

    void theInputReallyHoldsTheSecrets()
    {
        QTemporaryDir dir;
        auto outcome = pipeline::analyse(options(dir, writeExport(dir)));
        QVERIFY2(outcome.has_value(), qPrintable(outcome ? QString() : outcome.error().toString()));
        QString raw;
        for (const auto &t : outcome->clusters.templates())
            raw += t.text + QLatin1Char(' ') + t.sourceFile + QLatin1Char('\n');
        // Without redaction what names, titles and labels are built from would carry the secrets.
        QVERIFY2(leaks(raw), qPrintable(raw));
    }

    void draftFieldsLabelsAndSearchTermsAreRedacted()
    {
        QTemporaryDir dir;
        auto outcome = pipeline::analyse(options(dir, writeExport(dir)));
        QVERIFY(outcome.has_value());
        const redaction::Redactor redactor;
        const github::DraftBuilder builder;
        int sawFileWithKey = 0;
        for (int i = 0; i < int(outcome->clusters.clusters().size()); ++i) {
            const auto &c = outcome->clusters.clusters()[size_t(i)];
            if (!c.locations.empty() && c.locations.front().file == kFileWithKey)
                ++sawFileWithKey;
            const github::DraftInput in = pipeline::clusterDraftInput(
                *outcome->store, outcome->clusters, outcome->triage, i, redactor);
            QVERIFY2(!leaks(in.name) && !leaks(in.location) && !leaks(in.area),
                     qPrintable(in.name + in.location + in.area));
            const github::IssueDraft draft = builder.newIssue(QStringLiteral("acme/orders"), in);
            for (const QString &label : draft.labels)
                QVERIFY2(redactor.clean(label), qPrintable(label));
            QVERIFY2(!leaks(draft.title) && !leaks(draft.body),
                     qPrintable(draft.title + QLatin1Char('\n') + draft.body));
            const github::MatchQuery query =
                pipeline::clusterMatchQuery(outcome->clusters, i, QStringLiteral("acme/orders"));
            QVERIFY2(!leaks(query.keyTerms.join(QLatin1Char(' '))),
                     qPrintable(query.keyTerms.join(QLatin1Char(' '))));
            QVERIFY(!query.keyTerms.contains(QStringLiteral("REDACTED")));
        }
        QVERIFY2(sawFileWithKey > 0, "the file name with the key should be a cluster location");
    }

    void posterRefusesALabelWithASecret()
    {
        const redaction::Redactor redactor;
        github::IssuePoster poster(nullptr, nullptr, &redactor);
        github::DraftInput in;
        in.fingerprint = QStringLiteral("fp1");
        in.name = QStringLiteral("Upload denied");
        in.priority = QStringLiteral("P1");
        in.count = 3;
        github::IssueDraft draft =
            github::DraftBuilder().newIssue(QStringLiteral("acme/orders"), in);
        QCOMPARE(poster.blockReason(draft, {}), QString());
        draft.labels << kAccessKey;
        const QString reason = poster.blockReason(draft, {});
        QVERIFY2(reason.contains(QLatin1String("aws-access-key")), qPrintable(reason));
        QVERIFY(!reason.contains(kAccessKey));
    }

    void historyKeepsRedactedNamesAndTemplates()
    {
        QTemporaryDir dir;
        const auto o = options(dir, writeExport(dir));
        auto outcome = pipeline::runOnce(o);
        QVERIFY2(outcome.has_value(), qPrintable(outcome ? QString() : outcome.error().toString()));
        history::HistoryStore store;
        QVERIFY(store.open(o.historyPath).has_value());
        auto clusters = store.clustersOfRun(outcome->runId);
        QVERIFY(clusters.has_value());
        QVERIFY(!clusters->isEmpty());
        for (const auto &c : *clusters)
            QVERIFY2(!leaks(c.name), qPrintable(c.name));
        auto templates = store.knownTemplates();
        QVERIFY(templates.has_value());
        QVERIFY(!templates->isEmpty());
        for (const auto &t : *templates)
            QVERIFY2(!leaks(t.text), qPrintable(t.text));
        // The raw file bytes too (and a write-ahead log if one is left), not only what the API
        // reads.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile raw(o.historyPath + suffix);
            if (!raw.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!leaks(QString::fromLatin1(raw.readAll())), qPrintable(raw.fileName()));
        }
    }

    void runPrintsRedactedNames_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void runPrintsRedactedNames()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString input = writeExport(dir);
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = cli::RunCommand().run(
            {QStringLiteral("--input"), input, QStringLiteral("--history"),
             dir.filePath(QStringLiteral("h.sqlite")), QStringLiteral("--worklog-dir"), dir.path(),
             QStringLiteral("--format"), format},
            out, err);
        QCOMPARE(code, int(cli::ExitOk));
        QVERIFY(!outText.isEmpty());
        QVERIFY2(!leaks(outText), qPrintable(outText));
        QVERIFY2(!leaks(errText), qPrintable(errText));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestRedactionSinks)
#include "tst_redactionsinks.moc"
