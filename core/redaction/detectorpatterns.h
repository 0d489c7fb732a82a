#pragma once

// The pattern pieces the detector table's rows share, and the functions that add its groups of
// rows (detectorsecrets.cpp, detectorpersonal.cpp, detectortruncated.cpp). Internal to
// core/redaction.

#include "core/redaction/detectortable.h"
#include "core/redaction/validators.h"

#include <QRegularExpression>
#include <QString>

namespace gardener::redaction::detail {

// Namespace-scope constants: each file that includes this has its own copy, initialised before
// any of its functions runs.
const auto CaseInsensitive = QRegularExpression::CaseInsensitiveOption;

// The secret words a key must end in (see redactor.h for why "ends in"). Patterns start at the
// word itself: a regex that begins with a literal alternation is much faster than one that
// tries every identifier start.
const QString SecretKey =
    QStringLiteral("(?:password|passwd|secret|token|api[_-]?key|apikey|authorization|"
                   "credentials?|private[_-]?key|cookie|session[_-]?id)");

// Where a cut text ends: an ellipsis, three dots, a closing quote, a masker placeholder, or the
// end of a line or of the text. A known prefix followed by enough token characters and then
// one of these is a token that was truncated (a title cut at 100 characters, a sample cut for
// the worklog, a token the masker split).
const QString CutHere =
    QStringLiteral(R"re((?=…|\.\.\.|\\u2026|["'`]|<(?:\*|[A-Z]{2,6})>|[ \t]*(?:\r?\n|\\n|$)))re");

// "1//" as written, or after the clustering masker replaced the leading "1" (with "<NUM>", or
// "<*>" that cluster names show as "…").
const QString RefreshLead = QStringLiteral(R"re((?:1|<NUM>|<ID>|<HEX>|<\*>|…)//)re");

inline QRegularExpression re(const QString &pattern,
                             QRegularExpression::PatternOptions options = {})
{
    QRegularExpression r(pattern, options);
    Q_ASSERT_X(r.isValid(), "redaction detector",
               qPrintable(r.errorString() + QLatin1Char(' ') + pattern));
    return r;
}

// What follows a value that was cut short: an ellipsis, "..." or an escaped ellipsis.
inline QString cutMarker()
{
    return QStringLiteral(R"re((?=…|\.\.\.|\\u2026))re");
}

// The Needs of the row just appended.
inline void needs(QList<Detector> &d, Needs n)
{
    d.back().needs = std::move(n);
}

inline bool notPlaceholder(const QString &, const QRegularExpressionMatch &m, int g)
{
    return !isPlaceholderValue(m.captured(g));
}

// Private keys, tokens with a known prefix, and cloud credentials.
void addTokens(QList<Detector> &d);
// Tokens of chat, payment and OAuth services.
void addServiceTokens(QList<Detector> &d);
// Secrets as the value of a secret key, in the forms logs write them.
void addKeyValues(QList<Detector> &d);

// Card numbers, bank accounts, national ids and phone numbers.
void addPersonalData(QList<Detector> &d);
// E-mail addresses, wherever they stand.
void addEmails(QList<Detector> &d);
// Addresses: on an overlap they yield to every other kind (enum order).
void addAddresses(QList<Detector> &d);

// Known prefixes followed by at least 8 token characters where the text was cut.
void addTruncatedTokens(QList<Detector> &d);
// Values of the other kinds cut short.
void addTruncatedValues(QList<Detector> &d);
// Card numbers cut short.
void addTruncatedPersonalData(QList<Detector> &d);
// Phone numbers and IP addresses cut short.
void addTruncatedPhonesAndAddresses(QList<Detector> &d);

} // namespace gardener::redaction::detail
