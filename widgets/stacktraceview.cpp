#include "widgets/stacktraceview.h"

#include "core/clustering/stacktrace.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QUrl>

namespace gardener {

namespace {

QString q(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size())).toHtmlEscaped();
}

} // namespace

StackTraceView::StackTraceView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("stackTrace"));
    setAccessibleName(tr("Stack trace"));
    setOpenLinks(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QTextBrowser::anchorClicked, this, &StackTraceView::onAnchor);
}

void StackTraceView::setCodeContext(const evidence::CodeSettings &settings, const QString &service,
                                    const QString &commit)
{
    m_settings = settings;
    m_service = service;
    m_commit = commit;
    if (!m_text.empty())
        render();
}

bool StackTraceView::setTrace(const QString &text)
{
    m_text = text.toStdString();
    m_unfolded.clear();
    if (!clustering::parseStackTrace(m_text).isValid()) {
        m_text.clear();
        m_html.clear();
        m_runs = 0;
        clear();
        return false;
    }
    render();
    return true;
}

void StackTraceView::unfoldRun(int run)
{
    m_unfolded.insert(run);
    render();
}

void StackTraceView::onAnchor(const QUrl &url)
{
    const QString s = url.toString();
    if (s.startsWith(QLatin1String("unfold:")))
        unfoldRun(s.mid(7).toInt());
    else if (url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void StackTraceView::render()
{
    const clustering::StackTrace st = clustering::parseStackTrace(m_text);
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const bool linkable =
        !m_settings.mappings.isEmpty() && !m_settings.repoFor(m_service).repo.isEmpty();
    QString h = QStringLiteral("<p><b>%1</b></p>").arg(q(st.exception));
    h += QStringLiteral("<p style=\"color:%1\">%2</p>")
             .arg(muted, (st.innermostFirst() ? tr("Most recent call first.")
                                              : tr("Most recent call last."))
                             .toHtmlEscaped());
    // Padding keeps a function and its file apart ("readiness_probe  /app/…/health.py:212").
    h += QStringLiteral("<table cellspacing=0 cellpadding=3>");
    int block = st.blockTitles.size() > 1 ? -1 : 0; // one exception: its line is the heading
    m_runs = 0;
    for (size_t i = 0; i < st.frames.size();) {
        const clustering::StackFrame &f = st.frames[i];
        if (f.block != block && size_t(f.block) < st.blockTitles.size()) {
            block = f.block;
            h += QStringLiteral("<tr><td colspan=2><i>%1</i></td></tr>")
                     .arg(q(st.blockTitles[size_t(block)]));
        }
        if (f.library) {
            size_t end = i;
            while (end < st.frames.size() && st.frames[end].library &&
                   st.frames[end].block == f.block)
                ++end;
            const int run = m_runs++;
            if (!m_unfolded.contains(run)) {
                h += QStringLiteral("<tr><td colspan=2><a href=\"unfold:%1\" "
                                    "style=\"color:%2\">%3</a></td></tr>")
                         .arg(run)
                         .arg(muted,
                              (end - i == 1 ? tr("▸ 1 library frame")
                                            : tr("▸ %n library frames", nullptr, int(end - i)))
                                  .toHtmlEscaped());
                i = end;
                continue;
            }
            for (; i < end; ++i) {
                const clustering::StackFrame &l = st.frames[i];
                h += QStringLiteral(
                         "<tr><td style=\"color:%1\">%2</td><td style=\"color:%1\">%3</td></tr>")
                         .arg(muted, q(l.function),
                              q(l.file) + (l.line > 0 ? QLatin1Char(':') + QString::number(l.line)
                                                      : QString()));
            }
            continue;
        }
        QString where =
            q(f.file) + (f.line > 0 ? QLatin1Char(':') + QString::number(f.line) : QString());
        if (linkable && !f.file.empty()) {
            const evidence::SourceRef ref = evidence::frameSource(
                QString::fromUtf8(f.file.data(), qsizetype(f.file.size())), f.line,
                QString::fromUtf8(f.function.data(), qsizetype(f.function.size())));
            const evidence::CodeLink link = evidence::codeLink(
                ref, m_service, m_settings.mappings, m_settings.repoFor(m_service), m_commit);
            if (!link.url.isEmpty())
                where = QStringLiteral("<a href=\"%1\" title=\"%2\">%3</a>")
                            .arg(link.url.toHtmlEscaped(), link.why.toHtmlEscaped(), where);
        }
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(q(f.function), where);
        ++i;
    }
    h += QStringLiteral("</table>");
    m_html = h;
    setHtml(h);
    fitHeight();
}

void StackTraceView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

// A short trace takes the room it needs and leaves the rest to the JSON; a long one scrolls.
void StackTraceView::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    const int content = int(document()->size().height()) + 2 * frameWidth() + 4;
    setMaximumHeight(qMax(content, fontMetrics().height() * 4));
}

} // namespace gardener
