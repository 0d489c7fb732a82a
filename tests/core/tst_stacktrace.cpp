// The shared stack-trace parser: frames with file, line and function, library frames told apart,
// the exception line, and the application frames clustering keys on (which must not change).
#include "core/clustering/stacktrace.h"
#include "core/evidence/codemapping.h"

#include <QTest>

using namespace gardener;
using clustering::StackTrace;

namespace {

QString q(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QStringList frameTexts(const StackTrace &st, bool libraryToo)
{
    QStringList out;
    for (const auto &f : st.frames)
        if (libraryToo || !f.library)
            out << q(f.function) + QLatin1Char('@') + q(f.file) + QLatin1Char(':') +
                       QString::number(f.line);
    return out;
}

} // namespace

class TestStackTrace : public QObject
{
    Q_OBJECT
private slots:
    void python()
    {
        const std::string text =
            "Error in job 7\n"
            "Traceback (most recent call last):\n"
            "  File \"/usr/local/lib/python3.11/site-packages/starlette/routing.py\", line 677, in "
            "__call__\n"
            "    await route.handle(scope)\n"
            "  File \"/app/routes/health.py\", line 609, in check\n"
            "    price = convert(x)\n"
            "  File \"/app/pricing.py\", line 12, in convert\n"
            "    raise ValueError('bad id')\n"
            "ValueError: bad id";
        const StackTrace st = clustering::parseStackTrace(text);
        QCOMPARE(st.kind, StackTrace::Kind::Python);
        QCOMPARE(st.headlineLines, size_t(1));
        QCOMPARE(q(st.exception), QStringLiteral("ValueError: bad id"));
        QCOMPARE(
            frameTexts(st, true),
            (QStringList{
                QStringLiteral(
                    "__call__@/usr/local/lib/python3.11/site-packages/starlette/routing.py:677"),
                QStringLiteral("check@/app/routes/health.py:609"),
                QStringLiteral("convert@/app/pricing.py:12")}));
        QVERIFY(st.frames[0].library);
        QVERIFY(!st.frames[1].library && !st.frames[2].library);
        const auto keys = st.clusteringFrames();
        QCOMPARE(keys.size(), size_t(2));
        QCOMPARE(QString::fromStdString(keys[0]->key), QStringLiteral("/app/pricing.py:convert"));
        QCOMPARE(QString::fromStdString(clustering::stackSummaryLine(text)),
                 QStringLiteral("Error in job 7 · ValueError: bad id"));
    }

    void javaRootCause()
    {
        const std::string text =
            "java.lang.IllegalStateException: wrapped\n"
            "\tat java.base/java.util.HashMap.get(HashMap.java:556)\n"
            "\tat com.acme.api.Controller.post(Controller.java:42)\n"
            "Caused by: java.sql.SQLException: timeout\n"
            "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n"
            "\tat com.acme.db.Repo.find(Repo.java:7)\n"
            "\t... 12 more";
        const StackTrace st = clustering::parseStackTrace(text);
        QCOMPARE(st.kind, StackTrace::Kind::Java);
        QCOMPARE(st.type, std::string("java.sql.SQLException"));
        QCOMPARE(q(st.exception), QStringLiteral("java.sql.SQLException: timeout"));
        QCOMPARE(st.blockTitles.size(), size_t(2));
        QCOMPARE(frameTexts(st, false),
                 (QStringList{QStringLiteral("com.acme.api.Controller.post@Controller.java:42"),
                              QStringLiteral("com.acme.db.Repo.find@Repo.java:7")}));
        QCOMPARE(st.frames[3].block, 1);
        // Clustering keys on the root cause's application frame.
        QCOMPARE(QString::fromStdString(st.clusteringFrames().at(0)->key),
                 QStringLiteral("com.acme.db.Repo.find"));
        // A Java frame becomes a repository path through its package.
        const evidence::SourceRef ref = evidence::frameSource(
            q(st.frames[3].file), st.frames[3].line, q(st.frames[3].function));
        QCOMPARE(ref.file, QStringLiteral("com/acme/db/Repo.java"));
        QCOMPARE(ref.line, 7);
    }

    void node()
    {
        const std::string text =
            "TypeError: Cannot read properties of undefined (reading 'id')\n"
            "    at handler (/app/src/routes.js:12:7)\n"
            "    at Layer.handle (/app/node_modules/express/lib/router/layer.js:95:5)\n"
            "    at /app/src/index.js:3:1\n"
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)";
        const StackTrace st = clustering::parseStackTrace(text);
        QCOMPARE(st.kind, StackTrace::Kind::Node);
        QCOMPARE(frameTexts(st, false),
                 (QStringList{QStringLiteral("handler@/app/src/routes.js:12"),
                              QStringLiteral("@/app/src/index.js:3")}));
        QCOMPARE(frameTexts(st, true).at(1),
                 QStringLiteral("Layer.handle@/app/node_modules/express/lib/router/layer.js:95"));
        QVERIFY(st.frames[1].library);
        QCOMPARE(QString::fromStdString(st.clusteringFrames().at(0)->key),
                 QStringLiteral("handler"));
        // Node's internal frames are the runtime on screen, but clustering keeps counting them
        // as it always did (its fingerprints depend on that).
        QCOMPARE(st.frames.size(), size_t(4));
        QVERIFY(st.frames[3].library);
        QVERIFY(!st.frames[3].skippedByClustering);
        QCOMPARE(st.clusteringFrames().size(), size_t(3));
    }

    void go()
    {
        const std::string text =
            "panic: runtime error: index out of range [5] with length 3\n\n"
            "goroutine 1 [running]:\n"
            "runtime.gopanic(0x1)\n\t/usr/local/go/src/runtime/panic.go:914 +0x21f\n"
            "main.handler(0xc000123)\n\t/app/main.go:42 +0x1d\n"
            "created by net/http.(*Server).Serve\n\t/usr/local/go/src/net/http/server.go:3086 "
            "+0x5cb";
        const StackTrace st = clustering::parseStackTrace(text);
        QCOMPARE(st.kind, StackTrace::Kind::Go);
        QCOMPARE(q(st.exception),
                 QStringLiteral("panic: runtime error: index out of range [5] with length 3"));
        QCOMPARE(frameTexts(st, false),
                 QStringList{QStringLiteral("main.handler@/app/main.go:42")});
        QCOMPARE(st.frames.size(), size_t(3));
        QVERIFY(st.frames[0].library && st.frames[2].library);
    }

    void notATrace()
    {
        QVERIFY(!clustering::parseStackTrace("just one line").isValid());
        QVERIFY(!clustering::parseStackTrace("two\nplain lines").isValid());
        QVERIFY(clustering::stackSummaryLine("two\nplain lines").empty());
    }
};

QTEST_GUILESS_MAIN(TestStackTrace)
#include "tst_stacktrace.moc"
