// The changes view: a line diff against the generated draft, shown with +/- lines and colours.
#include "editor/src/changesview.h"
#include "editor/src/drafteditor.h"
#include "editor/src/draftreviewwidget.h"
#include "editor/src/linediff.h"
#include "editor/tests/sampledraft.h"
#include "editor/tests/typing.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>

using namespace gardener;

namespace {

QString render(const QVector<DiffLine> &diff)
{
    QString out;
    for (const DiffLine &line : diff) {
        const char mark = line.kind == DiffLine::Kind::Added     ? '+'
                          : line.kind == DiffLine::Kind::Removed ? '-'
                                                                 : ' ';
        out += QLatin1Char(mark) + line.text + QLatin1Char('\n');
    }
    return out;
}

// Applying the diff to the old text must give the new text: a check independent of the
// algorithm's choices among equally short scripts.
void checkReconstructs(const QString &oldText, const QString &newText)
{
    const QVector<DiffLine> diff = diffLines(oldText, newText);
    QStringList rebuiltOld;
    QStringList rebuiltNew;
    for (const DiffLine &line : diff) {
        if (line.kind != DiffLine::Kind::Added)
            rebuiltOld.append(line.text);
        if (line.kind != DiffLine::Kind::Removed)
            rebuiltNew.append(line.text);
    }
    QCOMPARE(rebuiltOld.join(QLatin1Char('\n')), oldText);
    QCOMPARE(rebuiltNew.join(QLatin1Char('\n')), newText);
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diffOfSmallEdit();
    void diffIsMinimal();
    void diffReconstructs_data();
    void diffReconstructs();
    void diffFallsBackWhenTooDifferent();
    void viewShowsEditWithColours();
    void viewFoldsLongUnchangedStretches();
    void reviewWidgetTabCountsChanges();
};

void TestChanges::diffOfSmallEdit()
{
    const QVector<DiffLine> diff =
        diffLines(QStringLiteral("a\nb\nc\nd"), QStringLiteral("a\nB\nc\nd\ne"));
    QCOMPARE(render(diff), QStringLiteral(" a\n-b\n+B\n c\n d\n+e\n"));
    QCOMPARE(diff[1].oldLine, 1);
    QCOMPARE(diff[2].newLine, 1);
    QCOMPARE(diff[5].newLine, 4);
    const DiffStats stats = diffStats(diff);
    QCOMPARE(stats.added, 2);
    QCOMPARE(stats.removed, 1);
}

void TestChanges::diffIsMinimal()
{
    // The classic Myers example (ABCABBA -> CBABAC) needs 5 edits.
    const QString a = QStringLiteral("A\nB\nC\nA\nB\nB\nA");
    const QString b = QStringLiteral("C\nB\nA\nB\nA\nC");
    const DiffStats stats = diffStats(diffLines(a, b));
    QCOMPARE(stats.added + stats.removed, 5);
    QCOMPARE(diffStats(diffLines(a, a)).added, 0);
}

void TestChanges::diffReconstructs_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::newRow("both empty") << QString() << QString();
    QTest::newRow("from empty") << QString() << QStringLiteral("x\ny");
    QTest::newRow("to empty") << QStringLiteral("x\ny") << QString();
    QTest::newRow("trailing newline") << QStringLiteral("x\ny") << QStringLiteral("x\ny\n");
    QTest::newRow("repeated lines")
        << QStringLiteral("a\na\nb\na\na") << QStringLiteral("a\nb\na\nb\na");
    QTest::newRow("sample edit") << sample::cloudRunDraft().body
                                 << QString(sample::cloudRunDraft().body)
                                        .replace(QStringLiteral("502"), QStringLiteral("503"));
}

void TestChanges::diffReconstructs()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    checkReconstructs(oldText, newText);
}

void TestChanges::diffFallsBackWhenTooDifferent()
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < 50; ++i) {
        a.append(QStringLiteral("old %1").arg(i));
        b.append(QStringLiteral("new %1").arg(i));
    }
    const QVector<DiffLine> diff =
        diffLines(a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n')), 10);
    QCOMPARE(diffStats(diff).removed, 50);
    QCOMPARE(diffStats(diff).added, 50);
    QCOMPARE(diff.first().kind, DiffLine::Kind::Removed);
    QCOMPARE(diff.last().kind, DiffLine::Kind::Added);
}

void TestChanges::viewShowsEditWithColours()
{
    ChangesView view;
    QSignalSpy stats(&view, &ChangesView::statsChanged);
    view.setTexts(QStringLiteral("line one\nline two\nline three"),
                  QStringLiteral("line one\nline 2\nline three"));
    QCOMPARE(stats.count(), 1);
    QCOMPARE(stats.at(0).at(0).toInt(), 1);
    QCOMPARE(stats.at(0).at(1).toInt(), 1);

    QStringList lines;
    QColor removedColour;
    QColor addedColour;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        lines.append(block.text());
        if (block.text().startsWith(QLatin1String("- ")))
            removedColour = block.blockFormat().background().color();
        if (block.text().startsWith(QLatin1String("+ ")))
            addedColour = block.blockFormat().background().color();
    }
    QCOMPARE(lines, QStringList({QStringLiteral("  line one"), QStringLiteral("- line two"),
                                 QStringLiteral("+ line 2"), QStringLiteral("  line three")}));
    QVERIFY(removedColour.isValid());
    QVERIFY(addedColour.isValid());
    QVERIFY2(addedColour.green() > addedColour.red(), "added lines are not green");
    QVERIFY2(removedColour.red() > removedColour.green(), "removed lines are not red");
    QCOMPARE(view.document()->begin().blockFormat().background().style(), Qt::NoBrush);

    view.setTexts(QStringLiteral("same"), QStringLiteral("same"));
    QCOMPARE(view.stats().added + view.stats().removed, 0);
    QVERIFY(view.document()->toPlainText().contains(QStringLiteral("No changes")));
}

void TestChanges::viewFoldsLongUnchangedStretches()
{
    QStringList lines;
    for (int i = 0; i < 30; ++i)
        lines.append(QStringLiteral("line %1").arg(i));
    const QString before = lines.join(QLatin1Char('\n'));
    lines[15] = QStringLiteral("changed");
    ChangesView view;
    view.setTexts(before, lines.join(QLatin1Char('\n')));
    const QString shown = view.document()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("12 unchanged lines"))); // lines 0..11
    QVERIFY(shown.contains(QStringLiteral("  line 12")));          // context before
    QVERIFY(shown.contains(QStringLiteral("  line 18")));          // context after
    QVERIFY(!shown.contains(QStringLiteral("  line 19\n")));
    QVERIFY(shown.contains(QStringLiteral("- line 15\n+ changed")));
}

void TestChanges::reviewWidgetTabCountsChanges()
{
    DraftReviewWidget review;
    review.setDraft(sample::cloudRunDraft());
    QVERIFY(review.changesView()->document()->toPlainText().contains(QStringLiteral("No changes")));
    QTabWidget *tabs = review.sideTabs();
    const int changesTab = tabs->indexOf(review.changesView());
    QCOMPARE(tabs->tabText(changesTab), QStringLiteral("Changes"));

    review.editor()->moveCursor(QTextCursor::End);
    gardener::testing::typeText(review.editor(), QStringLiteral("3. Tell the payments team.\n"));
    QTRY_COMPARE(review.changesView()->stats().added, 1);
    QTRY_COMPARE(tabs->tabText(changesTab), QStringLiteral("Changes (+1 −0)"));
    QVERIFY(review.changesView()->document()->toPlainText().contains(
        QStringLiteral("+ 3. Tell the payments team.")));
    QVERIFY(review.isEdited());
}

QTEST_MAIN(TestChanges)
#include "tst_editor_changes.moc"
