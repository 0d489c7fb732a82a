#include "rules.h"

namespace gardener::triage {

// The built-in rules. They reproduce the judgement engineers wrote into their worklogs:
// CRITICAL entries and health-check crashes are P0, errors on the main user path (chat,
// WebSocket routing, sign-in) P1, recurring configuration warnings P2, performance advisories
// and id-consistency warnings P3, rare configuration warnings P4, and expected behaviour such
// as user auto-creation P6. Users replace them with their own file (Settings > Triage rules).
QString RuleSet::defaultText()
{
    return QStringLiteral(R"(# Log Gardener triage rules
#
# Each rule starts with [Name] and lists conditions, one per line; all must hold.
# Fields: severity, text (templates and samples), location (module:function), count,
#         per_minute, trend (new|steady|escalating|decreasing|regression), change (percent)
# Operators: < <= = >= > for numbers and severities, ~ for a case-insensitive pattern.
# Then: priority = P0..P6, category = NAME, expected = true.
# Rules are tried top to bottom: the first rule that holds and sets a priority decides the
# priority; the first that holds and sets a category decides the category.

[Regression of a closed issue]
trend = regression
category = GCP-regression

[Critical entries]
severity >= CRITICAL
priority = P0

[Health check crash]
text ~ health.?check.*(crash|fail|down|unhealthy)
priority = P0

[Race condition]
text ~ \brace\b|race condition|concurrent|already (exists|closed|running)|deadlock|lock timeout
category = GCP-race-condition

[Expected behaviour: user auto-creation]
text ~ auto.?creat
severity <= WARNING
priority = P6
expected = true

[Main user path broken]
severity >= ERROR
text ~ websocket|routing|route_message|chat|login|sign.?in|checkout|payment
priority = P1

[Escalating errors]
severity >= ERROR
trend = escalating
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

[New cluster]
trend = new
category = GCP-new

[Escalating warnings]
trend = escalating
priority = P2

[Warnings]
severity >= WARNING
priority = P4

[Everything else]
priority = P5
)");
}

} // namespace gardener::triage
