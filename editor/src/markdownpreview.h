#pragma once

#include <QTextBrowser>
#include <QTimer>

namespace gardener {

// Rendered preview of a Markdown body (QTextDocument's GitHub dialect, Qt 5.14+). Updates are
// debounced so typing stays smooth, and the scroll position is kept as a fraction across
// re-renders. Links are not followed: the preview is for reading, not browsing.
class MarkdownPreview final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownPreview(QWidget *parent = nullptr);

    // Schedules a re-render debounceMs after the last call.
    void setMarkdownSource(const QString &markdown);
    // Renders now (initial load, tests).
    void renderNow();
    const QString &markdownSource() const { return m_markdown; }

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    int debounceInterval() const { return m_debounce.interval(); }

    // Scrolls to the same fraction (0..1) of the document as a source view shows.
    void scrollToFraction(double fraction);
    double scrollFraction() const;

Q_SIGNALS:
    void rendered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void decorateCodeBlocks();

    QString m_markdown;
    QTimer m_debounce;
    bool m_dirty = false;
};

} // namespace gardener
