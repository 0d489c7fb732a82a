#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace gardener {

// A small find / replace bar under a text widget (hidden until Ctrl+F or Ctrl+H).
// Searching wraps around; "Replace all" is one undo step.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void openFind();
    void openReplace();
    void dismiss(); // hides the bar and gives the focus back to the editor

    void setSearchText(const QString &text);
    void setReplaceText(const QString &text);
    void setCaseSensitive(bool on);

    bool findNext();
    bool findPrevious();
    // Replaces the current match (if the selection is one) and moves to the next.
    bool replaceCurrent();
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backwards);
    void showStatus(const QString &text);

    QPlainTextEdit *m_editor;
    QLineEdit *m_search;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace gardener
