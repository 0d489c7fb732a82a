#include "editor/src/labelsedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

#include <utility>

namespace gardener {

LabelsEdit::LabelsEdit(QWidget *parent)
    : QLineEdit(parent), m_model(new QStringListModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    setPlaceholderText(tr("Labels, separated by commas"));
    setAccessibleName(tr("Labels"));
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, QOverload<const QString &>::of(&QCompleter::activated), this,
            &LabelsEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &LabelsEdit::onTextEdited);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QStringList parsed = parse(text);
        if (parsed != m_labels) {
            m_labels = parsed;
            refreshModel();
            Q_EMIT labelsChanged(m_labels);
        }
    });
}

QStringList LabelsEdit::parse(const QString &text)
{
    QStringList labels;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString label = part.trimmed();
        if (!label.isEmpty() && !labels.contains(label))
            labels.append(label);
    }
    return labels;
}

void LabelsEdit::setLabels(const QStringList &labels)
{
    setText(labels.join(QStringLiteral(", ")));
}

void LabelsEdit::setAvailableLabels(const QStringList &labels)
{
    m_available = labels;
    refreshModel();
}

void LabelsEdit::refreshModel()
{
    QStringList offered;
    for (const QString &label : std::as_const(m_available))
        if (!m_labels.contains(label, Qt::CaseInsensitive))
            offered.append(label);
    m_model->setStringList(offered);
}

QPair<int, int> LabelsEdit::currentToken() const
{
    const QString content = text();
    const int cursor = cursorPosition();
    const int start = content.lastIndexOf(QLatin1Char(','), cursor - 1) + 1;
    int end = content.indexOf(QLatin1Char(','), cursor);
    if (end < 0)
        end = content.size();
    return {start, end};
}

void LabelsEdit::onTextEdited()
{
    const QPair<int, int> token = currentToken();
    const QString prefix = text().mid(token.first, cursorPosition() - token.first).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void LabelsEdit::insertCompletion(const QString &label)
{
    const QPair<int, int> token = currentToken();
    const QString content = text();
    const QString before = content.left(token.first).trimmed(); // ends with a comma, or empty
    QString after = content.mid(token.second);
    if (after.startsWith(QLatin1Char(',')))
        after.remove(0, 1);
    QString result = before.isEmpty() ? QString() : before + QLatin1Char(' ');
    result += label + QStringLiteral(", ");
    const int cursor = int(result.size());
    result += after.trimmed();
    setText(result);
    setCursorPosition(cursor);
}

} // namespace gardener
