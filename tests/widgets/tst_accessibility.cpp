// Keyboard and screen-reader basics over the whole window, offscreen: every focusable control
// of every page has an accessible name (its text, a buddy label or an explicit name), every menu
// action can be reached from the keyboard (mnemonic or shortcut), the custom-painted widgets
// describe themselves, Tab moves through each page in reading order, Alt+letter mnemonics do
// not clash (in English, German and Japanese), and icons are scalable.
#include "core/demo/bundleddemo.h"
#include "core/github/account.h"
#include "core/models/clustertablemodel.h"
#include "core/redaction/redactor.h"
#include "core/secrets/memorybackend.h"
#include "core/secrets/secretstore.h"
#include "core/session/session.h"
#include "widgets/appstyle.h"
#include "widgets/clusterspage.h"
#include "widgets/loadingbar.h"
#include "widgets/mainwindow.h"
#include "widgets/startpage.h"
#include "widgets/timelinechartview.h"
#include "widgets/translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gardener;

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

// Controls a keyboard user can Tab to on this page, in focus-chain order.
QList<QWidget *> tabChain(QWidget *page)
{
    QList<QWidget *> chain;
    QWidget *start = page;
    QWidget *w = start->nextInFocusChain();
    for (int guard = 0; w != start && guard < 2000; ++guard, w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w) || !w->isVisibleTo(page->window()) || !w->isEnabled())
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || w->focusProxy())
            continue;
        if (qobject_cast<QScrollBar *>(w))
            continue;
        chain << w;
    }
    return chain;
}

bool hasMnemonic(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return t.contains(QLatin1Char('&'));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    redaction::Redactor m_redactor;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    QList<QWidget *> pages() const
    {
        auto *stack = m_window->findChild<QStackedWidget *>();
        QList<QWidget *> out;
        for (int i = 0; i < stack->count(); ++i)
            out << stack->widget(i);
        return out;
    }
    void show(QWidget *page)
    {
        m_window->findChild<QStackedWidget *>()->setCurrentWidget(page);
        QCoreApplication::processEvents();
    }

private slots:
    void cleanup()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QVERIFY(m_dir.isValid());
        AppServices services;
        services.redactor = &m_redactor;
        services.rulesPath = m_dir.filePath(QStringLiteral("triage.rules"));
        services.worklogFolder = m_dir.filePath(QStringLiteral("worklogs"));
        services.draftsFolder = m_dir.filePath(QStringLiteral("drafts"));
        m_session = std::make_unique<Session>();
        m_window =
            std::make_unique<MainWindow>(m_session.get(), [] { return demo::bundledExport(); });
        m_window->setServices(services);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void everyFocusableControlHasAName()
    {
        // First the start page as a new user sees it, then every page with the demo open.
        QStringList missing;
        int checked = 0;
        const auto check = [&](QWidget *page) {
            show(page);
            for (QWidget *w : tabChain(page))
                if (++checked; accessibleName(w).isEmpty())
                    missing << QStringLiteral("%1 in %2").arg(describe(w), describe(page));
        };
        check(m_window->startPage());
        QSignalSpy finished(m_session.get(), &Session::loadFinished);
        m_window->openDemo();
        QVERIFY(finished.wait(60000));
        for (QWidget *page : pages())
            check(page);
        QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }

    void everyMenuActionHasAKey()
    {
        QStringList missing;
        int checked = 0;
        for (QAction *top : m_window->menuBar()->actions()) {
            if (!hasMnemonic(top->text()))
                missing << top->text();
            if (!top->menu())
                continue;
            for (QAction *a : top->menu()->actions()) {
                if (a->isSeparator())
                    continue;
                ++checked;
                if (!hasMnemonic(a->text()) && a->shortcut().isEmpty())
                    missing << a->text();
            }
        }
        QVERIFY(checked > 15);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void customWidgetsDescribeThemselves()
    {
        auto *chart = m_window->findChild<TimelineChartView *>();
        QVERIFY(chart);
        QVERIFY(!accessibleName(chart).isEmpty());
        QVERIFY(!chart->whatsThis().isEmpty());
        QVERIFY(!accessibleName(m_window->loadingBar()).isEmpty());

        // The severity bars and sparklines are painted; their cells still read as text.
        const auto *model = m_window->clustersPage()->clusterModel();
        QVERIFY(model->rowCount() > 0);
        const QString severity = model->index(0, ClusterTableModel::SeverityColumn)
                                     .data(Qt::AccessibleTextRole)
                                     .toString();
        QVERIFY2(severity.contains(QLatin1String("ERROR")) ||
                     severity.contains(QLatin1String("WARNING")),
                 qPrintable(severity));
        QVERIFY(!model->index(0, ClusterTableModel::TimelineColumn)
                     .data(Qt::AccessibleTextRole)
                     .toString()
                     .isEmpty());
    }

    void chartTimeRangeByKeyboard()
    {
        auto *chart = m_window->findChild<TimelineChartView *>();
        show(m_window->clustersPage());
        QSignalSpy picked(chart, &TimelineChartView::timeRangeSelected);
        QTest::keyClick(chart, Qt::Key_Right);
        QCOMPARE(picked.size(), 1);
        const qint64 from = chart->selectedFromMs();
        const qint64 oneInterval = chart->selectedToMs() - from;
        QVERIFY(oneInterval > 0);
        QTest::keyClick(chart, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(chart->selectedFromMs(), from);
        QCOMPARE(chart->selectedToMs() - from, 2 * oneInterval);
        QTest::keyClick(chart, Qt::Key_Right); // moves on, one interval again
        QCOMPARE(chart->selectedFromMs(), from + 2 * oneInterval);
        QTest::keyClick(chart, Qt::Key_Escape);
        QCOMPARE(picked.last().at(0).toLongLong(), 0);
        QCOMPARE(chart->selectedToMs(), 0);
        QCOMPARE(picked.size(), 4);
    }

    void iconsAreSharpAtHighDpi()
    {
        // The bundled icons are SVG, so a 200 % screen gets them drawn at twice the pixels
        // rather than a blurred upscale of a small bitmap.
        for (const char *name : {"open", "demo", "recent", "close", "filter", "clear", "merge",
                                 "details", "entries", "chart", "copy", "cancel", "loggardener"}) {
            const QIcon icon = style::icon(name);
            const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
            QVERIFY2(!pixmap.isNull(), name);
            QCOMPARE(pixmap.size(), QSize(32, 32));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        }
    }

    void mnemonicsDoNotClash_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("de") << QStringLiteral("de_DE");
        QTest::newRow("ja") << QStringLiteral("ja_JP");
    }

    // Alt+letter must do one thing: on each page (and each clusters tab) the menu bar, buttons,
    // buddy labels and tabs that are visible together use different letters, in every language;
    // so do the items of each menu. With the GitHub menu and the start page's recent files shown.
    void mnemonicsDoNotClash()
    {
        QFETCH(QString, locale);
        installTranslations(qApp, QLocale(locale));
        secrets::SecretStore store(std::make_unique<secrets::MemoryBackend>());
        github::GitHubAccount account(&store, &m_redactor,
                                      m_dir.filePath(QStringLiteral("github")));
        AppServices services;
        services.redactor = &m_redactor;
        services.rulesPath = m_dir.filePath(QStringLiteral("triage.rules"));
        services.worklogFolder = m_dir.filePath(QStringLiteral("worklogs"));
        services.draftsFolder = m_dir.filePath(QStringLiteral("drafts"));
        services.githubAccount = &account;
        Session session;
        MainWindow window(&session, [] { return demo::bundledExport(); });
        window.setServices(services);
        window.startPage()->setRecentFiles({m_dir.filePath(QStringLiteral("export.json"))});
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("gitHubMenu")));

        QStringList clashes;
        for (QAction *top : window.menuBar()->actions()) {
            if (!top->menu())
                continue;
            QMultiMap<QChar, QString> keys;
            for (QAction *a : top->menu()->actions()) {
                const QString t = QString(a->text()).remove(QStringLiteral("&&"));
                const qsizetype at = t.indexOf(QLatin1Char('&'));
                if (at >= 0 && at + 1 < t.size())
                    keys.insert(t.at(at + 1).toLower(), a->text());
            }
            for (const QChar &key : keys.uniqueKeys())
                if (keys.count(key) > 1)
                    clashes << QStringLiteral("menu %1: Alt+%2 for %3")
                                   .arg(top->text(), key,
                                        QStringList(keys.values(key)).join(QStringLiteral(", ")));
        }
        const auto check = [&](const QString &where) {
            QCoreApplication::processEvents();
            QMultiMap<QChar, QString> keys;
            const auto add = [&](const QString &text) {
                const QString t = QString(text).remove(QStringLiteral("&&"));
                const qsizetype at = t.indexOf(QLatin1Char('&'));
                if (at >= 0 && at + 1 < t.size())
                    keys.insert(t.at(at + 1).toLower(), text);
            };
            for (QAction *menu : window.menuBar()->actions())
                add(menu->text());
            for (QWidget *w : window.findChildren<QWidget *>()) {
                if (!w->isVisibleTo(&window) || w->window() != &window)
                    continue;
                if (auto *button = qobject_cast<QAbstractButton *>(w))
                    add(button->text());
                else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                    add(label->text());
                else if (auto *bar = qobject_cast<QTabBar *>(w))
                    for (int i = 0; i < bar->count(); ++i)
                        add(bar->tabText(i));
            }
            for (const QChar &key : keys.uniqueKeys())
                if (keys.count(key) > 1)
                    clashes << QStringLiteral("%1: Alt+%2 for %3")
                                   .arg(where, key,
                                        QStringList(keys.values(key)).join(QStringLiteral(", ")));
        };
        auto *stack = window.findChild<QStackedWidget *>();
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            check(QString::fromLatin1(stack->currentWidget()->metaObject()->className()));
        }
        // A key sequence shared by two window actions triggers neither (Qt reports an
        // ambiguous overload and drops the key press).
        QMultiMap<QString, QString> shortcuts;
        for (QAction *a : window.findChildren<QAction *>())
            for (const QKeySequence &key : a->shortcuts())
                if (!key.isEmpty())
                    shortcuts.insert(key.toString(QKeySequence::PortableText), a->text());
        for (const QString &key : shortcuts.uniqueKeys())
            if (shortcuts.count(key) > 1)
                clashes << QStringLiteral("shortcut %1 for %2")
                               .arg(key,
                                    QStringList(shortcuts.values(key)).join(QStringLiteral(", ")));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    // Tab leaves the clusters table for the next control instead of walking its cells (and
    // then changing the selected cluster); the arrow keys move within it.
    void tabLeavesTheClustersTable()
    {
        QSignalSpy finished(m_session.get(), &Session::loadFinished);
        m_window->openDemo();
        QVERIFY(finished.wait(60000));
        QTableView *table = m_window->clustersPage()->clusterTable();
        show(m_window->clustersPage());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
        table->selectRow(0);
        const QModelIndex selected = table->currentIndex();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY2(!table->hasFocus(), "Tab stayed in the clusters table");
        QCOMPARE(table->currentIndex().row(), selected.row());
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), selected.row() + 1);
    }

    void tabFollowsReadingOrder()
    {
        // Tab never jumps back up to a control above and not to the right of the current one
        // (columns side by side are read left column first).
        QStringList wrong;
        for (QWidget *page : pages()) {
            show(page);
            const QList<QWidget *> chain = tabChain(page);
            for (qsizetype i = 1; i < chain.size(); ++i) {
                const QRect a(chain[i - 1]->mapTo(m_window.get(), QPoint()), chain[i - 1]->size());
                const QRect b(chain[i]->mapTo(m_window.get(), QPoint()), chain[i]->size());
                if (b.bottom() < a.top() && b.left() < a.right())
                    wrong << QStringLiteral("%1 at (%3,%4) -> %2 at (%5,%6)")
                                 .arg(describe(chain[i - 1]), describe(chain[i]))
                                 .arg(a.x())
                                 .arg(a.y())
                                 .arg(b.x())
                                 .arg(b.y());
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
