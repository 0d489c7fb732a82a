#include "core/worklog/writersections.h"

#include "core/worklog/markdownscan.h"
#include "core/worklog/safetext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gardener::worklog::writer {

// Templates longer than this are cut (after redaction) in the Pattern line.
constexpr int MaxTemplateChars = 160;

QString inlineText(const QString &text)
{
    // Every ASCII punctuation character that can start Markdown or HTML is escaped; GitHub
    // shows "\<" as "<", so a placeholder such as <NUM> is never taken for a tag.
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out.append(QLatin1Char(' '));
            continue;
        }
        if (QStringLiteral("\\`*_|<[]&~").contains(c))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

QString codeSpan(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    int longest = 0, run = 0;
    for (const QChar c : t) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    // A span that starts or ends with a backtick needs a space inside its fence.
    const bool pad = t.startsWith(QLatin1Char('`')) || t.endsWith(QLatin1Char('`'));
    return fence + (pad ? QStringLiteral(" ") : QString()) + t +
           (pad ? QStringLiteral(" ") : QString()) + fence;
}

QString tableCell(const QString &markdown)
{
    // GitHub splits table cells on "|" even inside code spans; "\|" is a literal pipe there.
    QString out;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown.at(i);
        if (c == QLatin1Char('|') && (i == 0 || markdown.at(i - 1) != QLatin1Char('\\')))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

QString fenceFor(const QString &text)
{
    int longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("**") + label + QStringLiteral(":** ") + inlineText(value) +
           QLatin1Char('\n');
}

QString countText(qint64 count, bool lowerBound)
{
    return QString::number(count) + (lowerBound ? QStringLiteral("+") : QString()) +
           (count == 1 && !lowerBound ? QStringLiteral(" occurrence")
                                      : QStringLiteral(" occurrences"));
}

QString priorityText(const WorklogCluster &c)
{
    if (c.priority.isEmpty())
        return c.priorityLabel;
    return c.priorityLabel.isEmpty()
               ? c.priority
               : c.priority + QStringLiteral(" (") + c.priorityLabel + QLatin1Char(')');
}

QString headingTail(const WorklogCluster &c)
{
    QStringList parts;
    if (!c.severity.isEmpty())
        parts.append(c.severity);
    if (!c.priority.isEmpty())
        parts.append(c.priority);
    return parts.isEmpty()
               ? QString()
               : QStringLiteral(" (") + parts.join(QStringLiteral(" - ")) + QLatin1Char(')');
}

QString headingTitle(const QString &title)
{
    // Escaped parentheses: the reader must not take "(critical path)" for a priority tail.
    QString t = inlineText(title);
    t.replace(QLatin1Char('('), QStringLiteral("\\("))
        .replace(QLatin1Char(')'), QStringLiteral("\\)"));
    return t;
}

QString paragraphs(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1Char('#')) || md::isFenceLine(t) || t.startsWith(QLatin1Char('<')))
            line.prepend(QLatin1Char('\\'));
        out.append(line);
    }
    return out.join(QLatin1Char('\n')).trimmed();
}

int priorityNumber(const QString &priority)
{
    static const QRegularExpression re(QStringLiteral("^P([0-9])$"));
    const auto m = re.match(priority);
    return m.hasMatch() ? m.captured(1).toInt() : 9;
}

namespace {

// The cells both cluster tables start with: title | priority | severity | count ("–" when a
// value is not known).
QString clusterCells(const WorklogCluster &c, const Redact &redact)
{
    const QString unknown = QStringLiteral("–");
    return QStringLiteral("%1 | %2 | %3 | %4")
        .arg(tableCell(inlineText(redact(c.title))), c.priority.isEmpty() ? unknown : c.priority,
             c.severity.isEmpty() ? unknown : c.severity,
             c.count >= 0
                 ? QString::number(c.count) + (c.countLowerBound ? QStringLiteral("+") : QString())
                 : unknown);
}

} // namespace

QString header(const WorklogData &d)
{
    const QDateTime generated =
        (d.generated.isValid() ? d.generated : QDateTime::currentDateTimeUtc()).toUTC();
    const QString stamp = generated.toString(Qt::ISODate);
    QString out = QStringLiteral("# GCP Log Gardener Worklog - ") + stamp + QStringLiteral("\n\n");
    out += field(QStringLiteral("Generated"), stamp);
    auto add = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            out += field(QLatin1String(label), value);
    };
    add("Service", d.service);
    add("Project", d.project);
    add("Time Range", d.timeRange);
    add("Severity Filter", d.severityFilter);
    if (d.entriesAnalysed >= 0)
        add("Total Log Entries Analyzed",
            QString::number(d.entriesAnalysed) +
                (d.entriesLowerBound ? QStringLiteral("+") : QString()));
    add("Revision", d.revision);
    return out;
}

QString executiveSummary(const WorklogData &d, const Redact &redact)
{
    QString out = QStringLiteral("\n## Executive Summary\n\n");
    if (!d.summaryText.trimmed().isEmpty())
        out += paragraphs(redact(d.summaryText)) + QStringLiteral("\n\n");
    else
        out += QStringLiteral("%1 issue cluster(s) found.\n\n").arg(d.clusters.size());
    if (d.clusters.isEmpty())
        return out;
    // Ranked by priority (the clusters come in reading order).
    out += QStringLiteral(
        "| # | Cluster | Priority | Severity | Count | Rate |\n|---:|---|---|---|---:|---|\n");
    for (qsizetype i = 0; i < d.clusters.size(); ++i) {
        const WorklogCluster &c = d.clusters.at(i);
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(i + 1)
                   .arg(clusterCells(c, redact), tableCell(inlineText(c.rate)));
    }
    return out;
}

namespace {

QString sampleJson(const WorklogSample &s)
{
    if (const QString text = s.text.toString().trimmed(); !text.isEmpty())
        return text;
    QJsonObject labels;
    if (!s.module.isEmpty())
        labels.insert(QLatin1String("module"), s.module);
    if (!s.function.isEmpty())
        labels.insert(QLatin1String("function"), s.function);
    if (s.line >= 0)
        labels.insert(QLatin1String("line"), QString::number(s.line));
    QJsonObject payload;
    payload.insert(QLatin1String("message"), s.message.toString());
    if (!labels.isEmpty())
        payload.insert(QLatin1String("labels"), labels);
    QJsonObject entry;
    if (!s.severity.isEmpty())
        entry.insert(QLatin1String("severity"), s.severity);
    if (!s.timestamp.isEmpty())
        entry.insert(QLatin1String("timestamp"), s.timestamp);
    entry.insert(QLatin1String("jsonPayload"), payload);
    return QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Indented)).trimmed();
}

QString samples(const WorklogCluster &c, const Redact &redact, int limit)
{
    QString out;
    QList<WorklogSample> json, bullets;
    for (const WorklogSample &s : c.samples)
        (s.kind == WorklogSample::Kind::Json ? json : bullets).append(s);
    if (!json.isEmpty()) {
        out += QStringLiteral("\n**Sample Log Entries:**\n");
        for (qsizetype k = 0; k < json.size() && k < limit; ++k) {
            const QString text = redact(sampleJson(json.at(k)));
            const QString fence = fenceFor(text);
            out += fence + QStringLiteral("json\n") + text + QLatin1Char('\n') + fence +
                   QLatin1Char('\n');
            if (!json.at(k).stackTrace.isEmpty()) {
                const QString trace = redact(json.at(k).stackTrace);
                const QString traceFence = fenceFor(trace);
                out += traceFence + QStringLiteral("text\n") + trace + QLatin1Char('\n') +
                       traceFence + QLatin1Char('\n');
            }
        }
    }
    if (!bullets.isEmpty()) {
        out += QStringLiteral("\n**Occurrences:**\n");
        for (qsizetype k = 0; k < bullets.size() && k < limit; ++k) {
            const WorklogSample &s = bullets.at(k);
            out += QStringLiteral("- `") + s.timestamp + QStringLiteral("`");
            if (!s.message.isEmpty())
                out += QStringLiteral(" ") + inlineText(redact(s.message));
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QString location(const WorklogCluster &c)
{
    if (!c.module.isEmpty() && c.line >= 0) {
        QString out = QStringLiteral("**Source Location:** ") +
                      codeSpan(QStringLiteral("%1:%2").arg(c.module).arg(c.line));
        if (!c.function.isEmpty())
            out += QStringLiteral(" in ") + codeSpan(c.function);
        return out + QLatin1Char('\n');
    }
    QString out;
    if (!c.module.isEmpty())
        out += field(QStringLiteral("Module"), c.module);
    if (!c.function.isEmpty())
        out += field(QStringLiteral("Function"), c.function);
    if (c.line >= 0)
        out += field(QStringLiteral("Line"), QString::number(c.line));
    return out;
}

} // namespace

QString clusterSection(const WorklogCluster &c, int number, const Redact &redact,
                       const WorklogWriterOptions &o)
{
    QString out = QStringLiteral("\n### Cluster %1: %2%3\n")
                      .arg(number)
                      .arg(headingTitle(redact(c.title)), headingTail(c));
    // The key facts on one line, as the hand-written worklogs do.
    QStringList key;
    if (!c.severity.isEmpty() || !c.severityText.isEmpty())
        key << QStringLiteral("**Severity:** ") +
                   inlineText(c.severity.isEmpty() ? c.severityText : c.severity);
    if (!priorityText(c).isEmpty())
        key << QStringLiteral("**Priority:** ") + inlineText(priorityText(c));
    if (c.count >= 0)
        key << QStringLiteral("**Count:** ") + countText(c.count, c.countLowerBound);
    if (!c.category.isEmpty())
        key << QStringLiteral("**Category:** ") + inlineText(c.category);
    if (!key.isEmpty())
        out += key.join(QStringLiteral(" | ")) + QLatin1Char('\n');
    auto add = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            out += field(QLatin1String(label), redact(value));
    };
    add("Impact", c.impact);
    add("When", c.window);
    add("Frequency", c.frequency);
    add("Revisions", c.revisions);
    add("Affected", c.affected);
    out += location(c);
    if (!c.logsUrl.isEmpty() || !c.traceUrl.isEmpty()) {
        QStringList links;
        if (!c.logsUrl.isEmpty())
            links << QStringLiteral("[Cloud Logging](<%1>)").arg(c.logsUrl);
        if (!c.traceUrl.isEmpty())
            links << QStringLiteral("[Cloud Trace](<%1>)").arg(c.traceUrl);
        out += QStringLiteral("**Logs:** ") + links.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    }
    if (!c.templates.isEmpty()) {
        QStringList parts;
        for (const auto &t : c.templates)
            parts << codeSpan(cutRedacted(redact(t.first), MaxTemplateChars)) +
                         QStringLiteral(" (%1)").arg(t.second);
        out +=
            QStringLiteral("**Pattern:** ") + parts.join(QStringLiteral("; ")) + QLatin1Char('\n');
    } else if (!c.pattern.isEmpty()) {
        add("Pattern", c.pattern);
    }
    if (!c.fingerprint.isEmpty())
        out += QStringLiteral("**Fingerprint:** ") + codeSpan(c.fingerprint) + QLatin1Char('\n');
    out += samples(c, redact, std::max(0, o.maxSamplesPerCluster));
    if (!c.extraFields.isEmpty()) {
        out += QLatin1Char('\n');
        for (const auto &f : c.extraFields)
            out += field(f.first, redact(f.second));
    }
    if (!c.analysis.trimmed().isEmpty())
        out += QStringLiteral("\n**Analysis:**\n\n") + paragraphs(redact(c.analysis)) +
               QLatin1Char('\n');
    // Evidence (deploys, code, owners) comes as ready Markdown sections.
    if (!c.evidence.trimmed().isEmpty())
        out += QLatin1Char('\n') + redact(c.evidence.trimmed()) + QLatin1Char('\n');
    if (!c.ruleTrace.trimmed().isEmpty()) {
        // Rule traces are for whoever doubts the grouping or the priority: collapsed.
        out += QStringLiteral(
            "\n<details><summary>Why grouped and prioritised this way</summary>\n\n");
        for (const QString &line : redact(c.ruleTrace).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += QStringLiteral("- ") + inlineText(line) + QLatin1Char('\n');
        out += QStringLiteral("\n</details>\n");
    }
    return out;
}

QString otherClustersTable(const WorklogData &d, int firstCompact, const Redact &redact)
{
    if (firstCompact >= d.clusters.size())
        return QString();
    QString out =
        QStringLiteral("\n### Other Clusters\n\n"
                       "| # | Cluster | Priority | Severity | Count | Location | Fingerprint |\n"
                       "|---:|---|---|---|---:|---|---|\n");
    for (qsizetype i = firstCompact; i < d.clusters.size(); ++i) {
        const WorklogCluster &c = d.clusters.at(i);
        QString where;
        if (!c.module.isEmpty())
            where = codeSpan(c.line >= 0 ? QStringLiteral("%1:%2").arg(c.module).arg(c.line)
                                         : c.module);
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(i + 1)
                   .arg(clusterCells(c, redact), tableCell(where),
                        c.fingerprint.isEmpty() ? QString() : tableCell(codeSpan(c.fingerprint)));
    }
    return out;
}

} // namespace gardener::worklog::writer
