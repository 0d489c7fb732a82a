#include "core/worklog/worklogwriter.h"

#include "core/redaction/redactor.h"
#include "core/worklog/markdownscan.h"
#include "core/worklog/sincelastrun.h"
#include "core/worklog/writersections.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>
#include <memory>

namespace gardener::worklog {
namespace writer {
namespace {

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

QString actionBlock(const WorklogAction &a, const Redact &redact)
{
    QString out;
    QString what = actionVerb(a.kind);
    if (a.issue >= 0)
        what += QStringLiteral(" #") + QString::number(a.issue);
    out += QStringLiteral("- ") + field(QStringLiteral("Action"), what);
    if (!a.title.isEmpty())
        out += QStringLiteral("- **Title:** \"") + inlineText(redact(a.title)) +
               QStringLiteral("\"\n");
    if (!a.url.isEmpty())
        out += QStringLiteral("- **URL:** ") + a.url + QLatin1Char('\n');
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

QString rawLogSummary(const WorklogData &d)
{
    QString out = QStringLiteral("\n## Raw Log Summary\n\n");
    if (d.entriesAnalysed >= 0)
        out += field(QStringLiteral("Total Log Entries Analyzed"),
                     QString::number(d.entriesAnalysed) +
                         (d.entriesLowerBound ? QStringLiteral("+") : QString()));
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
    return out;
}

QString githubActions(const WorklogData &d, const Redact &redact)
{
    QString out = QStringLiteral("\n## GitHub Actions Taken\n\n");
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
        out += QStringLiteral("\n### Cluster %1: %2%3\n")
                   .arg(i + 1)
                   .arg(headingTitle(redact(c.title)), headingTail(c));
        out += block;
        any = true;
    }
    if (!any)
        out += QStringLiteral("No GitHub issues were created or updated.\n");
    return out;
}

QString nextSteps(const WorklogData &d, const Redact &redact)
{
    QString out = QStringLiteral("\n## Next Steps\n\n");
    QStringList steps = d.nextSteps;
    if (steps.isEmpty()) {
        for (qsizetype i = 0; i < d.clusters.size(); ++i) {
            bool handled = false;
            for (const WorklogAction &a : d.actions)
                handled = handled || a.cluster == int(i);
            if (!handled)
                steps.append(
                    QStringLiteral("Review cluster %1 (%2) and decide whether it needs an issue.")
                        .arg(i + 1)
                        .arg(redact(d.clusters.at(i).title)));
        }
        if (steps.isEmpty())
            steps.append(QStringLiteral("Watch the next run for recurrences."));
    }
    for (qsizetype i = 0; i < steps.size(); ++i)
        out += QStringLiteral("%1. ").arg(i + 1) + inlineText(steps.at(i)) + QLatin1Char('\n');
    return out;
}

} // namespace writer

QString WorklogWriter::render(const WorklogData &d, const WorklogWriterOptions &options)
{
    using namespace writer;
    Redact redact = options.redact;
    if (!redact) {
        auto redactor = std::make_shared<redaction::Redactor>();
        redact = [redactor](const QString &text) { return redactor->redact(text); };
    }
    QString out = header(d);
    out += executiveSummary(d, redact);
    out += sinceLastRunSection(d, redact);
    out += QStringLiteral("\n## Issue Clusters\n");
    int detailed = 0;
    qsizetype firstCompact = d.clusters.size();
    for (qsizetype i = 0; i < d.clusters.size(); ++i) {
        const WorklogCluster &c = d.clusters.at(i);
        const bool full = (options.maxDetailed < 0 || detailed < options.maxDetailed) &&
                          priorityNumber(c.priority) <= options.detailMaxPriority;
        if (!full) {
            // Reading order is priority order: everything after the first compact one is too.
            firstCompact = i;
            break;
        }
        out += clusterSection(c, int(i) + 1, redact, options);
        ++detailed;
    }
    out += otherClustersTable(d, int(firstCompact), redact);
    out += rawLogSummary(d);
    out += githubActions(d, redact);
    out += nextSteps(d, redact);
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
        return QStringLiteral("the disk is full (%1 bytes free, the worklog needs %2)")
            .arg(storage.bytesAvailable())
            .arg(needed);
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
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    const QByteArray bytes = render(data, options).toUtf8();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = dir.filePath(fileName(data.generated, attempt));
        // Reserve the name: an exclusive create fails when another worklog (or another
        // writer running at the same moment) has it.
        QFile reserve(path);
        if (!reserve.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (QFileInfo::exists(path))
                continue;
            // Not a name clash: the folder refuses files (read-only, permissions, full).
            return fail(QStringLiteral("cannot write to %1: %2")
                            .arg(folder, whyNotWritten(reserve, folder, bytes.size())),
                        folder);
        }
        reserve.close();
        QSaveFile file(path);
        // Unbuffered: a short write (a full disk, a file size limit) shows in write()'s count.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            QFile::remove(path);
            return fail(QStringLiteral("cannot write the worklog: %1")
                            .arg(whyNotWritten(file, folder, bytes.size())),
                        path);
        }
        if (file.write(bytes) != bytes.size() || !file.commit() ||
            QFileInfo(path).size() != bytes.size()) {
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
