// The fake Google OAuth and Cloud Logging endpoints as a program, for the official Node.js
// client's conformance run (scripts/test-extra-conformance.sh, tests/conformance/logging.mjs).
//
//   fakegoogle_server [--entries N] [--page-size P] [--write-fixture FILE]
//
// Listens on 127.0.0.1 (OS-chosen port), prints its base URL on the first line of stdout and
// serves until killed. The token endpoint knows client "conformance-client" / secret
// "conformance-secret" with refresh token "1//conformance-refresh". Control calls for the tests:
//   POST /fake/list-error/{code}   the next entries:list answers Google's error for that code
//                                  (429 also carries Retry-After)
//   GET  /fake/requests            the requests so far, [{"call": "POST /v2/entries:list",
//                                  "body": {...}}, ...]
#include "tests/common/fakegoogle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>

using namespace gardener::test;

namespace {

HttpResponse armedError(int code)
{
    static const QHash<int, QPair<QString, QString>> known{
        {400,
         {QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("Invalid filter: unexpected token")}},
        {403,
         {QStringLiteral("PERMISSION_DENIED"),
          QStringLiteral(
              "Permission 'logging.logEntries.list' denied on resource (or it may not exist).")}},
        {404, {QStringLiteral("NOT_FOUND"), QStringLiteral("Project not found")}},
        {429,
         {QStringLiteral("RESOURCE_EXHAUSTED"),
          QStringLiteral("Quota exceeded for quota metric 'Read requests' of service "
                         "'logging.googleapis.com'.")}},
        {503,
         {QStringLiteral("UNAVAILABLE"), QStringLiteral("The service is currently unavailable.")}}};
    const auto k = known.value(code, {QStringLiteral("UNKNOWN"), QStringLiteral("Unknown error")});
    HttpResponse r = FakeGoogle::googleError(code, k.first, k.second);
    if (code == 429)
        r.setHeader("Retry-After", "7");
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Entries served."),
                                     QStringLiteral("n"), QStringLiteral("120"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Entries per page."), QStringLiteral("p"),
                                      QStringLiteral("25"));
    const QCommandLineOption fixture(QStringLiteral("write-fixture"),
                                     QStringLiteral("Write the entries as JSON here."),
                                     QStringLiteral("file"));
    cli.addOptions({entries, pageSize, fixture});
    cli.process(app);

    const QDateTime newest(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
    const QJsonArray data = makeEntries(cli.value(entries).toInt(), newest);
    if (cli.isSet(fixture)) {
        QFile out(cli.value(fixture));
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(QJsonDocument(data).toJson(QJsonDocument::Compact)) < 0) {
            std::fprintf(stderr, "fakegoogle_server: cannot write %s\n",
                         qPrintable(cli.value(fixture)));
            return 1;
        }
    }
    FakeGoogle fake;
    fake.setClient(QStringLiteral("conformance-client"), "conformance-secret");
    fake.addRefreshToken("1//conformance-refresh");
    fake.setEntries(data, qMax(1, cli.value(pageSize).toInt()));
    int armed = 0;
    fake.setListFault([&armed](int, const HttpRequest &) -> std::optional<HttpResponse> {
        if (armed == 0)
            return std::nullopt;
        return armedError(std::exchange(armed, 0));
    });
    fake.server().addRoute("POST", QStringLiteral("/fake/list-error/(\\d+)"),
                           [&armed](const HttpRequest &r) {
                               armed = r.captures.value(1).toInt();
                               return HttpResponse::json(200, "{}");
                           });
    fake.server().addRoute("GET", QStringLiteral("/fake/requests"), [&fake](const HttpRequest &) {
        QJsonArray log;
        for (const HttpRequest &r : fake.server().requests()) {
            const QString query = r.query.toString(QUrl::FullyDecoded);
            QJsonObject item{{QStringLiteral("call"),
                              QString(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path +
                                      (query.isEmpty() ? QString() : QLatin1Char('?') + query))}};
            const QJsonDocument body = QJsonDocument::fromJson(r.body);
            if (body.isObject())
                item.insert(QStringLiteral("body"), body.object());
            item.insert(QStringLiteral("authorization"),
                        QString::fromLatin1(r.header("authorization")));
            log.append(item);
        }
        return HttpResponse::json(200, QJsonDocument(log).toJson(QJsonDocument::Compact));
    });
    if (!fake.listen()) {
        std::fprintf(stderr, "fakegoogle_server: %s\n", qPrintable(fake.server().errorString()));
        return 1;
    }
    std::printf("%s\n", qPrintable(fake.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
