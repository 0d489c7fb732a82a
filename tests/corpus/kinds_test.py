"""Test-split catalogue (docs/corpus.md). Scored only: never tune rules on this split."""
from corpus_common import (Catalog, uuid4, uuid_upper, uuid_odd, hexs, ulid, base62, base32,
                           numeric, slug, ip, private_ip, rfc3339, clf_time, go_log_time,
                           gunicorn_time, USER_AGENTS)
import styles

PROJECT = "northwind-prod"
SERVICES = [("payments-gw", "europe-west4", 512), ("inventory", "us-central1", 88),
            ("mailer", "us-central1", 23), ("search-api", "asia-northeast1", 140),
            ("recs", "asia-northeast1", 9), ("web-frontend", "us-east4", 377),
            ("mesh-ingress", "us-east4", 61)]

K = Catalog("test")


# ---- Cloud Run request logs -------------------------------------------------------------

@K.kind("refund-5xx", "payments-gw: refunds fail with 5xx while the acquirer API is down",
        ["POST /payments/<*>/refund 500", "POST /payments/<*>/refund 502",
         "POST /payments/<*>/refund 504"], weight=4.0, shape="burst")
def _(c, v):
    pid = uuid4(c.r) if c.r.random() < 0.6 else uuid_odd(c.r)
    c.request(v, "payments-gw", "POST", "/payments/%s/refund" % pid, (500, 502, 504)[v])


@K.kind("avatar-404", "web-frontend: avatars missing for migrated users (404)",
        ["GET /api/users/<*>/avatar 404"], weight=1.5)
def _(c, v):
    c.request(0, "web-frontend", "GET", "/api/users/%s/avatar" % numeric(c.r, 1, 2_000_000),
              404, query=c.r.choice(("", "size=64", "size=128&fmt=webp")))


@K.kind("files-403", "web-frontend: file downloads forbidden after bucket policy change",
        ["GET /files/<*>/download 403"], weight=1.0, shape="burst")
def _(c, v):
    c.request(0, "web-frontend", "GET", "/files/%s/download" % base32(c.r, 26), 403)


@K.kind("commit-status-422", "inventory: CI commit status callbacks rejected (422)",
        ["POST /ci/commits/<*>/status 422"], weight=0.15)
def _(c, v):
    sha = hexs(c.r, c.r.choice((7, 8, 10)))
    c.request(0, "inventory", "POST", "/ci/commits/%s/status" % sha, 422)


@K.kind("link-410", "web-frontend: expired campaign links (410)", ["GET /l/<*> 410"], weight=1.0)
def _(c, v):
    c.request(0, "web-frontend", "GET", "/l/" + base62(c.r, c.r.randint(6, 12)), 410)


@K.kind("session-401", "payments-gw: session lookups unauthorised after token TTL change",
        ["GET /api/sessions/<*> 401"], weight=1.0)
def _(c, v):
    c.request(0, "payments-gw", "GET", "/api/sessions/" + ulid(c.r, c.t), 401)


@K.kind("malformed-response", "search-api: Cloud Run reports malformed responses / "
        "broken connections to the instance",
        ["The request failed because either the HTTP response was malformed or connection to "
         "the instance had an error. Additional troubleshooting documentation can be found at: "
         "https://cloud.google.com/run/docs/troubleshooting#malformed-response-or-connection-"
         "error"], weight=0.8, shape="burst")
def _(c, v):
    c.request(0, "search-api", "GET", "/search", 503, query="q=" + slug(c.r), text=c.T(0))


@K.kind("bg-blog", "(background) web-frontend: blog posts served", ["GET /blog/<*> 200"],
        weight=3.0)
def _(c, v):
    c.request(0, "web-frontend", "GET", "/blog/" + slug(c.r), 200)


@K.kind("bg-stock", "(background) inventory: stock levels read", ["GET /api/stock/SKU-<*> 200"],
        weight=2.5)
def _(c, v):
    c.request(0, "inventory", "GET", "/api/stock/SKU-" + numeric(c.r, 10000, 99999999), 200)


# ---- access lines in text payloads --------------------------------------------------------

@K.kind("suggest-5xx", "search-api: /search/suggest fails (gunicorn access log 500/503)",
        ['<*> - - [<*>] "GET /search/suggest?prefix=<*>&limit=<*> HTTP/1.1" 500 <*> "-" "<*>"',
         '<*> - - [<*>] "GET /search/suggest?prefix=<*>&limit=<*> HTTP/1.1" 503 <*> "-" "<*>"'],
        weight=1.5, shape="burst")
def _(c, v):
    r = c.r
    c.log(v, "search-api", "DEFAULT", log="stdout", text=c.T(
        v, private_ip(r), clf_time(c.t),
        "".join(r.choice("abcdefghilmnoprstw") for _ in range(r.randint(1, 4))),
        r.randint(1, 50), r.randint(140, 260), r.choice(USER_AGENTS)))


@K.kind("recs-422", "recs: recommendation requests rejected by validation (uvicorn 422)",
        ['INFO:     <*> - "POST /v1/recommendations/<*> HTTP/1.1" 422 Unprocessable Entity'],
        weight=1.2)
def _(c, v):
    r = c.r
    c.log(0, "recs", "DEFAULT", log="stdout", text=c.T(
        0, "%s:%d" % (private_ip(r), r.randint(30000, 60000)),
        uuid_upper(r) if r.random() < 0.5 else uuid4(r)))


@K.kind("checkout-upstream-timeout", "web-frontend: nginx times out waiting for the checkout "
        "upstream (504)",
        ['<*> [error] 31#31: *<*> upstream timed out (110: Connection timed out) while reading '
         'response header from upstream, client: <*>, server: _, request: "POST /api/cart/checkout '
         'HTTP/1.1", upstream: "http://127.0.0.1:3000/api/cart/checkout", host: '
         '"www.northwind.example"',
         '<*> - - [<*>] "POST /api/cart/checkout HTTP/1.1" 504 <*> "<*>" "<*>" rt=<*>'],
        weight=1.5, shape="burst", variants=1, per_event=2.0)
def _(c, v):
    r = c.r
    client = ip(r)
    c.log(0, "web-frontend", "DEFAULT", log="stderr", text=c.T(
        0, go_log_time(c.t), r.randint(1000, 999999), client))
    dt = r.uniform(0.1, 2.0)
    c.log(1, "web-frontend", "DEFAULT", dt_ms=dt, text=c.T(
        1, client, clf_time(c.t), r.randint(160, 170), "https://www.northwind.example/cart",
        r.choice(USER_AGENTS[:2]), "%.3f" % r.uniform(60.0, 60.01)))


@K.kind("items-overflow", "mesh-ingress: catalog items upstream overloaded (envoy 503 UO/URX)",
        ['[<*>] "GET /v1/catalog/items/itm_<*> HTTP/1.1" 503 UO 0 81 <*> - "<*>" "<*>" "<*>" '
         '"catalog.northwind.internal" "-"',
         '[<*>] "GET /v1/catalog/items/itm_<*> HTTP/1.1" 503 URX 0 91 <*> <*> "<*>" "<*>" "<*>" '
         '"catalog.northwind.internal" "<*>"'], weight=1.5, shape="burst")
def _(c, v):
    r = c.r
    vals = [rfc3339(c.t)[:23] + "Z", base62(r, 16), r.randint(0, 2)]
    if v == 1:
        vals.append(r.randint(200, 900))
    vals += [ip(r), r.choice(USER_AGENTS), uuid4(r)]
    if v == 1:
        vals.append("%s:8080" % private_ip(r))
    c.log(v, "mesh-ingress", "DEFAULT", text=c.T(v, *vals))


# ---- Go / logrus (payments-gw) --------------------------------------------------------------

@K.kind("threeds-callback", "payments-gw: 3-D Secure callbacks fail, payments stuck pending",
        ["3DS challenge callback failed for payment pay_<*>",
         "payment pay_<*> left in state PENDING_3DS"], weight=2.0, shape="burst", variants=1,
        per_event=2.0)
def _(c, v):
    r = c.r
    pid = base62(r, 24)
    tr = c.tr()
    c.log(0, "payments-gw", "ERROR", payload=styles.logrus(
        c, "ERROR", c.T(0, pid), payment="pay_" + pid,
        error="acs: unexpected EOF"), trace=tr,
        source=("internal/threeds/callback.go", 91, "threeds.(*Handler).Callback"))
    dt = r.uniform(0.2, 5.0)
    c.log(1, "payments-gw", "WARNING", dt_ms=dt, payload=styles.logrus(
        c, "WARNING", c.T(1, pid), dt_ms=dt, payment="pay_" + pid), trace=tr,
        source=("internal/threeds/state.go", 27, "threeds.(*Handler).markPending"))


ACQUIRERS = ("adyen", "worldpay", "checkoutcom")


@K.kind("settlement-delayed", "payments-gw: nightly settlement batch delayed",
        ["settlement batch <*> delayed for acquirer=%s" % a for a in ACQUIRERS], weight=1.2)
def _(c, v):
    batch = numeric(c.r, 100000, 999999)
    c.log(v, "payments-gw", "WARNING", payload=styles.logrus(
        c, "WARNING", c.T(v, batch), acquirer=ACQUIRERS[v], batch=batch,
        minutes_late=c.r.randint(5, 120)))


@K.kind("fx-quota", "payments-gw: FX quote service rejects calls (quota exhausted)",
        ["failed to fetch fx quote: rpc error: code = ResourceExhausted desc = quota exceeded "
         "for quota metric 'Quote requests' and limit 'Quote requests per minute' of service "
         "'fx.northwind.internal'"], weight=1.2, shape="burst")
def _(c, v):
    c.log(0, "payments-gw", "ERROR", payload=styles.logrus(
        c, "ERROR", c.T(0), pair=c.r.choice(("EURUSD", "GBPUSD", "USDJPY")),
        error="rpc error"), trace=c.tr())


@K.kind("ledger-resolver", "payments-gw: ledger gRPC client finds no backends",
        ["ledger client: rpc error: code = Unavailable desc = name resolver error: produced "
         "zero addresses"], weight=1.0)
def _(c, v):
    c.log(0, "payments-gw", "ERROR", payload=styles.logrus(
        c, "ERROR", c.T(0), target="dns:///ledger.northwind.internal:443"), trace=c.tr())


GO_HTTP_PANIC = ("http: panic serving <*>: assignment to entry in nil map\n"
                 "goroutine <*> [running]:\n"
                 "net/http.(*conn).serve.func1()\n"
                 "\t/usr/local/go/src/net/http/server.go:1898 +0xbe\n"
                 "panic({0x7a1f40?, 0x8c2e10?})\n"
                 "\t/usr/local/go/src/runtime/panic.go:770 +0x132\n"
                 "github.com/northwind/payments/internal/fees.(*Table).Set(...)\n"
                 "\t/src/internal/fees/table.go:33\n"
                 "%s"
                 "net/http.HandlerFunc.ServeHTTP(0x<*>, {0x8d1e28, 0x<*>}, 0x<*>)\n"
                 "\t/usr/local/go/src/net/http/server.go:2166 +0x29")


@K.kind("fees-nil-map", "payments-gw: panic 'assignment to entry in nil map' in fees.Table.Set",
        [GO_HTTP_PANIC % ("github.com/northwind/payments/internal/api.(*Server).quoteFees("
                          "0x<*>, {0x8d1e28, 0x<*>}, 0x<*>)\n"
                          "\t/src/internal/api/fees.go:58 +0x2d4\n"),
         GO_HTTP_PANIC % ("github.com/northwind/payments/internal/fees.(*Table).Merge(...)\n"
                          "\t/src/internal/fees/table.go:71\n"
                          "github.com/northwind/payments/internal/api.(*Server).importFees("
                          "0x<*>, {0x8d1e28, 0x<*>}, 0x<*>)\n"
                          "\t/src/internal/api/import.go:102 +0x1c8\n")], weight=0.5)
def _(c, v):
    r = c.r
    vals = ["%s:%d" % (private_ip(r), r.randint(30000, 60000)), r.randint(10, 80000)]
    vals += ["c000" + hexs(r, 6) for _ in range(6)]
    c.log(v, "payments-gw", "ERROR", log="stderr", text=c.T(v, *vals))


@K.kind("bin-index", "payments-gw: index out of range in cards.parseBIN crashes the gateway",
        ["panic: runtime error: index out of range [<*>] with length <*>\n\n"
         "goroutine <*> [running]:\n"
         "github.com/northwind/payments/internal/cards.parseBIN({0x<*>, 0x<*>})\n"
         "\t/src/internal/cards/bin.go:19 +0x1f4\n"
         "github.com/northwind/payments/internal/cards.Lookup({0x<*>, 0x<*>})\n"
         "\t/src/internal/cards/lookup.go:44 +0x4c\n"
         "main.main.func3()\n"
         "\t/src/cmd/gateway/main.go:120 +0x65\n"
         "created by main.main in goroutine 1\n"
         "\t/src/cmd/gateway/main.go:117 +0x3a5",
         "Container called exit(2)."], weight=0.04, variants=1, per_event=2.0)
def _(c, v):
    r = c.r
    n = r.randint(4, 7)
    c.log(0, "payments-gw", "ERROR", log="stderr", text=c.T(
        0, n, n, r.randint(10, 80000), *("c000" + hexs(r, 6) for _ in range(4))))
    # An unrecovered panic ends the process with status 2; Cloud Run reports it.
    c.log(1, "payments-gw", "WARNING", log="varlog/system", dt_ms=r.uniform(3.0, 30.0),
          text=c.T(1))


@K.kind("bg-charge-ok", "(background) payments-gw: charges captured",
        ["charge ch_<*> captured amount=<*> currency=EUR"], weight=2.5)
def _(c, v):
    cid = base62(c.r, 24)
    c.log(0, "payments-gw", "INFO", payload=styles.logrus(
        c, "INFO", c.T(0, cid, c.r.randint(100, 500000)), charge="ch_" + cid), trace=c.tr())


# ---- Java / Spring Boot, logback JSON (inventory) -------------------------------------------

JAVA_DUP = ("Unable to reserve stock for order <*>\n"
            "org.springframework.dao.DataIntegrityViolationException: could not execute "
            "statement; SQL [n/a]; constraint [reservations_pkey]\n"
            "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccess"
            "Exception(HibernateJpaDialect.java:290)\n"
            "\tat com.northwind.inventory.reservation.ReservationRepositoryImpl.insert("
            "ReservationRepositoryImpl.java:64)\n"
            "%s"
            "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates "
            "unique constraint \"reservations_pkey\"\n"
            "  Detail: Key (id)=(<*>) already exists.\n"
            "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse("
            "QueryExecutorImpl.java:2725)\n"
            "\t... <*> more")


@K.kind("reservation-dup", "inventory: duplicate reservation ids (DataIntegrityViolation in "
        "ReservationRepositoryImpl.insert)",
        [JAVA_DUP % ("\tat com.northwind.inventory.reservation.ReservationService.reserve("
                     "ReservationService.java:118)\n"
                     "\tat com.northwind.inventory.api.ReservationController.create("
                     "ReservationController.java:45)\n"),
         JAVA_DUP % ("\tat com.northwind.inventory.reservation.ReservationService.reserve("
                     "ReservationService.java:118)\n"
                     "\tat com.northwind.inventory.events.OrderPlacedHandler.handle("
                     "OrderPlacedHandler.java:33)\n")], weight=1.2, shape="burst")
def _(c, v):
    r = c.r
    c.log(v, "inventory", "ERROR", payload=styles.logback(
        c, "ERROR", c.T(v, uuid4(r), ulid(r, c.t), r.randint(30, 70)),
        "com.northwind.inventory.reservation.ReservationService",
        "http-nio-8080-exec-%d" % r.randint(1, 200) if v == 0 else "pubsub-subscriber-1"),
        trace=c.tr())


@K.kind("stockcache-cme", "inventory: ConcurrentModificationException in StockCache.refresh",
        ["Scheduled task threw an exception\n"
         "java.util.ConcurrentModificationException: null\n"
         "\tat java.base/java.util.HashMap$HashIterator.nextNode(HashMap.java:1605)\n"
         "\tat java.base/java.util.HashMap$KeyIterator.next(HashMap.java:1628)\n"
         "\tat com.northwind.inventory.cache.StockCache.refresh(StockCache.java:77)\n"
         "\tat org.springframework.scheduling.support.ScheduledMethodRunnable.run("
         "ScheduledMethodRunnable.java:84)\n"
         "\tat java.base/java.lang.Thread.run(Thread.java:1583)"], weight=0.1)
def _(c, v):
    c.log(0, "inventory", "ERROR", payload=styles.logback(
        c, "ERROR", c.T(0), "org.springframework.scheduling.support.TaskUtils$LoggingErrorHandler",
        "scheduling-1"))


@K.kind("connection-leak", "inventory: connection leak in StockController.export",
        ["Connection leak detection triggered for org.postgresql.jdbc.PgConnection@<*> on thread "
         "http-nio-8080-exec-<*>, stack trace follows\n"
         "java.lang.Exception: Apparent connection leak detected\n"
         "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)\n"
         "\tat com.northwind.inventory.api.StockController.export(StockController.java:152)\n"
         "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke("
         "DirectMethodHandleAccessor.java:103)"], weight=0.8)
def _(c, v):
    c.log(0, "inventory", "WARNING", payload=styles.logback(
        c, "WARNING", c.T(0, hexs(c.r, 8).lstrip("0") or "1", c.r.randint(1, 200)),
        "com.zaxxer.hikari.pool.ProxyLeakTask", "inventory-housekeeper"))


BREAKER = (("CLOSED", "OPEN", "WARNING"), ("OPEN", "HALF_OPEN", "INFO"),
           ("HALF_OPEN", "OPEN", "WARNING"), ("HALF_OPEN", "CLOSED", "INFO"))


@K.kind("warehouse-breaker", "inventory: warehouse-api circuit breaker opening and closing",
        ["CircuitBreaker 'warehouse-api' changed state from %s to %s" % (a, b)
         for a, b, _ in BREAKER], weight=1.5, shape="burst")
def _(c, v):
    sev = BREAKER[v][2]
    c.log(v, "inventory", sev, payload=styles.logback(
        c, sev, c.T(v), "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine",
        "http-nio-8080-exec-%d" % c.r.randint(1, 200)))


@K.kind("inventory-goaway", "inventory: Pub/Sub subscriber streams closed by GOAWAY",
        ["Subscriber for projects/northwind-prod/subscriptions/order-events-inventory failed: "
         "com.google.api.gax.rpc.UnavailableException: io.grpc.StatusRuntimeException: "
         "UNAVAILABLE: Connection closed after GOAWAY. HTTP/2 error code: NO_ERROR, debug data: "
         "max_age"], weight=1.0)
def _(c, v):
    c.log(0, "inventory", "WARNING", payload=styles.logback(
        c, "WARNING", c.T(0), "com.google.cloud.pubsub.v1.StreamingSubscriberConnection",
        "Subscriber-SE-%d" % c.r.randint(1, 8)))


@K.kind("bg-reserved", "(background) inventory: stock reserved",
        ["Reserved <*> units of SKU-<*> for order <*>"], weight=2.0)
def _(c, v):
    r = c.r
    c.log(0, "inventory", "INFO", payload=styles.logback(
        c, "INFO", c.T(0, r.randint(1, 9), numeric(r, 10000, 99999999), uuid4(r)),
        "com.northwind.inventory.reservation.ReservationService",
        "http-nio-8080-exec-%d" % r.randint(1, 200)), trace=c.tr())


@K.kind("sqlproxy-refused", "inventory: Cloud SQL proxy (v1) connections to inventory-db refused",
        ['<*> couldn\'t connect to "northwind-prod:us-central1:inventory-db": dial tcp <*>:3307: '
         'connect: connection refused'], weight=1.2, shape="burst")
def _(c, v):
    c.log(0, "inventory", "DEFAULT", log="stderr", text=c.T(
        0, go_log_time(c.t), "10.%d.1.5" % c.r.randint(40, 50)))


@K.kind("bg-sqlproxy-cert", "(background) inventory: Cloud SQL proxy refreshes its certificate",
        ["<*> ephemeral certificate for instance northwind-prod:us-central1:inventory-db will "
         "expire soon, refreshing now."], weight=0.6)
def _(c, v):
    c.log(0, "inventory", "DEFAULT", log="stderr", text=c.T(0, go_log_time(c.t)))


# ---- Node / winston (mailer) ----------------------------------------------------------------

RELAYS = ("smtp-eu", "smtp-us", "smtp-ap")


@K.kind("relay-throttled", "mailer: SMTP relays throttle outgoing mail (421)",
        ["relay %s deferred message <*>: 421 4.7.0 Try again later, closing connection." % x
         for x in RELAYS], weight=5.0, shape="burst")
def _(c, v):
    mid = "<%s@mail.northwind.example>" % base32(c.r, 20)
    c.log(v, "mailer", "WARNING", payload=styles.winston(
        c, "WARNING", c.T(v, mid), "mailer", relay=RELAYS[v], responseCode=421))


NODE_UNCAUGHT = ("uncaughtException: Cannot read properties of null (reading 'locale')\n"
                 "TypeError: Cannot read properties of null (reading 'locale')\n"
                 "    at formatDate (/srv/mailer/lib/i18n.js:18:24)\n"
                 "    at renderFooter (/srv/mailer/lib/layout.js:64:11)\n%s")


@K.kind("i18n-null-locale", "mailer: TypeError in i18n.formatDate (user without locale)",
        [NODE_UNCAUGHT % ("    at Object.receipt (/srv/mailer/templates/receipt.js:30:5)\n"
                          "    at process.processTicksAndRejections "
                          "(node:internal/process/task_queues:95:5)"),
         NODE_UNCAUGHT % ("    at Object.passwordReset (/srv/mailer/templates/reset.js:22:5)\n"
                          "    at process.processTicksAndRejections "
                          "(node:internal/process/task_queues:95:5)")], weight=0.7)
def _(c, v):
    p = styles.winston(c, "ERROR", c.T(v), "mailer", exception=True,
                       date=rfc3339(c.t)[:24] + "Z")
    c.log(v, "mailer", "ERROR", payload=p)


@K.kind("i18n-bad-locale", "mailer: RangeError in i18n.formatDate (malformed locale tag)",
        ["RangeError: Incorrect locale information provided\n"
         "    at new DateTimeFormat (<anonymous>)\n"
         "    at formatDate (/srv/mailer/lib/i18n.js:19:10)\n"
         "    at renderFooter (/srv/mailer/lib/layout.js:64:11)\n"
         "    at Object.receipt (/srv/mailer/templates/receipt.js:30:5)"], weight=0.4)
def _(c, v):
    c.log(0, "mailer", "ERROR", log="stderr", text=c.T(0))


@K.kind("digest-range", "mailer: RangeError 'Invalid time value' in buildDigest",
        ["RangeError: Invalid time value\n"
         "    at Date.toISOString (<anonymous>)\n"
         "    at buildDigest (/srv/mailer/lib/digest.js:77:31)\n"
         "    at async Promise.all (index <*>)\n"
         "    at async sendDigests (/srv/mailer/jobs/digest.js:41:3)"], weight=0.6,
        shape="burst")
def _(c, v):
    c.log(0, "mailer", "ERROR", log="stderr", text=c.T(0, c.r.randint(0, 49)))


@K.kind("mail-publish-timeout", "mailer: publishing mail.sent events to Pub/Sub times out",
        ["failed to publish mail.sent for <*>: Total timeout of API google.pubsub.v1.Publisher "
         "exceeded 60000 milliseconds before any response was received."], weight=1.0,
        shape="burst")
def _(c, v):
    c.log(0, "mailer", "ERROR", payload=styles.winston(
        c, "ERROR", c.T(0, ulid(c.r, c.t)), "mailer", code=4, topic="mail-events"))


@K.kind("template-deadline", "mailer: template service gRPC calls exceed their deadline",
        ["template lookup failed: 4 DEADLINE_EXCEEDED: Deadline exceeded after <*>s,LB pick: "
         "<*>s,remote_addr=<*>:50051"], weight=1.2)
def _(c, v):
    r = c.r
    c.log(0, "mailer", "ERROR", payload=styles.winston(
        c, "ERROR", c.T(0, "%.3f" % r.uniform(5.0, 5.01), "%.3f" % r.uniform(0, 0.002),
                        private_ip(r)), "mailer", template=slug(r)), trace=c.tr())


@K.kind("bg-mail-accepted", "(background) mailer: mail accepted by the relays",
        ["mail <*> accepted by relay in <*>ms"], weight=2.5)
def _(c, v):
    c.log(0, "mailer", "INFO", payload=styles.winston(
        c, "INFO", c.T(0, uuid4(c.r), c.r.randint(30, 1500)), "mailer"))


# ---- Python: structlog, logging handler, gunicorn, uvicorn (search-api, recs) ----------------

LOGGING_INIT = "/usr/local/lib/python3.11/logging/__init__.py"


@K.kind("recs-redis", "recs: Redis timeouts, recommendations fall back to popular items",
        ["Redis command timed out: GET recs:user:<*>",
         "falling back to popular items for user <*>"], weight=1.5, variants=1, per_event=1.9)
def _(c, v):
    r = c.r
    uid = numeric(r, 1, 9_000_000)
    c.log(0, "recs", "ERROR", payload=styles.pylogging(c, "ERROR", c.T(0, uid), "recs.cache"),
          source=(LOGGING_INIT, 1762, "callHandlers"))
    if v == 0 or r.random() < 0.9:
        dt = r.uniform(0.5, 6.0)
        c.log(1, "recs", "WARNING", dt_ms=dt, payload=styles.pylogging(
            c, "WARNING", c.T(1, uid), "recs.service"), source=(LOGGING_INIT, 1762, "callHandlers"))


HEALTH = (("yellow", "WARNING"), ("red", "ERROR"), ("green", "INFO"))


@K.kind("index-health", "search-api: products index health degraded",
        ["index products-v7 health changed to yellow, unassigned shards <*>",
         "index products-v7 health changed to red, unassigned shards <*>",
         "index products-v7 health changed to green, unassigned shards 0"],
        weight=1.5, shape="burst")
def _(c, v):
    sev = HEALTH[v][1]
    n = c.r.randint(1, 12) if v < 2 else 0
    c.log(v, "search-api", sev, payload=styles.structlog(
        c, sev, c.T(v, n) if v < 2 else c.T(v), "search.health", index="products-v7",
        health=HEALTH[v][0]))


OPERATORS = ("~=", "between", "near", "!~", "regex", "fuzzy", "$in", "$nin", "like", "within",
             "=~", "startswith", "gte!", "exists?")
GUNICORN_TB = ("[<*>] [<*>] [ERROR] Error handling request /search\n"
               "Traceback (most recent call last):\n"
               '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/sync.py", line '
               "135, in handle\n"
               "    self.handle_request(listener, req, client, addr)\n"
               "%s"
               '  File "/srv/search/query.py", line 140, in build_filter\n'
               '    raise ValueError(f"unsupported operator {op!r}")\n'
               "ValueError: unsupported operator '<*>'")


@K.kind("filter-operator", "search-api: ValueError in query.build_filter (unsupported operator)",
        [GUNICORN_TB % ('  File "/srv/search/views.py", line 61, in search\n'
                        "    flt = build_filter(request.args)\n"),
         GUNICORN_TB % ('  File "/srv/search/views.py", line 97, in facets\n'
                        "    flt = build_filter(request.args, facets=True)\n")], weight=1.0)
def _(c, v):
    r = c.r
    c.log(v, "search-api", "DEFAULT", log="stderr", text=c.T(
        v, gunicorn_time(c.t), r.randint(8, 300), r.choice(OPERATORS)))


@K.kind("page-valueerror", "search-api: ValueError in paging.parse_page (non-numeric page)",
        ["[<*>] [<*>] [ERROR] Error handling request /search/page\n"
         "Traceback (most recent call last):\n"
         '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/sync.py", line '
         "135, in handle\n"
         "    self.handle_request(listener, req, client, addr)\n"
         '  File "/srv/search/views.py", line 120, in page\n'
         "    start, size = parse_page(request.args)\n"
         '  File "/srv/search/paging.py", line 12, in parse_page\n'
         '    page = int(args.get("page", "1"))\n'
         "ValueError: invalid literal for int() with base 10: '<*>'"], weight=0.5)
def _(c, v):
    r = c.r
    junk = r.choice(("2abc", "NaN", "-", "%s'--" % r.randint(1, 9), "undefined", "1.5",
                     "null", "%d/%d" % (r.randint(1, 9), r.randint(1, 9))))
    c.log(0, "search-api", "DEFAULT", log="stderr", text=c.T(
        0, gunicorn_time(c.t), r.randint(8, 300), junk + str(r.randint(1, 999))))


@K.kind("history-db-closed", "recs: database connection closed in repository.fetch_history",
        ["Unhandled error while computing recommendations for <*>\n"
         "Traceback (most recent call last):\n"
         '  File "/app/recs/service.py", line 48, in recommend\n'
         "    history = await repo.fetch_history(user_id)\n"
         '  File "/app/recs/repository.py", line 112, in fetch_history\n'
         "    rows = await conn.fetch(HISTORY_SQL, user_id)\n"
         '  File "/usr/local/lib/python3.11/site-packages/asyncpg/connection.py", line 690, in '
         "fetch\n"
         "    return await self._execute(query, args, 0, timeout)\n"
         "asyncpg.exceptions.ConnectionDoesNotExistError: connection was closed in the middle "
         "of operation"], weight=0.8, shape="burst")
def _(c, v):
    c.log(0, "recs", "ERROR", payload=styles.pylogging(
        c, "ERROR", c.T(0, uuid4(c.r)), "recs.api"), trace=c.tr(),
        source=("/app/recs/api.py", 77, "recommend_endpoint"))


@K.kind("reindex-ack", "search-api: Pub/Sub acks for reindex messages time out",
        ["pubsub ack failed for message <*> on search-reindex-sub: 504 Deadline Exceeded"],
        weight=1.0)
def _(c, v):
    c.log(0, "search-api", "WARNING", payload=styles.structlog(
        c, "WARNING", c.T(0, numeric(c.r, 10**15, 10**16 - 1)), "search.reindex"))


@K.kind("synonyms-compile", "search-api: synonym sets fail to compile",
        ["synonym set <*> failed to compile: <*> rules rejected"], weight=0.8)
def _(c, v):
    c.log(0, "search-api", "ERROR", payload=styles.structlog(
        c, "ERROR", c.T(0, slug(c.r), c.r.randint(1, 40)), "search.synonyms"))


@K.kind("alias-missing", "search-api: products alias points to no index (search down)",
        ["index alias products points to no index, search is down"], weight=0.3, shape="burst")
def _(c, v):
    c.log(0, "search-api", "CRITICAL", payload=styles.structlog(
        c, "CRITICAL", c.T(0), "search.bootstrap", alias="products"))


@K.kind("bg-recs-ok", "(background) recs: recommendations served (uvicorn access log)",
        ['INFO:     <*> - "GET /v1/recommendations/<*>?limit=<*> HTTP/1.1" 200 OK'], weight=2.5)
def _(c, v):
    r = c.r
    c.log(0, "recs", "DEFAULT", log="stdout", text=c.T(
        0, "%s:%d" % (private_ip(r), r.randint(30000, 60000)), uuid4(r), r.randint(1, 100)))


# ---- Cloud Run system logs --------------------------------------------------------------------

@K.kind("recs-oom", "recs: container exceeds its 1 GiB memory limit and is killed",
        ["Memory limit of 1024 MiB exceeded with <*> MiB used. Consider increasing the memory "
         "limit, see https://cloud.google.com/run/docs/configuring/memory-limits",
         "Container terminated on signal 9."], weight=1.0, shape="burst", variants=1,
        per_event=2.0)
def _(c, v):
    c.log(0, "recs", "ERROR", log="varlog/system", text=c.T(0, c.r.randint(1025, 1200)))
    c.log(1, "recs", "WARNING", log="varlog/system", dt_ms=c.r.uniform(2.0, 14.0), text=c.T(1))


@K.kind("mailer-startup-http", "mailer: new revisions fail the HTTP startup probe",
        ['STARTUP HTTP probe failed 3 times consecutively for container "mailer-1" on path '
         '"/healthz". The instance was not started.'], weight=0.5, shape="burst")
def _(c, v):
    c.log(0, "mailer", "ERROR", log="varlog/system", text=c.T(0))


@K.kind("search-sigabrt", "search-api: native crash (SIGABRT) in the worker",
        ["Uncaught signal: 6, pid=<*>, tid=<*>, fault_addr=0."], weight=0.03)
def _(c, v):
    pid = c.r.randint(2, 90)
    c.log(0, "search-api", "ERROR", log="varlog/system", text=c.T(0, pid, pid))


def build():
    K.number_templates()
    return PROJECT, SERVICES, K
