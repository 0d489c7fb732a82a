#include "editor/src/markdownpreview.h"

#include "editor/src/highlighting.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace gardener {

namespace {

// The importer gives code spans the system fixed font (family set, fixed pitch requested);
// plain text fragments carry no font family at all.
bool isInlineCode(const QTextCharFormat &format)
{
    if (format.fontFixedPitch())
        return true;
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    const bool hasFamily = format.hasProperty(QTextFormat::FontFamily); // Qt 5: setFont() sets this
#else
    const bool hasFamily = format.hasProperty(QTextFormat::FontFamilies);
#endif
    return hasFamily &&
           format.font().family() == QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

} // namespace

MarkdownPreview::MarkdownPreview(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Rendered preview"));
    document()->setDocumentMargin(12);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &MarkdownPreview::renderNow);
}

void MarkdownPreview::setMarkdownSource(const QString &markdown)
{
    if (markdown == m_markdown && !m_dirty)
        return;
    m_markdown = markdown;
    m_dirty = true;
    m_debounce.start();
}

void MarkdownPreview::renderNow()
{
    m_debounce.stop();
    m_dirty = false;
    const double fraction = scrollFraction();
    document()->setMarkdown(m_markdown, QTextDocument::MarkdownDialectGitHub);
    decorateCodeBlocks();
    // The widget's cursor ended up after the new content and would drag the view to the end.
    setTextCursor(QTextCursor(document()));
    scrollToFraction(fraction);
    Q_EMIT rendered();
}

void MarkdownPreview::scrollToFraction(double fraction)
{
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->minimum() +
                  int(qBound(0.0, fraction, 1.0) * (bar->maximum() - bar->minimum()) + 0.5));
}

double MarkdownPreview::scrollFraction() const
{
    const QScrollBar *bar = verticalScrollBar();
    const int range = bar->maximum() - bar->minimum();
    return range > 0 ? double(bar->value() - bar->minimum()) / range : 0.0;
}

void MarkdownPreview::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        renderNow();
}

void MarkdownPreview::decorateCodeBlocks()
{
    // The Markdown importer marks fenced code with BlockCodeFence and asks for a fixed-pitch
    // font but adds no background; a tinted block and a real monospace family (some platforms
    // have no fixed system font) make code stand apart like on GitHub.
    const bool dark = highlighting::isDark(palette());
    const QColor background = dark ? QColor(0x2d, 0x33, 0x3b) : QColor(0xf3, 0xf4, 0xf6);
    QTextCharFormat mono;
    mono.setFontFamilies(QStringList{highlighting::monospaceFont().family()});
    mono.setFontFixedPitch(true);
    QTextCharFormat inlineCode = mono;
    inlineCode.setBackground(background);

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const bool codeBlock = format.hasProperty(QTextFormat::BlockCodeFence) ||
                               format.hasProperty(QTextFormat::BlockCodeLanguage);
        if (codeBlock) {
            QTextBlockFormat tinted;
            tinted.setBackground(background);
            tinted.setLeftMargin(qMax(format.leftMargin(), 6.0));
            cursor.setPosition(block.position());
            cursor.mergeBlockFormat(tinted);
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(mono);
            continue;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !isInlineCode(fragment.charFormat()))
                continue;
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(inlineCode);
        }
    }
    cursor.endEditBlock();
    document()->setModified(false);
}

} // namespace gardener
