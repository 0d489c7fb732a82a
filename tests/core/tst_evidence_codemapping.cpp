#include "core/evidence/codemapping.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gardener::evidence;

namespace {

CodeMapping module(const char *from, const char *to, const char *service = "")
{
    return {QString::fromUtf8(service), CodeMapping::Kind::Module, QString::fromUtf8(from),
            QString::fromUtf8(to)};
}

CodeMapping path(const char *from, const char *to, const char *service = "")
{
    return {QString::fromUtf8(service), CodeMapping::Kind::Path, QString::fromUtf8(from),
            QString::fromUtf8(to)};
}

SourceRef src(const char *file, int line = 0, const char *function = "")
{
    return {QString::fromUtf8(file), line, QString::fromUtf8(function),
            QStringLiteral("sourceLocation")};
}

const CodeRepo Repo{QStringLiteral("acme/netra"), QStringLiteral("https://github.com"),
                    QStringLiteral("main")};

} // namespace

class TestEvidenceCodeMapping : public QObject
{
    Q_OBJECT
private slots:
    void moduleStyle()
    {
        const CodeLink l =
            mapSource(src("netra_backend.app.routes.health", 609), QStringLiteral("backend"),
                      {module("netra_backend.app.", "netra_backend/app/")});
        QCOMPARE(l.path, QStringLiteral("netra_backend/app/routes/health.py"));
        QCOMPARE(l.mapping, QStringLiteral("netra_backend.app. → netra_backend/app/"));
        QVERIFY(l.why.isEmpty());
    }

    void pathStyle()
    {
        const CodeLink l = mapSource(src("/app/routes/health.py", 609), QStringLiteral("backend"),
                                     {path("/app/", "")});
        QCOMPARE(l.path, QStringLiteral("routes/health.py"));
        QCOMPARE(l.mapping, QStringLiteral("/app/ → (repository root)"));
        // The prefix is a whole directory: "/application/x.py" is not under "/app/".
        QVERIFY(mapSource(src("/application/x.py"), {}, {path("/app", "")}).path.isEmpty());
        QCOMPARE(mapSource(src("/app/x.py"), {}, {path("/app", "srv")}).path,
                 QStringLiteral("srv/x.py"));
    }

    void mostSpecificFirst()
    {
        const QList<CodeMapping> maps = {path("/app/", ""), path("/app/vendor/", "third_party/"),
                                         module("netra_backend.", "netra_backend/"),
                                         module("netra_backend.app.", "services/backend/app/")};
        QCOMPARE(mapSource(src("/app/vendor/lib/a.py"), {}, maps).path,
                 QStringLiteral("third_party/lib/a.py"));
        QCOMPARE(mapSource(src("/app/main.py"), {}, maps).path, QStringLiteral("main.py"));
        QCOMPARE(mapSource(src("netra_backend.app.db"), {}, maps).path,
                 QStringLiteral("services/backend/app/db.py"));
        QCOMPARE(mapSource(src("netra_backend.jobs.cron"), {}, maps).path,
                 QStringLiteral("netra_backend/jobs/cron.py"));
        // Same prefix: the service's own mapping beats the general one, in either order.
        const QList<CodeMapping> both = {path("/app/", "general/"), path("/app/", "mine/", "api")};
        QCOMPARE(mapSource(src("/app/a.py"), QStringLiteral("api"), both).path,
                 QStringLiteral("mine/a.py"));
        QCOMPARE(mapSource(src("/app/a.py"), QStringLiteral("web"), both).path,
                 QStringLiteral("general/a.py"));
    }

    void unmappable()
    {
        const QList<CodeMapping> maps = {path("/app/", ""),
                                         module("netra_backend.", "netra_backend/")};
        const CodeLink lib = mapSource(src("/usr/local/lib/python3.11/asyncio/base_events.py"),
                                       QStringLiteral("api"), maps);
        QVERIFY(lib.path.isEmpty());
        QCOMPARE(
            lib.why,
            QStringLiteral("no code mapping matches the path \"/usr/local/lib/python3.11/asyncio/"
                           "base_events.py\" of service api; add a path prefix mapping"));
        const CodeLink mod = mapSource(src("uvicorn.protocols.http"), QStringLiteral("api"), maps);
        QVERIFY(mod.path.isEmpty());
        QVERIFY(mod.why.contains(QLatin1String("module \"uvicorn.protocols.http\"")));
        // A module mapping never applies to a path, nor a path mapping to a module.
        QVERIFY(mapSource(src("netra_backend/x.py"), {}, {module("netra_backend.", "x/")})
                    .path.isEmpty());
        const CodeLink none = mapSource(SourceRef{}, {}, maps);
        QVERIFY(none.why.startsWith(QLatin1String("the entries carry no source location")));
        // Another service's mapping does not apply.
        QVERIFY(mapSource(src("/app/a.py"), QStringLiteral("web"), {path("/app/", "", "api")})
                    .path.isEmpty());
    }

    void linkAtDeployedCommit()
    {
        const CodeLink l =
            codeLink(src("/app/routes/health.py", 609, "check"), QStringLiteral("api"),
                     {path("/app/", "")}, Repo, QStringLiteral("4f2a9c1e"));
        QVERIFY(l.atDeployedCommit);
        QCOMPARE(l.url, QStringLiteral(
                            "https://github.com/acme/netra/blob/4f2a9c1e/routes/health.py#L609"));
        QVERIFY(l.why.isEmpty());
    }

    void linkAtDefaultBranchIsMarked()
    {
        const CodeLink l = codeLink(src("/app/routes/health.py", 609), QStringLiteral("api"),
                                    {path("/app/", "")}, Repo, QString());
        QVERIFY(!l.atDeployedCommit);
        QCOMPARE(l.ref, QStringLiteral("main"));
        QCOMPARE(l.url,
                 QStringLiteral("https://github.com/acme/netra/blob/main/routes/health.py#L609"));
        QVERIFY(l.why.startsWith(
            QLatin1String("at the default branch main: the deployed commit is unknown")));
    }

    void noLinkWithoutRepository()
    {
        const CodeLink l = codeLink(src("/app/a.py", 3), QStringLiteral("api"), {path("/app/", "")},
                                    CodeRepo{}, {});
        QCOMPARE(l.path, QStringLiteral("a.py"));
        QVERIFY(l.url.isEmpty());
        QCOMPARE(l.why, QStringLiteral("no GitHub repository is set for service api"));
    }

    void deployedCommitSources()
    {
        QCOMPARE(deployedCommit({{QStringLiteral("commit-sha"), QStringLiteral("4F2A9C1")}}, {}),
                 QStringLiteral("4f2a9c1"));
        QCOMPARE(deployedCommit({}, QStringLiteral("europe-docker.pkg.dev/p/r/api:9b8c7d6e5f")),
                 QStringLiteral("9b8c7d6e5f"));
        QCOMPARE(deployedCommit({}, QStringLiteral("ghcr.io/acme/api:sha-1234567")),
                 QStringLiteral("1234567"));
        QCOMPARE(deployedCommit({}, QStringLiteral("gcr.io/p/api:latest")), QString());
        QCOMPARE(deployedCommit({}, QStringLiteral("gcr.io/p/api@sha256:aaaaaaaaaaaaaaaa")),
                 QString());
        QCOMPARE(deployedCommit({}, QStringLiteral("localhost:5000/api")), QString());
        QCOMPARE(deployedCommit({{QStringLiteral("commit-sha"), QStringLiteral("not-a-sha")}}, {}),
                 QString());
    }

    void innermostFrames()
    {
        const SourceRef py = innermostAppFrame(QStringLiteral(
            "Traceback (most recent call last):\n"
            "  File \"/usr/local/lib/python3.11/site-packages/starlette/routing.py\", line 677, in "
            "__call__\n"
            "  File \"/app/netra_backend/app/routes/health.py\", line 609, in check_health\n"
            "  File \"/app/netra_backend/app/db/pool.py\", line 88, in ping\n"
            "  File \"/usr/local/lib/python3.11/asyncio/tasks.py\", line 479, in wait_for\n"
            "TimeoutError"));
        QCOMPARE(py.file, QStringLiteral("/app/netra_backend/app/db/pool.py"));
        QCOMPARE(py.line, 88);
        QCOMPARE(py.function, QStringLiteral("ping"));
        QCOMPARE(py.origin, QStringLiteral("stack trace (innermost app frame)"));

        const SourceRef js = innermostAppFrame(QStringLiteral(
            "TypeError: Cannot read properties of undefined (reading 'id')\n"
            "    at Object.get (/app/node_modules/lodash/get.js:12:3)\n"
            "    at loadCart (/app/src/cart/load.js:41:17)\n"
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"));
        QCOMPARE(js.file, QStringLiteral("/app/src/cart/load.js"));
        QCOMPARE(js.line, 41);
        QCOMPARE(js.function, QStringLiteral("loadCart"));

        const SourceRef java = innermostAppFrame(
            QStringLiteral("java.lang.NullPointerException: x\n"
                           "\tat java.base/java.util.Objects.requireNonNull(Objects.java:209)\n"
                           "\tat com.acme.cart.CartService.total(CartService.java:42)\n"
                           "\tat org.springframework.web.Foo.bar(Foo.java:1)"));
        QCOMPARE(java.file, QStringLiteral("com/acme/cart/CartService.java"));
        QCOMPARE(java.line, 42);

        const SourceRef go = innermostAppFrame(QStringLiteral(
            "panic: runtime error: index out of range\n\ngoroutine 7 [running]:\n"
            "runtime.panicIndex(...)\n\t/usr/local/go/src/runtime/panic.go:113 +0x1d\n"
            "main.handler(0xc000010000)\n\t/app/cmd/server/main.go:42 +0x1d\n"));
        QCOMPARE(go.file, QStringLiteral("/app/cmd/server/main.go"));
        QCOMPARE(go.line, 42);

        QVERIFY(innermostAppFrame(
                    QStringLiteral("  File \"/usr/lib/python3/dist-packages/x.py\", line 1, in f"))
                    .isEmpty());
    }

    void settingsRoundTripAndErrors()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("code.json"));
        CodeSettings s;
        s.mappings = {module("netra_backend.app.", "netra_backend/app/", "backend"),
                      path("/app/", "")};
        s.repos.insert(QStringLiteral("backend"), Repo);
        QVERIFY(s.save(file).has_value());
        const auto back = CodeSettings::load(file);
        QVERIFY(back.has_value());
        QCOMPARE(back->mappings.size(), 2);
        QCOMPARE(back->mappings[0].kind, CodeMapping::Kind::Module);
        QCOMPARE(back->mappings[0].service, QStringLiteral("backend"));
        QCOMPARE(back->repoFor(QStringLiteral("backend")).repo, QStringLiteral("acme/netra"));
        QVERIFY(back->repoFor(QStringLiteral("other")).repo.isEmpty());
        QVERIFY(CodeSettings::load(dir.filePath(QStringLiteral("missing.json"))).has_value());

        QFile bad(file);
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write(R"({"mappings": [{"kind": "regex", "from": "a"}]})");
        bad.close();
        const auto err = CodeSettings::load(file);
        QVERIFY(!err.has_value());
        QCOMPARE(err.error().what,
                 QStringLiteral("mapping 1: kind \"regex\" is neither \"path\" nor \"module\""));
        QCOMPARE(err.error().file, file);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCodeMapping)
#include "tst_evidence_codemapping.moc"
