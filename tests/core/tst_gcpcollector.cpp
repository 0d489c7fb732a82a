// LogCollector against the fake Cloud Logging API: paging, pacing, backoff, retries, timeouts,
// dropped connections, malformed answers, token refresh, cancel and resume.
#include "core/gcp/logcollector.h"
#include "core/gcp/tokenprovider.h"
#include "core/logs/logreader.h"
#include "tests/common/fakegoogle.h"

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

struct Rig
{
    FakeGoogle google;
    QNetworkAccessManager network;
    QTemporaryDir dir;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<LogCollector> collector;
    CollectRequest request;

    Rig()
    {
        if (!google.listen())
            qFatal("fake Google did not listen");
        google.addRefreshToken("1//refresh");
        Credentials c;
        c.clientId = QStringLiteral("test-client.apps.googleusercontent.com");
        c.clientSecret = "test-client-secret";
        c.refreshToken = "1//refresh";
        c.tokenUri = google.tokenUri();
        tokens = std::make_unique<TokenProvider>(&network, c);
        collector = makeCollector();
        request.endpoint = google.baseUrl();
        request.projectId = QStringLiteral("test-project");
        request.filter = QStringLiteral("resource.type=\"cloud_run_revision\"");
        request.outputPath = dir.filePath(QStringLiteral("out.json"));
    }
    std::unique_ptr<LogCollector> makeCollector()
    {
        auto *provider = tokens.get();
        auto c = std::make_unique<LogCollector>(&network, [provider](bool refresh, auto done) {
            if (refresh)
                provider->invalidate();
            provider->accessToken(std::move(done));
        });
        BackoffPolicy fast;
        fast.initialMs = 20;
        fast.maxMs = 160;
        fast.maxRetries = 5;
        c->setBackoff(fast);
        c->setRequestTimeout(std::chrono::milliseconds(400));
        return c;
    }
    bool run(int timeoutMs = 20000)
    {
        QSignalSpy done(collector.get(), &LogCollector::finished);
        collector->start(request);
        return done.count() > 0 || done.wait(timeoutMs);
    }
    QJsonArray output() const
    {
        QFile f(request.outputPath);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).array();
    }
    QString error() const
    {
        const auto &r = collector->result();
        return r ? QString() : r.error().toString();
    }
};

QSet<QString> ids(const QJsonArray &entries)
{
    QSet<QString> out;
    for (const QJsonValue &v : entries)
        out.insert(v.toObject().value(QStringLiteral("insertId")).toString());
    return out;
}

QJsonArray slice(const QJsonArray &all, int from, int count)
{
    QJsonArray out;
    for (int i = from; i < from + count && i < all.size(); ++i)
        out.append(all[i]);
    return out;
}

} // namespace

class TestGcpCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pacerSlidingWindow();
    void backoffGrowsAndCaps();
    void retryHonoursRetryAfterThenGivesUp();
    void pagesIncludingEmptyOnes();
    void pacingNeverExceedsQuota();
    void rateLimitedBacksOff();
    void serverErrorsRetried();
    void slowResponseTimesOut();
    void droppedConnectionsRetried();
    void malformedJsonReported();
    void givesUpAfterRetries();
    void otherErrorsAreNotRetried();
    void expiredTokenRefreshedOnce();
    void duplicatesDropped();
    void cancelStopsPromptly();
    void resumeAfterKill();
    void readerTakesPagesAndExport();
};

void TestGcpCollector::pacerSlidingWindow()
{
    qint64 now = 0;
    RequestPacer pacer(60, 60'000, [&] { return now; });
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(pacer.delayBeforeNext(), 0);
        pacer.recordRequest();
        now += 100; // 60 requests within 6 s
    }
    QCOMPARE(pacer.delayBeforeNext(), 60'000 - 6'000);
    now = 60'000;
    QCOMPARE(pacer.delayBeforeNext(), 0); // the first one left the window
    pacer.recordRequest();
    QCOMPARE(pacer.delayBeforeNext(), 100);
}

void TestGcpCollector::backoffGrowsAndCaps()
{
    BackoffPolicy p; // 1 s doubling, capped at 32 s, up to 50 % jitter
    const QList<qint64> expected{1000, 2000, 4000, 8000, 16000, 32000, 32000, 32000};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(p.nominalDelay(i), expected[i]);
    QRandomGenerator random(7);
    QSet<qint64> seen;
    for (int attempt = 0; attempt < 8; ++attempt) {
        for (int k = 0; k < 50; ++k) {
            const qint64 d = p.delay(attempt, random);
            QVERIFY(d <= p.nominalDelay(attempt));
            QVERIFY(d >= p.nominalDelay(attempt) / 2);
            seen.insert(d);
        }
    }
    QVERIFY(seen.size() > 100); // jitter really varies the waits
}

// The one retry rule the Logging and BigQuery clients share.
void TestGcpCollector::retryHonoursRetryAfterThenGivesUp()
{
    BackoffPolicy p;
    p.maxRetries = 2;
    QRandomGenerator random(7);
    const auto plain = p.retry(0, -1, QStringLiteral("503"), random);
    QVERIFY(plain && *plain >= 500 && *plain <= 1000);
    QCOMPARE(*p.retry(1, 20'000, QStringLiteral("429"), random), qint64(20'000)); // server's wait
    QCOMPARE(*p.retry(1, 900'000, QStringLiteral("429"), random), p.maxMs);       // never beyond
    const auto gaveUp = p.retry(2, -1, QStringLiteral("HTTP 503"), random);
    QVERIFY(!gaveUp);
    QCOMPARE(gaveUp.error().what,
             QStringLiteral("Gave up after 3 attempts; the last one failed with HTTP 503."));
}

void TestGcpCollector::pagesIncludingEmptyOnes()
{
    Rig rig;
    const QJsonArray all = makeEntries(25, kNewest);
    rig.google.setPages({slice(all, 0, 10), {}, {}, slice(all, 10, 10), slice(all, 20, 5)});
    QSignalSpy pages(rig.collector.get(), &LogCollector::pageReceived);
    QVERIFY(rig.run());
    QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
    QCOMPARE(rig.collector->result()->entries, 25);
    QCOMPARE(rig.collector->result()->pages, 5);
    QCOMPARE(pages.count(), 5);
    QCOMPARE(pages.at(1).at(1).toLongLong(), 0);
    // Each page goes out as {"entries":[...]} a reader can take.
    const QJsonObject first = QJsonDocument::fromJson(pages.at(0).at(0).toByteArray()).object();
    QCOMPARE(first.value(QStringLiteral("entries")).toArray().size(), 10);

    const QJsonArray out = rig.output();
    QCOMPARE(out.size(), 25);
    QCOMPARE(ids(out), ids(all));
    QVERIFY(!QFile::exists(rig.request.outputPath + QStringLiteral(".partial")));
    QVERIFY(!QFile::exists(rig.request.outputPath + QStringLiteral(".state.json")));

    const auto requests = rig.google.listRequests();
    QCOMPARE(requests.size(), 5);
    for (int i = 0; i < requests.size(); ++i) {
        const QJsonObject body = QJsonDocument::fromJson(requests[i].body).object();
        QCOMPARE(body.value(QStringLiteral("resourceNames")).toArray(),
                 QJsonArray{QStringLiteral("projects/test-project")});
        QCOMPARE(body.value(QStringLiteral("orderBy")).toString(),
                 QStringLiteral("timestamp desc"));
        QCOMPARE(body.value(QStringLiteral("pageSize")).toInt(), 1000);
        QCOMPARE(body.value(QStringLiteral("filter")).toString(), rig.request.filter);
        QCOMPARE(body.value(QStringLiteral("pageToken")).toString(),
                 i == 0 ? QString() : QStringLiteral("page-%1").arg(i));
    }
    QCOMPARE(rig.collector->progress().oldest, kNewest.addSecs(-24));
    QCOMPARE(rig.collector->progress().newest, kNewest);
}

void TestGcpCollector::pacingNeverExceedsQuota()
{
    // Time scaled down 100x: 60 calls per 600 ms stands for 60 per minute.
    Rig rig;
    const int windowMs = 600;
    rig.collector->setPacing(60, windowMs);
    rig.google.setEntries(makeEntries(150, kNewest), 1);
    QVERIFY(rig.run(30000));
    QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
    const auto requests = rig.google.listRequests();
    QCOMPARE(requests.size(), 150);
    // Server arrival times, with slack for the trip from client to server on a busy CI machine
    // (the pacer itself is checked exactly with a fake clock in pacerSlidingWindow). Without
    // pacing, 60 local calls take a small fraction of the window.
    for (int i = 0; i + 60 < requests.size(); ++i)
        QVERIFY2(requests[i + 60].elapsedMs - requests[i].elapsedMs >= windowMs - 100,
                 qPrintable(QStringLiteral("calls %1..%2 within %3 ms")
                                .arg(i)
                                .arg(i + 60)
                                .arg(requests[i + 60].elapsedMs - requests[i].elapsedMs)));
    QVERIFY(requests.last().elapsedMs - requests.first().elapsedMs >= 2 * windowMs - 50);
}

void TestGcpCollector::rateLimitedBacksOff()
{
    Rig rig;
    rig.google.setEntries(makeEntries(5, kNewest), 5);
    rig.google.setListFault([](int call, const HttpRequest &) -> std::optional<HttpResponse> {
        if (call < 4)
            return FakeGoogle::googleError(
                429, QStringLiteral("RESOURCE_EXHAUSTED"),
                QStringLiteral("Quota exceeded for quota metric 'Read requests'"));
        return std::nullopt;
    });
    QSignalSpy retrying(rig.collector.get(), &LogCollector::retrying);
    QVERIFY(rig.run());
    QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
    QCOMPARE(retrying.count(), 4);
    QVERIFY(retrying.at(0).at(0).toString().contains(QStringLiteral("RESOURCE_EXHAUSTED")));
    // Waits stay within the growing nominal bounds 20, 40, 80, 160 (capped) ms.
    const QList<qint64> nominal{20, 40, 80, 160};
    for (int i = 0; i < 4; ++i) {
        const qint64 d = retrying.at(i).at(1).toLongLong();
        QVERIFY2(d <= nominal[i] && d >= nominal[i] / 2, qPrintable(QString::number(d)));
    }
    const auto requests = rig.google.listRequests();
    QVERIFY(requests[3].elapsedMs - requests[2].elapsedMs >= 40 - 5);
    QCOMPARE(rig.output().size(), 5);
}

void TestGcpCollector::serverErrorsRetried()
{
    Rig rig;
    rig.google.setEntries(makeEntries(30, kNewest), 10);
    rig.google.setListFault([](int call, const HttpRequest &) -> std::optional<HttpResponse> {
        if (call == 0)
            return FakeGoogle::googleError(500, QStringLiteral("INTERNAL"),
                                           QStringLiteral("Internal error"));
        if (call == 2)
            return FakeGoogle::googleError(503, QStringLiteral("UNAVAILABLE"),
                                           QStringLiteral("The service is currently unavailable."));
        return std::nullopt;
    });
    QVERIFY(rig.run());
    QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
    QCOMPARE(rig.collector->progress().retries, 2);
    QCOMPARE(rig.google.listCalls(), 5);
    QCOMPARE(rig.output().size(), 30);
}

void TestGcpCollector::slowResponseTimesOut()
{
    Rig rig;
    rig.google.setEntries(makeEntries(10, kNewest), 10);
    rig.google.setListFault([](int call, const HttpRequest &) -> std::optional<HttpResponse> {
        if (call == 0) {
            HttpResponse slow = HttpResponse::json(200, "{}");
            slow.delayMs = 3000;
            return slow;
        }
        return std::nullopt;
    });
    QSignalSpy retrying(rig.collector.get(), &LogCollector::retrying);
    QElapsedTimer t;
    t.start();
    QVERIFY(rig.run());
    QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
    QVERIFY(t.elapsed() < 2500); // did not wait for the slow answer
    QCOMPARE(retrying.count(), 1);
    QVERIFY(retrying.at(0).at(0).toString().contains(QStringLiteral("did not answer")));
    QCOMPARE(rig.output().size(), 10);
}

void TestGcpCollector::droppedConnectionsRetried()
{
    Rig rig;
    rig.google.setEntries(makeEntries(20, kNewest), 10);
    rig.google.setListFault([](int call, const HttpRequest &) -> std::optional<HttpResponse> {
        HttpResponse r = HttpResponse::json(200, "{}");
        if (call == 0)
            r.fault = HttpResponse::Fault::Drop;
        else if (call == 2)
            r.fault = HttpResponse::Fault::DropAfterHeaders;
        else
            return std::nullopt;
        return r;
    });
    QVERIFY(rig.run());
    QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
    // Qt itself resends a request whose connection closed before any answer, so the first drop
    // may never reach the collector; the one after the headers always does.
    QVERIFY(rig.collector->progress().retries >= 1);
    QCOMPARE(rig.google.listCalls(), 4);
    QCOMPARE(ids(rig.output()).size(), 20);
}

void TestGcpCollector::malformedJsonReported()
{
    Rig rig;
    rig.google.setEntries(makeEntries(10, kNewest), 10);
    rig.google.setListFault([](int, const HttpRequest &) -> std::optional<HttpResponse> {
        return HttpResponse::json(200, "{\"entries\":[{\"insertId\":\"a\",");
    });
    QVERIFY(rig.run());
    QVERIFY(!rig.collector->result().has_value());
    QVERIFY2(rig.error().contains(QStringLiteral("malformed JSON")), qPrintable(rig.error()));
    QVERIFY(rig.collector->result().error().offset > 0);
    QCOMPARE(rig.google.listCalls(), 1);
}

void TestGcpCollector::givesUpAfterRetries()
{
    Rig rig;
    rig.google.setListFault([](int, const HttpRequest &) -> std::optional<HttpResponse> {
        return FakeGoogle::googleError(503, QStringLiteral("UNAVAILABLE"), QStringLiteral("down"));
    });
    QVERIFY(rig.run());
    QVERIFY(!rig.collector->result().has_value());
    QCOMPARE(rig.google.listCalls(), 6); // 1 + maxRetries
    QVERIFY(rig.error().contains(QStringLiteral("503 UNAVAILABLE")));
}

void TestGcpCollector::otherErrorsAreNotRetried()
{
    Rig rig;
    rig.google.setListFault([](int, const HttpRequest &) -> std::optional<HttpResponse> {
        return FakeGoogle::googleError(
            403, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("Permission 'logging.logEntries.list' denied"));
    });
    QVERIFY(rig.run());
    QVERIFY(!rig.collector->result().has_value());
    QCOMPARE(rig.google.listCalls(), 1);
    QVERIFY(rig.error().contains(QStringLiteral("PERMISSION_DENIED")));
}

void TestGcpCollector::expiredTokenRefreshedOnce()
{
    {
        Rig rig;
        rig.google.setEntries(makeEntries(20, kNewest), 10);
        connect(rig.collector.get(), &LogCollector::pageReceived, &rig.google,
                [&] { rig.google.revokeAccessTokens(); }); // the token "expires" after page 1
        QVERIFY(rig.run());
        QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
        // Page 1 with the first token; page 2 gets 401, one refresh, asked again.
        QCOMPARE(rig.google.tokenCalls(), 2);
        QCOMPARE(rig.google.listCalls(), 3);
        QCOMPARE(rig.output().size(), 20);
    }
    {
        Rig rig; // a token that never works: refreshed once, then a sign-in error
        rig.google.setListFault([](int, const HttpRequest &) -> std::optional<HttpResponse> {
            return FakeGoogle::googleError(401, QStringLiteral("UNAUTHENTICATED"),
                                           QStringLiteral("bad"));
        });
        QVERIFY(rig.run());
        QVERIFY(!rig.collector->result().has_value());
        QCOMPARE(rig.google.listCalls(), 2);
        QCOMPARE(rig.google.tokenCalls(), 2);
        QVERIFY(rig.error().contains(QStringLiteral("Sign in again")));
    }
}

void TestGcpCollector::duplicatesDropped()
{
    Rig rig;
    const QJsonArray all = makeEntries(20, kNewest);
    // The second page repeats three entries of the first (as around a page boundary).
    rig.google.setPages({slice(all, 0, 10), slice(all, 7, 13)});
    QVERIFY(rig.run());
    QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
    QCOMPARE(rig.collector->result()->duplicates, 3);
    const QJsonArray out = rig.output();
    QCOMPARE(out.size(), 20);
    QCOMPARE(ids(out).size(), 20);
}

void TestGcpCollector::cancelStopsPromptly()
{
    Rig rig;
    rig.google.setEntries(makeEntries(30, kNewest), 10);
    rig.google.setListFault([](int call, const HttpRequest &) -> std::optional<HttpResponse> {
        if (call == 1) {
            HttpResponse slow = HttpResponse::json(200, "{}");
            slow.delayMs = 5000;
            return slow;
        }
        return std::nullopt;
    });
    rig.collector->setRequestTimeout(std::chrono::seconds(30));
    QSignalSpy done(rig.collector.get(), &LogCollector::finished);
    QSignalSpy pages(rig.collector.get(), &LogCollector::pageReceived);
    rig.collector->start(rig.request);
    QVERIFY(pages.wait(5000));
    QTRY_COMPARE(rig.google.listCalls(), 2);
    QElapsedTimer t;
    t.start();
    rig.collector->cancel();
    QCOMPARE(done.count(), 1);
    QVERIFY(t.elapsed() < 100);
    QVERIFY(!rig.collector->isRunning());
    QVERIFY(rig.error().contains(QStringLiteral("resume")));
    QVERIFY(QFile::exists(rig.request.outputPath + QStringLiteral(".state.json")));
    QVERIFY(!QFile::exists(rig.request.outputPath));
}

void TestGcpCollector::resumeAfterKill()
{
    Rig rig;
    const QJsonArray all = makeEntries(100, kNewest);
    rig.google.setEntries(all, 10);
    {
        // Killed: the collector is destroyed after its 4th page, while the 5th is on the way
        // (the fake holds that answer back so the moment is deterministic).
        rig.google.setListFault([](int call, const HttpRequest &) -> std::optional<HttpResponse> {
            if (call != 4)
                return std::nullopt;
            HttpResponse slow = HttpResponse::json(200, "{}");
            slow.delayMs = 10000;
            return slow;
        });
        rig.collector->setRequestTimeout(std::chrono::seconds(30));
        QSignalSpy pages(rig.collector.get(), &LogCollector::pageReceived);
        rig.collector->start(rig.request);
        QTRY_COMPARE_WITH_TIMEOUT(rig.google.listCalls(), 5, 10000);
        QCOMPARE(pages.count(), 4);
        rig.collector.reset();
        rig.google.setListFault({});
    }
    const QString partial = rig.request.outputPath + QStringLiteral(".partial");
    QVERIFY(QFile::exists(partial));
    {
        // ... and it died halfway through appending an entry after the last commit.
        QFile f(partial);
        QVERIFY(f.open(QIODevice::Append));
        f.write(",\n{\"insertId\":\"id-40\",\"timest");
    }
    const int callsBefore = rig.google.listCalls();
    rig.collector = rig.makeCollector();
    QVERIFY(rig.run());
    QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
    QVERIFY(rig.collector->result()->resumed);
    // It went on from the saved token instead of starting over.
    const auto requests = rig.google.listRequests();
    const QJsonObject firstResumed = QJsonDocument::fromJson(requests[callsBefore].body).object();
    QCOMPARE(firstResumed.value(QStringLiteral("pageToken")).toString(), QStringLiteral("page-4"));
    const QJsonArray out = rig.output();
    QCOMPARE(out.size(), 100);
    QCOMPARE(ids(out), ids(all));
    QCOMPARE(rig.collector->result()->entries, 100);
}

void TestGcpCollector::readerTakesPagesAndExport()
{
    Rig rig;
    const QJsonArray all = makeEntries(120, kNewest);
    rig.google.setPages({slice(all, 0, 50), {}, slice(all, 50, 70)});
    // Pages stream into a store as they arrive ...
    LogStore streamed;
    quint64 skipped = 0;
    connect(rig.collector.get(), &LogCollector::pageReceived, this, [&](const QByteArray &page) {
        auto report = LogReader::readBytes(page, QStringLiteral("page"), streamed);
        QVERIFY(report.has_value());
        skipped += report->skipped;
    });
    QVERIFY(rig.run());
    QVERIFY2(rig.collector->result().has_value(), qPrintable(rig.error()));
    QCOMPARE(streamed.size(), size_t(120));
    QCOMPARE(skipped, quint64(0));
    // ... and the saved export opens again as a JSON array.
    LogStore store;
    auto report = LogReader::readFile(rig.request.outputPath, store);
    QVERIFY(report.has_value());
    QCOMPARE(report->format, InputFormat::JsonArray);
    QCOMPARE(report->entries, quint64(120));
    QVERIFY(report->complete());
    QCOMPARE(QString::fromUtf8(store.service(0).data(), qsizetype(store.service(0).size())),
             QStringLiteral("checkout"));
}

QTEST_GUILESS_MAIN(TestGcpCollector)
#include "tst_gcpcollector.moc"
