#include "core/worklog/worklogreader.h"

#include "core/worklog/mojibake.h"
#include "core/worklog/readerparts.h"
#include "core/worklog/worklogphrases.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace gardener::worklog {

using namespace gardener::worklog::phrases;

namespace {

QString serviceFrom(const QString &label, const QString &value)
{
    QString v = md::plainText(value);
    static const QRegularExpression parens(QStringLiteral("\\(([^()]+)\\)"));
    if (label == QLatin1String("source")) {
        const auto m = parens.match(v);
        if (!m.hasMatch())
            return QString(); // "Source: GCP logs" names no service
        v = m.captured(1);
    }
    v = v.section(QLatin1Char('('), 0, 0).trimmed();
    v = v.section(QLatin1Char(' '), 0, 0);
    while (v.endsWith(QLatin1Char(',')) || v.endsWith(QLatin1Char(';')))
        v.chop(1);
    return v;
}

bool oneOf(const QString &label, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (label == QLatin1String(n))
            return true;
    }
    return false;
}

void parseSeverityPairs(const QString &text, WorklogData &d)
{
    static const QRegularExpression re(QStringLiteral("\\b([A-Za-z]+)\\s*[:=]\\s*(\\d+)"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString sev = severityName(m.captured(1));
        if (!sev.isEmpty())
            d.severityDistribution.append({sev, m.captured(2).toLongLong()});
    }
}

// Header-like fields (anywhere outside clusters). Fills only what is still empty.
bool applyHeaderField(WorklogData &d, const md::Field &f, QStringList &warnings)
{
    const QString label = md::normalizeLabel(f.label);
    const QString plain = md::plainText(f.value);
    if (oneOf(label, {"generated", "generated at", "date", "created", "timestamp", "run at"})) {
        if (!d.generated.isValid()) {
            bool zoneless = false;
            d.generatedText = plain;
            d.generated = parseTime(plain, &zoneless);
            if (!d.generated.isValid())
                warnings.append(
                    QStringLiteral("generated time \"%1\" was not understood").arg(plain));
            else if (zoneless)
                warnings.append(
                    QStringLiteral("generated time \"%1\" names no time zone; taken as UTC")
                        .arg(plain));
        }
    } else if (oneOf(label, {"service", "services", "service name", "log source", "source"})) {
        if (d.service.isEmpty())
            d.service = serviceFrom(label, f.value);
    } else if (oneOf(label, {"project", "project id", "gcp project"})) {
        if (d.project.isEmpty())
            d.project = plain.section(QLatin1Char(' '), 0, 0);
    } else if (oneOf(label, {"time range", "log collection period", "time span", "period",
                             "collection period", "window"})) {
        if (d.timeRange.isEmpty())
            d.timeRange = plain;
    } else if (oneOf(label, {"severity filter", "minimum severity", "severity threshold"})) {
        if (d.severityFilter.isEmpty())
            d.severityFilter = plain;
    } else if (oneOf(label, {"total log entries analyzed", "total log entries analysed",
                             "entries analyzed", "entries analysed", "log entries analyzed",
                             "log entries analysed", "total logs collected", "total entries",
                             "total log entries", "log entries"})) {
        static const QRegularExpression num(QStringLiteral("(\\d[\\d,]*)\\s*(\\+)?"));
        const auto m = num.match(plain);
        if (d.entriesAnalysed < 0 && m.hasMatch()) {
            d.entriesAnalysed = QString(m.captured(1)).remove(QLatin1Char(',')).toLongLong();
            d.entriesLowerBound = !m.captured(2).isEmpty();
            d.entriesText = plain;
        }
    } else if (oneOf(label, {"revision", "cloud run revision"})) {
        if (d.revision.isEmpty())
            d.revision = plain;
    } else if (label == QLatin1String("severity distribution")) {
        parseSeverityPairs(plain, d);
    } else if (label == QLatin1String("first entry")) {
        d.firstEntry = plain;
    } else if (label == QLatin1String("last entry")) {
        d.lastEntry = plain;
    } else {
        return false;
    }
    return true;
}

// Summary and distribution lines add counts (and priorities) to the clusters they name. A line
// naming a cluster's title (its words, normalised) is found in a hash; only the others are
// compared with every cluster, word by word, and only while a budget of comparisons lasts, so
// a worklog with thousands of both is read in linear time (pair by pair it was quadratic).
void matchListsToClusters(WorklogData &d)
{
    constexpr qint64 kComparisons = 250000; // a hand-written worklog needs far fewer
    QList<QStringList> clusterWords;
    QHash<QString, int> byName;
    for (qsizetype i = 0; i < d.clusters.size(); ++i) {
        clusterWords.append(titleWords(d.clusters.at(i).title));
        const QString name = clusterWords.last().join(QLatin1Char(' '));
        if (!name.isEmpty() && !byName.contains(name)) // the first of a title, as before
            byName.insert(name, int(i));
    }
    qint64 budget = kComparisons;
    qsizetype notCompared = 0;
    auto match = [&](QList<WorklogSummaryItem> &items, const QString &where) {
        for (WorklogSummaryItem &item : items) {
            const QStringList itemWords = titleWords(item.title);
            item.cluster = byName.value(itemWords.join(QLatin1Char(' ')), -1);
            if (item.cluster < 0 && !itemWords.isEmpty() && budget < d.clusters.size()) {
                ++notCompared;
            } else if (item.cluster < 0 && !itemWords.isEmpty()) {
                budget -= d.clusters.size();
                double best = 0.0;
                for (qsizetype i = 0; i < d.clusters.size(); ++i) {
                    const double s = wordSimilarity(itemWords, clusterWords.at(i));
                    if (s >= 0.6 && s > best) {
                        best = s;
                        item.cluster = int(i);
                    }
                }
            }
            if (item.cluster < 0)
                continue;
            WorklogCluster &c = d.clusters[item.cluster];
            if (item.count >= 0)
                c.statedCounts.append(
                    WorklogCount{item.count, item.lowerBound, item.countPhrase, where});
            if (c.priority.isEmpty() && !item.priority.isEmpty())
                c.priority = item.priority;
        }
    };
    match(d.summary, QStringLiteral("summary"));
    match(d.distribution, QStringLiteral("distribution"));
    if (notCompared > 0)
        d.warnings.append(QStringLiteral("%1 summary or distribution lines name no cluster "
                                         "exactly and were not compared with the %2 clusters "
                                         "word by word (more than %3 comparisons)")
                              .arg(notCompared)
                              .arg(d.clusters.size())
                              .arg(kComparisons));
}

// A slice of the file's buffer: a 50 MB section kept verbatim costs no copy.
Utf8Text sectionMarkdown(const md::Lines &lines, int from, int to)
{
    return Utf8Text::fromUtf8(lines.slice(from, to));
}

// Fields, distribution lists and severity lists of a summary-like section; returns false when
// something in it was not understood.
bool readInfoSection(const md::Lines &lines, int begin, int end, WorklogData &d,
                     QStringList &warnings)
{
    bool all = true;
    enum class List
    {
        None,
        Distribution,
        Severities
    };
    List list = List::None;
    for (int i = begin; i < end; ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty() || line.trimmed() == QLatin1String("---"))
            continue;
        const QList<md::Field> fields = md::fields(line);
        const QString item = md::listItemText(line);
        if (fields.isEmpty() && !item.isNull() && list == List::Distribution) {
            d.distribution.append(detail::parseSummaryItem(item, true));
            continue;
        }
        if (fields.isEmpty() && !item.isNull() && list == List::Severities) {
            parseSeverityPairs(item, d);
            continue;
        }
        list = List::None;
        if (fields.isEmpty()) {
            all = false;
            continue;
        }
        for (const md::Field &f : fields) {
            const QString label = md::normalizeLabel(f.label);
            if (f.value.isEmpty() && label.contains(QLatin1String("distribution"))) {
                list = label.contains(QLatin1String("severit")) ? List::Severities
                                                                : List::Distribution;
            } else if (!applyHeaderField(d, f, warnings)) {
                all = false;
            }
        }
    }
    return all;
}

// Reads a worklog's sections in order into `d`: the header lines, cluster sections and the
// known sections around them; what is not understood is kept verbatim.
class SectionReader
{
public:
    SectionReader(const md::Lines &lines, WorklogData &d) : m_lines(lines), m_d(d) {}

    // Header fields ("Generated: ...") between `from` and `to`; other lines are kept.
    void readHeaderLines(int from, int to)
    {
        for (int i = from; i < to; ++i) {
            const QString line = m_lines.at(i);
            if (line.trimmed().isEmpty() || line.trimmed() == QLatin1String("---"))
                continue;
            const QList<md::Field> fields = md::fields(line);
            bool understood = !fields.isEmpty();
            for (const md::Field &f : fields)
                understood = applyHeaderField(m_d, f, m_d.warnings) && understood;
            if (!understood)
                m_headerLeftover.append(line);
        }
    }

    void readSections(const QList<md::Heading> &heads)
    {
        int consumedUntil = 0;
        for (const md::Heading &h : heads) {
            if (h.line < consumedUntil)
                continue;
            int number = 0;
            QString rest;
            if (detail::isClusterHeading(h.text, &number, &rest)) {
                readCluster(h, number, rest);
                consumedUntil = h.end;
                continue;
            }
            readSection(h);
        }
    }

    const QStringList &headerLeftover() const { return m_headerLeftover; }
    // Cluster number -> index into the clusters.
    const QHash<int, qsizetype> &clustersByNumber() const { return m_byNumber; }

private:
    // A cluster section; a number seen before folds into the cluster read first.
    void readCluster(const md::Heading &h, int number, const QString &rest)
    {
        detail::ClusterPart part = detail::parseCluster(m_lines, h, number, rest, m_d.warnings);
        qsizetype index = m_byNumber.value(number, -1);
        if (index >= 0) {
            WorklogCluster &existing = m_d.clusters[index];
            if (titleSimilarity(existing.title, part.cluster.title) < 0.5)
                m_d.warnings.append(QStringLiteral("line %1: cluster %2 appears again as \"%3\"; "
                                                   "folded into \"%4\"")
                                        .arg(h.line + 1)
                                        .arg(number)
                                        .arg(part.cluster.title, existing.title));
            detail::mergeCluster(existing, part.cluster);
        } else {
            index = m_d.clusters.size();
            m_byNumber.insert(number, index);
            m_d.clusters.append(part.cluster);
        }
        for (WorklogAction &a : part.actions) {
            a.cluster = int(index);
            m_d.actions.append(a);
        }
    }

    // A section that is not a cluster's, by what its heading names.
    void readSection(const md::Heading &h)
    {
        const QString name = md::normalizeLabel(md::stripLeadingSymbols(h.text));
        const int from = h.line + 1;
        const int to = h.ownEnd;
        if (h.level == 1 && m_d.title.isEmpty()) {
            m_d.title = md::plainText(h.text);
            readHeaderLines(from, to);
        } else if (name.contains(QLatin1String("executive summary")) ||
                   name == QLatin1String("summary")) {
            readSummary(from, to);
        } else if (name.contains(QLatin1String("raw log")) ||
                   name.contains(QLatin1String("log summary")) ||
                   name.contains(QLatin1String("log data")) ||
                   name.contains(QLatin1String("distribution"))) {
            readLogInfo(h, name, from, to);
        } else if (name.contains(QLatin1String("github")) ||
                   name.contains(QLatin1String("action")) ||
                   name.contains(QLatin1String("processing result")) ||
                   name.contains(QLatin1String("issue management"))) {
            QStringList leftover;
            m_d.actions += detail::parseActions(m_lines, from, to, &leftover);
            if (!leftover.isEmpty())
                m_d.unparsed.append(
                    WorklogSection{h.text, leftover.join(QLatin1Char('\n')).trimmed()});
        } else if (name.contains(QLatin1String("other clusters"))) {
            readOtherClusters(from, to);
        } else if (name.contains(QLatin1String("next step"))) {
            readNextSteps(h, from, to);
        } else {
            // Not understood as a whole: kept verbatim. Header facts in it (a "Project" line
            // under "Metadata") still fill what the header did not state.
            for (int i = from; i < to; ++i) {
                for (const md::Field &f : md::fields(m_lines.at(i)))
                    applyHeaderField(m_d, f, m_d.warnings);
            }
            keep(h);
        }
    }

    // The section's body, verbatim, among the unparsed sections.
    void keep(const md::Heading &h)
    {
        const Utf8Text body = sectionMarkdown(m_lines, h.line + 1, h.ownEnd);
        if (!body.isEmpty())
            m_d.unparsed.append(WorklogSection{h.text, body});
    }

    void readSummary(int from, int to)
    {
        QStringList prose;
        for (int i = from; i < to; ++i) {
            const QString item = md::listItemText(m_lines.at(i));
            if (!item.isNull())
                m_d.summary.append(detail::parseSummaryItem(item, false));
            else if (m_lines.at(i).trimmed().startsWith(QLatin1Char('|')))
                continue; // the summary table repeats the clusters
            else if (!m_lines.at(i).trimmed().isEmpty())
                prose.append(m_lines.at(i).trimmed());
        }
        m_d.summaryText = prose.join(QLatin1Char('\n'));
    }

    void readLogInfo(const md::Heading &h, const QString &name, int from, int to)
    {
        if (name.contains(QLatin1String("issue distribution"))) {
            for (int i = from; i < to; ++i) {
                const QString item = md::listItemText(m_lines.at(i));
                if (!item.isNull())
                    m_d.distribution.append(detail::parseSummaryItem(item, true));
            }
        } else if (!readInfoSection(m_lines, from, to, m_d, m_d.warnings)) {
            keep(h);
        }
    }

    // The compact table of the clusters not shown in full: one cluster per row.
    void readOtherClusters(int from, int to)
    {
        for (int i = from; i < to; ++i) {
            WorklogCluster c;
            if (!detail::clusterFromTableRow(m_lines.at(i), c))
                continue;
            m_byNumber.insert(c.number, m_d.clusters.size());
            m_d.clusters.append(c);
        }
    }

    void readNextSteps(const md::Heading &h, int from, int to)
    {
        bool prose = false;
        for (int i = from; i < to; ++i) {
            const QString item = md::listItemText(m_lines.at(i));
            if (!item.isNull())
                m_d.nextSteps.append(md::plainText(item));
            else if (!m_lines.at(i).trimmed().isEmpty() &&
                     m_lines.at(i).trimmed() != QLatin1String("---"))
                prose = true;
        }
        if (prose)
            keep(h);
    }

    const md::Lines &m_lines;
    WorklogData &m_d;
    QStringList m_headerLeftover;
    QHash<int, qsizetype> m_byNumber;
};

// Actions stated outside cluster sections: tie them to a cluster they name.
void tieActionsToClusters(WorklogData &d, const QHash<int, qsizetype> &byNumber)
{
    static const QRegularExpression clusterRef(QStringLiteral("\\bcluster\\s*#?(\\d+)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (WorklogAction &a : d.actions) {
        if (a.cluster >= 0)
            continue;
        const auto m = clusterRef.match(a.text);
        if (m.hasMatch())
            a.cluster = int(byNumber.value(m.captured(1).toInt(), -1));
    }
}

// What a cluster's section left open, from its actions, stated counts and samples.
void completeClusters(WorklogData &d)
{
    // A cluster without a category takes the one of its first action's issue title (one pass
    // over the actions: a loop per cluster was quadratic on worklogs with thousands of both).
    for (const WorklogAction &a : std::as_const(d.actions)) {
        if (a.cluster >= 0 && a.cluster < d.clusters.size() &&
            d.clusters.at(a.cluster).category.isEmpty())
            d.clusters[a.cluster].category = categoryFromTitle(a.title);
    }
    for (qsizetype i = 0; i < d.clusters.size(); ++i) {
        WorklogCluster &c = d.clusters[i];
        if (const auto best = smallest(c.statedCounts)) {
            c.count = best->value;
            c.countLowerBound = best->lowerBound;
            c.countPhrase = best->phrase;
        }
        for (const WorklogSample &s : std::as_const(c.samples)) {
            if (c.severity.isEmpty() && !s.severity.isEmpty())
                c.severity = s.severity;
            // The sample's labels complete a location the text states only in part
            // ("Generic logging module at line 1706") as long as they do not contradict it.
            const bool agrees =
                (c.line < 0 || c.line == s.line) && (c.module.isEmpty() || c.module == s.module);
            if (agrees && (!s.module.isEmpty() || s.line >= 0)) {
                if (c.module.isEmpty())
                    c.module = s.module;
                if (c.function.isEmpty())
                    c.function = s.function;
                if (c.line < 0)
                    c.line = s.line;
            }
        }
    }
}

// Without a "Generated" line, the time the title or the file name states.
void findGeneratedTime(WorklogData &d, const QString &sourceName)
{
    if (d.generated.isValid())
        return;
    bool zoneless = false;
    QDateTime t = parseTime(d.title, &zoneless);
    if (!t.isValid())
        t = parseTime(QFileInfo(sourceName).fileName(), &zoneless);
    if (t.isValid()) {
        d.generated = t;
        if (d.generatedText.isEmpty())
            d.generatedText = t.toString(Qt::ISODate);
        d.warnings.append(QStringLiteral("no \"Generated\" line; time taken from the %1")
                              .arg(parseTime(d.title).isValid() ? QStringLiteral("title")
                                                                : QStringLiteral("file name")));
    } else {
        d.warnings.append(QStringLiteral("no generated time found"));
    }
}

} // namespace

WorklogData WorklogReader::parse(const QByteArray &bytes, const QString &sourceName)
{
    QStringList warnings;
    qsizetype begin = 0;
    QByteArray utf8 = utf8Of(bytes, warnings, &begin);
    WorklogData d = parseUtf8(std::move(utf8), begin, sourceName);
    if (!sourceName.isEmpty()) {
        for (QString &w : warnings)
            w = QFileInfo(sourceName).fileName() + QStringLiteral(": ") + w;
    }
    d.warnings = warnings + d.warnings;
    return d;
}

WorklogData WorklogReader::parseText(const QString &input, const QString &sourceName)
{
    return parseUtf8(input.toUtf8(), 0, sourceName);
}

WorklogData WorklogReader::parseUtf8(QByteArray utf8, qsizetype begin, const QString &sourceName)
{
    WorklogData d;
    const md::Lines lines(repairMojibakeLines(std::move(utf8), begin, &d.mojibakeRepairs), begin);
    if (d.mojibakeRepairs > 0)
        d.warnings.append(
            QStringLiteral(
                "repaired %1 mis-decoded character sequence(s) (UTF-8 read as cp1252/Latin-1)")
                .arg(d.mojibakeRepairs));
    const QList<md::Heading> heads = md::headings(lines);
    const bool hasText = lines.hasText();
    if (heads.isEmpty() && hasText)
        d.warnings.append(QStringLiteral("no Markdown headings found; the text is kept unparsed"));

    SectionReader reader(lines, d);
    reader.readHeaderLines(0, heads.isEmpty() ? int(lines.size()) : heads.first().line);
    reader.readSections(heads);
    if (!reader.headerLeftover().isEmpty())
        d.unparsed.prepend(WorklogSection{QStringLiteral("Header"),
                                          reader.headerLeftover().join(QLatin1Char('\n'))});
    if (heads.isEmpty() && hasText && reader.headerLeftover().isEmpty())
        d.unparsed.append(WorklogSection{QString(), sectionMarkdown(lines, 0, int(lines.size()))});

    tieActionsToClusters(d, reader.clustersByNumber());
    matchListsToClusters(d);
    completeClusters(d);
    findGeneratedTime(d, sourceName);
    if (d.clusters.isEmpty())
        d.warnings.append(QStringLiteral("no issue clusters found"));
    if (!sourceName.isEmpty()) {
        for (QString &w : d.warnings)
            w = QFileInfo(sourceName).fileName() + QStringLiteral(": ") + w;
    }
    return d;
}

Result<WorklogData> WorklogReader::readFile(const QString &path, qint64 maxBytes)
{
    auto bytes = readBytes(path, maxBytes);
    if (!bytes)
        return tl::unexpected(bytes.error());
    return parse(*bytes, path);
}

Result<QString> WorklogReader::readText(const QString &path, qint64 maxBytes)
{
    const auto bytes = readBytes(path, maxBytes);
    if (!bytes)
        return tl::unexpected(bytes.error());
    return repairMojibake(QString::fromUtf8(*bytes));
}

Result<QByteArray> WorklogReader::readBytes(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file"), path);
    if (info.isDir())
        return fail(QStringLiteral("is a folder, not a worklog file"), path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot be read: %1").arg(file.errorString()), path);
    if (file.size() > maxBytes)
        return fail(QStringLiteral("is %1 bytes, more than the %2 a worklog may have")
                        .arg(file.size())
                        .arg(maxBytes),
                    path);
    QByteArray bytes = file.read(maxBytes + 1);
    // read() allocated maxBytes: the result keeps slices of this buffer, so give the rest back.
    bytes.squeeze();
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("read error: %1").arg(file.errorString()), path);
    return bytes;
}

} // namespace gardener::worklog
