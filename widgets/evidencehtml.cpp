#include "widgets/evidencehtml.h"

#include "core/evidence/clusterevidence.h"
#include "core/evidence/evidencetext.h"

#include <QCoreApplication>
#include <QLocale>

#include <QPalette>
#include <algorithm>
#include <climits>

namespace gardener {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString link(const QString &text, const QString &url)
{
    return url.isEmpty() ? esc(text)
                         : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(text));
}

struct Writer
{
    QString muted;
    QString html;
    void section(const QString &title, const QStringList &items, const QString &source)
    {
        if (items.isEmpty())
            return;
        html += QStringLiteral("<h4>%1</h4><ul style=\"margin-top:0\">").arg(esc(title));
        for (const QString &i : items)
            html += QStringLiteral("<li>%1</li>").arg(i);
        html +=
            QStringLiteral("</ul><p style=\"color:%1; margin-top:0\">%2</p>")
                .arg(muted,
                     esc(QCoreApplication::translate("gardener::ClusterDetailView", "Source: %1")
                             .arg(QString(source).remove(QLatin1Char('`')))));
    }
};

QStringList whereItems(const evidence::ClusterEvidence &e, QStringList *sources)
{
    QStringList items;
    const auto &w = e.where;
    if (!w.source.isEmpty()) {
        QString loc = w.path.isEmpty() ? w.source.file : w.path;
        if (w.source.line > 0)
            loc += QLatin1Char(':') + QString::number(w.source.line);
        QString item = QStringLiteral("<code>%1</code>").arg(link(loc, w.url));
        if (!w.source.function.isEmpty())
            item += QStringLiteral(" in <i>%1</i>").arg(esc(w.source.function));
        if (!w.url.isEmpty())
            item +=
                esc(w.atDeployedCommit ? QCoreApplication::translate("gardener::ClusterDetailView",
                                                                     " (at the deployed commit %1)")
                                             .arg(w.ref.left(12))
                                       : QCoreApplication::translate(
                                             "gardener::ClusterDetailView",
                                             " (at the default branch %1, not the deployed commit)")
                                             .arg(w.ref));
        items << item;
        if (w.url.isEmpty() && !w.why.isEmpty())
            items << esc(QCoreApplication::translate("gardener::ClusterDetailView", "No link: %1")
                             .arg(w.why)) +
                         QStringLiteral(" <a href=\"codesettings:\">%1</a>")
                             .arg(esc(QCoreApplication::translate("gardener::ClusterDetailView",
                                                                  "Edit code mappings…")));
        *sources << w.source.origin;
        if (!w.mapping.isEmpty())
            *sources << QCoreApplication::translate("gardener::ClusterDetailView",
                                                    "code mapping %1")
                            .arg(w.mapping);
    }
    const auto &er = e.errors;
    if (!er.groups.isEmpty()) {
        QStringList groups;
        for (const auto &[id, n] : er.groups.mid(0, 3))
            groups << link(id, er.consoleUrl(id)) +
                          esc(QCoreApplication::translate("gardener::ClusterDetailView",
                                                          " (%1 entries)")
                                  .arg(evidence::countText(n)));
        items << esc(QCoreApplication::translate("gardener::ClusterDetailView",
                                                 "Error Reporting: ")) +
                     groups.join(QStringLiteral(", "));
        *sources << QCoreApplication::translate("gardener::ClusterDetailView",
                                                "errorGroups[].id of the entries");
    } else if (er.invisible()) {
        items << esc(QCoreApplication::translate("gardener::ClusterDetailView",
                                                 "Invisible to Error Reporting: none of its %1 "
                                                 "entries carries a stack trace or an error group")
                         .arg(evidence::countText(er.entries)));
        *sources << QCoreApplication::translate("gardener::ClusterDetailView",
                                                "stack traces and errorGroups of the entries");
    }
    return items;
}

} // namespace

static QStringList usersItems(const evidence::UsersAffected &u)
{
    if (u.kind == evidence::UsersAffected::Kind::None)
        return {};
    const int n = int(std::min<quint64>(u.distinct, INT_MAX));
    if (u.kind == evidence::UsersAffected::Kind::Users)
        return {QStringLiteral("<b>%1</b>")
                    .arg(esc(n == 1 ? QCoreApplication::translate("gardener::ClusterDetailView",
                                                                  "1 user")
                                    : QCoreApplication::translate("gardener::ClusterDetailView",
                                                                  "%n users", nullptr, n)))};
    // Only the count is emphasised: the caveat is what keeps it from being read as users.
    return {
        QStringLiteral("<b>%1</b> — %2")
            .arg(esc(n == 1 ? QCoreApplication::translate("gardener::ClusterDetailView",
                                                          "1 client IP address")
                            : QCoreApplication::translate("gardener::ClusterDetailView",
                                                          "%n client IP addresses", nullptr, n)),
                 esc(QCoreApplication::translate(
                     "gardener::ClusterDetailView",
                     "IP addresses, not users: no entry names a user, and one address may "
                     "stand for several users or one user for several addresses")))};
}

static QString usersSource(const evidence::UsersAffected &u)
{
    const QLocale locale;
    const QString field = QStringLiteral("`%1`").arg(u.field);
    if (u.sampled())
        return QCoreApplication::translate("gardener::ClusterDetailView",
                                           "%1 in %2 of %3 entries read (an even sample of %4)")
            .arg(field, locale.toString(u.withValue), locale.toString(u.read),
                 locale.toString(u.entries));
    return QCoreApplication::translate("gardener::ClusterDetailView", "%1 in %2 of %3 entries")
        .arg(field, locale.toString(u.withValue), locale.toString(u.entries));
}

namespace {

// The three most recent commits that touched the cluster's code, linked.
QStringList suspectItems(const evidence::ClusterEvidence &e)
{
    QStringList suspects;
    for (size_t i = 0; i < e.suspects.size() && i < 3; ++i) {
        const auto &c = e.suspects[i];
        QString item = QStringLiteral("<code>%1</code> %2 — %3")
                           .arg(link(c.sha.left(7), c.url), esc(c.title),
                                esc(c.authorIsLogin ? QStringLiteral("@") + c.author : c.author));
        if (c.date.isValid())
            item += esc(QStringLiteral(", ") +
                        c.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                        QStringLiteral(" UTC"));
        if (c.pullRequest > 0)
            item += QStringLiteral(" (%1)").arg(
                link(QStringLiteral("#%1").arg(c.pullRequest), c.pullRequestUrl));
        suspects << item;
    }
    return suspects;
}

// Who owns the cluster's code (CODEOWNERS), as a section of `w`.
void ownersSection(Writer &w, const evidence::OwnersEvidence &o)
{
    QStringList owners;
    owners << esc((o.owners.isEmpty()
                       ? QCoreApplication::translate("gardener::ClusterDetailView",
                                                     "Nobody (the file leaves this path unowned)")
                       : o.owners.join(QStringLiteral(", "))) +
                  QCoreApplication::translate("gardener::ClusterDetailView", " (line %1, %2)")
                      .arg(o.line)
                      .arg(o.pattern));
    if (!o.assignees.isEmpty())
        owners << esc(
            QCoreApplication::translate("gardener::ClusterDetailView", "Suggested assignees: %1")
                .arg(o.assignees.join(QStringLiteral(", "))));
    if (!o.teamLabel().isEmpty())
        owners << esc(QCoreApplication::translate("gardener::ClusterDetailView", "Team label: %1")
                          .arg(o.teamLabel()));
    w.section(QCoreApplication::translate("gardener::ClusterDetailView", "Owners"), owners,
              QCoreApplication::translate("gardener::ClusterDetailView", "%1 of %2 at %3")
                  .arg(o.file, o.repo,
                       o.ref.isEmpty() ? QCoreApplication::translate("gardener::ClusterDetailView",
                                                                     "the default branch")
                                       : o.ref));
}

} // namespace

QString evidenceHtml(const evidence::ClusterEvidence &e, const QPalette &palette)
{
    Writer w{palette.color(QPalette::PlaceholderText).name(), {}};
    w.section(QCoreApplication::translate("gardener::ClusterDetailView", "Users affected"),
              usersItems(e.users), usersSource(e.users));
    QStringList started;
    for (const QString &s : e.deploys.statements)
        started << esc(s.left(1).toUpper() + s.mid(1));
    w.section(QCoreApplication::translate("gardener::ClusterDetailView", "Started with"), started,
              e.deploysSource);

    QStringList whereSources;
    const QStringList where = whereItems(e, &whereSources);
    w.section(QCoreApplication::translate("gardener::ClusterDetailView", "Where"), where,
              whereSources.join(QStringLiteral("; ")));

    const QStringList suspects = suspectItems(e);
    w.section(QCoreApplication::translate("gardener::ClusterDetailView", "Suspect commits"),
              suspects, e.suspectsSource);

    QStringList different;
    for (const auto &d : e.differences)
        different << esc(d.statement());
    const QString compared =
        e.rangeToNs > e.rangeFromNs
            ? QCoreApplication::translate("gardener::ClusterDetailView",
                                          "this cluster's %1 entries from %2 to %3")
                  .arg(evidence::countText(e.compared), evidence::timeText(e.rangeFromNs),
                       evidence::timeText(e.rangeToNs))
            : QCoreApplication::translate("gardener::ClusterDetailView",
                                          "this cluster's %1 entries")
                  .arg(evidence::countText(e.compared));
    w.section(
        QCoreApplication::translate("gardener::ClusterDetailView", "Different in this cluster"),
        different,
        QCoreApplication::translate("gardener::ClusterDetailView",
                                    "%1 compared with the other %2 entries of the window")
            .arg(compared, evidence::countText(e.restEntries)));

    if (e.owners)
        ownersSection(w, *e.owners);
    for (const QString &note : e.notes)
        w.html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(w.muted, esc(note));
    return w.html;
}

} // namespace gardener
