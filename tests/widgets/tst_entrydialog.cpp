// The entry dialog shows a stack trace as frames: application frames emphasised, library frames
// folded (and unfolded on a click), frames linked to code when a mapping applies.
#include "core/evidence/codemapping.h"
#include "widgets/entrydialog.h"
#include "widgets/stacktraceview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTest>

using namespace gardener;

namespace {

QByteArray entryWith(const QString &stack,
                     const QString &message = QStringLiteral("request failed"))
{
    QJsonObject payload{{QStringLiteral("message"), message}};
    if (!stack.isEmpty())
        payload.insert(QStringLiteral("stack_trace"), stack);
    const QJsonObject e{
        {QStringLiteral("timestamp"), QStringLiteral("2026-11-30T10:00:00Z")},
        {QStringLiteral("severity"), QStringLiteral("ERROR")},
        {QStringLiteral("resource"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud_run_revision")},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("service_name"), QStringLiteral("api")}}}}},
        {QStringLiteral("jsonPayload"), payload}};
    return QJsonDocument(e).toJson(QJsonDocument::Compact);
}

const QString kPython = QStringLiteral(
    "Traceback (most recent call last):\n"
    "  File \"/usr/local/lib/python3.11/site-packages/starlette/routing.py\", line 677, in "
    "__call__\n"
    "    await route.handle(scope)\n"
    "  File \"/usr/local/lib/python3.11/site-packages/starlette/routing.py\", line 200, in handle\n"
    "    await self.app(scope)\n"
    "  File \"/app/routes/health.py\", line 609, in check\n"
    "    price = convert(x)\n"
    "  File \"/app/pricing.py\", line 12, in convert\n"
    "    raise ValueError('bad id')\n"
    "ValueError: bad id");

} // namespace

class TestEntryDialog : public QObject
{
    Q_OBJECT
private slots:
    void pythonTraceShowsFramesWithLibraryFramesFolded()
    {
        EntryDialog dialog;
        dialog.setEntryJson(entryWith(kPython));
        StackTraceView *view = dialog.stackView();
        QVERIFY(!view->isHidden());
        const QString text = view->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("ValueError: bad id")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("convert")));
        QVERIFY(text.contains(QStringLiteral("/app/pricing.py:12")));
        QVERIFY(text.contains(QStringLiteral("/app/routes/health.py:609")));
        // The two starlette frames are one folded run, not shown until unfolded.
        QCOMPARE(view->libraryRuns(), 1);
        QVERIFY(text.contains(QStringLiteral("2 library frames")));
        QVERIFY(!text.contains(QStringLiteral("site-packages")));
        // Application frames are emphasised.
        QVERIFY(view->renderedHtml().contains(QStringLiteral("<b>convert</b>")));
        QVERIFY(!view->renderedHtml().contains(QStringLiteral("<b>__call__</b>")));
        emit view->anchorClicked(QUrl(QStringLiteral("unfold:0")));
        QVERIFY(
            view->toPlainText().contains(QStringLiteral("site-packages/starlette/routing.py:677")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("library frames")));
    }

    void framesLinkToCodeWhenMapped()
    {
        evidence::CodeSettings settings;
        settings.mappings.append(
            {QString(), evidence::CodeMapping::Kind::Path, QStringLiteral("/app/"), QString()});
        evidence::CodeRepo repo;
        repo.repo = QStringLiteral("acme/backend");
        settings.repos.insert(QString(), repo);
        EntryDialog dialog;
        dialog.setCodeSettings(settings);
        dialog.setEntryJson(entryWith(kPython));
        const QString html = dialog.stackView()->renderedHtml();
        QVERIFY2(html.contains(QStringLiteral(
                     "href=\"https://github.com/acme/backend/blob/main/pricing.py#L12\"")),
                 qPrintable(html));
        QVERIFY(html.contains(
            QStringLiteral("https://github.com/acme/backend/blob/main/routes/health.py#L609")));
        // Library frames are not linked into the application's repository.
        QVERIFY(!html.contains(QStringLiteral("starlette/routing.py#L")));
    }

    void otherLanguages_data()
    {
        QTest::addColumn<QString>("stack");
        QTest::addColumn<QString>("appFrame");
        QTest::addColumn<QString>("folded");
        QTest::newRow("java") << QStringLiteral(
                                     "java.lang.IllegalStateException: no cart\n"
                                     "\tat java.base/java.util.HashMap.get(HashMap.java:556)\n"
                                     "\tat com.acme.cart.CartService.add(CartService.java:42)")
                              << QStringLiteral("CartService.java:42")
                              << QStringLiteral("1 library frame");
        QTest::newRow("node")
            << QStringLiteral(
                   "TypeError: x is undefined\n"
                   "    at handler (/app/src/routes.js:12:7)\n"
                   "    at Layer.handle (/app/node_modules/express/lib/router/layer.js:95:5)\n"
                   "    at next (/app/node_modules/express/lib/router/route.js:149:13)")
            << QStringLiteral("/app/src/routes.js:12") << QStringLiteral("2 library frames");
        QTest::newRow("go") << QStringLiteral(
                                   "panic: runtime error: index out of range [5] with length 3\n\n"
                                   "goroutine 1 [running]:\n"
                                   "main.handler(0xc000123)\n\t/app/main.go:42 +0x1d\n"
                                   "net/http.HandlerFunc.ServeHTTP(0x1)\n\t/usr/local/go/src/net/"
                                   "http/server.go:2136 +0x2f")
                            << QStringLiteral("/app/main.go:42")
                            << QStringLiteral("1 library frame");
    }

    void otherLanguages()
    {
        QFETCH(QString, stack);
        QFETCH(QString, appFrame);
        QFETCH(QString, folded);
        EntryDialog dialog;
        dialog.setEntryJson(entryWith(stack));
        const QString text = dialog.stackView()->toPlainText();
        QVERIFY2(text.contains(appFrame), qPrintable(text));
        QVERIFY2(text.contains(folded), qPrintable(text));
    }

    void openTraceForAnEntryWithATrace()
    {
        QJsonObject e = QJsonDocument::fromJson(entryWith(QString())).object();
        e.insert(QStringLiteral("trace"),
                 QStringLiteral("projects/acme-prod/traces/4bf92f3577b34da6"));
        EntryDialog dialog;
        dialog.setEntryJson(QJsonDocument(e).toJson());
        QCOMPARE(dialog.traceUrl(), QStringLiteral("https://console.cloud.google.com/traces/"
                                                   "list?tid=4bf92f3577b34da6&project=acme-prod"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("openTrace"));
        QVERIFY(button && !button->isHidden());
        dialog.setEntryJson(entryWith(QString()));
        QVERIFY(dialog.traceUrl().isEmpty());
        QVERIFY(button->isHidden());
    }

    void noTraceNoStackView()
    {
        EntryDialog dialog;
        dialog.setEntryJson(entryWith(kPython));
        dialog.setEntryJson(entryWith(QString()));
        QVERIFY(dialog.stackView()->isHidden());
    }
};

QTEST_MAIN(TestEntryDialog)
#include "tst_entrydialog.moc"
