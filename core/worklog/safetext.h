#pragma once

#include <QString>

namespace gardener::redaction {
class Redactor;
}

// Redact first, then cut. Text that leaves the machine (titles, labels, names, worklog and
// draft lines) is redacted on its whole length before it is shortened, and what remains is
// checked once more for the start of a secret that a cut (here or upstream, e.g. a log line
// cut by its producer) left behind: a known token prefix followed by enough token characters
// and then "…", "..." or the end of the text. Pure functions, thread-safe.

namespace gardener::worklog {

// True when `text` holds a cut secret prefix ("github_pat_11ABCDEFG0…", "ghp_abc123" at the end).
bool hasTruncatedSecret(const QString &text);

// `text` with every cut secret prefix replaced by "[REDACTED:<kind>]".
QString scrubTruncatedSecrets(const QString &text);

// Cuts already redacted text to at most `maxChars` at a word boundary (no ellipsis) and
// scrubs what the cut left of a secret.
QString cutRedacted(const QString &redacted, int maxChars);

// Redacts `text` with `redactor` (the whole text), cuts the result to at most `maxChars` at a
// word boundary (no ellipsis), then scrubs cut secret prefixes.
QString redactThenCut(const redaction::Redactor &redactor, const QString &text, int maxChars);

} // namespace gardener::worklog
