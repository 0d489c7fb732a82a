#pragma once

#include <QString>
#include <QVector>

namespace gardener {

struct DiffLine
{
    enum class Kind
    {
        Same,
        Added,
        Removed
    };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = -1; // 0-based line in the old text, -1 for added lines
    int newLine = -1; // 0-based line in the new text, -1 for removed lines
};

// Line-based difference between two texts (Myers' O((N+M)D) algorithm after trimming the
// common head and tail), in order: removed lines come before the lines that replace them.
// Texts are split on '\n'; a difference in the final newline shows as a changed last line.
// If the texts differ in more than maxEdits lines, the differing middle is reported as one
// block removed and one block added instead of searching further (bounded time and memory).
QVector<DiffLine> diffLines(const QString &oldText, const QString &newText, int maxEdits = 4000);

struct DiffStats
{
    int added = 0;
    int removed = 0;
};
DiffStats diffStats(const QVector<DiffLine> &diff);

} // namespace gardener
