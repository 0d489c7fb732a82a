#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace gardener {

// Settings page for the user's triage rules (docs/triage.md). Shows the rules file, or the
// built-in rules when the file does not exist yet, validates the text as it is typed (the first
// error is shown with its line, which is highlighted), and saves atomically only valid text. The
// file is read and written by core (triage::RuleSet) on a worker thread; an answer that comes
// back after the page is gone is dropped.
class TriageRulesPage : public QWidget
{
    Q_OBJECT
public:
    explicit TriageRulesPage(const QString &rulesPath, QWidget *parent = nullptr);

    QString rulesPath() const { return m_path; }
    QString text() const;
    void setText(const QString &text);
    bool isValid() const { return m_valid; }
    // "12 rules" or "rules.txt:4: unknown field ..." as currently shown.
    QString statusText() const;
    int errorLine() const { return m_errorLine; } // 1-based, -1 when valid
    // True while the file is being read or written.
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    // Validates now (normally done shortly after each edit). Returns whether the text is valid.
    bool validate();
    // Starts writing the text to rulesPath() when valid (rulesChanged() follows once it is
    // written); returns false (and shows why) when it is not valid or no file is configured.
    bool save();
    void restoreDefaults();
    // Shows the file again, read on a worker thread (the built-in rules when there is none);
    // loaded() follows.
    void reload();

Q_SIGNALS:
    void rulesChanged(const QString &path);
    void validated(bool valid);
    void loaded();

private:
    void highlightLine(int line);
    void setBusy(bool busy);

    QString m_path;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_restore = nullptr;
    QTimer *m_validateTimer = nullptr;
    bool m_valid = false;
    bool m_dirty = false;
    bool m_busy = false;
    int m_errorLine = -1;
};

} // namespace gardener
