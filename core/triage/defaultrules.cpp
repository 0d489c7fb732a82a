#include "core/triage/rules.h"

namespace gardener::triage {

// The built-in rules. They reproduce the judgement engineers wrote into their worklogs:
// CRITICAL entries and health-check crashes are P0; crashes and exhausted resources (a
// terminated container, out of memory, an exhausted connection pool), server errors on a user
// path (not a health check) and errors in the messaging core (WebSocket, chat, message code)
// P1; recurring configuration warnings P2; performance advisories and id-consistency warnings
// P3; rare configuration warnings P4; expected behaviour such as user auto-creation P6. A
// cluster that started with a deploy in the window is active development, and says so. An
// escalating or regressed cluster is raised one level. `new` is a trend, not a category: the
// categories are the engineers' own. Users replace the rules with their own file
// (Settings > Triage rules).
QString RuleSet::defaultText()
{
    return QStringLiteral(R"(# Log Gardener triage rules
#
# Each rule starts with [Name] and lists conditions, one per line; all must hold.
# Fields: severity, text (templates and samples), location (module:function),
#         status (HTTP status of request logs), path (request path of request logs),
#         deploy (the revision a cluster started with, when it appeared only after a deploy),
#         count, per_minute, trend (new|steady|escalating|decreasing|regression), change (percent)
# Operators: < <= = >= > for numbers and severities, ~ and !~ for a case-insensitive pattern.
# Then: priority = P0..P6, category = NAME, expected = true, raise = N (levels).
# Rules are tried top to bottom: the first rule that holds and sets a priority decides the
# priority; the first that holds and sets a category decides the category; every rule that
# holds and says raise = N raises the decided priority by N levels.

[Regressed: its issue was closed and it is back]
trend = regression
category = GCP-regression
raise = 1

[Escalating: its share of all entries rose]
trend = escalating
raise = 1

[Critical entries]
severity >= CRITICAL
priority = P0

[Health check crash]
text ~ health.?check.*(crash|fail|down|unhealthy)
priority = P0

[Race condition]
text ~ \brace\b|race condition|concurrent|already (exists|closed|running)|deadlock|lock timeout
category = GCP-race-condition

[Started with a deploy]
deploy ~ .
category = GCP-active-dev

[Expected behaviour: user auto-creation]
text ~ auto.?creat
severity <= WARNING
priority = P6
expected = true

[Crash or exhausted resource]
severity >= ERROR
text ~ terminated|out of memory|\boom\b|memory limit|pool (limit|timeout|exhausted)|queuepool|could not acquire connection|restarted|killed|segmentation fault
priority = P1

[Server errors on a user path]
status >= 500
path !~ health|ready|live|ping|status|metrics
priority = P1

[Messaging core broken]
severity >= ERROR
location ~ websocket|chat|message
priority = P1

[Main user path broken]
severity >= ERROR
text ~ websocket|routing|route_message|chat|login|sign.?in|checkout|payment
priority = P1

[Other errors]
severity >= ERROR
priority = P2

[Recurring configuration warning]
text ~ middleware|not installed|no module named|not configured|missing (config|setting|env)|must be installed
count >= 10
priority = P2

[Configuration warning]
text ~ middleware|not installed|no module named|not configured|missing (config|setting|env)|must be installed
priority = P4

[Performance advisory]
text ~ buffer utili[sz]ation|consider (reducing|increasing)|slow|latency|timeout
priority = P3

[Id consistency]
text ~ \bid\b.*(mismatch|inconsistent|invalid)|mismatch.*\bid\b
priority = P3

[Warnings]
severity >= WARNING
priority = P4

[Everything else]
priority = P5
)");
}

} // namespace gardener::triage
