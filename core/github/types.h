#pragma once

// Plain values exchanged with GitHub and between the GitHub parts. No behaviour beyond
// parsing and the marker format.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gardener::github {

struct RepoRef
{
    QString owner;
    QString name;
    bool isValid() const { return !owner.isEmpty() && !name.isEmpty(); }
    QString path() const { return QStringLiteral("/repos/%1/%2").arg(owner, name); }
    QString fullName() const { return owner + QLatin1Char('/') + name; }
    // "owner/name" -> RepoRef; invalid when the text is not of that form.
    static RepoRef parse(const QString &text);
};

struct Issue
{
    int number = 0;
    QString title;
    QString state; // "open" or "closed"
    QStringList labels;
    QString body;
    QString htmlUrl;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime closedAt; // invalid while open
    bool isPullRequest = false;

    static Issue fromJson(const QJsonObject &o);
};

struct RepoAccess
{
    bool pull = false;
    bool triage = false;
    bool push = false;
    bool admin = false;
    bool hasIssues = true;
    bool archived = false;
    bool canCreateIssues() const { return pull && hasIssues && !archived; }
    // GitHub silently drops labels (and assignees) on create without triage/push.
    bool canSetLabels() const { return triage || push || admin; }
};

// The hidden markers the app writes into every issue and comment it creates. The fingerprint
// marker lets any later run (any machine) find the issue of a cluster; with the cluster's
// member templates listed, a run that regrouped them finds it through any one of them. The
// post marker makes one post recognisable after a crash, so it is never created twice.
//
//   <!-- loggardener:fingerprint=v1:0a1b… templates=v1:0a1b…,v1:9f8e… -->
//
// Fingerprints carry their own version ("v1:"). Markers written before templates were listed
// ("<!-- loggardener:fingerprint=v1:v1:0a1b… -->", with the version doubled) still read.
namespace marker {
QString fingerprint(const QString &fingerprint); // "<!-- loggardener:fingerprint=v1:... -->"
// With the member template fingerprints (at most 200 are listed; a cluster's own fingerprint
// is always one of them).
QString identity(const QString &fingerprint, const QStringList &templates);
QString post(const QString &postKey);           // "<!-- loggardener:post=... -->"
QString findFingerprint(const QString &body);   // "" when absent
QStringList findTemplates(const QString &body); // listed templates, and the fingerprint
QString findPostKey(const QString &body);       // "" when absent
// `body` with its fingerprint marker replaced by identity() (added at the end when absent).
QString withIdentity(const QString &body, const QString &fingerprint, const QStringList &templates);
// The end of the time window a post reports ("last seen"), so a later update comment is only
// written when there are entries after it. Invalid time: no window (older posts).
QString windowEnd(const QDateTime &end); // "<!-- loggardener:window-end=... -->"
QDateTime findWindowEnd(const QString &body);
} // namespace marker

} // namespace gardener::github
