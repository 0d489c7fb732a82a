// The review widget as a user drives it: shortcuts for approve, post and next draft, undo and
// redo, find and replace, and label completion.
#include "editor/src/drafteditor.h"
#include "editor/src/draftreviewwidget.h"
#include "editor/src/findbar.h"
#include "editor/src/labelsedit.h"
#include "editor/tests/sampledraft.h"
#include "editor/tests/typing.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace gardener;

class TestReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortcuts();
    void undoRedo();
    void findAndReplace();
    void labelCompletion();
    void editedOnceAndDraftRoundTrip();
};

void TestReview::shortcuts()
{
    DraftReviewWidget review;
    review.setDraft(sample::cloudRunDraft());
    review.resize(900, 600);
    review.show();
    review.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&review));
    review.editor()->setFocus();

    QSignalSpy approved(&review, &DraftReviewWidget::approveRequested);
    QSignalSpy posted(&review, &DraftReviewWidget::postRequested);
    QSignalSpy next(&review, &DraftReviewWidget::nextDraftRequested);
    QSignalSpy previous(&review, &DraftReviewWidget::previousDraftRequested);
    const QString before = review.editor()->toPlainText();

    QTest::keyClick(review.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(approved.count(), 1);
    QTest::keyClick(review.editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(posted.count(), 1);
    QCOMPARE(approved.count(), 1);
    QTest::keyClick(review.editor(), Qt::Key_PageDown, Qt::ControlModifier);
    QTest::keyClick(review.editor(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(next.count(), 2);
    QTest::keyClick(review.editor(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(previous.count(), 1);
    // None of the shortcuts typed into the text.
    QCOMPARE(review.editor()->toPlainText(), before);
    // They also work from the title field.
    QTest::keyClick(review.titleEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(approved.count(), 2);

    QTest::keyClick(review.editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(review.findBar()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!review.findBar()->isVisible());
    QCOMPARE(QApplication::focusWidget(), review.editor());
}

void TestReview::undoRedo()
{
    DraftReviewWidget review;
    review.setDraft(sample::cloudRunDraft());
    const QString original = review.editor()->toPlainText();
    review.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(review.editor(), QStringLiteral("xyz"));
    QCOMPARE(review.editor()->toPlainText(), original + QStringLiteral("xyz"));
    QTest::keyClick(review.editor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(review.editor()->toPlainText(), original);
    QTest::keyClick(review.editor(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(review.editor()->toPlainText(), original + QStringLiteral("xyz"));
    // Loading a draft starts a fresh history: undo cannot bring back the previous draft.
    EditableDraft other = sample::cloudRunDraft();
    other.body = QStringLiteral("other");
    review.setDraft(other);
    QVERIFY(!review.editor()->document()->isUndoAvailable());
}

void TestReview::findAndReplace()
{
    DraftReviewWidget review;
    review.setDraft(sample::cloudRunDraft());
    FindBar *bar = review.findBar();
    DraftEditor *editor = review.editor();
    bar->openFind();
    bar->setSearchText(QStringLiteral("checkout-api"));
    QVERIFY(bar->findNext());
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("checkout-api"));
    const int first = editor->textCursor().selectionStart();
    QVERIFY(bar->findNext());
    QVERIFY(editor->textCursor().selectionStart() > first);
    QVERIFY(bar->findPrevious());
    QCOMPARE(editor->textCursor().selectionStart(), first);

    bar->setSearchText(QStringLiteral("no such text"));
    QVERIFY(!bar->findNext());

    const QString original = editor->toPlainText();
    const int expected = int(original.count(QStringLiteral("checkout-api")));
    QVERIFY(expected >= 3);
    bar->openReplace();
    bar->setSearchText(QStringLiteral("checkout-api"));
    bar->setReplaceText(QStringLiteral("cart-api"));
    QCOMPARE(bar->replaceAll(), expected);
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("checkout-api")));
    QCOMPARE(int(editor->toPlainText().count(QStringLiteral("cart-api"))), expected);
    // One undo step reverts every replacement.
    editor->undo();
    QCOMPARE(editor->toPlainText(), original);

    // Case sensitivity.
    bar->setSearchText(QStringLiteral("WHAT HAPPENS"));
    bar->setCaseSensitive(true);
    QVERIFY(!bar->findNext());
    bar->setCaseSensitive(false);
    QVERIFY(bar->findNext());
}

void TestReview::labelCompletion()
{
    DraftReviewWidget review;
    review.setAvailableLabels(QStringList{QStringLiteral("bug"), QStringLiteral("cloud-run"),
                                          QStringLiteral("payments"),
                                          QStringLiteral("performance")});
    EditableDraft draft = sample::cloudRunDraft();
    draft.labels = QStringList{QStringLiteral("bug")};
    review.setDraft(draft);
    review.resize(900, 600);
    review.show();
    review.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&review));

    LabelsEdit *labels = review.labelsEdit();
    QSignalSpy changed(labels, &LabelsEdit::labelsChanged);
    labels->setFocus();
    labels->setCursorPosition(int(labels->text().size()));
    QTest::keyClicks(labels, QStringLiteral(", pa"));
    QCompleter *completer = labels->labelCompleter();
    QCOMPARE(completer->completionPrefix(), QStringLiteral("pa"));
    QCOMPARE(completer->completionCount(),
             1); // "payments"; "bug" is present, "performance" has no "pa"
    QTRY_VERIFY(completer->popup()->isVisible());
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(labels->labels(), QStringList({QStringLiteral("bug"), QStringLiteral("payments")}));
    QCOMPARE(labels->text(), QStringLiteral("bug, payments, "));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(review.draft().labels,
             QStringList({QStringLiteral("bug"), QStringLiteral("payments")}));

    // Already chosen labels are not offered again.
    QTest::keyClicks(labels, QStringLiteral("p"));
    QCOMPARE(completer->completionPrefix(), QStringLiteral("p"));
    QCOMPARE(completer->completionCount(), 1); // "performance" only
    QCOMPARE(LabelsEdit::parse(QStringLiteral(" a, ,b ,a")),
             QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

void TestReview::editedOnceAndDraftRoundTrip()
{
    DraftReviewWidget review;
    QSignalSpy edited(&review, &DraftReviewWidget::edited);
    const EditableDraft draft = sample::cloudRunDraft();
    review.setDraft(draft);
    QCOMPARE(edited.count(), 0); // loading is not editing
    QCOMPARE(review.draft(), draft);
    QVERIFY(!review.isEdited());
    QTest::keyClicks(review.editor(), QStringLiteral("a"));
    QTest::keyClicks(review.titleEdit(), QStringLiteral("b"));
    QCOMPARE(edited.count(), 1);
    QVERIFY(review.isEdited());

    EditableDraft back;
    QString error;
    QVERIFY2(draftFromJson(draftToJson(review.draft()), &back, &error), qPrintable(error));
    QCOMPARE(back, review.draft());
}

QTEST_MAIN(TestReview)
#include "tst_editor_review.moc"
