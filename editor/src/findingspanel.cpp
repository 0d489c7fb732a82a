#include "editor/src/findingspanel.h"

#include "editor/src/drafteditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gardener {

FindingsPanel::FindingsPanel(DraftEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_summary(new QLabel(this)), m_list(new QListWidget(this)),
      m_allow(new QPushButton(tr("Allo&w this one"), this))
{
    m_summary->setWordWrap(true);
    m_list->setAccessibleName(tr("Redaction findings"));
    m_list->setAlternatingRowColors(true);
    m_allow->setToolTip(tr("Post this text as it is: you checked it is not sensitive"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_allow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list);

    connect(m_editor, &DraftEditor::findingsChanged, this, &FindingsPanel::rebuild);
    connect(m_list, &QListWidget::currentRowChanged, this, &FindingsPanel::updateAllowButton);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_list->row(item);
        const QVector<RedactionFinding> findings = m_editor->findings();
        if (index < 0 || index >= findings.size())
            return;
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(findings[index].start);
        cursor.setPosition(findings[index].start + findings[index].length, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
    });
    connect(m_allow, &QPushButton::clicked, this, &FindingsPanel::allowSelected);
    rebuild();
}

bool FindingsPanel::allowSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_editor->isAllowed(row) || row >= m_editor->findings().size())
        return false;
    m_editor->allowFinding(row);
    return true;
}

void FindingsPanel::rebuild()
{
    const QVector<RedactionFinding> findings = m_editor->findings();
    const int keepRow = m_list->currentRow();
    const QString body = m_editor->toPlainText();
    m_list->clear();
    for (int i = 0; i < findings.size(); ++i) {
        const RedactionFinding &f = findings[i];
        QString excerpt = body.mid(f.start, f.length).simplified();
        if (excerpt.size() > 40)
            excerpt = excerpt.left(37) + QStringLiteral("…");
        const QString state = m_editor->isAllowed(i) ? tr("allowed") : tr("blocks posting");
        auto *item = new QListWidgetItem(
            tr("%1 “%2” – %3 (%4)").arg(f.kind, excerpt, f.reason, state), m_list);
        item->setToolTip(f.reason);
        if (m_editor->isAllowed(i)) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    if (keepRow >= 0 && keepRow < m_list->count())
        m_list->setCurrentRow(keepRow);
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    const int blocking = m_editor->unallowedCount();
    if (blocking > 0)
        m_summary->setText(
            blocking == 1
                ? tr("1 possible secret blocks posting. Remove it, or allow it if you checked it.")
                : tr("%1 possible secrets block posting. Remove them, or allow the ones you "
                     "checked.")
                      .arg(blocking));
    else
        m_summary->setText(tr("All findings allowed: posting is not blocked."));
    // A few rows are enough; the list scrolls, the editor keeps the space.
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * qMin(4, qMax(1, m_list->count())) +
                             2 * m_list->frameWidth() + 2);
    setVisible(!findings.isEmpty());
    updateAllowButton();
}

void FindingsPanel::updateAllowButton()
{
    const int row = m_list->currentRow();
    m_allow->setEnabled(row >= 0 && !m_editor->isAllowed(row));
}

} // namespace gardener
