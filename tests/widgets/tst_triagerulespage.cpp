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
private Q_SLOTS:
    void showsDefaultsWhenNoFile();
    void reportsErrorLineAndDisablesSave();
    void savesValidText();
    void saveFailureSaysWhereAndWhat();
    void answerAfterThePageIsGoneIsDropped();
};

void TestTriageRulesPage::showsDefaultsWhenNoFile()
{
    QTemporaryDir dir;
    TriageRulesPage page(dir.filePath(QStringLiteral("rules.txt")));
    QTRY_VERIFY(!page.isBusy()); // read on a worker thread
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
    QTRY_VERIFY(!page.isBusy());
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
    QTRY_VERIFY(!page.isBusy());
    const QString good =
        QStringLiteral("[Everything critical]\nseverity >= CRITICAL\npriority = P0\n\n"
                       "[Chatty warnings]\nseverity <= WARNING\npriority = P5\n");
    QVERIFY(triage::RuleSet::parse(good).has_value());
    page.setText(good);
    QVERIFY(page.isValid());
    QSignalSpy changed(&page, &TriageRulesPage::rulesChanged);
    page.findChild<QPushButton *>(QStringLiteral("saveRules"))->click();
    QVERIFY(page.isBusy()); // written on a worker thread
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.count(), 1);
    QVERIFY(page.statusText().startsWith(QStringLiteral("Saved.")));
    QCOMPARE(changed.at(0).at(0).toString(), path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), good);

    // A new page on the same file shows what was saved.
    TriageRulesPage again(path);
    QSignalSpy loaded(&again, &TriageRulesPage::loaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(again.text(), good);
}

void TestTriageRulesPage::saveFailureSaysWhereAndWhat()
{
    QTemporaryDir dir;
    // A file stands where the rules' folder should be: the folder cannot be made.
    QFile blocker(dir.filePath(QStringLiteral("conf")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("conf/rules.txt"));
    TriageRulesPage page(path);
    QTRY_VERIFY(!page.isBusy());
    QSignalSpy changed(&page, &TriageRulesPage::rulesChanged);
    QVERIFY(page.save());
    QTRY_VERIFY(!page.isBusy());
    QVERIFY2(page.statusText().startsWith(QStringLiteral("Could not save")),
             qPrintable(page.statusText()));
    QVERIFY(page.statusText().contains(QDir::toNativeSeparators(dir.path())));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(page.text(), triage::RuleSet::defaultText()); // the edits stay
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("saveRules"))->isEnabled());
}

void TestTriageRulesPage::answerAfterThePageIsGoneIsDropped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.txt"));
    auto *page = new TriageRulesPage(path);
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(page->save());
    delete page; // closed while the file was being written
    // The write itself finishes; nothing is delivered to the page that is gone.
    QTRY_VERIFY(QFile::exists(path));
    page = new TriageRulesPage(path);
    delete page; // closed while the file was being read
    TriageRulesPage again(path);
    QTRY_COMPARE(again.text(), triage::RuleSet::defaultText());
}

QTEST_MAIN(TestTriageRulesPage)
#include "tst_triagerulespage.moc"
