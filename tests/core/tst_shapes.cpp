// Ids in paths per position, request and access lines, lines of one event, stack traces and
// one route's failures (docs/clustering.md): each rule with a case that fails without it.
#include "core/clustering/clusterengine.h"
#include "core/clustering/masker.h"

#include <QTest>
#include <map>
#include <set>

using namespace gardener;
using namespace gardener::clustering;

namespace {

constexpr qint64 Start = 1'773'187'200'000'000'000LL; // 2026-03-11
constexpr qint64 Ms = 1'000'000;

struct Feed
{
    ClusterEngine engine;
    void add(qint64 ns, const std::string &m, const char *file = "", const char *fn = "",
             Severity sev = Severity::Info)
    {
        EntryMeta meta;
        meta.timestampNs = Start + ns;
        meta.severity = sev;
        meta.sourceFile = file;
        meta.function = fn;
        meta.service = "shop";
        engine.addMessage(m, meta);
    }
};

// The clusters and templates holding entries whose message starts with `head`.
std::set<quint32> clustersOf(const ClusterSet &set, const std::vector<std::string> &messages,
                             const std::string &head)
{
    std::set<quint32> out;
    for (size_t e = 0; e < messages.size(); ++e)
        if (messages[e].compare(0, head.size(), head) == 0)
            out.insert(set.clusterOfEntry(e));
    return out;
}

std::set<QString> templatesOf(const ClusterSet &set, const std::vector<std::string> &messages,
                              const std::string &head)
{
    std::set<QString> out;
    for (size_t e = 0; e < messages.size(); ++e)
        if (messages[e].compare(0, head.size(), head) == 0)
            out.insert(set.templates()[set.templateOfEntry(e)].text);
    return out;
}

std::string pad(int i, int width)
{
    std::string s = std::to_string(i);
    return std::string(size_t(std::max(0, width - int(s.size()))), '0') + s;
}

// An id of each style for value i: none of them is caught by the token masks alone in every
// case (no digit, odd lengths, a prefix).
std::string idOf(const std::string &style, int i)
{
    static const char *words[] = {"red", "wool", "sweater", "blue", "leak",  "how", "to",  "fix",
                                  "tea", "lamp", "desk",    "oak",  "linen", "mug", "map", "bag"};
    static const char *b62 = "aZkQxTbLmNpRsWvYcDfGhJ";
    const unsigned u = unsigned(i) * 2654435761u;
    if (style == "slug")
        return std::string(words[u % 16]) + "-" + words[(u >> 8) % 16] + "-" +
               words[(u >> 16) % 16];
    if (style == "base62") { // letters only, mixed case
        std::string s;
        for (int k = 0; k < 10; ++k)
            s += b62[(u >> (k * 2)) % 22 + 0];
        return s + b62[i % 22] + b62[(i / 22) % 22];
    }
    if (style == "almost-uuid")
        return "3F2B8C1E-9A4D-4E7B-B1C2-5D6E7F8A9B" + pad(i, 3);
    if (style == "ulid")
        return "01HRZ3K8QW6Y5T2N4V7B9C" + pad(i, 4);
    if (style == "short-hash") { // seven hex letters, no digit
        std::string s;
        for (int k = 0; k < 7; ++k)
            s += char('a' + (u >> (k * 3)) % 6);
        return s + char('a' + i % 6) + char('a' + (i / 6) % 6);
    }
    if (style == "numeric")
        return std::to_string(4820193 + i * 7);
    return "ord_" + pad(i * 37, 6) + "f3a"; // prefixed
}

} // namespace

class TestShapes : public QObject
{
    Q_OBJECT

private slots:
    void pathIdsPerPosition()
    {
        // One route per id style, 30 values each, plus three resources of one API that are
        // words, each used often: every id position is one variable, the resources stay apart.
        const std::vector<std::string> styles = {"slug",       "base62",  "almost-uuid", "ulid",
                                                 "short-hash", "numeric", "prefixed"};
        Feed f;
        std::vector<std::string> messages;
        for (size_t s = 0; s < styles.size(); ++s)
            for (int i = 0; i < 30; ++i)
                messages.push_back("GET /v1/" + styles[s] + "/" + idOf(styles[s], i) +
                                   "/items 200");
        for (const char *resource : {"carts", "orders", "users"})
            for (int i = 0; i < 40; ++i)
                messages.push_back(std::string("GET /v2/") + resource + " 200");
        for (size_t e = 0; e < messages.size(); ++e)
            f.add(qint64(e) * 1000 * Ms, messages[e]);
        const ClusterSet set = f.engine.snapshot();
        for (const std::string &style : styles) {
            const auto t = templatesOf(set, messages, "GET /v1/" + style + "/");
            QVERIFY2(t.size() == 1,
                     qPrintable(QString::fromStdString(style) + QStringLiteral(": ") +
                                QStringList(t.begin(), t.end()).join(QStringLiteral(" | "))));
        }
        QCOMPARE(*templatesOf(set, messages, "GET /v1/slug/").begin(),
                 QStringLiteral("GET /v1/slug/<*>/items 200"));
        QCOMPARE(*templatesOf(set, messages, "GET /v1/prefixed/").begin(),
                 QStringLiteral("GET /v1/prefixed/ord_<*>/items 200"));
        for (const char *resource : {"carts", "orders", "users"})
            QCOMPARE(*templatesOf(set, messages, std::string("GET /v2/") + resource).begin(),
                     QStringLiteral("GET /v2/%1 200").arg(QLatin1String(resource)));
    }

    void requestAndAccessLines()
    {
        const Masker masker;
        // Status kept, ids in the path masked, versions kept.
        QCOMPARE(masker.maskToString("GET /v1/orders/8427332 503"),
                 std::string("GET /v1/orders/<*> 503"));
        QCOMPARE(masker.maskToString("POST /oauth2/v2/token 401"),
                 std::string("POST /oauth2/v2/token 401"));
        // uvicorn: the query string keeps its keys.
        const std::string uvicorn =
            masker.maskToString("INFO:     10.0.0.7:51234 - \"GET /v1/search?q=lamp&page=2 "
                                "HTTP/1.1\" 500 Internal Server Error");
        QVERIFY2(uvicorn == "INFO: <IP> - \"GET /v1/search?q=<*>&page=<*> HTTP/<*>\" 500 <*>",
                 uvicorn.c_str());
        // gunicorn / nginx: sizes and user agents of any length are one variable.
        const std::string a = masker.maskToString(
            "10.1.2.3 - - [11/Mar/2026:00:00:01 +0000] \"GET /reports/42/export.csv?tz=UTC "
            "HTTP/1.1\" 500 1234 \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/123.0\"");
        const std::string b = masker.maskToString(
            "10.9.8.7 - - [11/Mar/2026:03:10:41 +0000] \"GET /reports/77/export.csv?tz=CET "
            "HTTP/1.1\" 500 88 \"-\" \"curl/8.5.0\"");
        QCOMPARE(a, b);
        QVERIFY2(a.find("/reports/<*>/export.csv?tz=<*> HTTP/<*>\" 500 <*>") != std::string::npos,
                 a.c_str());
        // envoy: the response flags after the status are part of the outcome.
        const std::string uf =
            masker.maskToString("[2026-03-11T00:00:01.123Z] \"GET /api/v3/accounts/123/balance "
                                "HTTP/2\" 503 UF 0 91 30001 - \"10.1.2.3\" \"curl/8.0\"");
        QVERIFY2(uf.find("503 UF <*>") != std::string::npos, uf.c_str());
        // A quoted request in other text keeps the usual masks (Loghub's OpenStack lines).
        QCOMPARE(masker.maskToString(
                     "10.11.10.1 \"GET /v2/servers/detail HTTP/1.1\" status: 200 len: 1893"),
                 std::string(
                     "<IP> \"GET /v2/servers/detail HTTP/<NUM>.<NUM>\" status: <NUM> len: <NUM>"));

        // In the engine: one template per method + route + status; one route's 5xx are one issue.
        Feed f;
        std::vector<std::string> messages;
        for (int i = 0; i < 60; ++i) {
            messages.push_back("POST /v1/orders/" + std::to_string(1000 + i) + "/capture " +
                               (i % 3 == 0   ? "500"
                                : i % 3 == 1 ? "502"
                                             : "503"));
            messages.push_back("POST /v1/orders/" + std::to_string(2000 + i) + "/capture 200");
            messages.push_back("POST /v1/carts/" + std::to_string(3000 + i) + "/checkout 200");
        }
        for (size_t e = 0; e < messages.size(); ++e)
            f.add(qint64(e) * 997 * Ms, messages[e]);
        const ClusterSet set = f.engine.snapshot();
        std::set<QString> texts;
        for (const TemplateInfo &t : set.templates())
            texts.insert(t.text);
        for (const char *t : {"POST /v1/orders/<*>/capture 500", "POST /v1/orders/<*>/capture 502",
                              "POST /v1/orders/<*>/capture 503", "POST /v1/orders/<*>/capture 200",
                              "POST /v1/carts/<*>/checkout 200"})
            QVERIFY2(texts.count(QString::fromLatin1(t)), t);
        const int c500 =
            set.templates()[size_t(set.templateIndex(set.templates()[0].fingerprint))].cluster;
        Q_UNUSED(c500);
        auto clusterOfText = [&](const char *text) {
            for (const TemplateInfo &t : set.templates())
                if (t.text == QLatin1String(text))
                    return t.cluster;
            return NoIndex;
        };
        QCOMPARE(clusterOfText("POST /v1/orders/<*>/capture 500"),
                 clusterOfText("POST /v1/orders/<*>/capture 503"));
        QCOMPARE(clusterOfText("POST /v1/orders/<*>/capture 500"),
                 clusterOfText("POST /v1/orders/<*>/capture 502"));
        QVERIFY(clusterOfText("POST /v1/orders/<*>/capture 500") !=
                clusterOfText("POST /v1/orders/<*>/capture 200"));
        QVERIFY(clusterOfText("POST /v1/orders/<*>/capture 200") !=
                clusterOfText("POST /v1/carts/<*>/checkout 200"));
        QVERIFY(
            set.clusters()[clusterOfText("POST /v1/orders/<*>/capture 500")].explanation.contains(
                QStringLiteral("one route failing")));
    }

    void linesOfOneEvent()
    {
        // An ERROR and a WARNING of one module from different functions, 4 ms apart every
        // time; two lines of the generic logging location that follow each other within
        // milliseconds; and a steady line of that location at unrelated times.
        Feed f;
        std::vector<std::string> messages;
        auto add = [&](qint64 ns, const std::string &m, const char *file, const char *fn,
                       Severity s) {
            messages.push_back(m);
            f.add(ns, m, file, fn, s);
        };
        for (int i = 0; i < 40; ++i) {
            const qint64 t = qint64(i) * 97'000 * Ms;
            add(t, "payment authorization failed for order ord_" + std::to_string(8000 + i),
                "checkout.payments", "authorize", Severity::Error);
            add(t + 4 * Ms, "order ord_" + std::to_string(8000 + i) + " queued for manual review",
                "checkout.payments", "enqueue_review", Severity::Warning);
            add(t + 31'000 * Ms,
                "Elasticsearch query failed: ConnectionTimeout after " + std::to_string(i % 9 + 1) +
                    " retries",
                "logging", "callHandlers", Severity::Error);
            add(t + 31'006 * Ms,
                "search degraded: serving cached results for query 'lamp " + std::to_string(i) +
                    "'",
                "logging", "callHandlers", Severity::Warning);
            add(t + 60'000 * Ms + qint64(i * i % 7) * 3000 * Ms, "Session middleware not installed",
                "logging", "callHandlers", Severity::Warning);
        }
        const ClusterSet set = f.engine.snapshot();
        const auto pay = clustersOf(set, messages, "payment authorization");
        const auto review = clustersOf(set, messages, "order ord_");
        const auto es = clustersOf(set, messages, "Elasticsearch");
        const auto degraded = clustersOf(set, messages, "search degraded");
        const auto session = clustersOf(set, messages, "Session middleware");
        QCOMPARE(pay.size(), size_t(1));
        QCOMPARE(pay, review);
        QCOMPARE(es, degraded);
        QVERIFY(es != pay && session != es && session != pay);
        const QString why = set.clusters()[*pay.begin()].explanation;
        QVERIFY2(why.contains(QStringLiteral("logged together: 40 of 40 times within")),
                 qPrintable(why));
    }

    void enumerations()
    {
        // A breaker's three states (split from one template) and four queue names with little
        // context around them (four templates): one issue each, with the values' counts.
        Feed f;
        std::vector<std::string> messages;
        const std::pair<const char *, int> queues[] = {
            {"sms", 40}, {"push", 30}, {"email-high", 20}, {"email-bulk", 10}};
        const std::pair<const char *, int> states[] = {
            {"OPEN", 25}, {"HALF_OPEN", 15}, {"CLOSED", 5}};
        qint64 t = 0;
        for (const auto &[queue, n] : queues)
            for (int i = 0; i < n; ++i) {
                messages.push_back(std::string("queue ") + queue + " stalled");
                t += 7'919 * Ms + qint64(i % 13) * 1'000 * Ms;
                f.add(t, messages.back(), "logging", "callHandlers", Severity::Warning);
            }
        for (const auto &[state, n] : states)
            for (int i = 0; i < n; ++i) {
                messages.push_back(std::string("circuit breaker inventory-client: state=") + state);
                t += 6'007 * Ms + qint64(i % 11) * 1'000 * Ms;
                f.add(t, messages.back(), "logging", "callHandlers", Severity::Warning);
            }
        const ClusterSet set = f.engine.snapshot();
        const auto queue = clustersOf(set, messages, "queue ");
        const auto breaker = clustersOf(set, messages, "circuit breaker");
        QCOMPARE(queue.size(), size_t(1));
        QCOMPARE(breaker.size(), size_t(1));
        QVERIFY(queue != breaker);
        QCOMPARE(templatesOf(set, messages, "queue ").size(), size_t(4));
        const IssueCluster &q = set.clusters()[*queue.begin()];
        QVERIFY2(q.explanation.contains(QStringLiteral("the same message with another value")),
                 qPrintable(q.explanation));
        QCOMPARE(q.valueDistributions.size(), size_t(1));
        QCOMPARE(q.valueDistributions[0].pattern, QStringLiteral("queue <*> stalled"));
        QCOMPARE(q.valueDistributions[0].position, 1);
        QCOMPARE(q.valueDistributions[0].values.size(), size_t(4));
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(q.valueDistributions[0].values[i].name, QString::fromLatin1(queues[i].first));
            QCOMPARE(q.valueDistributions[0].values[i].count, quint64(queues[i].second));
        }
        const IssueCluster &b = set.clusters()[*breaker.begin()];
        QCOMPARE(b.valueDistributions.size(), size_t(1));
        QCOMPARE(b.valueDistributions[0].values.size(), size_t(3));
        QCOMPARE(b.valueDistributions[0].values[0].name, QStringLiteral("state=OPEN"));
        QCOMPARE(b.valueDistributions[0].values[0].count, quint64(25));
        QCOMPARE(b.valueDistributions[0].values[2].count, quint64(5));
    }

    void settingsAndErrorCodes()
    {
        // A setting with four values used about equally is an enumeration (four templates, one
        // issue); one with a long tail of rare values is a variable (one template). Two status
        // codes from one function are two problems.
        Feed f;
        std::vector<std::string> messages;
        qint64 t = 0;
        auto add = [&](const std::string &m, const char *file, const char *fn) {
            messages.push_back(m);
            t += 4'999 * Ms + qint64(messages.size() % 17) * 1'000 * Ms;
            f.add(t, m, file, fn, Severity::Error);
        };
        const char *queues[] = {"email-high", "email-bulk", "sms", "push"};
        for (int i = 0; i < 80; ++i)
            add("job " + std::to_string(500 + i) +
                    " stalled more than allowable limit (queue=" + queues[i % 4] + ")",
                "logging", "callHandlers");
        const char *users[] = {"ftp", "uucp", "news"};
        for (int i = 0; i < 60; ++i)
            add("authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.0." +
                    std::to_string(i % 9) + " user=" + (i < 57 ? "root" : users[i - 57]),
                "logging", "callHandlers");
        for (int i = 0; i < 30; ++i)
            add(i % 2 ? "inventory.Reserve failed: rpc error: code = Unavailable desc = connection "
                        "refused"
                      : "inventory.Reserve failed: rpc error: code = DeadlineExceeded desc = "
                        "context deadline exceeded",
                "inventory/client.go", "Reserve");
        const ClusterSet set = f.engine.snapshot();
        QCOMPARE(templatesOf(set, messages, "job ").size(), size_t(4));
        QCOMPARE(clustersOf(set, messages, "job ").size(), size_t(1));
        QCOMPARE(templatesOf(set, messages, "authentication failure").size(), size_t(1));
        const auto codes = templatesOf(set, messages, "inventory.Reserve");
        QCOMPARE(codes.size(), size_t(2));
        QCOMPARE(clustersOf(set, messages, "inventory.Reserve").size(), size_t(2));
    }

    void burstsAndFlags()
    {
        // Over a day of steady background, two location-less failures of different components
        // (a database proxy, a message queue) burst in the same hour: two issues. An envoy
        // route failing with "503 UF" and "504 UT" in that hour: one issue.
        Feed f;
        std::vector<std::string> messages;
        auto add = [&](qint64 ns, const std::string &m, const char *file = "",
                       const char *fn = "") {
            messages.push_back(m);
            f.add(ns, m, file, fn, Severity::Error);
        };
        const qint64 day = 86'400'000 * Ms, hour = 3'600'000 * Ms;
        for (int i = 0; i < 3000; ++i) {
            const qint64 t = day * i / 3000;
            add(t, "GET /v1/carts/" + std::to_string(100 + i) + " 200");
            add(t + 9'000 * Ms, "cache refreshed in " + std::to_string(i % 40) + " ms", "app.cache",
                "refresh");
        }
        for (int i = 0; i < 48; ++i) { // a trickle all day, at unrelated times
            add(day * i / 48 + 7 * Ms * i,
                "[proj:region:db] failed to connect to instance: dial error " +
                    std::to_string(i % 7));
            add(day * i / 48 + day / 100 + 11 * Ms * i,
                "pubsub publish to updates failed: 503 connection reset " + std::to_string(i % 5));
        }
        for (int i = 0; i < 600; ++i) {
            const qint64 t = 10 * hour + hour * i / 600;
            add(t + 1'000 * Ms, "[proj:region:db] failed to connect to instance: dial error " +
                                    std::to_string(i % 7));
            add(t + 2'000 * Ms,
                "pubsub publish to updates failed: 503 connection reset " + std::to_string(i % 5));
            add(t + 3'000 * Ms, std::string("[2026-03-11T10:00:00.000Z] \"GET /api/v3/accounts/") +
                                    std::to_string(7000 + i) + "/balance HTTP/2\" " +
                                    (i % 2 ? "503 UF" : "504 UT") +
                                    " 0 91 30001 - \"10.1.2.3\" \"curl/8.0\"");
        }
        const ClusterSet set = f.engine.snapshot();
        const auto db = clustersOf(set, messages, "[proj:region:db]");
        const auto queue = clustersOf(set, messages, "pubsub publish");
        const auto envoy = clustersOf(set, messages, "[2026-03-11T10");
        QCOMPARE(db.size(), size_t(1));
        QCOMPARE(queue.size(), size_t(1));
        QVERIFY(db != queue);
        QCOMPARE(envoy.size(), size_t(1));
        QCOMPARE(templatesOf(set, messages, "[2026-03-11T10").size(), size_t(2));
        QVERIFY(envoy != db && envoy != queue);
    }

    void malformedShapes()
    {
        // Half-shapes and junk: masked without a crash, the same way every time, and the
        // engine keeps every entry.
        const std::vector<std::string> junk = {"GET /",
                                               "GET / 999",
                                               "POST /a?&&=&b= 500",
                                               "\"GET HTTP/1.1\" 200",
                                               "x \" HTTP/ \" 200",
                                               "\"GET /x HTTP/1.1",
                                               "Traceback (most recent call last):\n",
                                               "Traceback (most recent call last):\n  File \"",
                                               "panic: x\ngoroutine 1 [running]:\n",
                                               "Error\n    at ",
                                               "\n\n\tat (",
                                               "'open quote and more words",
                                               "' ' ' '",
                                               std::string(20000, '"'),
                                               "GET /" + std::string(5000, '/') + " 200",
                                               "E: boom\n" + std::string(3000, '\n') +
                                                   "    at f (/app/x.js:1:2)"};
        const Masker masker;
        for (const std::string &m : junk)
            QCOMPARE(masker.maskToString(m), masker.maskToString(m));
        ClusterEngine engine;
        for (const std::string &m : junk)
            engine.addMessage(m);
        const ClusterSet set = engine.snapshot();
        QCOMPARE(set.entryCount(), junk.size());
        for (size_t e = 0; e < junk.size(); ++e)
            QVERIFY(set.templateOfEntry(e) != NoIndex);
    }

    void stackTraces()
    {
        // Python: KeyError in pricing.convert reached from two callers (one issue, two
        // templates); ZeroDivisionError in the same frame and KeyError in another frame are
        // other issues; all logged from the same server function.
        auto python = [](const char *caller, const char *frame, const char *error, int line) {
            return std::string("Exception in ASGI application\nTraceback (most recent call last):\n"
                               "  File "
                               "\"/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/"
                               "httptools_impl.py\", line 411, in run_asgi\n"
                               "    result = await app(\n"
                               "  File \"/app/catalog/routes.py\", line ") +
                   std::to_string(line) + ", in " + caller + "\n" +
                   "    price = pricing.convert(item.price, currency)\n" +
                   "  File \"/app/catalog/pricing.py\", line 73, in " + frame + "\n" +
                   "    rate = self.rates[currency]\n" + error;
        };
        auto java = [](const char *caller, int n) {
            return std::string("Failed to convert amount for posting 01KKD35ASKVFV5P4Z0KH8R43P") +
                   std::to_string(n % 10) +
                   "\njava.lang.NullPointerException: Cannot invoke "
                   "\"java.math.BigDecimal.multiply\" because \"rate\" is null\n" +
                   "\tat com.acme.ledger.fx.RateCache.lookup(RateCache.java:61)\n" +
                   "\tat com.acme.ledger.service." + caller +
                   "(Service.java:" + std::to_string(100 + n % 5) + ")\n" +
                   "\tat "
                   "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:"
                   "885)\n" +
                   "\t... " + std::to_string(40 + n % 9) + " common frames omitted";
        };
        auto go = [](const char *frame, int n) {
            return std::string(
                       "panic: runtime error: invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x8a1f3c]\n\n"
                       "goroutine ") +
                   std::to_string(7000 + n) + " [running]:\n" +
                   "github.com/acme/checkout/internal/pricing.(*Calculator)." + frame +
                   "(0xc000ed9297, 0x0)\n" + "\t/src/internal/pricing/coupon.go:57 +0x3c\n" +
                   "net/http.HandlerFunc.ServeHTTP(...)\n\t/usr/local/go/src/net/http/"
                   "server.go:2136 +0x29";
        };
        auto node = [](const char *caller, int n) {
            return std::string("TypeError: Cannot read properties of undefined (reading 'email')\n"
                               "    at renderTemplate (/app/src/templates/render.js:41:") +
                   std::to_string(29 + n % 3) + ")\n" + "    at " + caller +
                   " (/app/src/services/notification.js:88:22)\n" +
                   "    at async Worker.run "
                   "(/app/node_modules/bullmq/dist/cjs/classes/worker.js:421:20)";
        };
        Feed f;
        std::vector<std::string> messages, kinds;
        auto add = [&](const std::string &kind, const std::string &m) {
            kinds.push_back(kind);
            messages.push_back(m);
            f.add(
                qint64(messages.size()) * 61'000 * Ms, m,
                "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py",
                "run_asgi", Severity::Error);
        };
        for (int i = 0; i < 12; ++i) {
            add("key", python("search", "convert", "KeyError: 'CHF'", 88 + i % 2));
            add("key", python("get_product", "convert", "KeyError: 'JPY'", 52));
            add("zero",
                python("get_product", "convert", "ZeroDivisionError: float division by zero", 52));
            add("key-other", python("search", "lookup_rate", "KeyError: 'CHF'", 88));
            add("java", java("PostingService.post", i));
            add("java", java("TransferService.transfer", i));
            add("go", go("applyCoupon", i));
            add("go-other", go("Total", i));
            add("node", node("NotificationService.send", i));
            add("node", node("DigestService.flush", i));
        }
        const ClusterSet set = f.engine.snapshot();
        std::map<std::string, std::set<quint32>> clustersOfKind, templatesOfKind;
        std::map<quint32, std::set<std::string>> kindsOfCluster;
        for (size_t e = 0; e < messages.size(); ++e) {
            clustersOfKind[kinds[e]].insert(set.clusterOfEntry(e));
            templatesOfKind[kinds[e]].insert(set.templateOfEntry(e));
            kindsOfCluster[set.clusterOfEntry(e)].insert(kinds[e]);
        }
        for (const auto &[kind, clusters] : clustersOfKind)
            QVERIFY2(clusters.size() == 1, (kind + " is split").c_str());
        for (const auto &[cluster, names] : kindsOfCluster)
            QVERIFY2(names.size() == 1,
                     qPrintable(set.clusters()[cluster].name + QStringLiteral(" mixes stacks")));
        // Different callers are different templates of one issue.
        QCOMPARE(templatesOfKind["key"].size(), size_t(2));
        QCOMPARE(templatesOfKind["java"].size(), size_t(2));
        QCOMPARE(templatesOfKind["node"].size(), size_t(2));
        const QString why = set.clusters()[*clustersOfKind["key"].begin()].explanation;
        QVERIFY2(why.contains(QStringLiteral(
                     "one stack trace: KeyError raised in /app/catalog/pricing.py:convert")),
                 qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestShapes)
#include "tst_shapes.moc"
