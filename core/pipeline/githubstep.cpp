#include "core/pipeline/githubstep.h"

#include "core/evidence/clusterevidence.h"
#include "core/evidence/runevidence.h"
#include "core/github/issueupdater.h"
#include "core/github/session.h"
#include "core/logs/logstore.h"
#include "core/naming/clusternaming.h"
#include "core/pipeline/clusterfacts.h"
#include "core/pipeline/worklogbuilder.h"
#include "core/redaction/redactor.h"
#include "core/util/waitfor.h"
#include "core/worklog/writersections.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
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
                                     const redaction::Redactor &redactor,
                                     const evidence::ClusterEvidence *evidence)
{
    const auto &c = set.clusters()[size_t(index)];
    const auto &t = triaged[size_t(index)];
    github::DraftInput in;
    in.fingerprint = c.fingerprint;
    // The name comes from the masked template: redacted also with what the original messages show.
    QStringList originals;
    for (const auto &sample : c.samples) {
        if (sample.entry < store.size())
            originals << text(store.message(sample.entry));
    }
    in.name = redactor.redactDerived(c.name, originals);
    in.titlePrefix = t.decision.category;
    in.priority = t.decision.priorityLabel();
    in.category = t.decision.category;
    in.count = qint64(c.count);
    in.first = fromNs(c.firstSeenNs);
    in.last = fromNs(c.lastSeenNs);
    in.windowEntries = qint64(set.entryCount());
    for (int s = 0; s < SeverityCount; ++s) {
        if (c.severities[size_t(s)] > 0)
            in.severities.insert(text(severityName(Severity(s))), qint64(c.severities[size_t(s)]));
    }
    if (!c.locations.empty()) {
        const auto &l = c.locations.front();
        in.location = redactor.redact(
            l.file + (l.function.isEmpty() ? QString() : QLatin1Char(':') + l.function) +
            (l.line > 0 ? QLatin1Char(':') + QString::number(l.line) : QString()));
    }
    // The area is the domain word of the module (or of the words, for the root logger).
    const QList<naming::TemplateFacts> templates =
        naming::templateFacts(set, index, &store, &redactor);
    in.area = naming::clusterDomain(templates);
    // The area becomes a label: one with a secret in it is dropped, not posted redacted.
    if (!redactor.clean(in.area))
        in.area.clear();
    if (!c.revisions.empty())
        in.revision = redactor.redact(c.revisions.front().name);
    const ClusterFacts facts =
        clusterFacts(store, set, index, FactsContext{QString(), QString(), 1, 2000});
    for (const auto &r : facts.revisions)
        in.revisionCounts.append(r);
    for (const TrimmedSample &sample : facts.samples) {
        in.samplesJson << redactor.redact(sample.json);
        in.stackTrace = redactor.redact(sample.stackTrace);
    }
    for (quint32 ti : c.templates)
        in.templateMix.append(
            {redactor.redact(set.templates()[ti].text), qint64(set.templates()[ti].count)});
    // The template the name was built from: the most telling one, not the most frequent.
    if (const int anchor = naming::anchorTemplate(templates);
        anchor >= 0 && anchor < in.templateMix.size())
        in.templateText = in.templateMix.at(anchor).first;
    in.logsUrl = facts.logsUrl;
    in.traceUrl = facts.traceUrl;
    in.headline = redactor.redact(facts.impact);
    if (t.trend.earlierRuns > 0)
        in.ratePerMinuteBefore = t.trend.perMinuteBefore;
    in.ratePerMinuteAfter = t.perMinute;
    if (t.trend.lastIssue)
        in.sinceLastUpdate = t.trend.lastIssue->updated; // when the tracking issue was last touched
    // Facts first; the rules that set the priority follow for whoever doubts it.
    in.impact = redactor.redact(facts.impact);
    if (!t.decision.explanation.isEmpty()) {
        QStringList rules;
        for (const QString &line : t.decision.explanation)
            rules << QStringLiteral("- ") + worklog::writer::inlineText(line);
        in.impact += QStringLiteral("\n\n<details><summary>Why this priority</summary>\n\n") +
                     rules.join(QLatin1Char('\n')) + QStringLiteral("\n\n</details>");
    }
    in.evidence = redactor.redact(evidence && !evidence->fingerprint.isEmpty()
                                      ? evidence::evidenceSections(*evidence, 2)
                                      : evidence::offlineEvidenceSections(store, set, index, 2));
    return in;
}

github::MatchQuery clusterMatchQuery(const clustering::ClusterSet &set, int index,
                                     const QString &repo)
{
    const auto &c = set.clusters()[size_t(index)];
    github::MatchQuery query;
    query.repo = repo;
    query.fingerprint = c.fingerprint;
    for (quint32 ti : c.templates)
        query.templates.insert(set.templates()[ti].fingerprint, set.templates()[ti].count);
    // The terms go into a GitHub search: from the redacted name, without the redaction markers.
    static const QRegularExpression marker(QStringLiteral("\\[REDACTED:[^\\]]*\\]"));
    query.keyTerms = keyTerms(redaction::Redactor().redact(c.name).remove(marker));
    return query;
}

namespace {

QStringList memberTemplates(const clustering::ClusterSet &set, int index)
{
    QStringList templates;
    for (quint32 ti : set.clusters()[size_t(index)].templates)
        templates << set.templates()[ti].fingerprint;
    return templates;
}

history::IssueLink linkTo(const QString &fingerprint, const QStringList &templates, int issue,
                          const QString &state)
{
    history::IssueLink link;
    link.fingerprint = fingerprint;
    link.templates = templates;
    link.issue = issue;
    link.state = state;
    link.updated = QDateTime::currentDateTimeUtc();
    return link;
}

// The change a commented issue needs so its title prefix and labels say what triage says, and
// its marker lists every template it tracks: those it listed (never dropped) and today's
// members that no other issue lists (after a merge each template stays with one issue).
std::optional<github::IssueUpdate> updateFor(const github::Candidate &issue,
                                             const github::MatchResult &match,
                                             const triage::TriagedCluster &t,
                                             const QString &fingerprint,
                                             const QStringList &templates, const QString &repo)
{
    QSet<QString> claimed;
    for (const auto &other : match.candidates)
        if (other.number != issue.number)
            for (const QString &tpl : other.markerTemplates)
                claimed.insert(tpl);
    github::IssueUpdate u;
    u.repo = repo;
    u.number = issue.number;
    const QString priority = t.decision.priorityLabel();
    const QString title = github::retitled(issue.title, priority, t.decision.category);
    if (!issue.title.isEmpty() && title != issue.title)
        u.title = title;
    const QStringList labels = github::relabelled(issue.labels, priority, t.decision.category);
    if (!issue.state.isEmpty() && labels != issue.labels) {
        u.labels = labels;
        u.setLabels = true;
    }
    QStringList listed = issue.markerTemplates;
    bool grown = false;
    for (const QString &tpl : templates) {
        if (!listed.contains(tpl) && !claimed.contains(tpl)) {
            listed << tpl;
            grown = true;
        }
    }
    if (grown && !issue.body.isEmpty()) {
        const QString keep = listed.isEmpty() ? fingerprint : listed.first();
        u.body = github::marker::withIdentity(issue.body, keep, listed);
    }
    if (u.title.isEmpty() && !u.setLabels && u.body.isEmpty())
        return std::nullopt;
    return u;
}

} // namespace

namespace {

// One run's GitHub work, cluster by cluster.
struct Step
{
    github::GitHubSession &session;
    github::IssueUpdater &updater;
    const GitHubStepOptions &options;
    RunOutcome &out;
    const redaction::Redactor &redactor;
    const RunLog &log;
    GitHubStepResult result;
    QSet<int> touched; // issues commented on or filed in this run: one post each at most

    Result<void> cluster(int index);
    // Posts the draft when the run may post it, else keeps it waiting for the user.
    Result<void> postOrKeep(int index, const QString &name, const github::IssueDraft &draft,
                            const github::MatchResult &match, const github::Candidate *tracked,
                            bool regressed, const QStringList &templates);
    Result<void> afterPost(int index, const github::IssueDraft &draft,
                           const github::MatchResult &match, const github::Candidate *tracked,
                           bool regressed, const github::PostOutcome &posted,
                           const QStringList &templates);
};

Result<void> Step::cluster(int index)
{
    using V = github::MatchResult::Verdict;
    const auto &c = out.clusters.clusters()[size_t(index)];
    auto &t = out.triage[size_t(index)];
    if (t.decision.expected || t.muted)
        return {};
    const QString name = redactor.redact(c.name); // messages reach stderr and logs
    const QStringList templates = memberTemplates(out.clusters, index);
    const github::MatchQuery query = clusterMatchQuery(out.clusters, index, options.repo);
    const auto match = waitFor<github::MatchResult>([&](auto done) { session.match(query, done); });
    if (match.verdict == V::Unknown) {
        result.messages << QStringLiteral(
                               "%1: cannot tell whether an issue exists (%2); nothing drafted")
                               .arg(name, match.listingError);
        ++result.failed;
        return {};
    }
    const bool existing = match.verdict == V::Existing;
    const bool regressed = match.verdict == V::Regression && !match.candidates.isEmpty();
    const github::Candidate *tracked = nullptr;
    for (const auto &candidate : match.candidates) {
        if (candidate.hasMarker() && (regressed || candidate.state == QLatin1String("open"))) {
            tracked = &candidate;
            break;
        }
    }
    if (existing)
        ++result.matched;
    if (tracked) {
        if (regressed)
            triage::markRegressed(t, tracked->number, tracked->closedAt);
        // Every issue any member template names stays linked (merges keep all of them).
        for (const auto &candidate : match.candidates) {
            if (!candidate.hasMarker())
                continue;
            result.actions.links.append(
                linkTo(c.fingerprint, templates, candidate.number, candidate.state));
            result.actions.links.last().closedAt = candidate.closedAt;
        }
        if (touched.contains(tracked->number)) {
            result.messages << QStringLiteral(
                                   "%1: tracked by #%2, which already has this run's update")
                                   .arg(name)
                                   .arg(tracked->number);
            return {};
        }
    } else if (t.decision.priority > options.newIssueMaxPriority) {
        return {}; // not urgent enough for a new issue
    }
    const auto &gathered = result.actions.evidence;
    const auto input =
        clusterDraftInput(*out.store, out.clusters, out.triage, index, redactor,
                          size_t(index) < gathered.size() ? &gathered[size_t(index)] : nullptr);
    auto draft = regressed
                     ? session.prepareDraft(input, match,
                                            {github::MatchChoice::Action::Reopen, tracked->number})
                     : session.prepareDraft(input, match);
    if (!draft) {
        result.messages << QStringLiteral("%1: %2").arg(name, draft.error().toString());
        ++result.failed;
        return {};
    }
    ++result.drafted;
    return postOrKeep(index, name, *draft, match, tracked, regressed, templates);
}

Result<void> Step::postOrKeep(int index, const QString &name, const github::IssueDraft &draft,
                              const github::MatchResult &match, const github::Candidate *tracked,
                              bool regressed, const QStringList &templates)
{
    const bool mayPost =
        options.post == PostMode::All ||
        (options.post == PostMode::Comments && draft.kind == github::IssueDraft::Kind::Comment);
    if (!mayPost) {
        if (auto saved = session.drafts().save(draft); !saved)
            return tl::unexpected(saved.error());
        ++result.actions.draftsWaiting;
        return {};
    }
    if (log)
        log(QStringLiteral("posting %1 for %2")
                .arg(tracked ? QStringLiteral("a comment") : QStringLiteral("an issue"), name));
    const auto posted = waitFor<Result<github::PostOutcome>>(
        [&](auto done) { session.post(draft, redaction::AllowList(), done); });
    if (!posted) {
        // Kept as a draft: the app shows it with the reason and a retry.
        session.drafts().save(draft);
        ++result.actions.draftsWaiting;
        result.messages
            << QStringLiteral("%1: posting failed: %2").arg(name, posted.error().toString());
        ++result.failed;
        return {};
    }
    if (!posted->note.isEmpty())
        result.messages << QStringLiteral("%1: %2").arg(name, posted->note);
    if (posted->nothingNew)
        return {}; // the issue already reports this window: no comment
    return afterPost(index, draft, match, tracked, regressed, *posted, templates);
}

Result<void> Step::afterPost(int index, const github::IssueDraft &draft,
                             const github::MatchResult &match, const github::Candidate *tracked,
                             bool regressed, const github::PostOutcome &posted,
                             const QStringList &templates)
{
    const auto &c = out.clusters.clusters()[size_t(index)];
    const auto &t = out.triage[size_t(index)];
    ++result.posted;
    touched.insert(posted.issueNumber);
    worklog::WorklogAction action;
    action.kind = regressed ? worklog::WorklogAction::Kind::Reopened
                  : posted.alreadyPosted && draft.kind == github::IssueDraft::Kind::NewIssue
                      ? worklog::WorklogAction::Kind::Linked
                      : actionKind(draft);
    action.issue = posted.issueNumber;
    action.url = posted.url;
    action.title = draft.title.isEmpty() && tracked ? tracked->title : draft.title;
    action.cluster = index;
    if (t.decision.raisedBy > 0 && tracked) {
        for (const QString &l : tracked->labels)
            if (l.size() == 2 && l.startsWith(QLatin1Char('P')) && l != t.decision.priorityLabel())
                action.priorityChange = l + QStringLiteral("->") + t.decision.priorityLabel();
    }
    if (!posted.droppedLabels.isEmpty())
        action.status = QStringLiteral("labels not applied (no push access): ") +
                        posted.droppedLabels.join(QStringLiteral(", "));
    if (tracked) {
        if (const auto update =
                updateFor(*tracked, match, t, c.fingerprint, templates, options.repo)) {
            const auto applied =
                waitFor<Result<bool>>([&](auto done) { updater.apply(*update, done); });
            if (!applied)
                result.messages << QStringLiteral("%1: updating #%2 failed: %3")
                                       .arg(redactor.redact(c.name))
                                       .arg(tracked->number)
                                       .arg(applied.error().toString());
            else if (*applied)
                ++result.updated;
        }
    }
    result.actions.actions.append(action);
    history::IssueLink link =
        linkTo(c.fingerprint, templates, posted.issueNumber, QStringLiteral("open"));
    link.url = posted.url;
    link.lastAction = worklog::actionKindName(action.kind);
    result.actions.links.append(link);
    return {};
}

} // namespace

Result<GitHubStepResult> runGitHubStep(RunOutcome &out, const GitHubStepOptions &options,
                                       const RunLog &log)
{
    const redaction::Redactor redactor;
    github::GitHubSession::Options sessionOptions;
    sessionOptions.api.apiBase = options.api;
    sessionOptions.api.token = options.token;
    sessionOptions.api.writeSpacingMs = options.writeSpacingMs;
    sessionOptions.repo = options.repo;
    sessionOptions.dataDir =
        options.dataDir.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                  .filePath(QStringLiteral("github"))
            : options.dataDir;
    auto opened = github::GitHubSession::open(sessionOptions, &redactor);
    if (!opened)
        return tl::unexpected(opened.error());
    github::GitHubSession &session = **opened;
    github::IssueUpdater updater(session.client());
    if (auto ready = updater.open(session.journal()->path()); !ready)
        return tl::unexpected(ready.error());
    if (log)
        QObject::connect(&session, &github::GitHubSession::waiting, &session,
                         [&log](const QString &m) { log(m); });

    // Posts that reached GitHub before an earlier crash are settled first.
    if (auto reconciled = waitFor<Result<int>>([&](auto done) { session.reconcilePending(done); });
        !reconciled)
        return tl::unexpected(reconciled.error());
    auto access =
        waitFor<Result<github::RepoAccess>>([&](auto done) { session.checkAccess(done); });
    if (!access)
        return tl::unexpected(access.error());

    Step step{session, updater, options, out, redactor, log, {}, {}};
    // The drafts and the worklog get every section the details view shows: suspect commits and
    // owners need GitHub, which the run has now.
    evidence::RunEvidenceOptions evidenceOptions;
    evidenceOptions.github = session.client();
    evidenceOptions.codeSettingsPath = options.codeSettingsPath;
    evidenceOptions.deploys = out.deploys;
    evidenceOptions.revisionCommits = out.revisionCommits;
    for (int index : clusterReadingOrder(out.clusters, out.triage))
        if (int(evidenceOptions.clusters.size()) < options.evidenceClusters)
            evidenceOptions.clusters.push_back(index);
    step.result.actions.evidence =
        evidence::gatherRunEvidence(*out.store, out.clusters, evidenceOptions);
    for (int index : clusterReadingOrder(out.clusters, out.triage)) {
        if (auto done = step.cluster(index); !done)
            return tl::unexpected(done.error());
    }
    return step.result;
}

} // namespace gardener::pipeline
