#include "drafteditor.h"

namespace gardener {

DraftEditor::DraftEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
}

} // namespace gardener
