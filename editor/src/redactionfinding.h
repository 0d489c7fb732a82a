#pragma once

#include <QString>
#include <QVector>

#include <functional>

namespace gardener {

// One thing the redaction scanner found in a draft body. Offsets are UTF-16 code units into
// the body's plain text (QString indices), exactly what QTextCursor positions use.
// The editor library does not link the core library: the app converts core's findings to this.
struct RedactionFinding
{
    int start = 0;
    int length = 0;
    QString kind;   // short name, e.g. "api-key", "email"
    QString reason; // one sentence shown in the tooltip: why this looks sensitive

    bool operator==(const RedactionFinding &other) const
    {
        return start == other.start && length == other.length && kind == other.kind &&
               reason == other.reason;
    }
};

// Scans a body and returns its findings. Called on the GUI thread, debounced after typing, so
// it must be quick (a regex pass over a few kilobytes); the app can instead push findings
// with DraftEditor::setFindings when it scans elsewhere.
using FindingsProvider = std::function<QVector<RedactionFinding>(const QString &body)>;

} // namespace gardener
