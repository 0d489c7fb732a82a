// The app's GitHub side, offscreen, against the fake GitHub: the Connect dialog (personal
// access token into the real keychain and nowhere else, the device flow with slow_down, the
// permission check), the match chooser (marker match -> comment, closed -> reopen or a
// regression issue, nothing -> new issue), and the window: signing in hands the session to the
// Drafts page, Find on GitHub drafts for the selected cluster, and a post reaches GitHub once.
#include "clusterspage.h"
#include "demo/bundleddemo.h"
#include "draftreviewwidget.h"
#include "drafts/draftspage.h"
#include "fakegithub.h"
#include "github/githubaccount.h"
#include "github/githubactions.h"
#include "github/githubconnectdialog.h"
#include "github/githubtokenstore.h"
#include "github/matchchooserdialog.h"
#include "mainwindow.h"
#include "secrets/memorybackend.h"
#include "session/session.h"

#include <QAction>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gardener;
using namespace gardener::github;
using gardener::test::FakeGitHub;

namespace {

const QString Repo = QStringLiteral("octo/app");

QByteArray randomToken(const char *prefix)
{
    QByteArray t = prefix;
    const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 36; ++i)
        t += alphabet[QRandomGenerator::global()->bounded(62)];
    return t;
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        if (content.contains(needle) || content.contains(needle.toBase64()) || content.contains(needle.toHex()))
            hits << path;
    }
    return hits;
}

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
    return QStringLiteral("Seen in staging.\n\n") + marker::fingerprint(fingerprint) + QLatin1Char('\n');
}

// A keychain that cannot be reached (no Secret Service), as on a machine without one.
class NoKeychain final : public secrets::SecretBackend
{
public:
    QString name() const override { return QStringLiteral("no keychain"); }
    bool persistent() const override { return true; }
    void read(const QString &, const QString &, secrets::BackendCallback done) override { done(gone()); }
    void write(const QString &, const QString &, const QByteArray &, secrets::BackendCallback done) override
    {
        done(gone());
    }
    void remove(const QString &, const QString &, secrets::BackendCallback done) override { done(gone()); }

private:
    static secrets::BackendReply gone()
    {
        return {secrets::BackendReply::Unavailable, {}, QStringLiteral("The name org.freedesktop.secrets was not provided")};
    }
};

template <typename T>
T waitFor(std::optional<T> &value)
{
    if (!QTest::qWaitFor([&] { return value.has_value(); }, 15000))
        qFatal("no answer within 15 s");
    return *value;
}

} // namespace

class TestGitHubUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_fake;
    std::unique_ptr<QTemporaryDir> m_dir;
    redaction::Redactor m_redactor;

    // An account over an in-memory secret store (no keychain needed).
    std::unique_ptr<secrets::SecretStore> memoryStore()
    {
        return std::make_unique<secrets::SecretStore>(std::make_unique<secrets::MemoryBackend>());
    }
    std::unique_ptr<GitHubAccount> account(secrets::SecretStore *store, const QString &dataDir = {})
    {
        auto a = std::make_unique<GitHubAccount>(store, &m_redactor,
                                                 dataDir.isEmpty() ? m_dir->filePath(QStringLiteral("github")) : dataDir);
        GitHubClient::Config defaults;
        defaults.timeoutMs = 5000;
        defaults.writeSpacingMs = 0;
        a->setClientDefaults(defaults);
        return a;
    }
    void fillWhere(GitHubConnectDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.hostEdit()->setText(m_fake->apiBase().toString());
        dialog.repoEdit()->setText(Repo);
    }
    std::unique_ptr<GitHubSession> session(const QByteArray &token)
    {
        GitHubSession::Options o;
        o.api.apiBase = m_fake->apiBase();
        o.api.token = token;
        o.api.timeoutMs = 5000;
        o.api.writeSpacingMs = 0;
        o.repo = Repo;
        o.dataDir = m_dir->filePath(QStringLiteral("github"));
        auto opened = GitHubSession::open(o, &m_redactor);
        return opened ? std::move(*opened) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_githubui"));
        for (const char *v : {"GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"})
            qunsetenv(v);
    }

    void init()
    {
        QSettings().clear();
        // GHES style: the API under /api/v3, the device flow at the server's root.
        m_fake = std::make_unique<FakeGitHub>(QStringLiteral("/api/v3"));
        QVERIFY(m_fake->listen());
        m_fake->addRepo(Repo);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_fake.reset();
        m_dir.reset();
    }

    void hostTextBecomesApiBase()
    {
        QCOMPARE(*GitHubProfile::apiBaseFromText(QStringLiteral("github.com")), QUrl(QStringLiteral("https://api.github.com")));
        QCOMPARE(*GitHubProfile::apiBaseFromText(QStringLiteral("ghe.example.com")),
                 QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
        QCOMPARE(*GitHubProfile::apiBaseFromText(QStringLiteral("https://ghe.example.com/api/v3/")),
                 QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
        QVERIFY(!GitHubProfile::apiBaseFromText(QStringLiteral("http://ghe.example.com")).has_value());
        GitHubProfile p;
        p.apiBase = QUrl(QStringLiteral("https://ghe.example.com/api/v3"));
        QCOMPARE(p.webBase(), QUrl(QStringLiteral("https://ghe.example.com")));
        QVERIFY(p.isEnterprise());
    }

    void patSignInKeepsTheTokenInTheKeychainOnly()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run with a private session and an unlocked gnome-keyring "
                  "(scripts/run-tests.sh).");
        const QString home = QDir::homePath();
        if (!home.startsWith(QDir::tempPath()))
            QSKIP("HOME is not a throw-away directory: this test scans every file under HOME.");

        const QByteArray token = randomToken("ghp_");
        m_fake->requiredToken = token;
        const QString dataDir = QDir(home).filePath(QStringLiteral(".local/share/tst_githubui/github"));
        {
            secrets::SecretStore store; // the real keychain
            auto acc = account(&store, dataDir);
            GitHubConnectDialog dialog(acc.get());
            fillWhere(dialog);
            dialog.methodTabs()->setCurrentIndex(1);
            dialog.tokenEdit()->setText(QString::fromLatin1(token));
            QVERIFY(!dialog.connectButton()->isEnabled());
            QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.access().has_value(), 10000);
            QVERIFY2(dialog.accessText().contains(QStringLiteral("Can read octo/app")), qPrintable(dialog.accessText()));
            QVERIFY(dialog.accessText().contains(QStringLiteral("Can set labels")));
            QVERIFY(dialog.connectButton()->isEnabled());
            QSignalSpy connected(&dialog, &GitHubConnectDialog::connected);
            QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
            QVERIFY2(acc->session(), qPrintable(dialog.statusText()));
            QCOMPARE(acc->tokenSource(), QStringLiteral("keychain"));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(dialog.tokenEdit()->text().isEmpty());
        }
        QSettings().sync();

        // As after a restart: the saved profile and the keychain give a session again.
        {
            secrets::SecretStore store;
            auto acc = account(&store, dataDir);
            std::optional<Result<bool>> restored;
            acc->restore([&](Result<bool> r) { restored = r; });
            const auto r = waitFor(restored);
            QVERIFY2(r.has_value() && *r, r ? "no session" : qPrintable(r.error().what));
            QCOMPARE(acc->profile().repo, Repo);
            QCOMPARE(acc->session()->options().api.token, token);
            QCOMPARE(acc->tokenSource(), QStringLiteral("keychain"));
            std::optional<Result<RepoAccess>> access;
            acc->session()->checkAccess([&](Result<RepoAccess> a) { access = a; });
            QVERIFY(waitFor(access).has_value());

            const QStringList hits = filesContaining(home, token);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));

            // Sign out removes it from the keychain.
            std::optional<Result<void>> out;
            acc->signOut([&](Result<void> r2) { out = r2; });
            QVERIFY(waitFor(out).has_value());
            QVERIFY(!acc->session());
        }
        secrets::SecretStore store;
        std::optional<Result<ResolvedToken>> after;
        GitHubTokenStore(&store).load(m_fake->apiBase(), [&](Result<ResolvedToken> r) { after = r; });
        const auto a = waitFor(after);
        QVERIFY(a.has_value());
        QVERIFY(a->token.isEmpty());
    }

    void deviceFlowHonoursSlowDown()
    {
        const QByteArray token = randomToken("gho_");
        m_fake->requiredToken = token;
        m_fake->deviceInterval = 1;
        m_fake->deviceScript = {QStringLiteral("authorization_pending"), QStringLiteral("slow_down"),
                                QStringLiteral("authorization_pending"), QStringLiteral("token:") + QString::fromLatin1(token)};
        auto store = memoryStore();
        auto acc = account(store.get());
        GitHubConnectDialog dialog(acc.get());
        dialog.setDeviceFlowIntervalScale(0.05); // 1 s -> 50 ms; after slow_down 6 s -> 300 ms
        fillWhere(dialog);
        dialog.clientIdEdit()->setText(QStringLiteral("Iv1.testclient"));
        QTest::mouseClick(dialog.startDeviceButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.userCode(), QStringLiteral("ABCD-1234"), 10000);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("openPageButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.access().has_value(), 15000);
        QVERIFY(!dialog.deviceFlowRunning() || QTest::qWaitFor([&] { return !dialog.deviceFlowRunning(); }));
        const QList<qint64> polls = m_fake->devicePollElapsedMs;
        QCOMPARE(polls.size(), 4);
        // The waits after slow_down are longer than before it.
        QVERIFY2(polls[2] - polls[1] >= 250, qPrintable(QStringLiteral("%1").arg(polls[2] - polls[1])));
        QVERIFY2(polls[1] - polls[0] < 250, qPrintable(QStringLiteral("%1").arg(polls[1] - polls[0])));
        QVERIFY(dialog.connectButton()->isEnabled());
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(acc->session() != nullptr, 10000);
        QCOMPARE(acc->session()->options().api.token, token);
        QCOMPARE(acc->profile().clientId, QStringLiteral("Iv1.testclient"));
        QCOMPARE(QSettings().value(QStringLiteral("github/clientId")).toString(), QStringLiteral("Iv1.testclient"));
        QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QString::fromLatin1(token)));
    }

    void cancelStopsTheDeviceFlow()
    {
        m_fake->deviceInterval = 1;
        m_fake->deviceScript = QStringList(50, QStringLiteral("authorization_pending"));
        auto store = memoryStore();
        auto acc = account(store.get());
        GitHubConnectDialog dialog(acc.get());
        dialog.setDeviceFlowIntervalScale(0.05);
        fillWhere(dialog);
        dialog.clientIdEdit()->setText(QStringLiteral("Iv1.testclient"));
        QTest::mouseClick(dialog.startDeviceButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.userCode().isEmpty(), 10000);
        dialog.reject();
        QVERIFY(!dialog.deviceFlowRunning());
        const qsizetype polls = m_fake->devicePollElapsedMs.size();
        QTest::qWait(300);
        QCOMPARE(m_fake->devicePollElapsedMs.size(), polls);
        QVERIFY(!acc->session());
    }

    void noKeychainKeepsTheTokenForThisSessionAndSaysSo()
    {
        const QByteArray token = randomToken("ghp_");
        m_fake->requiredToken = token;
        secrets::SecretStore store(std::make_unique<NoKeychain>());
        auto acc = account(&store);
        GitHubConnectDialog dialog(acc.get());
        fillWhere(dialog);
        dialog.methodTabs()->setCurrentIndex(1);
        dialog.tokenEdit()->setText(QString::fromLatin1(token));
        QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.connectButton()->isEnabled(), 10000);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(acc->session() != nullptr, 10000);
        QCOMPARE(acc->tokenSource(), QStringLiteral("session"));
        // The dialog stays open and says so, until the user closes it.
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("kept for this session only")), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.connectButton()->text(), QStringLiteral("&Done"));
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QStringList hits = filesContaining(m_dir->path(), token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

    void permissionCheckSaysNoPushAccess()
    {
        const QByteArray token = randomToken("github_pat_");
        m_fake->requiredToken = token;
        FakeGitHub::Repo *repo = m_fake->repo(Repo);
        repo->push = false;
        repo->triage = false;
        auto store = memoryStore();
        auto acc = account(store.get());
        GitHubConnectDialog dialog(acc.get());
        fillWhere(dialog);
        dialog.methodTabs()->setCurrentIndex(1);

        dialog.tokenEdit()->setText(QStringLiteral("ghp_wrongwrongwrongwrongwrongwrongwrong"));
        QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.accessText().contains(QStringLiteral("cannot be used")), 10000);
        QVERIFY(!dialog.connectButton()->isEnabled());

        dialog.tokenEdit()->setText(QString::fromLatin1(token));
        QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.access().has_value(), 10000);
        QVERIFY2(dialog.accessText().contains(QStringLiteral("Labels will be dropped: no push access")),
                 qPrintable(dialog.accessText()));
        QVERIFY(dialog.accessText().contains(QStringLiteral("Can write issues")));
        QVERIFY(dialog.connectButton()->isEnabled()); // issues still work, without labels

        // Another repository invalidates the check.
        dialog.repoEdit()->setText(QStringLiteral("octo/other"));
        Q_EMIT dialog.repoEdit()->textEdited(dialog.repoEdit()->text());
        QVERIFY(!dialog.connectButton()->isEnabled());
    }

    void matchChooserDraftsWhatTheUserChose()
    {
        const QByteArray token = randomToken("ghp_");
        m_fake->requiredToken = token;
        const QStringList appLabels{QStringLiteral("log-gardener"), QStringLiteral("P3")};
        const int open = m_fake->seedIssue(Repo, QStringLiteral("Payment webhook timeout"), markedBody(QStringLiteral("fpopen")),
                                           appLabels);
        const int closed = m_fake->seedIssue(Repo, QStringLiteral("Cache stampede on deploy"),
                                             markedBody(QStringLiteral("fpclosed")), appLabels, QStringLiteral("closed"));
        auto s = session(token);
        QVERIFY(s);

        QList<MatchChooserDialog::Item> items;
        for (const auto &[fp, name] : {std::pair{QStringLiteral("fpopen"), QStringLiteral("Payment webhook timeout")},
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
        QVERIFY2(dialog.verdictText().contains(QStringLiteral("open issue")), qPrintable(dialog.verdictText()));
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
        QVERIFY2(dialog.verdictText().contains(QStringLiteral("regression")), qPrintable(dialog.verdictText()));
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
        QVERIFY2(linking->title.startsWith(QStringLiteral("GCP-regression")), qPrintable(linking->title));
        QVERIFY(linking->body.contains(QStringLiteral("#%1").arg(closed)));

        // 4: nothing anywhere -> a new issue; search was used, and the dialog says it may lag.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.currentItem() == 3 && !dialog.isSearching(), 10000);
        QVERIFY2(dialog.verdictText().contains(QStringLiteral("file a new issue")), qPrintable(dialog.verdictText()));
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
        QCOMPARE(m_fake->issueCount(Repo), 2); // choosing drafts; nothing was posted

        // Posting the reviewed reopen draft comments once and reopens the issue.
        std::optional<Result<PostOutcome>> posted;
        s->post(*reopen, {}, [&](Result<PostOutcome> r) { posted = r; });
        const auto p = waitFor(posted);
        QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().what));
        QCOMPARE(m_fake->repo(Repo)->issues[closed - 1].state, QStringLiteral("open"));
        QCOMPARE(m_fake->repo(Repo)->issues[closed - 1].comments.size(), 1);
    }

    void failedListingOffersNoNewIssue()
    {
        auto s = session("not-the-token");
        m_fake->requiredToken = "the-token";
        MatchChooserDialog::Item item;
        item.name = QStringLiteral("Anything");
        item.input = input(QStringLiteral("fpx"), item.name);
        item.query.repo = Repo;
        item.query.fingerprint = QStringLiteral("fpx");
        MatchChooserDialog dialog(s.get(), {item});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSearching(), 10000);
        QVERIFY2(dialog.verdictText().contains(QStringLiteral("Cannot tell")), qPrintable(dialog.verdictText()));
        QVERIFY(!dialog.choiceButton(MatchChooserDialog::NewChoice)->isEnabled());
        QVERIFY(!dialog.createButton()->isEnabled());
    }

    // The pictures in docs/github.md: GARDENER_SCREENSHOT_DIR=DIR tst_githubui screenshots
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("GARDENER_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("Set GARDENER_SCREENSHOT_DIR to write the dialogs' pictures.");
        QVERIFY(QDir().mkpath(dir));
        const QByteArray token = randomToken("ghp_");
        m_fake->requiredToken = token;
        m_fake->repo(Repo)->push = false;
        m_fake->repo(Repo)->triage = false;
        m_fake->deviceInterval = 5;
        m_fake->deviceScript = QStringList(20, QStringLiteral("authorization_pending"));
        auto store = memoryStore();
        auto acc = account(store.get());
        {
            GitHubConnectDialog dialog(acc.get());
            fillWhere(dialog);
            dialog.clientIdEdit()->setText(QStringLiteral("Iv1.8a61f9b3a7aba766"));
            QTest::mouseClick(dialog.startDeviceButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.userCode().isEmpty(), 10000);
            QTest::qWait(1200); // the status line's countdown
            dialog.hostEdit()->setText(QStringLiteral("github.com")); // not the test port
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("github-connect-device.png"))));
            dialog.reject();
        }
        {
            GitHubConnectDialog dialog(acc.get());
            fillWhere(dialog);
            dialog.methodTabs()->setCurrentIndex(1);
            dialog.tokenEdit()->setText(QString::fromLatin1(token));
            QTest::mouseClick(dialog.checkTokenButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.access().has_value(), 10000);
            dialog.hostEdit()->setText(QStringLiteral("https://github.example.com/api/v3")); // not the test port
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("github-connect.png"))));
        }
        const QStringList labels{QStringLiteral("log-gardener"), QStringLiteral("P2"), QStringLiteral("regression")};
        m_fake->seedIssue(Repo, QStringLiteral("GCP-regression | P2 | Redis connection pool exhausted in session cache"),
                          markedBody(QStringLiteral("fpredis")), labels, QStringLiteral("closed"),
                          QDateTime::currentDateTimeUtc().addDays(-40));
        m_fake->seedIssue(Repo, QStringLiteral("Session cache: connection pool exhausted under load"),
                          QStringLiteral("Reported by support."), {QStringLiteral("bug")});
        auto s = session(token);
        QVERIFY(s);
        MatchChooserDialog::Item item;
        item.name = QStringLiteral("Redis connection pool exhausted in session cache");
        item.input = input(QStringLiteral("fpredis"), item.name);
        item.query.repo = Repo;
        item.query.fingerprint = QStringLiteral("fpredis");
        item.query.keyTerms = {QStringLiteral("connection"), QStringLiteral("pool"), QStringLiteral("exhausted")};
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
        m_fake->requiredToken = token;
        auto store = memoryStore();
        auto acc = account(store.get());
        Session appSession;
        MainWindow window(&appSession, [] { return demo::bundledExport(); });
        AppServices services;
        services.redactor = &m_redactor;
        services.githubAccount = acc.get();
        services.rulesPath = m_dir->filePath(QStringLiteral("triage.rules"));
        services.worklogFolder = m_dir->filePath(QStringLiteral("worklogs"));
        services.draftsFolder = m_dir->filePath(QStringLiteral("github/drafts"));
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
        profile.apiBase = m_fake->apiBase();
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

        // Post from the Drafts page; a second post is answered from the journal.
        QSignalSpy posted(drafts, &DraftsPage::draftPosted);
        QVERIFY(drafts->review()->canPost());
        QVERIFY(drafts->review()->post());
        QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 15000);
        QCOMPARE(m_fake->issueCount(Repo), 1);
        QCOMPARE(m_fake->createRequests(), 1);
        QVERIFY(drafts->review()->post());
        QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 2, 15000);
        QCOMPARE(m_fake->issueCount(Repo), 1);
        QCOMPARE(m_fake->createRequests(), 1);
        QCOMPARE(m_fake->repo(Repo)->issues.first().body, drafts->storedDraft(postKey).body);

        // Sign out: the page loses the session and says so.
        gh->signOutAction()->trigger();
        QTRY_VERIFY(gh->statusText().contains(QStringLiteral("not connected")));
        QVERIFY(drafts->noticeText().contains(QStringLiteral("Not signed in")));
        window.close();
    }
};

QTEST_MAIN(TestGitHubUi)
#include "tst_githubui.moc"
