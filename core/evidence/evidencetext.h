#pragma once

#include <QString>

// Number, time and share wording shared by every evidence statement, so the same fact reads the
// same in the details view, drafts and worklogs.

namespace gardener::evidence {

QString countText(quint64 n);                                // "5,120"
QString percentText(double share);                           // 0.923 -> "92%", 0.004 -> "<1%"
QString timeText(qint64 ns);                                 // "2026-03-01 10:02 UTC"
QString shortValue(const QString &value, int maxChars = 24); // long ids end in "…"

} // namespace gardener::evidence
