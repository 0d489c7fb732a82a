#pragma once

#include "core/util/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace gardener::clustering {

class ClusterSet;

// A user's merge or split, remembered by template fingerprints so it can be re-applied to later
// runs (where cluster indices differ). Applied in the order they were made, after automatic
// grouping:
//  - Merge: every cluster holding one of `templates` becomes one cluster.
//  - Split: `templates` leave their cluster and form a cluster of their own; automatic grouping
//    never joins them to other templates again (a later Merge still can).
struct ClusterDecision
{
    enum class Kind
    {
        Merge,
        Split
    };
    Kind kind = Kind::Merge;
    QStringList templates; // template fingerprints
    QString note;          // optional, for people
    QDateTime madeAt;      // UTC
};

// The list of decisions, saved as JSON (docs/clustering.md, "User decisions"):
// {"version": 1, "decisions": [{"kind": "merge"|"split", "templates": [...], "note": "...",
//   "made_at": "RFC 3339"}]}
class ClusterDecisions
{
public:
    const std::vector<ClusterDecision> &decisions() const { return m_decisions; }
    bool isEmpty() const { return m_decisions.empty(); }
    void add(ClusterDecision decision);
    void clear() { m_decisions.clear(); }

    // Records merging the clusters with these fingerprints (all their current templates).
    // Fails if fewer than two of them are in `set`.
    Result<void> merge(const ClusterSet &set, const QStringList &clusterFingerprints,
                       const QString &note = {});
    // Records splitting `templateFingerprints` out of their cluster into a new one.
    Result<void> split(const ClusterSet &set, const QStringList &templateFingerprints,
                       const QString &note = {});

    QJsonObject toJson() const;
    static Result<ClusterDecisions> fromJson(const QJsonObject &json, const QString &file = {});
    Result<void> save(const QString &path) const; // atomic (QSaveFile)
    static Result<ClusterDecisions> load(const QString &path);

private:
    std::vector<ClusterDecision> m_decisions;
};

} // namespace gardener::clustering
