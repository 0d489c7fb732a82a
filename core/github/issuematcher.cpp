#include "core/github/issuematcher.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace gardener::github {

QString viaName(Candidate::Via via)
{
    switch (via) {
    case Candidate::Via::Marker:
        return QStringLiteral("marker");
    case Candidate::Via::Journal:
        return QStringLiteral("journal");
    case Candidate::Via::Search:
        return QStringLiteral("search");
    }
    return {};
}

QString verdictName(MatchResult::Verdict verdict)
{
    switch (verdict) {
    case MatchResult::Verdict::Existing:
        return QStringLiteral("existing");
    case MatchResult::Verdict::Regression:
        return QStringLiteral("regression");
    case MatchResult::Verdict::Similar:
        return QStringLiteral("similar");
    case MatchResult::Verdict::New:
        return QStringLiteral("new");
    case MatchResult::Verdict::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

IssueMatcher::IssueMatcher(GitHubClient *client, const PostJournal *journal, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal)
{
}

IssueMatcher::~IssueMatcher()
{
    *m_alive = false;
}

QString IssueMatcher::searchQuery(const MatchQuery &query)
{
    QStringList parts{QStringLiteral("repo:") + query.repo, QStringLiteral("is:issue")};
    for (const QString &t : query.keyTerms) {
        const QString clean = QString(t).remove(QLatin1Char('"')).simplified();
        if (!clean.isEmpty())
            parts.append(clean.contains(QLatin1Char(' '))
                             ? QLatin1Char('"') + clean + QLatin1Char('"')
                             : clean);
    }
    return parts.join(QLatin1Char(' '));
}

namespace {

Candidate &addCandidate(QList<Candidate> *list, const Issue &issue, Candidate::Via via)
{
    for (Candidate &c : *list) {
        if (c.number == issue.number) {
            if (!c.via.contains(via))
                c.via.append(via);
            if (c.state.isEmpty()) {
                c.state = issue.state;
                c.title = issue.title;
                c.labels = issue.labels;
                c.updatedAt = issue.updatedAt;
                c.closedAt = issue.closedAt;
                c.body = issue.body;
            }
            return c;
        }
    }
    Candidate c{issue.number, issue.state, issue.title, issue.labels, issue.updatedAt, {via}};
    c.closedAt = issue.closedAt;
    c.body = issue.body;
    list->append(c);
    return list->back();
}

// Entries of the cluster whose templates `named` lists (the cluster's own fingerprint counts
// for the whole cluster when no template weights are known).
quint64 overlapOf(const MatchQuery &query, const QStringList &named)
{
    quint64 sum = 0;
    for (const QString &t : named)
        sum += query.templates.value(t);
    if (sum == 0 && named.contains(query.fingerprint))
        sum = 1;
    return sum;
}

void decide(MatchResult *r)
{
    std::stable_sort(r->candidates.begin(), r->candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.hasMarker() != b.hasMarker())
                             return a.hasMarker();
                         if (a.overlap != b.overlap)
                             return a.overlap > b.overlap;
                         return a.updatedAt > b.updatedAt;
                     });
    const bool openMarked =
        std::any_of(r->candidates.cbegin(), r->candidates.cend(), [](const Candidate &c) {
            return c.hasMarker() && c.state == QLatin1String("open");
        });
    const bool anyMarked = std::any_of(r->candidates.cbegin(), r->candidates.cend(),
                                       [](const Candidate &c) { return c.hasMarker(); });
    if (openMarked)
        r->verdict = MatchResult::Verdict::Existing;
    else if (anyMarked)
        r->verdict = MatchResult::Verdict::Regression;
    else if (!r->listingComplete)
        r->verdict = MatchResult::Verdict::Unknown; // search alone never says "no issue"
    else if (!r->candidates.isEmpty())
        r->verdict = MatchResult::Verdict::Similar;
    else
        r->verdict = MatchResult::Verdict::New;
}

// The journal (local, synchronous) knows clusters by the fingerprint they had when posted,
// which is one of their member templates: asking for every member finds posts of a regrouped
// cluster. Issue number -> the templates it was posted for.
QHash<int, QStringList> journalTemplatesOf(const PostJournal *journal, const MatchQuery &query)
{
    QHash<int, QStringList> journalTemplates;
    if (!journal)
        return journalTemplates;
    QStringList keys{query.fingerprint};
    for (auto it = query.templates.cbegin(); it != query.templates.cend(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    for (const QString &key : std::as_const(keys)) {
        if (auto rows = journal->issuesForFingerprint(query.repo, key)) {
            for (const JournalEntry &e : *rows)
                journalTemplates[e.issueNumber].append(key);
        }
    }
    return journalTemplates;
}

// The listed issues whose marker names the cluster or one of its templates, and those the
// journal knows.
void addListed(MatchResult *result, const QList<QJsonValue> &items, const MatchQuery &query,
               const QHash<int, QStringList> &journalTemplates)
{
    for (const QJsonValue &v : items) {
        const Issue issue = Issue::fromJson(v.toObject());
        if (issue.isPullRequest)
            continue;
        const QStringList named = marker::findTemplates(issue.body);
        const bool marked =
            !named.isEmpty() &&
            (named.first() == query.fingerprint || named.contains(query.fingerprint) ||
             std::any_of(named.cbegin(), named.cend(),
                         [&](const QString &t) { return query.templates.contains(t); }));
        if (marked) {
            Candidate &c = addCandidate(&result->candidates, issue, Candidate::Via::Marker);
            c.markerTemplates = named;
            c.overlap = std::max(c.overlap, overlapOf(query, named));
        }
        if (journalTemplates.contains(issue.number)) {
            Candidate &c = addCandidate(&result->candidates, issue, Candidate::Via::Journal);
            c.overlap = std::max(c.overlap, overlapOf(query, journalTemplates.value(issue.number)));
        }
    }
}

// Journal entries the listing did not show (label dropped, or listing failed).
void addJournalled(MatchResult *result, const MatchQuery &query, const QList<int> &journalNumbers,
                   const QHash<int, QStringList> &journalTemplates)
{
    for (int n : journalNumbers) {
        Issue i;
        i.number = n;
        Candidate &c = addCandidate(&result->candidates, i, Candidate::Via::Journal);
        c.overlap = std::max(c.overlap, overlapOf(query, journalTemplates.value(n)));
    }
}

} // namespace

void IssueMatcher::match(const MatchQuery &query, std::function<void(MatchResult)> done)
{
    auto result = std::make_shared<MatchResult>();
    result->fingerprint = query.fingerprint;
    result->templates = query.templates.keys();
    std::sort(result->templates.begin(), result->templates.end(),
              [&](const QString &a, const QString &b) {
                  const quint64 ca = query.templates.value(a), cb = query.templates.value(b);
                  return ca != cb ? ca > cb : a < b;
              });
    const RepoRef repo = RepoRef::parse(query.repo);
    std::weak_ptr<bool> alive = m_alive;

    // Journal first; the issue state comes from the listing below.
    const QHash<int, QStringList> journalTemplates = journalTemplatesOf(m_journal, query);
    const QList<int> journalNumbers = journalTemplates.keys();

    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
    q.addQueryItem(QStringLiteral("labels"), query.appLabel);
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    m_client->getAllPages(repo.path() + QStringLiteral("/issues"), q,
                          [this, alive, query, result, journalNumbers, journalTemplates,
                           done](Result<QList<QJsonValue>> items) {
                              if (alive.expired())
                                  return;
                              if (items) {
                                  result->listingComplete = true;
                                  addListed(result.get(), *items, query, journalTemplates);
                              } else {
                                  result->listingError = items.error().what;
                              }
                              addJournalled(result.get(), query, journalNumbers, journalTemplates);
                              if (query.keyTerms.isEmpty()) {
                                  decide(result.get());
                                  done(*result);
                                  return;
                              }
                              search(query, result, std::move(done));
                          });
}

void IssueMatcher::search(const MatchQuery &query, std::shared_ptr<MatchResult> result,
                          std::function<void(MatchResult)> done)
{
    std::weak_ptr<bool> alive = m_alive;
    QUrlQuery sq;
    sq.addQueryItem(QStringLiteral("q"), searchQuery(query));
    sq.addQueryItem(QStringLiteral("per_page"), QStringLiteral("20"));
    result->searchUsed = true;
    m_client->get(
        QStringLiteral("/search/issues"), sq, [alive, result, done](Result<ApiResponse> r) {
            if (alive.expired())
                return;
            if (r) {
                const QJsonArray found = r->json.object().value(QLatin1String("items")).toArray();
                for (const QJsonValue &v : found) {
                    const Issue issue = Issue::fromJson(v.toObject());
                    if (!issue.isPullRequest)
                        addCandidate(&result->candidates, issue, Candidate::Via::Search);
                }
            } else {
                result->searchError = r.error().what;
            }
            decide(result.get());
            done(*result);
        });
}

} // namespace gardener::github
