// Topic grouping: templates about one subject (rate limiting, authentication, ...) join only
// with evidence (same service, moving together in time); the lexicon is user-extendable.
#include "core/clustering/clusterengine.h"
#include "core/clustering/topics.h"

#include <QTest>
#include <algorithm>
#include <functional>
#include <map>
#include <random>

using namespace gardener;
using namespace gardener::clustering;

namespace {

constexpr qint64 Minute = 60'000'000'000LL, Day = 1440 * Minute;
constexpr qint64 Start = 1'757'635'200'000'000'000LL; // 2025-09-12 00:00 UTC

struct Entry
{
    qint64 ns;
    std::string message, service, module, function;
    int status = 0;
};

// `count` entries spread evenly over [from, to) minutes of the day, with a little jitter.
void spread(std::vector<Entry> &out, int count, int fromMin, int toMin, const std::string &service,
            const std::function<std::string(int)> &message, const char *module = "",
            const char *function = "", int status = 0)
{
    // Seeded by the message too: two kinds of one size must not be logged in lock-step (lines
    // logged within milliseconds of each other every time are one event).
    quint32 seed = quint32(count * 31 + fromMin);
    for (char c : message(0))
        seed = seed * 16777619u ^ quint8(c);
    std::mt19937 rng(seed);
    for (int i = 0; i < count; ++i) {
        const qint64 ns = Start + qint64(fromMin) * Minute +
                          (qint64(toMin - fromMin) * Minute * i) / count +
                          qint64(rng() % 20'000) * 1'000'000;
        out.push_back({ns, message(i), service, module, function, status});
    }
}

// A steady background every scenario shares, so shares of traffic are meaningful.
void background(std::vector<Entry> &out, const std::string &service)
{
    spread(
        out, 12000, 0, 1440, service,
        [](int) {
            return std::string("Session access failed (middleware not installed?): "
                               "SessionMiddleware must be installed");
        },
        "logging", "callHandlers");
    spread(
        out, 8000, 0, 1440, service,
        [](int i) {
            return "Cache refreshed in " + std::to_string(10 + i % 50) + "ms for region eu-" +
                   std::to_string(i % 3);
        },
        "app.cache", "refresh");
}

auto tooMany = [](int i) { return "POST /api/v1/orders/" + std::to_string(1000 + i) + "/pay 429"; };
auto approaching = [](int i) {
    return "Rate limit approaching for tenant-" + std::to_string(i % 40) + ": " +
           std::to_string(80 + i % 20) + "/100 requests in 60s window";
};

EntryMeta metaOf(const Entry &e)
{
    EntryMeta meta;
    meta.timestampNs = e.ns;
    meta.severity = Severity::Warning;
    meta.service = e.service;
    meta.sourceFile = e.module;
    meta.function = e.function;
    meta.httpStatus = e.status;
    return meta;
}

ClusterSet cluster(const std::vector<Entry> &entries, ClusterOptions options = {})
{
    ClusterEngine engine(std::move(options));
    for (const Entry &e : entries)
        engine.addMessage(e.message, metaOf(e));
    return engine.snapshot();
}

const IssueCluster *clusterOf(const ClusterSet &set, const QString &head)
{
    for (const IssueCluster &c : set.clusters())
        for (quint32 t : c.templates)
            if (set.templates()[t].text.startsWith(head))
                return &c;
    return nullptr;
}

// The rate-limit pair: the 429 request log and the limiter's warning, `limiterService` apart.
std::vector<Entry> ratePair(const std::string &limiterService, int from429, int to429, int fromLim,
                            int toLim)
{
    std::vector<Entry> v;
    background(v, "shop");
    spread(v, 400, from429, to429, "shop", tooMany, "", "", 429);
    spread(v, 500, fromLim, toLim, limiterService, approaching, "app.middleware.limiter",
           "check_limit");
    return v;
}

} // namespace

class TestTopics : public QObject
{
    Q_OBJECT

private slots:
    void lexicon()
    {
        const std::vector<Topic> &builtIn = builtInTopics();
        QVERIFY(builtIn.size() >= 4);
        QCOMPARE(builtIn.front().name, QStringLiteral("rate-limit"));
        QVERIFY(builtIn.front().httpStatuses.contains(429));
        // A user topic with a built-in's name extends it; a new one comes last.
        Topic memory{QStringLiteral("memory"), {}, {QStringLiteral("gc pause")}, {}, {}};
        Topic payments{
            QStringLiteral("payments"), {}, {QStringLiteral("card declined")}, {}, {402}};
        const std::vector<Topic> merged = topicLexicon({memory, payments});
        QCOMPARE(merged.size(), builtIn.size() + 1);
        const auto it = std::find_if(merged.begin(), merged.end(), [](const Topic &t) {
            return t.name == QLatin1String("memory");
        });
        QVERIFY(it != merged.end());
        QVERIFY(it->terms.contains(QStringLiteral("gc pause")));
        QVERIFY(it->terms.contains(QStringLiteral("out of memory")));
        QCOMPARE(merged.back().name, QStringLiteral("payments"));
        QCOMPARE(merged.back().title, QStringLiteral("payments")); // no title: the name
    }

    void steadyPairOfOneServiceJoins()
    {
        const ClusterSet set = cluster(ratePair("shop", 0, 1440, 0, 1440));
        const IssueCluster *requests = clusterOf(set, QStringLiteral("POST"));
        const IssueCluster *limiter = clusterOf(set, QStringLiteral("Rate limit approaching"));
        QVERIFY(requests && limiter);
        QCOMPARE(requests, limiter);
        QVERIFY2(limiter->explanation.contains(
                     QStringLiteral("both about rate limiting (HTTP 429 / 'rate limit*')")),
                 qPrintable(limiter->explanation));
        QVERIFY2(limiter->explanation.contains(QStringLiteral("same service (shop)")),
                 qPrintable(limiter->explanation));
        // The background is about none of it.
        QVERIFY(clusterOf(set, QStringLiteral("Cache refreshed")) != limiter);
        QVERIFY(clusterOf(set, QStringLiteral("Session access failed")) != limiter);
        // Off: apart.
        ClusterOptions off;
        off.groupByTopic = false;
        const ClusterSet apart = cluster(ratePair("shop", 0, 1440, 0, 1440), off);
        QVERIFY(clusterOf(apart, QStringLiteral("POST")) !=
                clusterOf(apart, QStringLiteral("Rate limit approaching")));
    }

    void burstsThatOverlapJoin()
    {
        // Two modules (so no other rule applies), both bursting at 10:00 on top of a trickle.
        auto gateway = [](int i) {
            return "Too many requests from client c-" + std::to_string(i % 50) + ", dropping call";
        };
        std::vector<Entry> v;
        background(v, "shop");
        spread(v, 100, 0, 1440, "shop", gateway, "app.gateway", "forward");
        spread(v, 100, 0, 1440, "shop", approaching, "app.middleware.limiter", "check_limit");
        spread(v, 1500, 600, 640, "shop", gateway, "app.gateway", "forward");
        spread(v, 1200, 602, 642, "shop", approaching, "app.middleware.limiter", "check_limit");
        const ClusterSet set = cluster(v);
        const IssueCluster *limiter = clusterOf(set, QStringLiteral("Rate limit approaching"));
        QVERIFY(limiter);
        QCOMPARE(clusterOf(set, QStringLiteral("Too many requests")), limiter);
        QVERIFY2(limiter->explanation.contains(QStringLiteral(
                     "both about rate limiting ('too many requests' / 'rate limit*')")),
                 qPrintable(limiter->explanation));
        QVERIFY2(limiter->explanation.contains(QStringLiteral("bursts overlap")),
                 qPrintable(limiter->explanation));
        // Bursts at different times: apart.
        std::vector<Entry> w;
        background(w, "shop");
        spread(w, 100, 0, 1440, "shop", gateway, "app.gateway", "forward");
        spread(w, 100, 0, 1440, "shop", approaching, "app.middleware.limiter", "check_limit");
        spread(w, 1500, 600, 640, "shop", gateway, "app.gateway", "forward");
        spread(w, 1200, 1000, 1040, "shop", approaching, "app.middleware.limiter", "check_limit");
        const ClusterSet other = cluster(w);
        QVERIFY(clusterOf(other, QStringLiteral("Too many requests")) !=
                clusterOf(other, QStringLiteral("Rate limit approaching")));
    }

    void sameTopicWithoutEvidenceStaysApart()
    {
        auto apart = [](const std::vector<Entry> &v) {
            const ClusterSet set = cluster(v);
            const IssueCluster *a = clusterOf(set, QStringLiteral("POST")),
                               *b = clusterOf(set, QStringLiteral("Rate limit"));
            return a && b && a != b;
        };
        // Another service.
        QVERIFY(apart(ratePair("billing", 0, 1440, 0, 1440)));
        // One at night, the other in the afternoon.
        QVERIFY(apart(ratePair("shop", 0, 480, 840, 1440)));
        // One bursts, the other stays steady: the burst is an incident the other does not share.
        std::vector<Entry> v = ratePair("shop", 0, 1440, 0, 1440);
        spread(v, 1500, 600, 640, "shop", tooMany, "", "", 429);
        QVERIFY(apart(v));
    }

    void oneHintIsNotATopic()
    {
        // "JWT" where a user is created from a token is not an authentication failure; the
        // optional-auth import error is not one either (the worklogs keep them apart).
        std::vector<Entry> v;
        background(v, "shop");
        spread(
            v, 400, 0, 1440, "shop",
            [](int i) {
                return "JWT validation failed for request req-" + std::to_string(i) +
                       ": Signature has expired";
            },
            "app.auth", "validate_token");
        spread(
            v, 400, 0, 1440, "shop",
            [](int i) {
                return "DATABASE USER AUTO-CREATE: User " + std::to_string(10741608 + i) +
                       "... not found, auto-creating from JWT=REDACTED";
            },
            "logging", "callHandlers");
        spread(
            v, 400, 0, 1440, "shop",
            [](int) {
                return std::string("OPTIONAL AUTH=REDACTED Optional authentication failed: No "
                                   "module named 'dev_launcher'");
            },
            "logging", "callHandlers");
        // A request log that is mostly fine is not about authentication: its 200s are a
        // template of their own (statuses are kept), which the 401s do not drag along.
        spread(
            v, 380, 0, 1440, "shop",
            [](int) { return std::string("GET /api/v1/user/profile 200"); }, "", "", 200);
        spread(
            v, 20, 0, 1440, "shop", [](int) { return std::string("GET /api/v1/user/profile 401"); },
            "", "", 401);
        const ClusterSet set = cluster(v);
        const IssueCluster *jwt = clusterOf(set, QStringLiteral("JWT validation failed"));
        const IssueCluster *create = clusterOf(set, QStringLiteral("DATABASE USER"));
        const IssueCluster *optional = clusterOf(set, QStringLiteral("OPTIONAL AUTH"));
        // Request logs keep their status: the 200s are a template of their own.
        const IssueCluster *profile =
            clusterOf(set, QStringLiteral("GET /api/v1/user/profile 200"));
        QVERIFY(jwt && create && optional && profile);
        QVERIFY(jwt != create && jwt != optional && create != optional);
        QVERIFY2(jwt != profile, qPrintable(jwt->explanation));
    }

    void userTopicTakesEffect()
    {
        std::vector<Entry> v;
        background(v, "shop");
        spread(
            v, 400, 0, 1440, "shop",
            [](int i) { return "Card declined for order " + std::to_string(5000 + i); },
            "app.checkout", "charge");
        spread(
            v, 300, 0, 1440, "shop",
            [](int i) {
                return "Provider reported insufficient funds while settling invoice " +
                       std::to_string(9000 + i);
            },
            "app.billing", "settle");
        const ClusterSet plain = cluster(v);
        QVERIFY(clusterOf(plain, QStringLiteral("Card declined")) !=
                clusterOf(plain, QStringLiteral("Provider reported")));
        ClusterOptions options;
        options.userTopics.push_back(
            {QStringLiteral("payments"),
             QStringLiteral("declined payments"),
             {QStringLiteral("card declined"), QStringLiteral("insufficient fund*")},
             {},
             {402}});
        const ClusterSet set = cluster(v, options);
        const IssueCluster *card = clusterOf(set, QStringLiteral("Card declined"));
        QVERIFY(card);
        QCOMPARE(clusterOf(set, QStringLiteral("Provider reported")), card);
        QVERIFY2(card->explanation.contains(QStringLiteral(
                     "both about declined payments ('card declined' / 'insufficient fund*')")),
                 qPrintable(card->explanation));
    }

    void orderAndPagesDoNotMatter()
    {
        std::vector<Entry> v = ratePair("shop", 0, 1440, 0, 1440);
        // A request log with many statuses, twenty others before the first of its many 401s:
        // its topic must not depend on which statuses came first.
        spread(v, 600, 0, 1440, "shop",
               [](int i) { return "GET /api/v1/items/" + std::to_string(i) + " 401"; });
        for (size_t i = v.size() - 600, k = 0; i < v.size(); ++i, ++k)
            v[i].status = k < 20 ? 500 + int(k) : 401;
        spread(
            v, 300, 0, 1440, "shop",
            [](int i) {
                return "JWT validation failed for request req-" + std::to_string(i) +
                       ": Signature has expired";
            },
            "app.auth", "validate_token");
        const ClusterSet batch = cluster(v);
        std::vector<Entry> shuffled = v;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
        const ClusterSet other = cluster(shuffled);
        auto byFingerprint = [](const ClusterSet &set) {
            std::map<QString, QString> m;
            for (const TemplateInfo &t : set.templates())
                m[t.fingerprint] = set.clusters()[t.cluster].fingerprint;
            return m;
        };
        QCOMPARE(byFingerprint(other), byFingerprint(batch));
        // The items log is about authentication in both orders (mostly 401).
        const IssueCluster *items = clusterOf(batch, QStringLiteral("GET /api/v1/items"));
        QVERIFY(items);
        QCOMPARE(clusterOf(batch, QStringLiteral("JWT validation failed")), items);
        QVERIFY2(items->explanation.contains(QStringLiteral(
                     "both about authentication (HTTP 401 / 'signature has expired')")),
                 qPrintable(items->explanation));
        // In pages, with snapshots in between.
        ClusterEngine engine;
        for (size_t i = 0; i < shuffled.size(); ++i) {
            engine.addMessage(shuffled[i].message, metaOf(shuffled[i]));
            if (i % 1000 == 999)
                (void)engine.snapshot();
        }
        QCOMPARE(byFingerprint(engine.snapshot()), byFingerprint(batch));
    }
};

QTEST_GUILESS_MAIN(TestTopics)
#include "tst_topics.moc"
