#include "core/worklog/readerparts.h"
#include "core/worklog/worklogphrases.h"

#include <QRegularExpression>

namespace gardener::worklog::detail {

using namespace gardener::worklog::phrases;

namespace {

// A sample above this size is an entry copied whole, not something to read back in full.
constexpr qsizetype kMaxSampleBytes = 1024 * 1024;
constexpr qsizetype kKeptSampleBytes = 64 * 1024;

bool isOneOf(const QString &label, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (label == QLatin1String(n))
            return true;
    }
    return false;
}

// "- 2026-03-01T10:00:00Z connection reset" -> timestamp + rest.
bool timestampBullet(const QString &item, WorklogSample &sample)
{
    static const QRegularExpression re(
        QStringLiteral("^`?(\\d{4}-\\d{2}-\\d{2}[T "
                       "]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2}|\\s?UTC)?)`?"
                       "\\s*(?:[-\\x{2013}\\x{2014}:|]\\s*)?(.*)$"));
    const auto m = re.match(item.trimmed());
    if (!m.hasMatch())
        return false;
    sample.kind = WorklogSample::Kind::Bullet;
    sample.text = item.trimmed();
    sample.timestamp = m.captured(1).trimmed();
    sample.message = md::plainText(m.captured(2));
    sample.severity = severityName(sample.message);
    return true;
}

// A fenced block of lines [from, to) that holds JSON becomes samples; false when it is not
// JSON. A block larger than a sample can sensibly be (an entry copied whole) is kept shortened
// with a warning, without decoding or parsing the rest of it.
bool fenceSample(const md::Lines &lines, int from, int to, int number,
                 QList<WorklogSample> &samples, QStringList &warnings)
{
    if (from >= to)
        return false;
    const QByteArrayView first = lines.view(from);
    const QByteArrayView last = lines.view(to - 1);
    const qsizetype bytes = last.data() + last.size() - first.data();
    if (bytes > kMaxSampleBytes) {
        const QByteArrayView all(first.data(), bytes);
        if (!all.trimmed().startsWith('{') && !all.trimmed().startsWith('['))
            return false;
        qsizetype cut = kKeptSampleBytes;
        while (cut > 0 && (uchar(all[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        const QString kept = QString::fromUtf8(all.first(cut)).trimmed() + QChar(0x2026);
        samplesFromJson(kept, samples);
        warnings.append(
            QStringLiteral("line %1: sample of cluster %2 has %3 bytes; only its first %4 "
                           "were kept")
                .arg(from)
                .arg(number)
                .arg(bytes)
                .arg(cut));
        return true;
    }
    const QByteArray text = lines.slice(from, to);
    if (!text.startsWith('{') && !text.startsWith('['))
        return false;
    const qsizetype before = samples.size();
    const bool valid = samplesFromJson(text, samples);
    // Samples of one cluster mostly name the same module and function: one string for all.
    for (qsizetype k = qMax<qsizetype>(before, 1); k < samples.size(); ++k) {
        WorklogSample &s = samples[k];
        const WorklogSample &previous = samples.at(k - 1);
        if (s.module == previous.module)
            s.module = previous.module;
        if (s.function == previous.function)
            s.function = previous.function;
        if (s.severity == previous.severity)
            s.severity = previous.severity;
    }
    if (!valid)
        warnings.append(QStringLiteral("line %1: sample of cluster %2 is not valid JSON; "
                                       "its fields were guessed")
                            .arg(from)
                            .arg(number));
    return true;
}

// An action as a line states it: its kind (linked when it names none), issue number and
// priority change.
WorklogAction actionFrom(const QString &text)
{
    WorklogAction a;
    a.kind = actionKind(text).value_or(WorklogAction::Kind::Linked);
    a.issue = issueNumber(text);
    a.text = text;
    a.priorityChange = priorityChange(text);
    return a;
}

bool isJsonInfo(const QString &info)
{
    const QString i = info.toLower();
    return i.isEmpty() || i == QLatin1String("json") || i == QLatin1String("jsonc") ||
           i == QLatin1String("json5") || i == QLatin1String("javascript");
}

// Reads one cluster section line by line: its fields, samples, actions, notes and analysis.
class ClusterReader
{
public:
    ClusterReader(const md::Lines &lines, int number, QStringList &warnings)
        : m_lines(lines), m_number(number), m_warnings(warnings)
    {
        m_c.number = number;
    }

    // The title and what the heading's tail states: "(CRITICAL - P1)", counts.
    void readHeading(const QString &rest)
    {
        QString tail;
        m_c.title = md::plainText(splitTitleTail(rest, &tail));
        if (m_c.title.isEmpty())
            m_c.title = QStringLiteral("Cluster %1").arg(m_number);
        if (!tail.isEmpty()) {
            const Priority p = parsePriority(tail);
            m_c.priority = p.priority;
            m_c.priorityLabel = p.label;
            m_c.statedCounts += findCounts(tail, QStringLiteral("heading"));
        }
        if (const QString sev = severityName(m_c.priorityLabel);
            !sev.isEmpty() && sev == m_c.priorityLabel.toUpper()) {
            m_headingSeverity = sev;
            m_c.priorityLabel.clear();
        }
    }

    // Reads line i of the section, which ends before `end`; returns the last line it used
    // (a code block uses several).
    int readLine(int i, int end)
    {
        const QString line = m_lines.at(i);
        QString marker, info;
        if (md::isFenceLine(line, &marker, &info))
            return readFence(i, end, line, marker, info);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed == QLatin1String("---") || trimmed == QLatin1String("***"))
            return i;
        // The collapsed block around a rule trace is layout, not content.
        if (trimmed.startsWith(QLatin1String("<details")) || trimmed == QLatin1String("</details>"))
            return i;
        if (trimmed.startsWith(QLatin1Char('#'))) { // a sub-heading inside the cluster
            m_pendingHeading = line;
            m_prose = md::normalizeLabel(trimmed).contains(QLatin1String("analysis"))
                          ? Target::Analysis
                          : Target::Notes;
            if (m_prose == Target::Analysis)
                m_pendingHeading.clear();
            m_actionIndex = -1;
            return i;
        }
        const QList<md::Field> fields = md::fields(line);
        if (fields.isEmpty())
            readText(line);
        for (const md::Field &f : fields)
            readField(f);
        return i;
    }

    // What the whole section says once read: the heading's severity word, the analysis, notes.
    ClusterPart finish()
    {
        WorklogCluster &c = m_c;
        // "(ERROR - P1)": a severity word in the heading is the severity when no field states
        // one (CRITICAL is also a priority level: when a field states another severity, the
        // word is the priority label, as in "(CRITICAL - P1)" over "Severity: ERROR").
        if (!m_headingSeverity.isEmpty()) {
            if (c.severity.isEmpty())
                c.severity = m_headingSeverity;
            else if (c.severity != m_headingSeverity && c.priorityLabel.isEmpty())
                c.priorityLabel = m_headingSeverity;
        }
        if (!m_analysis.isEmpty()) {
            const QString more = m_analysis.join(QLatin1Char('\n')).trimmed();
            c.analysis = c.analysis.isEmpty() ? more : c.analysis + QLatin1Char('\n') + more;
        }
        c.notes = m_notes.join(QLatin1Char('\n')).trimmed();
        c.samples.squeeze(); // a list grown sample by sample holds up to twice its samples
        return std::move(m_part);
    }

private:
    enum class Target
    {
        Notes,
        Analysis
    };

    void addNote(const QString &line)
    {
        if (!m_pendingHeading.isEmpty()) {
            m_notes.append(m_pendingHeading);
            m_pendingHeading.clear();
        }
        m_notes.append(line);
    }

    // A code block opened on line `open`: JSON samples, or else notes. Returns its last line.
    int readFence(int open, int end, const QString &line, const QString &marker,
                  const QString &info)
    {
        int i = open;
        bool closed = false;
        for (++i; i < end; ++i) {
            // Only a line starting (after blanks) with the fence character can close it.
            const QByteArrayView raw = m_lines.view(i).trimmed();
            if (raw.isEmpty() || raw.front() != char(marker.at(0).unicode()))
                continue;
            QString closeMarker;
            const QString candidate = m_lines.at(i);
            if (md::isFenceLine(candidate, &closeMarker) && candidate.trimmed() == closeMarker &&
                closeMarker.at(0) == marker.at(0) && closeMarker.size() >= marker.size()) {
                closed = true;
                break;
            }
        }
        if (!closed)
            m_warnings.append(QStringLiteral("line %1: code block in cluster %2 is not closed")
                                  .arg(open + 1)
                                  .arg(m_number));
        if (!isJsonInfo(info) ||
            !fenceSample(m_lines, open + 1, i, m_number, m_c.samples, m_warnings)) {
            addNote(line);
            if (i > open + 1)
                m_notes.append(m_lines.join(open + 1, i));
            if (closed)
                m_notes.append(m_lines.at(i));
        }
        return i;
    }

    // A line without fields: a sample bullet, an action, or prose.
    void readText(const QString &line)
    {
        const QString item = md::listItemText(line);
        WorklogSample sample;
        if (!item.isNull() && timestampBullet(item, sample)) {
            m_c.samples.append(sample);
            return;
        }
        if (!item.isNull() && issueNumber(item) > 0 && actionKind(item)) {
            WorklogAction a = actionFrom(item);
            a.text = md::plainText(item);
            m_part.actions.append(a);
            return;
        }
        if (m_prose == Target::Analysis)
            m_analysis.append(line);
        else
            addNote(line);
    }

    // A new action stated by `text`, whose details may follow.
    void startAction(const QString &text)
    {
        m_part.actions.append(actionFrom(text));
        m_actionIndex = m_part.actions.size() - 1;
    }

    void readField(const md::Field &f)
    {
        const QString label = md::normalizeLabel(f.label);
        const QString plain = md::plainText(f.value);
        if (isOneOf(label, {"action", "actions", "github action", "action taken"})) {
            startAction(md::stripLeadingSymbols(plain));
            return;
        }
        WorklogAction *action = m_actionIndex >= 0 ? &m_part.actions[m_actionIndex] : nullptr;
        if (action && applyActionField(*action, label, f.value))
            return;
        if (isOneOf(label, {"github issue", "issue", "related issue", "existing issue",
                            "linked issue", "tracked in", "tracking issue"}) &&
            issueNumber(plain) > 0) {
            startAction(plain);
            return;
        }
        if (action) { // details of the action (its impact, notes): keep them with it
            action->text += QStringLiteral("\n%1: %2").arg(f.label, plain);
            return;
        }
        if (f.value.isEmpty()) {
            m_prose = isOneOf(label, {"analysis", "root cause analysis"}) ? Target::Analysis
                                                                          : Target::Notes;
            return; // a label for what follows ("Representative Log Entry:")
        }
        m_prose = Target::Notes;
        applyClusterField(f, label, plain);
    }

    // A field about the cluster itself; what no field here takes is kept as an extra field.
    void applyClusterField(const md::Field &f, const QString &label, const QString &plain)
    {
        WorklogCluster &c = m_c;
        if (label == QLatin1String("severity")) {
            if (c.severityText.isEmpty())
                c.severityText = plain;
            const QString sev = severityName(plain);
            if (!sev.isEmpty() && c.severity.isEmpty()) {
                c.severity = sev;
            } else if (sev.isEmpty()) {
                const Priority p = parsePriority(plain);
                if (!p.priority.isEmpty() && c.priority.isEmpty())
                    c.priority = p.priority;
            }
        } else if (isOneOf(label, {"priority", "triage priority"})) {
            const Priority p = parsePriority(plain);
            if (c.priority.isEmpty())
                c.priority = p.priority;
            if (c.priorityLabel.isEmpty())
                c.priorityLabel = p.label;
        } else if (isOneOf(label, {"category", "issue category", "classification"})) {
            if (c.category.isEmpty())
                c.category = plain;
        } else if (isOneOf(label, {"frequency", "rate"})) {
            if (c.frequency.isEmpty())
                c.frequency = plain;
            c.statedCounts += findCounts(plain, f.label);
        } else if (isOneOf(label, {"count", "occurrences", "occurrence count", "total occurrences",
                                   "hits", "events", "entries"})) {
            c.statedCounts += findCounts(plain, f.label, true);
        } else if (label == QLatin1String("impact") && c.impact.isEmpty()) {
            c.impact = plain;
        } else if (label == QLatin1String("pattern") && c.pattern.isEmpty()) {
            c.pattern = plain;
        } else if (label == QLatin1String("analysis") && c.analysis.isEmpty()) {
            c.analysis = plain;
        } else if (label == QLatin1String("fingerprint") && c.fingerprint.isEmpty()) {
            c.fingerprint = plain;
        } else if (!applyLocationField(f, label, plain)) {
            c.extraFields.append({f.label, plain});
        }
    }

    // Where the cluster is logged from: a location, or its module, function and line apart.
    bool applyLocationField(const md::Field &f, const QString &label, const QString &plain)
    {
        WorklogCluster &c = m_c;
        if (isOneOf(label, {"location", "source location", "source", "code location"}) &&
            c.module.isEmpty() && c.line < 0) {
            const Location loc = parseLocation(f.value);
            c.module = loc.module;
            c.function = loc.function;
            c.line = loc.line;
            if (loc.module.isEmpty() && loc.line < 0)
                c.extraFields.append({f.label, plain});
        } else if (label == QLatin1String("module") && c.module.isEmpty()) {
            c.module = plain;
        } else if (label == QLatin1String("function") && c.function.isEmpty()) {
            c.function = plain;
        } else if (label == QLatin1String("line") && c.line < 0) {
            bool ok = false;
            c.line = plain.toInt(&ok);
            if (!ok) {
                c.line = -1;
                c.extraFields.append({f.label, plain});
            }
        } else {
            return false;
        }
        return true;
    }

    const md::Lines &m_lines;
    const int m_number;
    QStringList &m_warnings;
    ClusterPart m_part;
    WorklogCluster &m_c = m_part.cluster;
    QString m_headingSeverity;
    Target m_prose = Target::Notes;
    QString m_pendingHeading;
    qsizetype m_actionIndex = -1; // the action whose details follow (an index: the list grows)
    QStringList m_notes;
    QStringList m_analysis;
};

} // namespace

bool isClusterHeading(const QString &text, int *number, QString *rest)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:issue\\s+)?cluster\\s*#?\\s*(\\d{1,4})\\b\\s*(?:[:.)\\-\\x{2013}\\x{"
                       "2014}|]\\s*)?(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    // Bold markers go, escapes stay: the title is unescaped once, by parseCluster.
    QString t = md::stripLeadingSymbols(text);
    t.remove(QStringLiteral("**"));
    const auto m = re.match(md::stripLeadingSymbols(t));
    if (!m.hasMatch())
        return false;
    if (number)
        *number = m.captured(1).toInt();
    if (rest)
        *rest = m.captured(2).trimmed();
    return true;
}

bool applyActionField(WorklogAction &action, const QString &label, const QString &value)
{
    const QString plain = md::plainText(value);
    if (isOneOf(label, {"title", "issue title"})) {
        action.title = plain;
    } else if (isOneOf(label, {"url", "link", "issue url", "issue link"})) {
        action.url = plain;
        if (action.issue < 0)
            action.issue = issueNumber(plain);
    } else if (isOneOf(label, {"status", "result", "outcome"})) {
        action.status = plain;
        if (action.priorityChange.isEmpty())
            action.priorityChange = priorityChange(plain);
    } else if (isOneOf(label,
                       {"priority change", "escalation", "priority escalation", "escalated"})) {
        const QString change = priorityChange(plain);
        if (!change.isEmpty())
            action.priorityChange = change;
    } else {
        return false;
    }
    return true;
}

ClusterPart parseCluster(const md::Lines &lines, const md::Heading &heading, int number,
                         const QString &rest, QStringList &warnings)
{
    ClusterReader reader(lines, number, warnings);
    reader.readHeading(rest);
    for (int i = heading.line + 1; i < heading.end; ++i)
        i = reader.readLine(i, heading.end);
    return reader.finish();
}

void mergeCluster(WorklogCluster &into, const WorklogCluster &from)
{
    auto fill = [&](QString &target, const QString &value, const char *label) {
        if (value.isEmpty() || target == value)
            return;
        if (target.isEmpty())
            target = value;
        else
            into.extraFields.append({QLatin1String(label), value});
    };
    fill(into.severity, from.severity, "Severity");
    fill(into.severityText, from.severityText, "Severity");
    fill(into.priority, from.priority, "Priority");
    fill(into.priorityLabel, from.priorityLabel, "Priority");
    fill(into.category, from.category, "Category");
    fill(into.frequency, from.frequency, "Frequency");
    fill(into.impact, from.impact, "Impact");
    fill(into.pattern, from.pattern, "Pattern");
    fill(into.analysis, from.analysis, "Analysis");
    fill(into.fingerprint, from.fingerprint, "Fingerprint");
    fill(into.module, from.module, "Module");
    fill(into.function, from.function, "Function");
    if (into.line < 0)
        into.line = from.line;
    into.statedCounts += from.statedCounts;
    into.samples += from.samples;
    into.extraFields += from.extraFields;
    if (!from.notes.isEmpty())
        into.notes =
            into.notes.isEmpty() ? from.notes : into.notes + QLatin1Char('\n') + from.notes;
}

} // namespace gardener::worklog::detail
