#include "core/evidence/codeowners.h"

#include <QTest>

using namespace gardener::evidence;

namespace {

// The example file of GitHub's "About code owners" documentation, in its order.
const char *const GitHubExample = R"(# This is a comment.
# Each line is a file pattern followed by one or more owners.

*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
/apps/ @octocat
/apps/github @doctocat
)";

QStringList ownersOf(const CodeOwners &co, const char *path)
{
    const auto m = co.match(QString::fromUtf8(path));
    return m ? m->owners : QStringList{QStringLiteral("<no match>")};
}

} // namespace

class TestEvidenceCodeOwners : public QObject
{
    Q_OBJECT
private slots:
    void githubDocumentedExamples_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("owners");
        // Each row: what GitHub's documentation says the example file means for this path.
        QTest::newRow("default owners") << "README.md"
                                        << "@global-owner1 @global-owner2";
        QTest::newRow("*.js anywhere") << "src/app/index.js"
                                       << "@js-owner";
        QTest::newRow("*.go by e-mail") << "cmd/main.go"
                                        << "docs@example.com";
        QTest::newRow("*.txt team") << "notes/todo.txt"
                                    << "@octo-org/octocats";
        // "/build/logs/ @doctocat" matches, but the later "**/logs @octocat" does too and wins.
        QTest::newRow("later **/logs wins over /build/logs/") << "build/logs/2026/run.log"
                                                              << "@octocat";
        QTest::newRow("docs/* direct file") << "docs/getting-started.md"
                                            << "@doctocat";
        QTest::newRow("docs/* not nested") << "docs/build-app/troubleshooting.md"
                                           << "@doctocat";
        QTest::newRow("apps/ anywhere") << "web/apps/x.py"
                                        << "@octocat";
        QTest::newRow("/scripts/ two owners") << "scripts/deploy.sh"
                                              << "@doctocat @octocat";
        QTest::newRow("**/logs anywhere") << "a/b/logs/c.txt"
                                          << "@octocat";
        QTest::newRow("last match wins") << "apps/github/main.go"
                                         << "@doctocat";
        QTest::newRow("/apps/ other") << "apps/web/main.go"
                                      << "@octocat";
    }

    void githubDocumentedExamples()
    {
        QFETCH(QString, path);
        QFETCH(QString, owners);
        const CodeOwners co = CodeOwners::parse(QString::fromUtf8(GitHubExample));
        QVERIFY2(co.skipped().isEmpty(), qPrintable(co.skipped().join(QLatin1Char('\n'))));
        QCOMPARE(ownersOf(co, path.toUtf8().constData()).join(QLatin1Char(' ')), owners);
    }

    void leadingSlashAnchors()
    {
        const CodeOwners co = CodeOwners::parse(QStringLiteral("/build/logs/ @doctocat\n"));
        QCOMPARE(ownersOf(co, "build/logs/2026/run.log"), QStringList{QStringLiteral("@doctocat")});
        QVERIFY(!co.match(QStringLiteral("src/build/logs/x.c")));
        QVERIFY(!co.match(QStringLiteral("build/logs"))); // a trailing slash: what is below only
    }

    void docsStarDoesNotTakeNestedFiles()
    {
        const CodeOwners co = CodeOwners::parse(QStringLiteral("docs/* @writer\n"));
        QCOMPARE(ownersOf(co, "docs/a.md"), QStringList{QStringLiteral("@writer")});
        QVERIFY(!co.match(QStringLiteral("docs/deep/a.md")));
    }

    void ruleWithoutOwnersMakesUnowned()
    {
        const CodeOwners co = CodeOwners::parse(QStringLiteral("/apps/ @octocat\n/apps/github\n"));
        const auto m = co.match(QStringLiteral("apps/github/x.js"));
        QVERIFY(m.has_value());
        QVERIFY(m->owners.isEmpty());
        QCOMPARE(m->line, 2);
        QVERIFY(!co.match(QStringLiteral("README.md")));
    }

    void negationIsNotSupportedByGitHub()
    {
        // In .gitignore "!" would re-include vendor/keep.py; GitHub skips the line instead, so
        // the earlier rule still owns the file.
        const CodeOwners co =
            CodeOwners::parse(QStringLiteral("*.py @python-team\n!vendor/keep.py @nobody\n"));
        QCOMPARE(ownersOf(co, "vendor/keep.py"), QStringList{QStringLiteral("@python-team")});
        QCOMPARE(co.rules().size(), 1);
        QCOMPARE(co.skipped(),
                 QStringList{QStringLiteral("CODEOWNERS:2: \"!vendor/keep.py @nobody\" skipped: "
                                            "GitHub does not support negation (\"!\")")});
    }

    void rangesEscapesAndBadOwnersAreSkipped()
    {
        const CodeOwners co = CodeOwners::parse(
            QStringLiteral(
                "* @all\n*.[ch] @c-team\n\\#notes @x\n/src/ payments-team\n/src/ok/ @ok\n"),
            QStringLiteral(".github/CODEOWNERS"));
        QCOMPARE(co.skipped().size(), 3);
        QVERIFY(co.skipped()[0].startsWith(QLatin1String(".github/CODEOWNERS:2:")));
        QVERIFY(co.skipped()[0].contains(QLatin1String("character ranges")));
        QVERIFY(co.skipped()[1].contains(QLatin1String("escaping")));
        QVERIFY(co.skipped()[2].contains(QLatin1String("\"payments-team\" is not an owner")));
        QCOMPARE(ownersOf(co, "main.c"), QStringList{QStringLiteral("@all")});
        QCOMPARE(ownersOf(co, "src/ok/a.py"), QStringList{QStringLiteral("@ok")});
    }

    void globs()
    {
        QVERIFY(QRegularExpression(codeOwnersRegex(QStringLiteral("src/*.py")))
                    .match(QStringLiteral("src/a.py"))
                    .hasMatch());
        QVERIFY(!QRegularExpression(codeOwnersRegex(QStringLiteral("src/*.py")))
                     .match(QStringLiteral("src/x/a.py"))
                     .hasMatch());
        QVERIFY(QRegularExpression(codeOwnersRegex(QStringLiteral("src/**/*.py")))
                    .match(QStringLiteral("src/x/y/a.py"))
                    .hasMatch());
        QVERIFY(QRegularExpression(codeOwnersRegex(QStringLiteral("src/**/*.py")))
                    .match(QStringLiteral("src/a.py"))
                    .hasMatch());
        QVERIFY(QRegularExpression(codeOwnersRegex(QStringLiteral("a?c.txt")))
                    .match(QStringLiteral("d/abc.txt"))
                    .hasMatch());
        QVERIFY(!QRegularExpression(codeOwnersRegex(QStringLiteral("/a.txt")))
                     .match(QStringLiteral("d/a.txt"))
                     .hasMatch());
        // Case matters, as in Git paths.
        QVERIFY(!QRegularExpression(codeOwnersRegex(QStringLiteral("/Docs/")))
                     .match(QStringLiteral("docs/a"))
                     .hasMatch());
    }

    void assigneesAndTeams()
    {
        const QStringList owners = {QStringLiteral("@alice"), QStringLiteral("@acme/payments"),
                                    QStringLiteral("ops@acme.com"), QStringLiteral("@bob")};
        QCOMPARE(CodeOwners::assignees(owners),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QCOMPARE(CodeOwners::teams(owners), QStringList{QStringLiteral("payments")});
        QCOMPARE(CodeOwners::locations().first(), QStringLiteral(".github/CODEOWNERS"));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCodeOwners)
#include "tst_evidence_codeowners.moc"
