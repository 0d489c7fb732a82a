#pragma once

#include "logs/severity.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace gardener::triage {

// How a cluster compares with earlier runs (filled from the history store).
enum class Trend {
    Unknown,    // no history consulted
    New,        // never seen before
    Steady,
    Escalating, // frequency up by at least the escalation threshold
    Decreasing,
    Regression, // its GitHub issue was closed and it came back ("regressed")
    NotSeen,    // a cluster of the last run with an open issue and no entries now
};
QString trendName(Trend t);
std::optional<Trend> parseTrend(const QString &name);

// What the rules look at for one issue cluster. Plain data, so triage does not depend on the
// clustering engine's types.
struct TriageInput
{
    QString fingerprint;
    QString name;        // the cluster's name or leading template
    QStringList texts;   // templates and a few sample messages
    QString location;    // module/file and function, "module:function"
    Severity maxSeverity = Severity::Default;
    quint64 count = 0;
    double perMinute = 0;    // occurrences per minute over the run's window
    Trend trend = Trend::Unknown;
    double changePercent = 0; // frequency change against the previous run
    int httpStatus = 0;       // highest HTTP status of its request logs, 0 without any
    QStringList requestPaths; // paths of its request logs ("/api/v1/threads/<*>/messages")
    QString deployRevision;   // the revision it started with, when it appeared only after a deploy
    bool firstSeenWithRevision = false; // evidence::deployFlags (docs/evidence.md)
    bool onlyInLatestRevision = false;
};

struct TriageDecision
{
    int priority = 5;            // 0..6 for P0..P6
    QString category;            // GCP-regression, GCP-active-dev, …
    bool expected = false;       // a rule says this is expected behaviour
    QString priorityRule;        // name of the rule that set the priority
    QString categoryRule;
    QStringList explanation;     // one line per rule that fired, "why" for people
    bool overridden = false;     // the user's override replaced the rules' priority
    int raisedBy = 0;            // levels the trend raised it by (escalating, regressed)

    QString priorityLabel() const { return QStringLiteral("P") + QString::number(priority); }
};

} // namespace gardener::triage
