// Autosave: the draft is written (atomically, debounced) while the user types, so killing the
// process with SIGKILL leaves the last draft on disk. The typing happens in a helper process.
#include "editor/src/draftautosaver.h"
#include "editor/src/drafteditor.h"
#include "editor/src/draftreviewwidget.h"
#include "editor/tests/sampledraft.h"
#include "editor/tests/typing.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Body of the saved draft, or a marker that says why there is none.
QString savedBody(const QString &path)
{
    EditableDraft draft;
    QString error;
    if (!draftFromJson(readAll(path), &draft, &error))
        return QStringLiteral("<no draft: %1>").arg(error);
    return draft.body;
}

bool startHelper(QProcess &helper, const QStringList &args, const QByteArray &readyLine)
{
    helper.setProgram(QStringLiteral(EDITOR_AUTOSAVE_HELPER));
    helper.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    helper.setProcessEnvironment(env);
    helper.start();
    if (!helper.waitForStarted(10000))
        return false;
    while (!helper.canReadLine()) {
        if (!helper.waitForReadyRead(20000))
            return false;
    }
    return helper.readLine().trimmed() == readyLine;
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killAfterTypingKeepsLastDraft();
    void killDuringTypingLeavesCompleteFile();
    void savesAreDebounced();
    void continuousTypingStillSaves();
    void failureIsReported();
    void restoreRoundTrip();
    void malformedFileIsAnError();
};

void TestAutosave::killAfterTypingKeepsLastDraft()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("draft.json"));
    const QString typed =
        QStringLiteral("## Crash test\nThe payments backend timed out after 30 s.\nLast line");
    QProcess helper;
    QVERIFY2(startHelper(helper, {path, typed}, "typed"),
             qPrintable(QString::fromUtf8(helper.readAllStandardError())));
    // The helper idles in its event loop now; the autosave (300 ms debounce) must write on its own.
    QTRY_COMPARE_WITH_TIMEOUT(savedBody(path), typed, 10000);
    helper.kill(); // SIGKILL: no destructors, no flush
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    QCOMPARE(savedBody(path), typed);
    EditableDraft saved;
    QVERIFY(draftFromJson(readAll(path), &saved, nullptr));
    QCOMPARE(saved.title, QStringLiteral("Typed by the helper"));
}

void TestAutosave::killDuringTypingLeavesCompleteFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("draft.json"));
    QProcess helper;
    QVERIFY2(startHelper(helper, {path, QString(), QStringLiteral("--endless")}, "typing"),
             qPrintable(QString::fromUtf8(helper.readAllStandardError())));
    // Wait until at least one save landed while typing never stops (maxDelay bounds the debounce).
    QTRY_VERIFY_WITH_TIMEOUT(
        !savedBody(path).startsWith(QLatin1Char('<')) && savedBody(path).size() >= 10, 15000);
    helper.kill();
    QVERIFY(helper.waitForFinished(10000));
    // Whatever moment the kill hit, the file is one whole draft (QSaveFile renames into place).
    const QString body = savedBody(path);
    QVERIFY2(!body.startsWith(QLatin1Char('<')), qPrintable(body));
    for (int i = 0; i < body.size(); ++i)
        QCOMPARE(body.at(i), QChar(QLatin1Char(char('0' + i % 10))));
}

void TestAutosave::savesAreDebounced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.json"));
    DraftReviewWidget review;
    review.setDraft(sample::cloudRunDraft());
    review.setAutosavePath(path);
    review.autosaver()->setInterval(100);
    QSignalSpy saved(review.autosaver(), &DraftAutosaver::saved);
    QTest::keyClicks(review.editor(), QStringLiteral("abc"));
    QCOMPARE(saved.count(), 0); // not per keystroke
    QVERIFY(saved.wait(3000));
    QCOMPARE(saved.count(), 1); // three keystrokes, one write
    QVERIFY(savedBody(path).startsWith(QStringLiteral("abc## What happens")));
    // Title and labels are part of the saved draft too.
    review.titleEdit()->setText(QStringLiteral("New title"));
    QVERIFY(saved.wait(3000));
    EditableDraft draft;
    QVERIFY(draftFromJson(readAll(path), &draft, nullptr));
    QCOMPARE(draft.title, QStringLiteral("New title"));
    QCOMPARE(draft.generatedBody, sample::cloudRunDraft().generatedBody);
}

void TestAutosave::continuousTypingStillSaves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.json"));
    int writes = 0;
    DraftAutosaver saver([&writes] { return QByteArray::number(++writes); });
    saver.setPath(path);
    saver.setInterval(100);
    saver.setMaxDelay(300);
    QSignalSpy saved(&saver, &DraftAutosaver::saved);
    QElapsedTimer clock;
    clock.start();
    // A change every 20 ms never leaves a 100 ms pause, yet the 300 ms cap forces writes.
    while (clock.elapsed() < 1000) {
        saver.schedule();
        QTest::qWait(20);
    }
    QVERIFY2(saved.count() >= 2, qPrintable(QString::number(saved.count())));
}

void TestAutosave::failureIsReported()
{
    QTemporaryDir dir;
    DraftAutosaver saver([] { return QByteArray("x"); });
    const QString path = dir.filePath(QStringLiteral("missing-folder/d.json"));
    saver.setPath(path);
    QSignalSpy failed(&saver, &DraftAutosaver::saveFailed);
    QVERIFY(!saver.saveNow());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(path));
}

void TestAutosave::restoreRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.json"));
    EditableDraft draft = sample::cloudRunDraft();
    draft.body += QStringLiteral("\nEdited line");
    {
        DraftReviewWidget review;
        review.setDraft(draft);
        review.setAutosavePath(path);
        review.titleEdit()->setText(QStringLiteral("Edited title"));
        // Destroying the widget flushes the pending save.
    }
    DraftReviewWidget restored;
    QString error;
    QVERIFY2(restored.restoreAutosave(path, &error), qPrintable(error));
    const EditableDraft back = restored.draft();
    QCOMPARE(back.title, QStringLiteral("Edited title"));
    QCOMPARE(back.body, draft.body);
    QCOMPARE(back.labels, draft.labels);
    QCOMPARE(back.generatedBody, draft.generatedBody);
    QVERIFY(restored.isEdited());
}

void TestAutosave::malformedFileIsAnError()
{
    EditableDraft out;
    QString error;
    QVERIFY(!draftFromJson(QByteArray("{\"body\": \"x\""), &out, &error));
    QVERIFY2(error.contains(QStringLiteral("byte")), qPrintable(error));
    QVERIFY(!draftFromJson(QByteArray("[]"), &out, &error));
    QVERIFY(!draftFromJson(QByteArray("{\"title\": \"no body\"}"), &out, &error));
    QVERIFY(error.contains(QStringLiteral("body")));

    QTemporaryDir dir;
    DraftReviewWidget review;
    QVERIFY(!review.restoreAutosave(dir.filePath(QStringLiteral("none.json")), &error));
    QVERIFY(error.contains(QStringLiteral("none.json")));
}

QTEST_MAIN(TestAutosave)
#include "tst_editor_autosave.moc"
