#include "editor/src/changesview.h"

#include "editor/src/highlighting.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace gardener {

ChangesView::ChangesView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(highlighting::monospaceFont());
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Changes compared with the generated draft"));
}

void ChangesView::setTexts(const QString &generated, const QString &current)
{
    if (generated == m_generated && current == m_current && !m_diff.isEmpty())
        return;
    m_generated = generated;
    m_current = current;
    m_diff = diffLines(generated, current);
    const DiffStats stats = diffStats(m_diff);
    const bool statsDiffer = stats.added != m_stats.added || stats.removed != m_stats.removed;
    m_stats = stats;
    render();
    if (statsDiffer)
        Q_EMIT statsChanged(m_stats.added, m_stats.removed);
}

void ChangesView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ChangesView::render()
{
    const bool dark = highlighting::isDark(palette());
    QTextBlockFormat plain;
    QTextBlockFormat added;
    added.setBackground(dark ? QColor(0x1b, 0x4d, 0x2e) : QColor(0xdc, 0xfc, 0xe4));
    QTextBlockFormat removed;
    removed.setBackground(dark ? QColor(0x5c, 0x21, 0x21) : QColor(0xfe, 0xe2, 0xe2));
    QTextBlockFormat folded;
    folded.setBackground(dark ? QColor(0x1f, 0x2a, 0x37) : QColor(0xf1, 0xf5, 0xf9));
    QTextCharFormat text;
    text.setForeground(palette().color(QPalette::Text));
    QTextCharFormat dim;
    dim.setForeground(palette().color(QPalette::PlaceholderText));
    dim.setFontItalic(true);

    const int scroll = verticalScrollBar()->value();
    clear();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    bool first = true;
    auto addLine = [&](const QString &line, const QTextBlockFormat &block,
                       const QTextCharFormat &chars) {
        if (!first)
            cursor.insertBlock();
        first = false;
        cursor.setBlockFormat(block);
        cursor.insertText(line, chars);
    };

    if (m_stats.added == 0 && m_stats.removed == 0) {
        addLine(tr("No changes: the draft is as it was generated."), plain, dim);
        cursor.endEditBlock();
        return;
    }

    // Mark which unchanged lines lie within contextLines of a change.
    const int count = m_diff.size();
    QVector<bool> keep(count, false);
    for (int i = 0; i < count; ++i) {
        if (m_diff[i].kind == DiffLine::Kind::Same)
            continue;
        for (int j = qMax(0, i - contextLines); j <= qMin(count - 1, i + contextLines); ++j)
            keep[j] = true;
    }
    for (int i = 0; i < count;) {
        if (!keep[i]) {
            int j = i;
            while (j < count && !keep[j])
                ++j;
            addLine(j - i == 1 ? tr("⋯ 1 unchanged line ⋯")
                               : tr("⋯ %1 unchanged lines ⋯").arg(j - i),
                    folded, dim);
            i = j;
            continue;
        }
        const DiffLine &line = m_diff[i];
        switch (line.kind) {
        case DiffLine::Kind::Same:
            addLine(QStringLiteral("  ") + line.text, plain, text);
            break;
        case DiffLine::Kind::Added:
            addLine(QStringLiteral("+ ") + line.text, added, text);
            break;
        case DiffLine::Kind::Removed:
            addLine(QStringLiteral("- ") + line.text, removed, text);
            break;
        }
        ++i;
    }
    cursor.endEditBlock();
    verticalScrollBar()->setValue(scroll);
}

} // namespace gardener
