// Matching in the app, offscreen, against the fake GitHub: the match chooser drafts a comment
// for a marker match, offers reopen for a closed match and drafts a regression issue linking it,
// drafts a new issue when nothing exists and none when the listing failed; in the window, Find
// on GitHub drafts for the selected cluster and the Drafts page posts it exactly once.
#include "core/demo/bundleddemo.h"
#include "core/models/clustertablemodel.h"
#include "core/session/session.h"
#include "editor/src/draftreviewwidget.h"
#include "tests/widgets/githubuifixture.h"
#include "widgets/clusterspage.h"
#include "widgets/drafts/draftspage.h"
#include "widgets/github/actions.h"
#include "widgets/github/matchchooserdialog.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace gardener;
using namespace gardener::github;
using namespace gardener::test;

namespace {

const QString Repo = GitHubUiRepo;

DraftInput input(const QString &fingerprint, const QString &name)
{
    DraftInput in;
    in.fingerprint = fingerprint;
    in.name = name;
    in.priority = QStringLiteral("P2");
    in.category = QStringLiteral("regression");
    in.count = 12;
    in.first = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    in.last = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    in.severities = {{QStringLiteral("ERROR"), 12}};
    in.ratePerMinuteAfter = 0.2;
    return in;
}

QString markedBody(const QString &fingerprint)
{
    return QStringLiteral("Seen in staging.\n\n") + marker::fingerprint(fingerprint) +
           QLatin1Char('\n');
}

} // namespace

class TestGitHubMatch : public QObject
{
    Q_OBJECT
    GitHubUiFixture f;

private slots:
    void initTestCase() { GitHubUiFixture::initApp(QStringLiteral("tst_githubmatch")); }
    void init() { QVERIFY(f.init()); }
    void cleanup() { f.cleanup(); }

    void matchChooserDraftsWhatTheUserChose()
    {
        const QByteArray token = randomToken("ghp_");
        f.fake->requiredToken = token;
        const QStringList appLabels{QStringLiteral("log-gardener"), QStringLiteral("P3")};
        const int open = f.fake->seedIssue(Repo, QStringLiteral("Payment webhook timeout"),
                                           markedBody(QStringLiteral("fpopen")), appLabels);
        const int closed = f.fake->seedIssue(Repo, QStringLiteral("Cache stampede on deploy"),
                                             markedBody(QStringLiteral("fpclosed")), appLabels,
                                             QStringLiteral("closed"));
        auto s = f.session(token);
        QVERIFY(s);

        QList<MatchChooserDialog::Item> items;
        for (const auto &[fp, name] :
             {std::pair{QStringLiteral("fpopen"), QStringLiteral("Payment webhook timeout")},
              std::pair{QStringLiteral("fpclosed"), QStringLiteral("Cache stampede on deploy")},
              std::pair{QStringLiteral("fpclosed"), QStringLiteral("Cache stampede on deploy")},
              std::pair{QStringLiteral("fpnew"), QStringLiteral("Brand new crash")}}) {
            MatchChooserDialog::Item item;
            item.name = name;
            item.input = input(fp, name);
            item.query.repo = Repo;
            item.query.fingerprint = fp;
            item.query.keyTerms = name.split(QLatin1Char(' '));
            items << item;
        }
        MatchChooserDialog dialog(s.get(), items);
        dialog.show();
        QSignalSpy created(&dialog, &MatchChooserDialog::draftCreated);

        // 1: an open marked issue -> comment on it.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSearching(), 10000);
        QVERIFY2(dialog.verdictText().contains(QStringLiteral("open issue")),
                 qPrintable(dialog.verdictText()));
        QTreeWidget *list = dialog.candidateList();
        QVERIFY(list->topLevelItemCount() >= 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("#%1").arg(open));
        QVERIFY(list->topLevelItem(0)->text(5).contains(QStringLiteral("marker")));
        QVERIFY(list->topLevelItem(0)->text(3).contains(QStringLiteral("log-gardener")));
        QVERIFY(dialog.choiceButton(MatchChooserDialog::CommentChoice)->isChecked());
        QVERIFY(!dialog.choiceButton(MatchChooserDialog::ReopenChoice)->isEnabled());
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QCOMPARE(created.count(), 1);
        auto comment = s->drafts().load(created.at(0).at(0).toString());
        QVERIFY(comment.has_value());
        QCOMPARE(comment->kind, IssueDraft::Kind::Comment);
        QCOMPARE(comment->targetIssue, open);
        QVERIFY(!comment->reopen);

        // 2: only a closed marked issue -> a regression; reopen is offered and chosen.
        QCOMPARE(dialog.currentItem(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSearching(), 10000);
        QVERIFY2(dialog.verdictText().contains(QStringLiteral("regression")),
                 qPrintable(dialog.verdictText()));
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("#%1").arg(closed));
        QVERIFY(dialog.choiceButton(MatchChooserDialog::ReopenChoice)->isEnabled());
        QVERIFY(dialog.choiceButton(MatchChooserDialog::ReopenChoice)->isChecked());
        QVERIFY(dialog.choiceButton(MatchChooserDialog::LinkChoice)->isEnabled());
        QVERIFY(!dialog.choiceButton(MatchChooserDialog::CommentChoice)->isEnabled());
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QCOMPARE(created.count(), 2);
        auto reopen = s->drafts().load(created.at(1).at(0).toString());
        QVERIFY(reopen.has_value());
        QCOMPARE(reopen->kind, IssueDraft::Kind::Comment);
        QCOMPARE(reopen->targetIssue, closed);
        QVERIFY(reopen->reopen);

        // 3: the same regression, filed as a new issue that links the closed one.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.currentItem() == 2 && !dialog.isSearching(), 10000);
        dialog.choiceButton(MatchChooserDialog::LinkChoice)->setChecked(true);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QCOMPARE(created.count(), 3);
        auto linking = s->drafts().load(created.at(2).at(0).toString());
        QVERIFY(linking.has_value());
        QCOMPARE(linking->kind, IssueDraft::Kind::NewIssue);
        QVERIFY2(linking->title.startsWith(QStringLiteral("GCP-regression")),
                 qPrintable(linking->title));
        QVERIFY(linking->body.contains(QStringLiteral("#%1").arg(closed)));

        // 4: nothing anywhere -> a new issue; search was used, and the dialog says it may lag.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.currentItem() == 3 && !dialog.isSearching(), 10000);
        QVERIFY2(dialog.verdictText().contains(QStringLiteral("file a new issue")),
                 qPrintable(dialog.verdictText()));
        QVERIFY(dialog.noteText().contains(QStringLiteral("lag")));
        QVERIFY(dialog.choiceButton(MatchChooserDialog::NewChoice)->isChecked());
        QSignalSpy finished(&dialog, &MatchChooserDialog::finished);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QCOMPARE(created.count(), 4);
        QCOMPARE(finished.count(), 1);
        auto fresh = s->drafts().load(created.at(3).at(0).toString());
        QVERIFY(fresh.has_value());
        QCOMPARE(fresh->kind, IssueDraft::Kind::NewIssue);
        QCOMPARE(fresh->fingerprint, QStringLiteral("fpnew"));
        QCOMPARE(f.fake->issueCount(Repo), 2); // choosing drafts; nothing was posted

        // Posting the reviewed reopen draft comments once and reopens the issue.
        std::optional<Result<PostOutcome>> posted;
        s->post(*reopen, {}, [&](Result<PostOutcome> r) { posted = r; });
        const auto p = waitFor(posted);
        QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().what));
        QCOMPARE(f.fake->repo(Repo)->issues[closed - 1].state, QStringLiteral("open"));
        QCOMPARE(f.fake->repo(Repo)->issues[closed - 1].comments.size(), 1);
    }

    void failedListingOffersNoNewIssue()
    {
        auto s = f.session("not-the-token");
        f.fake->requiredToken = "the-token";
        MatchChooserDialog::Item item;
        item.name = QStringLiteral("Anything");
        item.input = input(QStringLiteral("fpx"), item.name);
        item.query.repo = Repo;
        item.query.fingerprint = QStringLiteral("fpx");
        MatchChooserDialog dialog(s.get(), {item});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSearching(), 10000);
        QVERIFY2(dialog.verdictText().contains(QStringLiteral("Cannot tell")),
                 qPrintable(dialog.verdictText()));
        QVERIFY(!dialog.choiceButton(MatchChooserDialog::NewChoice)->isEnabled());
        QVERIFY(!dialog.createButton()->isEnabled());
    }

    // The pictures in docs/github.md: GARDENER_SCREENSHOT_DIR=DIR tst_githubmatch screenshots
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("GARDENER_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("Set GARDENER_SCREENSHOT_DIR to write the dialogs' pictures.");
        QVERIFY(QDir().mkpath(dir));
        const QByteArray token = randomToken("ghp_");
        f.fake->requiredToken = token;
        f.fake->repo(Repo)->push = false;
        f.fake->repo(Repo)->triage = false;
        f.fake->deviceInterval = 5;
        f.fake->deviceScript = QStringList(20, QStringLiteral("authorization_pending"));
        auto store = f.memoryStore();
        auto acc = f.account(store.get());
        {
            GitHubConnectDialog dialog(acc.get());
            QVERIFY(f.fillWhere(dialog));
            dialog.clientIdEdit()->setText(QStringLiteral("Iv1.8a61f9b3a7aba766"));
            QTest::mouseClick(dialog.startDeviceButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.userCode().isEmpty(), 10000);
            // The screenshot shows the status line once its countdown has ticked.
            const auto *status = dialog.findChild<QLabel *>(QStringLiteral("deviceStatusLabel"));
            QVERIFY(status);
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("checking every")),
                                     5000);
            dialog.hostEdit()->setText(QStringLiteral("github.com")); // not the test port
            QVERIFY(dialog.grab().save(
                QDir(dir).filePath(QStringLiteral("github-connect-device.png"))));
            dialog.reject();
        }
        {
            GitHubConnectDialog dialog(acc.get());
            QVERIFY(f.fillWhere(dialog));
            dialog.methodTabs()->setCurrentIndex(1);
            dialog.tokenEdit()->setText(QString::fromLatin1(token));
            QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.access().has_value(), 10000);
            dialog.hostEdit()->setText(
                QStringLiteral("https://github.example.com/api/v3")); // not the test port
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("github-connect.png"))));
        }
        const QStringList labels{QStringLiteral("log-gardener"), QStringLiteral("P2"),
                                 QStringLiteral("regression")};
        f.fake->seedIssue(
            Repo,
            QStringLiteral(
                "GCP-regression | P2 | Redis connection pool exhausted in session cache"),
            markedBody(QStringLiteral("fpredis")), labels, QStringLiteral("closed"),
            QDateTime::currentDateTimeUtc().addDays(-40));
        f.fake->seedIssue(Repo,
                          QStringLiteral("Session cache: connection pool exhausted under load"),
                          QStringLiteral("Reported by support."), {QStringLiteral("bug")});
        auto s = f.session(token);
        QVERIFY(s);
        MatchChooserDialog::Item item;
        item.name = QStringLiteral("Redis connection pool exhausted in session cache");
        item.input = input(QStringLiteral("fpredis"), item.name);
        item.query.repo = Repo;
        item.query.fingerprint = QStringLiteral("fpredis");
        item.query.keyTerms = {QStringLiteral("connection"), QStringLiteral("pool"),
                               QStringLiteral("exhausted")};
        MatchChooserDialog dialog(s.get(), {item, item});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSearching(), 10000);
        QVERIFY(dialog.candidateList()->topLevelItemCount() >= 1);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("github-match.png"))));
    }

    void windowFindsTheClusterAndPostsTheDraftOnce()
    {
        const QByteArray token = randomToken("ghp_");
        f.fake->requiredToken = token;
        auto store = f.memoryStore();
        auto acc = f.account(store.get());
        Session appSession;
        MainWindow window(&appSession, [] { return demo::bundledExport(); });
        AppServices services;
        services.redactor = &f.redactor;
        services.githubAccount = acc.get();
        services.rulesPath = f.dir->filePath(QStringLiteral("triage.rules"));
        services.worklogFolder = f.dir->filePath(QStringLiteral("worklogs"));
        services.draftsFolder = f.dir->filePath(QStringLiteral("github/drafts"));
        window.setServices(services);
        window.show();
        GitHubActions *gh = window.gitHubActions();
        QVERIFY(gh);
        QVERIFY(gh->statusText().contains(QStringLiteral("not connected")));
        QVERIFY(!gh->signOutAction()->isEnabled());
        QVERIFY(!gh->findAction()->isEnabled()); // nothing selected
        GitHubConnectDialog *connectDialog = gh->openConnectDialog();
        QVERIFY(connectDialog && connectDialog->isVisible());
        QVERIFY(!connectDialog->signOutButton()->isVisible());
        connectDialog->reject();

        // Connecting (as the dialog does) hands the session to the Drafts page.
        GitHubProfile profile;
        profile.apiBase = f.fake->apiBase();
        profile.repo = Repo;
        std::optional<Result<secrets::Stored>> stored;
        acc->connectWith(profile, token, [&](Result<secrets::Stored> r) { stored = r; });
        QVERIFY(waitFor(stored).has_value());
        QCOMPARE(gh->statusText(), QStringLiteral("GitHub: octo/app"));
        QVERIFY(gh->signOutAction()->isEnabled());
        QVERIFY(!window.draftsPage()->noticeText().contains(QStringLiteral("Not signed in")));

        QSignalSpy loaded(&appSession, &Session::loadFinished);
        window.openDemo();
        QVERIFY(loaded.wait(60000));
        QTableView *table = window.clustersPage()->clusterTable();
        table->selectRow(0);
        const QStringList selected = window.clustersPage()->selectedFingerprints();
        QCOMPARE(selected.size(), 1);
        QVERIFY(gh->findAction()->isEnabled());
        QVERIFY(table->actions().contains(gh->findAction())); // also on the table's context menu

        MatchChooserDialog *dialog = gh->findSelectedOnGitHub();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 10000);
        QVERIFY(dialog->choiceButton(MatchChooserDialog::NewChoice)->isChecked());
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QString postKey;
        DraftsPage *drafts = window.draftsPage();
        QTRY_VERIFY(!(postKey = drafts->currentDraftId()).isEmpty());
        QCOMPARE(drafts->storedDraft(postKey).fingerprint, selected.first());
        QCOMPARE(drafts->listedCount(), 1);

        // Post from the Drafts page; a second post is refused with the reason on the page.
        QSignalSpy posted(drafts, &DraftsPage::draftPosted);
        QVERIFY(drafts->review()->canPost());
        QVERIFY(drafts->review()->post());
        QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 15000);
        QCOMPARE(f.fake->issueCount(Repo), 1);
        QCOMPARE(f.fake->createRequests(), 1);
        // The new issue shows on its cluster in the table at once.
        const ClusterTableModel *clusterModel = window.clustersPage()->clusterModel();
        const QModelIndex issueCell = clusterModel->index(clusterModel->rowOf(selected.first()),
                                                          ClusterTableModel::IssueColumn);
        QVERIFY2(issueCell.data().toString().startsWith(QStringLiteral("#")),
                 qPrintable(issueCell.data().toString()));
        QVERIFY(issueCell.data(ClusterTableModel::IssueUrlRole)
                    .toString()
                    .contains(QStringLiteral("/issues/")));
        QVERIFY(drafts->review()->post());
        QVERIFY2(drafts->review()->statusText().contains(QStringLiteral("Already posted")),
                 qPrintable(drafts->review()->statusText()));
        QCOMPARE(posted.count(), 1);
        QCOMPARE(f.fake->issueCount(Repo), 1);
        QCOMPARE(f.fake->createRequests(), 1);
        QCOMPARE(f.fake->repo(Repo)->issues.first().body, drafts->storedDraft(postKey).body);

        // Sign out: the page loses the session and says so.
        gh->signOutAction()->trigger();
        QTRY_VERIFY(gh->statusText().contains(QStringLiteral("not connected")));
        QVERIFY(drafts->noticeText().contains(QStringLiteral("Not signed in")));
        window.close();
    }
};

QTEST_MAIN(TestGitHubMatch)
#include "tst_githubmatch.moc"
