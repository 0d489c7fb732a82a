#pragma once

#include "editor/src/editabledraft.h"
#include "editor/src/highlighting.h"
#include "editor/src/redactionfinding.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace gardener {

class ChangesView;
class DraftAutosaver;
class DraftEditor;
class FindBar;
class FindingsPanel;
class LabelsEdit;
class MarkdownPreview;

// Review of one GitHub issue draft before it is posted: title and labels, the Markdown body
// with highlighting and redaction findings, a live preview and a changes view beside it, a
// find bar, approve / post buttons, and autosave.
//
// The app feeds it: setDraft() for each draft, setAvailableLabels(), setFindingsProvider() (or
// setFindings()), setAutosavePath(). It listens to approveRequested / postRequested (emitted
// only while canPost()), nextDraftRequested / previousDraftRequested, and edited.
//
// Shortcuts (while focus is inside): Ctrl+Return approve, Ctrl+Shift+Return post,
// Ctrl+PgDown or Alt+Down next draft, Ctrl+PgUp or Alt+Up previous draft, Ctrl+F find,
// Ctrl+H replace, F3 / Shift+F3 find next / previous, Ctrl+Z / Ctrl+Shift+Z undo / redo.
class DraftReviewWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit DraftReviewWidget(QWidget *parent = nullptr);
    ~DraftReviewWidget() override;

    // Loads a draft: resets undo history and "allow" decisions, renders preview and changes.
    void setDraft(const EditableDraft &draft);
    // The draft as edited now.
    EditableDraft draft() const;
    // True once the user changed title, labels or body since setDraft.
    bool isEdited() const { return m_edited; }

    void setAvailableLabels(const QStringList &labels);
    void setFindingsProvider(FindingsProvider provider);
    void setFindings(const QVector<RedactionFinding> &findings);
    bool canPost() const;

    // Saves draftToJson(draft()) to path ~300 ms after each change (empty: off).
    void setAutosavePath(const QString &path);
    // Loads a draft saved by autosave; on failure returns false and sets *error.
    bool restoreAutosave(const QString &path, QString *error);

    void setHighlightingEngine(highlighting::Engine engine);

    DraftEditor *editor() const { return m_editor; }
    MarkdownPreview *preview() const { return m_preview; }
    ChangesView *changesView() const { return m_changes; }
    LabelsEdit *labelsEdit() const { return m_labels; }
    QLineEdit *titleEdit() const { return m_title; }
    FindBar *findBar() const { return m_findBar; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    DraftAutosaver *autosaver() const { return m_autosaver; }
    QTabWidget *sideTabs() const { return m_tabs; }
    // The line under the editor: what happened to the last action (posted and where, why not).
    void showStatus(const QString &text, bool problem = false);
    QString statusText() const;

public Q_SLOTS:
    // Re-scans, then emits approveRequested / postRequested if nothing blocks; returns whether
    // it did. A blocked attempt shows why in the status line.
    bool approve();
    bool post();

Q_SIGNALS:
    void approveRequested(const gardener::EditableDraft &draft);
    void postRequested(const gardener::EditableDraft &draft);
    void nextDraftRequested();
    void previousDraftRequested();
    void edited();
    void canPostChanged(bool canPost);
    void autosaveFailed(const QString &message);

private:
    void styleTitle();
    void layOutParts();
    void followLayoutWithTab();
    void connectParts();
    void buildShortcuts();
    void onChanged();
    void refreshSideViews();
    void updateActions();
    bool checkPostable(const QString &action);
    double editorScrollFraction() const;

    QLineEdit *m_title;
    LabelsEdit *m_labels;
    DraftEditor *m_editor;
    FindBar *m_findBar;
    FindingsPanel *m_findingsPanel;
    MarkdownPreview *m_preview;
    ChangesView *m_changes;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QLabel *m_status;
    QPushButton *m_approve;
    QPushButton *m_post;
    DraftAutosaver *m_autosaver;
    QTimer m_changesTimer;
    QString m_id;
    QString m_generatedBody;
    bool m_loading = false;
    bool m_edited = false;
};

} // namespace gardener
