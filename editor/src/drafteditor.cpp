#include "editor/src/drafteditor.h"

#include <QContextMenuEvent>

#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QToolTip>

namespace gardener {

DraftEditor::DraftEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    QFont mono = highlighting::monospaceFont();
    setFont(mono);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Issue body (Markdown)"));
    setMouseTracking(true);

    m_highlighter = highlighting::attachMarkdownHighlighter(
        document(), highlighting::isDark(palette()), m_engine);

    m_rescan.setSingleShot(true);
    m_rescan.setInterval(300);
    connect(&m_rescan, &QTimer::timeout, this, &DraftEditor::rescanNow);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_provider)
            m_rescan.start();
    });
}

void DraftEditor::setHighlightingEngine(highlighting::Engine engine)
{
    m_engine = engine;
    delete m_highlighter;
    m_highlighter = highlighting::attachMarkdownHighlighter(
        document(), highlighting::isDark(palette()), engine);
}

void DraftEditor::setFindingsProvider(FindingsProvider provider)
{
    m_provider = std::move(provider);
    rescanNow();
}

void DraftEditor::rescanNow()
{
    m_rescan.stop();
    if (m_provider)
        setFindings(m_provider(toPlainText()));
}

QString DraftEditor::keyFor(const Tracked &tracked) const
{
    return tracked.finding.kind + QLatin1Char('\x1f') + tracked.cursor.selectedText();
}

void DraftEditor::setFindings(const QVector<RedactionFinding> &findings)
{
    const int end = document()->characterCount() - 1; // the last character is the final separator
    m_findings.clear();
    for (const RedactionFinding &finding : findings) {
        const int start = qBound(0, finding.start, end);
        const int stop = qBound(start, finding.start + finding.length, end);
        if (stop == start)
            continue; // stale or empty: nothing to underline or to leak
        Tracked tracked;
        tracked.finding = finding;
        tracked.cursor = QTextCursor(document());
        tracked.cursor.setPosition(start);
        tracked.cursor.setPosition(stop, QTextCursor::KeepAnchor);
        tracked.key = keyFor(tracked);
        tracked.allowed = m_allowedKeys.contains(tracked.key);
        m_findings.append(tracked);
    }
    updateSelections();
    Q_EMIT findingsChanged();
    notifyIfPostingChanged();
}

QVector<RedactionFinding> DraftEditor::findings() const
{
    QVector<RedactionFinding> out;
    out.reserve(m_findings.size());
    for (const Tracked &tracked : m_findings) {
        RedactionFinding finding = tracked.finding;
        finding.start = tracked.cursor.selectionStart();
        finding.length = tracked.cursor.selectionEnd() - finding.start;
        out.append(finding);
    }
    return out;
}

bool DraftEditor::isAllowed(int index) const
{
    return index >= 0 && index < m_findings.size() && m_findings[index].allowed;
}

void DraftEditor::allowFinding(int index)
{
    if (index < 0 || index >= m_findings.size())
        return;
    const QString key = m_findings[index].key;
    m_allowedKeys.insert(key);
    for (Tracked &tracked : m_findings)
        if (tracked.key == key)
            tracked.allowed = true;
    updateSelections();
    Q_EMIT findingsChanged();
    notifyIfPostingChanged();
}

int DraftEditor::findingAt(int position) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        const QTextCursor &c = m_findings[i].cursor;
        if (c.hasSelection() && position >= c.selectionStart() && position < c.selectionEnd())
            return i;
    }
    return -1;
}

void DraftEditor::clearAllowed()
{
    m_allowedKeys.clear();
    for (Tracked &tracked : m_findings)
        tracked.allowed = false;
    updateSelections();
    Q_EMIT findingsChanged();
    notifyIfPostingChanged();
}

int DraftEditor::unallowedCount() const
{
    int count = 0;
    for (const Tracked &tracked : m_findings)
        if (!tracked.allowed && tracked.cursor.hasSelection())
            ++count;
    return count;
}

void DraftEditor::notifyIfPostingChanged()
{
    const bool now = canPost();
    if (now != m_lastCanPost) {
        m_lastCanPost = now;
        Q_EMIT canPostChanged(now);
    }
}

void DraftEditor::updateSelections()
{
    const bool dark = highlighting::isDark(palette());
    QList<QTextEdit::ExtraSelection> selections;
    for (const Tracked &tracked : m_findings) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = tracked.cursor;
        if (tracked.allowed) {
            // Still visible, but quiet: the user decided this one is fine to post.
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(palette().color(QPalette::PlaceholderText));
        } else {
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(dark ? QColor(0xf8, 0x71, 0x71)
                                                    : QColor(0xdc, 0x26, 0x26));
            selection.format.setBackground(dark ? QColor(0x4c, 0x1d, 0x1d)
                                                : QColor(0xfe, 0xf2, 0xf2));
        }
        selections.append(selection);
    }
    setExtraSelections(selections);
}

bool DraftEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const int index = findingAt(cursorForPosition(inViewport).position());
        if (index >= 0) {
            const Tracked &tracked = m_findings[index];
            const QString state =
                tracked.allowed
                    ? tr("Allowed: this text will be posted as it is.")
                    : tr("Posting is blocked until you remove it or allow it (right-click).");
            QToolTip::showText(help->globalPos(),
                               tr("<b>%1</b><br/>%2<br/><i>%3</i>")
                                   .arg(tracked.finding.kind.toHtmlEscaped(),
                                        tracked.finding.reason.toHtmlEscaped(), state),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

void DraftEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        highlighting::setDark(m_highlighter, highlighting::isDark(palette()));
        updateSelections();
    }
}

void DraftEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    const int index = findingAt(cursorForPosition(event->pos()).position());
    if (index >= 0) {
        menu->addSeparator();
        const Tracked &tracked = m_findings[index];
        QAction *allow = menu->addAction(tr("Allow this %1").arg(tracked.finding.kind));
        allow->setEnabled(!tracked.allowed);
        allow->setToolTip(tracked.finding.reason);
        connect(allow, &QAction::triggered, this, [this, index] { allowFinding(index); });
    }
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace gardener
