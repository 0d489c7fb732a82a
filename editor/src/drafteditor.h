#pragma once

#include "editor/src/highlighting.h"
#include "editor/src/redactionfinding.h"

#include <QPlainTextEdit>
#include <QSet>
#include <QTextCursor>
#include <QTimer>

class QSyntaxHighlighter;

namespace gardener {

// The Markdown text widget of the draft review: syntax highlighting (KSyntaxHighlighting or the
// fallback, light or dark after the palette), and redaction findings shown in place with a
// wavy underline, a tooltip saying what was found and why, and "Allow" in the context menu.
//
// Findings come from a FindingsProvider the app sets (re-run 300 ms after typing stops) or are
// pushed with setFindings. Each finding is tracked by a QTextCursor, so its underline follows
// the text while the user types before the next scan. Allowing a finding allows its exact text
// for its kind: the same string found again after a re-scan stays allowed.
class DraftEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DraftEditor(QWidget *parent = nullptr);

    // Re-creates the highlighter (e.g. to force the fallback). Default: Automatic.
    void setHighlightingEngine(highlighting::Engine engine);
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

    void setFindingsProvider(FindingsProvider provider);
    // Replaces the findings (offsets into toPlainText()); keeps earlier "allow" decisions.
    void setFindings(const QVector<RedactionFinding> &findings);
    // Runs the provider now instead of waiting for the debounce (before approve and post).
    void rescanNow();
    // Current findings, with offsets moved along with the user's edits.
    QVector<RedactionFinding> findings() const;
    bool isAllowed(int index) const;
    void allowFinding(int index);
    // Index of the finding covering a document position, or -1.
    int findingAt(int position) const;
    // Forgets every "allow" decision (a new draft is loaded).
    void clearAllowed();
    int unallowedCount() const;
    // Posting (and approving) stays blocked while an unallowed finding remains.
    bool canPost() const { return unallowedCount() == 0; }

    void setRescanInterval(int ms) { m_rescan.setInterval(ms); }

Q_SIGNALS:
    void findingsChanged();
    void canPostChanged(bool canPost);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Tracked
    {
        RedactionFinding finding;
        QTextCursor cursor; // selects the finding; moves with edits
        QString key;        // kind + matched text, what "allow" remembers
        bool allowed = false;
    };

    void updateSelections();
    void notifyIfPostingChanged();
    QString keyFor(const Tracked &tracked) const;

    QSyntaxHighlighter *m_highlighter = nullptr;
    highlighting::Engine m_engine = highlighting::Engine::Automatic;
    FindingsProvider m_provider;
    QVector<Tracked> m_findings;
    QSet<QString> m_allowedKeys;
    QTimer m_rescan;
    bool m_lastCanPost = true;
};

} // namespace gardener
