#pragma once

// The checks that turn a pattern match into a finding, shared by the detector table. Each one
// exists because the pattern alone flags ordinary log text (docs/security.md says which).

#include <QString>

namespace gardener::redaction::detail {

// Shannon entropy of s in bits per character.
double entropyBits(const QString &s);

bool containsDigit(const QString &s);

// Upper case, lower case and a digit: what generated keys have and words do not.
bool mixedCharacterClasses(const QString &s);

// Values that are not secrets even under a secret-sounding key ("null", "***", "expired", ...).
bool isPlaceholderValue(const QString &value);

// A credential after "Authorization:": a scheme ("Bearer x"), or long with a digit. So
// "Authorization: pending" and "Authorization: required" are prose.
bool looksLikeCredential(const QString &value, bool hadScheme);

// A dotted quad that reads as a version or step number: "v1.2.3.4", "Step 1.2.3.4",
// "pkg@1.2.3.4", "1.2.3.4-rc1". start/end are the quad's offsets in text.
bool looksLikeVersion(const QString &text, qsizetype start, qsizetype end);

// "host.example.com/1.2.3.4", as Java and gRPC print a resolved address: the server's address,
// named right beside it, not a person's.
bool followsHostName(const QString &text, qsizetype start);

// "Message-ID: <id@host>" or "message <id@host>": an id shaped like an email address.
bool looksLikeMessageId(const QString &text, qsizetype localPartStart);

// An IPv6 candidate that is really code: a slice "items[1::2]", a scope "a::b", or a
// compressed form too short to be an address (every group of at most two hex digits).
bool looksLikeIPv6Code(const QString &text, qsizetype start, qsizetype end,
                       const QString &candidate);

// The Luhn checksum over the digits of s (separators ignored).
bool luhnValid(const QString &digits);

// 13-19 digits (13-16 if not grouped), Luhn-valid, a leading digit of an issuer range (2-6),
// and if grouped, grouped consistently: one separator kind, groups of 2-6 digits.
bool plausibleCard(const QString &candidate);

// minDigits-15 digits (E.164 allows 15), not one digit repeated, separators not mixed with dots and
// dashes in a way a date or version uses.
bool plausiblePhone(const QString &candidate, int minDigits = 8);

int digitCount(const QString &s);

// The start of a card number cut short: 8 or more digits, first digit 2-6, not one digit repeated.
bool plausibleCardPrefix(const QString &candidate);

// Private-use IPv4 (10/8, 172.16/12, 192.168/16, link-local 169.254/16), also for a cut address
// of which only the first octets are known. These name machines inside a network, not people,
// and an issue that says which Redis node timed out is more useful with it.
bool isPrivateIPv4Prefix(const QString &address);

// The start of an IPv6 address cut short: two or more groups, one of them four hex digits with
// a digit (so times "10:15:30" and words do not count), not unique local (fc00::/7).
bool plausibleIPv6Prefix(const QString &candidate);

} // namespace gardener::redaction::detail
