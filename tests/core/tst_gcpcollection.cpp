// Collecting into the app: Session streaming (pages appended while clustering runs), and
// LiveCollection against the fake Google: pages stream into the session, cancel keeps what
// arrived, an interrupted collection is listed and resumes without gaps or duplicates, the
// collected entries save as an export the reader opens, and a revoked sign-in asks to sign in
// again.
#include "core/gcp/livecollection.h"
#include "core/gcp/tokenrequest.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"
#include "core/secrets/memorybackend.h"
#include "core/secrets/secretstore.h"
#include "core/session/collectionfeed.h"
#include "core/session/session.h"
#include "tests/common/fakegoogle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::gcp;
using namespace gardener::test;

namespace {

const QDateTime kNewest = QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);

QByteArray page(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}})
        .toJson(QJsonDocument::Compact);
}

QJsonArray slice(const QJsonArray &all, int from, int count)
{
    QJsonArray out;
    for (int i = from; i < from + count && i < all.size(); ++i)
        out.append(all[i]);
    return out;
}

template <typename T> QByteArray errorOf(const Result<T> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

QSet<QString> storeIds(const LogStore &store)
{
    QSet<QString> ids;
    for (size_t i = 0; i < store.size(); ++i)
        ids.insert(QJsonDocument::fromJson(store.rawJson(i))
                       .object()
                       .value(QStringLiteral("insertId"))
                       .toString());
    return ids;
}

struct Rig
{
    FakeGoogle google;
    QNetworkAccessManager network;
    QTemporaryDir dir;
    secrets::SecretStore secrets{std::make_unique<secrets::MemoryBackend>()};
    Session session;
    std::unique_ptr<LiveCollection> live;
    Profile profile;
    CollectRequest request;
    QJsonArray all = makeEntries(250, kNewest);

    Rig()
    {
        if (!google.listen())
            qFatal("fake Google did not listen");
        google.addRefreshToken("1//adc-refresh");
        google.setEntries(all, 50);
        // gcloud's ADC file, pointed at the fake token endpoint.
        const QString adc = dir.filePath(QStringLiteral("adc.json"));
        QFile f(adc);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("type"), QStringLiteral("authorized_user")},
                        {QStringLiteral("client_id"),
                         QStringLiteral("test-client.apps.googleusercontent.com")},
                        {QStringLiteral("client_secret"), QStringLiteral("test-client-secret")},
                        {QStringLiteral("refresh_token"), QStringLiteral("1//adc-refresh")},
                        {QStringLiteral("token_uri"), google.tokenUri().toString()},
                    })
                    .toJson());
        f.close();
        profile.name = QStringLiteral("staging");
        profile.projectId = QStringLiteral("test-project");
        profile.auth = Profile::Auth::Adc;
        profile.credentialsPath = adc;
        request.endpoint = google.baseUrl();
        request.projectId = profile.projectId;
        request.filter = QStringLiteral("severity>=WARNING");
        request.outputPath = collectionOutputPath(dir.filePath(QStringLiteral("collections")),
                                                  profile.name, request);
        live = std::make_unique<LiveCollection>(&network, &secrets);
        feedSession(live.get(), &session);
    }
    bool waitLoaded()
    {
        if (session.state() == Session::State::Ready)
            return true;
        QSignalSpy loaded(&session, &Session::loadFinished);
        return loaded.wait(20000);
    }
};

} // namespace

class TestGcpCollection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamClustersPagesAsTheyArrive();
    void streamCancelDropsIt();
    void collectStreamsIntoSession();
    void cancelThenResumeWithoutGapsOrDuplicates();
    void savedExportOpensAgain();
    void revokedSignInAsksToSignInAgain();
    void outputPathIsStablePerQuery();
    void cancellingOrReplacingTheLoadStopsCollecting();
    void pruneKeepsRecentFinishedAndAllInterrupted();
};

void TestGcpCollection::streamClustersPagesAsTheyArrive()
{
    Session session;
    const QJsonArray all = makeEntries(300, kNewest);
    QSignalSpy started(&session, &Session::loadStarted);
    session.beginStream(QStringLiteral("test-project"));
    QCOMPARE(started.count(), 1);
    QVERIFY(session.isStreaming());
    QCOMPARE(session.state(), Session::State::Loading);

    QSignalSpy changed(&session, &Session::clustersChanged);
    session.appendPage(page(slice(all, 0, 100)));
    // Clusters appear while the stream is still open.
    QTRY_VERIFY_WITH_TIMEOUT(!session.clusters().clusters().empty(), 10000);
    QCOMPARE(session.state(), Session::State::Loading);
    session.appendPage(page(slice(all, 100, 100)));
    session.appendPage(page(slice(all, 200, 100)));
    QSignalSpy finished(&session, &Session::loadFinished);
    session.finishStream();
    QVERIFY(finished.wait(10000));
    QVERIFY(!session.isStreaming());
    QCOMPARE(session.state(), Session::State::Ready);
    QVERIFY(session.store());
    QCOMPARE(session.store()->size(), size_t(300));
    QCOMPARE(storeIds(*session.store()).size(), 300);
    QCOMPARE(session.report().entries, quint64(300));
    // A page after the end is ignored.
    session.appendPage(page(slice(all, 0, 10)));
    // A fixed wait, because it proves that nothing happens: a page that were taken would reach
    // the store within this time.
    QTest::qWait(100);
    QCOMPARE(session.store()->size(), size_t(300));
}

void TestGcpCollection::streamCancelDropsIt()
{
    Session session;
    session.beginStream(QStringLiteral("p"));
    session.appendPage(page(makeEntries(50, kNewest)));
    QSignalSpy cancelled(&session, &Session::loadCancelled);
    QSignalSpy finished(&session, &Session::loadFinished);
    session.cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!session.isStreaming());
    session.finishStream(); // nothing to finish any more
    QVERIFY(!finished.wait(300));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(session.state(), Session::State::Empty);
}

void TestGcpCollection::collectStreamsIntoSession()
{
    Rig rig;
    QSignalSpy pages(&rig.session, &Session::clustersChanged);
    QSignalSpy done(rig.live.get(), &LiveCollection::finished);
    rig.live->start(rig.profile, rig.request);
    QVERIFY(rig.live->isRunning());
    QCOMPARE(rig.session.state(), Session::State::Loading);
    QVERIFY(done.wait(20000));
    QVERIFY2(rig.live->result().has_value(), errorOf(rig.live->result()).constData());
    QCOMPARE(rig.live->result()->entries, qint64(250));
    QCOMPARE(rig.google.listCalls(), 5);
    QVERIFY(rig.waitLoaded());
    QCOMPARE(rig.session.store()->size(), size_t(250));
    QCOMPARE(storeIds(*rig.session.store()).size(), 250);
    QVERIFY(pages.count() >= 2); // snapshots while streaming, then the final one
    QVERIFY(QFile::exists(rig.request.outputPath));
    QVERIFY(pendingCollections(rig.dir.filePath(QStringLiteral("collections"))).isEmpty());
}

void TestGcpCollection::cancelThenResumeWithoutGapsOrDuplicates()
{
    Rig rig;
    // The third list call hangs: the user stops the collection meanwhile.
    rig.google.setListFault(FakeGoogle::slowCalls({2}));
    QSignalSpy done(rig.live.get(), &LiveCollection::finished);
    rig.live->start(rig.profile, rig.request);
    QTRY_COMPARE_WITH_TIMEOUT(rig.google.listCalls(), 3, 10000);
    QElapsedTimer clock;
    clock.start();
    rig.live->cancel();
    QCOMPARE(done.count(), 1); // stops at once
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!rig.live->result());
    QVERIFY(rig.waitLoaded()); // what arrived stays open
    QCOMPARE(rig.session.store()->size(), size_t(100));

    const auto pending = pendingCollections(rig.dir.filePath(QStringLiteral("collections")));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].profile, QStringLiteral("staging"));
    QCOMPARE(pending[0].entries, qint64(100));
    QCOMPARE(pending[0].request.filter, rig.request.filter);
    QCOMPARE(pending[0].request.outputPath, rig.request.outputPath);
    QVERIFY(!pending[0].tokenExpired(QDateTime::currentDateTimeUtc()));
    QVERIFY(pending[0].tokenExpired(QDateTime::currentDateTimeUtc().addDays(2)));

    // A new window (as after a restart) resumes from the saved token.
    rig.google.setListFault({});
    Session fresh;
    LiveCollection again(&rig.network, &rig.secrets);
    feedSession(&again, &fresh);
    QSignalSpy doneAgain(&again, &LiveCollection::finished);
    again.start(rig.profile, pending[0].request);
    QVERIFY(doneAgain.wait(20000));
    QVERIFY2(again.result().has_value(), errorOf(again.result()).constData());
    QVERIFY(again.result()->resumed);
    QCOMPARE(again.result()->entries, qint64(250));
    const auto requests = rig.google.listRequests();
    QCOMPARE(QJsonDocument::fromJson(requests[3].body)
                 .object()
                 .value(QStringLiteral("pageToken"))
                 .toString(),
             QStringLiteral("page-2"));
    if (fresh.state() != Session::State::Ready) {
        QSignalSpy loaded(&fresh, &Session::loadFinished);
        QVERIFY(loaded.wait(20000));
    }
    QCOMPARE(fresh.store()->size(), size_t(250));
    QCOMPARE(storeIds(*fresh.store()).size(), 250);
    QVERIFY(pendingCollections(rig.dir.filePath(QStringLiteral("collections"))).isEmpty());
}

void TestGcpCollection::savedExportOpensAgain()
{
    Rig rig;
    rig.google.setListFault(FakeGoogle::slowCalls({1}));
    QSignalSpy done(rig.live.get(), &LiveCollection::finished);
    rig.live->start(rig.profile, rig.request);
    QTRY_COMPARE_WITH_TIMEOUT(rig.google.listCalls(), 2, 10000);
    rig.live->cancel();
    // Interrupted: the committed part is saved as a complete array.
    const QString partial = rig.dir.filePath(QStringLiteral("partial-export.json"));
    QVERIFY(saveCollectedExport(rig.request.outputPath, partial).has_value());
    LogStore store;
    auto read = LogReader::readFile(partial, store);
    QVERIFY2(read.has_value(), errorOf(read).constData());
    QCOMPARE(store.size(), size_t(50));
    QVERIFY(read->complete());

    rig.google.setListFault({});
    QSignalSpy doneAgain(rig.live.get(), &LiveCollection::finished);
    rig.live->start(rig.profile, rig.request);
    QVERIFY(doneAgain.wait(20000));
    QVERIFY(rig.live->result().has_value());
    const QString full = rig.dir.filePath(QStringLiteral("full-export.json"));
    QVERIFY(saveCollectedExport(rig.live->outputPath(), full).has_value());
    LogStore all;
    auto readAll = LogReader::readFile(full, all);
    QVERIFY(readAll.has_value());
    QCOMPARE(all.size(), size_t(250));
    QCOMPARE(storeIds(all).size(), 250);

    QVERIFY(
        !saveCollectedExport(rig.dir.filePath(QStringLiteral("nothing.json")), full).has_value());
}

void TestGcpCollection::revokedSignInAsksToSignInAgain()
{
    Rig rig;
    rig.profile.auth = Profile::Auth::Browser;
    rig.profile.clientId = QStringLiteral("test-client.apps.googleusercontent.com");
    rig.profile.tokenUri = rig.google.tokenUri();
    bool stored = false;
    rig.secrets.write(credentialsKey(rig.profile.name),
                      encodeBrowserSecret("test-client-secret", "1//adc-refresh"),
                      [&](Result<secrets::Stored> r) { stored = r.has_value(); });
    QTRY_VERIFY(stored);
    rig.google.setRefreshError(QStringLiteral("invalid_grant"));
    QSignalSpy done(rig.live.get(), &LiveCollection::finished);
    rig.live->start(rig.profile, rig.request);
    QVERIFY(done.wait(20000));
    QVERIFY(!rig.live->result());
    QVERIFY2(rig.live->needsSignInAgain(), errorOf(rig.live->result()).constData());
    QCOMPARE(rig.google.listCalls(), 0);
    QVERIFY(rig.waitLoaded()); // the empty stream still ends
}

void TestGcpCollection::outputPathIsStablePerQuery()
{
    CollectRequest a;
    a.projectId = QStringLiteral("p");
    a.filter = QStringLiteral("severity>=ERROR");
    CollectRequest b = a;
    const QString folder = QStringLiteral("/tmp/c");
    QCOMPARE(collectionOutputPath(folder, QStringLiteral("prod/../x"), a),
             collectionOutputPath(folder, QStringLiteral("prod/../x"), b));
    QVERIFY(!collectionOutputPath(folder, QStringLiteral("prod/../x"), a)
                 .contains(QStringLiteral("/../")));
    b.filter = QStringLiteral("severity>=WARNING");
    QVERIFY(collectionOutputPath(folder, QStringLiteral("prod"), a) !=
            collectionOutputPath(folder, QStringLiteral("prod"), b));
}

void TestGcpCollection::cancellingOrReplacingTheLoadStopsCollecting()
{
    Rig rig;
    rig.google.setListFault(FakeGoogle::slowCalls({1, 3}));
    QSignalSpy done(rig.live.get(), &LiveCollection::finished);
    rig.live->start(rig.profile, rig.request);
    QTRY_COMPARE_WITH_TIMEOUT(rig.google.listCalls(), 2, 10000);
    rig.session.cancel(); // the window's Cancel
    QCOMPARE(done.count(), 1);
    QVERIFY(!rig.live->isRunning());
    QCOMPARE(pendingCollections(rig.dir.filePath(QStringLiteral("collections"))).size(), 1);

    rig.live->start(rig.profile, rig.request); // resumes
    QVERIFY(rig.live->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(rig.google.listCalls(), 4, 10000); // page-1, then a slow one
    rig.session.openBytes(page(makeEntries(5, kNewest)), QStringLiteral("other")); // another export
    QCOMPARE(done.count(), 2);
    QVERIFY(!rig.live->isRunning());
    QVERIFY(rig.waitLoaded());
    QCOMPARE(rig.session.sourceName(), QStringLiteral("other"));
    QCOMPARE(rig.session.store()->size(), size_t(5));
}

void TestGcpCollection::pruneKeepsRecentFinishedAndAllInterrupted()
{
    QTemporaryDir dir;
    const auto touch = [&](const QString &name, int ageSeconds) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[]");
        f.close();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                              QFileDevice::FileModificationTime));
    };
    for (int i = 0; i < 4; ++i)
        touch(QStringLiteral("done-%1.json").arg(i), 100 * (i + 1)); // done-0 is the newest
    touch(QStringLiteral("stopped.json.collection.json"), 1000);
    touch(QStringLiteral("stopped.json.state.json"), 1000);
    touch(QStringLiteral("stopped.json.partial"), 1000);
    QCOMPARE(pruneCollections(dir.path(), 2), 2);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("done-0.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("done-1.json"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("done-2.json"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("done-3.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("stopped.json.collection.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("stopped.json.state.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("stopped.json.partial"))));
    QCOMPARE(pruneCollections(dir.path(), 2), 0);
}

QTEST_GUILESS_MAIN(TestGcpCollection)
#include "tst_gcpcollection.moc"
