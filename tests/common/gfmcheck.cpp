#include "tests/common/gfmcheck.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace gardener::test {
namespace {

// Cells of a Markdown table row, split on pipes that are not escaped.
int cellCount(const QString &row)
{
    QString t = row.trimmed();
    if (t.startsWith(QLatin1Char('|')))
        t.remove(0, 1);
    if (t.endsWith(QLatin1Char('|')) && !t.endsWith(QLatin1String("\\|")))
        t.chop(1);
    int cells = 1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char('\\'))
            ++i;
        else if (t.at(i) == QLatin1Char('|'))
            ++cells;
    }
    return cells;
}

bool insideFence(const QStringList &lines, int index)
{
    bool open = false;
    for (int i = 0; i < index; ++i) {
        if (lines.at(i).trimmed().startsWith(QLatin1String("```")))
            open = !open;
    }
    return open;
}

} // namespace

bool haveCmarkGfm()
{
    return !QStandardPaths::findExecutable(QStringLiteral("cmark-gfm")).isEmpty();
}

QString renderGfm(const QString &markdown, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("cmark-gfm"),
            {QStringLiteral("-e"), QStringLiteral("table"), QStringLiteral("-e"),
             QStringLiteral("autolink"), QStringLiteral("-e"), QStringLiteral("strikethrough"),
             QStringLiteral("-e"), QStringLiteral("tagfilter"), QStringLiteral("--unsafe")});
    if (!p.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cmark-gfm did not start");
        return QString();
    }
    p.write(markdown.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        if (error)
            *error =
                QStringLiteral("cmark-gfm failed: ") + QString::fromUtf8(p.readAllStandardError());
        return QString();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString visibleText(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString t = html;
    t.remove(tag);
    t.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    t.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    t.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return t;
}

QStringList gfmProblems(const QString &markdown, const QString &html, const QStringList &mustShow)
{
    QStringList problems;
    const QString text = visibleText(html);
    // Placeholders: as many visible as the source has (escaped or in code).
    static const QRegularExpression placeholder(QStringLiteral("<([A-Z_*]{1,12})>"));
    QString unescaped = markdown;
    unescaped.replace(QStringLiteral("\\<"), QStringLiteral("<"))
        .replace(QStringLiteral("\\>"), QStringLiteral(">"));
    auto it = placeholder.globalMatch(unescaped);
    QHash<QString, int> wanted;
    while (it.hasNext())
        ++wanted[it.next().captured(0)];
    for (auto w = wanted.cbegin(); w != wanted.cend(); ++w) {
        const int seen = int(text.count(w.key()));
        if (seen < w.value())
            problems << QStringLiteral("placeholder %1 swallowed (%2 of %3 visible)")
                            .arg(w.key())
                            .arg(seen)
                            .arg(w.value());
    }
    for (const char *escape :
         {"\\(", "\\)", "\\_", "\\*", "\\<", "\\>", "\\[", "\\]", "\\|", "\\#", "\\`"}) {
        if (text.contains(QLatin1String(escape)))
            problems << QStringLiteral("escape %1 shows: ...%2...")
                            .arg(QLatin1String(escape),
                                 text.mid(std::max<qsizetype>(
                                              0, text.indexOf(QLatin1String(escape)) - 40),
                                          80));
    }
    // Tables: every row has the header's cells, and every row is a row of a rendered table.
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    int headerCells = -1, rows = 0;
    static const QRegularExpression separator(QStringLiteral("^\\|[\\s:|-]+\\|$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (!line.startsWith(QLatin1Char('|')) || insideFence(lines, i)) {
            headerCells = -1;
            continue;
        }
        if (separator.match(line).hasMatch())
            continue;
        ++rows;
        if (headerCells < 0)
            headerCells = cellCount(line);
        else if (cellCount(line) != headerCells)
            problems << QStringLiteral("line %1: %2 cells, the header has %3")
                            .arg(i + 1)
                            .arg(cellCount(line))
                            .arg(headerCells);
    }
    const int htmlRows = int(html.count(QLatin1String("<tr>")));
    if (htmlRows != rows)
        problems
            << QStringLiteral("%1 table rows in the source, %2 rendered").arg(rows).arg(htmlRows);
    for (const QString &s : mustShow) {
        if (!text.contains(s))
            problems << QStringLiteral("not visible: %1").arg(s);
    }
    return problems;
}

} // namespace gardener::test
