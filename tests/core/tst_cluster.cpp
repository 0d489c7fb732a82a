// Issue clusters: the worklogs' grouping, statistics, incremental = batch, user decisions,
// cancellation and hostile input.
#include "core/clustering/clusterengine.h"
#include "core/logs/logstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <random>
#include <set>

using namespace gardener;
using namespace gardener::clustering;

namespace {

struct Line
{
    std::string message, module, function;
    Severity severity;
    int line;
};

// Short log lines of the kinds the worklogs grouped, in our own words and values.
std::vector<std::pair<std::string, Line>> kinds()
{
    const std::string ws = "netra_backend.app.websocket_core.handlers";
    return {
        {"routing",
         {"Error routing message from demo-user-{n}: 'function' object has no attribute "
          "'can_handle'",
          ws, "route_message", Severity::Error, 1271}},
        {"optional-auth",
         {"[AUTH] OPTIONAL AUTH=REDACTED Optional authentication failed: No module named "
          "'dev_launcher' (type: ModuleNotFoundError)",
          "logging", "callHandlers", Severity::Warning, 1706}},
        {"session",
         {"Session access failed (middleware not installed?): SessionMiddleware must be installed "
          "to access request.session",
          "logging", "callHandlers", Severity::Warning, 1706}},
        {"buffer",
         {"ALERT: LOW BUFFER UTILIZATION: {p}% - Consider reducing AUTH_HEALTH_CHECK_TIMEOUT from "
          "0.3s to ~0.5s for better performance",
          "logging", "callHandlers", Severity::Warning, 1706}},
        {"thread-id",
         {"Thread ID mismatch: run_id 'demo_run_{t}_353_4b15eea4' extracted to "
          "'demo_run_{t}_353_4b15eea4' but thread_id is 'demo_thread_{t}_352_10b52a66'. This may "
          "indicate inconsistent ID generation.",
          "netra_backend.app.services.user_execution_context", "_validate_id_consistency",
          Severity::Warning, 301}},
        {"thread-id",
         {"Run ID format check failed for 'demo_run_{t}_353_4b15eea4': expected prefix 'run_'",
          "netra_backend.app.services.user_execution_context", "_validate_id_consistency",
          Severity::Warning, 288}},
        {"ws-manager",
         {"WebSocket manager creation failed: Direct instantiation not allowed. Use "
          "get_websocket_manager() factory function.",
          "netra_backend.app.routes.websocket_ssot", "_create_websocket_manager", Severity::Error,
          1207}},
        {"auto-create",
         {"[AUTH] DATABASE USER AUTO-CREATE: User {n}... not found in database (response_time: "
          "{ms}ms, service_status: database_healthy_but_user_missing, action: auto-creating from "
          "JWT=REDACTED",
          "logging", "callHandlers", Severity::Warning, 1706}},
        {"auto-create",
         {"[?] USER AUTO-CREATED: Created user ***@netrasystems.ai from JWT=REDACTED (env: "
          "staging, user_id: {n}..., demo_mode: False, domain: netrasystems.ai, domain_type: "
          "unknown)",
          "logging", "callHandlers", Severity::Warning, 1706}},
        {"legacy",
         {"[LEGACY MODE] Message loop error: Invalid message type 'legacy_response': Unknown "
          "message type: 'legacy_response'. Valid types: [connect, disconnect, ping, pong]",
          "netra_backend.app.routes.websocket_ssot", "_legacy_message_loop", Severity::Error,
          1619}},
        {"race",
         {"Race condition detected: connection main_{h} state changed during send",
          "netra_backend.app.websocket_core.manager", "_send_safe", Severity::Warning, 410}},
        {"race",
         {"Race condition caused send failure on connection main_{h}",
          "netra_backend.app.websocket_core.manager", "send_message", Severity::Error, 455}},
    };
}

std::string fill(std::string s, int i)
{
    auto rep = [&](const std::string &key, const std::string &value) {
        for (size_t p; (p = s.find(key)) != std::string::npos;)
            s.replace(p, key.size(), value);
    };
    char hex[16];
    std::snprintf(hex, sizeof hex, "%08x", unsigned(0x6a878502u + unsigned(i) * 7919u));
    rep("{n}", std::to_string(10741608 + i * 13));
    rep("{t}", std::to_string(1757719525043LL + i));
    rep("{ms}", std::to_string(10 + i % 40) + "." + std::to_string(i % 10) + "0");
    rep("{p}", std::to_string(20 + i % 9) + ".5");
    rep("{h}", hex);
    return s;
}

// Entries as a service would log them: pairs of one event in one trace about 1 ms apart,
// unrelated warnings of the generic logging location in their own requests.
LogStore makeStore(int rounds, unsigned seed = 1)
{
    LogStore store;
    const auto k = kinds();
    std::mt19937 rng(seed);
    const qint64 t0 = 1757719525000LL * 1000000LL;
    std::vector<EntryFields> entries;
    std::vector<std::string> messages, traces, ids;
    messages.reserve(size_t(rounds) * 20);
    traces.reserve(size_t(rounds) * 20);
    ids.reserve(size_t(rounds) * 20);
    struct Pending
    {
        size_t kind;
        qint64 ts;
        int trace;
    };
    std::vector<Pending> plan;
    for (int i = 0; i < rounds; ++i) {
        const qint64 base = t0 + qint64(i) * 60'000'000'000LL + qint64(rng() % 1000) * 1'000'000LL;
        // Each kind shows up in a random subset of rounds, independently of the others
        // (pairs as a unit), as unrelated problems do, seconds apart (lines logged within
        // milliseconds of each other most of the time are one event).
        std::map<std::string, bool> present;
        for (const auto &[name, line] : k)
            if (!present.count(name))
                present[name] = rng() % 10 < 7;
        for (size_t j = 0; j < k.size(); ++j) {
            const std::string &name = k[j].first;
            if (!present[name])
                continue;
            if (name == "auto-create" || name == "race") {
                // The second line of each pair follows the first in the same trace.
                const bool second = j + 1 < k.size() ? k[j + 1].first != name : true;
                const qint64 first = qint64(second ? j - 1 : j);
                plan.push_back({j, base + first * 2'000'000'000 + (second ? 800'000 : 0),
                                i * 100 + int(name == "race")});
            } else if (name == "thread-id" && (i % 2) == (k[j].second.line == 288)) {
                continue; // the two validation lines alternate
            } else {
                plan.push_back({j, base + qint64(j) * 2'000'000'000, i * 100 + 10 + int(j)});
            }
        }
        // Unrelated generic warnings sometimes share a request.
        if (i % 3 == 0)
            plan.push_back({1, base + 90'000'000, i * 100 + 12});
    }
    for (size_t p = 0; p < plan.size(); ++p) {
        const Line &l = k[plan[p].kind].second;
        messages.push_back(fill(l.message, int(p)));
        traces.push_back("projects/demo/traces/" + std::to_string(plan[p].trace));
        ids.push_back("id-" + std::to_string(p));
    }
    for (size_t p = 0; p < plan.size(); ++p) {
        const Line &l = k[plan[p].kind].second;
        EntryFields f;
        f.timestampNs = plan[p].ts;
        f.severity = l.severity;
        f.insertId = ids[p];
        f.message = messages[p];
        f.service = "netra-backend-staging";
        f.revision = p % 2 ? "netra-backend-staging-00566-hln" : "netra-backend-staging-00598-qss";
        f.sourceFile = l.module;
        f.function = l.function;
        f.line = l.line;
        f.trace = traces[p];
        store.append(f);
    }
    return store;
}

// Entry e of `store` as fields to append to another store (the views point into `store` and
// into `ids`, which holds the entry's insert id and trace as read back).
EntryFields fieldsOf(const LogStore &store, size_t e, std::pair<StoredText, StoredText> &ids)
{
    EntryFields f;
    f.timestampNs = store.timestampNs(e);
    f.severity = store.severity(e);
    ids = {store.insertId(e), store.trace(e)};
    f.insertId = ids.first;
    f.message = store.message(e);
    f.service = store.service(e);
    f.revision = store.revision(e);
    f.sourceFile = store.sourceFile(e);
    f.function = store.function(e);
    f.line = store.line(e);
    f.trace = ids.second;
    return f;
}

std::string kindOf(const std::string &message)
{
    const auto k = kinds();
    for (const auto &[name, line] : k) {
        const std::string head = line.message.substr(0, 18);
        if (message.compare(0, head.size(), head) == 0)
            return name;
    }
    return "?";
}

// Compares the parts of two sets that must not depend on how entries were fed.
void compareSets(const ClusterSet &a, const ClusterSet &b)
{
    QCOMPARE(a.clusters().size(), b.clusters().size());
    QCOMPARE(a.templates().size(), b.templates().size());
    for (size_t i = 0; i < a.clusters().size(); ++i) {
        const IssueCluster &x = a.clusters()[i], &y = b.clusters()[i];
        QCOMPARE(x.fingerprint, y.fingerprint);
        QCOMPARE(x.count, y.count);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.firstSeenNs, y.firstSeenNs);
        QCOMPARE(x.lastSeenNs, y.lastSeenNs);
        QVERIFY(x.severities == y.severities);
        QVERIFY(x.buckets == y.buckets);
        QVERIFY(x.distinctValues == y.distinctValues);
        QCOMPARE(x.explanation, y.explanation);
        QCOMPARE(x.templates.size(), y.templates.size());
        for (size_t t = 0; t < x.templates.size(); ++t) {
            QCOMPARE(a.templates()[x.templates[t]].fingerprint,
                     b.templates()[y.templates[t]].fingerprint);
            QCOMPARE(a.templates()[x.templates[t]].text, b.templates()[y.templates[t]].text);
            QCOMPARE(a.templates()[x.templates[t]].count, b.templates()[y.templates[t]].count);
        }
    }
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT

private slots:
    void worklogGrouping()
    {
        const LogStore store = makeStore(40);
        const ClusterSet set = clusterStore(store);
        // Each cluster holds exactly one kind, and each kind is exactly one cluster.
        std::map<quint32, std::set<std::string>> kindsOfCluster;
        std::map<std::string, std::set<quint32>> clustersOfKind;
        for (size_t e = 0; e < store.size(); ++e) {
            const std::string kind = kindOf(std::string(store.message(e)));
            QVERIFY2(kind != "?", store.message(e).data());
            kindsOfCluster[set.clusterOfEntry(e)].insert(kind);
            clustersOfKind[kind].insert(set.clusterOfEntry(e));
        }
        for (const auto &[cluster, names] : kindsOfCluster)
            QVERIFY2(names.size() == 1,
                     qPrintable(set.clusters()[cluster].name + QStringLiteral(" mixes kinds")));
        for (const auto &[kind, clusters] : clustersOfKind)
            QVERIFY2(clusters.size() == 1, (kind + " is split").c_str());
        QCOMPARE(set.clusters().size(), size_t(9));

        // Explanations say why.
        auto clusterOf = [&](const char *kind) -> const IssueCluster & {
            for (size_t e = 0; e < store.size(); ++e)
                if (kindOf(std::string(store.message(e))) == kind)
                    return set.clusters()[set.clusterOfEntry(e)];
            return set.clusters().front();
        };
        QVERIFY(clusterOf("auto-create").explanation.contains(QStringLiteral("same trace")));
        QVERIFY(clusterOf("thread-id")
                    .explanation.contains(QStringLiteral("same module and function")));
        QCOMPARE(clusterOf("auto-create").templates.size(), size_t(2));
        QCOMPARE(clusterOf("race").templates.size(), size_t(2));
        QCOMPARE(clusterOf("session").templates.size(), size_t(1));
    }

    void distinctiveWordsAndSteadyTraffic()
    {
        // Over one day: a steady background of four messages without a location, two of them
        // the only ones with the words "BUFFER UTILIZATION ... AUTH_HEALTH_CHECK_TIMEOUT";
        // plus an incident (an error from a specific module and a traceback without location)
        // that bursts for one hour.
        ClusterEngine engine;
        const qint64 day = 86'400'000'000'000LL, start = 1'757'635'200'000'000'000LL;
        auto at = [&](qint64 ns, const std::string &m, const char *file = "", const char *fn = "") {
            EntryMeta meta;
            meta.timestampNs = start + ns;
            meta.severity = Severity::Warning;
            meta.sourceFile = file;
            meta.function = fn;
            engine.addMessage(m, meta);
        };
        for (int i = 0; i < 4000; ++i) {
            const qint64 t = day * i / 4000;
            at(t, "ALERT: LOW BUFFER UTILIZATION: " + std::to_string(i % 50) +
                      "% - consider reducing AUTH_HEALTH_CHECK_TIMEOUT");
            if (i % 2 == 0)
                at(t + 1000, "HIGH BUFFER UTILIZATION: " + std::to_string(i % 70) +
                                 "% - AUTH_HEALTH_CHECK_TIMEOUT leaves little headroom");
            // Seconds apart: steady messages logged in lock-step would be one event.
            at(t + 7'000'000'000, "Session access failed: SessionMiddleware must be installed");
            at(t + 13'000'000'000, "Worker " + std::to_string(i % 9) + " booted with 4 threads");
            at(t + 4000, "Connection pool timeout after " + std::to_string(i % 30) + "s",
               "app.db.pool", "acquire");
            if (i % 20 == 0)
                at(t + 4500, "sqlalchemy.exc.TimeoutError: QueuePool limit of size " +
                                 std::to_string(5 + i % 3) + " reached");
        }
        for (int i = 0; i < 3000; ++i) { // the incident: 10:00 - 11:00
            const qint64 t = day * 10 / 24 + 3'600'000'000'000LL * i / 3000;
            at(t, "Connection pool timeout after " + std::to_string(i % 30) + "s", "app.db.pool",
               "acquire");
            if (i % 2 == 0)
                at(t + 500, "sqlalchemy.exc.TimeoutError: QueuePool limit of size " +
                                std::to_string(5 + i % 3) + " reached");
        }
        const ClusterSet set = engine.snapshot();
        auto clusterOf = [&](const QString &head) -> const IssueCluster * {
            for (const IssueCluster &c : set.clusters())
                for (quint32 t : c.templates)
                    if (set.templates()[t].text.startsWith(head))
                        return &c;
            return nullptr;
        };
        const IssueCluster *low = clusterOf(QStringLiteral("ALERT: LOW BUFFER"));
        const IssueCluster *high = clusterOf(QStringLiteral("HIGH BUFFER"));
        const IssueCluster *session = clusterOf(QStringLiteral("Session access failed"));
        const IssueCluster *worker = clusterOf(QStringLiteral("Worker"));
        const IssueCluster *pool = clusterOf(QStringLiteral("Connection pool timeout"));
        const IssueCluster *traceback = clusterOf(QStringLiteral("sqlalchemy.exc.TimeoutError"));
        QVERIFY(low && high && session && worker && pool && traceback);
        // The only two messages with those words: one issue, and it says why.
        QCOMPARE(low, high);
        QVERIFY2(low->explanation.contains(QStringLiteral("the only two messages with the words")),
                 qPrintable(low->explanation));
        // Steady messages rise and fall together with everything steady: no grouping by time.
        QVERIFY(session != worker);
        QVERIFY(session != low && worker != low);
        // The traceback bursts with the pool error: one incident.
        QCOMPARE(traceback, pool);
        QVERIFY(worker != pool && session != pool);
    }

    void statistics()
    {
        const LogStore store = makeStore(30);
        const ClusterSet set = clusterStore(store);
        quint64 total = 0;
        for (const IssueCluster &c : set.clusters()) {
            total += c.count;
            quint64 inBuckets = 0;
            for (quint32 b : c.buckets)
                inBuckets += b;
            QCOMPARE(inBuckets, c.count);
            quint64 sev = 0;
            for (quint64 s : c.severities)
                sev += s;
            QCOMPARE(sev, c.count);
            QVERIFY(c.firstSeenNs <= c.lastSeenNs);
            QVERIFY(!c.samples.empty());
            QCOMPARE(store.timestampNs(c.samples.front().entry), c.firstSeenNs);
            QCOMPARE(set.clusters()[set.clusterOfEntry(c.samples.front().entry)].fingerprint,
                     c.fingerprint);
            QCOMPARE(c.services.front().name, QStringLiteral("netra-backend-staging"));
            QCOMPARE(c.revisions.size(), size_t(2));
            QVERIFY(!c.locations.empty());
        }
        QCOMPARE(total, quint64(store.size()));
        // The routing error names a different user each time: distinct users are counted.
        for (const IssueCluster &c : set.clusters())
            if (c.name.startsWith(QStringLiteral("Error routing message")))
                QCOMPARE(c.distinctValues[size_t(CountedValue::User)], c.count);
    }

    void distinctValuesOverSignatures()
    {
        // One template mined from several distinct masked messages (one per platform word):
        // users seen under more than one of them count once.
        ClusterEngine engine;
        const char *platforms[] = {"web", "ios", "android", "desktop", "watch", "tv"};
        std::set<int> users;
        size_t sightings = 0;
        for (int p = 0; p < 6; ++p)
            for (int u = p * 3; u < p * 3 + 8; ++u) {
                char user[32];
                std::snprintf(user, sizeof user, "demo-user-%03d", u);
                engine.addMessage(std::string("Login failed for ") + user + " on " + platforms[p],
                                  EntryMeta{0, Severity::Warning, "svc", {}, "auth.py", "login"});
                users.insert(u);
                ++sightings;
            }
        const ClusterSet set = engine.snapshot();
        QCOMPARE(engine.distinctMessageCount(), size_t(6));
        QCOMPARE(set.clusters().size(), size_t(1));
        QVERIFY(users.size() < sightings);
        QCOMPARE(set.clusters()[0].distinctValues[size_t(CountedValue::User)],
                 quint64(users.size()));
    }

    void incrementalEqualsBatch()
    {
        const LogStore store = makeStore(50);
        ClusterEngine batch;
        QVERIFY(batch.addEntries(store, 0, store.size()));
        const ClusterSet all = batch.snapshot();
        std::mt19937 rng(5);
        for (int round = 0; round < 3; ++round) {
            ClusterEngine paged;
            size_t from = 0;
            while (from < store.size()) {
                const size_t to = std::min(store.size(), from + 1 + rng() % 97);
                QVERIFY(paged.addEntries(store, from, to));
                paged.snapshot(); // intermediate snapshots change nothing
                from = to;
            }
            compareSets(all, paged.snapshot());
        }
        // One message at a time through addMessage gives the same, too.
        ClusterEngine single;
        for (size_t e = 0; e < store.size(); ++e) {
            const StoredText trace = store.trace(e);
            single.addMessage(store.message(e),
                              EntryMeta{store.timestampNs(e), store.severity(e), store.service(e),
                                        store.revision(e), store.sourceFile(e), store.function(e),
                                        store.line(e), trace});
        }
        compareSets(all, single.snapshot());
    }

    void namesFromEachStoresPool()
    {
        // The engine keeps a cache from a store's pool ids to its own names. The same pool id
        // names another service in another store: entries fed from the second store must not
        // take the first store's name.
        const LogStore a = makeStore(10);
        auto renamed = [&](std::string_view service, size_t copies) {
            LogStore s;
            for (size_t c = 0; c < copies; ++c)
                for (size_t e = 0; e < a.size(); ++e) {
                    std::pair<StoredText, StoredText> ids;
                    EntryFields f = fieldsOf(a, e, ids);
                    f.service = service;
                    s.append(f);
                }
            return s;
        };
        const LogStore first = renamed("alpha", 1), second = renamed("gamma", 2);
        QCOMPARE(first.serviceId(0), second.serviceId(0)); // the premise of this test
        ClusterEngine engine;
        QVERIFY(engine.addEntries(first, 0, first.size()));
        QVERIFY(engine.addEntries(second, first.size(), second.size()));
        const ClusterSet set = engine.snapshot();
        quint64 alpha = 0, gamma = 0;
        for (const IssueCluster &c : set.clusters())
            for (const NamedCount &n : c.services) {
                QVERIFY2(n.name == QStringLiteral("alpha") || n.name == QStringLiteral("gamma"),
                         qPrintable(n.name));
                (n.name == QStringLiteral("alpha") ? alpha : gamma) += n.count;
            }
        QCOMPARE(alpha, quint64(a.size()));
        QCOMPARE(gamma, quint64(a.size()));
    }

    void inputOrderIndependent()
    {
        const LogStore a = makeStore(30, 1);
        // The same entries in reverse order.
        LogStore b;
        for (size_t e = a.size(); e-- > 0;) {
            std::pair<StoredText, StoredText> ids;
            b.append(fieldsOf(a, e, ids));
        }
        const ClusterSet x = clusterStore(a), y = clusterStore(b);
        QCOMPARE(x.clusters().size(), y.clusters().size());
        for (size_t i = 0; i < x.clusters().size(); ++i) {
            QCOMPARE(x.clusters()[i].fingerprint, y.clusters()[i].fingerprint);
            QCOMPARE(x.clusters()[i].count, y.clusters()[i].count);
        }
    }

    void mergeAndSplitDecisions()
    {
        const LogStore store = makeStore(20);
        ClusterEngine engine;
        engine.addEntries(store, 0, store.size());
        const ClusterSet before = engine.snapshot();
        const QString a = before.clusters()[0].fingerprint, b = before.clusters()[1].fingerprint;
        ClusterDecisions decisions;
        QVERIFY(decisions.merge(before, {a, b}, QStringLiteral("same root cause")).has_value());
        QVERIFY(!decisions.merge(before, {a}).has_value()); // needs two

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("decisions.json"));
        QVERIFY(decisions.save(path).has_value());
        auto loaded = ClusterDecisions::load(path);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->decisions().size(), size_t(1));

        // A later run over the same data applies the saved merge.
        ClusterOptions options;
        options.decisions = *loaded;
        const ClusterSet merged = clusterStore(store, options);
        QCOMPARE(merged.clusters().size(), before.clusters().size() - 1);
        const IssueCluster &top = merged.clusters()[0];
        QCOMPARE(top.count, before.clusters()[0].count + before.clusters()[1].count);
        QVERIFY(top.userDecided);
        QVERIFY(top.explanation.contains(QStringLiteral("merged by the user: same root cause")));

        // Split the auto-created template out of its pair.
        QString second;
        for (const TemplateInfo &t : merged.templates())
            if (t.text.contains(QStringLiteral("USER AUTO-CREATED:")))
                second = t.fingerprint;
        QVERIFY(!second.isEmpty());
        QVERIFY(merged.clusters()[merged.templates()[size_t(merged.templateIndex(second))].cluster]
                    .templates.size() >= 2);
        QVERIFY(loaded->split(merged, {second}).has_value());
        QVERIFY(!loaded->split(merged, {QStringLiteral("v1:0000000000000000")}).has_value());
        engine.setDecisions(*loaded);
        const ClusterSet split = engine.snapshot();
        QCOMPARE(split.clusters().size(), merged.clusters().size() + 1);
        QVERIFY(split.clusterIndex(second) >= 0); // a one-template cluster is named by it

        // Corrupt files are errors naming the file.
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            "{\"version\": 1, \"decisions\": [{\"kind\": \"explode\", \"templates\": [\"x\"]}]}");
        bad.close();
        auto err = ClusterDecisions::load(bad.fileName());
        QVERIFY(!err.has_value());
        QCOMPARE(err.error().file, bad.fileName());
    }

    void cancel()
    {
        const LogStore store = makeStore(200);
        std::atomic_bool stop{true};
        ClusterEngine engine;
        QVERIFY(!engine.addEntries(store, 0, store.size(), &stop));
        QCOMPARE(engine.entryCount(), size_t(0));
        stop = false;
        quint64 last = 0;
        QVERIFY(engine.addEntries(store, 0, store.size(), &stop, [&](quint64 done, quint64 total) {
            QVERIFY(done >= last && done <= total);
            last = done;
        }));
        QCOMPARE(last, quint64(store.size()));
        stop = true;
        QVERIFY(engine.snapshot(&stop).clusters().empty());
    }

    void hostileInput()
    {
        ClusterEngine engine;
        engine.addMessage("");
        engine.addMessage("   ");
        std::string huge(1 << 20, 'x');
        for (size_t i = 0; i < huge.size(); i += 7)
            huge[i] = ' ';
        engine.addMessage(huge);
        std::string junk;
        std::mt19937 rng(9);
        for (int i = 0; i < 100000; ++i)
            junk += char(rng() & 0xff);
        engine.addMessage(junk);
        const ClusterSet set = engine.snapshot();
        QCOMPARE(set.entryCount(), size_t(4));
        QVERIFY(set.templateOfEntry(0) != NoIndex);
        QVERIFY(set.templateOfEntry(2) != NoIndex);
        QCOMPARE(set.templateOfEntry(4), NoIndex);
        QVERIFY(set.templates()[set.templateOfEntry(2)].text.size() < 2000);
    }

    void manyDistinctMessages()
    {
        // 100k messages that share nothing: time and memory stay bounded.
        QElapsedTimer timer;
        timer.start();
        ClusterEngine engine;
        std::set<std::string> distinct;
        std::mt19937 rng(11);
        std::string m;
        for (int i = 0; i < 100000; ++i) {
            m.clear();
            const int words = 1 + int(rng() % 12);
            for (int w = 0; w < words; ++w) {
                if (w)
                    m += ' ';
                for (int c = 0; c < 6; ++c)
                    m += char('a' + rng() % 26);
            }
            engine.addMessage(m);
            distinct.insert(engine.masker().maskToString(m));
        }
        const ClusterSet set = engine.snapshot();
        QCOMPARE(set.entryCount(), size_t(100000));
        // Signatures are keyed by a hash of the masked text alone: no two texts may merge.
        QCOMPARE(engine.distinctMessageCount(), distinct.size());
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(engine.memoryBytes() + set.memoryBytes() < size_t(400) << 20,
                 qPrintable(QString::number(engine.memoryBytes() + set.memoryBytes())));
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
