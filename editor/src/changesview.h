#pragma once

#include "editor/src/linediff.h"

#include <QPlainTextEdit>

namespace gardener {

// Read-only view of what the user changed compared with the generated draft: a line diff with
// "+" and "-" lines on green and red, unchanged lines as context (three around each change,
// longer unchanged stretches folded into one "unchanged lines" marker).
class ChangesView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ChangesView(QWidget *parent = nullptr);

    // Recomputes the diff and redraws. Cheap for drafts (Myers after trimming head and tail).
    void setTexts(const QString &generated, const QString &current);

    const QVector<DiffLine> &diff() const { return m_diff; }
    DiffStats stats() const { return m_stats; }

    static constexpr int contextLines = 3;

Q_SIGNALS:
    void statsChanged(int added, int removed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QString m_generated;
    QString m_current;
    QVector<DiffLine> m_diff;
    DiffStats m_stats;
};

} // namespace gardener
