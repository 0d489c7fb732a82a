#include "widgets/clusterdetailview.h"

#include "core/clustering/stacktrace.h"
#include "core/evidence/clusterevidence.h"
#include "core/logs/logstore.h"
#include "core/models/clustertablemodel.h"
#include "core/pipeline/clusterfacts.h"
#include "widgets/appstyle.h"
#include "widgets/evidencehtml.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace gardener {

using clustering::IssueCluster;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString timeText(qint64 ns)
{
    if (ns == 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString view(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString firstLine(std::string_view v, int maxChars)
{
    // A stack trace reads as its exception, not "Traceback (most recent call last):".
    if (v.find('\n') != std::string_view::npos) {
        if (const std::string summary = clustering::stackSummaryLine(v); !summary.empty())
            return firstLine(summary, maxChars);
    }
    QString s = view(v.substr(0, qMin<size_t>(v.size(), size_t(maxChars) * 4)));
    const qsizetype nl = s.indexOf(QLatin1Char('\n'));
    bool cut = nl >= 0 || v.size() > size_t(maxChars) * 4;
    if (nl >= 0)
        s.truncate(nl);
    if (s.size() > maxChars) {
        s.truncate(maxChars);
        cut = true;
    }
    return cut ? s + QChar(0x2026) : s;
}

QString sampleReason(clustering::SampleEntry::Reason r)
{
    switch (r) {
    case clustering::SampleEntry::First:
        return ClusterDetailView::tr("first");
    case clustering::SampleEntry::Last:
        return ClusterDetailView::tr("last");
    case clustering::SampleEntry::Diverse:
        return ClusterDetailView::tr("different");
    }
    return {};
}

} // namespace

ClusterDetailView::ClusterDetailView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("clusterDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Cluster details"));
    m_text->setOpenExternalLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, &ClusterDetailView::onAnchor);
    layout->addWidget(m_text);
    clear();
}

QString ClusterDetailView::markedTemplate(const QString &text, const QString &color)
{
    static const QRegularExpression placeholder(QStringLiteral("<[A-Z0-9_*]{1,16}>"));
    QString out;
    qsizetype pos = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += esc(text.mid(pos, m.capturedStart() - pos));
        out += QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                   .arg(color, esc(m.captured()));
        pos = m.capturedEnd();
    }
    out += esc(text.mid(pos));
    return out;
}

QString ClusterDetailView::valuesHtml(const IssueCluster &c, const QString &mark,
                                      const QString &muted)
{
    if (c.valueDistributions.empty())
        return QString();
    const QLocale locale;
    QString h =
        QStringLiteral("<h4>%1</h4><p style=\"color:%2; margin-top:0\">%3</p>")
            .arg(esc(tr("Values at masked positions")), muted,
                 esc(tr("The words that vary in these messages, and how often each occurs.")));
    for (const auto &d : c.valueDistributions) {
        const QStringList tokens = d.pattern.split(QLatin1Char(' '));
        QStringList shown;
        for (qsizetype i = 0; i < tokens.size(); ++i)
            shown << (i == d.position
                          ? QStringLiteral(
                                "<span style=\"color:%1; font-weight:600\"><u>%2</u></span>")
                                .arg(mark, esc(tokens[i]))
                          : esc(tokens[i]));
        h += QStringLiteral("<p><code>%1</code></p><table cellspacing=2>")
                 .arg(shown.join(QLatin1Char(' ')));
        quint64 total = 0;
        for (const auto &v : d.values)
            total += v.count;
        for (const auto &v : d.values) {
            const double share = total ? double(v.count) / double(total) : 0.0;
            h += QStringLiteral(
                     "<tr><td><code>%1</code></td><td align=right>%2</td><td align=right>%3</td>"
                     "<td style=\"color:%4\">%5</td></tr>")
                     .arg(esc(v.name), esc(locale.toString(v.count)),
                          esc(locale.toString(share * 100.0, 'f', 0) + QLatin1Char('%')), mark,
                          QString(qMax(1, int(share * 20 + 0.5)), QChar(0x2588)));
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

void ClusterDetailView::setEvidence(const evidence::ClusterEvidence &evidence)
{
    if (evidence.fingerprint.isEmpty() || evidence.fingerprint != m_fingerprint)
        return;
    m_evidenceHtml = evidenceHtml(evidence, palette());
    render();
}

void ClusterDetailView::render()
{
    const int scroll = m_text->verticalScrollBar()->value();
    const QString filter =
        m_filterText.isEmpty() || m_htmlBefore.isEmpty()
            ? QString()
            : QStringLiteral("<p><b>%1</b></p>").arg(m_filterText.toHtmlEscaped());
    m_text->setHtml(m_htmlBefore + filter + m_evidenceHtml + m_htmlAfter);
    m_text->verticalScrollBar()->setValue(scroll);
}

void ClusterDetailView::clear(const QString &message)
{
    m_fingerprint.clear();
    m_evidenceHtml.clear();
    m_text->setHtml(
        QStringLiteral("<p style=\"color:%1\">%2</p>")
            .arg(palette().color(QPalette::PlaceholderText).name(),
                 esc(message.isEmpty() ? tr("Select a cluster to see its details.") : message)));
}

void ClusterDetailView::setFilterStatistics(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    if (!m_fingerprint.isEmpty()) // a cluster is shown, not a summary or a message
        render();
}

QString ClusterDetailView::plainText() const
{
    return m_text->toPlainText();
}

QString ClusterDetailView::html() const
{
    return m_text->toHtml();
}

void ClusterDetailView::showSelectionSummary(const clustering::ClusterSet &set,
                                             const std::vector<int> &indices)
{
    m_fingerprint.clear();
    m_evidenceHtml.clear();
    const QLocale locale;
    quint64 total = 0;
    QString rows;
    for (int i : indices) {
        const IssueCluster &c = set.clusters()[size_t(i)];
        total += c.count;
        rows += QStringLiteral("<tr><td align=right>%1</td><td>%2</td></tr>")
                    .arg(locale.toString(c.count), esc(c.name));
    }
    m_text->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=4>%3</table>")
                        .arg(esc(tr("%n clusters selected", nullptr, int(indices.size()))),
                             esc(tr("%1 entries in all. Use Merge to make them one cluster.")
                                     .arg(locale.toString(total))),
                             rows));
}

void ClusterDetailView::showCluster(const clustering::ClusterSet &set, int index,
                                    std::shared_ptr<const LogStore> store)
{
    if (index < 0 || size_t(index) >= set.clusters().size()) {
        clear();
        return;
    }
    const IssueCluster &c = set.clusters()[size_t(index)];
    if (m_fingerprint != c.fingerprint)
        m_evidenceHtml.clear();
    m_fingerprint = c.fingerprint;
    const QString mark = palette().color(QPalette::Link).name();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    m_logsUrl = store ? pipeline::clusterLogsUrl(*store, set, index) : QString();
    m_htmlBefore =
        headingHtml(set, c, mark, muted) + statisticsHtml(c) + valuesHtml(c, mark, muted);
    QString h;
    if (!c.explanation.isEmpty()) {
        h += QStringLiteral("<h4>%1</h4><p>%2</p>")
                 .arg(esc(tr("Why these belong together")),
                      esc(c.explanation).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_htmlAfter = h + templatesHtml(set, c, mark, muted) + samplesHtml(c, store.get(), muted);
    render();
}

// The name, the anchor template, the fingerprint and the links out (m_logsUrl set before).
QString ClusterDetailView::headingHtml(const clustering::ClusterSet &set, const IssueCluster &c,
                                       const QString &mark, const QString &muted) const
{
    QString h;
    h += QStringLiteral("<h3>%1</h3>").arg(esc(c.name));
    if (!c.templates.empty()) {
        const auto &anchor = set.templates()[c.templates.front()];
        h += QStringLiteral("<p><code>%1</code></p>").arg(markedTemplate(anchor.text, mark));
    }
    h += QStringLiteral("<p style=\"color:%1\">%2 · %3</p>")
             .arg(muted, esc(tr("Fingerprint %1").arg(c.fingerprint)),
                  esc(c.userDecided ? tr("shaped by your merge or split")
                                    : tr("grouped automatically")));
    if (!m_logsUrl.isEmpty())
        h += QStringLiteral("<p><a href=\"%1\" title=\"%2\">%3</a> &nbsp;·&nbsp; <a "
                            "href=\"copylink:\">%4</a></p>")
                 .arg(m_logsUrl.toHtmlEscaped(),
                      esc(tr("This cluster's service and text, first to last seen, in the Google "
                             "Cloud console")),
                      esc(tr("Open in Logs Explorer")), esc(tr("Copy link to cluster")));
    return h;
}

QString ClusterDetailView::statisticsHtml(const IssueCluster &c)
{
    const QLocale locale;
    QString h = QStringLiteral("<h4>%1</h4><table cellspacing=3>").arg(esc(tr("Statistics")));
    auto row = [&h](const QString &label, const QString &value) {
        if (!value.isEmpty())
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(tr("Entries"), esc(locale.toString(c.count)));
    row(tr("First seen"), esc(timeText(c.firstSeenNs)));
    row(tr("Last seen"), esc(timeText(c.lastSeenNs)));
    QStringList sev;
    for (int s = SeverityCount - 1; s >= 0; --s) {
        if (c.severities[size_t(s)] > 0)
            sev << QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2 %3")
                       .arg(style::severityColor(Severity(s)).name(),
                            esc(style::severityLabel(Severity(s))),
                            esc(locale.toString(c.severities[size_t(s)])));
    }
    row(tr("Severities"), sev.join(QStringLiteral(" &nbsp; ")));
    auto named = [&](const std::vector<clustering::NamedCount> &list) {
        QStringList parts;
        for (const auto &n : list)
            parts << esc(n.name) + QStringLiteral(" (") + esc(locale.toString(n.count)) +
                         QLatin1Char(')');
        return parts.join(QStringLiteral(", "));
    };
    row(tr("Services"), named(c.services));
    row(tr("Revisions"), named(c.revisions));
    QStringList locs;
    for (const auto &l : c.locations) {
        QString t = esc(l.file);
        if (l.line > 0)
            t += QLatin1Char(':') + QString::number(l.line);
        if (!l.function.isEmpty())
            t += QStringLiteral(" <i>") + esc(l.function) + QStringLiteral("</i>");
        locs << t + QStringLiteral(" (") + esc(locale.toString(l.count)) + QLatin1Char(')');
    }
    row(tr("Source"), locs.join(QStringLiteral("<br>")));
    static const char *const valueNames[] = {QT_TR_NOOP("users"), QT_TR_NOOP("e-mail addresses"),
                                             QT_TR_NOOP("IP addresses"), QT_TR_NOOP("ids")};
    QStringList distinct;
    for (size_t v = 0; v < c.distinctValues.size() && v < 4; ++v) {
        if (c.distinctValues[v] > 0)
            distinct << esc(locale.toString(c.distinctValues[v]) + QLatin1Char(' ') +
                            tr(valueNames[v]));
    }
    row(tr("Distinct values"), distinct.join(QStringLiteral(", ")));
    h += QStringLiteral("</table>");
    return h;
}

// The member templates, each with its count, source file and a link to split it out.
QString ClusterDetailView::templatesHtml(const clustering::ClusterSet &set, const IssueCluster &c,
                                         const QString &mark, const QString &muted)
{
    const QLocale locale;
    QString h =
        QStringLiteral("<h4>%1</h4><table cellspacing=4 width=100%>")
            .arg(esc(tr("Templates (%1)").arg(locale.toString(qulonglong(c.templates.size())))));
    const bool canSplit = c.templates.size() > 1;
    for (quint32 t : c.templates) {
        const auto &info = set.templates()[t];
        h += QStringLiteral("<tr><td align=right valign=top>%1</td><td><code>%2</code>")
                 .arg(esc(locale.toString(info.count)), markedTemplate(info.text, mark));
        if (!info.sourceFile.isEmpty())
            h += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                     .arg(muted, esc(info.sourceFile));
        h += QStringLiteral("</td><td valign=top>");
        if (canSplit)
            h += QStringLiteral("<a href=\"split:%1\">%2</a>")
                     .arg(esc(info.fingerprint), esc(tr("Split out")));
        h += QStringLiteral("</td></tr>");
    }
    h += QStringLiteral("</table>");
    return h;
}

// The sample entries with links to open them and their traces (once loading has finished).
QString ClusterDetailView::samplesHtml(const IssueCluster &c, const LogStore *store,
                                       const QString &muted)
{
    QString h = QStringLiteral("<h4>%1</h4>").arg(esc(tr("Sample entries")));
    if (!store) {
        h += QStringLiteral("<p style=\"color:%1\">%2</p>")
                 .arg(muted, esc(tr("Samples can be opened when loading has finished.")));
        return h;
    }
    h += QStringLiteral("<table cellspacing=4>");
    for (const auto &sample : c.samples) {
        if (sample.entry >= store->size())
            continue;
        const size_t e = size_t(sample.entry);
        const QString trace = pipeline::entryTraceUrl(*store, e);
        const QString traceLink = trace.isEmpty()
                                      ? QString()
                                      : QStringLiteral("<br><a href=\"%1\">%2</a>")
                                            .arg(trace.toHtmlEscaped(), esc(tr("Open trace")));
        h += QStringLiteral("<tr><td valign=top><a href=\"entry:%1\">%2</a>%8</td>"
                            "<td valign=top style=\"color:%3\">%4</td>"
                            "<td valign=top><span style=\"color:%5\">&#9679;</span> %6</td>"
                            "<td>%7</td></tr>")
                 .arg(QString::number(e), esc(tr("Open")), muted,
                      esc(timeText(store->timestampNs(e)) + QStringLiteral(" · ") +
                          sampleReason(sample.reason)),
                      style::severityColor(store->severity(e)).name(),
                      esc(view(severityName(store->severity(e)))),
                      esc(firstLine(store->message(e), 300)), traceLink);
    }
    h += QStringLiteral("</table>");
    return h;
}

void ClusterDetailView::onAnchor(const QUrl &url)
{
    const QString s = url.toString();
    if (s.startsWith(QLatin1String("entry:"))) {
        bool ok = false;
        const qulonglong e = s.mid(6).toULongLong(&ok);
        if (ok)
            Q_EMIT entryRequested(e);
    } else if (s.startsWith(QLatin1String("split:"))) {
        Q_EMIT splitRequested({s.mid(6)});
    } else if (s == QLatin1String("codesettings:")) {
        Q_EMIT codeSettingsRequested();
    } else if (s == QLatin1String("copylink:")) {
        Q_EMIT copyLinkRequested(m_fingerprint);
    } else if (url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url); // Logs Explorer, Cloud Trace, GitHub, Error Reporting
    }
}

} // namespace gardener
