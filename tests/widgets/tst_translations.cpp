// The window in German and Japanese, offscreen: the menus, the clusters table's headers and the
// start page are translated from the compiled-in catalogues, Qt's own catalogue is loaded too,
// and no page squeezes a translated button or label below its text's size. The completeness
// of the .ts files is checked by scripts/test-extra-translations.sh.
#include "core/demo/bundleddemo.h"
#include "core/models/clustertablemodel.h"
#include "core/redaction/redactor.h"
#include "core/session/session.h"
#include "widgets/clusterspage.h"
#include "widgets/mainwindow.h"
#include "widgets/startpage.h"
#include "widgets/translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gardener;

namespace {

struct Texts
{
    QStringList menus;   // the menu bar's titles
    QStringList actions; // every action in those menus, in order
    QStringList headers; // the clusters table's column headers
    QStringList start;   // the start page's labels and buttons
};

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Texts collect()
    {
        const redaction::Redactor redactor;
        AppServices services;
        services.redactor = &redactor;
        services.rulesPath = m_dir.filePath(QStringLiteral("triage.rules"));
        services.worklogFolder = m_dir.filePath(QStringLiteral("worklogs"));
        services.draftsFolder = m_dir.filePath(QStringLiteral("drafts"));
        Session session;
        MainWindow window(&session, [] { return demo::bundledExport(); });
        window.setServices(services);
        window.show();
        Texts t;
        for (QAction *menu : window.menuBar()->actions()) {
            t.menus << menu->text();
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (!a->isSeparator())
                        t.actions << a->text();
        }
        const auto *model = window.clustersPage()->clusterModel();
        for (int c = 0; c < model->columnCount(); ++c)
            t.headers << model->headerData(c, Qt::Horizontal).toString();
        for (auto *label : window.startPage()->findChildren<QLabel *>())
            if (!label->text().isEmpty())
                t.start << label->text();
        for (auto *button : window.startPage()->findChildren<QPushButton *>())
            t.start << button->text();
        return t;
    }

    static void compareAll(const QStringList &english, const QStringList &translated,
                           const char *what)
    {
        QCOMPARE(translated.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i) {
            if (english[i] == QLatin1String("Log Gardener")) // the name stays
                continue;
            QVERIFY2(translated[i] != english[i],
                     qPrintable(QStringLiteral("%1 not translated: \"%2\"")
                                    .arg(QLatin1String(what), english[i])));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogGardenerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { removeTranslators(); }

    void englishNeedsNoCatalogue()
    {
        QVERIFY(!installTranslations(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(collect().menus.value(0), QStringLiteral("&File"));
    }

    void windowIsTranslated_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("priorityHeader");
        QTest::addColumn<QString>("openButton");
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("&Datei")
                            << QStringLiteral("Priorität") << QStringLiteral("Export ö&ffnen …");
        QTest::newRow("ja") << QStringLiteral("ja_JP") << QStringLiteral("ファイル(&F)")
                            << QStringLiteral("優先度")
                            << QStringLiteral("エクスポートを開く(&O)…");
    }

    void windowIsTranslated()
    {
        QFETCH(QString, locale);
        QFETCH(QString, fileMenu);
        QFETCH(QString, priorityHeader);
        QFETCH(QString, openButton);

        const Texts english = collect();
        QVERIFY(english.actions.size() > 15);
        QVERIFY(english.headers.contains(QStringLiteral("Priority")));

        QVERIFY2(installTranslations(qApp, QLocale(locale)), "the compiled-in catalogue loads");
        const Texts translated = collect();
        compareAll(english.menus, translated.menus, "menu");
        compareAll(english.actions, translated.actions, "action"); // includes Qt's "What's This?"
        compareAll(english.headers, translated.headers, "header");
        compareAll(english.start, translated.start, "start page text");

        QCOMPARE(translated.menus.value(0), fileMenu);
        QCOMPARE(translated.headers.value(ClusterTableModel::PriorityColumn), priorityHeader);
        QVERIFY2(translated.start.contains(openButton),
                 qPrintable(translated.start.join(QLatin1Char('|'))));
    }

    void pagesFitTheirTexts_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en_US");
        QTest::newRow("de") << QStringLiteral("de_DE");
        QTest::newRow("ja") << QStringLiteral("ja_JP");
    }

    // Longer German and CJK texts must not squeeze a button, check box or label below the
    // size its text needs. GARDENER_L10N_SHOTS=DIR also saves every page as DIR/LANG-N.png.
    void pagesFitTheirTexts()
    {
        QFETCH(QString, locale);
        installTranslations(qApp, QLocale(locale));
        const redaction::Redactor redactor;
        AppServices services;
        services.redactor = &redactor;
        services.rulesPath = m_dir.filePath(QStringLiteral("triage.rules"));
        services.worklogFolder = m_dir.filePath(QStringLiteral("worklogs"));
        services.draftsFolder = m_dir.filePath(QStringLiteral("drafts"));
        Session session;
        MainWindow window(&session, [] { return demo::bundledExport(); });
        window.setServices(services);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&session, &Session::loadFinished);
        window.openDemo();
        QVERIFY(finished.wait(60000));

        const QString shots = qEnvironmentVariable("GARDENER_L10N_SHOTS");
        QStringList squeezed;
        int shot = 0;
        const auto check = [&](QWidget *page) {
            QCoreApplication::processEvents();
            for (QWidget *w : page->findChildren<QWidget *>()) {
                const bool texty =
                    (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w)) &&
                    !w->property("text").toString().isEmpty() && !w->property("wordWrap").toBool();
                if (!texty || !w->isVisibleTo(&window))
                    continue;
                if (w->width() < w->minimumSizeHint().width())
                    squeezed << QStringLiteral("%1 (%2 < %3 px)")
                                    .arg(w->property("text").toString())
                                    .arg(w->width())
                                    .arg(w->minimumSizeHint().width());
            }
            if (!shots.isEmpty())
                window.grab().save(
                    QDir(shots).filePath(QStringLiteral("%1-%2.png").arg(locale).arg(shot++)));
        };
        auto *stack = window.findChild<QStackedWidget *>();
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            check(stack->widget(i));
        }
        // The clusters page's tabs (details, entries, history) with a cluster selected.
        stack->setCurrentWidget(window.clustersPage());
        QTabWidget *tabs = window.clustersPage()->tabs();
        window.clustersPage()->clusterTable()->selectRow(0);
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            check(window.clustersPage());
        }
        QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(QStringLiteral("; "))));
    }

    void systemLocaleIsFollowed()
    {
        // main() passes QLocale::system(), which follows LANGUAGE and LANG. Under ctest this runs
        // twice: with LANG=C.UTF-8 (English, no catalogue) and as tst_translations_system_locale
        // with LANGUAGE=de over LANG=C.UTF-8, which must give German.
        const bool german =
            QLocale::system().uiLanguages().value(0).startsWith(QLatin1String("de"));
        // The second run says what its environment must give, so it cannot pass as English.
        if (qEnvironmentVariable("GARDENER_EXPECT_LANGUAGE") == QLatin1String("de"))
            QVERIFY2(german, qPrintable(QLocale::system().uiLanguages().join(QLatin1Char(','))));
        QCOMPARE(installTranslations(qApp), german);
        QCOMPARE(collect().menus.value(0),
                 german ? QStringLiteral("&Datei") : QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
