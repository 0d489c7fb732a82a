// Built-in masks (every kind, positive and negative cases), user masks and the limits.
#include "core/clustering/masker.h"
#include "core/clustering/maskerrules.h"

#include <QTest>

#include <string>
#include <thread>
#include <vector>

using namespace gardener::clustering;

class TestMask : public QObject
{
    Q_OBJECT

    static QString m(const char *message, const Masker &masker = Masker())
    {
        return QString::fromStdString(masker.maskToString(message));
    }

private slots:
    void builtins_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *in, const char *out) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        // Timestamps
        row("iso", "at 2025-09-12T23:26:25.718912+00:00 done", "at <TS> done");
        row("isoZ", "2025-09-13T18:01:23.703574Z start", "<TS> start");
        row("date", "on 2025-09-12 ok", "on <TS> ok");
        row("clock", "at 23:26:25.718 ok", "at <TS> ok");
        row("ctime", "at Sun Jul 10 03:55:21 2005 ok", "at <TS> <TS> <NUM> <TS> <NUM> ok");
        row("month-day", "since Jun 9, 2005", "since <TS> <NUM>, <NUM>");
        row("month-word", "we may go in May or march on", "we may go in May or march on");
        row("weekday-word", "Sun shines on Mon day", "Sun shines on Mon day");
        // UUIDs
        row("uuid", "req 123e4567-e89b-12d3-a456-426614174000 failed", "req <UUID> failed");
        row("uuid-not", "id 123e4567-e89b-12d3-a456 x", "id <ID> x");
        // JWT and bearer tokens
        row("jwt", "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcDEF_12-x end", "token <JWT> end");
        row("bearer", "Authorization: Bearer abcdefSECRET", "Authorization: Bearer <TOKEN>");
        // URLs with query strings
        row("url", "GET https://api.example.com/v1/items?id=42&x=y failed",
            "GET <URL>/v1/items?<*> failed");
        row("url-ids",
            "POST "
            "https://h.example.com/api/v1/threads/123e4567-e89b-12d3-a456-426614174000/messages "
            "500",
            "POST <URL>/api/v1/threads/<UUID>/messages <NUM>");
        row("url-ws", "connect wss://ws.example.com/socket", "connect <URL>/socket");
        row("url-host", "see https://example.com", "see <URL>");
        // Emails, also masked ones
        row("email", "mail ops@example.com sent", "mail <EMAIL> sent");
        row("email-masked", "Created user ***@netrasystems.ai from JWT",
            "Created user <EMAIL> from JWT");
        row("email-not", "user @ host", "user @ host");
        // IPs
        row("ipv4", "from 10.11.10.1 ok", "from <IP> ok");
        row("ipv4-port", "to 10.0.0.1:8080", "to <IP>");
        row("ipv6", "bind fe80::1 and ::1", "bind <IP> and <IP>");
        row("ip-not", "version 1.2.3", "version <NUM>.<NUM>.<NUM>"); // three parts: not an address
        // User ids, truncated ids, composite ids, connection ids
        row("user-id", "Error routing message from demo-user-001: boom",
            "Error routing message from <USER>: boom");
        row("truncated", "User 10741608... not found", "User <ID> not found");
        row("truncated-comma", "user_id: 10812417..., demo", "user_id: <ID>, demo");
        row("composite", "run_id 'demo_run_1757719525043_353_4b15eea4' x", "run_id '<ID>' x");
        row("connection", "connection main_6a878502 closed", "connection <ID> closed");
        row("composite-not", "arch x86_64 utf-8",
            "arch x86_<NUM> utf-<NUM>"); // short digit runs only
        // Hex
        row("hex0x", "addr 0x7f3a ok", "addr <HEX> ok");
        row("hex-run", "commit 4b15eea4 ok", "commit <HEX> ok");
        row("hex-word", "cafe is a word", "cafe is a word");
        // Numbers with units and signs
        row("ms", "(response_time: 17.60ms, x", "(response_time: <DUR>, x");
        row("seconds", "took 2.1s", "took <DUR>");
        row("tilde", "from 0.3s to ~0.5s for", "from <DUR> to <DUR> for");
        row("percent", "changed -4.2% now", "changed <NUM> now");
        row("utilisation", "UTILIZATION: 24.5% - Consider", "UTILIZATION: <NUM> - Consider");
        row("int", "retry 3 of 5", "retry <NUM> of <NUM>");
        row("thousands", "read 1,024 rows", "read <NUM> rows");
        row("in-word", "block blk_-1608999687919862906 x", "block <ID> x");
        row("bracket", "pid [4242] exited", "pid [<NUM>] exited");
        row("kv", "status=500 len=1893", "status=<NUM> len=<NUM>");
        row("word-digit", "ipv4 ssh2 eth0", "ipv4 ssh2 eth0");
        // Quoted values
        row("quoted-id", "type 'legacy_response' unknown", "type <STR> unknown");
        row("quoted-word", "'function' object has no attribute",
            "'function' object has no attribute");
        row("quoted-double", "key \"a-42\" missing", "key <STR> missing");
        // Plain words stay
        row("plain", "Session access failed (middleware not installed?)",
            "Session access failed (middleware not installed?)");
        row("spaces", "  a \t b\n c  ", "a b c");
    }

    void builtins()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        const QByteArray utf8 = message.toUtf8();
        QCOMPARE(QString::fromStdString(Masker().maskToString(
                     std::string_view(utf8.constData(), size_t(utf8.size())))),
                 expected);
    }

    void everyKindDocumented()
    {
        // Each built-in kind has an entry in the documented list, in enum order.
        const auto &list = builtinMasks();
        QCOMPARE(int(list.size()), MaskKindCount - 1); // all but User
        for (size_t i = 0; i < list.size(); ++i)
            QCOMPARE(int(list[i].kind), int(i));
    }

    void userMaskTakesEffect()
    {
        const QString plain = m("order ORD-AB-XY shipped");
        QCOMPARE(plain, QStringLiteral("order ORD-AB-XY shipped"));
        Masker masker({UserMask{QStringLiteral("order"), QStringLiteral("ORD-[A-Z]{2}-[A-Z]{2}"),
                                QStringLiteral("<ORDER>")}});
        QVERIFY(masker.hasUserMasks());
        QCOMPARE(m("order ORD-AB-XY shipped", masker), QStringLiteral("order <ORDER> shipped"));
        QVERIFY(isPlaceholder("<ORDER>"));
        // A user replacement with spaces stays one token.
        Masker spaced({UserMask{QStringLiteral("x"), QStringLiteral("tenant [a-z]+"),
                                QStringLiteral("<T X>")}});
        QCOMPARE(m("for tenant acme now", spaced), QStringLiteral("for <T_X> now"));
    }

    void invalidUserMaskReported()
    {
        Masker masker(
            {UserMask{QStringLiteral("bad"), QStringLiteral("([unclosed"), QStringLiteral("<*>")}});
        QCOMPARE(masker.userMaskErrors().size(), 1);
        QVERIFY(masker.userMaskErrors().front().startsWith(QStringLiteral("bad: ")));
        QCOMPARE(m("still works 42", masker), QStringLiteral("still works <NUM>"));
    }

    void countedValues()
    {
        MaskedMessage a, b, c;
        Masker masker;
        masker.mask("from demo-user-001 at 10.0.0.1", a);
        masker.mask("from demo-user-002 at 10.0.0.1", b);
        masker.mask("nothing here", c);
        QVERIFY(a.valueHash[size_t(CountedValue::User)] != 0);
        QVERIFY(a.valueHash[size_t(CountedValue::User)] != b.valueHash[size_t(CountedValue::User)]);
        QCOMPARE(a.valueHash[size_t(CountedValue::Ip)], b.valueHash[size_t(CountedValue::Ip)]);
        QCOMPARE(c.valueHash[size_t(CountedValue::User)], quint64(0));
    }

    void repeatedMessagesMaskAlike()
    {
        // Repeated messages come from a per-thread cache after their second sighting: the
        // result must be the same every time, tokens must point into the output, and a masker
        // with other limits must not get another masker's result.
        const std::string message =
            "Error routing message from demo-user-007 after 3 handlers (17.60ms)";
        Masker masker;
        MaskedMessage first;
        masker.mask(message, first);
        for (int i = 0; i < 4; ++i) {
            MaskedMessage again;
            masker.mask(message, again);
            QCOMPARE(again.text, first.text);
            QCOMPARE(again.tokens.size(), first.tokens.size());
            for (size_t t = 0; t < again.tokens.size(); ++t) {
                QCOMPARE(again.tokens[t], first.tokens[t]);
                QVERIFY(again.tokens[t].data() >= again.text.data() &&
                        again.tokens[t].data() + again.tokens[t].size() <=
                            again.text.data() + again.text.size());
            }
            QVERIFY(again.valueHash == first.valueHash);
            QCOMPARE(again.hash, first.hash);
        }
        Masker::Limits few;
        few.maxTokens = 3;
        Masker shortMasker({}, few);
        MaskedMessage cut;
        shortMasker.mask(message, cut);
        QCOMPARE(cut.tokens.size(), size_t(3));
        QVERIFY(cut.truncated);
        MaskedMessage full;
        masker.mask(message, full);
        QCOMPARE(full.text, first.text);
    }

    void withoutTokensTheTextIsTheSame()
    {
        // The engine asks for no token views; the per-thread cache of repeated messages then
        // holds a result without them, which a caller that wants them must not be given.
        const std::string message = "Cache refill for tenant demo-user-311 took 42ms (retry 2)";
        const Masker masker;
        MaskedMessage full;
        std::thread([&] { masker.mask(message, full); }).join();
        QVERIFY(!full.tokens.empty());
        MaskedMessage lean;
        lean.withTokens = false;
        for (int i = 0; i < 3; ++i) { // seen, then cached, then from the cache
            masker.mask(message, lean);
            QCOMPARE(lean.text, full.text);
            QVERIFY(lean.tokens.empty());
            QVERIFY(lean.valueHash == full.valueHash);
            QCOMPARE(lean.hash, full.hash);
            QVERIFY(lean.withTokens == false); // clear() keeps the choice
        }
        MaskedMessage again;
        masker.mask(message, again);
        QCOMPARE(again.text, full.text);
        QCOMPARE(again.tokens.size(), full.tokens.size());
        for (size_t t = 0; t < again.tokens.size(); ++t)
            QCOMPARE(again.tokens[t], full.tokens[t]);
    }

    void memoisedTokensMaskAsTheFirstTime()
    {
        // Tokens past the plain-word path are remembered per thread with the values they
        // count. Each message is masked in a thread of its own (nothing remembered) for the
        // reference, then all of them in this thread, three times, with a different first word
        // each round so that only the tokens repeat, never the whole message.
        std::vector<std::string> messages = {
            "login from alice@example.com failed: user_id=demo-user-042 at 10.0.0.7:443",
            "user_id=demo-user-042 again, now from bob@example.org; id:9f8e7d6c-aaaa",
            "alice@example.com bob@example.org carol@example.net src: /10.1.2.3:50010",
            "GET https://api.example.com/v1/items/123e4567-e89b-12d3-a456-426614174000?x=1 ok.",
            "'quoted-9' \"key=val-7\" (middleware: port 22: took 5ms.",
            "Bearer abc123def456ghi Bearer: token:abc123 [notice] jk2_init()",
        };
        // Longer tokens have a table of their own (33 to 96 bytes; 97 and more are not kept).
        messages.push_back(
            "org.apache.hadoop.hdfs.server.datanode.DataNode$PacketResponder: "
            "[DFSClient_NONMAPREDUCE_1537864556_1] nova-api.log.1.2017-05-16_13:53:08");
        messages.push_back(
            "GET /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers/detail "
            "https://h.example.com/u/alice@example.com/9f8e7d6c-aaaa?k=1 "
            "[req-addc1839-2ed5-4778-b57e-5854eb7b8b09 user_id=demo-user-042-xxxxxxxxxxxx");
        for (const size_t n : {33, 96, 97})
            messages.push_back("path:/" + std::string(n - 8, 'x') + "/1 tail");
        // Same length, same first and last eight bytes, another middle: one memo slot.
        for (char c : std::string("0123456789abcXYZ"))
            messages.push_back("key:aaaaaaaa" + std::string(1, c) + "bbbbbbbb next key:aaaaaaaa" +
                               std::string(1, c) + "bbbbbbbb");
        // The long table's slot comes from the first, middle and last eight bytes: these 48-byte
        // tokens differ only in byte 10, and mask differently (a number or a word there).
        for (char c : std::string("0123456789abcXYZ"))
            messages.push_back("user:123aa" + std::string(1, c) +
                               "aaaaaaaaamid45678bbbbbbbbbbbb9end.log next");
        auto same = [](const MaskedMessage &a, const MaskedMessage &b) {
            if (a.text != b.text || a.valueHash != b.valueHash || a.truncated != b.truncated ||
                a.tokens.size() != b.tokens.size())
                return false;
            for (size_t t = 0; t < a.tokens.size(); ++t)
                if (a.tokens[t] != b.tokens[t])
                    return false;
            return true;
        };
        const Masker masker;
        for (const char *round : {"first", "second", "third"}) {
            for (const std::string &body : messages) {
                const std::string message = std::string(round) + ' ' + body;
                MaskedMessage fresh;
                std::thread([&] { masker.mask(message, fresh); }).join();
                MaskedMessage here;
                masker.mask(message, here);
                QVERIFY2(same(here, fresh), (message + " -> " + here.text).c_str());
            }
        }
    }

    void theFastHashReadsEveryByteAndNoMore()
    {
        // hashFast128 reads a text's last bytes in overlapping words: every byte of a text of
        // any length must count (changing one changes the hash), and the bytes after it must
        // not (the text sits inside a larger buffer whose following bytes differ).
        std::string buffer(96, '\0');
        for (size_t i = 0; i < buffer.size(); ++i)
            buffer[i] = char('a' + (i * 7) % 26);
        for (size_t n = 0; n <= 64; ++n) {
            const detail::Hash128 h = detail::hashFast128(std::string_view(buffer.data(), n));
            std::string other = buffer;
            for (size_t k = n; k < other.size(); ++k)
                other[k] = char(other[k] ^ 0x5a);
            QVERIFY2(detail::hashFast128(std::string_view(other.data(), n)) == h,
                     qPrintable(QStringLiteral("length %1 read past its end").arg(n)));
            for (size_t at = 0; at < n; ++at) {
                std::string changed = buffer;
                changed[at] = char(changed[at] ^ 0x01);
                QVERIFY2(!(detail::hashFast128(std::string_view(changed.data(), n)) == h),
                         qPrintable(QStringLiteral("length %1: byte %2 not read").arg(n).arg(at)));
            }
        }
    }

    void separatorsAtEveryOffset()
    {
        // Splitting scans eight bytes at a time: every byte value, at every offset within and
        // across those steps, must split (control bytes, space, DEL) or not (all others,
        // including UTF-8 bytes) exactly as one byte at a time would.
        Masker masker;
        MaskedMessage out;
        for (int b = 0; b < 256; ++b) {
            const bool sep = b <= 0x20 || b == 0x7f;
            for (size_t at = 0; at < 19; ++at) {
                std::string message(at, 'w');
                message += char(b);
                message += "tail";
                masker.mask(message, out);
                const size_t expected = sep ? (at > 0 ? 2 : 1) : 1;
                QVERIFY2(out.tokens.size() == expected,
                         qPrintable(QStringLiteral("byte %1 at %2: %3 tokens")
                                        .arg(b)
                                        .arg(at)
                                        .arg(out.tokens.size())));
                if (sep)
                    QCOMPARE(std::string(out.tokens.back()), std::string("tail"));
            }
        }
    }

    void unitWords()
    {
        // A number's unit word is found by a first-letter and length check before the lists:
        // every unit in any case and with closing punctuation joins its number, words that are
        // not units (however close) stay tokens of their own.
        const char *time[] = {"ns",     "us",      "ms",   "s",     "sec",    "secs",
                              "second", "seconds", "min",  "mins",  "minute", "minutes",
                              "hr",     "hrs",     "hour", "hours", "day",    "days"};
        const char *size[] = {"b", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "byte", "bytes"};
        auto check = [](const char *unit, const char *placeholder) {
            for (const QString &u :
                 {QString::fromLatin1(unit), QString::fromLatin1(unit).toUpper()}) {
                QCOMPARE(m(qPrintable(QStringLiteral("took 5 ") + u + QStringLiteral(" now"))),
                         QStringLiteral("took %1 now").arg(QLatin1String(placeholder)));
                QCOMPARE(m(qPrintable(QStringLiteral("took (5 ") + u + QStringLiteral("), now"))),
                         QStringLiteral("took (%1), now").arg(QLatin1String(placeholder)));
            }
        };
        for (const char *u : time)
            check(u, "<DUR>");
        for (const char *u : size)
            check(u, "<NUM>");
        for (const char *w : {"sx", "msec", "secondss", "dayz", "kbit", "nsx", "hourly", "t", "g",
                              "a", "zs", "bytes2", "_s", "1s", "\xC2\xB5s", "minutesx"})
            QCOMPARE(m(qPrintable(QStringLiteral("took 5 ") + QString::fromUtf8(w))).left(10),
                     QStringLiteral("took <NUM>"));
        // Words before a unit are not numbers: the word and the unit stay as written.
        QCOMPARE(m("took five seconds"), QStringLiteral("took five seconds"));
        QCOMPARE(m("a (b KB)"), QStringLiteral("a (b KB)"));
    }

    void outputWithinBound()
    {
        // The masked text is written into a buffer sized from the message's length: the
        // messages that grow most (one-digit values, short credentials, URL paths of digits)
        // and random bytes must fit in it and mask as before.
        QCOMPARE(m("1 2 3"), QStringLiteral("<NUM> <NUM> <NUM>"));
        QCOMPARE(m("Bearer x Bearer y"), QStringLiteral("Bearer <TOKEN> Bearer <TOKEN>"));
        QCOMPARE(m("a://b/1/2/3?q"), QStringLiteral("<URL>/<NUM>/<NUM>/<NUM>?<*>"));
        QCOMPARE(m("x=1,2;3|4"), QStringLiteral("x=<NUM>,<NUM>;<NUM>|<NUM>"));
        QCOMPARE(m("g_1-2.3"), QStringLiteral("g_<NUM>-<NUM>.<NUM>"));
        Masker::Limits unlimited;
        unlimited.maxTokens = 0;
        unlimited.maxMessageBytes = 1u << 20;
        const Masker masker({}, unlimited);
        MaskedMessage out;
        const char alphabet[] = "0123456789 ab:/.@'\"=,;()<>-_x?#~+%eEsBb\t\n\x80\xC2\xB5";
        quint32 seed = 19;
        for (int round = 0; round < 3000; ++round) {
            std::string message;
            const int length = 1 + int((seed = seed * 1664525u + 1013904223u) >> 22);
            for (int i = 0; i < length; ++i)
                message += alphabet[((seed = seed * 1664525u + 1013904223u) >> 16) %
                                    (sizeof(alphabet) - 1)];
            if (round % 3 == 0)
                message = "Bearer " + message + " https://h/1/2?q " + message;
            masker.mask(message, out);
            QVERIFY(out.text.size() <= 16 * message.size() + 64);
            for (std::string_view t : out.tokens)
                QVERIFY(t.data() >= out.text.data() &&
                        t.data() + t.size() <= out.text.data() + out.text.size());
        }
    }

    void limits()
    {
        Masker masker;
        MaskedMessage out;
        masker.mask("", out);
        QVERIFY(out.text.empty());
        QVERIFY(out.tokens.empty());
        // 1 MB message: cut to the byte limit, token count capped.
        std::string big;
        for (int i = 0; big.size() < (1u << 20); ++i)
            big += "word" + std::to_string(i % 7) + " ";
        masker.mask(big, out);
        QVERIFY(out.truncated);
        QVERIFY(out.tokens.size() <= Masker::Limits{}.maxTokens);
        QCOMPARE(std::string(out.tokens.back()), std::string("<*>"));
        // Binary junk: control bytes separate tokens; no crash, bounded output.
        std::string junk;
        for (int i = 0; i < 5000; ++i)
            junk += char((i * 37 + 11) & 0xff);
        masker.mask(junk, out);
        QVERIFY(out.text.size() <= junk.size() + 6 * out.tokens.size());
        QVERIFY(out.tokens.size() <= Masker::Limits{}.maxTokens);
    }
};

QTEST_GUILESS_MAIN(TestMask)
#include "tst_mask.moc"
