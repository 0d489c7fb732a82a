// The rendered preview: headings keep their level, fenced code becomes a code block with its
// language, updates are debounced, and the review widget keeps it in step with the editor.
#include "editor/src/drafteditor.h"
#include "editor/src/draftreviewwidget.h"
#include "editor/src/markdownpreview.h"
#include "editor/tests/sampledraft.h"
#include "editor/tests/typing.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace gardener;

namespace {

QTextBlock findBlock(QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        if (block.text().contains(text))
            return block;
    return QTextBlock();
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersHeadingsAndCodeBlocks();
    void updatesAreDebounced();
    void reviewWidgetFollowsTyping();
    void scrollFollowsEditor();
};

void TestPreview::rendersHeadingsAndCodeBlocks()
{
    MarkdownPreview preview;
    preview.setMarkdownSource(sample::cloudRunDraft().body);
    preview.renderNow();
    QTextDocument *doc = preview.document();

    const QTextBlock h2 = findBlock(doc, QStringLiteral("What happens"));
    QVERIFY(h2.isValid());
    QCOMPARE(h2.blockFormat().headingLevel(), 2);
    QCOMPARE(h2.text(), QStringLiteral("What happens")); // the "## " is markup, not text

    const QTextBlock code = findBlock(doc, QStringLiteral("\"severity\": \"ERROR\""));
    QVERIFY2(code.isValid(), "the JSON sample is missing from the preview");
    const QTextBlockFormat codeFormat = code.blockFormat();
    QVERIFY2(codeFormat.hasProperty(QTextFormat::BlockCodeFence),
             "fenced code is not a code block");
    QCOMPARE(codeFormat.stringProperty(QTextFormat::BlockCodeLanguage), QStringLiteral("json"));
    QVERIFY2(codeFormat.background().style() != Qt::NoBrush, "code block has no background tint");
    QVERIFY(code.charFormat().fontFixedPitch() ||
            code.begin().fragment().charFormat().fontFixedPitch());
    QCOMPARE(code.blockFormat().headingLevel(), 0);

    // Inline code spans get the monospace family and a tint, like code blocks.
    const QTextBlock revision = findBlock(doc, QStringLiteral("checkout-api-00042-xaz"));
    bool inlineCodeTinted = false;
    for (auto it = revision.begin(); !it.atEnd(); ++it) {
        if (it.fragment().text() == QStringLiteral("checkout-api-00042-xaz"))
            inlineCodeTinted = it.fragment().charFormat().background().style() != Qt::NoBrush;
        else if (it.fragment().text().contains(QStringLiteral("Since")))
            QCOMPARE(it.fragment().charFormat().background().style(), Qt::NoBrush);
    }
    QVERIFY(inlineCodeTinted);

    // Emphasis is rendered, not shown as stars.
    const QTextBlock para = findBlock(doc, QStringLiteral("Bad Gateway"));
    QVERIFY(para.isValid());
    QVERIFY(!para.text().contains(QLatin1Char('*')));
    bool italic = false;
    bool bold = false;
    for (auto it = para.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.text().contains(QStringLiteral("Bad Gateway")))
            italic = fragment.charFormat().fontItalic();
        if (fragment.text().contains(QStringLiteral("1,284")))
            bold = fragment.charFormat().fontWeight() > QFont::Normal;
    }
    QVERIFY(italic);
    QVERIFY(bold);
}

void TestPreview::updatesAreDebounced()
{
    MarkdownPreview preview;
    preview.setDebounceInterval(50);
    QSignalSpy rendered(&preview, &MarkdownPreview::rendered);
    preview.setMarkdownSource(QStringLiteral("# One"));
    preview.setMarkdownSource(QStringLiteral("# Two"));
    preview.setMarkdownSource(QStringLiteral("# Three"));
    QCOMPARE(rendered.count(), 0); // nothing yet: typing is not interrupted by rendering
    QVERIFY(rendered.wait(2000));
    QCOMPARE(rendered.count(), 1); // three changes, one render
    QCOMPARE(preview.document()->begin().text(), QStringLiteral("Three"));
    QCOMPARE(preview.document()->begin().blockFormat().headingLevel(), 1);
}

void TestPreview::reviewWidgetFollowsTyping()
{
    DraftReviewWidget review;
    EditableDraft draft = sample::cloudRunDraft();
    review.setDraft(draft);
    // setDraft renders at once.
    QVERIFY(findBlock(review.preview()->document(), QStringLiteral("Next steps")).isValid());

    review.editor()->moveCursor(QTextCursor::End);
    gardener::testing::typeText(review.editor(), QStringLiteral("\n### Added by hand\n"));
    QSignalSpy rendered(review.preview(), &MarkdownPreview::rendered);
    QVERIFY(rendered.wait(3000));
    const QTextBlock added =
        findBlock(review.preview()->document(), QStringLiteral("Added by hand"));
    QVERIFY(added.isValid());
    QCOMPARE(added.blockFormat().headingLevel(), 3);
}

void TestPreview::scrollFollowsEditor()
{
    DraftReviewWidget review;
    EditableDraft draft = sample::cloudRunDraft();
    for (int i = 0; i < 8; ++i)
        draft.body += QStringLiteral("\n## Section %1\n\nSome text for section %1.\n").arg(i);
    review.setDraft(draft);
    review.resize(900, 400);
    review.show();
    QVERIFY(QTest::qWaitForWindowExposed(&review));
    QScrollBar *editorBar = review.editor()->verticalScrollBar();
    QScrollBar *previewBar = review.preview()->verticalScrollBar();
    QVERIFY(editorBar->maximum() > 0);
    QVERIFY(previewBar->maximum() > 0);

    editorBar->setValue(editorBar->maximum());
    QCOMPARE(previewBar->value(), previewBar->maximum());
    editorBar->setValue(editorBar->maximum() / 2);
    const double fraction = double(previewBar->value()) / previewBar->maximum();
    QVERIFY2(fraction > 0.3 && fraction < 0.7, qPrintable(QString::number(fraction)));
    editorBar->setValue(0);
    QCOMPARE(previewBar->value(), 0);
}

QTEST_MAIN(TestPreview)
#include "tst_editor_preview.moc"
