#include "rules.h"

#include <QStringView>

namespace gardener::triage {
namespace {

std::optional<Condition::Field> fieldFromName(QStringView name)
{
    static const std::pair<const char *, Condition::Field> names[] = {
        {"severity", Condition::Field::Severity}, {"text", Condition::Field::Text},
        {"location", Condition::Field::Location}, {"count", Condition::Field::Count},
        {"per_minute", Condition::Field::PerMinute}, {"trend", Condition::Field::Trend},
        {"change", Condition::Field::Change},
        {"first_seen_with_revision", Condition::Field::FirstSeenWithRevision},
        {"only_in_latest_revision", Condition::Field::OnlyInLatestRevision}};
    for (const auto &[text, field] : names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

std::optional<Condition::Op> opFromText(QStringView op)
{
    static const std::pair<const char *, Condition::Op> ops[] = {
        {"<=", Condition::Op::LessEqual}, {">=", Condition::Op::GreaterEqual},
        {"==", Condition::Op::Equal},     {"=", Condition::Op::Equal},
        {"<", Condition::Op::Less},       {">", Condition::Op::Greater},
        {"~", Condition::Op::Matches}};
    for (const auto &[text, value] : ops) {
        if (op == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool compare(double lhs, Condition::Op op, double rhs)
{
    switch (op) {
    case Condition::Op::Less: return lhs < rhs;
    case Condition::Op::LessEqual: return lhs <= rhs;
    case Condition::Op::Equal: return lhs == rhs;
    case Condition::Op::GreaterEqual: return lhs >= rhs;
    case Condition::Op::Greater: return lhs > rhs;
    case Condition::Op::Matches: return false;
    }
    return false;
}

Result<Condition> parseCondition(const QString &line, const QString &file, int lineNo)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^([a-z_]+)\s*(<=|>=|==|=|<|>|~)\s*(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = shape.match(line);
    if (!m.hasMatch())
        return fail(QStringLiteral("expected 'field operator value', found '%1'").arg(line), file, lineNo);
    Condition c;
    c.source = line;
    const auto field = fieldFromName(m.capturedView(1));
    if (!field)
        return fail(QStringLiteral("unknown field '%1' (severity, text, location, count, per_minute, trend, change, "
                                   "first_seen_with_revision, only_in_latest_revision)")
                        .arg(m.captured(1)), file, lineNo);
    c.field = *field;
    c.op = *opFromText(m.capturedView(2));
    QString value = m.captured(3).trimmed();
    const bool textField = c.field == Condition::Field::Text || c.field == Condition::Field::Location;
    if (textField != (c.op == Condition::Op::Matches))
        return fail(textField ? QStringLiteral("'%1' takes '~ pattern'").arg(m.captured(1))
                              : QStringLiteral("'~' works only with text and location"),
                    file, lineNo);
    switch (c.field) {
    case Condition::Field::Text:
    case Condition::Field::Location:
        c.pattern = QRegularExpression(value, QRegularExpression::CaseInsensitiveOption);
        if (!c.pattern.isValid())
            return fail(QStringLiteral("bad pattern '%1': %2").arg(value, c.pattern.errorString()),
                        file, lineNo);
        break;
    case Condition::Field::Severity: {
        const auto sev = parseSeverity(value.toUpper().toStdString());
        if (!sev)
            return fail(QStringLiteral("unknown severity '%1'").arg(value), file, lineNo);
        c.number = severityIndex(*sev);
        break;
    }
    case Condition::Field::Trend: {
        const auto t = parseTrend(value);
        if (!t || c.op != Condition::Op::Equal)
            return fail(QStringLiteral("trend takes '= new|steady|escalating|decreasing|regression'"),
                        file, lineNo);
        c.trend = *t;
        break;
    }
    case Condition::Field::FirstSeenWithRevision:
    case Condition::Field::OnlyInLatestRevision: {
        const QString v = value.toLower();
        if (c.op != Condition::Op::Equal || !QStringList{QStringLiteral("yes"), QStringLiteral("no")}.contains(v))
            return fail(QStringLiteral("'%1' takes '= yes' or '= no'").arg(m.captured(1)), file, lineNo);
        c.number = v == QLatin1String("yes") ? 1 : 0;
        break;
    }
    default: {
        if (value.endsWith(QLatin1Char('%')))
            value.chop(1);
        bool ok = false;
        c.number = value.toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("'%1' is not a number").arg(value), file, lineNo);
    }
    }
    return c;
}

} // namespace

bool holds(const Condition &c, const TriageInput &in, QString *why)
{
    auto say = [why](QString text) {
        if (why)
            *why = std::move(text);
        return true;
    };
    switch (c.field) {
    case Condition::Field::Severity:
        if (compare(severityIndex(in.maxSeverity), c.op, c.number))
            return say(QStringLiteral("severity %1").arg(QString::fromLatin1(severityName(in.maxSeverity).data())));
        return false;
    case Condition::Field::Count:
        if (compare(double(in.count), c.op, c.number))
            return say(QStringLiteral("%1 occurrences").arg(in.count));
        return false;
    case Condition::Field::PerMinute:
        if (compare(in.perMinute, c.op, c.number))
            return say(QStringLiteral("%1 per minute").arg(in.perMinute, 0, 'g', 3));
        return false;
    case Condition::Field::Change:
        if (in.trend != Trend::New && in.trend != Trend::Unknown && compare(in.changePercent, c.op, c.number))
            return say(QStringLiteral("frequency %1%2%").arg(in.changePercent >= 0 ? QStringLiteral("+") : QString())
                           .arg(in.changePercent, 0, 'f', 0));
        return false;
    case Condition::Field::FirstSeenWithRevision:
        if (in.firstSeenWithRevision == (c.number != 0))
            return say(in.firstSeenWithRevision ? QStringLiteral("first seen with a new revision")
                                                : QStringLiteral("not first seen with a new revision"));
        return false;
    case Condition::Field::OnlyInLatestRevision:
        if (in.onlyInLatestRevision == (c.number != 0))
            return say(in.onlyInLatestRevision ? QStringLiteral("only in the latest revision")
                                               : QStringLiteral("not only in the latest revision"));
        return false;
    case Condition::Field::Trend:
        if (in.trend == c.trend)
            return say(QStringLiteral("trend %1").arg(trendName(in.trend)));
        return false;
    case Condition::Field::Location: {
        const auto m = c.pattern.match(in.location);
        if (m.hasMatch())
            return say(QStringLiteral("location matches '%1'").arg(m.captured(0)));
        return false;
    }
    case Condition::Field::Text: {
        for (const QString &t : std::as_const(in.texts) + QStringList{in.name}) {
            const auto m = c.pattern.match(t);
            if (m.hasMatch())
                return say(QStringLiteral("text mentions '%1'").arg(m.captured(0)));
        }
        return false;
    }
    }
    return false;
}

Result<RuleSet> RuleSet::parse(const QString &text, const QString &fileName)
{
    RuleSet set;
    const QStringList lines = text.split(QLatin1Char('\n'));
    Rule *current = nullptr;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3)
                return fail(QStringLiteral("a rule name looks like [Name]"), fileName, lineNo);
            set.m_rules.push_back(Rule{line.mid(1, line.size() - 2).trimmed(), lineNo, {}, {}, {}, false});
            current = &set.m_rules.back();
            continue;
        }
        if (!current)
            return fail(QStringLiteral("a condition before the first [rule name]"), fileName, lineNo);
        static const QRegularExpression assignment(QStringLiteral(R"(^(priority|category|expected)\s*=\s*(.+)$)"));
        const auto a = assignment.match(line);
        if (a.hasMatch()) {
            const QString key = a.captured(1);
            const QString value = a.captured(2).trimmed();
            if (key == QLatin1String("priority")) {
                static const QRegularExpression p(QStringLiteral("^[Pp]([0-6])$"));
                const auto pm = p.match(value);
                if (!pm.hasMatch())
                    return fail(QStringLiteral("priority is P0 to P6, found '%1'").arg(value), fileName, lineNo);
                current->priority = pm.captured(1).toInt();
            } else if (key == QLatin1String("category")) {
                current->category = value;
            } else {
                current->expected = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                                    || value == QLatin1String("yes");
            }
            continue;
        }
        auto condition = parseCondition(line, fileName, lineNo);
        if (!condition)
            return tl::unexpected(condition.error());
        current->conditions.push_back(std::move(*condition));
    }
    for (const Rule &r : set.m_rules) {
        if (!r.priority && r.category.isEmpty() && !r.expected)
            return fail(QStringLiteral("rule '%1' sets neither priority, category nor expected").arg(r.name),
                        fileName, r.line);
    }
    return set;
}

TriageDecision RuleSet::evaluate(const TriageInput &input) const
{
    TriageDecision d;
    bool havePriority = false;
    for (const Rule &rule : m_rules) {
        QStringList reasons;
        bool all = true;
        for (const Condition &c : rule.conditions) {
            QString why;
            if (!holds(c, input, &why)) {
                all = false;
                break;
            }
            reasons << why;
        }
        if (!all)
            continue;
        const bool setsPriority = rule.priority && !havePriority;
        const bool setsCategory = !rule.category.isEmpty() && d.category.isEmpty();
        if (!setsPriority && !setsCategory && !rule.expected)
            continue;
        QString line = QStringLiteral("rule '%1'").arg(rule.name);
        if (setsPriority)
            line += QStringLiteral(" → P%1").arg(*rule.priority);
        if (setsCategory)
            line += QStringLiteral(" → %1").arg(rule.category);
        if (!reasons.isEmpty())
            line += QStringLiteral(" (") + reasons.join(QStringLiteral(", ")) + QLatin1Char(')');
        d.explanation << line;
        if (setsPriority) {
            d.priority = *rule.priority;
            d.priorityRule = rule.name;
            havePriority = true;
        }
        if (setsCategory) {
            d.category = rule.category;
            d.categoryRule = rule.name;
        }
        d.expected = d.expected || rule.expected;
    }
    if (d.category.isEmpty())
        d.category = QStringLiteral("GCP-active-dev");
    return d;
}

RuleSet RuleSet::defaults()
{
    auto parsed = parse(defaultText(), QStringLiteral("default.rules"));
    // The built-in text is tested; an error here is a build defect, so fail loudly in debug.
    Q_ASSERT(parsed.has_value());
    return parsed ? std::move(*parsed) : RuleSet();
}

} // namespace gardener::triage
