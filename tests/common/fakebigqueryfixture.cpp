#include "tests/common/fakebigquery.h"

#include <QDateTime>
#include <random>

namespace gardener::test {
namespace {

struct Family
{
    const char
        *text; // {u} uuid, {n} number, {i} ip, {e} email, {d} duration, {h} hex, {id} user id
    const char *severity;
    const char *services; // one or two, comma-separated
    const char *file;     // source location, empty for none
    const char *function;
    int weight;
};

const Family kFamilies[] = {
    {"Payment {u} declined for {e}: card_declined after {d}", "ERROR", "payments",
     "payments/charge.py", "charge", 40},
    {"Timeout calling inventory at {i} after {d}", "ERROR", "checkout,cart", "", "", 30},
    {"Order {n} failed: insufficient stock for sku {h}", "WARNING", "checkout", "checkout/order.go",
     "Place", 25},
    {"DB connection pool exhausted: {n} of {n} connections in use", "CRITICAL", "checkout,payments",
     "", "", 6},
    {"login failed for {id} from {i}", "WARNING", "auth", "auth/login.ts", "handleLogin", 20},
    {"request {u} took {d} which is over the budget", "WARNING", "cart", "", "", 18},
    {"Retrying job {n} attempt {n} of 5", "WARNING", "worker", "worker/retry.py", "retry", 15},
    {"cache miss for session {h} on node {n}", "DEBUG", "cart", "", "", 8},
    {"Failed to parse payload of {n} bytes from {e}", "ERROR", "ingest", "ingest/parse.rs",
     "decode", 10},
    {"upstream connect error or disconnect/reset before headers. reset reason: connection timeout",
     "ERROR", "gateway", "", "", 12},
    {"GET /api/orders/{n} returned 503 in {d}", "ERROR", "gateway", "", "", 14},
    {"Deadline exceeded calling GetCart for {u}", "ERROR", "cart,checkout", "cart/client.go",
     "GetCart", 9},
    {"Token for {e} expires in {n} seconds", "INFO", "auth", "", "", 10},
    {"Worker {h} restarted after {n} crashes", "CRITICAL", "worker", "", "", 3},
    {"Disk usage at {n} percent on volume {h}", "WARNING", "ingest", "", "", 4},
    {"Slow query took {d} for order {n}", "WARNING", "checkout", "checkout/db.go", "Query", 7},
    {"user {id} exceeded rate limit of {n} requests per minute from {i}", "WARNING", "gateway", "",
     "", 6},
    {"Webhook delivery to {i} failed with status {n} after {n} retries", "ERROR", "payments",
     "payments/webhook.py", "deliver", 5},
    // Request logs: no payload, only httpRequest ("method url status"; the file slot is unused).
    {"GET https://checkout-7f3a.a.run.app/api/orders/{n}?expand=items 503", "ERROR", "checkout", "",
     "", 12},
    {"POST https://payments-9c1d.a.run.app/charge 500", "ERROR", "payments", "", "", 6},
    {"GET https://cart-2b4e.a.run.app/api/cart 429", "WARNING", "cart", "", "", 5},
};

QString fill(const char *text, std::mt19937 &rng)
{
    auto pick = [&rng](int n) { return int(rng() % quint32(n)); };
    QString out = QString::fromLatin1(text);
    auto replaceEach = [&](const QString &slot, const std::function<QString()> &make) {
        for (qsizetype at = out.indexOf(slot); at >= 0; at = out.indexOf(slot, at)) {
            const QString value = make();
            out.replace(at, slot.size(), value);
            at += value.size();
        }
    };
    replaceEach(QStringLiteral("{u}"), [&] {
        QString u;
        for (int i = 0; i < 32; ++i) {
            if (i == 8 || i == 12 || i == 16 || i == 20)
                u += QLatin1Char('-');
            u += QLatin1Char("0123456789abcdef"[pick(16)]);
        }
        return u;
    });
    replaceEach(QStringLiteral("{n}"), [&] { return QString::number(pick(5000)); });
    replaceEach(QStringLiteral("{i}"), [&] {
        return QStringLiteral("10.%1.%2.%3").arg(pick(255)).arg(pick(255)).arg(pick(255));
    });
    replaceEach(QStringLiteral("{e}"),
                [&] { return QStringLiteral("user%1@example.com").arg(pick(900)); });
    replaceEach(QStringLiteral("{d}"), [&] {
        return pick(2) ? QStringLiteral("%1ms").arg(pick(9000))
                       : QStringLiteral("%1.%2s").arg(pick(30)).arg(pick(10));
    });
    replaceEach(QStringLiteral("{h}"), [&] {
        return QStringLiteral("%1").arg(rng() | 0x10000000u, 8, 16, QLatin1Char('0'));
    });
    replaceEach(QStringLiteral("{id}"), [&] { return QStringLiteral("user_%1").arg(pick(700)); });
    return out;
}

} // namespace

QJsonArray makeBigQueryFixture(int count, const QDateTime &newest, qint64 spanSeconds, quint32 seed)
{
    std::mt19937 rng(seed);
    int total = 0;
    for (const Family &f : kFamilies)
        total += f.weight;
    const qint64 newestMs = newest.toMSecsSinceEpoch();
    const qint64 spanMs = spanSeconds * 1000;
    QJsonArray entries;
    for (int i = 0; i < count; ++i) {
        int r = int(rng() % quint32(total));
        const Family *f = kFamilies;
        while (r >= f->weight) {
            r -= f->weight;
            ++f;
        }
        const QStringList services = QString::fromLatin1(f->services).split(QLatin1Char(','));
        const QString service = services[int(rng() % quint32(services.size()))];
        const qint64 ms = newestMs - (count > 1 ? spanMs * i / (count - 1) : 0);
        // A deploy in the middle of the window: two revisions per service.
        const QString revision =
            service + (i < count / 2 ? QStringLiteral("-00042-xyz") : QStringLiteral("-00041-abc"));
        const QString message = fill(f->text, rng);
        QJsonObject entry{
            {QStringLiteral("insertId"), QStringLiteral("bq-%1").arg(i)},
            {QStringLiteral("timestamp"),
             QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("severity"), QLatin1String(f->severity)},
            {QStringLiteral("logName"),
             QStringLiteral("projects/test-project/logs/run.googleapis.com%2Fstderr")},
            {QStringLiteral("resource"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("cloud_run_revision")},
                 {QStringLiteral("labels"),
                  QJsonObject{{QStringLiteral("service_name"), service},
                              {QStringLiteral("revision_name"), revision},
                              {QStringLiteral("project_id"), QStringLiteral("test-project")}}}}},
        };
        const QStringList request = message.split(QLatin1Char(' '));
        if (request.size() == 3 && request[1].startsWith(QLatin1String("https://"))) {
            entry.insert(QStringLiteral("httpRequest"),
                         QJsonObject{{QStringLiteral("requestMethod"), request[0]},
                                     {QStringLiteral("requestUrl"), request[1]},
                                     {QStringLiteral("status"), request[2].toInt()}});
        } else if (*f->file) {
            entry.insert(QStringLiteral("jsonPayload"),
                         QJsonObject{{QStringLiteral("message"), message}});
            entry.insert(
                QStringLiteral("sourceLocation"),
                QJsonObject{{QStringLiteral("file"), QLatin1String(f->file)},
                            {QStringLiteral("function"), QLatin1String(f->function)},
                            {QStringLiteral("line"), QString::number(100 + int(f - kFamilies))}});
        } else {
            entry.insert(QStringLiteral("textPayload"), message);
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace gardener::test
