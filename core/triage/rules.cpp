#include "core/triage/rules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringView>

#include <optional>

namespace gardener::triage {
namespace {

std::optional<Condition::Field> fieldFromName(QStringView name)
{
    static const std::pair<const char *, Condition::Field> names[] = {
        {"severity", Condition::Field::Severity},
        {"text", Condition::Field::Text},
        {"location", Condition::Field::Location},
        {"count", Condition::Field::Count},
        {"per_minute", Condition::Field::PerMinute},
        {"trend", Condition::Field::Trend},
        {"change", Condition::Field::Change},
        {"status", Condition::Field::Status},
        {"path", Condition::Field::Path},
        {"deploy", Condition::Field::Deploy},
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
        {"<=", Condition::Op::LessEqual},  {">=", Condition::Op::GreaterEqual},
        {"==", Condition::Op::Equal},      {"=", Condition::Op::Equal},
        {"<", Condition::Op::Less},        {">", Condition::Op::Greater},
        {"!~", Condition::Op::NotMatches}, {"~", Condition::Op::Matches}};
    for (const auto &[text, value] : ops) {
        if (op == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool compare(double lhs, Condition::Op op, double rhs)
{
    switch (op) {
    case Condition::Op::Less:
        return lhs < rhs;
    case Condition::Op::LessEqual:
        return lhs <= rhs;
    case Condition::Op::Equal:
        return lhs == rhs;
    case Condition::Op::GreaterEqual:
        return lhs >= rhs;
    case Condition::Op::Greater:
        return lhs > rhs;
    case Condition::Op::Matches:
    case Condition::Op::NotMatches:
        return false;
    }
    return false;
}

Result<Condition> parseCondition(const QString &line, const QString &file, int lineNo)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^([a-z_]+)\s*(<=|>=|==|=|<|>|!~|~)\s*(.+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = shape.match(line);
    if (!m.hasMatch())
        return fail(QStringLiteral("expected 'field operator value', found '%1'").arg(line), file,
                    lineNo);
    Condition c;
    c.source = line;
    const auto field = fieldFromName(m.capturedView(1));
    if (!field)
        return fail(
            QStringLiteral(
                "unknown field '%1' (severity, text, location, path, status, deploy, count, "
                "per_minute, trend, change, first_seen_with_revision, only_in_latest_revision)")
                .arg(m.captured(1)),
            file, lineNo);
    c.field = *field;
    c.op = *opFromText(m.capturedView(2));
    QString value = m.captured(3).trimmed();
    const bool textField = c.field == Condition::Field::Text ||
                           c.field == Condition::Field::Location ||
                           c.field == Condition::Field::Path || c.field == Condition::Field::Deploy;
    const bool patternOp = c.op == Condition::Op::Matches || c.op == Condition::Op::NotMatches;
    if (textField != patternOp)
        return fail(
            textField
                ? QStringLiteral("'%1' takes '~ pattern' or '!~ pattern'").arg(m.captured(1))
                : QStringLiteral("'~' and '!~' work only with text, location, path and deploy"),
            file, lineNo);
    switch (c.field) {
    case Condition::Field::Text:
    case Condition::Field::Location:
    case Condition::Field::Path:
    case Condition::Field::Deploy:
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
            return fail(
                QStringLiteral("trend takes '= new|steady|escalating|decreasing|regression'"), file,
                lineNo);
        c.trend = *t;
        break;
    }
    case Condition::Field::FirstSeenWithRevision:
    case Condition::Field::OnlyInLatestRevision: {
        const QString v = value.toLower();
        if (c.op != Condition::Op::Equal ||
            !QStringList{QStringLiteral("yes"), QStringLiteral("no")}.contains(v))
            return fail(QStringLiteral("'%1' takes '= yes' or '= no'").arg(m.captured(1)), file,
                        lineNo);
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

// Location, path, deploy and text conditions: why the condition holds, or nothing.
std::optional<QString> patternReason(const Condition &c, const TriageInput &in)
{
    if (c.field == Condition::Field::Deploy) {
        // Holds only when the run shows the cluster starting with a deploy.
        if (in.deployRevision.isEmpty() ||
            (c.pattern.match(in.deployRevision).hasMatch()) == (c.op == Condition::Op::NotMatches))
            return std::nullopt;
        return QStringLiteral("started with revision %1").arg(in.deployRevision);
    }
    const QStringList subjects = c.field == Condition::Field::Location ? QStringList{in.location}
                                 : c.field == Condition::Field::Path
                                     ? in.requestPaths
                                     : in.texts + QStringList{in.name};
    const QString what = c.field == Condition::Field::Location ? QStringLiteral("location")
                         : c.field == Condition::Field::Path   ? QStringLiteral("path")
                                                               : QStringLiteral("text");
    for (const QString &t : subjects) {
        const auto m = c.pattern.match(t);
        if (!m.hasMatch())
            continue;
        if (c.op == Condition::Op::NotMatches)
            return std::nullopt;
        return QStringLiteral("%1 %2 '%3'")
            .arg(what,
                 c.field == Condition::Field::Text ? QStringLiteral("mentions")
                                                   : QStringLiteral("matches"),
                 m.captured(0));
    }
    // A path condition says nothing about a cluster without request logs.
    if (c.op == Condition::Op::NotMatches &&
        !(c.field == Condition::Field::Path && subjects.isEmpty()))
        return QStringLiteral("%1 does not match '%2'").arg(what, c.pattern.pattern());
    return std::nullopt;
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
            return say(QStringLiteral("severity %1")
                           .arg(QString::fromLatin1(severityName(in.maxSeverity).data())));
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
        if (in.trend != Trend::New && in.trend != Trend::Unknown &&
            compare(in.changePercent, c.op, c.number))
            return say(QStringLiteral("frequency %1%2%")
                           .arg(in.changePercent >= 0 ? QStringLiteral("+") : QString())
                           .arg(in.changePercent, 0, 'f', 0));
        return false;
    case Condition::Field::FirstSeenWithRevision:
        if (in.firstSeenWithRevision == (c.number != 0))
            return say(in.firstSeenWithRevision
                           ? QStringLiteral("first seen with a new revision")
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
    case Condition::Field::Status:
        if (in.httpStatus > 0 && compare(in.httpStatus, c.op, c.number))
            return say(QStringLiteral("HTTP %1").arg(in.httpStatus));
        return false;
    case Condition::Field::Location:
    case Condition::Field::Path:
    case Condition::Field::Deploy:
    case Condition::Field::Text:
        if (const std::optional<QString> reason = patternReason(c, in))
            return say(*reason);
        return false;
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
            set.m_rules.push_back(
                Rule{line.mid(1, line.size() - 2).trimmed(), lineNo, {}, {}, {}, false, 0});
            current = &set.m_rules.back();
            continue;
        }
        if (!current)
            return fail(QStringLiteral("a condition before the first [rule name]"), fileName,
                        lineNo);
        static const QRegularExpression assignment(
            QStringLiteral(R"(^(priority|category|expected|raise)\s*=\s*(.+)$)"));
        const auto a = assignment.match(line);
        if (a.hasMatch()) {
            const QString key = a.captured(1);
            const QString value = a.captured(2).trimmed();
            if (key == QLatin1String("priority")) {
                static const QRegularExpression p(QStringLiteral("^[Pp]([0-6])$"));
                const auto pm = p.match(value);
                if (!pm.hasMatch())
                    return fail(QStringLiteral("priority is P0 to P6, found '%1'").arg(value),
                                fileName, lineNo);
                current->priority = pm.captured(1).toInt();
            } else if (key == QLatin1String("category")) {
                current->category = value;
            } else if (key == QLatin1String("raise")) {
                bool ok = false;
                current->raise = value.toInt(&ok);
                if (!ok || current->raise < 1 || current->raise > 6)
                    return fail(QStringLiteral("raise is a number of levels, 1 to 6, found '%1'")
                                    .arg(value),
                                fileName, lineNo);
            } else {
                current->expected =
                    value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
                    value == QLatin1String("yes");
            }
            continue;
        }
        auto condition = parseCondition(line, fileName, lineNo);
        if (!condition)
            return tl::unexpected(condition.error());
        current->conditions.push_back(std::move(*condition));
    }
    for (const Rule &r : set.m_rules) {
        if (!r.priority && r.category.isEmpty() && !r.expected && r.raise == 0)
            return fail(
                QStringLiteral("rule '%1' sets neither priority, category, raise nor expected")
                    .arg(r.name),
                fileName, r.line);
    }
    return set;
}

TriageDecision RuleSet::evaluate(const TriageInput &input) const
{
    TriageDecision d;
    bool havePriority = false;
    QStringList raisedBy;
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
        if (rule.raise > 0) {
            d.raisedBy += rule.raise;
            raisedBy << QStringLiteral("rule '%1' raises %2 level(s)%3")
                            .arg(rule.name)
                            .arg(rule.raise)
                            .arg(reasons.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" (") + reasons.join(QStringLiteral(", ")) +
                                           QLatin1Char(')'));
        }
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
    if (d.raisedBy > 0) {
        const int raised = std::max(0, d.priority - d.raisedBy);
        for (const QString &line : std::as_const(raisedBy))
            d.explanation << line + QStringLiteral(": P%1 → P%2").arg(d.priority).arg(raised);
        d.priority = raised;
    }
    return d;
}

Result<std::optional<QString>> RuleSet::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<QString>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString(), path);
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString(), path);
    return std::optional<QString>(QString::fromUtf8(bytes));
}

Result<void> RuleSet::writeFile(const QString &path, const QString &text)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("cannot create the folder %1").arg(folder), path);
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString(), path);
    return {};
}

RuleSet RuleSet::defaults()
{
    auto parsed = parse(defaultText(), QStringLiteral("default.rules"));
    // The built-in text is tested; an error here is a build defect, so fail loudly in debug.
    Q_ASSERT(parsed.has_value());
    return parsed ? std::move(*parsed) : RuleSet();
}

} // namespace gardener::triage
