#include "core/triage/rules.h"
#include "widgets/triage/triagerulespage.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gardener;

class TestTriageRulesPage : public QObject
{
    Q_OBJECT
private slots:
    void showsDefaultsWhenNoFile();
    void reportsErrorLineAndDisablesSave();
    void savesValidText();
};

void TestTriageRulesPage::showsDefaultsWhenNoFile()
{
    QTemporaryDir dir;
    TriageRulesPage page(dir.filePath(QStringLiteral("rules.txt")));
    QCOMPARE(page.text(), triage::RuleSet::defaultText());
    QVERIFY(page.isValid());
    const auto defaults = triage::RuleSet::parse(triage::RuleSet::defaultText());
    QVERIFY(defaults.has_value());
    QVERIFY(page.statusText().contains(QString::number(defaults->rules().size())));
}

void TestTriageRulesPage::reportsErrorLineAndDisablesSave()
{
    QTemporaryDir dir;
    TriageRulesPage page(dir.filePath(QStringLiteral("rules.txt")));
    auto *save = page.findChild<QPushButton *>(QStringLiteral("saveRules"));
    auto *editor = page.findChild<QPlainTextEdit *>(QStringLiteral("rulesEditor"));
    QVERIFY(save && editor);
    QVERIFY(save->isEnabled());

    const QString bad = QStringLiteral("# my rules\n[Loud errors]\nseverity >= ERROR\n"
                                       "loudness > 11\npriority = P1\n");
    const auto expected = triage::RuleSet::parse(bad, QStringLiteral("rules.txt"));
    QVERIFY(!expected.has_value());
    QCOMPARE(expected.error().line, 4);

    // Typed text is validated after a pause; Save is off as soon as the text changes.
    QSignalSpy validated(&page, &TriageRulesPage::validated);
    editor->setPlainText(bad);
    QVERIFY(!save->isEnabled());
    QTRY_VERIFY(validated.count() >= 1);
    QCOMPARE(validated.last().at(0).toBool(), false);
    QVERIFY(!page.isValid());
    QCOMPARE(page.errorLine(), 4);
    QVERIFY2(page.statusText().contains(QStringLiteral("4")), qPrintable(page.statusText()));
    QVERIFY(!save->isEnabled());
    QCOMPARE(editor->extraSelections().size(), 1);
    QCOMPARE(editor->extraSelections().first().cursor.blockNumber(), 3);
    QVERIFY(!page.save());
    QVERIFY(!QFile::exists(page.rulesPath()));

    page.restoreDefaults();
    QVERIFY(page.isValid());
    QVERIFY(save->isEnabled());
    QVERIFY(editor->extraSelections().isEmpty());
}

void TestTriageRulesPage::savesValidText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conf/rules.txt"));
    TriageRulesPage page(path);
    const QString good =
        QStringLiteral("[Everything critical]\nseverity >= CRITICAL\npriority = P0\n\n"
                       "[Chatty warnings]\nseverity <= WARNING\npriority = P5\n");
    QVERIFY(triage::RuleSet::parse(good).has_value());
    page.setText(good);
    QVERIFY(page.isValid());
    QSignalSpy changed(&page, &TriageRulesPage::rulesChanged);
    page.findChild<QPushButton *>(QStringLiteral("saveRules"))->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), good);

    // A new page on the same file shows what was saved.
    TriageRulesPage again(path);
    QCOMPARE(again.text(), good);
}

QTEST_MAIN(TestTriageRulesPage)
#include "tst_triagerulespage.moc"
