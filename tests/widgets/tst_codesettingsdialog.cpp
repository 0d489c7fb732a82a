// The code mappings editor: reads the settings file, edits rows, validates and saves it.
#include "widgets/codesettingsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;
using namespace gardener::evidence;

class TestCodeSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void editsAndSaves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code-settings.json"));
        CodeSettings s;
        s.repos.insert(QStringLiteral("api"),
                       CodeRepo{QStringLiteral("acme/shop"), QStringLiteral("https://github.com"),
                                QStringLiteral("main")});
        s.mappings = {{QStringLiteral("api"), CodeMapping::Kind::Module,
                       QStringLiteral("netra_backend.app."), QStringLiteral("netra_backend/app/")}};
        QVERIFY(s.save(path).has_value());

        CodeSettingsDialog dialog(path);
        QCOMPARE(dialog.repositories()->rowCount(), 1);
        QCOMPARE(dialog.repositories()->item(0, 1)->text(), QStringLiteral("acme/shop"));
        QCOMPARE(dialog.mappings()->rowCount(), 1);
        auto *kind = qobject_cast<QComboBox *>(dialog.mappings()->cellWidget(0, 1));
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("module"));

        // Add a path mapping through the button, as a user would.
        const auto buttons = dialog.findChildren<QPushButton *>();
        auto addMapping = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text().contains(QLatin1String("Mapping"));
        });
        QVERIFY(addMapping != buttons.end());
        (*addMapping)->click();
        QCOMPARE(dialog.mappings()->rowCount(), 2);
        dialog.mappings()->item(1, 2)->setText(QStringLiteral("/app/"));
        QVERIFY(dialog.save());

        const auto back = CodeSettings::load(path);
        QVERIFY(back.has_value());
        QCOMPARE(back->mappings.size(), 2);
        QCOMPARE(back->mappings[1].kind, CodeMapping::Kind::Path);
        QCOMPARE(back->mappings[1].from, QStringLiteral("/app/"));
        QCOMPARE(back->mappings[1].to, QString());
        QCOMPARE(back->repoFor(QStringLiteral("api")).repo, QStringLiteral("acme/shop"));
    }

    void badRowsAreNamedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code-settings.json"));
        CodeSettingsDialog dialog(path);
        const auto buttons = dialog.findChildren<QPushButton *>();
        auto addRepo = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text().contains(QLatin1String("Repository"));
        });
        QVERIFY(addRepo != buttons.end());
        (*addRepo)->click();
        dialog.repositories()->item(0, 0)->setText(QStringLiteral("api"));
        dialog.repositories()->item(0, 1)->setText(QStringLiteral("just-a-name"));
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("codeSettingsProblem"))->text(),
                 QStringLiteral("Repository row 1: \"just-a-name\" is not owner/name"));
        QVERIFY(!QFile::exists(path));
    }

    void unreadableFileIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code-settings.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        CodeSettingsDialog dialog(path);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("codeSettingsProblem"))
                    ->text()
                    .startsWith(QLatin1String("Could not read the settings: ")));
    }
};

QTEST_MAIN(TestCodeSettingsDialog)
#include "tst_codesettingsdialog.moc"
