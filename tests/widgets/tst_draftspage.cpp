// The Drafts page end to end, offscreen, against the fake GitHub: drafts from a DraftStore
// folder are listed and shown, a flagged finding blocks posting until allowed, posting sends
// the reviewed text byte for byte exactly once, edits go back into the store, a 401 shows
// Failed with a reason and Retry then posts once; without a session the page still works.
#include "core/github/session.h"
#include "editor/src/drafteditor.h"
#include "editor/src/draftqueuewidget.h"
#include "editor/src/draftreviewwidget.h"
#include "editor/src/labelsedit.h"
#include "tests/common/fakegithub.h"
#include "widgets/drafts/draftspage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace gardener;
using namespace gardener::github;
using gardener::test::FakeGitHub;

namespace {

const QString Repo = QStringLiteral("octo/app");
const QByteArray Token = "draft-page-token";

DraftInput input(const QString &fingerprint, const QString &name, const QString &summary)
{
    DraftInput in;
    in.fingerprint = fingerprint;
    in.name = name;
    in.summary = summary;
    in.priority = QStringLiteral("P2");
    in.category = QStringLiteral("regression");
    in.area = QStringLiteral("billing");
    in.count = 7;
    in.first = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    in.last = QDateTime(QDate(2026, 3, 1), QTime(9, 15), Qt::UTC);
    in.severities = {{QStringLiteral("ERROR"), 7}};
    in.location = QStringLiteral("billing/invoices.py:88");
    in.samplesJson = {
        QStringLiteral("{\"message\":\"invoice total caf\u00e9 \u2192 mismatch\",\"n\":3}")};
    return in;
}

} // namespace

class TestDraftsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    redaction::Redactor m_redactor;
    std::unique_ptr<GitHubSession> m_session;
    QString m_flaggedKey; // body holds an email address
    QString m_cleanKey;

    QString draftsFolder() const { return m_dir->filePath(QStringLiteral("github/drafts")); }

    DraftState stateOf(DraftsPage &page, const QString &key) const
    {
        DraftQueueModel *m = page.queue()->model();
        const int row = m->rowOf(key);
        return row < 0 ? DraftState::New : m->entry(row).state;
    }
    // The page reads its folder on a worker thread; the tests look once the list is shown.
    [[nodiscard]] static bool ready(const DraftsPage &page)
    {
        return QTest::qWaitFor([&] { return !page.isLoading(); }, 5000);
    }
    DraftQueueEntry entryOf(DraftsPage &page, const QString &key) const
    {
        DraftQueueModel *m = page.queue()->model();
        return m->entry(m->rowOf(key));
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeGitHub>();
        QVERIFY(m_fake->listen());
        m_fake->addRepo(Repo);
        m_fake->requiredToken = Token;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());

        GitHubSession::Options o;
        o.api.apiBase = m_fake->apiBase();
        o.api.token = Token;
        o.api.timeoutMs = 5000;
        o.api.writeSpacingMs = 0;
        o.repo = Repo;
        o.dataDir = m_dir->filePath(QStringLiteral("github"));
        auto opened = GitHubSession::open(o, &m_redactor);
        QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().what));
        m_session = std::move(*opened);

        DraftStore store(draftsFolder());
        IssueDraft flagged = DraftBuilder().newIssue(
            Repo,
            input(QStringLiteral("fpaaa1"), QStringLiteral("Invoice totals mismatch"),
                  QStringLiteral("Seen first by jane.doe@example.com after the 2.3 release.")));
        flagged.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        IssueDraft clean = DraftBuilder().newIssue(
            Repo, input(QStringLiteral("fpbbb2"), QStringLiteral("Refund worker timeout"),
                        QStringLiteral("The refund worker gives up after 30 seconds.")));
        clean.createdAt = QDateTime(QDate(2026, 3, 1), QTime(11, 0), Qt::UTC);
        QVERIFY(store.save(flagged).has_value());
        QVERIFY(store.save(clean).has_value());
        m_flaggedKey = flagged.postKey;
        m_cleanKey = clean.postKey;
        QVERIFY(!m_redactor.findings(flagged.body).isEmpty());
        QVERIFY(m_redactor.findings(clean.body).isEmpty());
    }

    void cleanup()
    {
        m_session.reset();
        m_fake.reset();
        m_dir.reset();
    }

    void listsAndShowsDrafts()
    {
        DraftsPage page(m_session.get(), &m_redactor);
        QVERIFY(ready(page));
        QCOMPARE(page.draftsFolder(), draftsFolder());
        QCOMPARE(page.queue()->model()->rowCount(), 2);
        QCOMPARE(page.draftCount(), 2);
        // Oldest first.
        QCOMPARE(page.queue()->model()->entry(0).id, m_flaggedKey);
        QCOMPARE(page.queue()->model()->entry(0).title, page.storedDraft(m_flaggedKey).title);
        QCOMPARE(stateOf(page, m_cleanKey), DraftState::New);

        QVERIFY(page.selectDraft(m_cleanKey));
        QCOMPARE(page.queue()->currentDraftId(), m_cleanKey);
        QCOMPARE(page.review()->titleEdit()->text(), page.storedDraft(m_cleanKey).title);
        QCOMPARE(page.review()->editor()->toPlainText(), page.storedDraft(m_cleanKey).body);
        QVERIFY(page.review()->canPost());

        QVERIFY(page.selectDraft(m_flaggedKey));
        QCOMPARE(page.review()->editor()->toPlainText(), page.storedDraft(m_flaggedKey).body);
        QVERIFY(!page.review()->editor()->findings().isEmpty());
        QCOMPARE(page.review()->editor()->findings().first().kind, QStringLiteral("email"));
        QVERIFY(!page.review()->canPost());
    }

    void postBlockedUntilAllowedThenPostsOnce()
    {
        DraftsPage page(m_session.get(), &m_redactor);
        QVERIFY(ready(page));
        QSignalSpy counts(&page, &DraftsPage::countChanged);
        QVERIFY(page.selectDraft(m_flaggedKey));

        QVERIFY(!page.review()->post());
        QCOMPARE(stateOf(page, m_flaggedKey), DraftState::New);
        QCOMPARE(m_fake->createRequests(), 0);

        page.review()->editor()->allowFinding(0);
        QVERIFY(page.review()->canPost());
        const QString reviewed = page.review()->draft().body;
        QVERIFY(page.review()->post());
        QCOMPARE(stateOf(page, m_flaggedKey), DraftState::Posting);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, m_flaggedKey), DraftState::Posted, 10000);

        const auto &issues = m_fake->repo(Repo)->issues;
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().rawBody, reviewed.toUtf8());
        QCOMPARE(issues.first().title, page.storedDraft(m_flaggedKey).title);
        QVERIFY(entryOf(page, m_flaggedKey).url.contains(QStringLiteral("/issues/")));
        QVERIFY2(page.review()->statusText().contains(entryOf(page, m_flaggedKey).url),
                 qPrintable(page.review()->statusText()));
        QCOMPARE(page.draftCount(), 1);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().first().toInt(), 1);

        // Posting again (or reopening the page) never creates a second issue, and says why.
        QVERIFY(page.review()->post());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, m_flaggedKey), DraftState::Posted, 10000);
        QVERIFY2(page.review()->statusText().contains(QStringLiteral("Already posted")),
                 qPrintable(page.review()->statusText()));
        QCOMPARE(m_fake->issueCount(Repo), 1);
        DraftsPage again(m_session.get(), &m_redactor);
        QVERIFY(ready(again));
        QCOMPARE(stateOf(again, m_flaggedKey), DraftState::Posted);
        QCOMPARE(again.draftCount(), 1);
    }

    void editsAreSavedAndPosted()
    {
        QString edited;
        {
            DraftsPage page(m_session.get(), &m_redactor);
            QVERIFY(ready(page));
            QVERIFY(page.selectDraft(m_flaggedKey));
            // Edit the secret out instead of allowing it.
            DraftEditor *editor = page.review()->editor();
            const QString address = QStringLiteral("jane.doe@example.com");
            QCOMPARE(editor->findings().size(), editor->toPlainText().count(address));
            for (qsizetype at; (at = editor->toPlainText().indexOf(address)) >= 0;) {
                QTextCursor c(editor->document());
                c.setPosition(int(at));
                c.setPosition(int(at + address.size()), QTextCursor::KeepAnchor);
                c.insertText(QStringLiteral("the on-call engineer"));
            }
            editor->rescanNow();
            QVERIFY(page.review()->canPost());
            QCOMPARE(stateOf(page, m_flaggedKey), DraftState::Edited);
            page.review()->titleEdit()->setText(QStringLiteral("Invoice totals mismatch (edited)"));
            edited = editor->toPlainText();
            QVERIFY(!edited.contains(QStringLiteral("jane.doe")));
            // Autosave writes the store too (atomically, through QSaveFile).
            DraftStore store(draftsFolder());
            QTRY_COMPARE_WITH_TIMEOUT(store.load(m_flaggedKey).value_or(IssueDraft{}).body, edited,
                                      5000);
            QTRY_COMPARE_WITH_TIMEOUT(page.queue()->model()->entry(0).title,
                                      QStringLiteral("Invoice totals mismatch (edited)"), 5000);
        }
        // A new page (a restart) shows the edit, still marked Edited, the changes against the
        // body as generated, and posts exactly the edited text.
        DraftsPage page(m_session.get(), &m_redactor);
        QVERIFY(ready(page));
        QCOMPARE(page.queue()->model()->rowCount(), 2); // the review folder is not a draft
        QCOMPARE(stateOf(page, m_flaggedKey), DraftState::Edited);
        QVERIFY(page.selectDraft(m_flaggedKey));
        QCOMPARE(page.review()->editor()->toPlainText(), edited);
        QVERIFY(
            page.review()->draft().generatedBody.contains(QStringLiteral("jane.doe@example.com")));
        QVERIFY(page.review()->approve());
        QCOMPARE(stateOf(page, m_flaggedKey), DraftState::Approved);
        QVERIFY(page.review()->post());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, m_flaggedKey), DraftState::Posted, 10000);
        QCOMPARE(m_fake->issueCount(Repo), 1);
        QCOMPARE(m_fake->repo(Repo)->issues.first().rawBody, edited.toUtf8());
        QCOMPARE(m_fake->repo(Repo)->issues.first().title,
                 QStringLiteral("Invoice totals mismatch (edited)"));
    }

    void failureShowsReasonAndRetryPostsOnce()
    {
        m_fake->requiredToken = "some-other-token";
        DraftsPage page(m_session.get(), &m_redactor);
        QVERIFY(ready(page));
        QSignalSpy failed(&page, &DraftsPage::draftFailed);
        QVERIFY(page.selectDraft(m_cleanKey));
        QVERIFY(page.review()->post());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, m_cleanKey), DraftState::Failed, 10000);
        QVERIFY(!entryOf(page, m_cleanKey).failureReason.isEmpty());
        // The reason is on the page, not only in a tooltip.
        QVERIFY2(page.review()->statusText().contains(entryOf(page, m_cleanKey).failureReason),
                 qPrintable(page.review()->statusText()));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_fake->issueCount(Repo), 0);

        m_fake->requiredToken = Token;
        Q_EMIT page.queue()->retryRequested(m_cleanKey);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, m_cleanKey), DraftState::Posted, 10000);
        QCOMPARE(m_fake->issueCount(Repo), 1);
        QCOMPARE(m_fake->repo(Repo)->issues.first().rawBody,
                 page.storedDraft(m_cleanKey).body.toUtf8());
        QVERIFY(entryOf(page, m_cleanKey).failureReason.isEmpty());
    }

    void withoutSessionListsEditsAndExplains()
    {
        DraftsPage page(nullptr, &m_redactor, draftsFolder());
        QVERIFY(ready(page));
        QCOMPARE(page.queue()->model()->rowCount(), 2);
        QVERIFY(page.noticeText().contains(QStringLiteral("sign-in")));
        QVERIFY(page.selectDraft(m_cleanKey));
        page.review()->editor()->appendPlainText(QStringLiteral("Checked locally."));
        QCOMPARE(stateOf(page, m_cleanKey), DraftState::Edited);
        QVERIFY(page.review()->post()); // the widget allows it; the page explains instead
        QVERIFY(page.noticeText().contains(QStringLiteral("sign-in")));
        QCOMPARE(m_fake->createRequests(), 0);
        DraftStore store(draftsFolder());
        QTRY_VERIFY_WITH_TIMEOUT(store.load(m_cleanKey)
                                     .value_or(IssueDraft{})
                                     .body.endsWith(QStringLiteral("Checked locally.")),
                                 5000);
    }

    void readsTheFolderOffTheUiThread()
    {
        DraftsPage page(nullptr, &m_redactor, draftsFolder());
        // Nothing was read on this thread: the list fills only when the event loop delivers
        // the worker's answer, and until then the page says what it is doing.
        QVERIFY(page.isLoading());
        QCOMPARE(page.queue()->model()->rowCount(), 0);
        QVERIFY2(page.noticeText().contains(QStringLiteral("Reading the drafts folder")),
                 qPrintable(page.noticeText()));
        QVERIFY(!page.noticeText().contains(QStringLiteral("No drafts")));
        QVERIFY(!page.selectDraft(m_cleanKey)); // remembered until the list is there
        QSignalSpy loaded(&page, &DraftsPage::loaded);
        QVERIFY(ready(page));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(page.queue()->model()->rowCount(), 2);
        QCOMPARE(page.currentDraftId(), m_cleanKey);
        QCOMPARE(page.review()->editor()->toPlainText(), page.storedDraft(m_cleanKey).body);

        // Two reloads in a row: only the second answer is shown.
        page.reload();
        page.reload();
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(ready(page));
        QCoreApplication::processEvents(); // the first answer, if it came last
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(page.currentDraftId(), m_cleanKey);
    }

    void brokenDraftFileHidesNothing()
    {
        const QString broken = QDir(draftsFolder()).filePath(QStringLiteral("zz-broken.json"));
        const QByteArray garbage = "{\"postKey\": \"zz\", oops";
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
        f.close();

        DraftsPage page(nullptr, &m_redactor, draftsFolder());
        QVERIFY(ready(page));
        QCOMPARE(page.queue()->model()->rowCount(), 2); // the readable drafts are all there
        QVERIFY2(page.noticeText().contains(QStringLiteral("zz-broken.json")) &&
                     page.noticeText().contains(QStringLiteral("not valid JSON")),
                 qPrintable(page.noticeText()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage); // left as it was, for the user to mend
    }

    void emptyFolderSaysWhereDraftsComeFrom()
    {
        QTemporaryDir empty;
        DraftsPage page(nullptr, &m_redactor, empty.filePath(QStringLiteral("none")));
        QVERIFY(ready(page));
        QCOMPARE(page.draftCount(), 0);
        QVERIFY(page.noticeText().contains(QStringLiteral("No drafts")));
    }
};

QTEST_MAIN(TestDraftsPage)
#include "tst_draftspage.moc"
