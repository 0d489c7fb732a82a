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
    ClusterPart part;
    WorklogCluster &c = part.cluster;
    c.number = number;
    QString tail;
    c.title = md::plainText(splitTitleTail(rest, &tail));
    if (c.title.isEmpty())
        c.title = QStringLiteral("Cluster %1").arg(number);
    if (!tail.isEmpty()) {
        const Priority p = parsePriority(tail);
        c.priority = p.priority;
        c.priorityLabel = p.label;
        c.statedCounts += findCounts(tail, QStringLiteral("heading"));
    }
    QString headingSeverity;
    if (const QString sev = severityName(c.priorityLabel);
        !sev.isEmpty() && sev == c.priorityLabel.toUpper()) {
        headingSeverity = sev;
        c.priorityLabel.clear();
    }

    enum class Target
    {
        Notes,
        Analysis
    };
    Target prose = Target::Notes;
    QString pendingHeading;
    qsizetype actionIndex = -1; // the action whose details follow (an index: the list grows)
    QStringList notes;
    QStringList analysis;

    auto addNote = [&](const QString &line) {
        if (!pendingHeading.isEmpty()) {
            notes.append(pendingHeading);
            pendingHeading.clear();
        }
        notes.append(line);
    };

    const int end = heading.end;
    for (int i = heading.line + 1; i < end; ++i) {
        const QString line = lines.at(i);
        QString marker, info;
        if (md::isFenceLine(line, &marker, &info)) {
            const int open = i;
            bool closed = false;
            for (++i; i < end; ++i) {
                // Only a line starting (after blanks) with the fence character can close it.
                const QByteArrayView raw = lines.view(i).trimmed();
                if (raw.isEmpty() || raw.front() != char(marker.at(0).unicode()))
                    continue;
                QString closeMarker;
                const QString candidate = lines.at(i);
                if (md::isFenceLine(candidate, &closeMarker) &&
                    candidate.trimmed() == closeMarker && closeMarker.at(0) == marker.at(0) &&
                    closeMarker.size() >= marker.size()) {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                warnings.append(QStringLiteral("line %1: code block in cluster %2 is not closed")
                                    .arg(open + 1)
                                    .arg(number));
            if (!isJsonInfo(info) ||
                !fenceSample(lines, open + 1, i, number, c.samples, warnings)) {
                addNote(line);
                if (i > open + 1)
                    notes.append(lines.join(open + 1, i));
                if (closed)
                    notes.append(lines.at(i));
            }
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed == QLatin1String("---") || trimmed == QLatin1String("***"))
            continue;
        // The collapsed block around a rule trace is layout, not content.
        if (trimmed.startsWith(QLatin1String("<details")) || trimmed == QLatin1String("</details>"))
            continue;
        if (trimmed.startsWith(QLatin1Char('#'))) { // a sub-heading inside the cluster
            pendingHeading = line;
            prose = md::normalizeLabel(trimmed).contains(QLatin1String("analysis"))
                        ? Target::Analysis
                        : Target::Notes;
            if (prose == Target::Analysis)
                pendingHeading.clear();
            actionIndex = -1;
            continue;
        }
        const QList<md::Field> fields = md::fields(line);
        if (fields.isEmpty()) {
            const QString item = md::listItemText(line);
            WorklogSample sample;
            if (!item.isNull() && timestampBullet(item, sample)) {
                c.samples.append(sample);
                continue;
            }
            if (!item.isNull() && issueNumber(item) > 0 && actionKind(item)) {
                WorklogAction a;
                a.kind = *actionKind(item);
                a.issue = issueNumber(item);
                a.text = md::plainText(item);
                a.priorityChange = priorityChange(item);
                part.actions.append(a);
                continue;
            }
            if (prose == Target::Analysis)
                analysis.append(line);
            else
                addNote(line);
            continue;
        }
        for (const md::Field &f : fields) {
            const QString label = md::normalizeLabel(f.label);
            const QString plain = md::plainText(f.value);
            if (isOneOf(label, {"action", "actions", "github action", "action taken"})) {
                part.actions.append(actionFrom(md::stripLeadingSymbols(plain)));
                actionIndex = part.actions.size() - 1;
                continue;
            }
            WorklogAction *action = actionIndex >= 0 ? &part.actions[actionIndex] : nullptr;
            if (action && applyActionField(*action, label, f.value))
                continue;
            if (isOneOf(label, {"github issue", "issue", "related issue", "existing issue",
                                "linked issue", "tracked in", "tracking issue"}) &&
                issueNumber(plain) > 0) {
                part.actions.append(actionFrom(plain));
                actionIndex = part.actions.size() - 1;
                continue;
            }
            if (action) { // details of the action (its impact, notes): keep them with it
                action->text += QStringLiteral("\n%1: %2").arg(f.label, plain);
                continue;
            }
            if (f.value.isEmpty()) {
                prose = isOneOf(label, {"analysis", "root cause analysis"}) ? Target::Analysis
                                                                            : Target::Notes;
                continue; // a label for what follows ("Representative Log Entry:")
            }
            prose = Target::Notes;
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
            } else if (isOneOf(label, {"count", "occurrences", "occurrence count",
                                       "total occurrences", "hits", "events", "entries"})) {
                c.statedCounts += findCounts(plain, f.label, true);
            } else if (label == QLatin1String("impact") && c.impact.isEmpty()) {
                c.impact = plain;
            } else if (label == QLatin1String("pattern") && c.pattern.isEmpty()) {
                c.pattern = plain;
            } else if (label == QLatin1String("analysis") && c.analysis.isEmpty()) {
                c.analysis = plain;
            } else if (label == QLatin1String("fingerprint") && c.fingerprint.isEmpty()) {
                c.fingerprint = plain;
            } else if (isOneOf(label, {"location", "source location", "source", "code location"}) &&
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
                c.extraFields.append({f.label, plain});
            }
        }
    }
    // "(ERROR - P1)": a severity word in the heading is the severity when no field states one
    // (CRITICAL is also a priority level: when a field states another severity, the word is
    // the priority label, as in "(CRITICAL - P1)" over "Severity: ERROR").
    if (!headingSeverity.isEmpty()) {
        if (c.severity.isEmpty())
            c.severity = headingSeverity;
        else if (c.severity != headingSeverity && c.priorityLabel.isEmpty())
            c.priorityLabel = headingSeverity;
    }
    if (!analysis.isEmpty()) {
        const QString more = analysis.join(QLatin1Char('\n')).trimmed();
        c.analysis = c.analysis.isEmpty() ? more : c.analysis + QLatin1Char('\n') + more;
    }
    c.notes = notes.join(QLatin1Char('\n')).trimmed();
    c.samples.squeeze(); // a list grown sample by sample holds up to twice its samples
    return part;
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
