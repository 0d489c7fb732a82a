// The filter box's language (negation, field terms, quoted phrases, clear errors) and saved
// filter views in QSettings.
#include "core/logs/severity.h"
#include "core/search/savedviews.h"
#include "core/search/searchquery.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::search;

namespace {
quint32 atLeast(Severity s)
{
    return ((1u << SeverityCount) - 1) & ~((1u << severityIndex(s)) - 1);
}
} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void plainWordsAreOnePhrase()
    {
        const auto q = parseSearch(QStringLiteral("  Connection   REFUSED "));
        QVERIFY(q);
        QCOMPARE(q->text, QStringLiteral("connection refused"));
        QVERIFY(q->excluded.isEmpty());
        QVERIFY(parseSearch(QString())->isEmpty());
    }

    void negationAndQuotes()
    {
        const auto q =
            parseSearch(QStringLiteral("timeout -redis -\"pool exhausted\" \"-v2 a:b\""));
        QVERIFY(q);
        QCOMPARE(q->text, QStringLiteral("timeout -v2 a:b"));
        QCOMPARE(q->excluded,
                 (QStringList{QStringLiteral("redis"), QStringLiteral("pool exhausted")}));
        QVERIFY(q->matchesText(QStringLiteral("db timeout -v2 a:b")));
        QVERIFY(!q->matchesText(QStringLiteral("redis timeout -v2 a:b")));
        QVERIFY(!q->matchesText(QStringLiteral("timeout -v2 a:b: pool exhausted")));
        QVERIFY(!q->matchesText(QStringLiteral("something else")));
        // A message match stands in for the phrase, never for an exclusion.
        QVERIFY(q->matchesText(QStringLiteral("something else"), true));
        QVERIFY(!q->matchesText(QStringLiteral("redis"), true));
    }

    void severityTerms()
    {
        QCOMPARE(parseSearch(QStringLiteral("severity>=ERROR"))->severityMask,
                 atLeast(Severity::Error));
        QCOMPARE(parseSearch(QStringLiteral("SEVERITY>=error"))->severityMask,
                 atLeast(Severity::Error));
        QCOMPARE(parseSearch(QStringLiteral("severity>warning"))->severityMask,
                 atLeast(Severity::Error));
        QCOMPARE(parseSearch(QStringLiteral("severity:500"))->severityMask,
                 1u << severityIndex(Severity::Error));
        QCOMPARE(parseSearch(QStringLiteral("severity<INFO"))->severityMask,
                 (1u << severityIndex(Severity::Default)) | (1u << severityIndex(Severity::Debug)));
        QCOMPARE(parseSearch(QStringLiteral("-severity>=ERROR"))->severityMask,
                 (1u << severityIndex(Severity::Error)) - 1);
        // Two terms narrow each other.
        QCOMPARE(parseSearch(QStringLiteral("severity>=WARNING severity<=ERROR"))->severityMask,
                 (1u << severityIndex(Severity::Warning)) | (1u << severityIndex(Severity::Error)));
    }

    void serviceAndRevisionTerms()
    {
        const auto q =
            parseSearch(QStringLiteral("service:API -service:worker revision:00645 timeout"));
        QVERIFY(q);
        QCOMPARE(q->services, QStringList{QStringLiteral("api")});
        QCOMPARE(q->excludedServices, QStringList{QStringLiteral("worker")});
        QCOMPARE(q->revisions, QStringList{QStringLiteral("00645")});
        QCOMPARE(q->text, QStringLiteral("timeout"));
        QVERIFY(q->matchesServices({QStringLiteral("checkout-api")}));
        QVERIFY(!q->matchesServices({QStringLiteral("checkout-api"), QStringLiteral("worker")}));
        QVERIFY(!q->matchesServices({QStringLiteral("billing")}));
        QVERIFY(q->matchesRevisions({QStringLiteral("api-00645-xyz")}));
        QVERIFY(!q->matchesRevisions({QStringLiteral("api-00646-xyz")}));
        QCOMPARE(parseSearch(QStringLiteral("service:\"my api\""))->services,
                 QStringList{QStringLiteral("my api")});
        // Unknown field names are plain text: "error: timeout" searches for that.
        QCOMPARE(parseSearch(QStringLiteral("error: timeout"))->text,
                 QStringLiteral("error: timeout"));
    }

    void malformedTermsSayWhereAndWhat_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown severity") << QStringLiteral("timeout severity>=BOGUS") << 8
                                          << QStringLiteral("\"BOGUS\" is not a severity");
        QTest::newRow("empty value")
            << QStringLiteral("service:") << 0 << QStringLiteral("needs a value");
        QTest::newRow("open quote")
            << QStringLiteral("a \"pool exh") << 2 << QStringLiteral("not closed");
        QTest::newRow("lone dash")
            << QStringLiteral("timeout - db") << 8 << QStringLiteral("needs a word");
        QTest::newRow("comparison on text field")
            << QStringLiteral("service>=api") << 0 << QStringLiteral("compares severities only");
        QTest::newRow("nothing left") << QStringLiteral("severity>ERROR severity<ERROR") << 15
                                      << QStringLiteral("leaves no severity");
    }

    void malformedTermsSayWhereAndWhat()
    {
        QFETCH(QString, input);
        QFETCH(int, position);
        QFETCH(QString, says);
        const auto q = parseSearch(input);
        QVERIFY(!q);
        QCOMPARE(q.error().offset, qint64(position));
        QVERIFY2(q.error().what.contains(says), qPrintable(q.error().what));
        QVERIFY2(q.error().what.contains(QStringLiteral("character %1").arg(position + 1)),
                 qPrintable(q.error().what));
    }

    void savedViewsPersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("views.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            SavedViews views(settings);
            QVERIFY(views.save(QStringLiteral("API errors"),
                               QStringLiteral("service:api severity>=ERROR")));
            QVERIFY(views.save(QStringLiteral("No redis"), QStringLiteral("-redis")));
            QVERIFY(!views.save(QStringLiteral(" "), QStringLiteral("-redis")));
            const auto bad = views.save(QStringLiteral("Broken"), QStringLiteral("severity>=LOUD"));
            QVERIFY(!bad);
            QVERIFY(bad.error().what.contains(QStringLiteral("Broken")));
            // Saving a name again replaces its query, keeping its place.
            QVERIFY(views.save(QStringLiteral("API errors"),
                               QStringLiteral("service:api severity>=CRITICAL")));
        }
        QSettings settings(path, QSettings::IniFormat);
        SavedViews views(settings);
        QCOMPARE(views.views(),
                 (QList<SavedView>{{QStringLiteral("API errors"),
                                    QStringLiteral("service:api severity>=CRITICAL")},
                                   {QStringLiteral("No redis"), QStringLiteral("-redis")}}));
        QVERIFY(views.remove(QStringLiteral("API errors")));
        QVERIFY(!views.remove(QStringLiteral("API errors")));
        QCOMPARE(views.views().size(), 1);
        QCOMPARE(views.query(QStringLiteral("No redis")), QStringLiteral("-redis"));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
