#pragma once

#include "core/evidence/codemapping.h"

#include <QSet>
#include <QTextBrowser>
#include <string>

namespace gardener {

// A stack trace as frames (function, file:line) rather than text: the exception line first,
// application frames emphasised, each run of library frames folded behind "N library frames"
// (a click unfolds it), and frames linked to their line on GitHub when code mappings apply.
// The parsing is clustering's (clustering/stacktrace.h), so the view and the grouping agree.
class StackTraceView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit StackTraceView(QWidget *parent = nullptr);

    // The code mappings and repository frames are linked through; the deployed commit may be empty.
    void setCodeContext(const evidence::CodeSettings &settings, const QString &service,
                        const QString &commit);
    // False (and the view is emptied) when `text` is not a stack trace.
    bool setTrace(const QString &text);

    QString renderedHtml() const { return m_html; }
    int libraryRuns() const { return m_runs; }
    void unfoldRun(int run);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void fitHeight();
    void onAnchor(const QUrl &url);

    std::string m_text;
    evidence::CodeSettings m_settings;
    QString m_service;
    QString m_commit;
    QSet<int> m_unfolded;
    QString m_html;
    int m_runs = 0;
};

} // namespace gardener
