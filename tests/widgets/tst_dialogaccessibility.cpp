// Keyboard and screen-reader basics of the Google Cloud and GitHub dialogs, offscreen, in English,
// German and Japanese: every focusable control on every tab has an accessible name, Alt+letter
// mnemonics that can be on screen together do not clash, and no button or label is squeezed
// below the width its text needs. The window-level checks live in tst_accessibility.
// GARDENER_SCREENSHOT_DIR: also saves each dialog there as NAME-LANG.png.
#include "core/gcp/googlecloudaccount.h"
#include "core/secrets/memorybackend.h"
#include "core/secrets/secretstore.h"
#include "core/session/session.h"
#include "tests/widgets/githubuifixture.h"
#include "widgets/gcp/collectdialog.h"
#include "widgets/gcp/connectdialog.h"
#include "widgets/github/matchchooserdialog.h"
#include "widgets/translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeWidget>

using namespace gardener;
using namespace gardener::test;

namespace {

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// On the current tab of every tab widget: a control on another tab is not on screen, one that
// is merely hidden for now (Stop Waiting, Resume, Sign Out) may show up next to the rest.
bool onCurrentTab(const QWidget *w, const QWidget *dialog)
{
    for (const QWidget *p = w; p && p != dialog; p = p->parentWidget())
        if (auto *stack = qobject_cast<const QStackedWidget *>(p->parentWidget());
            stack && stack->currentWidget() != p)
            return false;
    return true;
}

QChar mnemonic(const QString &text)
{
    const QString t = QString(text).remove(QStringLiteral("&&"));
    const qsizetype at = t.indexOf(QLatin1Char('&'));
    return at >= 0 && at + 1 < t.size() ? t.at(at + 1).toLower() : QChar();
}

struct Findings
{
    QStringList unnamed, clashes, squeezed;
    int controls = 0;
};

// Checks the dialog as it is now, for each tab of its tab widgets in turn.
void inspect(QDialog *dialog, const QString &where, Findings &out)
{
    const auto check = [&](const QString &state) {
        QCoreApplication::processEvents();
        QMultiMap<QChar, QString> keys;
        const auto add = [&](const QString &text) {
            if (const QChar key = mnemonic(text); !key.isNull())
                keys.insert(key, text);
        };
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if (w->window() != dialog || !onCurrentTab(w, dialog))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(button->text());
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                add(label->text());
            else if (auto *bar = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < bar->count(); ++i)
                    add(bar->tabText(i));

            if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() &&
                !qobject_cast<QScrollBar *>(w)) {
                ++out.controls;
                if (accessibleName(w).isEmpty())
                    out.unnamed << QStringLiteral("%1 in %2").arg(describe(w), where);
            }

            const bool texty = (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w)) &&
                               !w->property("text").toString().isEmpty() &&
                               !w->property("wordWrap").toBool();
            // A tab bar narrower than its tabs hides some behind scroll arrows.
            const int needed =
                qobject_cast<QTabBar *>(w) ? w->sizeHint().width() : w->minimumSizeHint().width();
            if ((texty || qobject_cast<QTabBar *>(w)) && w->isVisibleTo(dialog) &&
                w->width() < needed)
                out.squeezed << QStringLiteral("%1: %2 \"%3\" (%4 < %5 px)")
                                    .arg(where, describe(w), w->property("text").toString())
                                    .arg(w->width())
                                    .arg(needed);
        }
        for (const QChar &key : keys.uniqueKeys())
            if (keys.count(key) > 1)
                out.clashes << QStringLiteral("%1%2: Alt+%3 for %4")
                                   .arg(where, state, key,
                                        QStringList(keys.values(key)).join(QStringLiteral(", ")));
    };
    const QList<QTabWidget *> tabs = dialog->findChildren<QTabWidget *>();
    check(QString());
    for (QTabWidget *t : tabs) {
        const int was = t->currentIndex();
        for (int i = 0; i < t->count(); ++i) {
            t->setCurrentIndex(i);
            check(QStringLiteral(" (tab %1)").arg(t->tabText(i)));
        }
        t->setCurrentIndex(was);
    }
}

void shoot(QWidget *w, const QString &name, const QString &locale)
{
    const QString dir = qEnvironmentVariable("GARDENER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(
            QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, locale.left(2)))));
}

github::DraftInput draftInput(const QString &fingerprint, const QString &name)
{
    github::DraftInput in;
    in.fingerprint = fingerprint;
    in.name = name;
    in.priority = QStringLiteral("P2");
    in.count = 12;
    in.first = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    in.last = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    in.severities = {{QStringLiteral("ERROR"), 12}};
    return in;
}

} // namespace

class TestDialogAccessibility : public QObject
{
    Q_OBJECT
    GitHubUiFixture f;
    QNetworkAccessManager m_network;

private slots:
    void initTestCase() { GitHubUiFixture::initApp(QStringLiteral("tst_dialogaccessibility")); }
    void init() { QVERIFY(f.init()); }
    void cleanup()
    {
        f.cleanup();
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("de") << QStringLiteral("de_DE");
        QTest::newRow("ja") << QStringLiteral("ja_JP");
    }

    void dialogs()
    {
        QFETCH(QString, locale);
        QVERIFY(installTranslations(qApp, QLocale(locale)) ||
                locale.startsWith(QLatin1String("en")));
        Findings found;
        QSettings settings;
        auto store = GitHubUiFixture::memoryStore();

        {
            gcp::GoogleCloudAccount::Config config;
            config.network = &m_network;
            config.settings = &settings;
            config.collectionsFolder = f.dir->filePath(QStringLiteral("collections"));
            gcp::GoogleCloudAccount cloud(store.get(), config);
            gcp::ConnectDialog dialog(&cloud);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            inspect(&dialog, QStringLiteral("gcp::ConnectDialog"), found);
            shoot(&dialog, QStringLiteral("gcp-connect"), locale);
        }
        {
            Session session;
            gcp::GoogleCloudAccount::Config config;
            config.network = &m_network;
            config.settings = &settings;
            config.collectionsFolder = f.dir->filePath(QStringLiteral("collections"));
            gcp::GoogleCloudAccount cloud(store.get(), config);
            gcp::CollectDialog dialog(&session, &cloud);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            inspect(&dialog, QStringLiteral("gcp::CollectDialog"), found);
            shoot(&dialog, QStringLiteral("gcp-collect"), locale);
        }
        auto account = f.account(store.get());
        {
            GitHubConnectDialog dialog(account.get());
            QVERIFY(f.fillWhere(dialog));
            inspect(&dialog, QStringLiteral("GitHubConnectDialog"), found);
            shoot(&dialog, QStringLiteral("github-connect"), locale);
        }
        {
            const QByteArray token = randomToken("ghp_");
            f.fake->requiredToken = token;
            const QString body = QStringLiteral("Seen in staging.\n\n") +
                                 github::marker::fingerprint(QStringLiteral("fpclosed"));
            f.fake->seedIssue(GitHubUiRepo, QStringLiteral("Cache stampede on deploy"), body,
                              {QStringLiteral("log-gardener")}, QStringLiteral("closed"));
            auto session = f.session(token);
            QVERIFY(session);
            QList<MatchChooserDialog::Item> items;
            for (const QString &name :
                 {QStringLiteral("Cache stampede on deploy"), QStringLiteral("Brand new crash")}) {
                MatchChooserDialog::Item item;
                item.name = name;
                item.input = draftInput(QStringLiteral("fpclosed"), name);
                item.query.repo = GitHubUiRepo;
                item.query.fingerprint = QStringLiteral("fpclosed");
                item.query.keyTerms = name.split(QLatin1Char(' '));
                items << item;
            }
            MatchChooserDialog dialog(session.get(), items);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSearching(), 10000);
            QVERIFY(dialog.candidateList()->topLevelItemCount() > 0);
            inspect(&dialog, QStringLiteral("MatchChooserDialog"), found);
            shoot(&dialog, QStringLiteral("github-match"), locale);
        }

        QVERIFY2(found.controls > 40, qPrintable(QString::number(found.controls)));
        QVERIFY2(found.unnamed.isEmpty(), qPrintable(found.unnamed.join(QStringLiteral("; "))));
        QVERIFY2(found.clashes.isEmpty(), qPrintable(found.clashes.join(QStringLiteral("; "))));
        QVERIFY2(found.squeezed.isEmpty(), qPrintable(found.squeezed.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestDialogAccessibility)
#include "tst_dialogaccessibility.moc"
