// The redactor scrubs every kind of secret in plain text and inside JSON (also JSON nested in a
// JSON string), keeps JSON valid, and leaves ordinary log text alone.
#include "core/redaction/redactor.h"
#include "tests/common/testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace gardener::redaction;
using gardener::test::dataPath;

namespace {

struct Secret
{
    QString kind;
    QString value;
};

QList<Secret> loadSecrets()
{
    QList<Secret> out;
    QFile f(dataPath(QStringLiteral("redaction/secrets.tsv")));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 2)
            out.append({QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1])});
    }
    return out;
}

QString readText(const QString &relative)
{
    QFile f(dataPath(relative));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// How each kind appears in a log line.
QString embed(const Secret &s)
{
    const QString k = s.kind;
    if (k == QLatin1String("bearer-token"))
        return QStringLiteral("outgoing headers: Authorization: Bearer %1").arg(s.value);
    if (k == QLatin1String("url-password"))
        return QStringLiteral("connecting to postgresql://app_user:%1@db.internal:5432/app")
            .arg(s.value);
    if (k == QLatin1String("secret-value"))
        return QStringLiteral("env dump db_password=%1 done").arg(s.value);
    if (k == QLatin1String("email"))
        return QStringLiteral("login failed for %1@example.com").arg(s.value);
    if (k == QLatin1String("ipv4") || k == QLatin1String("ipv6"))
        return QStringLiteral("request from %1 rejected").arg(s.value);
    return QStringLiteral("credential in use: %1 (from env)").arg(s.value);
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool hasKind(const QList<Finding> &fs, const QString &kind)
{
    return std::any_of(fs.cbegin(), fs.cend(),
                       [&](const Finding &f) { return findingKindName(f.kind) == kind; });
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT
private slots:
    void eachKindInEachContext_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isJson");
        const QList<Secret> secrets = loadSecrets();
        QVERIFY2(secrets.size() >= 16, "tests/data/redaction/secrets.tsv is missing or short");
        int i = 0;
        for (const Secret &s : secrets) {
            const QString line = embed(s);
            const QString json = compactJson({{QStringLiteral("message"), line}});
            const QString nested = compactJson({{QStringLiteral("textPayload"), json}});
            const QByteArray tag = QStringLiteral("%1-%2").arg(s.kind).arg(i++).toUtf8();
            QTest::newRow(QByteArray(tag + "-text").constData())
                << s.kind << s.value << line << false;
            QTest::newRow(QByteArray(tag + "-json").constData())
                << s.kind << s.value << json << true;
            QTest::newRow(QByteArray(tag + "-nested-json").constData())
                << s.kind << s.value << nested << true;
        }
    }

    void eachKindInEachContext()
    {
        QFETCH(QString, kind);
        QFETCH(QString, secret);
        QFETCH(QString, text);
        QFETCH(bool, isJson);
        Redactor r;
        const QList<Finding> fs = r.findings(text);
        QVERIFY2(hasKind(fs, kind), qPrintable(QStringLiteral("no %1 finding").arg(kind)));
        const QString out = r.redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(r.clean(out));
        if (isJson) {
            QJsonParseError err;
            QJsonDocument::fromJson(out.toUtf8(), &err);
            QVERIFY2(err.error == QJsonParseError::NoError,
                     qPrintable(err.errorString() + QLatin1Char(' ') + out));
        }
        if (kind == QLatin1String("email"))
            QVERIFY(out.contains(QLatin1String("***@example.com")));
        for (const Finding &f : fs) {
            QCOMPARE(text.mid(f.start, f.length), f.matched);
            QVERIFY(!f.reason.contains(f.matched));
        }
    }

    void corpusFilesAreFullyScrubbed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << QStringLiteral("redaction/samples.txt");
        QTest::newRow("jsonl") << QStringLiteral("redaction/samples.jsonl");
    }

    void corpusFilesAreFullyScrubbed()
    {
        QFETCH(QString, file);
        const QString text = readText(file);
        QVERIFY2(!text.isEmpty(), qPrintable(file));
        Redactor r;
        const QString out = r.redact(text);
        QStringList mustVanish{QStringLiteral("FAKEKEYMATERIAL")};
        for (const Secret &s : loadSecrets())
            mustVanish.append(s.value);
        int present = 0;
        for (const QString &s : std::as_const(mustVanish)) {
            if (text.contains(s))
                ++present;
            QVERIFY2(!out.contains(s),
                     qPrintable(QStringLiteral("%1 survived in %2").arg(s.left(8), file)));
        }
        QVERIFY2(present >= 8, "the corpus should exercise most secrets");
        const QList<Finding> left = r.findings(out);
        QVERIFY2(left.isEmpty(),
                 qPrintable(left.isEmpty() ? QString()
                                           : findingKindName(left.first().kind) + QLatin1Char(' ') +
                                                 out.mid(left.first().start - 20, 60)));
        if (file.endsWith(QLatin1String(".jsonl"))) {
            const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(lines.size() >= 8);
            for (const QString &line : lines) {
                QJsonParseError err;
                QJsonDocument::fromJson(line.toUtf8(), &err);
                QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(line));
            }
            // Structure survives: keys stay, token_type (not a secret) stays.
            QVERIFY(out.contains(QLatin1String("token_type")));
            QVERIFY(out.contains(QLatin1String("\"remoteIp\":\"[REDACTED:ipv4]\"")));
        }
    }

    void ordinaryLogTextHasNoFindings()
    {
        const QStringList lines = readText(QStringLiteral("redaction/clean.txt"))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 15);
        Redactor r;
        for (const QString &line : lines) {
            const QList<Finding> fs = r.findings(line);
            QVERIFY2(
                fs.isEmpty(),
                qPrintable(
                    QStringLiteral("%1 flagged in: %2")
                        .arg(fs.isEmpty() ? QString() : findingKindName(fs.first().kind), line)));
        }
    }

    void versionNumbersVersusAddresses()
    {
        Redactor r;
        QVERIFY(r.findings(QStringLiteral("running version 1.2.3.4")).isEmpty());
        QVERIFY(r.findings(QStringLiteral("client v10.0.0.1 connected")).isEmpty());
        QVERIFY(r.findings(QStringLiteral("libfoo@2.3.4.5")).isEmpty());
        QVERIFY(r.findings(QStringLiteral("1.2.3.4.5 is a long version")).isEmpty());
        // Without a version cue a dotted quad is an address.
        QCOMPARE(r.redact(QStringLiteral("peer 1.2.3.4 reset")),
                 QStringLiteral("peer [REDACTED:ipv4] reset"));
        QCOMPARE(r.redact(QStringLiteral("x 999.1.1.1")), QStringLiteral("x 999.1.1.1"));
    }

    void emailsKeepDomainAndMaskedOnesAreFine()
    {
        Redactor r;
        QCOMPARE(r.redact(QStringLiteral("to: a.b+c@mail.example.co.uk, ***@netrasystems.ai")),
                 QStringLiteral("to: ***@mail.example.co.uk, ***@netrasystems.ai"));
        // Inside JSON with an escaped newline right before the address.
        const QString json = QStringLiteral("{\"m\":\"line\\nuser@example.com\"}");
        const QString out = r.redact(json);
        QCOMPARE(out, QStringLiteral("{\"m\":\"line\\n***@example.com\"}"));
    }

    void urlPasswordKeepsTheRestOfTheUrl()
    {
        Redactor r;
        QCOMPARE(r.redact(QStringLiteral("https://bob:pa55word@git.example.com/x.git")),
                 QStringLiteral("https://bob:***@git.example.com/x.git"));
        QVERIFY(r.findings(QStringLiteral("https://git.example.com:8443/x")).isEmpty());
    }

    void allowListAndClean()
    {
        Redactor r;
        const QString text = QStringLiteral("contact ops.team@example.com from 198.51.100.9");
        const QList<Finding> fs = r.findings(text);
        QCOMPARE(fs.size(), 2);
        QVERIFY(!r.clean(text));
        AllowList allowed;
        allowed.allow(fs.at(0));
        QVERIFY(!r.clean(text, allowed));
        QCOMPARE(r.unallowed(text, allowed).size(), 1);
        QCOMPARE(r.redactUnallowed(text, allowed),
                 QStringLiteral("contact ops.team@example.com from [REDACTED:ipv4]"));
        allowed.allow(fs.at(1));
        QVERIFY(r.clean(text, allowed));
        // An allowance is for that exact text only.
        QVERIFY(!r.clean(QStringLiteral("contact other@example.com"), allowed));
        // The key is a hash, not the text.
        QVERIFY(!fs.at(0).allowKey().contains("ops.team"));
        QCOMPARE(fs.at(0).allowKey().size(), 64);
    }

    void userPatterns()
    {
        Redactor r;
        QString why;
        QVERIFY(!r.addPattern(
            {QStringLiteral("broken"), QRegularExpression(QStringLiteral("(")), {}}, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!r.addPattern(
            {QStringLiteral("empty"), QRegularExpression(QStringLiteral("x*")), {}}, &why));
        QVERIFY(r.addPattern({QStringLiteral("customer id"),
                              QRegularExpression(QStringLiteral("\\bcust-(\\d{6})\\b")),
                              {}},
                             &why));
        const QString out = r.redact(QStringLiteral("billing failed for cust-123456"));
        QCOMPARE(out, QStringLiteral("billing failed for cust-[REDACTED:customer id]"));
        const QList<Finding> fs = r.findings(QStringLiteral("cust-654321"));
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().kind, FindingKind::Custom);
        QCOMPARE(fs.first().patternName, QStringLiteral("customer id"));
    }

    void throughput()
    {
        // ~4 MB of mixed log text (mostly clean, some secrets); reports MB/s for the docs.
        const QString unit = readText(QStringLiteral("redaction/clean.txt")) +
                             readText(QStringLiteral("redaction/samples.jsonl"));
        QVERIFY(!unit.isEmpty());
        QString text;
        while (text.size() < 4 * 1024 * 1024)
            text += unit;
        Redactor r;
        QElapsedTimer t;
        t.start();
        const QString out = r.redact(text);
        const qint64 ms = qMax<qint64>(1, t.elapsed());
        const double mb = text.toUtf8().size() / (1024.0 * 1024.0);
        qInfo("redacted %.1f MB in %lld ms: %.1f MB/s", mb, ms, mb * 1000.0 / ms);
        QVERIFY(!out.contains(QLatin1String("s3cr3t-Fake-Value")));
        QVERIFY2(ms < 60000, "redaction is far too slow");
        // An issue body is at most 64 KB.
        const QString body = text.left(64 * 1024);
        t.restart();
        QVERIFY(!r.redact(body).contains(QLatin1String("s3cr3t-Fake-Value")));
        qInfo("a 64 KB body in %lld ms", qlonglong(t.elapsed()));
    }

    void newKindsAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("secret");
        QTest::newRow("aws-access")
            << QStringLiteral("uploaded with AKIAEXAMPLEFAKE12345 ok")
            << QStringLiteral("aws-access-key") << QStringLiteral("AKIAEXAMPLEFAKE12345");
        QTest::newRow("aws-session")
            << QStringLiteral("sts gave ASIAFAKEEXAMPLE00042") << QStringLiteral("aws-access-key")
            << QStringLiteral("ASIAFAKEEXAMPLE00042");
        QTest::newRow("aws-secret-env")
            << QStringLiteral("AWS_SECRET_ACCESS_KEY=fAkE7sEcReT/9qWxZ2vB+nM4kL8pJ0hG5dS3aFAK")
            << QStringLiteral("aws-secret-key")
            << QStringLiteral("fAkE7sEcReT/9qWxZ2vB+nM4kL8pJ0hG5dS3aFAK");
        QTest::newRow("aws-secret-json")
            << QStringLiteral("{\"SecretAccessKey\": \"fAkE7sEcReT/9qWxZ2vB+nM4kL8pJ0hG5dS3aFAK\"}")
            << QStringLiteral("aws-secret-key")
            << QStringLiteral("fAkE7sEcReT/9qWxZ2vB+nM4kL8pJ0hG5dS3aFAK");
        QTest::newRow("aws-secret-near")
            << QStringLiteral(
                   "aws creds AKIAEXAMPLEFAKE12345 / fAkE7sEcReT/9qWxZ2vB+nM4kL8pJ0hG5dS3aFAK")
            << QStringLiteral("aws-secret-key")
            << QStringLiteral("fAkE7sEcReT/9qWxZ2vB+nM4kL8pJ0hG5dS3aFAK");
        QTest::newRow("slack-bot")
            << QStringLiteral("slack: xoxb-0000FAKE-1111FAKE-notarealslacktoken")
            << QStringLiteral("slack-token")
            << QStringLiteral("xoxb-0000FAKE-1111FAKE-notarealslacktoken");
        QTest::newRow("slack-app")
            << QStringLiteral("app token xapp-1-AFAKE000-0000-notrealfakefake")
            << QStringLiteral("slack-token")
            << QStringLiteral("xapp-1-AFAKE000-0000-notrealfakefake");
        QTest::newRow("slack-hook") << QStringLiteral("POST "
                                                      "https://hooks.slack.com/services/TFAKE0000/"
                                                      "BFAKE0000/NotARealWebhookPath00 failed")
                                    << QStringLiteral("slack-webhook")
                                    << QStringLiteral("TFAKE0000/BFAKE0000/NotARealWebhookPath00");
        QTest::newRow("stripe-sk")
            << QStringLiteral("charge with sk_live_FAKEfake0000notreal0000FAKE")
            << QStringLiteral("stripe-key")
            << QStringLiteral("sk_live_FAKEfake0000notreal0000FAKE");
        QTest::newRow("stripe-test") << QStringLiteral("key=sk_test_FAKEfake0000notreal0000FAKE")
                                     << QStringLiteral("stripe-key")
                                     << QStringLiteral("sk_test_FAKEfake0000notreal0000FAKE");
        QTest::newRow("card-plain")
            << QStringLiteral("card 4111111111111111 declined") << QStringLiteral("payment-card")
            << QStringLiteral("4111111111111111");
        QTest::newRow("card-spaced")
            << QStringLiteral("card 5555 5555 5555 4444 declined") << QStringLiteral("payment-card")
            << QStringLiteral("5555 5555 5555 4444");
        QTest::newRow("card-amex")
            << QStringLiteral("amex 3782-822463-10005 ok") << QStringLiteral("payment-card")
            << QStringLiteral("3782-822463-10005");
        QTest::newRow("phone-e164") << QStringLiteral("sms to +14155550142 queued")
                                    << QStringLiteral("phone") << QStringLiteral("+14155550142");
        QTest::newRow("phone-intl")
            << QStringLiteral("call +44 20 7946 0958 now") << QStringLiteral("phone")
            << QStringLiteral("+44 20 7946 0958");
        QTest::newRow("phone-nanp") << QStringLiteral("callback (415) 555-0142 requested")
                                    << QStringLiteral("phone") << QStringLiteral("(415) 555-0142");
        QTest::newRow("phone-national")
            << QStringLiteral("Rufnummer 030 1234 5678 gesperrt") << QStringLiteral("phone")
            << QStringLiteral("030 1234 5678");
        QTest::newRow("refresh-after-mask")
            << QStringLiteral("refresh <NUM>//0gFAKErefreshTOKEN-notreal_0123456789 used")
            << QStringLiteral("oauth-refresh-token") << QStringLiteral("0gFAKErefreshTOKEN");
        QTest::newRow("pat-truncated")
            << QStringLiteral("Deploy failed with github_pat_11FAKEFAKE0…")
            << QStringLiteral("github-token") << QStringLiteral("github_pat_11FAKEFAKE0");
        QTest::newRow("pat-cut-at-end")
            << QStringLiteral("Deploy failed with github_pat_11FAKEFAKE0")
            << QStringLiteral("github-token") << QStringLiteral("github_pat_11FAKEFAKE0");
        QTest::newRow("url-encoded")
            << QStringLiteral(
                   "GET /cb?refresh_token=1%2F%2F0gFAKErefreshTOKEN-notreal_0123456789&x=1")
            << QStringLiteral("oauth-refresh-token") << QStringLiteral("0gFAKErefreshTOKEN");
        QTest::newRow("json-escaped")
            << QStringLiteral("{\"m\":\"tok 1\\/\\/0gFAKErefreshTOKEN-notreal_0123456789\"}")
            << QStringLiteral("oauth-refresh-token") << QStringLiteral("0gFAKErefreshTOKEN");
        // base64 of "token ghp_FAKE0fake1FAKE2fake3FAKE4fake5FAKE6"
        QTest::newRow("base64")
            << QStringLiteral("blob=%1 end")
                   .arg(QString::fromLatin1(
                       QByteArray("token ghp_FAKE0fake1FAKE2fake3FAKE4fake5FAKE6").toBase64()))
            << QStringLiteral("github-token")
            << QString::fromLatin1(
                   QByteArray("token ghp_FAKE0fake1FAKE2fake3FAKE4fake5FAKE6").toBase64());
        // The shortest run base64 is looked for in: twelve characters ("abc@de.io").
        QTest::newRow("base64, twelve characters")
            << QStringLiteral("from YWJjQGRlLmlv, twice") << QStringLiteral("email")
            << QStringLiteral("YWJjQGRlLmlv");
    }

    void newKindsAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, secret);
        Redactor r;
        const QList<Finding> fs = r.findings(text);
        QVERIFY2(hasKind(fs, kind),
                 qPrintable(QStringLiteral("no %1 finding in %2").arg(kind, text)));
        const QString out = r.redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(r.findings(out).isEmpty(), qPrintable(out));
    }

    void ordinaryLookalikesAreLeftAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("step") << QStringLiteral("Step 1.2.3.4 completed");
        QTest::newRow("section") << QStringLiteral("see section 4.2.1.3 of the runbook");
        QTest::newRow("rc") << QStringLiteral("upgraded to 2.4.1.0-rc1");
        QTest::newRow("slice") << QStringLiteral("rows = items[1::2]");
        QTest::newRow("slice-hex") << QStringLiteral("buf[a::b] and data[0::4]");
        QTest::newRow("authz-pending") << QStringLiteral("Authorization: pending");
        QTest::newRow("authz-required") << QStringLiteral("authorization: required for /admin");
        QTest::newRow("authz-denied") << QStringLiteral("Authorization=denied by policy");
        QTest::newRow("ns-timestamp") << QStringLiteral("ts=1757719525043123456 seq=4111");
        QTest::newRow("order-id") << QStringLiteral("order 4111111111111112 created"); // Luhn fails
        QTest::newRow("span-id") << QStringLiteral(
            "spanId 4111111111111111110 finished"); // Luhn-valid, 19 digits in one run
        QTest::newRow("date") << QStringLiteral("on 2025-09-12 at 23:30:00");
        QTest::newRow("counts") << QStringLiteral("processed 12345678 rows in 415 ms, +200 since");
        QTest::newRow("aws-word") << QStringLiteral(
            "aws region us-east-1 bucket logs-archive-prod");
        QTest::newRow("id-with-cc")
            << QStringLiteral("connection ws_cc53895984ba closed; hotel4155550142 is an id");
    }

    void ordinaryLookalikesAreLeftAlone()
    {
        QFETCH(QString, text);
        Redactor r;
        const QList<Finding> fs = r.findings(text);
        QVERIFY2(fs.isEmpty(),
                 qPrintable(fs.isEmpty() ? QString()
                                         : findingKindName(fs.first().kind) + QStringLiteral(": ") +
                                               fs.first().matched));
    }

    void addressesStillFoundBesideTheRules()
    {
        Redactor r;
        QCOMPARE(r.redact(QStringLiteral("connect [2001:db8::1]:443")),
                 QStringLiteral("connect [[REDACTED:ipv6]]:443"));
        QCOMPARE(r.redact(QStringLiteral("peer fe80::1ff:fe23:4567:890a")),
                 QStringLiteral("peer [REDACTED:ipv6]"));
        QCOMPARE(r.redact(QStringLiteral("Authorization: Basic dXNlcjpwYXNzd29yZA==")),
                 QStringLiteral("Authorization: Basic [REDACTED:secret-value]"));
        QCOMPARE(r.redact(QStringLiteral("from 52.14.88.201 at step 3")),
                 QStringLiteral("from [REDACTED:ipv4] at step 3"));
        // Private-use addresses name machines, not people; a network address is not a host.
        QVERIFY(r.findings(QStringLiteral("Redis at 10.47.112.3:6379, 172.20.1.9, 192.168.0.12 and "
                                          "169.254.169.254 timed out"))
                    .isEmpty());
        QVERIFY(r.findings(QStringLiteral("peer fd12:3456:789a::1 and subnet 203.0.113.0 seen"))
                    .isEmpty());
        QCOMPARE(r.redact(QStringLiteral("peer 172.32.0.1")),
                 QStringLiteral("peer [REDACTED:ipv4]"));
    }

    void encodedFormsKeepJsonValid()
    {
        Redactor r;
        const QString json = QStringLiteral(
            "{\"m\":\"user jane\\u002edoe\\u0040example.com key \\u0041KIAEXAMPLEFAKE12345\"}");
        const QString out = r.redact(json);
        QJsonParseError err;
        QJsonDocument::fromJson(out.toUtf8(), &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("EXAMPLEFAKE")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("doe")), qPrintable(out));
    }

    void detectorTableIsDocumented()
    {
        const QList<DetectorInfo> table = detectorTable();
        QVERIFY(table.size() >= 20);
        QFile f(dataPath(QStringLiteral("../../docs/security.md")));
        QVERIFY2(f.open(QIODevice::ReadOnly), "docs/security.md is missing");
        const QString doc = QString::fromUtf8(f.readAll());
        for (const DetectorInfo &d : table) {
            QVERIFY2(QRegularExpression(d.pattern).isValid(), qPrintable(d.pattern));
            QVERIFY2(!d.validation.isEmpty(), qPrintable(findingKindName(d.kind)));
            QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(findingKindName(d.kind))),
                     qPrintable(QStringLiteral("docs/security.md does not list %1")
                                    .arg(findingKindName(d.kind))));
        }
    }

    void hostileInputsStayFast_data()
    {
        QTest::addColumn<QString>("text");
        const int n = 256 * 1024;
        QByteArray nested = QByteArray("mail jane.doe.fake@example.com ");
        for (int i = 0; i < 2; ++i)
            nested = nested.repeated(8).toBase64();
        QTest::newRow("base64 of base64")
            << QString::fromLatin1(nested.repeated(n / nested.size() + 1).left(n));
        QTest::newRow("percent run") << QStringLiteral("%25").repeated(n / 3);
        QTest::newRow("backslash run") << QStringLiteral("\\").repeated(n);
        QTest::newRow("escaped quotes") << QStringLiteral("\\\"").repeated(n / 2);
        QTest::newRow("spaced digits") << QStringLiteral("4 ").repeated(n / 2);
        QTest::newRow("hex and colons") << QStringLiteral("ab12:").repeated(n / 5);
        QTest::newRow("dotted numbers") << QStringLiteral("1.2.").repeated(n / 4);
        QTest::newRow("prefix storm") << QStringLiteral("ghp_AKIAxoxb-eyJ1//").repeated(n / 19);
        QTest::newRow("one long base64 run") << QString(n, QLatin1Char('A'));
    }

    void hostileInputsStayFast()
    {
        QFETCH(QString, text);
        Redactor r;
        QElapsedTimer t;
        t.start();
        const QString out = r.redact(text);
        QVERIFY(!out.isEmpty());
        QVERIFY2(t.elapsed() < 20000,
                 qPrintable(QStringLiteral("%1 ms for 256 KB").arg(t.elapsed())));
        qInfo("%lld ms, %s", qlonglong(t.elapsed()), out == text ? "unchanged" : "redacted");
    }

    void derivedTextIsRedactedWithItsOriginals()
    {
        Redactor r;
        // A secret whose context the masking took away: the URL around a password.
        const QString original = QStringLiteral(
            "connect postgresql://app:Pa55w0rdFAKEvalue@db.internal:5432/app rejected");
        const QString derived = QStringLiteral("connect <URL> (Pa55w0rdFAKEvalue) rejected");
        QVERIFY2(r.redact(derived).contains(QLatin1String("Pa55w0rdFAKEvalue")),
                 "the derived text alone should not be enough");
        const QString out = r.redactDerived(derived, {original});
        QCOMPARE(out, QStringLiteral("connect <URL> ([REDACTED:url-password]) rejected"));
        // A known prefix split by a placeholder is a cut token by itself.
        QCOMPARE(r.redact(QStringLiteral(
                     "session eyJhbGciOiJIUzI1NiJ9<*>eyJzdWIiOiJmYWtlIn0<*> rejected")),
                 QStringLiteral("session [REDACTED:jwt]<*>[REDACTED:jwt]<*> rejected"));
        // Ordinary words shared with the original stay; its own findings still go.
        QCOMPARE(r.redactDerived(QStringLiteral("session rejected for 203.0.113.7"), {original}),
                 QStringLiteral("session rejected for [REDACTED:ipv4]"));
        QCOMPARE(r.redactDerived(QStringLiteral("plain"), {}), QStringLiteral("plain"));
    }

    void overlapsPreferTheSpecificKind()
    {
        Redactor r;
        const QString text = QStringLiteral("token=ghp_FAKE0fake1FAKE2fake3FAKE4fake5FAKE6");
        const QList<Finding> fs = r.findings(text);
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().kind, FindingKind::GitHubToken);
        QCOMPARE(r.redact(text), QStringLiteral("token=[REDACTED:github-token]"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
