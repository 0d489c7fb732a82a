// Redaction findings in the editor: shown in place, explained in a tooltip, and posting (and
// approving) stays blocked until each is removed or allowed.
#include "editor/src/drafteditor.h"
#include "editor/src/draftreviewwidget.h"
#include "editor/src/findingspanel.h"
#include "editor/tests/sampledraft.h"
#include "editor/tests/typing.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace gardener;

namespace {

// A stand-in for the app's redaction scanner: AWS-style access key ids.
QVector<RedactionFinding> findKeys(const QString &body)
{
    QVector<RedactionFinding> out;
    static const QRegularExpression key(QStringLiteral("AKIA[0-9A-Z]{16}"));
    for (auto it = key.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedLength()), QStringLiteral("access-key"),
                    QStringLiteral("Looks like a cloud access key id.")});
    }
    return out;
}

const QString secret = QStringLiteral("AKIAABCDEFGHIJKLMNOP");

EditableDraft draftWithSecret()
{
    EditableDraft draft = sample::cloudRunDraft();
    draft.body.replace(QStringLiteral("- Service:"),
                       QStringLiteral("- Key: ") + secret + QStringLiteral("\n- Service:"));
    return draft;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findingBlocksPostingUntilAllowed();
    void findingsAreUnderlined();
    void findingsFollowEditsBeforeRescan();
    void allowSurvivesRescanButNewSecretBlocks();
    void removingTheSecretUnblocks();
    void newDraftForgetsAllowances();
    void tooltipExplainsFinding();
    void contextMenuAllows();
    void panelListsAndAllows();
};

void TestFindings::findingBlocksPostingUntilAllowed()
{
    DraftReviewWidget review;
    review.setFindingsProvider(findKeys);
    review.setDraft(draftWithSecret());
    QSignalSpy posted(&review, &DraftReviewWidget::postRequested);
    QSignalSpy approved(&review, &DraftReviewWidget::approveRequested);
    QSignalSpy canPost(&review, &DraftReviewWidget::canPostChanged);

    QVERIFY(!review.canPost());
    QCOMPARE(review.editor()->unallowedCount(), 1);
    QVERIFY(!review.post());
    QVERIFY(!review.approve());
    QCOMPARE(posted.count(), 0);
    QCOMPARE(approved.count(), 0);

    review.editor()->allowFinding(0);
    QVERIFY(review.canPost());
    QCOMPARE(canPost.count(), 1);
    QCOMPARE(canPost.last().at(0).toBool(), true);
    QVERIFY(review.post());
    QCOMPARE(posted.count(), 1);
    const EditableDraft sent = posted.at(0).at(0).value<EditableDraft>();
    QVERIFY(sent.body.contains(secret)); // allowed means posted as it is
    QCOMPARE(sent.id, draftWithSecret().id);
}

void TestFindings::findingsAreUnderlined()
{
    DraftEditor editor;
    editor.setPlainText(QStringLiteral("key ") + secret + QStringLiteral(" end"));
    editor.setFindingsProvider(findKeys);
    QList<QTextEdit::ExtraSelection> selections = editor.extraSelections();
    QCOMPARE(selections.size(), 1);
    QCOMPARE(selections[0].cursor.selectionStart(), 4);
    QCOMPARE(selections[0].cursor.selectedText(), secret);
    QCOMPARE(selections[0].format.underlineStyle(), QTextCharFormat::WaveUnderline);
    editor.allowFinding(0);
    selections = editor.extraSelections();
    QCOMPARE(selections.size(), 1);
    QVERIFY(selections[0].format.underlineStyle() != QTextCharFormat::WaveUnderline);
}

void TestFindings::findingsFollowEditsBeforeRescan()
{
    DraftEditor editor;
    editor.setRescanInterval(60000); // no automatic re-scan during this test
    editor.setPlainText(QStringLiteral("key ") + secret);
    editor.setFindings(findKeys(editor.toPlainText()));
    QCOMPARE(editor.findings().at(0).start, 4);
    editor.moveCursor(QTextCursor::Start);
    QTest::keyClicks(&editor, QStringLiteral("my "));
    QCOMPARE(editor.findings().at(0).start, 7);
    QCOMPARE(editor.findings().at(0).length, secret.size());
    QCOMPARE(editor.findingAt(8), 0);
    QCOMPARE(editor.findingAt(2), -1);
}

void TestFindings::allowSurvivesRescanButNewSecretBlocks()
{
    DraftEditor editor;
    editor.setRescanInterval(20);
    editor.setFindingsProvider(findKeys);
    editor.setPlainText(QStringLiteral("key ") + secret);
    editor.rescanNow();
    editor.allowFinding(0);
    QVERIFY(editor.canPost());

    QSignalSpy changed(&editor, &DraftEditor::findingsChanged);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral(" and more"));
    QVERIFY(changed.wait(2000)); // the debounced re-scan ran
    QCOMPARE(editor.findings().size(), 1);
    QVERIFY(editor.isAllowed(0));
    QVERIFY(editor.canPost());

    QSignalSpy blocked(&editor, &DraftEditor::canPostChanged);
    QTest::keyClicks(&editor, QStringLiteral(" AKIAZZZZZZZZZZZZZZZZ"));
    QVERIFY(blocked.wait(2000));
    QCOMPARE(blocked.last().at(0).toBool(), false);
    QCOMPARE(editor.findings().size(), 2);
    QCOMPARE(editor.unallowedCount(), 1);
}

void TestFindings::removingTheSecretUnblocks()
{
    DraftReviewWidget review;
    review.setFindingsProvider(findKeys);
    review.setDraft(draftWithSecret());
    QVERIFY(!review.canPost());
    // Select the key and type over it; post() re-scans at once, no waiting for the debounce.
    const RedactionFinding finding = review.editor()->findings().at(0);
    QTextCursor cursor = review.editor()->textCursor();
    cursor.setPosition(finding.start);
    cursor.setPosition(finding.start + finding.length, QTextCursor::KeepAnchor);
    review.editor()->setTextCursor(cursor);
    QTest::keyClicks(review.editor(), QStringLiteral("[redacted]"));
    QSignalSpy posted(&review, &DraftReviewWidget::postRequested);
    QVERIFY(review.post());
    QCOMPARE(posted.count(), 1);
    QVERIFY(!posted.at(0).at(0).value<EditableDraft>().body.contains(secret));
}

void TestFindings::newDraftForgetsAllowances()
{
    DraftReviewWidget review;
    review.setFindingsProvider(findKeys);
    review.setDraft(draftWithSecret());
    review.editor()->allowFinding(0);
    QVERIFY(review.canPost());
    review.setDraft(draftWithSecret());
    QVERIFY2(!review.canPost(), "an allowance from the previous draft leaked into the next");

    // Findings pushed by the app (no provider) belong to the draft they were computed for.
    DraftReviewWidget pushed;
    pushed.setDraft(draftWithSecret());
    pushed.setFindings(findKeys(pushed.editor()->toPlainText()));
    QVERIFY(!pushed.canPost());
    pushed.setDraft(sample::cloudRunDraft());
    QVERIFY(pushed.editor()->findings().isEmpty());
    QVERIFY(pushed.canPost());
}

void TestFindings::tooltipExplainsFinding()
{
    DraftEditor editor;
    editor.resize(600, 200);
    editor.setPlainText(QStringLiteral("key ") + secret);
    editor.setFindingsProvider(findKeys);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTextCursor cursor(editor.document());
    cursor.setPosition(8);
    const QPoint inViewport = editor.cursorRect(cursor).center();
    // Sent where the mouse is, the viewport; it has no tooltip, so Qt passes it to the editor.
    QHelpEvent help(QEvent::ToolTip, inViewport, editor.viewport()->mapToGlobal(inViewport));
    QApplication::sendEvent(editor.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("access-key")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Looks like a cloud access key id.")));
    QToolTip::hideText();
}

void TestFindings::contextMenuAllows()
{
    DraftEditor editor;
    editor.resize(600, 200);
    editor.setPlainText(QStringLiteral("key ") + secret);
    editor.setFindingsProvider(findKeys);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTextCursor cursor(editor.document());
    cursor.setPosition(8);
    const QPoint pos = editor.cursorRect(cursor).center();

    QString seen;
    QTimer::singleShot(0, &editor, [&seen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->text().startsWith(QStringLiteral("Allow"))) {
                seen = action->text();
                action->trigger();
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, editor.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(editor.viewport(), &event);
    QCOMPARE(seen, QStringLiteral("Allow this access-key"));
    QVERIFY(editor.isAllowed(0));
    QVERIFY(editor.canPost());
}

void TestFindings::panelListsAndAllows()
{
    DraftReviewWidget review;
    review.setFindingsProvider(findKeys);
    review.setDraft(draftWithSecret());
    QListWidget *list = review.findingsPanel()->list();
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(secret));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("access-key")));
    list->setCurrentRow(0);
    QVERIFY(review.findingsPanel()->allowSelected());
    QVERIFY(review.canPost());
    QVERIFY(list->item(0)->text().contains(QStringLiteral("allowed")));
    QVERIFY(!review.findingsPanel()->allowSelected()); // already allowed
}

QTEST_MAIN(TestFindings)
#include "tst_editor_findings.moc"
