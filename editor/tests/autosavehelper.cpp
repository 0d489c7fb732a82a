// Test helper: types text into a DraftReviewWidget with autosave on, reports on stdout, then
// keeps running (still typing in --endless mode) until the test kills it with SIGKILL.
// Usage: editor_autosave_helper <path> <text> [--endless]
#include "editor/src/draftautosaver.h"
#include "editor/src/drafteditor.h"
#include "editor/src/draftreviewwidget.h"
#include "editor/tests/typing.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: editor_autosave_helper <path> <text> [--endless]\n");
        return 2;
    }
    gardener::DraftReviewWidget widget;
    gardener::EditableDraft draft;
    draft.id = QStringLiteral("helper");
    draft.title = QStringLiteral("Typed by the helper");
    widget.setDraft(draft);
    widget.setAutosavePath(args.at(1));
    widget.resize(800, 600);
    widget.show();
    widget.editor()->setFocus();

    if (args.contains(QStringLiteral("--endless"))) {
        // Types one character every few milliseconds for ever; the test kills it mid-stream.
        auto *timer = new QTimer(&app);
        int n = 0;
        QObject::connect(timer, &QTimer::timeout, &app, [&widget, &n] {
            QTest::keyClicks(widget.editor(), QString::number(n++ % 10));
            if (n == 50) {
                std::printf("typing\n");
                std::fflush(stdout);
            }
        });
        timer->start(2);
    } else {
        gardener::testing::typeText(widget.editor(), args.at(2));
        std::printf("typed\n");
        std::fflush(stdout);
    }
    return app.exec();
}
