// The fake GitHub as a program, for the official Octokit client's conformance run
// (scripts/test-extra-conformance.sh, tests/conformance/github.mjs).
//
//   fakegithub_server [--prefix /api/v3] [--issues N] [--comments N] [--commits N]
//
// Listens on 127.0.0.1 (OS-chosen port), prints its base URL on the first line of stdout and
// serves until killed. It holds repository acme/backend with N issues (issue #1 carries the
// comments), N commits touching src/checkout.py and that file's content; every API call needs
// the token "conformance-token"; the device flow answers one "authorization_pending" poll, then the
// token "gho_conformance". Control calls for the tests:
//   POST /fake/rate-limit/{n}             the next n API calls answer GitHub's primary rate limit
//   POST /fake/secondary-rate-limit/{n}   the next n API calls answer a secondary rate limit
//   GET  /fake/requests                   the requests so far, ["GET /repos/...?query", ...]
#include "tests/common/fakegithub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <cstdio>

using namespace gardener::test;

namespace {

void seed(FakeGitHub &gh, int issues, int comments, int commits)
{
    const QString repo = QStringLiteral("acme/backend");
    gh.addRepo(repo);
    const QDateTime base(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    static const QStringList labelSets[] = {{QStringLiteral("bug")},
                                            {QStringLiteral("bug"), QStringLiteral("log-gardener")},
                                            {QStringLiteral("enhancement")}};
    for (int i = 0; i < issues; ++i) {
        gh.seedIssue(repo, QStringLiteral("Checkout timeout %1 in payment step").arg(i + 1),
                     QStringLiteral("Seen %1 times in checkout.\n\n<!-- log-gardener:fp=%2 -->")
                         .arg(i * 3 + 1)
                         .arg(i, 8, 16, QLatin1Char('0')),
                     labelSets[i % 3],
                     i % 4 == 3 ? QStringLiteral("closed") : QStringLiteral("open"),
                     base.addSecs(qint64(i) * 3600));
    }
    FakeGitHub::IssueRecord &first = gh.repo(repo)->issues.first();
    for (int c = 0; c < comments; ++c)
        first.comments.append({qint64(900000 + c),
                               QStringLiteral("Occurrence %1 of the checkout timeout").arg(c + 1),
                               base.addSecs(qint64(c) * 60)});
    for (int c = 0; c < commits; ++c) {
        FakeGitHub::CodeCommit commit;
        commit.sha = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::number(c), QCryptographicHash::Sha1).toHex());
        commit.message = QStringLiteral("checkout: change %1").arg(c + 1);
        commit.authorName = QStringLiteral("Dana Developer");
        commit.authorEmail = QStringLiteral("dana@example.com");
        commit.authorLogin = c % 2 ? QStringLiteral("dana") : QString();
        commit.date = base.addDays(c);
        commit.files = {QStringLiteral("src/checkout.py"), QStringLiteral("src/cart/total.py")};
        gh.addCommit(repo, commit);
    }
    gh.setFile(repo, QStringLiteral("src/checkout.py"),
               QByteArray("def checkout(cart):\n    # \xc3\xa9t\xc3\xa9 \xe2\x82\xac\n    return "
                          "pay(cart.total())\n")
                   .repeated(4));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption prefix(QStringLiteral("prefix"),
                                    QStringLiteral("API prefix (GHES: /api/v3)."),
                                    QStringLiteral("path"));
    const QCommandLineOption issues(QStringLiteral("issues"), QStringLiteral("Seeded issues."),
                                    QStringLiteral("n"), QStringLiteral("75"));
    const QCommandLineOption comments(QStringLiteral("comments"),
                                      QStringLiteral("Comments on issue #1."), QStringLiteral("n"),
                                      QStringLiteral("45"));
    const QCommandLineOption commits(QStringLiteral("commits"), QStringLiteral("Seeded commits."),
                                     QStringLiteral("n"), QStringLiteral("12"));
    cli.addOptions({prefix, issues, comments, commits});
    cli.process(app);

    FakeGitHub gh(cli.value(prefix));
    gh.requiredToken = "conformance-token";
    // The device flow: one "pending" poll, then a token, one second apart.
    gh.deviceScript = {QStringLiteral("authorization_pending"),
                       QStringLiteral("token:gho_conformance")};
    gh.deviceInterval = 1;
    seed(gh, qMax(1, cli.value(issues).toInt()), cli.value(comments).toInt(),
         cli.value(commits).toInt());
    gh.server().addRoute("POST", QStringLiteral("/fake/rate-limit/(\\d+)"),
                         [&gh](const HttpRequest &r) {
                             gh.rateLimitNext = r.captures.value(1).toInt();
                             return HttpResponse::json(200, "{}");
                         });
    gh.server().addRoute("POST", QStringLiteral("/fake/secondary-rate-limit/(\\d+)"),
                         [&gh](const HttpRequest &r) {
                             gh.secondaryRateLimitNext = r.captures.value(1).toInt();
                             return HttpResponse::json(200, "{}");
                         });
    gh.server().addRoute("GET", QStringLiteral("/fake/requests"), [&gh](const HttpRequest &) {
        QJsonArray log;
        for (const HttpRequest &r : gh.server().requests()) {
            const QString query = r.query.toString(QUrl::FullyDecoded);
            log.append(QString(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path +
                               (query.isEmpty() ? QString() : QLatin1Char('?') + query)));
        }
        return HttpResponse::json(200, QJsonDocument(log).toJson(QJsonDocument::Compact));
    });
    if (!gh.listen()) {
        std::fprintf(stderr, "fakegithub_server: %s\n", qPrintable(gh.server().errorString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(gh.apiBase().toString()));
    std::fflush(stdout);
    return app.exec();
}
