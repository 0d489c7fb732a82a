#pragma once

#include <QDialog>
#include <QJsonObject>

class QFormLayout;
class QPlainTextEdit;

namespace gardener {

// One log entry in full: the fields people look for first (time, severity, resource, labels,
// HTTP request, trace, source location) as a form, and the whole entry as indented,
// highlighted JSON that can be copied.
class EntryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit EntryDialog(QWidget *parent = nullptr);

    // The entry's JSON as read from the export. Invalid JSON is shown as it is, with a note.
    void setEntryJson(const QByteArray &json);
    QString formattedJson() const;

    // For tests and the detail view: the summary rows as "label: value" lines.
    QStringList summaryLines() const;

private:
    void copyJson();
    void addRow(const QString &label, const QString &value);

    QFormLayout *m_form = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QStringList m_summary;
};

} // namespace gardener
