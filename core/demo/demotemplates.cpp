#include "core/demo/demotemplates.h"

#include <array>

namespace gardener::demo {

namespace {

constexpr auto J = PayloadKind::Json;
constexpr auto X = PayloadKind::Text;
constexpr auto R = PayloadKind::Request;
constexpr auto ERR = LogStream::Stderr;
constexpr auto OUT = LogStream::Stdout;
constexpr auto REQ = LogStream::Requests;
constexpr auto SYS = LogStream::System;

// Names used by Python's logging when a message comes through the root handler.
constexpr const char *kLogging = "logging";
constexpr const char *kHandlers = "orders_backend.app.websocket_core.handlers";
constexpr const char *kSsot = "orders_backend.app.routes.websocket_ssot";
constexpr const char *kContext = "orders_backend.app.services.user_execution_context";
constexpr const char *kPostgres = "orders_backend.app.db.postgres_core";
constexpr const char *kRedis = "orders_backend.app.redis_manager";
constexpr const char *kMessages = "orders_backend.app.routes.messages";
constexpr const char *kHealth = "orders_backend.app.routes.health";
constexpr const char *kLimiter = "orders_backend.app.middleware.rate_limiter";
constexpr const char *kAuth = "orders_backend.app.auth_integration.auth";
constexpr const char *kState = "orders_backend.app.websocket_core.connection_state";
constexpr const char *kEngine = "orders_backend.app.agents.execution_engine";
constexpr const char *kLlm = "orders_backend.app.llm.client";
constexpr const char *kMemory = "orders_backend.app.monitoring.memory";

const std::array<DemoCluster, 19> kClusters{{
    {"C01", "WebSocket message routing failures", "P1"},
    {"C02", "Optional authentication module import failures", "P2"},
    {"C03", "Session middleware missing", "P2"},
    {"C04", "Auth health-check buffer utilisation", "P3"},
    {"C05", "User execution context ID validation", "P3"},
    {"C06", "WebSocket manager factory violations", "P1"},
    {"C07", "Database user auto-creation from JWT", "P6"},
    {"C08", "Legacy message loop rejects legacy_response", "P2"},
    {"C09", "Database connection pool exhaustion", "P1"},
    {"C10", "Redis timeouts and reconnects", "P2"},
    {"C11", "Message API internal server errors", "P1"},
    {"C12", "Readiness probe crashes and 503s", "P1"},
    {"C13", "Rate limiting pressure", "P3"},
    {"C14", "JWT and bearer token validation failures", "P2"},
    {"C15", "WebSocket handshake race condition", "P2"},
    {"C16", "Instance lifecycle notices", "P6"},
    {"C17", "Agent execution timeouts", "P2"},
    {"C18", "Slow LLM responses", "P4"},
    {"C19", "Container memory pressure", "P1"},
}};

// Weights are relative shares of the background traffic; bursts come on top (see timeline).
const std::array<DemoTemplate, 37> kTemplates{{
    {"T01", "C01", "ERROR", J, ERR, kHandlers, "route_message", 1271, true,
     "Error routing message from <*>: 'function' object has no attribute 'can_handle'", 40, 80, 0,
     1, 0, nullptr, 0, 0},
    {"T02", "C01", "ERROR", J, ERR, kHandlers, "route_message", 1288, true,
     "No handler accepted message type <*> from <*> after <*> handlers (<*>ms)", 10, 20, 0, 2, 0,
     nullptr, 0, 0},
    {"T03", "C02", "WARNING", J, ERR, kLogging, "callHandlers", 1706, false,
     "[\xF0\x9F\x94\x91] OPTIONAL AUTH=REDACTED Optional authentication failed: No module named "
     "'dev_launcher' (type: ModuleNotFoundError)",
     60, 0, 0, 2, 1, nullptr, 0, 0},
    {"T04", "C03", "WARNING", J, ERR, kLogging, "callHandlers", 1706, false,
     "Session access failed (middleware not installed?): SessionMiddleware must be installed to "
     "access request.session",
     120, 0, 0, 2, 0, nullptr, 0, 0},
    {"T05", "C04", "WARNING", J, ERR, kLogging, "callHandlers", 1706, false,
     "\xF0\x9F\x9A\xA8 ALERT: LOW BUFFER UTILIZATION: <*>% - Consider reducing "
     "AUTH_HEALTH_CHECK_TIMEOUT from <*>s to ~<*>s for better performance",
     3, 0, 0, 2, 1, nullptr, 0, 0},
    {"T06", "C04", "WARNING", J, ERR, kLogging, "callHandlers", 1706, false,
     "\xE2\x9A\xA0\xEF\xB8\x8F HIGH BUFFER UTILIZATION: <*>% - AUTH_HEALTH_CHECK_TIMEOUT of <*>s "
     "leaves little headroom before the <*>s client timeout",
     2, 0, 0, 2, 1, nullptr, 0, 0},
    {"T07", "C05", "WARNING", J, ERR, kContext, "_validate_id_consistency", 301, true,
     "Thread ID mismatch: run_id <*> extracted to <*> but thread_id is <*>. This may indicate "
     "inconsistent ID generation.",
     35, 0, 0, 2, 0, nullptr, 0, 0},
    {"T08", "C05", "WARNING", J, ERR, kContext, "_validate_run_id", 274, true,
     "Invalid run_id format <*> for user <*>: expected prefix 'run_' or 'demo_run_', generating "
     "a replacement",
     10, 0, 0, 2, 0, nullptr, 0, 0},
    {"T09", "C06", "ERROR", J, ERR, kSsot, "_create_websocket_manager", 1207, true,
     "WebSocket manager creation failed: Direct instantiation not allowed. Use "
     "get_websocket_manager() factory function.",
     8, 0, 1, 2, 0, "T10", 1000, 6000},
    {"T10", "C06", "WARNING", J, ERR, kSsot, "_create_websocket_manager", 1219, true,
     "Using emergency WebSocket manager for connection <*> (user <*>): per-user isolation is "
     "reduced until the factory is used",
     0, 0, 1, 2, 0, nullptr, 0, 0},
    {"T11", "C07", "WARNING", J, ERR, kLogging, "callHandlers", 1706, false,
     "[\xF0\x9F\x94\x91] DATABASE USER AUTO-CREATE: User <*> not found in database "
     "(response_time: <*>ms, service_status: database_healthy_but_user_missing, action: "
     "auto-creating from JWT=REDACTED",
     25, 0, 0, 2, 0, "T12", 700, 1400},
    {"T12", "C07", "WARNING", J, ERR, kLogging, "callHandlers", 1706, false,
     "[\xF0\x9F\x94\x91] USER AUTO-CREATED: Created user ***@<*> from JWT=REDACTED (env: staging, "
     "user_id: <*>, demo_mode: False, domain: <*>, domain_type: <*>)",
     0, 0, 0, 2, 0, nullptr, 0, 0},
    {"T13", "C08", "ERROR", J, ERR, kSsot, "_legacy_message_loop", 1619, true,
     "[LEGACY MODE] Message loop error: Invalid message type 'legacy_response': Unknown message "
     "type: 'legacy_response'. Valid types: [connect, disconnect, heartbeat, ping, pong, "
     "user_message, agent_request, start_agent, stop_agent, thread_update, error, system]",
     30, 70, 2, 2, 0, nullptr, 0, 0},
    {"T14", "C09", "ERROR", J, ERR, kPostgres, "acquire_connection", 188, true,
     "Connection pool timeout: could not acquire connection <*> within <*>s (pool_size=<*>, "
     "checked_out=<*>, overflow=<*>)",
     12, 60, 0, 2, 0, nullptr, 0, 0},
    {"T15", "C09", "WARNING", J, ERR, kPostgres, "release_connection", 231, true,
     "Connection <*> held for <*>ms before returning to the pool (budget 500ms)", 15, 30, 0, 2, 0,
     nullptr, 0, 0},
    {"T16", "C09", "ERROR", X, ERR, nullptr, nullptr, 0, false,
     "sqlalchemy.exc.TimeoutError: QueuePool limit of size <*> overflow <*> reached, connection "
     "timed out, timeout <*>",
     4, 20, 0, 2, 0, nullptr, 0, 0},
    {"T17", "C10", "ERROR", J, ERR, kRedis, "execute", 412, true,
     "Redis <*> timed out after <*>ms on <*> (key: <*>)", 10, 50, 0, 2, 0, nullptr, 0, 0},
    {"T18", "C10", "WARNING", J, ERR, kRedis, "_reconnect", 468, true,
     "Redis connection to <*> lost; reconnect attempt <*>/5 in <*>s", 6, 25, 0, 2, 0, nullptr, 0,
     0},
    {"T19", "C11", "ERROR", R, REQ, nullptr, nullptr, 0, false,
     "POST /api/v1/threads/<*>/messages 500", 0, 0, 0, 2, 0, nullptr, 0, 0},
    {"T20", "C11", "ERROR", J, ERR, kMessages, "create_message", 142, true,
     "Unhandled exception while saving a message to thread <*>: KeyError: 'assistant_id'", 10, 0, 0,
     2, 0, "T19", 2000, 40000},
    {"T21", "C12", "CRITICAL", J, ERR, kHealth, "readiness_probe", 212, true,
     "Health check /health/ready crashed after <*>ms: database probe raised OperationalError; "
     "instance <*> will be restarted",
     2, 20, 0, 2, 0, "T22", 200, 2000},
    {"T22", "C12", "ERROR", X, ERR, nullptr, nullptr, 0, false,
     "Traceback (most recent call last):\n"
     "  File \"/app/orders_backend/app/routes/health.py\", line 212, in readiness_probe\n"
     "    await session.execute(text(\"SELECT 1\"))\n"
     "  File \"/usr/local/lib/python3.11/site-packages/sqlalchemy/ext/asyncio/session.py\", "
     "line 461, in execute\n"
     "    result = await greenlet_spawn(self.sync_session.execute, statement)\n"
     "sqlalchemy.exc.OperationalError: (asyncpg.exceptions.ConnectionDoesNotExistError) "
     "connection was closed in the middle of operation",
     0, 0, 0, 2, 0, nullptr, 0, 0},
    {"T23", "C12", "ERROR", R, REQ, nullptr, nullptr, 0, false, "GET /health/ready 503", 2, 40, 0,
     2, 0, nullptr, 0, 0},
    {"T24", "C13", "WARNING", J, ERR, kLimiter, "check_limit", 97, true,
     "Rate limit approaching for <*>: <*>/<*> requests in 60s window (<*>% of quota)", 15, 50, 0, 2,
     2, nullptr, 0, 0},
    {"T25", "C13", "WARNING", J, ERR, kLimiter, "_refill", 133, true,
     "Token bucket drift <*>% against schedule; adjusting refill interval from <*>s to ~<*>s", 5, 0,
     0, 2, 2, nullptr, 0, 0},
    {"T26", "C13", "WARNING", R, REQ, nullptr, nullptr, 0, false, "POST /api/v1/agents/<*>/run 429",
     10, 60, 0, 2, 2, nullptr, 0, 0},
    {"T27", "C14", "WARNING", J, ERR, kAuth, "validate_token", 389, true,
     "JWT validation failed for request <*>: Signature has expired (expired <*>s ago, leeway 30s)",
     15, 0, 0, 2, 1, nullptr, 0, 0},
    {"T28", "C14", "ERROR", J, ERR, kAuth, "_call_auth_service", 521, true,
     "Bearer token rejected by auth service after <*>ms: 401 Unauthorized (attempt <*>/3, "
     "endpoint /auth/validate)",
     6, 0, 0, 2, 1, nullptr, 0, 0},
    {"T29", "C14", "WARNING", R, REQ, nullptr, nullptr, 0, false, "GET /api/v1/user/profile 401", 8,
     0, 0, 2, 2, nullptr, 0, 0},
    {"T30", "C15", "WARNING", J, ERR, kState, "on_message", 156, true,
     "Race condition detected: message for connection <*> arrived before the handshake finished "
     "(state <*>, waited <*>ms)",
     10, 0, 0, 2, 0, "T31", 2000, 40000},
    {"T31", "C15", "ERROR", J, ERR, kState, "transition", 178, true,
     "Dropped message for connection <*>: invalid state transition <*> -> <*>", 0, 0, 0, 2, 0,
     nullptr, 0, 0},
    {"T32", "C16", "INFO", X, OUT, nullptr, nullptr, 0, false,
     "Worker <*> booted for revision <*> with <*> threads", 3, 0, 0, 2, AnyService, nullptr, 0, 0},
    {"T33", "C16", "NOTICE", X, SYS, nullptr, nullptr, 0, false,
     "New container instance started (reason: <*>)", 3, 0, 0, 2, AnyService, nullptr, 0, 0},
    {"T34", "C17", "ERROR", J, ERR, kEngine, "execute_step", 633, true,
     "Agent execution timed out after <*>s in run <*> (agent: <*>, step <*>/<*>)", 8, 30, 0, 2, 0,
     nullptr, 0, 0},
    {"T35", "C18", "WARNING", J, ERR, kLlm, "complete", 290, true,
     "Slow LLM response: <*>ms from model <*> (threshold 8000ms) in run <*>", 12, 0, 0, 2, 0,
     nullptr, 0, 0},
    {"T36", "C19", "ERROR", X, SYS, nullptr, nullptr, 0, false,
     "Memory limit of <*> MiB exceeded with <*> MiB used; the container was terminated", 1, 0, 0, 2,
     0, nullptr, 0, 0},
    {"T37", "C19", "WARNING", J, ERR, kMemory, "check_memory", 74, true,
     "Memory usage at <*>% of the <*> MiB limit; <*> websocket connections open", 4, 0, 0, 2, 0,
     nullptr, 0, 0},
}};

} // namespace

std::span<const DemoTemplate> demoTemplates()
{
    return kTemplates;
}
std::span<const DemoCluster> demoClusters()
{
    return kClusters;
}

int demoTemplateIndex(std::string_view id)
{
    for (size_t i = 0; i < kTemplates.size(); ++i)
        if (id == kTemplates[i].id)
            return int(i);
    return -1;
}

int demoClusterIndex(std::string_view id)
{
    for (size_t i = 0; i < kClusters.size(); ++i)
        if (id == kClusters[i].id)
            return int(i);
    return -1;
}

} // namespace gardener::demo
