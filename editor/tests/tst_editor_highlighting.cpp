// Highlighting: distinct formats for headings, emphasis, code fences and JSON inside ```json
// fences, read from each block's QTextLayout formats (what the highlighter applied), for the
// build's automatic engine (KSyntaxHighlighting with Qt 5 + KF5) and for the fallback.
#include "editor/src/drafteditor.h"
#include "editor/src/fallbackhighlighter.h"
#include "editor/src/highlighting.h"

#include <QPlainTextDocumentLayout>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace gardener;

namespace {

const char *const sampleText = "# Heading one\n"                                    // 0
                               "\n"                                                 // 1
                               "Some *emphasis* and **strong** text with `code`.\n" // 2
                               "\n"                                                 // 3
                               "```json\n"                                          // 4
                               "{\"key\": \"value\", \"n\": 42}\n"                  // 5
                               "```\n"                                              // 6
                               "plain line\n";                                      // 7

QTextCharFormat formatAt(QTextDocument *document, int blockNumber, int column)
{
    const QTextBlock block = document->findBlockByNumber(blockNumber);
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats)
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    return QTextCharFormat();
}

void settle()
{
    QCoreApplication::processEvents();
}

int columnOf(QTextDocument *document, int blockNumber, const char *needle)
{
    return int(document->findBlockByNumber(blockNumber).text().indexOf(QLatin1String(needle)));
}

} // namespace

class TestHighlighting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void automaticEngineMatchesBuild();
    void distinctFormats_data();
    void distinctFormats();
    void fallbackEmphasisAndHeadingStyles();
    void fallbackFenceStateFollowsEdits();
    void fallbackTildeFenceAndOtherLanguages();
    void darkPaletteChangesColours_data();
    void darkPaletteChangesColours();
};

void TestHighlighting::automaticEngineMatchesBuild()
{
    DraftEditor editor;
    QVERIFY(editor.highlighter());
    const QString expected = highlighting::kSyntaxHighlightingAvailable()
                                 ? QStringLiteral("KSyntaxHighlighting")
                                 : QStringLiteral("fallback");
    QCOMPARE(highlighting::engineName(editor.highlighter()), expected);
#if QT_VERSION_MAJOR == 5
    // The Qt 5 build is the one that really compiles and exercises KSyntaxHighlighting.
    QVERIFY2(highlighting::kSyntaxHighlightingAvailable(),
             "the Qt 5 build must link KF5SyntaxHighlighting");
#endif
    editor.setHighlightingEngine(highlighting::Engine::Fallback);
    QCOMPARE(highlighting::engineName(editor.highlighter()), QStringLiteral("fallback"));
    QVERIFY(qobject_cast<FallbackMarkdownHighlighter *>(editor.highlighter()));
}

void TestHighlighting::distinctFormats_data()
{
    QTest::addColumn<bool>("fallback");
    QTest::newRow(highlighting::kSyntaxHighlightingAvailable() ? "automatic (KSyntaxHighlighting)"
                                                               : "automatic (fallback)")
        << false;
    QTest::newRow("fallback") << true;
}

void TestHighlighting::distinctFormats()
{
    QFETCH(bool, fallback);
    DraftEditor editor;
    if (fallback)
        editor.setHighlightingEngine(highlighting::Engine::Fallback);
    editor.setPlainText(QString::fromUtf8(sampleText));
    settle();
    QTextDocument *doc = editor.document();

    const QTextCharFormat heading = formatAt(doc, 0, 4);
    const QTextCharFormat emphasis = formatAt(doc, 2, columnOf(doc, 2, "emphasis") + 2);
    const QTextCharFormat strong = formatAt(doc, 2, columnOf(doc, 2, "strong") + 2);
    const QTextCharFormat fence = formatAt(doc, 4, 1);
    const QTextCharFormat key = formatAt(doc, 5, columnOf(doc, 5, "key"));
    const QTextCharFormat string = formatAt(doc, 5, columnOf(doc, 5, "value"));
    const QTextCharFormat number = formatAt(doc, 5, columnOf(doc, 5, "42"));
    const QTextCharFormat plain = formatAt(doc, 7, 3);
    const QTextCharFormat someText = formatAt(doc, 2, 1);

    QVERIFY2(heading != plain, "heading looks like plain text");
    QVERIFY2(emphasis != someText, "emphasis looks like the text around it");
    QVERIFY2(strong != someText, "strong looks like the text around it");
    QVERIFY2(emphasis != strong, "emphasis and strong look the same");
    QVERIFY2(fence != plain, "code fence looks like plain text");
    QVERIFY2(key != plain, "JSON key looks like plain text");
    QVERIFY2(string != plain, "JSON string looks like plain text");
    QVERIFY2(key != string, "JSON key and JSON string look the same");
    QVERIFY2(number != string, "JSON number and JSON string look the same");
    QVERIFY(emphasis.fontItalic());
    QVERIFY(strong.fontWeight() > QFont::Normal);
    // Text after the closing fence is Markdown again, not JSON.
    QCOMPARE(formatAt(doc, 7, 3), plain);
    QVERIFY(plain != key);
}

void TestHighlighting::fallbackEmphasisAndHeadingStyles()
{
    QTextDocument doc;
    // Like in the editor: without a document layout QTextDocument emits no contentsChange.
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    auto *highlighter = new FallbackMarkdownHighlighter(&doc);
    doc.setPlainText(
        QStringLiteral("## Title\nnot *a*b and snake_case_name and **x *y* z**\n`a *b* c`"));
    settle(); // QSyntaxHighlighter ignores edits until its first, queued, full pass
    Q_UNUSED(highlighter)
    QVERIFY(formatAt(&doc, 0, 3).fontWeight() > QFont::Normal);
    QVERIFY(formatAt(&doc, 0, 3).foreground().style() != Qt::NoBrush);
    // "*a*b": stars may emphasise inside a word (CommonMark), underscores may not.
    QVERIFY(formatAt(&doc, 1, 5).fontItalic());
    QVERIFY(!formatAt(&doc, 1, 7).fontItalic());
    // Underscores inside identifiers are not emphasis.
    QVERIFY(!formatAt(&doc, 1, columnOf(&doc, 1, "case")).fontItalic());
    // Emphasis nested in strong keeps both.
    const QTextCharFormat nested = formatAt(&doc, 1, columnOf(&doc, 1, "y*"));
    QVERIFY(nested.fontItalic());
    QVERIFY(nested.fontWeight() > QFont::Normal);
    // Inside a code span nothing is emphasis.
    QVERIFY(!formatAt(&doc, 2, 4).fontItalic());
}

void TestHighlighting::fallbackFenceStateFollowsEdits()
{
    QTextDocument doc;
    // Like in the editor: without a document layout QTextDocument emits no contentsChange.
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    auto *highlighter = new FallbackMarkdownHighlighter(&doc);
    doc.setPlainText(QStringLiteral("text\n```json\n{\"a\": \"b\"}\n```\n{\"a\": \"b\"}"));
    settle(); // QSyntaxHighlighter ignores edits until its first, queued, full pass
    Q_UNUSED(highlighter)
    const QTextCharFormat inside = formatAt(&doc, 2, 1);
    QVERIFY2(inside != formatAt(&doc, 4, 1), "JSON after the closing fence is still highlighted");

    // Removing the opening fence line: the later blocks must be re-highlighted as Markdown.
    QTextCursor cursor(doc.findBlockByNumber(1));
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.removeSelectedText();
    QCOMPARE(doc.findBlockByNumber(1).text(), QStringLiteral("{\"a\": \"b\"}"));
    QVERIFY2(formatAt(&doc, 1, 1) != inside, "state was not carried to the next blocks");

    // Adding it back restores JSON highlighting below.
    cursor.setPosition(doc.findBlockByNumber(1).position());
    cursor.insertText(QStringLiteral("```json\n"));
    QCOMPARE(formatAt(&doc, 2, 1), inside);
}

void TestHighlighting::fallbackTildeFenceAndOtherLanguages()
{
    QTextDocument doc;
    // Like in the editor: without a document layout QTextDocument emits no contentsChange.
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    auto *highlighter = new FallbackMarkdownHighlighter(&doc);
    doc.setPlainText(
        QStringLiteral("~~~json\n{\"k\": 1}\n```\n{\"k\": 1}\n~~~\n```python\n{\"k\": 1}\n```\n"));
    settle(); // QSyntaxHighlighter ignores edits until its first, queued, full pass
    Q_UNUSED(highlighter)
    const QTextCharFormat key = formatAt(&doc, 1, 1);
    // A ``` line does not close a ~~~ fence: line 3 is still JSON.
    QCOMPARE(formatAt(&doc, 3, 1), key);
    // A python fence is code, but its braces and quotes are not JSON keys.
    QVERIFY(formatAt(&doc, 6, 1) != key);
    QVERIFY(formatAt(&doc, 6, 1) != QTextCharFormat());
}

void TestHighlighting::darkPaletteChangesColours_data()
{
    distinctFormats_data();
}

void TestHighlighting::darkPaletteChangesColours()
{
    QFETCH(bool, fallback);
    DraftEditor editor;
    if (fallback)
        editor.setHighlightingEngine(highlighting::Engine::Fallback);
    editor.setPlainText(QString::fromUtf8(sampleText));
    settle();
    const QColor lightHeading = formatAt(editor.document(), 0, 4).foreground().color();

    QPalette dark = editor.palette();
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe5, 0xe7, 0xeb));
    editor.setPalette(dark);
    QVERIFY(highlighting::isDark(editor.palette()));
    const QColor darkHeading = formatAt(editor.document(), 0, 4).foreground().color();
    QVERIFY2(darkHeading != lightHeading, "the dark palette did not switch the highlighting theme");
    QVERIFY(darkHeading.lightness() > lightHeading.lightness());
}

QTEST_MAIN(TestHighlighting)
#include "tst_editor_highlighting.moc"
