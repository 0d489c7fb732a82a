#include "editor/src/draftreviewwidget.h"

#include "editor/src/changesview.h"
#include "editor/src/draftautosaver.h"
#include "editor/src/drafteditor.h"
#include "editor/src/findbar.h"
#include "editor/src/findingspanel.h"
#include "editor/src/labelsedit.h"
#include "editor/src/markdownpreview.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace gardener {

DraftReviewWidget::DraftReviewWidget(QWidget *parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_labels(new LabelsEdit(this)),
      m_editor(new DraftEditor(this)), m_findBar(new FindBar(m_editor, this)),
      m_findingsPanel(new FindingsPanel(m_editor, this)), m_preview(new MarkdownPreview(this)),
      m_changes(new ChangesView(this)), m_tabs(new QTabWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_status(new QLabel(this)),
      m_approve(new QPushButton(tr("&Approve"), this)),
      m_post(new QPushButton(tr("&Post to GitHub"), this)),
      m_autosaver(new DraftAutosaver([this] { return draftToJson(draft()); }, this))
{
    qRegisterMetaType<EditableDraft>();
    styleTitle();
    layOutParts();
    followLayoutWithTab();
    connectParts();
    buildShortcuts();
    updateActions();
}

void DraftReviewWidget::styleTitle()
{
    m_title->setPlaceholderText(tr("Issue title"));
    m_title->setAccessibleName(tr("Issue title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
}

void DraftReviewWidget::layOutParts()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Labels:"), m_labels);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(2);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(m_findBar);
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(m_changes, tr("Changes"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_approve->setToolTip(tr("Mark this draft ready to post (Ctrl+Return)"));
    m_post->setToolTip(tr("Post this draft as a GitHub issue (Ctrl+Shift+Return)"));
    m_post->setDefault(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_post);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findingsPanel);
    layout->addLayout(buttons);
}

void DraftReviewWidget::followLayoutWithTab()
{
    // Tab follows the layout: editor and find bar, then the preview tabs on the right, then the
    // findings below both and the buttons (construction order would put the findings first).
    auto *findingsList = m_findingsPanel->findChild<QListWidget *>();
    auto *allow = m_findingsPanel->findChild<QPushButton *>();
    QWidget *previous = findingsList ? findingsList->previousInFocusChain() : m_findBar;
    for (QWidget *next : {static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_preview),
                          static_cast<QWidget *>(m_changes), static_cast<QWidget *>(findingsList),
                          static_cast<QWidget *>(allow), static_cast<QWidget *>(m_approve),
                          static_cast<QWidget *>(m_post)}) {
        if (!next)
            continue;
        setTabOrder(previous, next);
        previous = next;
    }
}

void DraftReviewWidget::connectParts()
{
    m_changesTimer.setSingleShot(true);
    m_changesTimer.setInterval(250);
    connect(&m_changesTimer, &QTimer::timeout, this,
            [this] { m_changes->setTexts(m_generatedBody, m_editor->toPlainText()); });

    connect(m_editor, &QPlainTextEdit::textChanged, this, &DraftReviewWidget::onChanged);
    connect(m_title, &QLineEdit::textChanged, this, &DraftReviewWidget::onChanged);
    connect(m_labels, &LabelsEdit::labelsChanged, this, &DraftReviewWidget::onChanged);
    connect(m_editor, &DraftEditor::canPostChanged, this, [this](bool can) {
        updateActions();
        Q_EMIT canPostChanged(can);
    });
    connect(m_changes, &ChangesView::statsChanged, this, [this](int added, int removed) {
        const int index = m_tabs->indexOf(m_changes);
        m_tabs->setTabText(index, added + removed == 0
                                      ? tr("Changes")
                                      : tr("Changes (+%1 −%2)").arg(added).arg(removed));
    });
    // Proportional scroll sync: the preview follows the editor, also right after a re-render.
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { m_preview->scrollToFraction(editorScrollFraction()); });
    connect(m_preview, &MarkdownPreview::rendered, this,
            [this] { m_preview->scrollToFraction(editorScrollFraction()); });
    connect(m_approve, &QPushButton::clicked, this, &DraftReviewWidget::approve);
    connect(m_post, &QPushButton::clicked, this, &DraftReviewWidget::post);
    connect(m_autosaver, &DraftAutosaver::saved, this, [this] {
        showStatus(
            tr("Draft saved at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &message) {
        showStatus(message, true);
        Q_EMIT autosaveFailed(message);
    });
}

DraftReviewWidget::~DraftReviewWidget()
{
    // Flush while the child widgets the content comes from still exist.
    if (m_autosaver->isPending())
        m_autosaver->saveNow();
    m_autosaver->setPath(QString());
}

void DraftReviewWidget::buildShortcuts()
{
    auto add = [this](const QString &keys, auto slot) {
        auto *shortcut = new QShortcut(QKeySequence(keys), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QStringLiteral("Ctrl+Return"), [this] { approve(); });
    add(QStringLiteral("Ctrl+Enter"), [this] { approve(); });
    add(QStringLiteral("Ctrl+Shift+Return"), [this] { post(); });
    add(QStringLiteral("Ctrl+Shift+Enter"), [this] { post(); });
    add(QStringLiteral("Ctrl+PgDown"), [this] { Q_EMIT nextDraftRequested(); });
    add(QStringLiteral("Alt+Down"), [this] { Q_EMIT nextDraftRequested(); });
    add(QStringLiteral("Ctrl+PgUp"), [this] { Q_EMIT previousDraftRequested(); });
    add(QStringLiteral("Alt+Up"), [this] { Q_EMIT previousDraftRequested(); });
    add(QStringLiteral("Ctrl+F"), [this] { m_findBar->openFind(); });
    add(QStringLiteral("Ctrl+H"), [this] { m_findBar->openReplace(); });
    add(QStringLiteral("F3"), [this] { m_findBar->findNext(); });
    add(QStringLiteral("Shift+F3"), [this] { m_findBar->findPrevious(); });
}

void DraftReviewWidget::setDraft(const EditableDraft &draft)
{
    m_loading = true;
    m_id = draft.id;
    m_generatedBody = draft.generatedBody;
    m_title->setText(draft.title);
    m_labels->setLabels(draft.labels);
    m_editor->clearAllowed();
    m_editor->setFindings({}); // findings pushed for the previous draft do not apply to this one
    m_editor->setPlainText(draft.body); // also clears the undo history
    m_editor->rescanNow();
    m_loading = false;
    m_edited = false;
    refreshSideViews();
    showStatus(QString());
    updateActions();
}

EditableDraft DraftReviewWidget::draft() const
{
    EditableDraft d;
    d.id = m_id;
    d.title = m_title->text().trimmed();
    d.labels = m_labels->labels();
    d.body = m_editor->toPlainText();
    d.generatedBody = m_generatedBody;
    return d;
}

void DraftReviewWidget::setAvailableLabels(const QStringList &labels)
{
    m_labels->setAvailableLabels(labels);
}
void DraftReviewWidget::setFindingsProvider(FindingsProvider provider)
{
    m_editor->setFindingsProvider(std::move(provider));
}
void DraftReviewWidget::setFindings(const QVector<RedactionFinding> &findings)
{
    m_editor->setFindings(findings);
}
bool DraftReviewWidget::canPost() const
{
    return m_editor->canPost();
}
void DraftReviewWidget::setHighlightingEngine(highlighting::Engine engine)
{
    m_editor->setHighlightingEngine(engine);
}

void DraftReviewWidget::setAutosavePath(const QString &path)
{
    if (m_autosaver->isPending())
        m_autosaver->saveNow();
    m_autosaver->setPath(path);
}

bool DraftReviewWidget::restoreAutosave(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    EditableDraft saved;
    QString parseError;
    if (!draftFromJson(file.readAll(), &saved, &parseError)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, parseError);
        return false;
    }
    setDraft(saved);
    m_edited = saved.body != saved.generatedBody;
    return true;
}

void DraftReviewWidget::onChanged()
{
    if (m_loading)
        return;
    m_preview->setMarkdownSource(m_editor->toPlainText());
    m_changesTimer.start();
    m_autosaver->schedule();
    if (!m_edited) {
        m_edited = true;
        Q_EMIT edited();
    }
}

void DraftReviewWidget::refreshSideViews()
{
    m_preview->setMarkdownSource(m_editor->toPlainText());
    m_preview->renderNow();
    m_changesTimer.stop();
    m_changes->setTexts(m_generatedBody, m_editor->toPlainText());
}

double DraftReviewWidget::editorScrollFraction() const
{
    const QScrollBar *bar = m_editor->verticalScrollBar();
    const int range = bar->maximum() - bar->minimum();
    return range > 0 ? double(bar->value() - bar->minimum()) / range : 0.0;
}

void DraftReviewWidget::updateActions()
{
    const bool can = m_editor->canPost();
    m_approve->setEnabled(can);
    m_post->setEnabled(can);
    if (!can)
        m_post->setToolTip(
            tr("Blocked: %1 possible secret(s) in the body. Remove or allow them first.")
                .arg(m_editor->unallowedCount()));
    else
        m_post->setToolTip(tr("Post this draft as a GitHub issue (Ctrl+Shift+Return)"));
}

QString DraftReviewWidget::statusText() const
{
    return m_status->text();
}

void DraftReviewWidget::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText,
                   highlighting::isDark(p) ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c));
    m_status->setPalette(p);
}

bool DraftReviewWidget::checkPostable(const QString &action)
{
    m_editor->rescanNow(); // the last keystrokes may not be scanned yet
    if (m_editor->canPost())
        return true;
    showStatus(tr("%1 is blocked: %2 possible secret(s) remain. Remove them or allow them.")
                   .arg(action)
                   .arg(m_editor->unallowedCount()),
               true);
    return false;
}

bool DraftReviewWidget::approve()
{
    if (!checkPostable(tr("Approving")))
        return false;
    if (m_autosaver->isPending())
        m_autosaver->saveNow();
    showStatus(tr("Approved."));
    Q_EMIT approveRequested(draft());
    return true;
}

bool DraftReviewWidget::post()
{
    if (!checkPostable(tr("Posting")))
        return false;
    if (m_autosaver->isPending())
        m_autosaver->saveNow();
    showStatus(tr("Posting…"));
    Q_EMIT postRequested(draft());
    return true;
}

} // namespace gardener
