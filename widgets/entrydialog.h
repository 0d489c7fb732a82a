#pragma once

#include <QDialog>
#include <QJsonObject>
#include <memory>

class QFormLayout;
class QPlainTextEdit;
class QPushButton;

namespace gardener {

namespace evidence {
struct CodeSettings;
}
class StackTraceView;

// One log entry in full: the fields people look for first (time, severity, resource, labels,
// HTTP request, trace, source location) as a form, its stack trace as frames when it has one,
// and the whole entry as indented, highlighted JSON that can be copied.
class EntryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit EntryDialog(QWidget *parent = nullptr);
    ~EntryDialog() override;

    // The entry's JSON as read from the export. Invalid JSON is shown as it is, with a note.
    void setEntryJson(const QByteArray &json);
    QString formattedJson() const;
    // Links stack frames to code; call before setEntryJson (or again after it).
    void setCodeSettings(const evidence::CodeSettings &settings);
    StackTraceView *stackView() const { return m_stack; }
    // The entry's trace in Cloud Trace (the Open Trace button), empty without a trace.
    QString traceUrl() const { return m_traceUrl; }

    // For tests and the detail view: the summary rows as "label: value" lines.
    QStringList summaryLines() const;

private:
    void copyJson();
    void addRow(const QString &label, const QString &value);
    void showStackTrace(const QJsonObject &entry, const QByteArray &json);

    QFormLayout *m_form = nullptr;
    QPlainTextEdit *m_text = nullptr;
    StackTraceView *m_stack = nullptr;
    QPushButton *m_openTrace = nullptr;
    QString m_traceUrl;
    std::unique_ptr<evidence::CodeSettings> m_codeSettings;
    QStringList m_summary;
};

} // namespace gardener
