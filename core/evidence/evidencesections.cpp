// Markdown of a cluster's evidence for drafts and worklogs (see clusterevidence.h).
#include "core/evidence/clusterevidence.h"
#include "core/evidence/evidencetext.h"

#include <QDateTime>

namespace gardener::evidence {

namespace {

// Text from logs or GitHub, made inert in Markdown (no links, emphasis or HTML of its own).
QString inert(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (QStringLiteral("\\`*_[]<>|").contains(c))
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return out;
}

QString code(const QString &s)
{
    QString fence = QStringLiteral("`");
    while (s.contains(fence))
        fence += QLatin1Char('`');
    const QString pad = s.startsWith(QLatin1Char('`')) || s.endsWith(QLatin1Char('`'))
                            ? QStringLiteral(" ")
                            : QString();
    return fence + pad + s + pad + fence;
}

QString section(int level, const QString &title, const QStringList &bullets, const QString &source)
{
    if (bullets.isEmpty())
        return {};
    if (level <= 0) // compact, for worklogs: one paragraph per section
        return QStringLiteral("**%1:** %2 _(source: %3)_\n\n")
            .arg(title, bullets.join(QStringLiteral("; ")), source);
    QString out =
        QString(level, QLatin1Char('#')) + QLatin1Char(' ') + title + QStringLiteral("\n\n");
    for (const QString &b : bullets)
        out += QStringLiteral("- ") + b + QLatin1Char('\n');
    out += QStringLiteral("\n_Source: ") + source + QStringLiteral("._\n\n");
    return out;
}

QString whereLine(const CodeLink &w)
{
    QString loc = w.path.isEmpty() ? w.source.file : w.path;
    if (w.source.line > 0)
        loc += QLatin1Char(':') + QString::number(w.source.line);
    QString line = w.url.isEmpty() ? code(loc) : QStringLiteral("[%1](%2)").arg(code(loc), w.url);
    if (!w.source.function.isEmpty())
        line += QStringLiteral(" in ") + code(w.source.function);
    if (!w.url.isEmpty())
        line += w.atDeployedCommit
                    ? QStringLiteral(" (at the deployed commit %1)").arg(code(w.ref.left(12)))
                    : QStringLiteral(" (at the default branch %1, not the deployed commit)")
                          .arg(code(w.ref));
    return line;
}

// `compact` (worklogs): the worklog states the source location itself, so only a link to the
// code is worth repeating, and "no link" is left to the details view and drafts.
QStringList whereBullets(const ClusterEvidence &e, QStringList *sources, bool compact)
{
    QStringList bullets;
    const CodeLink &w = e.where;
    if (!w.source.isEmpty() && !(compact && w.url.isEmpty())) {
        bullets << whereLine(w);
        if (w.url.isEmpty() && !w.why.isEmpty())
            bullets << QStringLiteral("No link: ") + inert(w.why);
        *sources << w.source.origin;
        if (!w.mapping.isEmpty())
            *sources << QStringLiteral("code mapping ") + code(w.mapping);
        if (w.atDeployedCommit)
            *sources << QStringLiteral(
                "deployed commit from the revision's commit label or image tag");
    }
    const ErrorReportingEvidence &er = e.errors;
    if (!er.groups.isEmpty()) {
        QStringList groups;
        for (const auto &[id, n] : er.groups.mid(0, 3))
            groups << QStringLiteral("[%1](%2) (%3 entries)")
                          .arg(code(id), er.consoleUrl(id), countText(n));
        bullets << QStringLiteral("Error Reporting: ") + groups.join(QStringLiteral(", "));
        *sources << QStringLiteral("errorGroups[].id of the entries");
    } else if (er.invisible()) {
        bullets << QStringLiteral("Invisible to Error Reporting: none of its %1 entries carries a "
                                  "stack trace or an "
                                  "error group")
                       .arg(countText(er.entries));
        *sources << QStringLiteral("stack traces and errorGroups of the entries");
    }
    return bullets;
}

QString suspectLine(const SuspectCommit &c)
{
    QString line = QStringLiteral("[%1](%2) %3 by %4")
                       .arg(code(c.sha.left(7)), c.url, inert(c.title),
                            c.authorIsLogin ? QStringLiteral("@") + c.author : inert(c.author));
    if (c.date.isValid())
        line += QStringLiteral(", ") + c.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                QStringLiteral(" UTC");
    if (c.pullRequest > 0)
        line += QStringLiteral(" ([#%1](%2))").arg(c.pullRequest).arg(c.pullRequestUrl);
    return line;
}

} // namespace

QString evidenceSections(const ClusterEvidence &e, int level)
{
    QString out;
    QStringList started;
    // A worklog already lists the revisions: there only a tie to a deploy is worth a line.
    const auto &d = e.deploys;
    const bool deployFinding =
        d.firstSeenWithRevision || d.onlyInOneRevision || d.stoppedAfterRevision;
    for (const QString &s : d.statements)
        if (level > 0 || deployFinding)
            started << inert(s.left(1).toUpper() + s.mid(1));
    out += section(level, QStringLiteral("Started with"), started, e.deploysSource);

    QStringList whereSources;
    const QStringList where = whereBullets(e, &whereSources, level <= 0);
    out += section(level, QStringLiteral("Where"), where, whereSources.join(QStringLiteral("; ")));

    QStringList suspects;
    for (size_t i = 0; i < e.suspects.size() && i < 3; ++i)
        suspects << suspectLine(e.suspects[i]);
    if (e.suspects.size() > 3)
        suspects << QStringLiteral("%1 more in the window").arg(e.suspects.size() - 3);
    out += section(level, QStringLiteral("Suspect commits"), suspects, e.suspectsSource);

    QStringList different;
    for (const Difference &d : e.differences)
        different << inert(d.statement());
    const QString compared =
        e.rangeToNs > e.rangeFromNs
            ? QStringLiteral("this cluster's %1 entries from %2 to %3")
                  .arg(countText(e.compared), timeText(e.rangeFromNs), timeText(e.rangeToNs))
            : QStringLiteral("this cluster's %1 entries").arg(countText(e.compared));
    out += section(level, QStringLiteral("Different in this cluster"), different,
                   QStringLiteral("%1 compared with the other %2 entries of the window")
                       .arg(compared, countText(e.restEntries)));

    if (e.owners) {
        const OwnersEvidence &o = *e.owners;
        QStringList owners;
        owners
            << (o.owners.isEmpty()
                    ? QStringLiteral("Nobody: the file leaves %1 unowned").arg(code(e.where.path))
                    : o.owners.join(QStringLiteral(", "))) +
                   QStringLiteral(" (line %1, %2)").arg(o.line).arg(code(o.pattern));
        if (!o.assignees.isEmpty())
            owners << QStringLiteral("Suggested assignees: ") +
                          o.assignees.join(QStringLiteral(", "));
        if (!o.teamLabel().isEmpty())
            owners << QStringLiteral("Team label: ") + code(o.teamLabel());
        out +=
            section(level, QStringLiteral("Owners"), owners,
                    QStringLiteral("%1 of %2 at %3")
                        .arg(code(o.file), o.repo,
                             code(o.ref.isEmpty() ? QStringLiteral("the default branch") : o.ref)));
    }
    for (const QString &note : e.notes)
        out += QStringLiteral("_%1_\n\n").arg(inert(note));
    return out.trimmed().isEmpty() ? QString() : out.trimmed() + QLatin1Char('\n');
}

} // namespace gardener::evidence
