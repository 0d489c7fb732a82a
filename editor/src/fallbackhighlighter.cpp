#include "editor/src/fallbackhighlighter.h"

#include "editor/src/highlighting.h"

#include <QFontDatabase>
#include <QRegularExpression>

namespace gardener {

namespace {

QTextCharFormat coloured(const QColor &colour)
{
    QTextCharFormat format;
    format.setForeground(colour);
    return format;
}

// A fence opens or closes with three or more backticks or tildes, indented at most 3 spaces.
struct Fence
{
    bool isFence = false;
    bool tilde = false;
    QString info; // the language word after an opening fence, lower-case
};

Fence parseFence(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*)"));
    const QRegularExpressionMatch match = pattern.match(text);
    Fence fence;
    if (!match.hasMatch())
        return fence;
    fence.isFence = true;
    fence.tilde = match.captured(1).startsWith(QLatin1Char('~'));
    fence.info = match.captured(2).toLower();
    return fence;
}

} // namespace

FallbackMarkdownHighlighter::FallbackMarkdownHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document), m_dark(dark)
{
    buildFormats();
}

void FallbackMarkdownHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    buildFormats();
    rehighlight();
}

void FallbackMarkdownHighlighter::buildFormats()
{
    // Two hand-picked palettes with enough contrast on white and on a near-black base.
    const bool d = m_dark;
    m_heading = coloured(d ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1d, 0x4e, 0xd8));
    m_heading.setFontWeight(QFont::Bold);
    m_emphasis = QTextCharFormat();
    m_emphasis.setFontItalic(true);
    m_strong = QTextCharFormat();
    m_strong.setFontWeight(QFont::Bold);
    const QFont mono = highlighting::monospaceFont();
    m_inlineCode = coloured(d ? QColor(0xf4, 0x9b, 0x6b) : QColor(0xb3, 0x3a, 0x0f));
    m_inlineCode.setFontFamilies(QStringList{mono.family()});
    m_fence = coloured(d ? QColor(0x9a, 0xa4, 0xb1) : QColor(0x6b, 0x72, 0x80));
    m_fence.setFontWeight(QFont::Bold);
    m_code = coloured(d ? QColor(0xd1, 0xd5, 0xdb) : QColor(0x37, 0x41, 0x51));
    m_code.setFontFamilies(QStringList{mono.family()});
    m_quote = coloured(d ? QColor(0xa3, 0xa3, 0xa3) : QColor(0x6b, 0x72, 0x80));
    m_quote.setFontItalic(true);
    m_link = coloured(d ? QColor(0x67, 0xe8, 0xf9) : QColor(0x0e, 0x74, 0x90));
    m_link.setFontUnderline(true);
    m_listMarker = coloured(d ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09));
    m_listMarker.setFontWeight(QFont::Bold);
    m_jsonKey = coloured(d ? QColor(0xc0, 0x84, 0xfc) : QColor(0x7e, 0x22, 0xce));
    m_jsonString = coloured(d ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d));
    m_jsonNumber = coloured(d ? QColor(0xfd, 0xba, 0x74) : QColor(0xc2, 0x41, 0x0c));
    m_jsonLiteral = m_jsonNumber;
    m_jsonLiteral.setFontWeight(QFont::Bold);
}

void FallbackMarkdownHighlighter::highlightBlock(const QString &text)
{
    const int previous = qMax(previousBlockState(), 0);
    const int kind = previous & 3;
    const bool tilde = (previous & TildeFence) != 0;
    const Fence fence = parseFence(text);

    if (kind != Normal) {
        if (fence.isFence && fence.tilde == tilde && fence.info.isEmpty()) {
            setFormat(0, text.size(), m_fence);
            setCurrentBlockState(Normal);
            return;
        }
        setCurrentBlockState(previous);
        if (kind == InJson) {
            setFormat(0, text.size(), m_code);
            highlightJson(text, 0);
        } else {
            setFormat(0, text.size(), m_code);
        }
        return;
    }

    if (fence.isFence) {
        setFormat(0, text.size(), m_fence);
        const bool json =
            fence.info == QLatin1String("json") || fence.info == QLatin1String("jsonc");
        setCurrentBlockState((json ? InJson : InCode) | (fence.tilde ? TildeFence : 0));
        return;
    }
    setCurrentBlockState(Normal);

    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    if (heading.match(text).hasMatch()) {
        setFormat(0, text.size(), m_heading);
        return;
    }
    static const QRegularExpression quote(QStringLiteral("^ {0,3}>"));
    if (quote.match(text).hasMatch())
        setFormat(0, text.size(), m_quote);
    static const QRegularExpression listMarker(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s"));
    const QRegularExpressionMatch list = listMarker.match(text);
    if (list.hasMatch())
        setFormat(list.capturedStart(1), list.capturedLength(1), m_listMarker);
    highlightInline(text);
}

void FallbackMarkdownHighlighter::highlightInline(const QString &text)
{
    // Formats merge so that **bold *and italic*** keeps both; code spans come last and win.
    auto merge = [this](int start, int length, const QTextCharFormat &extra) {
        for (int i = start; i < start + length; ++i) {
            QTextCharFormat f = format(i);
            f.merge(extra);
            setFormat(i, 1, f);
        }
    };
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<!\\*)\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?!\\*)"
                       "|(?<![_\\w])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![_\\w])"));
    static const QRegularExpression link(
        QStringLiteral("\\[[^\\]]+\\]\\([^)\\s]+\\)|<https?://[^>]+>"));
    static const QRegularExpression code(QStringLiteral("(`+)(.+?)\\1"));

    for (auto it = strong.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        merge(m.capturedStart(), m.capturedLength(), m_strong);
    }
    for (auto it = emphasis.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        merge(m.capturedStart(), m.capturedLength(), m_emphasis);
    }
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        merge(m.capturedStart(), m.capturedLength(), m_link);
    }
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(m.capturedStart(), m.capturedLength(), m_inlineCode);
    }
}

void FallbackMarkdownHighlighter::highlightJson(const QString &text, int from)
{
    // JSON strings cannot span lines, so each line is tokenised on its own.
    static const QRegularExpression token(
        QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")(\\s*:)?"      // 1: string, 2: colon => key
                       "|(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)" // 3: number
                       "|\\b(true|false|null)\\b"));             // 4: literal
    for (auto it = token.globalMatch(text, from); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart(1) >= 0) {
            const bool key = m.capturedStart(2) >= 0;
            setFormat(m.capturedStart(1), m.capturedLength(1), key ? m_jsonKey : m_jsonString);
        } else if (m.capturedStart(3) >= 0) {
            setFormat(m.capturedStart(3), m.capturedLength(3), m_jsonNumber);
        } else {
            setFormat(m.capturedStart(4), m.capturedLength(4), m_jsonLiteral);
        }
    }
}

} // namespace gardener
