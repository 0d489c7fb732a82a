#pragma once

#include "core/worklog/worklogdata.h"

#include <QDateTime>
#include <QString>
#include <optional>

// Recognisers for the phrases worklogs use for counts, priorities, severities, actions and
// times. Shared by the reader's parts; pure functions, thread-safe.

namespace gardener::worklog::phrases {

// Every count phrase in `text`: "17+ occurrences", "3 critical errors", "over 40 warnings",
// "1 occurrence". With `bareNumberOk` (a "Count:" field) a lone "10" or "10+" counts too.
// Numbers that are part of other things ("$120K+", "24.5%", "1-2 seconds", "P2") do not.
QList<WorklogCount> findCounts(const QString &text, const QString &where,
                               bool bareNumberOk = false);

// The smallest of `counts` (an exact count wins a tie with a lower bound); nullopt when empty.
std::optional<WorklogCount> smallest(const QList<WorklogCount> &counts);

// "P2 (HIGH)", "CRITICAL - P1", "HIGH PRIORITY - P2" -> priority "P2", label "HIGH".
struct Priority
{
    QString priority;
    QString label;
};
Priority parsePriority(const QString &text);

// A log severity name (DEFAULT, DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT,
// EMERGENCY; "WARN" -> WARNING) when `text` starts with one, else empty.
QString severityName(const QString &text);

// Splits "Title (CRITICAL - P1)" into the title and the parenthesis when the latter names a
// priority, severity or count. Returns the title; `tail` receives the parenthesis content.
QString splitTitleTail(const QString &heading, QString *tail);

// created / updated / reopened / linked from action text; nullopt when no such word.
std::optional<WorklogAction::Kind> actionKind(const QString &text);

// The issue number in "#640", ".../issues/640", "issue 640"; -1 when none.
int issueNumber(const QString &text);

// "P2->P1" from "P2 -> P1", "P2 → P1", "escalated from P2 to P1", "P2 to P1"; empty when none.
QString priorityChange(const QString &text);

// "GCP-regression" from an issue title like "GCP-regression | P1 | ..." or
// "GCP-staging-P2-SessionMiddleware-..."; empty when the title states no category.
QString categoryFromTitle(const QString &title);

// Parses a stated time: RFC 3339 / ISO 8601, "2025-09-12 23:30:00 UTC", "2025-09-14 03:00:00",
// "2025-09-13-1800". Times without a zone are taken as UTC and `zoneless` is set.
QDateTime parseTime(const QString &text, bool *zoneless = nullptr);

// "`module:1619` in `function`", "module.py line 42", "at line 1706".
struct Location
{
    QString module;
    QString function;
    int line = -1;
};
Location parseLocation(const QString &text);

// Fills message/module/function/line/timestamp/severity of a sample from its JSON text. Returns
// false when the text is not a JSON object or array (the fields are then guessed from
// "key": "value" pairs found in the text). Arrays yield one sample per object element.
bool samplesFromJson(const QString &text, QList<WorklogSample> &out);
// The same from UTF-8, kept as given (a slice of the file's buffer stays one).
bool samplesFromJson(const QByteArray &utf8, QList<WorklogSample> &out);

// How well two cluster titles name the same thing, 0..1 (word containment, case-insensitive;
// "SessionMiddleware" matches "Session Middleware Configuration").
double titleSimilarity(const QString &a, const QString &b);

// The same in two steps, for matching many lines against the same titles.
QStringList titleWords(const QString &title);
double wordSimilarity(const QStringList &a, const QStringList &b);

} // namespace gardener::worklog::phrases
