#pragma once

#include "core/triage/triage.h"
#include "core/util/error.h"

#include <QRegularExpression>
#include <optional>
#include <vector>

namespace gardener::triage {

// One condition line of a rule, e.g. `severity >= ERROR` or `text ~ websocket|routing`.
struct Condition
{
    enum class Field
    {
        Severity,
        Text,
        Location,
        Count,
        PerMinute,
        Trend,
        Change,
        Status,
        Path,
        Deploy,
        FirstSeenWithRevision,
        OnlyInLatestRevision
    };
    enum class Op
    {
        Less,
        LessEqual,
        Equal,
        GreaterEqual,
        Greater,
        Matches,
        NotMatches
    };
    Field field = Field::Severity;
    Op op = Op::GreaterEqual;
    double number = 0; // count, per_minute, change (percent), severity index
    Trend trend = Trend::Unknown;
    QRegularExpression pattern; // for `~`, case-insensitive
    QString source;             // the line as written, for explanations
};

struct Rule
{
    QString name;
    int line = 0;                      // where the rule starts in its file
    std::vector<Condition> conditions; // all must hold
    std::optional<int> priority;
    QString category;
    bool expected = false;
    int raise = 0; // levels to raise the decided priority by (trend rules)
};

// Triage rules in a small readable text format (docs/triage.md):
//
//   # comment
//   [Critical entries]
//   severity >= CRITICAL
//   priority = P0
//   category = GCP-regression
//
// Rules are tried top to bottom. The first rule that holds and sets a priority decides the
// priority; the first that holds and sets a category decides the category. Every rule that
// holds and says `raise = N` then raises the decided priority by N levels (never above P0).
class RuleSet
{
public:
    static Result<RuleSet> parse(const QString &text, const QString &fileName = {});
    // The text of the rules file at `path` (UTF-8): nullopt when there is no such file (the
    // built-in rules apply), an error naming the file when it cannot be read. The one place
    // the file is read (the window, the rules page and headless runs all come here).
    static Result<std::optional<QString>> readFile(const QString &path);
    // Writes `text` (UTF-8) as the rules file at `path`, creating its folder, atomically: when
    // writing fails the earlier file stays whole and the error names the file. The one place
    // the file is written. Any thread.
    static Result<void> writeFile(const QString &path, const QString &text);
    static RuleSet defaults(); // the built-in rules, see defaultrules.cpp
    static QString defaultText();

    TriageDecision evaluate(const TriageInput &input) const;
    const std::vector<Rule> &rules() const { return m_rules; }

private:
    std::vector<Rule> m_rules;
};

// True when the condition holds for the input; `why` receives a short reason when it does.
bool holds(const Condition &c, const TriageInput &input, QString *why = nullptr);

} // namespace gardener::triage
