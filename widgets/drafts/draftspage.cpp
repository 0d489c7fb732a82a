#include "widgets/drafts/draftspage.h"

#include "core/github/session.h"
#include "editor/src/draftautosaver.h"
#include "editor/src/drafteditor.h"
#include "editor/src/draftqueuewidget.h"
#include "editor/src/draftreviewwidget.h"
#include "editor/src/editabledraft.h"
#include "widgets/drafts/draftsfolder.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPalette>
#include <QPointer>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace gardener {

namespace {

// What "allow" means on both sides: this kind of finding, this exact text.
QString allowIdentity(const QString &kind, const QString &text)
{
    return kind + QLatin1Char('\n') + text;
}

// What the list showed before (posting, failed, posted) outlives a reload, and the post
// journal knows what was posted meanwhile.
void carryState(DraftQueueEntry &entry, const QHash<QString, DraftQueueEntry> &previous,
                github::GitHubSession *session)
{
    if (auto it = previous.constFind(entry.id); it != previous.constEnd() &&
                                                it->state != DraftState::New &&
                                                it->state != DraftState::Edited) {
        entry.state = it->state;
        entry.failureReason = it->failureReason;
        entry.url = it->url;
    }
    if (session && entry.state != DraftState::Posting) {
        if (auto known = session->journal()->find(entry.id);
            known && known->has_value() && (*known)->state == github::JournalEntry::State::Done) {
            entry.state = DraftState::Posted;
            entry.url = (*known)->url;
        }
    }
}

} // namespace

DraftsPage::DraftsPage(github::GitHubSession *session, const redaction::Redactor *redactor,
                       const QString &draftsFolder, QWidget *parent)
    : QWidget(parent), m_session(session), m_redactor(redactor),
      m_folder(!draftsFolder.isEmpty() ? draftsFolder
               : session ? QDir(session->options().dataDir).filePath(QStringLiteral("drafts"))
                         : defaultDraftsFolder()),
      m_store(m_folder), m_notice(new QLabel(this)), m_queue(new DraftQueueWidget(this)),
      m_review(new DraftReviewWidget(this))
{
    // The editor's autosave (with the body as generated) sits beside the drafts, not in them:
    // DraftStore::loadReadable reads every JSON file of its folder.
    const QFileInfo folderInfo(m_folder);
    m_reviewFolder = folderInfo.dir().filePath(folderInfo.fileName() + QStringLiteral("-review"));

    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("draftsNotice"));
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_queue);
    splitter->addWidget(m_review);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // Wide enough at first for a title's words after its "category | priority |" start.
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    splitter->setSizes({ch * 48, ch * 110});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    if (m_redactor) {
        const redaction::Redactor *r = m_redactor;
        m_review->setFindingsProvider([r](const QString &body) {
            QVector<RedactionFinding> out;
            for (const auto &f : r->findings(body))
                out.append(RedactionFinding{int(f.start), int(f.length),
                                            redaction::findingKindName(f.kind), f.reason});
            return out;
        });
    }

    connect(m_queue, &DraftQueueWidget::currentDraftChanged, this, &DraftsPage::showDraft);
    connect(m_queue, &DraftQueueWidget::retryRequested, this, &DraftsPage::onRetry);
    connect(m_review, &DraftReviewWidget::approveRequested, this, &DraftsPage::onApprove);
    connect(m_review, &DraftReviewWidget::postRequested, this, &DraftsPage::onPost);
    connect(m_review, &DraftReviewWidget::nextDraftRequested, m_queue,
            &DraftQueueWidget::selectNext);
    connect(m_review, &DraftReviewWidget::previousDraftRequested, m_queue,
            &DraftQueueWidget::selectPrevious);
    connect(m_review, &DraftReviewWidget::edited, this, [this] {
        const int row = m_queue->model()->rowOf(m_current);
        if (row >= 0 && m_queue->model()->entry(row).state == DraftState::New)
            m_queue->model()->setState(m_current, DraftState::Edited);
    });
    // The editor autosaves after typing pauses; the DraftStore follows at the same moments.
    connect(m_review->autosaver(), &DraftAutosaver::saved, this, [this] { syncCurrent(); });

    m_review->setEnabled(false); // until a draft is shown
    reload();
}

DraftsPage::~DraftsPage()
{
    // Flush the editor's pending autosave while this page can still follow it into the store;
    // the review widget's own destructor would otherwise save into a half-destroyed page.
    m_review->setAutosavePath(QString());
    syncCurrent();
    disconnect(m_review->autosaver(), nullptr, this, nullptr);
}

void DraftsPage::setSession(github::GitHubSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    // Attempts in flight belonged to the old session, whose callbacks will not come.
    for (const auto &e : m_queue->model()->entries())
        if (e.state == DraftState::Posting)
            m_queue->model()->setState(e.id, DraftState::Failed,
                                       tr("The GitHub sign-in changed while posting."));
    reload();
}

QString DraftsPage::defaultDraftsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("github/drafts"));
}

void DraftsPage::reload()
{
    syncCurrent();
    m_loading = true;
    setNotice(QString(), false);
    // Each reload supersedes the one before: an older answer may have read the folder before
    // an edit landed, and none reaches a page that is gone.
    const JobTicket ticket = m_loads.start();
    DraftsPage *const target = this;
    QThreadPool::globalInstance()->start(
        [ticket, target, folder = m_folder, reviews = m_reviewFolder] {
            auto disk = std::make_shared<DraftsOnDisk>(readDraftsFolder(folder, reviews));
            ticket.deliver([target, disk] { target->showLoaded(std::move(*disk)); });
        });
}

void DraftsPage::showLoaded(DraftsOnDisk disk)
{
    // Typed while the folder was read: saved now, and the draft being edited keeps this
    // page's copy, which is at least as new as the one read.
    syncCurrent();
    if (m_drafts.contains(m_current))
        for (auto &d : disk.drafts)
            if (d.postKey == m_current)
                d = m_drafts.value(m_current);
    m_loadProblem =
        disk.problems.isEmpty()
            ? QString()
            : tr("Some drafts could not be read: %1").arg(disk.problems.join(QStringLiteral("; ")));

    QHash<QString, DraftQueueEntry> previous;
    for (const auto &e : m_queue->model()->entries())
        previous.insert(e.id, e);

    m_order.clear();
    m_drafts.clear();
    m_generated = std::move(disk.generated);
    QVector<DraftQueueEntry> entries;
    for (const auto &d : std::as_const(disk.drafts)) {
        m_order.append(d.postKey);
        m_drafts.insert(d.postKey, d);
        DraftQueueEntry entry;
        entry.id = d.postKey;
        entry.title = !d.title.isEmpty() ? d.title
                      : d.reopen         ? tr("Reopen #%1 with a comment").arg(d.targetIssue)
                                         : tr("Comment on #%1").arg(d.targetIssue);
        entry.state =
            d.body != m_generated.value(d.postKey, d.body) ? DraftState::Edited : DraftState::New;
        carryState(entry, previous, m_session);
        entries.append(entry);
    }
    m_loading = false;
    showEntries(entries);
    setNotice(QString(), false);
    updateCount();
    Q_EMIT loaded();
}

void DraftsPage::showEntries(const QVector<DraftQueueEntry> &entries)
{
    const QString keep = !m_wanted.isEmpty() ? std::exchange(m_wanted, QString()) : m_current;
    m_current.clear();
    m_queue->model()->setEntries(entries);
    QStringList labels;
    for (const auto &d : std::as_const(m_drafts))
        for (const auto &l : d.labels)
            if (!labels.contains(l))
                labels.append(l);
    labels.sort();
    m_review->setAvailableLabels(labels);

    if (!m_order.isEmpty()) {
        const QString pick = m_drafts.contains(keep) ? keep : m_order.first();
        if (!m_queue->setCurrentDraft(pick) || m_current != pick)
            showDraft(pick);
    } else {
        m_review->setAutosavePath(QString());
        m_review->setDraft(EditableDraft{});
        m_review->setEnabled(false);
    }
}

int DraftsPage::draftCount() const
{
    int n = 0;
    for (const auto &e : m_queue->model()->entries())
        if (e.state != DraftState::Posted)
            ++n;
    return n;
}

bool DraftsPage::selectDraft(const QString &postKey)
{
    if (isLoading()) {
        m_wanted = postKey; // shown when the folder has been read
        return false;
    }
    if (!m_drafts.contains(postKey))
        return false;
    m_queue->setCurrentDraft(postKey);
    if (m_current != postKey)
        showDraft(postKey);
    return m_current == postKey;
}

QString DraftsPage::noticeText() const
{
    return m_notice->text();
}

void DraftsPage::showDraft(const QString &postKey)
{
    if (postKey == m_current || !m_drafts.contains(postKey))
        return;
    syncCurrent();
    // Flushes a pending autosave of the previous draft to its own file before switching.
    m_review->setAutosavePath(QString());
    const github::IssueDraft &d = m_drafts[postKey];
    EditableDraft draft;
    draft.id = d.postKey;
    draft.title = d.title;
    draft.labels = d.labels;
    draft.body = d.body;
    draft.generatedBody = m_generated.value(postKey, d.body);
    m_current = postKey;
    m_review->setEnabled(true);
    m_review->setDraft(draft);
    if (QDir().mkpath(m_reviewFolder))
        m_review->setAutosavePath(reviewFileFor(postKey));
    setNotice(QString(), false);
}

void DraftsPage::syncCurrent()
{
    if (m_current.isEmpty() || !m_drafts.contains(m_current))
        return;
    const EditableDraft edited = m_review->draft();
    if (edited.id != m_current)
        return;
    github::IssueDraft &stored = m_drafts[m_current];
    // Comments have no title; the widget's empty title must not become one.
    const QString title =
        stored.kind == github::IssueDraft::Kind::Comment ? stored.title : edited.title;
    if (stored.title == title && stored.body == edited.body && stored.labels == edited.labels)
        return;
    github::IssueDraft updated = stored;
    updated.title = title;
    updated.body = edited.body;
    updated.labels = edited.labels;
    updated.updatedAt = QDateTime::currentDateTimeUtc();
    if (auto saved = m_store.save(updated); !saved) {
        setNotice(
            tr("Your edits could not be saved to the drafts folder: %1").arg(saved.error().what),
            true);
        return;
    }
    stored = updated;
    if (!title.isEmpty())
        m_queue->model()->setTitle(m_current, title);
}

void DraftsPage::onApprove(const EditableDraft &draft)
{
    if (draft.id != m_current)
        return;
    syncCurrent();
    m_queue->model()->setState(draft.id, DraftState::Approved);
}

void DraftsPage::onPost(const EditableDraft &draft)
{
    if (draft.id != m_current || !m_drafts.contains(draft.id))
        return;
    syncCurrent();
    if (!m_session) {
        setNotice(
            tr("Posting needs a GitHub sign-in. Your edits are saved; sign in to GitHub, then post "
               "from here or with loggardener run --post."),
            true);
        return;
    }
    const int row = m_queue->model()->rowOf(draft.id);
    if (row >= 0) {
        const DraftQueueEntry entry = m_queue->model()->entry(row);
        // One attempt at a time (the journal would refuse a parallel one anyway), and a posted
        // draft is never posted again: say so rather than doing nothing.
        if (entry.state == DraftState::Posting) {
            m_review->showStatus(tr("Still posting this draft…"));
            return;
        }
        if (entry.state == DraftState::Posted) {
            m_review->showStatus(
                tr("Already posted as %1: a draft is posted once.").arg(entry.url));
            return;
        }
    }
    const github::IssueDraft &stored = m_drafts[draft.id];
    m_pending.insert(draft.id, Pending{stored, allowedFindings(stored)});
    send(draft.id);
}

void DraftsPage::onRetry(const QString &postKey)
{
    if (!m_session) {
        setNotice(tr("Posting needs a GitHub sign-in."), true);
        return;
    }
    if (!m_pending.contains(postKey)) {
        // Failed in an earlier run of the app: the stored text is the reviewed one.
        if (!m_drafts.contains(postKey))
            return;
        const github::IssueDraft &stored = m_drafts[postKey];
        m_pending.insert(postKey, Pending{stored, postKey == m_current ? allowedFindings(stored)
                                                                       : redaction::AllowList()});
    }
    send(postKey);
}

void DraftsPage::send(const QString &postKey)
{
    const Pending pending = m_pending.value(postKey);
    m_queue->model()->setState(postKey, DraftState::Posting);
    setNotice(QString(), false);
    QPointer<DraftsPage> self(this);
    m_session->post(pending.draft, pending.allowed, [self, postKey](Result<github::PostOutcome> r) {
        if (!self)
            return;
        DraftQueueModel *model = self->m_queue->model();
        const int row = model->rowOf(postKey);
        if (r) {
            if (row >= 0) {
                DraftQueueEntry e = model->entry(row);
                e.state = DraftState::Posted;
                e.url = r->url;
                e.failureReason.clear();
                model->upsert(e);
            }
            if (!r->droppedLabels.isEmpty())
                self->setNotice(tr("Posted, but GitHub did not apply these labels: %1")
                                    .arg(r->droppedLabels.join(QStringLiteral(", "))),
                                false);
            self->updateCount();
            if (self->m_current == postKey)
                self->m_review->showStatus(tr("Posted as %1").arg(r->url));
            Q_EMIT self->draftPosted(postKey, r->url);
            if (r->issueNumber > 0)
                Q_EMIT self->issueLinked(self->m_drafts.value(postKey).fingerprint, r->issueNumber,
                                         r->url);
        } else {
            model->setState(postKey, DraftState::Failed, r.error().what);
            if (self->m_current == postKey)
                self->m_review->showStatus(tr("Not posted: %1").arg(r.error().what), true);
            Q_EMIT self->draftFailed(postKey, r.error().what);
        }
    });
}

redaction::AllowList DraftsPage::allowedFindings(const github::IssueDraft &draft) const
{
    redaction::AllowList allowed;
    if (!m_redactor || draft.postKey != m_current)
        return allowed;
    // The editor remembers allowed findings as (kind, exact text); the session wants core
    // findings. Re-scan the text that will be sent and allow the ones the user allowed.
    const DraftEditor *editor = m_review->editor();
    const QString body = editor->toPlainText();
    const QVector<RedactionFinding> shown = editor->findings();
    QSet<QString> identities;
    for (int i = 0; i < shown.size(); ++i)
        if (editor->isAllowed(i))
            identities.insert(
                allowIdentity(shown[i].kind, body.mid(shown[i].start, shown[i].length)));
    for (const QString &text : {draft.title, draft.body})
        for (const auto &f : m_redactor->findings(text))
            if (identities.contains(allowIdentity(redaction::findingKindName(f.kind), f.matched)))
                allowed.allow(f);
    return allowed;
}

QString DraftsPage::reviewFileFor(const QString &postKey) const
{
    return reviewFileIn(m_reviewFolder, postKey);
}

void DraftsPage::setNotice(const QString &text, bool problem)
{
    QStringList parts;
    if (!text.isEmpty())
        parts.append(text);
    if (!m_loadProblem.isEmpty())
        parts.append(m_loadProblem);
    if (isLoading())
        parts.append(tr("Reading the drafts folder…"));
    else if (m_order.isEmpty())
        parts.append(tr("No drafts waiting. Runs without --post leave their GitHub drafts in %1.")
                         .arg(QDir::toNativeSeparators(m_folder)));
    if (!m_session && text.isEmpty())
        parts.append(tr("Not signed in to GitHub: you can review and edit drafts here, but posting "
                        "them needs a GitHub sign-in."));
    m_notice->setText(parts.join(QLatin1Char('\n')));
    m_notice->setVisible(!parts.isEmpty());
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_notice->setPalette(p);
}

void DraftsPage::updateCount()
{
    const int n = draftCount();
    if (n != m_lastCount) {
        m_lastCount = n;
        Q_EMIT countChanged(n);
    }
}

} // namespace gardener
