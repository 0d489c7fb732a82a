#include "githubstep.h"

#include "github/githubsession.h"
#include "logs/logstore.h"
#include "redaction/redactor.h"
#include "worklogbuilder.h"
#include "util/waitfor.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

namespace gardener::pipeline {
namespace {

QDateTime fromNs(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, QTimeZone::utc());
}

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// Distinctive words of a template for search: no placeholders, no short or common words.
QStringList keyTerms(const QString &name)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z_]{3,}"));
    QStringList terms;
    auto it = word.globalMatch(name);
    while (it.hasNext() && terms.size() < 5) {
        const QString w = it.next().captured(0);
        if (!terms.contains(w, Qt::CaseInsensitive))
            terms << w;
    }
    return terms;
}

worklog::WorklogAction::Kind actionKind(const github::IssueDraft &draft)
{
    return draft.kind == github::IssueDraft::Kind::Comment ? worklog::WorklogAction::Kind::Updated
                                                            : worklog::WorklogAction::Kind::Created;
}

} // namespace

// Drafts are scrubbed before anyone sees them; posting checks again.
github::DraftInput clusterDraftInput(const LogStore &store, const clustering::ClusterSet &set,
                                     const std::vector<triage::TriagedCluster> &triaged, int index,
                                     const redaction::Redactor &redactor)
{
    const auto &c = set.clusters()[size_t(index)];
    const auto &t = triaged[size_t(index)];
    github::DraftInput in;
    in.fingerprint = c.fingerprint;
    in.name = redactor.redact(c.name);
    in.titlePrefix = t.decision.category;
    in.priority = t.decision.priorityLabel();
    in.category = t.decision.category;
    in.count = qint64(c.count);
    in.first = fromNs(c.firstSeenNs);
    in.last = fromNs(c.lastSeenNs);
    for (int s = 0; s < SeverityCount; ++s) {
        if (c.severities[size_t(s)] > 0)
            in.severities.insert(text(severityName(Severity(s))), qint64(c.severities[size_t(s)]));
    }
    if (!c.locations.empty()) {
        const auto &l = c.locations.front();
        in.location = l.file + (l.function.isEmpty() ? QString() : QLatin1Char(':') + l.function)
                      + (l.line > 0 ? QLatin1Char(':') + QString::number(l.line) : QString());
        in.area = l.file.section(QLatin1Char('.'), -1);
    }
    if (!c.revisions.empty())
        in.revision = c.revisions.front().name;
    for (const auto &sample : c.samples) {
        if (in.samplesJson.size() >= 3 || sample.entry >= store.size())
            break;
        in.samplesJson << redactor.redact(QString::fromUtf8(store.sampleJson(sample.entry)));
    }
    if (t.trend.earlierRuns > 0)
        in.ratePerMinuteBefore = t.trend.perMinuteBefore;
    in.ratePerMinuteAfter = t.perMinute;
    in.impact = t.decision.explanation.join(QLatin1Char('\n'));
    return in;
}

github::MatchQuery clusterMatchQuery(const clustering::ClusterSet &set, int index, const QString &repo)
{
    const auto &c = set.clusters()[size_t(index)];
    github::MatchQuery query;
    query.repo = repo;
    query.fingerprint = c.fingerprint;
    query.keyTerms = keyTerms(c.name);
    return query;
}

Result<GitHubStepResult> runGitHubStep(const RunOutcome &out, const GitHubStepOptions &options,
                                       const RunLog &log)
{
    const redaction::Redactor redactor;
    github::GitHubSession::Options sessionOptions;
    sessionOptions.api.apiBase = options.api;
    sessionOptions.api.token = options.token;
    sessionOptions.api.writeSpacingMs = options.writeSpacingMs;
    sessionOptions.repo = options.repo;
    sessionOptions.dataDir = options.dataDir.isEmpty()
                                 ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                       .filePath(QStringLiteral("github"))
                                 : options.dataDir;
    auto opened = github::GitHubSession::open(sessionOptions, &redactor);
    if (!opened)
        return tl::unexpected(opened.error());
    github::GitHubSession &session = **opened;
    if (log)
        QObject::connect(&session, &github::GitHubSession::waiting, &session, [&log](const QString &m) { log(m); });

    // Posts that reached GitHub before an earlier crash are settled first.
    if (auto reconciled = waitFor<Result<int>>([&](auto done) { session.reconcilePending(done); }); !reconciled)
        return tl::unexpected(reconciled.error());
    auto access = waitFor<Result<github::RepoAccess>>([&](auto done) { session.checkAccess(done); });
    if (!access)
        return tl::unexpected(access.error());

    GitHubStepResult result;
    for (int index : clusterReadingOrder(out.clusters, out.triage)) {
        const auto &c = out.clusters.clusters()[size_t(index)];
        const auto &t = out.triage[size_t(index)];
        if (t.decision.expected || t.muted)
            continue;
        const github::MatchQuery query = clusterMatchQuery(out.clusters, index, options.repo);
        const auto match = waitFor<github::MatchResult>([&](auto done) { session.match(query, done); });
        using V = github::MatchResult::Verdict;
        if (match.verdict == V::Unknown) {
            result.messages << QStringLiteral("%1: cannot tell whether an issue exists (%2); nothing drafted")
                                   .arg(c.name, match.listingError);
            ++result.failed;
            continue;
        }
        const bool existing = match.verdict == V::Existing;
        if (existing)
            ++result.matched;
        if ((existing || match.verdict == V::Regression) && !match.candidates.isEmpty()) {
            // History learns which issue tracks the cluster; a closed one flags a regression.
            const auto &candidate = match.candidates.first();
            history::IssueLink link;
            link.fingerprint = c.fingerprint;
            link.issue = candidate.number;
            link.state = candidate.state;
            link.lastAction = QStringLiteral("linked");
            link.updated = candidate.updatedAt;
            result.actions.links.append(link);
        }
        else if (t.decision.priority > options.newIssueMaxPriority)
            continue; // not urgent enough for a new issue
        auto draft = session.prepareDraft(clusterDraftInput(*out.store, out.clusters, out.triage, index, redactor), match);
        if (!draft) {
            result.messages << QStringLiteral("%1: %2").arg(c.name, draft.error().toString());
            ++result.failed;
            continue;
        }
        ++result.drafted;
        const bool mayPost = options.post == PostMode::All
                             || (options.post == PostMode::Comments && draft->kind == github::IssueDraft::Kind::Comment);
        if (!mayPost) {
            if (auto saved = session.drafts().save(*draft); !saved)
                return tl::unexpected(saved.error());
            ++result.actions.draftsWaiting;
            continue;
        }
        if (log)
            log(QStringLiteral("posting %1 for %2").arg(existing ? QStringLiteral("a comment") : QStringLiteral("an issue"), c.name));
        const auto posted = waitFor<Result<github::PostOutcome>>(
            [&](auto done) { session.post(*draft, redaction::AllowList(), done); });
        if (!posted) {
            // Kept as a draft: the app shows it with the reason and a retry.
            session.drafts().save(*draft);
            ++result.actions.draftsWaiting;
            result.messages << QStringLiteral("%1: posting failed: %2").arg(c.name, posted.error().toString());
            ++result.failed;
            continue;
        }
        if (!posted->note.isEmpty())
            result.messages << QStringLiteral("%1: %2").arg(c.name, posted->note);
        if (posted->nothingNew)
            continue;
        ++result.posted;
        worklog::WorklogAction action;
        action.kind = posted->alreadyPosted && draft->kind == github::IssueDraft::Kind::NewIssue
                          ? worklog::WorklogAction::Kind::Linked : actionKind(*draft);
        action.issue = posted->issueNumber;
        action.url = posted->url;
        action.title = draft->title.isEmpty() && !match.candidates.isEmpty() ? match.candidates.first().title
                                                                             : draft->title;
        action.cluster = index;
        if (!posted->droppedLabels.isEmpty())
            action.status = QStringLiteral("labels not applied (no push access): ") + posted->droppedLabels.join(QStringLiteral(", "));
        result.actions.actions.append(action);
        history::IssueLink link;
        link.fingerprint = c.fingerprint;
        link.issue = posted->issueNumber;
        link.url = posted->url;
        link.state = QStringLiteral("open");
        link.lastAction = worklog::actionKindName(action.kind);
        link.updated = QDateTime::currentDateTimeUtc();
        result.actions.links.append(link);
    }
    return result;
}

} // namespace gardener::pipeline
