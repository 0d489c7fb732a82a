#include "core/worklog/readerparts.h"
#include "core/worklog/worklogphrases.h"

#include <QRegularExpression>

namespace gardener::worklog::detail {

using namespace gardener::worklog::phrases;

QList<WorklogAction> parseActions(const md::Lines &lines, int begin, int end, QStringList *leftover)
{
    QList<WorklogAction> actions;
    qsizetype current = -1;
    for (int i = begin; i < end; ++i) {
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed == QLatin1String("---") ||
            trimmed.startsWith(QLatin1String("No GitHub issues were"))) // the writer's "none" line
            continue;
        const QList<md::Field> fields = md::fields(line);
        bool used = !fields.isEmpty();
        for (const md::Field &f : fields) {
            const QString label = md::normalizeLabel(f.label);
            const QString plain = md::stripLeadingSymbols(md::plainText(f.value));
            if (label == QLatin1String("action") || label == QLatin1String("action taken")) {
                WorklogAction a;
                a.kind = actionKind(plain).value_or(WorklogAction::Kind::Linked);
                a.issue = issueNumber(plain);
                a.text = plain;
                a.priorityChange = priorityChange(plain);
                actions.append(a);
                current = actions.size() - 1;
            } else if (current >= 0 && applyActionField(actions[current], label, f.value)) {
            } else if (current >= 0) {
                actions[current].text += QStringLiteral("\n%1: %2").arg(f.label, plain);
            } else {
                used = false;
            }
        }
        if (used)
            continue;
        // "- Created issue #12: title (https://...) P2 -> P1"
        const QString item = md::listItemText(line);
        const QString text = md::stripLeadingSymbols(md::plainText(item.isNull() ? line : item));
        const int issue = issueNumber(text);
        const auto kind = actionKind(text);
        if (issue > 0 && kind) {
            WorklogAction a;
            a.kind = *kind;
            a.issue = issue;
            a.text = text;
            a.priorityChange = priorityChange(text);
            static const QRegularExpression url(QStringLiteral("https?://\\S+?/issues/\\d+"));
            if (const auto m = url.match(text); m.hasMatch())
                a.url = m.captured(0);
            actions.append(a);
            current = -1;
            continue;
        }
        if (leftover)
            leftover->append(line);
    }
    return actions;
}

WorklogSummaryItem parseSummaryItem(const QString &itemText, bool distribution)
{
    WorklogSummaryItem item;
    item.text = md::plainText(itemText);
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
    const auto b = bold.match(itemText);
    QString title;
    if (b.hasMatch() && b.capturedStart(0) <= 2) {
        title = b.captured(1);
    } else {
        // "Title: 17+ warnings" / "Title - 17+ warnings"
        static const QRegularExpression sep(
            QStringLiteral("\\s*(?::\\s|\\s[-\\x{2013}\\x{2014}]\\s)"));
        const auto s = sep.match(item.text);
        title = s.hasMatch() ? item.text.left(s.capturedStart(0)) : item.text;
    }
    title = md::plainText(title);
    if (title.endsWith(QLatin1Char(':')))
        title.chop(1);
    item.title = title.trimmed();
    const Priority p = parsePriority(item.text);
    item.priority = p.priority;
    const auto count = smallest(findCounts(item.text, distribution ? QStringLiteral("distribution")
                                                                   : QStringLiteral("summary")));
    if (count) {
        item.count = count->value;
        item.lowerBound = count->lowerBound;
        item.countPhrase = count->phrase;
    }
    return item;
}

bool clusterFromTableRow(const QString &line, WorklogCluster &c)
{
    const QString t = line.trimmed();
    if (!t.startsWith(QLatin1Char('|')))
        return false;
    // Cells split on pipes that are not escaped ("\\|" is a literal pipe in a cell).
    QStringList cells;
    QString cell;
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char('\\') && i + 1 < t.size() && t.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (t.at(i) == QLatin1Char('|')) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += t.at(i);
        }
    }
    bool ok = false;
    const int number = cells.value(0).toInt(&ok);
    if (cells.size() < 5 || !ok)
        return false;
    c.number = number;
    c.title = md::plainText(cells.at(1));
    c.priority = parsePriority(cells.at(2)).priority;
    c.severity = severityName(cells.at(3));
    if (const auto count = smallest(findCounts(cells.at(4), QStringLiteral("Count"), true))) {
        c.count = count->value;
        c.countLowerBound = count->lowerBound;
        c.countPhrase = count->phrase;
        c.statedCounts.append(*count);
    }
    if (cells.size() > 5 && !cells.at(5).isEmpty()) {
        const Location loc = parseLocation(cells.at(5));
        c.module = loc.module.isEmpty() ? md::plainText(cells.at(5)) : loc.module;
        c.line = loc.line;
    }
    if (cells.size() > 6)
        c.fingerprint = md::plainText(cells.at(6));
    return true;
}

} // namespace gardener::worklog::detail
