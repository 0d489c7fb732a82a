#pragma once

#include "core/history/trend.h"
#include "core/logs/severity.h"

#include <QString>
#include <QStringList>

namespace gardener::triage {

// Trends are history's (history/trend.h); triage reads them under its own name too.
using history::parseTrend;
using history::Trend;
using history::trendName;

// What the rules look at for one issue cluster. Plain data, so triage does not depend on the
// clustering engine's types.
struct TriageInput
{
    QString fingerprint;
    QString name;      // the cluster's name or leading template
    QStringList texts; // templates and a few sample messages
    QString location;  // module/file and function, "module:function"
    Severity maxSeverity = Severity::Default;
    quint64 count = 0;
    double perMinute = 0; // occurrences per minute over the run's window
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
    int priority = 5;      // 0..6 for P0..P6
    QString category;      // GCP-regression, GCP-active-dev, …
    bool expected = false; // a rule says this is expected behaviour
    QString priorityRule;  // name of the rule that set the priority
    QString categoryRule;
    QStringList explanation; // one line per rule that fired, "why" for people
    bool overridden = false; // the user's override replaced the rules' priority
    int raisedBy = 0;        // levels the trend raised it by (escalating, regressed)

    QString priorityLabel() const { return QStringLiteral("P") + QString::number(priority); }
};

} // namespace gardener::triage
