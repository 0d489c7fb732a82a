#pragma once

// Finds the GitHub issue(s) a cluster already has.
//
// Sources, in order of trust:
//   1. the fingerprint marker in issue bodies, found by listing the repository's issues that
//      carry the app's label (state=all, every page) and scanning bodies: an issue matches
//      when its marker names the cluster or lists any of the cluster's member templates (so
//      a cluster that was merged, split or had its representative template renamed still
//      finds its issue, on any machine);
//   2. the local journal of what this machine posted, for the cluster or any member template;
//   3. GitHub search for the key terms (rate-limited, and lags behind creation).
// Search only ever adds candidates. The verdict "no issue yet" needs the complete label
// listing; if that listing failed the verdict is Unknown, never New.
//
// Contract: one thread, callback once from the event loop.

#include "core/github/client.h"
#include "core/github/postjournal.h"
#include "core/github/types.h"

#include <QHash>
#include <QObject>

namespace gardener::github {

struct MatchQuery
{
    QString repo; // "owner/name"
    QString fingerprint;
    QStringList keyTerms; // a few distinctive words for search
    QString appLabel = QStringLiteral("log-gardener");
    QHash<QString, quint64> templates; // member template fingerprints -> entries (identity)
};

struct Candidate
{
    enum class Via
    {
        Marker,
        Journal,
        Search
    };
    int number = 0;
    QString state;
    QString title;
    QStringList labels;
    QDateTime updatedAt;
    QList<Via> via; // every source that found it
    QDateTime closedAt;
    QString body;                // as listed (to update its marker when the membership changed)
    QStringList markerTemplates; // templates its marker lists
    quint64 overlap = 0;         // the cluster's entries whose template its marker or journal names
    bool hasMarker() const { return via.contains(Via::Marker) || via.contains(Via::Journal); }
};

struct MatchResult
{
    enum class Verdict
    {
        Existing,   // an open issue carries the fingerprint: comment on it
        Regression, // only closed issues carry it: reopen, or file a new one linking the old
        Similar,    // no marker, but search found similar issues: the user decides
        New,        // nothing anywhere, and the marker listing was complete
        Unknown,    // the marker listing failed: do not conclude anything
    };
    Verdict verdict = Verdict::Unknown;
    QList<Candidate> candidates; // marker matches first, the largest overlap first, then newest
    bool listingComplete = false;
    bool searchUsed = false;
    QString searchError; // search is optional: its failure is reported, not fatal
    QString listingError;
    QString fingerprint;   // the query's cluster and member templates (most entries
    QStringList templates; // first), for the marker of a new issue
};

QString viaName(Candidate::Via via);
QString verdictName(MatchResult::Verdict verdict);

class IssueMatcher : public QObject
{
    Q_OBJECT
public:
    IssueMatcher(GitHubClient *client, const PostJournal *journal, QObject *parent = nullptr);
    ~IssueMatcher() override;

    void match(const MatchQuery &query, std::function<void(MatchResult)> done);

    // Builds the search query text: "repo:o/r is:issue term1 term2" (quotes multi-word terms).
    static QString searchQuery(const MatchQuery &query);

private:
    // The search half of match(): issues whose text names the key terms, then the verdict.
    void search(const MatchQuery &query, std::shared_ptr<MatchResult> result,
                std::function<void(MatchResult)> done);

    GitHubClient *m_client;
    const PostJournal *m_journal;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace gardener::github
