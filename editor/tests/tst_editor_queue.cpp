// The draft queue: model contract (QAbstractItemModelTester), state changes fed by the app,
// retry for failed drafts, and moving to the next draft.
#include "editor/src/draftqueuemodel.h"
#include "editor/src/draftqueuewidget.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace gardener;

namespace {

DraftQueueEntry entry(const char *id, const char *title, DraftState state = DraftState::New)
{
    DraftQueueEntry e;
    e.id = QString::fromLatin1(id);
    e.title = QString::fromLatin1(title);
    e.state = state;
    return e;
}

} // namespace

class TestQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelContract();
    void statesAndRoles();
    void retryOnlyForFailed();
    void nextAndPrevious();
};

void TestQueue::modelContract()
{
    DraftQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({entry("a", "First"), entry("b", "Second")});
    QCOMPARE(model.rowCount(), 2);
    model.upsert(entry("c", "Third"));
    QCOMPARE(model.rowCount(), 3);
    model.upsert(entry("a", "First, renamed", DraftState::Edited));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("First, renamed"));
    QVERIFY(model.remove(QStringLiteral("b")));
    QVERIFY(!model.remove(QStringLiteral("b")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("c")), 1);
    QCOMPARE(model.rowCount(model.index(0)), 0); // a list: no children
    QVERIFY(!model.index(0).data(-12345).isValid());
}

void TestQueue::statesAndRoles()
{
    DraftQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({entry("a", "First"), entry("b", "")});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(
        model.setState(QStringLiteral("a"), DraftState::Failed, QStringLiteral("GitHub said 502")));
    QCOMPARE(changed.count(), 1);
    const QModelIndex a = model.index(0);
    QCOMPARE(a.data(DraftQueueModel::StateRole).toInt(), int(DraftState::Failed));
    QCOMPARE(a.data(DraftQueueModel::FailureReasonRole).toString(),
             QStringLiteral("GitHub said 502"));
    QCOMPARE(a.data(DraftQueueModel::StateTextRole).toString(), QStringLiteral("Failed"));
    QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QStringLiteral("GitHub said 502")));
    // Rich text, so Qt wraps a long server message instead of a tooltip wider than the screen.
    QVERIFY(Qt::mightBeRichText(a.data(Qt::ToolTipRole).toString()));
    QVERIFY(model.setState(QStringLiteral("a"), DraftState::Failed, QStringLiteral("<b>&")));
    QVERIFY(
        model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("&lt;b&gt;&amp;")));
    QCOMPARE(a.data(DraftQueueModel::IdRole).toString(), QStringLiteral("a"));
    // A later success clears the old failure reason.
    QVERIFY(model.setState(QStringLiteral("a"), DraftState::Posted));
    QVERIFY(model.index(0).data(DraftQueueModel::FailureReasonRole).toString().isEmpty());
    QVERIFY(!model.setState(QStringLiteral("nope"), DraftState::Approved));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("(untitled)"));
    QVERIFY(model.setTitle(QStringLiteral("b"), QStringLiteral("Named")));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Named"));
    QVERIFY(model.roleNames().values().contains("state"));
}

void TestQueue::retryOnlyForFailed()
{
    DraftQueueWidget widget;
    widget.model()->setEntries({entry("a", "Fine"), entry("b", "Broken", DraftState::Failed)});
    auto *retry = widget.findChild<QPushButton *>();
    QVERIFY(retry);
    QSignalSpy retried(&widget, &DraftQueueWidget::retryRequested);
    QVERIFY(widget.setCurrentDraft(QStringLiteral("a")));
    QVERIFY(!retry->isEnabled());
    QVERIFY(widget.setCurrentDraft(QStringLiteral("b")));
    QVERIFY(retry->isEnabled());
    retry->click();
    QCOMPARE(retried.count(), 1);
    QCOMPARE(retried.at(0).at(0).toString(), QStringLiteral("b"));
    // The app reports the retry worked: the button goes away.
    widget.model()->setState(QStringLiteral("b"), DraftState::Posted);
    QVERIFY(!retry->isEnabled());
}

void TestQueue::nextAndPrevious()
{
    DraftQueueWidget widget;
    widget.model()->setEntries({entry("a", "A"), entry("b", "B"), entry("c", "C")});
    QSignalSpy current(&widget, &DraftQueueWidget::currentDraftChanged);
    QVERIFY(widget.selectNext());
    QCOMPARE(widget.currentDraftId(), QStringLiteral("a"));
    QVERIFY(widget.selectNext());
    QVERIFY(widget.selectNext());
    QCOMPARE(widget.currentDraftId(), QStringLiteral("c"));
    QVERIFY(!widget.selectNext()); // stays on the last one
    QCOMPARE(widget.currentDraftId(), QStringLiteral("c"));
    QVERIFY(widget.selectPrevious());
    QCOMPARE(widget.currentDraftId(), QStringLiteral("b"));
    QCOMPARE(current.count(), 4);
    QCOMPARE(current.last().at(0).toString(), QStringLiteral("b"));
    // The delegate gives failed rows room for their reason.
    widget.model()->setState(QStringLiteral("a"), DraftState::Failed, QStringLiteral("timeout"));
    QListView *view = widget.view();
    QVERIFY(view->sizeHintForRow(0) > view->sizeHintForRow(1));
}

QTEST_MAIN(TestQueue)
#include "tst_editor_queue.moc"
