#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace gardener {

// Markdown highlighting for builds without KSyntaxHighlighting (Qt 6 on Debian 12): headings,
// emphasis and strong, inline code, block quotes, links, code fences, and JSON keys, strings,
// numbers and literals inside ```json fences. The fence state is carried from block to block
// in QTextBlock::userState, so editing one line re-highlights only as far as the state changes.
class FallbackMarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit FallbackMarkdownHighlighter(QTextDocument *document, bool dark = false);

    // Picks colours readable on a dark (true) or light (false) base colour and re-highlights.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

protected:
    void highlightBlock(const QString &text) override;

private:
    // Block states: bit 0-1 the fence kind, bit 2 set when the fence uses ~~~ instead of ```.
    enum State
    {
        Normal = 0,
        InCode = 1,
        InJson = 2,
        TildeFence = 4
    };

    void buildFormats();
    void highlightInline(const QString &text);
    void highlightJson(const QString &text, int from);

    bool m_dark = false;
    QTextCharFormat m_heading;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_inlineCode;
    QTextCharFormat m_fence;
    QTextCharFormat m_code;
    QTextCharFormat m_quote;
    QTextCharFormat m_link;
    QTextCharFormat m_listMarker;
    QTextCharFormat m_jsonKey;
    QTextCharFormat m_jsonString;
    QTextCharFormat m_jsonNumber;
    QTextCharFormat m_jsonLiteral;
};

} // namespace gardener
