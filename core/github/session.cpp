#include "core/github/session.h"

#include <QDir>
#include <QJsonObject>
#include <QTimer>

namespace gardener::github {

namespace {

// A comment on candidate `c`: the frequency since its last update and its current priority.
IssueDraft commentOn(const DraftBuilder &builder, const QString &repo, const DraftInput &input,
                     const Candidate &c)
{
    DraftInput in = input;
    if (in.previousPriority.isEmpty()) {
        for (const QString &l : c.labels)
            if (l.size() == 2 && l.startsWith(QLatin1Char('P')))
                in.previousPriority = l;
    }
    if (!in.sinceLastUpdate.isValid())
        in.sinceLastUpdate = c.updatedAt;
    return builder.comment(repo, c.number, in);
}

} // namespace

GitHubSession::GitHubSession(Options options, const redaction::Redactor *redactor, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_redactor(redactor),
      m_drafts(QDir(m_options.dataDir).filePath(QStringLiteral("drafts")))
{
}

GitHubSession::~GitHubSession()
{
    // Order matters: users of the journal and the client go first.
    m_poster.reset();
    m_matcher.reset();
    m_client.reset();
    m_journal.reset();
}

Result<std::unique_ptr<GitHubSession>>
GitHubSession::open(Options options, const redaction::Redactor *redactor, QObject *parent)
{
    if (!RepoRef::parse(options.repo).isValid())
        return fail(
            QStringLiteral("\"%1\" is not a repository of the form owner/name").arg(options.repo));
    std::unique_ptr<GitHubSession> s(new GitHubSession(std::move(options), redactor, parent));
    s->m_journal = std::make_unique<PostJournal>();
    if (auto r = s->m_journal->open(
            QDir(s->m_options.dataDir).filePath(QStringLiteral("github-journal.sqlite")));
        !r)
        return tl::unexpected(r.error());
    if (!s->m_options.templatesDir.isEmpty()) {
        if (auto r = s->m_templates.loadOverrides(s->m_options.templatesDir); !r)
            return tl::unexpected(r.error());
    }
    s->m_client = std::make_unique<GitHubClient>(s->m_options.api);
    s->m_matcher = std::make_unique<IssueMatcher>(s->m_client.get(), s->m_journal.get());
    s->m_poster = std::make_unique<IssuePoster>(s->m_client.get(), s->m_journal.get(), redactor);
    connect(s->m_poster.get(), &IssuePoster::waiting, s.get(), &GitHubSession::waiting);
    return s;
}

void checkRepoAccess(GitHubClient *client, const QString &repo,
                     std::function<void(Result<RepoAccess>)> done)
{
    const RepoRef ref = RepoRef::parse(repo);
    if (!ref.isValid()) {
        QTimer::singleShot(0, client, [done, repo] {
            done(fail(
                QStringLiteral("\"%1\" is not a repository of the form owner/name").arg(repo)));
        });
        return;
    }
    client->get(ref.path(), {}, [done](Result<ApiResponse> r) {
        if (!r) {
            done(tl::unexpected(r.error()));
            return;
        }
        const QJsonObject o = r->json.object();
        const QJsonObject p = o.value(QLatin1String("permissions")).toObject();
        RepoAccess a;
        a.pull = p.value(QLatin1String("pull")).toBool();
        a.triage = p.value(QLatin1String("triage")).toBool();
        a.push = p.value(QLatin1String("push")).toBool();
        a.admin = p.value(QLatin1String("admin")).toBool();
        a.hasIssues = o.value(QLatin1String("has_issues")).toBool(true);
        a.archived = o.value(QLatin1String("archived")).toBool();
        done(a);
    });
}

void GitHubSession::checkAccess(std::function<void(Result<RepoAccess>)> done)
{
    checkRepoAccess(m_client.get(), m_options.repo, std::move(done));
}

void GitHubSession::match(const MatchQuery &query, std::function<void(MatchResult)> done)
{
    MatchQuery q = query;
    if (q.repo.isEmpty())
        q.repo = m_options.repo;
    m_matcher->match(q, std::move(done));
}

namespace {
// A new issue's marker lists the cluster's member templates, so a run that regroups them later
// (on any machine) still finds it.
Result<IssueDraft> withMembers(Result<IssueDraft> draft, const MatchResult &match)
{
    if (draft && draft->kind == IssueDraft::Kind::NewIssue && !match.templates.isEmpty())
        draft->body = marker::withIdentity(draft->body, draft->fingerprint, match.templates);
    return draft;
}
} // namespace

Result<IssueDraft> GitHubSession::prepareDraft(const DraftInput &input,
                                               const MatchResult &match) const
{
    return withMembers(prepareDraftFor(input, match), match);
}

Result<IssueDraft> GitHubSession::prepareDraftFor(const DraftInput &input,
                                                  const MatchResult &match) const
{
    const DraftBuilder builder(m_templates);
    switch (match.verdict) {
    case MatchResult::Verdict::Unknown:
        return fail(QStringLiteral("cannot tell whether this cluster already has an issue (%1); "
                                   "not drafting a new one")
                        .arg(match.listingError.isEmpty()
                                 ? QStringLiteral("the issue listing failed")
                                 : match.listingError));
    case MatchResult::Verdict::Existing:
        for (const Candidate &c : match.candidates) {
            if (c.hasMarker() && c.state == QLatin1String("open"))
                return commentOn(builder, m_options.repo, input, c);
        }
        break;
    case MatchResult::Verdict::Regression: {
        DraftInput in = input;
        in.titlePrefix = in.category = QStringLiteral("GCP-regression"); // title and label agree
        for (const Candidate &c : match.candidates)
            if (c.hasMarker() && !in.relatedIssues.contains(c.number))
                in.relatedIssues.append(c.number);
        return builder.newIssue(m_options.repo, in);
    }
    case MatchResult::Verdict::Similar:
    case MatchResult::Verdict::New:
        break;
    }
    DraftInput in = input;
    for (const Candidate &c : match.candidates)
        if (!in.relatedIssues.contains(c.number))
            in.relatedIssues.append(c.number);
    return builder.newIssue(m_options.repo, in);
}

Result<IssueDraft> GitHubSession::prepareDraft(const DraftInput &input, const MatchResult &match,
                                               const MatchChoice &choice) const
{
    return withMembers(prepareDraftFor(input, match, choice), match);
}

Result<IssueDraft> GitHubSession::prepareDraftFor(const DraftInput &input, const MatchResult &match,
                                                  const MatchChoice &choice) const
{
    using A = MatchChoice::Action;
    if (choice.action == A::NewIssue) {
        if (match.verdict == MatchResult::Verdict::Unknown)
            return prepareDraft(input, match); // refuses, with the reason
        // The user says none of the candidates is this cluster's issue (even a marked one).
        DraftInput in = input;
        for (const Candidate &c : match.candidates)
            if (!in.relatedIssues.contains(c.number))
                in.relatedIssues.append(c.number);
        return DraftBuilder(m_templates).newIssue(m_options.repo, in);
    }
    const Candidate *chosen = nullptr;
    for (const Candidate &c : match.candidates)
        if (c.number == choice.issue)
            chosen = &c;
    if (!chosen)
        return fail(QStringLiteral("#%1 is not one of the issues found for this cluster")
                        .arg(choice.issue));
    const bool open = chosen->state == QLatin1String("open");
    const DraftBuilder builder(m_templates);
    switch (choice.action) {
    case A::Comment:
        if (!open)
            return fail(QStringLiteral("#%1 is closed: reopen it or file a new issue that links it")
                            .arg(chosen->number));
        return commentOn(builder, m_options.repo, input, *chosen);
    case A::Reopen: {
        if (open)
            return fail(QStringLiteral("#%1 is open already: comment on it").arg(chosen->number));
        IssueDraft d = commentOn(builder, m_options.repo, input, *chosen);
        d.reopen = true;
        return d;
    }
    case A::NewIssueLinking: {
        if (open)
            return fail(QStringLiteral("#%1 is open: comment on it instead of filing it again")
                            .arg(chosen->number));
        DraftInput in = input;
        in.titlePrefix = in.category = QStringLiteral("GCP-regression"); // title and label agree
        in.relatedIssues.prepend(chosen->number);
        for (const Candidate &c : match.candidates)
            if (c.hasMarker() && !in.relatedIssues.contains(c.number))
                in.relatedIssues.append(c.number);
        return builder.newIssue(m_options.repo, in);
    }
    case A::NewIssue:
        break;
    }
    return fail(QStringLiteral("unknown choice"));
}

void GitHubSession::post(const IssueDraft &draft, const redaction::AllowList &allowed,
                         std::function<void(Result<PostOutcome>)> done)
{
    if (draft.reopen && draft.kind == IssueDraft::Kind::Comment && draft.targetIssue > 0) {
        const int issue = draft.targetIssue;
        IssueDraft comment = draft;
        comment.reopen = false;
        post(comment, allowed, [this, issue, done](Result<PostOutcome> r) {
            if (!r || r->nothingNew) {
                if (done)
                    done(r);
                return;
            }
            setIssueState(issue, true, [done, r, issue](Result<Issue> reopened) {
                if (!done)
                    return;
                if (!reopened)
                    done(fail(
                        QStringLiteral("the comment was posted (%1), but reopening #%2 failed: %3")
                            .arg(r->url)
                            .arg(issue)
                            .arg(reopened.error().what)));
                else
                    done(r);
            });
        });
        return;
    }
    const QString key = draft.postKey;
    m_poster->post(draft, allowed, [this, key, done](Result<PostOutcome> r) {
        if (r)
            Q_EMIT posted(key, r->issueNumber, r->url, r->alreadyPosted);
        else
            Q_EMIT postFailed(key, r.error().what);
        if (done)
            done(r);
    });
}

void GitHubSession::setIssueState(int number, bool open, std::function<void(Result<Issue>)> done)
{
    const QJsonObject body{
        {QStringLiteral("state"), open ? QStringLiteral("open") : QStringLiteral("closed")}};
    m_client->write(
        "PATCH", RepoRef::parse(m_options.repo).path() + QStringLiteral("/issues/%1").arg(number),
        QJsonDocument(body).toJson(QJsonDocument::Compact), [done](Result<ApiResponse> r) {
            if (!r) {
                done(tl::unexpected(r.error()));
                return;
            }
            done(Issue::fromJson(r->json.object()));
        });
}

void GitHubSession::reconcilePending(std::function<void(Result<int>)> done)
{
    m_poster->reconcilePending(m_options.repo, std::move(done));
}

} // namespace gardener::github
