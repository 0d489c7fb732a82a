#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace gardener {

// Settings page for the user's triage rules (docs/triage.md). Shows the rules file, or the
// built-in rules when the file does not exist yet, validates the text as it is typed (the first
// error is shown with its line, which is highlighted), and saves atomically only valid text.
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

public slots:
    // Validates now (normally done shortly after each edit). Returns whether the text is valid.
    bool validate();
    // Writes the text to rulesPath() when valid; returns false (and shows why) otherwise.
    bool save();
    void restoreDefaults();
    void reload();

signals:
    void rulesChanged(const QString &path);
    void validated(bool valid);

private:
    void highlightLine(int line);

    QString m_path;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_restore = nullptr;
    QTimer *m_validateTimer = nullptr;
    bool m_valid = false;
    bool m_dirty = false;
    int m_errorLine = -1;
};

} // namespace gardener
