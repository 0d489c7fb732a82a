#include "widgets/triage/triagerulespage.h"

#include "core/triage/rules.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gardener {

TriageRulesPage::TriageRulesPage(const QString &rulesPath, QWidget *parent)
    : QWidget(parent), m_path(rulesPath)
{
    auto *intro =
        new QLabel(tr("Triage rules decide priority and category of each cluster. "
                      "Rules are tried top to bottom; see the user guide for the format."),
                   this);
    intro->setWordWrap(true);
    auto *pathLabel = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(m_path)), this);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("rulesEditor"));
    m_editor->setAccessibleName(tr("Triage rules"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rulesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveRules"));
    m_restore = new QPushButton(tr("Restore &defaults"), this);
    m_restore->setObjectName(QStringLiteral("restoreRules"));
    m_restore->setToolTip(
        tr("Put the built-in rules into the editor; the file changes only when you save"));
    auto *revert = new QPushButton(tr("&Reload from file"), this);
    revert->setToolTip(tr("Drop the edits and show the rules file as it is saved"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(revert);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(pathLabel);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    // Validation waits for a short pause in typing: parsing is cheap, but redrawing the error
    // on every keystroke flickers.
    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, &TriageRulesPage::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = true;
        m_save->setEnabled(false); // until the new text is known to be valid
        m_validateTimer->start();
    });
    connect(m_save, &QPushButton::clicked, this, &TriageRulesPage::save);
    connect(m_restore, &QPushButton::clicked, this, &TriageRulesPage::restoreDefaults);
    connect(revert, &QPushButton::clicked, this, &TriageRulesPage::reload);

    reload();
}

QString TriageRulesPage::text() const
{
    return m_editor->toPlainText();
}

void TriageRulesPage::setText(const QString &text)
{
    m_editor->setPlainText(text);
    validate();
}

QString TriageRulesPage::statusText() const
{
    return m_status->text();
}

void TriageRulesPage::setBusy(bool busy)
{
    m_busy = busy;
    m_editor->setReadOnly(busy);
    if (busy)
        m_save->setEnabled(false);
}

void TriageRulesPage::reload()
{
    if (m_busy)
        return;
    // No file, or one that cannot be read: the built-in rules, ready to be saved as the file.
    const auto show = [this](const Result<std::optional<QString>> &read) {
        setBusy(false);
        setText(read && *read ? **read : triage::RuleSet::defaultText());
        m_dirty = false;
        Q_EMIT loaded();
    };
    if (m_path.isEmpty()) {
        show(Result<std::optional<QString>>());
        return;
    }
    setBusy(true);
    m_status->setText(tr("Reading the rules file…"));
    // The watcher is the page's child: a page that is gone gets no answer.
    auto *watcher = new QFutureWatcher<Result<std::optional<QString>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, show] {
        watcher->deleteLater();
        show(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&triage::RuleSet::readFile, m_path));
}

void TriageRulesPage::restoreDefaults()
{
    setText(triage::RuleSet::defaultText());
}

bool TriageRulesPage::validate()
{
    m_validateTimer->stop();
    const auto parsed = triage::RuleSet::parse(text(), QFileInfo(m_path).fileName());
    if (parsed) {
        m_valid = true;
        m_errorLine = -1;
        m_status->setText(tr("%n rule(s)", nullptr, int(parsed->rules().size())));
        highlightLine(-1);
    } else {
        m_valid = false;
        const Error &e = parsed.error();
        m_errorLine = e.line > 0 ? int(e.line) : -1;
        m_status->setText(m_errorLine > 0 ? tr("Line %1: %2").arg(m_errorLine).arg(e.what)
                                          : tr("Error: %1").arg(e.what));
        highlightLine(m_errorLine);
    }
    m_save->setEnabled(m_valid && !m_path.isEmpty() && !m_busy);
    Q_EMIT validated(m_valid);
    return m_valid;
}

void TriageRulesPage::highlightLine(int line)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (line > 0) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection sel;
            sel.format.setBackground(palette().color(QPalette::Highlight).lighter(160));
            sel.format.setProperty(QTextFormat::FullWidthSelection, true);
            sel.cursor = QTextCursor(block);
            selections.append(sel);
        }
    }
    m_editor->setExtraSelections(selections);
}

bool TriageRulesPage::save()
{
    if (m_busy || !validate())
        return false;
    if (m_path.isEmpty()) {
        m_status->setText(tr("No rules file is configured."));
        return false;
    }
    const QString summary = m_status->text(); // "12 rules"
    const QString text = this->text();
    setBusy(true);
    m_status->setText(tr("Saving…"));
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, summary, text] {
        watcher->deleteLater();
        setBusy(false);
        const Result<void> written = watcher->result();
        m_save->setEnabled(m_valid);
        if (!written) {
            m_status->setText(tr("Could not save %1: %2")
                                  .arg(QDir::toNativeSeparators(m_path), written.error().what));
            return;
        }
        m_dirty = this->text() != text;
        m_status->setText(tr("Saved. %1").arg(summary));
        Q_EMIT rulesChanged(m_path);
    });
    watcher->setFuture(QtConcurrent::run(&triage::RuleSet::writeFile, m_path, text));
    return true;
}

} // namespace gardener
