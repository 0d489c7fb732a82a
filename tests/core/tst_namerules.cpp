// The naming rules' word checks (core/naming/nametext.h, WordRule): a rule is not matched
// against a text that lacks every word it needs, which must never skip a rule that would have
// matched. Every rule runs without the check on the demo messages, their templates, a phrase
// written for each rule, and all of these in upper and lower case.
#include "core/clustering/clusterengine.h"
#include "core/demo/demogenerator.h"
#include "core/logs/logreader.h"
#include "core/logs/logstore.h"
#include "core/naming/nametext.h"
#include "core/util/asciiwords.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace gardener;
using naming::detail::WordRule;

namespace {

// One phrase (at least) that each rule matches, in the rules' order.
const QStringList Phrases = {
    // problems
    QStringLiteral("SessionMiddleware must be installed"),
    QStringLiteral("race condition detected in saver"),
    QStringLiteral("QueuePool limit of size 5 overflow reached"),
    QStringLiteral("memory limit of 512 MiB exceeded"),
    QStringLiteral("Signature has expired"),
    QStringLiteral("worker crashed and will be restarted"),
    QStringLiteral("upstream request timed out"),
    QStringLiteral("'NoneType' object has no attribute 'id'"),
    QStringLiteral("token expired at login"),
    QStringLiteral("approaching the daily quota"),
    QStringLiteral("CPU usage at 93%"),
    QStringLiteral("too many requests from client"),
    QStringLiteral("Bearer token rejected"),
    QStringLiteral("policy violation on write"),
    QStringLiteral("schema version mismatch"),
    QStringLiteral("unknown event type ping"),
    QStringLiteral("invalid state for order"),
    QStringLiteral("invalid date format in header"),
    QStringLiteral("topic auto-created on publish"),
    QStringLiteral("messages dropped by the queue"),
    QStringLiteral("connection reset by peer"),
    QStringLiteral("user record not found"),
    QStringLiteral("slow query held for 3 s"),
    QStringLiteral("clock drift of 2 s"),
    QStringLiteral("disk utilization high"),
    QStringLiteral("no handler for event"),
    QStringLiteral("instance started"),
    QStringLiteral("unhandled exception in worker"),
    QStringLiteral("upload failed"),
    // domains
    QStringLiteral("websocket handshake closed"),
    QStringLiteral("session store unavailable"),
    QStringLiteral("oauth callback refused"),
    QStringLiteral("redis unreachable"),
    QStringLiteral("SQL pool saturated"),
    QStringLiteral("readiness probe failing"),
    QStringLiteral("container restarted"),
    QStringLiteral("HTTP 429 from upstream"),
    QStringLiteral("agents stalled"),
    QStringLiteral("LLM reply empty"),
    QStringLiteral("threads blocked"),
    // details
    QStringLiteral("No module named 'redis_cache'"),
    QStringLiteral("object has no attribute 'sessionId'"),
    QStringLiteral("sqlalchemy.exc.TimeoutError: 'pool'"),
    QStringLiteral("got 503 Service Unavailable"),
    QStringLiteral("missing DATABASE_URL setting"),
    QStringLiteral("unknown option 'retry_limit'"),
    QStringLiteral("while calling save_thread()"),
};

QStringList demoTexts()
{
    demo::DemoOptions o;
    o.count = 4000;
    o.start = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!demo::writeDemo(buffer, o))
        return {};
    LogStore store;
    if (!LogReader::readBytes(buffer.data(), QStringLiteral("demo"), store))
        return {};
    QSet<QString> texts;
    for (size_t i = 0; i < store.size(); ++i) {
        const std::string_view m = store.message(i);
        texts.insert(QString::fromUtf8(m.data(), qsizetype(m.size())));
    }
    const clustering::ClusterSet set = clustering::clusterStore(store);
    for (const auto &t : set.templates())
        texts.insert(t.text);
    return QStringList(texts.cbegin(), texts.cend());
}

} // namespace

class TestNameRules : public QObject
{
    Q_OBJECT

private slots:
    void wordsAreCheckedOnlyWhereTheyCannotMatch()
    {
        const QList<const QList<WordRule> *> sets = {&naming::detail::problemRules(),
                                                     &naming::detail::domainRules(),
                                                     &naming::detail::detailRules()};
        QStringList texts = demoTexts();
        QVERIFY(texts.size() > 100);
        texts += Phrases;
        QStringList cased;
        for (const QString &t : std::as_const(texts))
            cased << t << t.toUpper() << t.toLower();
        int skipped = 0;
        QSet<const WordRule *> matched;
        for (const QString &text : std::as_const(cased)) {
            const util::AsciiWords words(text);
            for (const QList<WordRule> *set : sets) {
                for (const WordRule &rule : *set) {
                    const bool match = rule.re.match(text).hasMatch();
                    const bool checked = words.mayMeet(rule.needs);
                    QVERIFY2(checked || !match,
                             qPrintable(QStringLiteral("rule %1 skipped but matches: %2")
                                            .arg(rule.label, text)));
                    skipped += !checked;
                    if (match)
                        matched.insert(&rule);
                }
            }
        }
        int rules = 0;
        for (const QList<WordRule> *set : sets) {
            rules += int(set->size());
            for (const WordRule &rule : *set)
                QVERIFY2(matched.contains(&rule),
                         qPrintable(QStringLiteral("no text matches rule %1").arg(rule.label)));
        }
        qInfo("%lld texts, %d rules, %d rule runs skipped", qlonglong(cased.size()), rules,
              skipped);
        QVERIFY(skipped > cased.size()); // the check does skip work
    }

    // literalWords() counts in one pass what "[A-Za-z]{3,}" finds once the placeholders are
    // removed: the same on the demo texts and on random strings of the characters that matter.
    void literalWordsAsTheExpressionCounts()
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        auto expected = [](QString text) {
            text.remove(naming::detail::placeholderRe());
            int n = 0;
            for (auto it = word.globalMatch(text); it.hasNext(); it.next())
                ++n;
            return n;
        };
        QStringList texts = demoTexts();
        const QString alphabet = QStringLiteral("abcXYZ<<>>__**  9.:é");
        quint32 seed = 12345;
        for (int i = 0; i < 20000; ++i) {
            QString t;
            const int length = int(seed % 40);
            for (int k = 0; k < length; ++k) {
                seed = seed * 1103515245u + 12345u;
                t += alphabet.at(int((seed >> 16) % quint32(alphabet.size())));
            }
            seed = seed * 1103515245u + 12345u;
            texts << t;
        }
        texts << QStringLiteral("abc<NUM>def") << QStringLiteral("<ABCDEFGHIJKL>xyz")
              << QStringLiteral("ab<ABCDEFGHIJKLM>cd") << QStringLiteral("xyz<ABCDEFGHIJKLM>")
              << QStringLiteral("<>abc<*>");
        for (const QString &t : std::as_const(texts))
            QVERIFY2(naming::detail::literalWords(t) == expected(t), qPrintable(t));
    }

    // Not ASCII: every rule runs (caseless matching folds "ſ" to s and "K" to k).
    void otherTextsRunEveryRule()
    {
        const util::AsciiWords folded(QStringLiteral("ſession tiKen"));
        QVERIFY(!folded.ascii());
        for (const WordRule &rule : naming::detail::domainRules())
            QVERIFY(folded.mayMeet(rule.needs));
        QVERIFY(naming::detail::domainRules().at(1).re.match(QStringLiteral("ſession")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestNameRules)
#include "tst_namerules.moc"
