#include "worklogwriter.h"

#include "markdownscan.h"
#include "redaction/redactor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <memory>

namespace gardener::worklog {
namespace {

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("**") + label + QStringLiteral(":** ") + md::escapeInline(value) + QLatin1Char('\n');
}

QString countText(qint64 count, bool lowerBound)
{
    return QString::number(count) + (lowerBound ? QStringLiteral("+") : QString())
           + (count == 1 && !lowerBound ? QStringLiteral(" occurrence") : QStringLiteral(" occurrences"));
}

QString priorityText(const WorklogCluster &c)
{
    if (c.priority.isEmpty())
        return c.priorityLabel;
    return c.priorityLabel.isEmpty() ? c.priority : c.priority + QStringLiteral(" (") + c.priorityLabel + QLatin1Char(')');
}

// A title for a heading: its parentheses escaped so that the reader does not take a title
// ending in "(critical path)" for a priority tail.
QString headingTitle(const QString &title)
{
    QString t = md::escapeInline(title);
    t.replace(QLatin1Char('('), QStringLiteral("\\(")).replace(QLatin1Char(')'), QStringLiteral("\\)"));
    return t;
}

// "(ERROR - P1)" after the heading title, as the hand-written worklogs do.
QString headingTail(const WorklogCluster &c)
{
    QStringList parts;
    if (!c.severity.isEmpty())
        parts.append(c.severity);
    if (!c.priority.isEmpty())
        parts.append(c.priority);
    return parts.isEmpty() ? QString() : QStringLiteral(" (") + parts.join(QStringLiteral(" - ")) + QLatin1Char(')');
}

// Multi-line free text as paragraphs that cannot open headings or code blocks.
QString paragraphs(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1Char('#')) || md::isFenceLine(t))
            line.prepend(QLatin1Char('\\'));
        out.append(line);
    }
    return out.join(QLatin1Char('\n')).trimmed();
}

QString sampleJson(const WorklogSample &s)
{
    if (!s.text.trimmed().isEmpty())
        return s.text.trimmed();
    QJsonObject labels;
    if (!s.module.isEmpty())
        labels.insert(QLatin1String("module"), s.module);
    if (!s.function.isEmpty())
        labels.insert(QLatin1String("function"), s.function);
    if (s.line >= 0)
        labels.insert(QLatin1String("line"), QString::number(s.line));
    QJsonObject payload;
    payload.insert(QLatin1String("message"), s.message);
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

// A fence longer than any run of backticks inside the text.
QString fenceFor(const QString &text)
{
    int longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

QString actionVerb(WorklogAction::Kind kind)
{
    switch (kind) {
    case WorklogAction::Kind::Created:
        return QStringLiteral("Created New Issue");
    case WorklogAction::Kind::Updated:
        return QStringLiteral("Updated Existing Issue");
    case WorklogAction::Kind::Reopened:
        return QStringLiteral("Reopened Issue");
    case WorklogAction::Kind::Linked:
        break;
    }
    return QStringLiteral("Linked Existing Issue");
}

QString actionBlock(const WorklogAction &a, const std::function<QString(const QString &)> &redact)
{
    QString out;
    QString what = actionVerb(a.kind);
    if (a.issue >= 0)
        what += QStringLiteral(" #") + QString::number(a.issue);
    out += QStringLiteral("- ") + field(QStringLiteral("Action"), what);
    if (!a.title.isEmpty())
        out += QStringLiteral("- **Title:** \"") + md::escapeInline(redact(a.title)) + QStringLiteral("\"\n");
    if (!a.url.isEmpty())
        out += QStringLiteral("- ") + field(QStringLiteral("URL"), a.url);
    if (!a.priorityChange.isEmpty()) {
        QString change = a.priorityChange;
        change.replace(QStringLiteral("->"), QStringLiteral(" -> "));
        out += QStringLiteral("- ") + field(QStringLiteral("Priority Change"), change);
    }
    if (!a.status.isEmpty())
        out += QStringLiteral("- ") + field(QStringLiteral("Status"), redact(a.status));
    return out;
}

} // namespace

QString WorklogWriter::render(const WorklogData &d, const WorklogWriterOptions &options)
{
    std::function<QString(const QString &)> redact = options.redact;
    if (!redact) {
        auto redactor = std::make_shared<redaction::Redactor>();
        redact = [redactor](const QString &text) { return redactor->redact(text); };
    }
    const QDateTime generated = (d.generated.isValid() ? d.generated : QDateTime::currentDateTimeUtc()).toUTC();
    const QString stamp = generated.toString(Qt::ISODate);

    QString out;
    out += QStringLiteral("# GCP Log Gardener Worklog - ") + stamp + QStringLiteral("\n\n");
    out += field(QStringLiteral("Generated"), stamp);
    if (!d.service.isEmpty())
        out += field(QStringLiteral("Service"), d.service);
    if (!d.project.isEmpty())
        out += field(QStringLiteral("Project"), d.project);
    if (!d.timeRange.isEmpty())
        out += field(QStringLiteral("Time Range"), d.timeRange);
    if (!d.severityFilter.isEmpty())
        out += field(QStringLiteral("Severity Filter"), d.severityFilter);
    if (d.entriesAnalysed >= 0)
        out += field(QStringLiteral("Total Log Entries Analyzed"),
                     QString::number(d.entriesAnalysed) + (d.entriesLowerBound ? QStringLiteral("+") : QString()));
    if (!d.revision.isEmpty())
        out += field(QStringLiteral("Revision"), d.revision);

    out += QStringLiteral("\n## Executive Summary\n\n");
    if (!d.summaryText.trimmed().isEmpty())
        out += paragraphs(redact(d.summaryText)) + QStringLiteral("\n\n");
    else
        out += QStringLiteral("%1 issue cluster(s) found.\n\n").arg(d.clusters.size());
    for (qsizetype i = 0; i < d.clusters.size(); ++i) {
        const WorklogCluster &c = d.clusters.at(i);
        out += QStringLiteral("%1. **%2**").arg(i + 1).arg(md::escapeInline(redact(c.title)));
        if (!c.priority.isEmpty())
            out += QStringLiteral(" (") + c.priority + QLatin1Char(')');
        out += QStringLiteral(" - ") + (c.count >= 0 ? countText(c.count, c.countLowerBound)
                                                     : QStringLiteral("count not stated"));
        out += QLatin1Char('\n');
    }

    out += QStringLiteral("\n## Issue Clusters\n");
    for (qsizetype i = 0; i < d.clusters.size(); ++i) {
        const WorklogCluster &c = d.clusters.at(i);
        const int number = int(i) + 1;
        out += QStringLiteral("\n### Cluster %1: %2%3\n").arg(number).arg(headingTitle(redact(c.title)), headingTail(c));
        if (!c.severity.isEmpty() || !c.severityText.isEmpty())
            out += field(QStringLiteral("Severity"), c.severity.isEmpty() ? c.severityText : c.severity);
        if (!priorityText(c).isEmpty())
            out += field(QStringLiteral("Priority"), priorityText(c));
        if (!c.category.isEmpty())
            out += field(QStringLiteral("Category"), c.category);
        if (c.count >= 0)
            out += field(QStringLiteral("Count"), countText(c.count, c.countLowerBound));
        if (!c.frequency.isEmpty())
            out += field(QStringLiteral("Frequency"), redact(c.frequency));
        if (!c.impact.isEmpty())
            out += field(QStringLiteral("Impact"), redact(c.impact));
        if (!c.pattern.isEmpty())
            out += field(QStringLiteral("Pattern"), redact(c.pattern));
        if (!c.fingerprint.isEmpty())
            out += QStringLiteral("**Fingerprint:** `") + c.fingerprint + QStringLiteral("`\n");

        QList<WorklogSample> json, bullets;
        for (const WorklogSample &s : c.samples)
            (s.kind == WorklogSample::Kind::Json ? json : bullets).append(s);
        const int limit = std::max(0, options.maxSamplesPerCluster);
        if (!json.isEmpty()) {
            out += QStringLiteral("\n**Sample Log Entries:**\n");
            for (qsizetype k = 0; k < json.size() && k < limit; ++k) {
                const QString text = redact(sampleJson(json.at(k)));
                const QString fence = fenceFor(text);
                out += fence + QStringLiteral("json\n") + text + QLatin1Char('\n') + fence + QLatin1Char('\n');
            }
        }
        if (!bullets.isEmpty()) {
            out += QStringLiteral("\n**Occurrences:**\n");
            for (qsizetype k = 0; k < bullets.size() && k < limit; ++k) {
                const WorklogSample &s = bullets.at(k);
                out += QStringLiteral("- `") + s.timestamp + QStringLiteral("`");
                if (!s.message.isEmpty())
                    out += QStringLiteral(" ") + md::escapeInline(redact(s.message));
                out += QLatin1Char('\n');
            }
        }
        if (!c.module.isEmpty() && c.line >= 0) {
            out += QStringLiteral("\n**Source Location:** `%1:%2`").arg(c.module).arg(c.line);
            if (!c.function.isEmpty())
                out += QStringLiteral(" in `") + c.function + QLatin1Char('`');
            out += QLatin1Char('\n');
        } else if (!c.module.isEmpty() || !c.function.isEmpty() || c.line >= 0) {
            out += QLatin1Char('\n');
            if (!c.module.isEmpty())
                out += field(QStringLiteral("Module"), c.module);
            if (!c.function.isEmpty())
                out += field(QStringLiteral("Function"), c.function);
            if (c.line >= 0)
                out += field(QStringLiteral("Line"), QString::number(c.line));
        }
        if (!c.extraFields.isEmpty()) {
            out += QLatin1Char('\n');
            for (const auto &f : c.extraFields)
                out += field(f.first, redact(f.second));
        }
        if (!c.analysis.trimmed().isEmpty())
            out += QStringLiteral("\n**Analysis:**\n\n") + paragraphs(redact(c.analysis)) + QLatin1Char('\n');
        out += QStringLiteral("\n---\n");
    }

    out += QStringLiteral("\n## Raw Log Summary\n\n");
    if (d.entriesAnalysed >= 0)
        out += field(QStringLiteral("Total Log Entries Analyzed"),
                     QString::number(d.entriesAnalysed) + (d.entriesLowerBound ? QStringLiteral("+") : QString()));
    if (!d.severityDistribution.isEmpty()) {
        QStringList parts;
        for (const auto &s : d.severityDistribution)
            parts.append(s.first + QStringLiteral(": ") + QString::number(s.second));
        out += field(QStringLiteral("Severity Distribution"), parts.join(QStringLiteral(", ")));
    }
    if (!d.firstEntry.isEmpty())
        out += field(QStringLiteral("First Entry"), d.firstEntry);
    if (!d.lastEntry.isEmpty())
        out += field(QStringLiteral("Last Entry"), d.lastEntry);

    out += QStringLiteral("\n## GitHub Actions Taken\n\n");
    bool any = false;
    for (const WorklogAction &a : d.actions) {
        if (a.cluster < 0 || a.cluster >= d.clusters.size()) {
            out += actionBlock(a, redact);
            any = true;
        }
    }
    for (qsizetype i = 0; i < d.clusters.size(); ++i) {
        QString block;
        for (const WorklogAction &a : d.actions) {
            if (a.cluster == int(i))
                block += actionBlock(a, redact);
        }
        if (block.isEmpty())
            continue;
        const WorklogCluster &c = d.clusters.at(i);
        out += QStringLiteral("\n### Cluster %1: %2%3\n").arg(i + 1).arg(headingTitle(redact(c.title)), headingTail(c));
        out += block;
        any = true;
    }
    if (!any)
        out += QStringLiteral("No GitHub issues were created or updated.\n");

    out += QStringLiteral("\n## Next Steps\n\n");
    QStringList steps = d.nextSteps;
    if (steps.isEmpty()) {
        for (qsizetype i = 0; i < d.clusters.size(); ++i) {
            bool handled = false;
            for (const WorklogAction &a : d.actions)
                handled = handled || a.cluster == int(i);
            if (!handled)
                steps.append(QStringLiteral("Review cluster %1 (%2) and decide whether it needs an issue.")
                                 .arg(i + 1).arg(redact(d.clusters.at(i).title)));
        }
        if (steps.isEmpty())
            steps.append(QStringLiteral("Watch the next run for recurrences."));
    }
    for (qsizetype i = 0; i < steps.size(); ++i)
        out += QStringLiteral("%1. ").arg(i + 1) + md::escapeInline(steps.at(i)) + QLatin1Char('\n');
    return out;
}

QString WorklogWriter::fileName(const QDateTime &generated, int attempt)
{
    const QDateTime t = (generated.isValid() ? generated : QDateTime::currentDateTimeUtc()).toUTC();
    QString name = QStringLiteral("worklog-") + t.toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    if (attempt > 0)
        name += QStringLiteral("_%1").arg(attempt + 1, 2, 10, QLatin1Char('0'));
    return name + QStringLiteral(".md");
}

namespace {

// Qt's text for a failed write, made specific: "Unknown error" on a full disk says nothing.
QString whyNotWritten(const QFileDevice &file, const QString &folder, qint64 needed)
{
    if (file.error() == QFileDevice::PermissionsError)
        return QStringLiteral("permission denied");
    const QString qtError = file.errorString();
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesTotal() > 0 && storage.bytesAvailable() < needed + 4096)
        return QStringLiteral("the disk is full (%1 bytes free, the worklog needs %2)").arg(storage.bytesAvailable()).arg(needed);
    if (storage.isValid() && storage.isReadOnly())
        return QStringLiteral("the disk is read-only");
    if (qtError.isEmpty() || qtError == QLatin1String("Unknown error"))
        return QStringLiteral("the file could not be written whole (is the disk full?)");
    return qtError.toLower();
}

} // namespace

Result<QString> WorklogWriter::write(const WorklogData &data, const QString &folder,
                                     const WorklogWriterOptions &options)
{
    QDir dir(folder);
    if (!dir.exists()) {
        if (!QDir().mkpath(folder))
            return fail(QStringLiteral("cannot create the worklog folder"), folder);
        // A folder the app creates is the user's alone; an existing one keeps its mode.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QByteArray bytes = render(data, options).toUtf8();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = dir.filePath(fileName(data.generated, attempt));
        // Reserve the name: an exclusive create fails when another worklog (or another
        // writer running at the same moment) has it.
        QFile reserve(path);
        if (!reserve.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (QFileInfo::exists(path))
                continue;
            // Not a name clash: the folder refuses files (read-only, permissions, full).
            return fail(QStringLiteral("cannot write to %1: %2").arg(folder, whyNotWritten(reserve, folder, bytes.size())),
                        folder);
        }
        reserve.close();
        QSaveFile file(path);
        // Unbuffered: a short write (a full disk, a file size limit) shows in write()'s count.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            QFile::remove(path);
            return fail(QStringLiteral("cannot write the worklog: %1").arg(whyNotWritten(file, folder, bytes.size())), path);
        }
        if (file.write(bytes) != bytes.size() || !file.commit() || QFileInfo(path).size() != bytes.size()) {
            const QString why = whyNotWritten(file, folder, bytes.size());
            file.cancelWriting();
            QFile::remove(path);
            return fail(QStringLiteral("cannot write the worklog: %1").arg(why), path);
        }
        return path;
    }
    return fail(QStringLiteral("100 worklogs already exist for this minute"), folder);
}

} // namespace gardener::worklog
