#include "editor/src/findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>

namespace gardener {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_search(new QLineEdit(this)),
      m_replace(new QLineEdit(this)), m_caseSensitive(new QCheckBox(tr("Match case"), this)),
      m_status(new QLabel(this)), m_replaceRow(new QWidget(this))
{
    m_search->setPlaceholderText(tr("Find"));
    m_search->setAccessibleName(tr("Find"));
    m_search->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace all"), m_replaceRow);
    auto *closeButton = new QPushButton(tr("Close"), this);
    previous->setToolTip(tr("Find previous (Shift+F3)"));
    next->setToolTip(tr("Find next (F3)"));

    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_search, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_caseSensitive, 0, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(closeButton, 0, 5);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { showStatus(QString()); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceCurrent(); });
    connect(previous, &QPushButton::clicked, this, [this] { findPrevious(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(replaceOne, &QPushButton::clicked, this, [this] { replaceCurrent(); });
    connect(replaceEvery, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(closeButton, &QPushButton::clicked, this, &FindBar::dismiss);
    hide();
}

void FindBar::openFind()
{
    m_replaceRow->hide();
    show();
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_search->setText(selected);
    m_search->setFocus();
    m_search->selectAll();
}

void FindBar::openReplace()
{
    openFind();
    m_replaceRow->show();
}

void FindBar::dismiss()
{
    hide();
    m_editor->setFocus();
}

void FindBar::setSearchText(const QString &text)
{
    m_search->setText(text);
}
void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}
void FindBar::setCaseSensitive(bool on)
{
    m_caseSensitive->setChecked(on);
}
bool FindBar::findNext()
{
    return find(false);
}
bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::find(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor found = document->find(needle, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around once from the other end.
        QTextCursor from(document);
        if (backwards)
            from.movePosition(QTextCursor::End);
        found = document->find(needle, from, flags);
    }
    if (found.isNull()) {
        showStatus(tr("Not found"));
        return false;
    }
    showStatus(QString());
    m_editor->setTextCursor(found);
    return true;
}

bool FindBar::replaceCurrent()
{
    const Qt::CaseSensitivity cs =
        m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection() && cursor.selectedText().compare(m_search->text(), cs) == 0) {
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    return findNext();
}

int FindBar::replaceAll()
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock();
    int count = 0;
    QTextCursor found = document->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replace->text()); // leaves the cursor after the replacement
        ++count;
        found = document->find(needle, found, flags);
    }
    edit.endEditBlock();
    showStatus(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::showStatus(const QString &text)
{
    m_status->setText(text);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    if (event->key() == Qt::Key_F3) {
        find(event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace gardener
