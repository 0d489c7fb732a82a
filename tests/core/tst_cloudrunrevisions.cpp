// The Cloud Run Admin API's revisions.list against the fake Google (real Revision shape, pages
// of two, Bearer checked), and their creation times and commits in the deploy evidence.
#include "core/evidence/deploys.h"
#include "core/gcp/cloudrunrevisions.h"
#include "core/gcp/credentials.h"
#include "core/gcp/tokenprovider.h"
#include "core/logs/logstore.h"
#include "tests/common/cloudrunentries.h"
#include "tests/common/fakegoogle.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::test;

namespace {
const QDateTime T0 = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
const QString Sha = QStringLiteral("4f2a9c1d0e9b8a7f6e5d4c3b2a1908f7e6d5c4b3");
} // namespace

class TestCloudRunRevisions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeGoogle m_google;
    QNetworkAccessManager m_net;
    std::unique_ptr<gcp::TokenProvider> m_tokens;

    gcp::BigQueryClient::TokenSource tokens()
    {
        return [this](bool refresh, std::function<void(Result<QByteArray>)> done) {
            if (refresh)
                m_tokens->invalidate();
            m_tokens->accessToken(std::move(done));
        };
    }

    Result<QList<gcp::CloudRunRevision>> list(const QString &service)
    {
        std::optional<Result<QList<gcp::CloudRunRevision>>> got;
        gcp::listCloudRunRevisions(&m_net, tokens(), m_google.baseUrl(),
                                   QStringLiteral("test-project"), QStringLiteral("europe-west1"),
                                   service, [&](auto r) { got = std::move(r); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            return fail(QStringLiteral("no answer"));
        return *got;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_google.listen());
        m_google.addRefreshToken("1//adc-refresh");
        const QString path = m_dir.filePath(QStringLiteral("adc.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("authorized_user")},
                            {QStringLiteral("client_id"),
                             QStringLiteral("test-client.apps.googleusercontent.com")},
                            {QStringLiteral("client_secret"), QStringLiteral("test-client-secret")},
                            {QStringLiteral("refresh_token"), QStringLiteral("1//adc-refresh")},
                            {QStringLiteral("token_uri"), m_google.tokenUri().toString()}})
                .toJson());
        f.close();
        auto credentials = gcp::loadCredentialsFile(path);
        QVERIFY2(credentials, qPrintable(credentials ? QString() : credentials.error().toString()));
        m_tokens = std::make_unique<gcp::TokenProvider>(&m_net, *credentials);
        const auto rev = [](int n) {
            return QStringLiteral("api-%1-xq").arg(n, 5, 10, QLatin1Char('0'));
        };
        const QString repo = QStringLiteral("europe-west1-docker.pkg.dev/test-project/app/api");
        m_google.setRevisions(
            QStringLiteral("test-project"), QStringLiteral("europe-west1"), QStringLiteral("api"),
            QJsonArray{FakeGoogle::makeRevision(QStringLiteral("test-project"),
                                                QStringLiteral("europe-west1"),
                                                QStringLiteral("api"), rev(645), T0.addSecs(3000),
                                                {{QStringLiteral("commit-sha"), Sha}},
                                                repo + QStringLiteral("@sha256:0123456789abcdef")),
                       FakeGoogle::makeRevision(QStringLiteral("test-project"),
                                                QStringLiteral("europe-west1"),
                                                QStringLiteral("api"), rev(644), T0.addSecs(-86400),
                                                {}, repo + QStringLiteral(":sha-9e8d7c6")),
                       FakeGoogle::makeRevision(
                           QStringLiteral("test-project"), QStringLiteral("europe-west1"),
                           QStringLiteral("api"), rev(643), T0.addSecs(-2 * 86400), {},
                           repo + QStringLiteral("@sha256:fedcba9876543210"))});
    }

    void listsEveryPageWithTimesAndCommits()
    {
        const int before = m_google.revisionCalls();
        const auto revisions = list(QStringLiteral("api"));
        QVERIFY2(revisions, qPrintable(revisions ? QString() : revisions.error().toString()));
        QCOMPARE(m_google.revisionCalls() - before, 2); // pages of two: the token was followed
        QCOMPARE(revisions->size(), 3);
        QCOMPARE(revisions->at(0).name, QStringLiteral("api-00645-xq"));
        QCOMPARE(revisions->at(0).service, QStringLiteral("api"));
        QCOMPARE(revisions->at(0).createTimeNs, T0.addSecs(3000).toMSecsSinceEpoch() * 1'000'000);
        QCOMPARE(revisions->at(0).commit, Sha);                       // the commit-sha label
        QCOMPARE(revisions->at(1).commit, QStringLiteral("9e8d7c6")); // the image tag
        QVERIFY(revisions->at(2).commit.isEmpty());                   // a digest names no commit
        QVERIFY(revisions->at(0).images.value(0).contains(QLatin1String("@sha256:")));
    }

    void unknownServiceAndBadAnswersAreSaid()
    {
        const auto missing = list(QStringLiteral("nope"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().what.contains(QLatin1String("404")) &&
                     missing.error().what.contains(QLatin1String("nope")),
                 qPrintable(missing.error().what));
        QString next;
        QVERIFY(!gcp::parseRevisions("[1,2]", &next));
        const auto badTime = gcp::parseRevisions(
            R"({"revisions":[{"name":"projects/p/locations/l/services/s/revisions/s-1","createTime":"yesterday"}]})",
            &next);
        QVERIFY(!badTime);
        QVERIFY(badTime.error().what.contains(QLatin1String("s-1")));
        // A 401 refreshes the token once and asks again.
        m_google.revokeAccessTokens();
        QVERIFY(list(QStringLiteral("api")));
    }

    void creationTimeMakesTheDeployStatement()
    {
        const auto revisions = list(QStringLiteral("api"));
        QVERIFY(revisions);
        evidence::DeployOptions options;
        QHash<QString, QString> commits;
        gcp::addRevisionFacts(*revisions, &options.createdNs, &commits);
        QCOMPARE(commits.value(QStringLiteral("api-00645-xq")), Sha);
        CloudRunLog log;
        for (int i = 0; i < 200; ++i) {
            CloudRunEntry e;
            e.time = T0.addSecs(i * 10);
            e.revision = QStringLiteral("api-00644-xq");
            e.message = QStringLiteral("request served in %1 ms").arg(i);
            log.add(e);
        }
        for (int i = 0; i < 20; ++i) {
            CloudRunEntry e;
            e.time = T0.addSecs(
                3600 + i * 10); // the first entry of 00645 comes 10 min after it was created
            e.revision = QStringLiteral("api-00645-xq");
            e.message = i < 5 ? QStringLiteral("request served in %1 ms").arg(i)
                              : QStringLiteral("KeyError: 'cart_id' %1").arg(i);
            log.add(e);
        }
        auto store = log.readStore();
        QVERIFY(store);
        std::vector<quint64> members;
        for (quint64 i = 205; i < 220; ++i)
            members.push_back(i);
        const evidence::DeployEvidence with = evidence::deployEvidence(*store, members, options);
        QVERIFY2(with.statements.value(0).startsWith(
                     QLatin1String("first seen 11 min after revision 00645 was created")),
                 qPrintable(with.statements.join(QLatin1Char('|'))));
        const evidence::DeployEvidence without = evidence::deployEvidence(*store, members);
        QVERIFY(without.statements.value(0).startsWith(
            QLatin1String("first seen 50 s after revision 00645 started serving")));
    }

    // `run`: the services and locations of the entries are listed; one that cannot be is said.
    void factsForTheServicesOfTheEntries()
    {
        CloudRunLog log;
        for (const QString &service : {QStringLiteral("api"), QStringLiteral("worker")}) {
            CloudRunEntry e;
            e.time = T0;
            e.service = service;
            e.revision = service + QStringLiteral("-00001-ab");
            e.message = QStringLiteral("started");
            log.add(e);
        }
        auto store = log.readStore();
        QVERIFY(store);
        QCOMPARE(gcp::cloudRunServicesOf(*store),
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("api"), QStringLiteral("europe-west1")},
                     {QStringLiteral("worker"), QStringLiteral("europe-west1")}}));
        QHash<QString, qint64> created;
        QHash<QString, QString> commits;
        const QStringList warnings =
            gcp::fetchRevisionFacts(&m_net, tokens(), m_google.baseUrl(),
                                    QStringLiteral("test-project"), *store, &created, &commits);
        QCOMPARE(created.size(), 3);
        QCOMPARE(commits.size(), 2);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(
                     QLatin1String("revisions of worker (europe-west1) not listed")),
                 qPrintable(warnings.first()));
    }
};

QTEST_MAIN(TestCloudRunRevisions)
#include "tst_cloudrunrevisions.moc"
