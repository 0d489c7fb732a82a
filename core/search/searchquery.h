#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace gardener::search {

// The filter box's language, as people know it from log consoles:
//   words             the cluster's name, templates or messages contain them (as one phrase)
//   "quoted words"    the same, with syntax characters taken literally ("-v2", "a:b")
//   -word, -"words"   the cluster does not contain them
//   severity>=ERROR   worst-to-best comparisons (>=, >, <=, <, = or :, != ) on any severity name
//                     or number (400)
//   service:api       a service whose name contains "api"; -service:api excludes it
//   revision:00645    a revision whose name contains "00645"; -revision: excludes it
// Field names and severity names are not case-sensitive; everything is matched lower-case.
struct SearchQuery
{
    QString text;                 // lower-case phrase; empty = any
    QStringList excluded;         // lower-case phrases none of which may appear
    quint32 severityMask = 0;     // bit i = severity i allowed; 0 = any
    QStringList services;         // lower-case; a service must contain each
    QStringList excludedServices; // no service may contain any
    QStringList revisions;
    QStringList excludedRevisions;

    bool isEmpty() const;
    bool operator==(const SearchQuery &o) const = default;

    // Whether a cluster's lower-case search text, services and revisions pass (severities are
    // checked by the caller, which knows the cluster's counts).
    bool matchesText(const QString &lowerText, bool messageMatched = false) const;
    bool matchesServices(const QStringList &serviceNames) const;
    bool matchesRevisions(const QStringList &revisionNames) const;
};

// Parses the filter box. A malformed term is an Error whose offset is the term's 0-based
// character position and whose text names the term and says what would be right.
Result<SearchQuery> parseSearch(const QString &text);

} // namespace gardener::search
