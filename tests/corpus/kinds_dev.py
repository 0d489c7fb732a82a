"""Development-split catalogue (docs/corpus.md). Rules may be tuned on this split."""
from corpus_common import (Catalog, fill, uuid4, uuid_upper, uuid_odd, hexs, ulid, base62, base32,
                           numeric, slug, ip, private_ip, rfc3339, clf_time, go_log_time,
                           gunicorn_time,
                           USER_AGENTS)
import styles

PROJECT = "acme-shop-prod"
SERVICES = [("checkout-api", "us-central1", 142), ("ledger", "europe-west1", 77),
            ("notify-worker", "us-central1", 311), ("catalog", "us-central1", 58),
            ("reports", "europe-west1", 19), ("storefront", "us-east1", 204),
            ("edge-gw", "us-east1", 36)]

K = Catalog("dev")


# ---- Cloud Run request logs -----------------------------------------------------------

@K.kind("capture-5xx", "checkout-api: POST /v1/orders/<id>/capture fails with 5xx "
        "(payment provider outage)",
        ["POST /v1/orders/<*>/capture 500", "POST /v1/orders/<*>/capture 502",
         "POST /v1/orders/<*>/capture 503"], weight=3.0, shape="burst")
def _(c, v):
    x = c.r.random()
    oid = uuid4(c.r) if x < 0.7 else uuid_upper(c.r) if x < 0.9 else uuid_odd(c.r)
    c.request(v, "checkout-api", "POST", fill("/v1/orders/<*>/capture", oid), (500, 502, 503)[v])


@K.kind("receipt-404", "checkout-api: GET /v2/receipts/rcpt_<id> returns 404 for receipts "
        "not yet written", ["GET /v2/receipts/rcpt_<*> 404"], weight=1.5)
def _(c, v):
    c.request(0, "checkout-api", "GET", "/v2/receipts/rcpt_" + hexs(c.r, 24), 404,
              query=c.r.choice(("", "format=pdf", "format=pdf&lang=en")))


@K.kind("tracking-504", "checkout-api: shipment tracking times out (504)",
        ["GET /v1/shipments/<*>/tracking 504"], weight=1.2, shape="burst")
def _(c, v):
    c.request(0, "checkout-api", "GET", "/v1/shipments/%s/tracking" % ulid(c.r, c.t), 504,
              latency=c.r.uniform(59.0, 60.0))


@K.kind("shortlink-404", "storefront: unknown short links (404)", ["GET /s/<*> 404"], weight=1.0)
def _(c, v):
    c.request(0, "storefront", "GET", "/s/" + base62(c.r, c.r.randint(7, 10)), 404)


@K.kind("device-429", "notify-worker: device state updates rate limited (429)",
        ["PUT /v1/devices/<*>/state 429"], weight=1.0)
def _(c, v):
    c.request(0, "notify-worker", "PUT", "/v1/devices/%s/state" % base32(c.r, 16), 429)


@K.kind("artifact-500", "reports: build artifact download fails (500)",
        ["GET /builds/<*>/artifacts/<*> 500"], weight=0.1)
def _(c, v):
    c.request(0, "reports", "GET", "/builds/%s/artifacts/%s" % (
        hexs(c.r, 7), c.r.choice(("report.pdf", "summary.csv", "bundle.zip", "raw.json"))), 500)


@K.kind("no-instance", "checkout-api: requests aborted, no available instance (max instances)",
        ["The request was aborted because there was no available instance. Additional "
         "troubleshooting documentation can be found at: "
         "https://cloud.google.com/run/docs/troubleshooting#abort-request"],
        weight=1.0, shape="burst")
def _(c, v):
    c.request(0, "checkout-api", "POST", "/v1/checkout", 429 if c.r.random() < 0.5 else 500,
              text=c.T(0))


@K.kind("bg-products", "(background) storefront: product pages served",
        ["GET /products/<*> 200"], weight=3.0)
def _(c, v):
    c.request(0, "storefront", "GET", "/products/" + slug(c.r), 200)


@K.kind("bg-carts", "(background) checkout-api: carts read",
        ["GET /v1/carts/<*> 200"], weight=2.5)
def _(c, v):
    c.request(0, "checkout-api", "GET", "/v1/carts/" + numeric(c.r), 200)


TIMEZONES = ("UTC", "Europe%2FBerlin", "America%2FChicago", "Asia%2FTokyo", "Europe%2FLondon",
             "America%2FNew_York", "Australia%2FSydney", "Europe%2FParis", "Asia%2FKolkata",
             "America%2FSao_Paulo", "Africa%2FLagos", "Pacific%2FAuckland")
CURRENCIES = ("JPY", "CHF", "SEK", "PLN", "NOK", "DKK", "HUF", "CZK", "TRY", "ZAR", "MXN", "BRL",
              "INR", "KRW", "THB", "ILS")


# ---- access lines in text payloads ------------------------------------------------------

@K.kind("search-5xx", "catalog: /v1/search fails with 500/503 (uvicorn access log)",
        ['INFO:     <*> - "GET /v1/search?q=<*>&page=<*> HTTP/1.1" 500 Internal Server Error',
         'INFO:     <*> - "GET /v1/search?q=<*>&page=<*> HTTP/1.1" 503 Service Unavailable'],
        weight=1.5, shape="burst")
def _(c, v):
    r = c.r
    c.log(v, "catalog", "DEFAULT", log="stdout", text=c.T(
        v, "%s:%d" % (private_ip(r), r.randint(30000, 60000)),
        slug(r).replace("-", "+"), r.randint(1, 40)))


@K.kind("export-csv-500", "reports: CSV export crashes (gunicorn access log)",
        ['<*> - - [<*>] "GET /reports/<*>/export.csv?tz=<*> HTTP/1.1" 500 <*> "-" "<*>"'],
        weight=0.8)
def _(c, v):
    r = c.r
    c.log(0, "reports", "DEFAULT", log="stdout", text=c.T(
        0, private_ip(r), clf_time(c.t), numeric(r, 10, 99999),
        r.choice(TIMEZONES), r.randint(120, 400),
        r.choice(USER_AGENTS)))


@K.kind("bg-reports-list", "(background) reports: report lists served (gunicorn access log)",
        ['<*> - - [<*>] "GET /reports?owner=<*> HTTP/1.1" 200 <*> "-" "<*>"'], weight=1.2)
def _(c, v):
    r = c.r
    c.log(0, "reports", "DEFAULT", log="stdout", text=c.T(
        0, private_ip(r), clf_time(c.t), slug(r), r.randint(900, 40000), r.choice(USER_AGENTS)))


@K.kind("asset-404", "storefront: stale bundle hashes requested after deploy (nginx 404)",
        ['<*> - - [<*>] "GET /assets/<*>/app.js HTTP/1.1" 404 <*> "<*>" "<*>" rt=<*>'],
        weight=1.2, shape="burst")
def _(c, v):
    r = c.r
    c.log(0, "storefront", "DEFAULT", text=c.T(
        0, ip(r), clf_time(c.t), hexs(r, 7), r.randint(150, 160),
        "https://shop.acme.example/products/" + slug(r), r.choice(USER_AGENTS[:2]),
        "%.3f" % r.uniform(0.0, 0.004)))


@K.kind("balance-upstream", "edge-gw: balance upstream unreachable (envoy 503 UF / 504 UT)",
        ['[<*>] "GET /api/v3/accounts/<*>/balance HTTP/2" 503 UF 0 91 <*> - "<*>" "<*>" "<*>" '
         '"edge-gw.acme.internal" "<*>"',
         '[<*>] "GET /api/v3/accounts/<*>/balance HTTP/2" 504 UT 0 24 <*> - "<*>" "<*>" "<*>" '
         '"edge-gw.acme.internal" "<*>"'], weight=1.5, shape="burst")
def _(c, v):
    r = c.r
    c.log(v, "edge-gw", "DEFAULT", text=c.T(
        v, rfc3339(c.t)[:23] + "Z", numeric(r, 100000, 999999), r.randint(0, 3) if v == 0
        else 15000 + r.randint(0, 9), ip(r), r.choice(USER_AGENTS), uuid4(r),
        "%s:8080" % private_ip(r)))


# ---- Go / zap (checkout-api) ------------------------------------------------------------

@K.kind("authorize-fail", "checkout-api: payment authorization fails, orders go to manual "
        "review", ["payment authorization failed for order ord_<*>",
                   "order ord_<*> queued for manual review after <*> attempts"],
        weight=2.0, shape="burst", variants=1, per_event=2.0)
def _(c, v):
    r = c.r
    oid = hexs(r, 24)
    tr = c.tr()
    c.log(0, "checkout-api", "ERROR", payload=styles.zap(
        c, "ERROR", c.T(0, oid), "payments/authorize.go:118", order_id="ord_" + oid,
        error="adyen: context deadline exceeded", attempt=3),
        source=("payments/authorize.go", 118, "payments.(*Authorizer).Authorize"), trace=tr)
    dt = r.uniform(0.3, 6.0)
    n = r.randint(2, 5)
    c.log(1, "checkout-api", "WARNING", dt_ms=dt, payload=styles.zap(
        c, "WARNING", c.T(1, oid, n), "payments/review.go:42", dt_ms=dt,
        order_id="ord_" + oid, queue="manual-review"),
        source=("payments/review.go", 42, "payments.(*Authorizer).fallbackToReview"), trace=tr)


@K.kind("breaker-inventory", "checkout-api: inventory circuit breaker flapping",
        ["circuit breaker inventory-client: state=OPEN",
         "circuit breaker inventory-client: state=HALF_OPEN",
         "circuit breaker inventory-client: state=CLOSED"], weight=1.5, shape="burst")
def _(c, v):
    sev = ("WARNING", "INFO", "INFO")[v]
    c.log(v, "checkout-api", sev, payload=styles.zap(
        c, sev, c.T(v), "resilience/breaker.go:77", breaker="inventory-client",
        failures=c.r.randint(5, 40)),
        source=("resilience/breaker.go", 77, "resilience.(*Breaker).onStateChange"))


@K.kind("inventory-unavailable", "checkout-api: inventory gRPC backend refuses connections",
        ['inventory.Reserve failed: rpc error: code = Unavailable desc = connection error: '
         'desc = "transport: Error while dialing: dial tcp <*>:50051: connect: connection '
         'refused"'], weight=1.5, shape="burst")
def _(c, v):
    c.log(0, "checkout-api", "ERROR", payload=styles.zap(
        c, "ERROR", c.T(0, private_ip(c.r)), "inventory/client.go:203",
        sku=base62(c.r, 12)), source=("inventory/client.go", 203, "inventory.(*Client).Reserve"),
        trace=c.tr())


@K.kind("inventory-deadline", "checkout-api: inventory Reserve calls time out",
        ["inventory.Reserve failed: rpc error: code = DeadlineExceeded desc = context deadline "
         "exceeded"], weight=0.8)
def _(c, v):
    c.log(0, "checkout-api", "ERROR", payload=styles.zap(
        c, "ERROR", c.T(0), "inventory/client.go:203", sku=base62(c.r, 12),
        timeout="2s"), source=("inventory/client.go", 203, "inventory.(*Client).Reserve"),
        trace=c.tr())


GO_PANIC = ("http: panic serving <*>: runtime error: invalid memory address or nil pointer "
            "dereference\n"
            "goroutine <*> [running]:\n"
            "net/http.(*conn).serve.func1()\n"
            "\t/usr/local/go/src/net/http/server.go:1868 +0xb0\n"
            "panic({0x9c4f20?, 0xe1a6b0?})\n"
            "\t/usr/local/go/src/runtime/panic.go:920 +0x270\n"
            "github.com/acme/checkout/internal/pricing.(*Calculator).applyCoupon(0x<*>, 0x0)\n"
            "\t/src/internal/pricing/coupon.go:57 +0x3c\n"
            "github.com/acme/checkout/internal/pricing.(*Calculator).Total(...)\n"
            "\t/src/internal/pricing/total.go:31\n"
            "github.com/acme/checkout/internal/api.(*Server).%s(0x<*>, {0xb2c1e0, 0x<*>}, 0x<*>)\n"
            "\t/src/internal/api/%s +0x1a5\n"
            "net/http.HandlerFunc.ServeHTTP(...)\n"
            "\t/usr/local/go/src/net/http/server.go:2136")


@K.kind("coupon-nil", "checkout-api: nil pointer panic in pricing.applyCoupon",
        [GO_PANIC % ("handleQuote", "quote.go:44"), GO_PANIC % ("handleCart", "cart.go:112")],
        weight=0.15)
def _(c, v):
    r = c.r
    c.log(v, "checkout-api", "ERROR", log="stderr", text=c.T(
        v, "%s:%d" % (private_ip(r), r.randint(30000, 60000)), r.randint(20, 90000),
        *("c000" + hexs(r, 6) for _ in range(4))))


@K.kind("bg-order-placed", "(background) checkout-api: orders placed",
        ["order <*> placed, total_cents=<*>"], weight=2.5)
def _(c, v):
    oid = uuid4(c.r)
    c.log(0, "checkout-api", "INFO", payload=styles.zap(
        c, "INFO", c.T(0, oid, c.r.randint(199, 99999)), "orders/service.go:88", order_id=oid),
        source=("orders/service.go", 88, "orders.(*Service).Place"), trace=c.tr())


@K.kind("session-legacy", "checkout-api: legacy session tokens rejected after key rotation",
        ["rejecting session <*>: token signed with a retired key"], weight=1.0)
def _(c, v):
    sid = uuid_odd(c.r) if c.r.random() < 0.8 else uuid_upper(c.r)
    c.log(0, "checkout-api", "WARNING", payload=styles.zap(
        c, "WARNING", c.T(0, sid), "auth/session.go:64", session_id=sid),
        source=("auth/session.go", 64, "auth.(*Verifier).Verify"), trace=c.tr())


@K.kind("idempotency-down", "checkout-api: idempotency store unreachable, writes refused",
        ["idempotency store unreachable, refusing writes: dial tcp <*>:6379: i/o timeout"],
        weight=0.6, shape="burst")
def _(c, v):
    c.log(0, "checkout-api", "CRITICAL", payload=styles.zap(
        c, "CRITICAL", c.T(0, private_ip(c.r)), "store/idempotency.go:31",
        stacktrace="github.com/acme/checkout/internal/store.(*Idempotency).Put\n"
                   "\t/src/internal/store/idempotency.go:31"),
        source=("store/idempotency.go", 31, "store.(*Idempotency).Put"), trace=c.tr())


# ---- Java / Spring Boot, logback JSON (ledger) ------------------------------------------

JAVA_FROZEN = ("Servlet.service() for servlet [dispatcherServlet] in context with path [] threw "
               "exception [Request processing failed: java.lang.IllegalStateException: Ledger "
               "account <*> is frozen] with root cause\n"
               "java.lang.IllegalStateException: Ledger account <*> is frozen\n"
               "\tat com.acme.ledger.domain.Account.debit(Account.java:88)\n"
               "\tat com.acme.ledger.service.PostingService.post(PostingService.java:142)\n"
               "%s"
               "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke("
               "DirectMethodHandleAccessor.java:103)\n"
               "\tat org.springframework.web.servlet.FrameworkServlet.service("
               "FrameworkServlet.java:885)\n"
               "\t... <*> common frames omitted")


@K.kind("account-frozen", "ledger: IllegalStateException in Account.debit (frozen accounts)",
        [JAVA_FROZEN % "\tat com.acme.ledger.web.PostingController.create("
                       "PostingController.java:57)\n",
         JAVA_FROZEN % "\tat com.acme.ledger.service.TransferService.transfer("
                       "TransferService.java:96)\n"
                       "\tat com.acme.ledger.web.TransferController.submit("
                       "TransferController.java:40)\n"], weight=1.0)
def _(c, v):
    acct = "AC" + numeric(c.r, 10**9, 10**10 - 1)
    c.log(v, "ledger", "ERROR", payload=styles.logback(
        c, "ERROR", c.T(v, acct, acct, c.r.randint(40, 60)),
        "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]",
        "http-nio-8080-exec-%d" % c.r.randint(1, 200)), trace=c.tr())


@K.kind("fx-npe", "ledger: NullPointerException in RateCache.lookup (missing FX rate)",
        ['Failed to convert amount for posting <*>\n'
         'java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.multiply('
         'java.math.BigDecimal)" because "rate" is null\n'
         '\tat com.acme.ledger.fx.RateCache.lookup(RateCache.java:61)\n'
         '\tat com.acme.ledger.fx.Converter.convert(Converter.java:29)\n'
         '\tat com.acme.ledger.service.PostingService.post(PostingService.java:131)\n'
         '\tat com.acme.ledger.messaging.PostingListener.onMessage(PostingListener.java:48)\n'
         '\tat com.google.cloud.spring.pubsub.integration.inbound.PubSubInboundChannelAdapter'
         '.consumeMessage(PubSubInboundChannelAdapter.java:147)\n'
         '\tat java.base/java.lang.Thread.run(Thread.java:1583)'], weight=0.8, shape="burst")
def _(c, v):
    c.log(0, "ledger", "ERROR", payload=styles.logback(
        c, "ERROR", c.T(0, ulid(c.r, c.t)), "com.acme.ledger.messaging.PostingListener",
        "gcp-pubsub-subscriber%d" % c.r.randint(1, 4)))


@K.kind("hikari-timeout", "ledger: database connection pool exhausted (Hikari timeouts)",
        ["HikariPool-1 - Connection is not available, request timed out after <*>ms "
         "(total=10, active=10, idle=0, waiting=<*>)"], weight=5.0, shape="burst")
def _(c, v):
    c.log(0, "ledger", "WARNING", payload=styles.logback(
        c, "WARNING", c.T(0, c.r.randint(30000, 30050), c.r.randint(1, 40)),
        "com.zaxxer.hikari.pool.HikariPool", "http-nio-8080-exec-%d" % c.r.randint(1, 200)),
        trace=c.tr())


@K.kind("ledger-publish", "ledger: publishing LedgerPosted events to Pub/Sub times out",
        ["Failed to publish LedgerPosted <*> to projects/acme-shop-prod/topics/ledger-events: "
         "com.google.api.gax.rpc.DeadlineExceededException: io.grpc.StatusRuntimeException: "
         "DEADLINE_EXCEEDED: deadline exceeded after <*>s. [closed=[], open=[[buffered_nanos=<*>, "
         "remote_addr=pubsub.googleapis.com/<*>:443]]]"], weight=1.0, shape="burst")
def _(c, v):
    r = c.r
    c.log(0, "ledger", "ERROR", payload=styles.logback(
        c, "ERROR", c.T(0, uuid4(r), "%.9f" % r.uniform(9.9, 10.0), r.randint(10**5, 10**8),
                        "142.250.%d.%d" % (r.randint(0, 255), r.randint(1, 254))),
        "com.acme.ledger.events.EventPublisher", "ledger-publisher-%d" % r.randint(1, 8)))


@K.kind("bg-posting", "(background) ledger: postings written",
        ["Posted journal entry <*> (<*> lines)"], weight=2.0)
def _(c, v):
    c.log(0, "ledger", "INFO", payload=styles.logback(
        c, "INFO", c.T(0, ulid(c.r, c.t), c.r.randint(2, 12)),
        "com.acme.ledger.service.PostingService", "http-nio-8080-exec-%d" % c.r.randint(1, 200)),
        trace=c.tr())


# ---- Node / pino (notify-worker) --------------------------------------------------------

QUEUES = ("email-high", "email-bulk", "sms", "push")


@K.kind("job-stalled", "notify-worker: jobs stall in the notification queues",
        ["job <*> stalled more than allowable limit (queue=%s)" % q for q in QUEUES],
        weight=4.0, shape="burst")
def _(c, v):
    c.log(v, "notify-worker", "WARNING", payload=styles.pino(
        c, "WARNING", c.T(v, numeric(c.r, 1, 999999)), "notify-worker-7d9f", queue=QUEUES[v]))


NODE_TE = ("TypeError: Cannot read properties of undefined (reading 'email')\n"
           "    at renderTemplate (/app/src/templates/render.js:41:29)\n"
           "    at NotificationService.send (/app/src/services/notification.js:88:22)\n%s")


@K.kind("render-email-te", "notify-worker: TypeError in renderTemplate (recipient missing) "
        "crashes the worker",
        [NODE_TE % ("    at async Worker.processJob (/app/src/worker.js:57:7)\n"
                    "    at async Worker.run (/app/node_modules/bullmq/dist/cjs/classes/"
                    "worker.js:421:20)"),
         NODE_TE % ("    at async previewHandler (/app/src/routes/preview.js:23:5)\n"
                    "    at async /app/node_modules/@fastify/core/lib/route.js:112:9"),
         "Container called exit(1)."], weight=0.8, variants=2, per_event=1.5)
def _(c, v):
    c.log(v, "notify-worker", "ERROR", log="stderr", text=c.T(v))
    if v == 0:
        # Unhandled in the worker loop: Node exits and Cloud Run says so a few ms later.
        c.log(2, "notify-worker", "WARNING", log="varlog/system", dt_ms=c.r.uniform(3.0, 30.0),
              text=c.T(2))


@K.kind("streampull", "notify-worker: Pub/Sub StreamingPull drops, subscriber restarts",
        ["StreamingPull stream error: 14 UNAVAILABLE: Connection dropped",
         "subscriber notify-events-sub restarting in <*>ms"], weight=1.0, variants=1,
        per_event=1.9)
def _(c, v):
    r = c.r
    c.log(0, "notify-worker", "ERROR", payload=styles.pino(
        c, "ERROR", c.T(0), "notify-worker-7d9f",
        err={"type": "Error", "message": "14 UNAVAILABLE: Connection dropped", "code": 14}))
    if v == 0 or r.random() < 0.9:
        dt = r.uniform(1.0, 9.0)
        c.log(1, "notify-worker", "WARNING", dt_ms=dt, payload=styles.pino(
            c, "WARNING", c.T(1, r.randint(100, 5000)), "notify-worker-7d9f",
            dt_ms=dt, subscription="notify-events-sub"))


@K.kind("fcm-unregistered", "notify-worker: push tokens no longer registered",
        ["FCM send failed for installation <*>: messaging/registration-token-not-registered"],
        weight=1.5)
def _(c, v):
    inst = base62(c.r, 22)
    c.log(0, "notify-worker", "WARNING", payload=styles.pino(
        c, "WARNING", c.T(0, inst), "notify-worker-7d9f", installationId=inst,
        code="messaging/registration-token-not-registered"))


@K.kind("bg-delivered", "(background) notify-worker: notifications delivered",
        ["delivered notification <*> via email in <*>ms"], weight=2.0)
def _(c, v):
    c.log(0, "notify-worker", "INFO", payload=styles.pino(
        c, "INFO", c.T(0, uuid4(c.r), c.r.randint(40, 900)), "notify-worker-7d9f"))


# ---- Python: structlog, logging handler, uvicorn (catalog) ------------------------------

REGIONS = ("us-east1", "europe-west1", "asia-northeast1")


@K.kind("price-feed-stale", "catalog: supplier price feed stale",
        ["price feed stale in %s, lag <*>s" % g for g in REGIONS], weight=1.5)
def _(c, v):
    lag = c.r.randint(300, 7200)
    c.log(v, "catalog", "WARNING", payload=styles.structlog(
        c, "WARNING", c.T(v, lag), "catalog.feeds", region=REGIONS[v], lag_s=lag))


PY_KEYERROR = ("Exception in ASGI application\n"
               "Traceback (most recent call last):\n"
               '  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/'
               'httptools_impl.py", line 411, in run_asgi\n'
               "    result = await app(  # type: ignore[func-returns-value]\n"
               "%s"
               '  File "/app/catalog/pricing.py", line 73, in convert\n'
               "    rate = self.rates[currency]\n"
               "           ~~~~~~~~~~^^^^^^^^^^\n"
               "KeyError: '<*>'")


@K.kind("pricing-keyerror", "catalog: KeyError in pricing.convert (unknown currency)",
        [PY_KEYERROR % ('  File "/app/catalog/routes/products.py", line 52, in get_product\n'
                        "    price = pricing.convert(item.price, currency)\n"),
         PY_KEYERROR % ('  File "/app/catalog/routes/search.py", line 88, in search\n'
                        "    hits = [pricing.convert(h.price, currency) for h in page]\n")],
        weight=1.0, shape="burst")
def _(c, v):
    c.log(v, "catalog", "ERROR", payload=styles.pylogging(
        c, "ERROR", c.T(v, c.r.choice(CURRENCIES)), "uvicorn.error"),
        source=("/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/"
                "httptools_impl.py", 416, "run_asgi"), trace=c.tr())


@K.kind("importer-keyerror", "catalog: KeyError in feeds.importer.map_row (supplier file "
        "without the supplier_sku column)",
        ["Feed import <*> failed\n"
         "Traceback (most recent call last):\n"
         '  File "/app/catalog/feeds/importer.py", line 184, in run\n'
         "    items = [self.map_row(row) for row in reader]\n"
         '  File "/app/catalog/feeds/importer.py", line 210, in map_row\n'
         '    sku = row["supplier_sku"].strip()\n'
         "          ~~~^^^^^^^^^^^^^^^^\n"
         "KeyError: 'supplier_sku'"], weight=0.3)
def _(c, v):
    c.log(0, "catalog", "ERROR", payload=styles.pylogging(
        c, "ERROR", c.T(0, ulid(c.r, c.t)), "catalog.feeds"),
        source=("/app/catalog/feeds/importer.py", 190, "run"))


@K.kind("pricing-zerodiv", "catalog: ZeroDivisionError in pricing.convert (zero rate)",
        ["Exception in ASGI application\n"
         "Traceback (most recent call last):\n"
         '  File "/app/catalog/routes/products.py", line 52, in get_product\n'
         "    price = pricing.convert(item.price, currency)\n"
         '  File "/app/catalog/pricing.py", line 75, in convert\n'
         "    return round(amount / rate, 2)\n"
         "                 ~~~~~~~^~~~~~\n"
         "ZeroDivisionError: float division by zero"], weight=0.03)
def _(c, v):
    c.log(0, "catalog", "ERROR", payload=styles.pylogging(c, "ERROR", c.T(0), "uvicorn.error"),
          source=("/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/"
                  "httptools_impl.py", 416, "run_asgi"), trace=c.tr())


LOGGING_INIT = "/usr/local/lib/python3.12/logging/__init__.py"


@K.kind("search-degraded", "catalog: Elasticsearch timeouts, search serves cached results",
        ["Elasticsearch query failed: ConnectionTimeout caused by - ReadTimeoutError("
         "HTTPSConnectionPool(host='es.acme.internal', port=9200): Read timed out. "
         "(read timeout=10))",
         "search degraded: serving cached results for query <*>"], weight=1.5,
        shape="burst", variants=1, per_event=2.0)
def _(c, v):
    r = c.r
    c.log(0, "catalog", "ERROR", payload=styles.pylogging(
        c, "ERROR", c.T(0), "catalog.search"),
        source=(LOGGING_INIT, 1706, "callHandlers"))
    dt = r.uniform(0.5, 4.0)
    c.log(1, "catalog", "WARNING", dt_ms=dt, payload=styles.pylogging(
        c, "WARNING", c.T(1, "'%s'" % slug(r).replace("-", " ")), "catalog.search"),
        source=(LOGGING_INIT, 1706, "callHandlers"))


@K.kind("catalog-publish", "catalog: publishing catalog updates to Pub/Sub fails",
        ["pubsub publish to catalog-updates failed: 503 failed to connect to all addresses; "
         "last error: UNAVAILABLE: ipv4:<*>:443: Socket closed"], weight=1.0, shape="burst")
def _(c, v):
    c.log(0, "catalog", "ERROR", payload=styles.structlog(
        c, "ERROR", c.T(0, "172.217.%d.%d" % (c.r.randint(0, 255), c.r.randint(1, 254))),
        "catalog.events", item_id=uuid4(c.r), attempt=c.r.randint(1, 5)))


@K.kind("cloudsql-dial", "catalog: Cloud SQL Auth Proxy cannot reach catalog-pg",
        ['<*> [acme-shop-prod:us-central1:catalog-pg] failed to connect to instance: Dial '
         'error: failed to dial (connection name = "acme-shop-prod:us-central1:catalog-pg"): '
         'dial tcp <*>:3307: connect: connection timed out'], weight=1.2, shape="burst")
def _(c, v):
    c.log(0, "catalog", "DEFAULT", log="stderr", text=c.T(
        0, go_log_time(c.t), "10.%d.0.3" % c.r.randint(20, 30)))


@K.kind("bg-uvicorn-ok", "(background) catalog: item pages served (uvicorn access log)",
        ['INFO:     <*> - "GET /v1/items/<*> HTTP/1.1" 200 OK'], weight=2.5)
def _(c, v):
    r = c.r
    c.log(0, "catalog", "DEFAULT", log="stdout", text=c.T(
        0, "%s:%d" % (private_ip(r), r.randint(30000, 60000)), uuid4(r)))


@K.kind("gunicorn-timeout", "reports: gunicorn workers time out and are killed",
        ["[<*>] [1] [CRITICAL] WORKER TIMEOUT (pid:<*>)",
         "[<*>] [1] [ERROR] Worker (pid:<*>) was sent SIGKILL! Perhaps out of memory?"],
        weight=1.0, shape="burst", variants=1, per_event=2.0)
def _(c, v):
    r = c.r
    pid = r.randint(8, 400)
    when = gunicorn_time(c.t)
    c.log(0, "reports", "DEFAULT", log="stderr", text=c.T(0, when, pid))
    c.log(1, "reports", "DEFAULT", log="stderr", dt_ms=r.uniform(1.0, 12.0), text=c.T(1, when, pid))


# ---- Cloud Run system logs ----------------------------------------------------------------

@K.kind("catalog-oom", "catalog: container exceeds its 512 MiB memory limit",
        ["Memory limit of 512 MiB exceeded with <*> MiB used. Consider increasing the memory "
         "limit, see https://cloud.google.com/run/docs/configuring/memory-limits"],
        weight=0.8, shape="burst")
def _(c, v):
    c.log(0, "catalog", "ERROR", log="varlog/system", text=c.T(0, c.r.randint(513, 590)))


@K.kind("notify-startup-probe", "notify-worker: new instances fail the startup TCP probe",
        ['Default STARTUP TCP probe failed 1 time consecutively for container "notify-worker-1" '
         'on port 8080. The instance was not started.'], weight=0.2, shape="burst")
def _(c, v):
    c.log(0, "notify-worker", "ERROR", log="varlog/system", text=c.T(0))


@K.kind("bg-autoscale", "(background) Cloud Run starts instances for traffic",
        ["Starting new instance. Reason: AUTOSCALING - Instance started due to configured "
         "scaling factors (e.g. CPU utilization, request throughput, etc.) or no existing "
         "capacity for current traffic."], weight=1.0)
def _(c, v):
    c.log(0, c.r.choice(("checkout-api", "catalog", "storefront")), "INFO",
          log="varlog/system", text=c.T(0))


def build():
    K.number_templates()
    return PROJECT, SERVICES, K
