#include "core/demo/demorender.h"

#include "core/demo/demobuffer.h"
#include "core/demo/demotemplates.h"

#include <array>

namespace gardener::demo {

using namespace fmt;

namespace {

constexpr std::array<const char *, 4> kMessageTypes{"user_message", "agent_request", "start_agent",
                                                    "thread_update"};
constexpr std::array<const char *, 4> kDomains{"gmail.com", "example.com", "orders.example",
                                               "outlook.com"};
constexpr std::array<const char *, 4> kStates{"CONNECTING", "ACCEPTED", "AUTHENTICATING",
                                              "CLOSING"};
constexpr std::array<const char *, 4> kRedisOps{"GET", "SETEX", "HGETALL", "EXPIRE"};
constexpr std::array<const char *, 4> kRedisKeys{"session", "ws_conn", "rate", "thread_state"};
constexpr std::array<const char *, 3> kRedisHosts{"10.47.112.3", "10.47.112.4", "10.47.113.9"};
constexpr std::array<const char *, 4> kAgents{"triage_agent", "data_agent", "optimization_agent",
                                              "reporting_agent"};
constexpr std::array<const char *, 3> kModels{"gemini-2.5-pro", "gemini-2.5-flash",
                                              "claude-sonnet-4"};
constexpr std::array<const char *, 3> kStartReasons{"AUTOSCALING", "DEPLOYMENT",
                                                    "MANUAL_OR_CUSTOMER_MIN_INSTANCE"};
constexpr std::array<const char *, 4> kUserAgents{
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/139.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.0 Safari/605.1.15",
    "python-httpx/0.27.2", "GoogleHC/1.0"};

template <typename Array> const char *pick(DemoRandom &rng, const Array &a)
{
    return a[size_t(rng.next() % a.size())];
}

// A few users are much busier than the rest, as in real traffic.
int pickUser(DemoRandom &rng)
{
    const double u = rng.uniform();
    return 1 + int(240.0 * u * u);
}

void appendUser(std::string &out, int user)
{
    out.append("demo-user-");
    appendPadded(out, user, 3);
}

// demo_run_<epoch ms>_<counter>_<8 hex>, as the execution context builds them.
void appendRunId(std::string &out, const char *prefix, qint64 ms, qint64 counter, quint64 hex)
{
    out.append(prefix);
    appendInt(out, ms);
    out.push_back('_');
    appendInt(out, counter);
    out.push_back('_');
    appendHex(out, hex, 8);
}

void appendIp(std::string &out, DemoRandom &rng)
{
    // Documentation ranges (RFC 5737), so no real address appears in the demo.
    static constexpr std::array<const char *, 3> nets{"203.0.113.", "198.51.100.", "192.0.2."};
    out.append(pick(rng, nets));
    appendInt(out, rng.range(2, 254));
}

// Message routing and run ids; the buffer alerts. False: the template has no variable parts (or is
// not one of these).
bool renderRoutingMessage(int n, DemoRandom &rng, qint64 ms, std::string &out)
{
    switch (n) {
    case 1:
        out.append("Error routing message from ");
        appendUser(out, pickUser(rng));
        out.append(": 'function' object has no attribute 'can_handle'");
        return true;
    case 2:
        out.append("No handler accepted message type '");
        out.append(pick(rng, kMessageTypes));
        out.append("' from ");
        appendUser(out, pickUser(rng));
        out.append(" after ");
        appendInt(out, rng.range(3, 9));
        out.append(" handlers (");
        appendFixed(out, rng.skewed(0.4, 60.0), 2);
        out.append("ms)");
        return true;
    case 5: {
        const double pct = 12.0 + rng.uniform() * 20.0;
        const double from = 0.1 * double(rng.range(2, 4));
        out.append("\xF0\x9F\x9A\xA8 ALERT: LOW BUFFER UTILIZATION: ");
        appendFixed(out, pct, 1);
        out.append("% - Consider reducing AUTH_HEALTH_CHECK_TIMEOUT from ");
        appendFixed(out, from, 1);
        out.append("s to ~");
        appendFixed(out, from + 0.1 * double(rng.range(1, 3)), 1);
        out.append("s for better performance");
        return true;
    }
    case 6:
        out.append("\xE2\x9A\xA0\xEF\xB8\x8F HIGH BUFFER UTILIZATION: ");
        appendFixed(out, 85.0 + rng.uniform() * 14.0, 1);
        out.append("% - AUTH_HEALTH_CHECK_TIMEOUT of ");
        appendFixed(out, 0.1 * double(rng.range(3, 9)), 1);
        out.append("s leaves little headroom before the ");
        appendFixed(out, 1.0 + double(rng.range(0, 1)), 1);
        out.append("s client timeout");
        return true;
    case 7: {
        const qint64 runMs = ms - rng.range(0, 900);
        const qint64 counter = rng.range(100, 999);
        const quint64 runHex = rng.next();
        out.append("Thread ID mismatch: run_id '");
        appendRunId(out, "demo_run_", runMs, counter, runHex);
        out.append("' extracted to '");
        appendRunId(out, "demo_run_", runMs, counter, runHex);
        out.append("' but thread_id is '");
        appendRunId(out, "demo_thread_", runMs, counter - 1, rng.next());
        out.append("'. This may indicate inconsistent ID generation.");
        return true;
    }
    case 8:
        out.append("Invalid run_id format '");
        out.append(rng.chance(0.5) ? "thread_" : "req_");
        appendHex(out, rng.next(), 12);
        out.append("' for user ");
        appendUser(out, pickUser(rng));
        out.append(": expected prefix 'run_' or 'demo_run_', generating a replacement");
        return true;
    default:
        return false;
    }
}

// WebSocket sessions and users: the pairs whose second line repeats the first's values. False: the
// template has no variable parts (or is not one of these).
bool renderSessionMessage(int n, DemoRandom &rng, PairContext &pair, std::string &out)
{
    switch (n) {
    case 9:
        pair.connection = rng.next();
        pair.user = pickUser(rng);
        return false; // constant text
    case 10:
        out.append("Using emergency WebSocket manager for connection ws_");
        appendHex(out, pair.connection, 12);
        out.append(" (user ");
        appendUser(out, pair.user);
        out.append("): per-user isolation is reduced until the factory is used");
        return true;
    case 11:
        pair.userId = quint64(rng.range(10000000, 10999999));
        pair.domain = int(rng.range(0, qint64(kDomains.size()) - 1));
        out.append("[\xF0\x9F\x94\x91] DATABASE USER AUTO-CREATE: User ");
        appendInt(out, qint64(pair.userId));
        out.append("... not found in database (response_time: ");
        appendFixed(out, rng.skewed(6.0, 180.0), 2);
        out.append("ms, service_status: database_healthy_but_user_missing, action: "
                   "auto-creating from JWT=REDACTED");
        return true;
    case 12:
        out.append("[\xF0\x9F\x94\x91] USER AUTO-CREATED: Created user ***@");
        out.append(kDomains[size_t(pair.domain)]);
        out.append(" from JWT=REDACTED (env: staging, user_id: ");
        appendInt(out, qint64(pair.userId));
        out.append("..., demo_mode: False, domain: ");
        out.append(kDomains[size_t(pair.domain)]);
        out.append(", domain_type: ");
        out.append(pair.domain == 2 ? "business" : (pair.domain == 1 ? "unknown" : "consumer"));
        out.push_back(')');
        return true;
    case 20:
        pair.thread = rng.next();
        pair.user = pickUser(rng);
        out.append("Unhandled exception while saving a message to thread thread_");
        appendHex(out, pair.thread, 16);
        out.append(": KeyError: 'assistant_id'");
        return true;
    case 30:
        pair.connection = rng.next();
        pair.state = int(rng.range(0, 2));
        out.append("Race condition detected: message for connection ws_");
        appendHex(out, pair.connection, 12);
        out.append(" arrived before the handshake finished (state ");
        out.append(kStates[size_t(pair.state)]);
        out.append(", waited ");
        appendFixed(out, rng.skewed(0.1, 250.0), 2);
        out.append("ms)");
        return true;
    case 31:
        out.append("Dropped message for connection ws_");
        appendHex(out, pair.connection, 12);
        out.append(": invalid state transition ");
        out.append(kStates[size_t(pair.state)]);
        out.append(" -> ");
        out.append(kStates[size_t(pair.state + 1)]);
        return true;
    default:
        return false;
    }
}

// The database, Redis and health checks. False: the template has no variable parts (or is not one
// of these).
bool renderBackendMessage(int n, DemoRandom &rng, const RenderPlace &place, std::string &out)
{
    switch (n) {
    case 14: {
        const qint64 size = 5 * rng.range(1, 4);
        out.append("Connection pool timeout: could not acquire connection main_");
        appendHex(out, rng.next(), 8);
        out.append(" within ");
        appendFixed(out, double(rng.range(5, 30)), 1);
        out.append("s (pool_size=");
        appendInt(out, size);
        out.append(", checked_out=");
        appendInt(out, size);
        out.append(", overflow=");
        appendInt(out, size * 2);
        out.push_back('/');
        appendInt(out, size * 2);
        out.push_back(')');
        return true;
    }
    case 15:
        out.append("Connection main_");
        appendHex(out, rng.next(), 8);
        out.append(" held for ");
        appendFixed(out, rng.skewed(520.0, 9000.0), 2);
        out.append("ms before returning to the pool (budget 500ms)");
        return true;
    case 16: {
        const qint64 size = 5 * rng.range(1, 4);
        out.append("sqlalchemy.exc.TimeoutError: QueuePool limit of size ");
        appendInt(out, size);
        out.append(" overflow ");
        appendInt(out, size * 2);
        out.append(" reached, connection timed out, timeout ");
        appendFixed(out, double(rng.range(10, 30)), 2);
        return true;
    }
    case 17:
        out.append("Redis ");
        out.append(pick(rng, kRedisOps));
        out.append(" timed out after ");
        appendFixed(out, rng.skewed(1000.0, 5000.0, 2), 2);
        out.append("ms on ");
        out.append(pick(rng, kRedisHosts));
        out.append(":6379 (key: ");
        out.append(pick(rng, kRedisKeys));
        out.push_back(':');
        appendHex(out, rng.next(), 16);
        out.push_back(')');
        return true;
    case 18:
        out.append("Redis connection to ");
        out.append(pick(rng, kRedisHosts));
        out.append(":6379 lost; reconnect attempt ");
        appendInt(out, rng.range(1, 5));
        out.append("/5 in ");
        appendFixed(out, 0.5 * double(rng.range(1, 8)), 1);
        out.push_back('s');
        return true;
    case 21:
        out.append("Health check /health/ready crashed after ");
        appendFixed(out, rng.skewed(2000.0, 30000.0, 2), 2);
        out.append("ms: database probe raised OperationalError; instance ");
        out.append(place.instanceId.substr(0, 16));
        out.append(" will be restarted");
        return true;
    default:
        return false;
    }
}

// Rate limits and authentication. False: the template has no variable parts (or is not one of
// these).
bool renderLimitMessage(int n, DemoRandom &rng, std::string &out)
{
    switch (n) {
    case 24: {
        const qint64 limit = 60 * rng.range(1, 10);
        const double pct = 80.0 + rng.uniform() * 19.9;
        out.append("Rate limit approaching for ");
        appendUser(out, pickUser(rng));
        out.append(": ");
        appendInt(out, qint64(double(limit) * pct / 100.0));
        out.push_back('/');
        appendInt(out, limit);
        out.append(" requests in 60s window (");
        appendFixed(out, pct, 1);
        out.append("% of quota)");
        return true;
    }
    case 25: {
        const double interval = 0.1 * double(rng.range(3, 8));
        out.append("Token bucket drift ");
        appendFixed(out, -(0.5 + rng.uniform() * 9.0), 1);
        out.append("% against schedule; adjusting refill interval from ");
        appendFixed(out, interval, 1);
        out.append("s to ~");
        appendFixed(out, interval + 0.1, 1);
        out.push_back('s');
        return true;
    }
    case 27:
        out.append("JWT validation failed for request req_");
        appendHex(out, rng.next(), 12);
        out.append(": Signature has expired (expired ");
        appendInt(out, qint64(rng.skewed(1.0, 86400.0, 4)));
        out.append("s ago, leeway ");
        appendInt(out, 30);
        out.append("s)");
        return true;
    case 28:
        out.append("Bearer token rejected by auth service after ");
        appendFixed(out, rng.skewed(12.0, 900.0), 2);
        out.append("ms: 401 Unauthorized (attempt ");
        appendInt(out, rng.range(1, 3));
        out.append("/3, endpoint /auth/validate)");
        return true;
    default:
        return false;
    }
}

// Instances, agents, models and memory. False: the template has no variable parts (or is not one of
// these).
bool renderPlatformMessage(int n, DemoRandom &rng, qint64 ms, const RenderPlace &place,
                           std::string &out)
{
    switch (n) {
    case 32:
        out.append("Worker ");
        appendInt(out, rng.range(2, 64));
        out.append(" booted for revision ");
        out.append(place.revision);
        out.append(" with ");
        appendInt(out, rng.chance(0.5) ? 4 : 8);
        out.append(" threads");
        return true;
    case 33:
        out.append("New container instance started (reason: ");
        out.append(pick(rng, kStartReasons));
        out.push_back(')');
        return true;
    case 34: {
        const qint64 steps = rng.range(3, 8);
        out.append("Agent execution timed out after ");
        appendFixed(out, double(rng.range(30, 300)), 1);
        out.append("s in run ");
        appendRunId(out, "run_", ms - rng.range(30000, 300000), rng.range(1, 999), rng.next());
        out.append(" (agent: ");
        out.append(pick(rng, kAgents));
        out.append(", step ");
        appendInt(out, rng.range(1, steps));
        out.push_back('/');
        appendInt(out, steps);
        out.push_back(')');
        return true;
    }
    case 35:
        out.append("Slow LLM response: ");
        appendFixed(out, rng.skewed(8000.0, 60000.0), 2);
        out.append("ms from model ");
        out.append(pick(rng, kModels));
        out.append(" (threshold 8000ms) in run ");
        appendRunId(out, "run_", ms - rng.range(1000, 60000), rng.range(1, 999), rng.next());
        return true;
    case 36: {
        const qint64 limit = rng.chance(0.5) ? 2048 : 4096;
        out.append("Memory limit of ");
        appendInt(out, limit);
        out.append(" MiB exceeded with ");
        appendInt(out, limit + rng.range(1, 300));
        out.append(" MiB used; the container was terminated");
        return true;
    }
    case 37:
        out.append("Memory usage at ");
        appendFixed(out, 80.0 + rng.uniform() * 19.0, 1);
        out.append("% of the ");
        appendInt(out, rng.chance(0.5) ? 2048 : 4096);
        out.append(" MiB limit; ");
        appendInt(out, rng.range(40, 900));
        out.append(" websocket connections open");
        return true;
    default:
        return false;
    }
}

} // namespace

void renderMessage(int index, DemoRandom &rng, PairContext &pair, qint64 timeNs,
                   const RenderPlace &place, std::string &out)
{
    const DemoTemplate &t = demoTemplates()[size_t(index)];
    const std::string_view id = t.id;
    const int n = (id[1] - '0') * 10 + (id[2] - '0');
    const qint64 ms = timeNs / 1000000;
    const bool rendered =
        renderRoutingMessage(n, rng, ms, out) || renderSessionMessage(n, rng, pair, out) ||
        renderBackendMessage(n, rng, place, out) || renderLimitMessage(n, rng, out) ||
        renderPlatformMessage(n, rng, ms, place, out);
    // Templates without variable parts print their pattern as it is.
    if (!rendered)
        out.append(t.pattern);
}

void renderRequest(int index, DemoRandom &rng, PairContext &pair, RequestFields &request)
{
    const std::string_view id = demoTemplates()[size_t(index)].id;
    request.path.clear();
    request.remoteIp.clear();
    request.userAgent = kUserAgents[size_t(rng.next() % 3)];
    appendIp(request.remoteIp, rng);
    if (id == "T19") {
        request.method = "POST";
        request.path.append("/api/v1/threads/thread_");
        appendHex(request.path, pair.thread, 16);
        request.path.append("/messages?stream=false&user=");
        appendUser(request.path, pair.user);
        request.status = 500;
        request.latencySecs = rng.skewed(0.05, 4.0);
        request.requestSize = rng.range(300, 4000);
        request.responseSize = rng.range(90, 200);
    } else if (id == "T23") {
        request.method = "GET";
        request.path = "/health/ready";
        request.status = 503;
        request.latencySecs = rng.skewed(2.0, 30.0, 2);
        request.requestSize = 0;
        request.responseSize = rng.range(60, 120);
        request.userAgent = kUserAgents[3];
        request.remoteIp = "169.254.1.1";
    } else if (id == "T26") {
        request.method = "POST";
        request.path.append("/api/v1/agents/");
        request.path.append(pick(rng, kAgents));
        request.path.append("/run?thread_id=thread_");
        appendHex(request.path, rng.next(), 16);
        request.path.append("&retry=");
        appendInt(request.path, rng.range(0, 3));
        request.status = 429;
        request.latencySecs = rng.skewed(0.002, 0.05);
        request.requestSize = rng.range(400, 3000);
        request.responseSize = rng.range(80, 140);
    } else { // T29
        request.method = "GET";
        request.path = "/api/v1/user/profile?include=preferences";
        request.status = 401;
        request.latencySecs = rng.skewed(0.004, 0.9);
        request.requestSize = 0;
        request.responseSize = rng.range(60, 110);
    }
}

std::string requestSummary(const RequestFields &request)
{
    std::string s = request.method;
    s.push_back(' ');
    const auto q = request.path.find('?');
    s.append(request.path, 0, q);
    s.push_back(' ');
    appendInt(s, request.status);
    return s;
}

} // namespace gardener::demo
