// Renders the draft review widget (beside a draft queue) with a sample Cloud Run draft in a
// light and a dark palette and saves editor-light.png and editor-dark.png into a folder.
// Usage: editor_screenshots <output-folder>
#include "editor/src/changesview.h"
#include "editor/src/drafteditor.h"
#include "editor/src/draftqueuewidget.h"
#include "editor/src/draftreviewwidget.h"
#include "editor/src/highlighting.h"
#include "editor/tests/sampledraft.h"

#include <QApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyleFactory>
#include <QTabWidget>

#include <cstdio>

namespace {

// A finding like the redaction scanner reports for an e-mail address.
QVector<gardener::RedactionFinding> findEmails(const QString &body)
{
    QVector<gardener::RedactionFinding> out;
    static const QRegularExpression email(QStringLiteral("[\\w.+-]+@[\\w-]+\\.[\\w.]+"));
    for (auto it = email.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedLength()), QStringLiteral("email"),
                    QStringLiteral("An e-mail address identifies a person; issues are public.")});
    }
    return out;
}

bool render(const QPalette &palette, const QString &path)
{
    QApplication::setPalette(palette);
    QSplitter window(Qt::Horizontal);
    auto *queue = new gardener::DraftQueueWidget(&window);
    auto *review = new gardener::DraftReviewWidget(&window);
    window.addWidget(queue);
    window.addWidget(review);
    window.setStretchFactor(1, 1);
    window.setSizes({300, 1100});

    using gardener::DraftState;
    queue->model()->setEntries({
        {QStringLiteral("cluster-7f3a"),
         QStringLiteral("checkout-api: 502 from payments backend after deploy"), DraftState::Edited,
         QString(), QString()},
        {QStringLiteral("cluster-19c0"), QStringLiteral("worker: Firestore deadline exceeded"),
         DraftState::New, QString(), QString()},
        {QStringLiteral("cluster-a210"), QStringLiteral("auth: token refresh loops"),
         DraftState::Approved, QString(), QString()},
        {QStringLiteral("cluster-5b77"), QStringLiteral("images: OOM on resize"),
         DraftState::Failed, QStringLiteral("GitHub said 403: rate limit exceeded"), QString()},
        {QStringLiteral("cluster-0e4d"), QStringLiteral("scheduler: duplicate job runs"),
         DraftState::Posted, QString(),
         QStringLiteral("https://github.com/example/shop/issues/412")},
    });
    queue->setCurrentDraft(QStringLiteral("cluster-7f3a"));

    gardener::EditableDraft draft = gardener::sample::cloudRunDraft();
    draft.body.replace(QStringLiteral("- Service:"),
                       QStringLiteral("- Reported by: jane.doe@example.com\n- Service:"));
    draft.body.replace(QStringLiteral("went live,"), QStringLiteral("went live on Friday,"));
    review->setAvailableLabels(QStringList{QStringLiteral("bug"), QStringLiteral("cloud-run"),
                                           QStringLiteral("payments"),
                                           QStringLiteral("regression")});
    review->setDraft(draft);
    review->setFindingsProvider(findEmails);
    window.resize(1400, 820);
    window.show();
    QApplication::processEvents();
    review->changesView()->setTexts(draft.generatedBody, draft.body);
    window.setSizes({300, 1100});
    QApplication::processEvents();
    const bool ok = window.grab().save(path);
    // A second shot with the Changes tab, for the docs.
    review->sideTabs()->setCurrentWidget(review->changesView());
    QApplication::processEvents();
    QString changesPath = path;
    changesPath.replace(QStringLiteral(".png"), QStringLiteral("-changes.png"));
    return ok && review->grab().save(changesPath);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QCoreApplication::arguments();
    const QDir out(args.size() > 1 ? args.at(1) : QStringLiteral("."));
    const QPalette light = QApplication::style()->standardPalette();
    bool ok = render(light, out.filePath(QStringLiteral("editor-light.png")));
    ok = render(gardener::highlighting::darkPalette(),
                out.filePath(QStringLiteral("editor-dark.png"))) &&
         ok;
    std::printf("highlighting: %s\n", gardener::highlighting::kSyntaxHighlightingAvailable()
                                          ? "KSyntaxHighlighting"
                                          : "fallback");
    return ok ? 0 : 1;
}
