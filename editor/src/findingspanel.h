#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace gardener {

class DraftEditor;

// Lists the editor's redaction findings under the text: what was found, why, whether it is
// allowed, with "Allow" for the selected one. Activating a row selects the text in the editor.
// Hidden while there are no findings.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(DraftEditor *editor, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Allows the finding in the selected row; false when nothing allowable is selected.
    bool allowSelected();

private:
    void rebuild();
    void updateAllowButton();

    DraftEditor *m_editor;
    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_allow;
};

} // namespace gardener
