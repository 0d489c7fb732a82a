#pragma once

#include <QPlainTextEdit>

namespace gardener {

// Placeholder until the draft editor lands: a plain Markdown text widget.
class DraftEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DraftEditor(QWidget *parent = nullptr);
};

} // namespace gardener
