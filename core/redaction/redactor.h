#pragma once

// Finds and scrubs secrets and personal data in text that leaves the machine or is kept (GitHub
// titles, bodies, labels and comments, worklogs, history, CLI output). Redact the full text,
// before any truncation.
//
// Contract
// - Pure and re-entrant: a Redactor holds only immutable patterns after configuration, so one
//   instance may be used from several threads at once for findings()/redact()/clean().
// - Works on plain text and on JSON text, including strings escaped inside JSON strings: the
//   replacements contain no quote or backslash and never split an escape sequence, so valid
//   JSON stays valid after redact().
// - A Finding carries the matched text so a reviewer can decide about it; it is never written
//   to a log by this module and has no QDebug operator on purpose.
//
// Forms: every detector also runs on decoded views of the text (percent-decoding, JSON string
// escapes, both nested a few levels) and on base64 runs that decode to printable text (a
// finding inside makes the whole run one finding). A known token prefix followed by at least 8
// token characters and then "…", "...", a quote or the end of a line is a (truncated) finding.
//
// Decisions (see docs/security.md, "Secrets and personal data"):
// - Emails keep their domain: "jane.doe@example.com" -> "***@example.com". Already masked
//   addresses ("***@example.com") are not findings.
// - A dotted quad is an IPv4 address unless it reads as a version or step number: preceded by
//   "v", "version", "release", "build", "step", "section", "==", "@", ... (e.g. "Step 1.2.3.4",
//   "pkg@1.2.3.4"), followed by "-rc1"-like suffixes, or part of a longer dotted number
//   (1.2.3.4.5). Loopback, unspecified, network (x.x.x.0) and private-use addresses (10/8,
//   172.16/12, 192.168/16, 169.254/16, fc00::/7) name machines, not people, and are left alone,
//   as is "host.example.com/1.2.3.4". "items[1::2]" is a slice, not an IPv6 address.
// - Payment cards are Luhn-checked (or labelled "card_number=" ...); phone numbers need 8-15
//   digits in a phone-like shape.
// - "Authorization: pending" is prose: without a scheme the value needs 12+ characters and a digit.
// - Key/value secrets: the key must end in a secret word (password, passwd, pwd, secret, token,
//   api_key, apikey, authorization, credential(s), private_key, cookie, session_id), so
//   "access_token", "db_password" and "client_secret" count but "token_type",
//   "max_tokens" and "token_count" do not. Numbers, booleans, null and empty values are not
//   secrets. "key: value" without quotes only counts for password words, because phrases like
//   "Invalid token: signature mismatch" are ordinary log text.

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace gardener::redaction {

enum class FindingKind
{
    PrivateKey,
    Jwt,
    GitHubToken,
    GoogleApiKey,
    AwsAccessKey,
    AwsSecretKey,
    SlackToken,
    SlackWebhook,
    StripeKey,
    OAuthAccessToken,
    OAuthRefreshToken,
    BearerToken,
    UrlPassword,
    KeyValueSecret,
    Custom,
    PaymentCard,
    Phone,
    Email,
    IPv6,
    IPv4,
};

// Stable names used in replacements, allow-lists and JSON ("github-token", "email", ...).
QString findingKindName(FindingKind kind);

// One row of the built-in detector table; docs/security.md documents the same rows.
struct DetectorInfo
{
    FindingKind kind = FindingKind::Custom;
    QString form;       // "whole", or "truncated" (a known prefix cut by "…", "..." or the end)
    QString pattern;    // the regular expression (QRegularExpression syntax)
    QString validation; // what else must hold: checksum, length, entropy, context
};

// Every built-in detector, in the order they are tried. Each also runs on the URL-decoded,
// JSON-unescaped and base64-decoded forms of the text.
QList<DetectorInfo> detectorTable();

struct Finding
{
    FindingKind kind = FindingKind::Custom;
    qsizetype start = 0; // UTF-16 offset into the scanned text
    qsizetype length = 0;
    QString matched;     // the sensitive text itself: show to the reviewer, never log
    QString replacement; // what redact() puts in its place
    QString reason;      // why this was flagged, without the matched text
    QString patternName; // for Custom findings, the user pattern's name

    // Identifies "this kind, this exact text" without storing the text: hex SHA-256.
    QByteArray allowKey() const;
};

// Findings the user has explicitly allowed to be posted, stored as allowKey() values.
class AllowList
{
public:
    void allow(const Finding &finding) { m_keys.insert(finding.allowKey()); }
    void allowKey(const QByteArray &key) { m_keys.insert(key); }
    void revoke(const Finding &finding) { m_keys.remove(finding.allowKey()); }
    bool isAllowed(const Finding &finding) const { return m_keys.contains(finding.allowKey()); }
    const QSet<QByteArray> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    QSet<QByteArray> m_keys;
};

struct CustomPattern
{
    QString name;             // shown in reasons ("customer id")
    QRegularExpression regex; // the whole match is redacted, or capture group 1 if it has one
    QString replacement;      // empty: "[REDACTED:<name>]"
};

class Redactor
{
public:
    Redactor();

    // Adds a user pattern. Fails (returns false, with why) for an invalid or empty-matching
    // regular expression.
    bool addPattern(const CustomPattern &pattern, QString *why = nullptr);
    const QList<CustomPattern> &patterns() const { return m_custom; }

    // Non-overlapping findings in text order.
    QList<Finding> findings(const QString &text) const;

    // text with every finding replaced.
    QString redact(const QString &text) const;

    // For text made from other text (a cluster name from a masked template, a cut title):
    // redact(derived), and also every run of 8 or more characters of derived that is part of a
    // finding in one of the originals, since masking or cutting may have broken the finding's
    // shape ("1//0gAB…" became "<NUM>//0gAB…"). Prefer redacting the original before deriving;
    // this is for text that was derived already.
    QString redactDerived(const QString &derived, const QStringList &originals) const;

    // The findings not covered by allowed; empty means the text may be posted.
    QList<Finding> unallowed(const QString &text, const AllowList &allowed) const;
    bool clean(const QString &text, const AllowList &allowed = {}) const
    {
        return unallowed(text, allowed).isEmpty();
    }

    // text with only the unallowed findings replaced (allowed ones stay as written).
    QString redactUnallowed(const QString &text, const AllowList &allowed) const;

private:
    QList<CustomPattern> m_custom;
};

} // namespace gardener::redaction
