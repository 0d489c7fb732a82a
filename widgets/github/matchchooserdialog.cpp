#include "widgets/github/matchchooserdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gardener {

namespace {

enum Column
{
    NumberColumn,
    StateColumn,
    TitleColumn,
    LabelsColumn,
    UpdatedColumn,
    ViaColumn,
    ColumnCount
};

QString viaText(const QList<github::Candidate::Via> &via)
{
    QStringList parts;
    for (const auto v : via) {
        switch (v) {
        case github::Candidate::Via::Marker:
            parts << MatchChooserDialog::tr("marker (app label)");
            break;
        case github::Candidate::Via::Journal:
            parts << MatchChooserDialog::tr("local record of posts");
            break;
        case github::Candidate::Via::Search:
            parts << MatchChooserDialog::tr("search");
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

MatchChooserDialog::MatchChooserDialog(github::GitHubSession *session, QList<Item> items,
                                       QWidget *parent)
    : QDialog(parent), m_session(session), m_items(std::move(items))
{
    setWindowTitle(tr("Find on GitHub"));
    setObjectName(QStringLiteral("matchChooserDialog"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("matchHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("matchVerdict"));
    m_verdict->setWordWrap(true);

    buildCandidateList();

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("matchNote"));
    m_note->setWordWrap(true);

    buildChoices();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("matchError"));
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_error->setPalette(red);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create &Draft"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createDraftButton"));
    m_create->setToolTip(
        tr("Saves the draft for review on the Drafts page. Nothing is posted yet."));
    m_skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::ActionRole);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_again = buttons->addButton(tr("Search &Again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(QStringLiteral("searchAgainButton"));
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_verdict);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    for (QRadioButton *b : {m_comment, m_reopen, m_link, m_new})
        layout->addWidget(b);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &MatchChooserDialog::updateChoices);
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            m_create->setEnabled(!m_searching);
    });
    connect(m_create, &QPushButton::clicked, this, &MatchChooserDialog::createDraft);
    connect(m_skip, &QPushButton::clicked, this, &MatchChooserDialog::next);
    connect(m_again, &QPushButton::clicked, this, &MatchChooserDialog::search);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(QSize(860, 420));
    showItem(0);
}

// The issues found, one row each.
void MatchChooserDialog::buildCandidateList()
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("candidateList"));
    m_list->setAccessibleName(tr("Issues found"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Issue"), tr("State"), tr("Title"), tr("Labels"), tr("Updated"), tr("Found by")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c : {NumberColumn, StateColumn, LabelsColumn, UpdatedColumn, ViaColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

// What to do with the cluster: comment, reopen, link or file a new issue.
void MatchChooserDialog::buildChoices()
{
    m_comment = new QRadioButton(this);
    m_comment->setObjectName(QStringLiteral("commentChoice"));
    m_reopen = new QRadioButton(this);
    m_reopen->setObjectName(QStringLiteral("reopenChoice"));
    m_link = new QRadioButton(this);
    m_link->setObjectName(QStringLiteral("linkChoice"));
    m_new = new QRadioButton(tr("&New issue"), this);
    m_new->setObjectName(QStringLiteral("newChoice"));
    m_choices = new QButtonGroup(this);
    m_choices->addButton(m_comment, CommentChoice);
    m_choices->addButton(m_reopen, ReopenChoice);
    m_choices->addButton(m_link, LinkChoice);
    m_choices->addButton(m_new, NewChoice);
}

MatchChooserDialog::~MatchChooserDialog() = default;

QRadioButton *MatchChooserDialog::choiceButton(Choice choice) const
{
    return qobject_cast<QRadioButton *>(m_choices->button(choice));
}

QString MatchChooserDialog::verdictText() const
{
    return m_verdict->text();
}
QString MatchChooserDialog::noteText() const
{
    return m_note->text();
}

bool MatchChooserDialog::selectIssue(int number)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NumberColumn, Qt::UserRole).toInt() == number) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void MatchChooserDialog::showItem(int index)
{
    m_index = index;
    if (index >= m_items.size()) {
        Q_EMIT finished();
        accept();
        return;
    }
    m_heading->setText(
        m_items.size() > 1
            ? tr("Cluster %1 of %2: %3").arg(index + 1).arg(m_items.size()).arg(m_items[index].name)
            : tr("Cluster: %1").arg(m_items[index].name));
    m_skip->setText(index + 1 < m_items.size() ? tr("&Skip") : tr("&Skip and Close"));
    search();
}

void MatchChooserDialog::search()
{
    if (m_index < 0 || m_index >= m_items.size())
        return;
    m_list->clear();
    m_error->hide();
    m_note->clear();
    m_result = {};
    m_searching = true;
    updateChoices();
    if (!m_session) {
        m_searching = false;
        m_verdict->setText(
            tr("Not connected to GitHub: connect first (GitHub > Connect to GitHub…)."));
        updateChoices();
        return;
    }
    m_verdict->setText(
        tr("Looking for this cluster's issues in %1…").arg(m_session->options().repo));
    const quint64 generation = ++m_generation;
    QPointer<MatchChooserDialog> self(this);
    m_session->match(m_items[m_index].query, [self, generation](github::MatchResult result) {
        if (MatchChooserDialog *dialog = self.data(); dialog && generation == dialog->m_generation)
            dialog->showResult(result);
    });
}

void MatchChooserDialog::showResult(const github::MatchResult &result)
{
    m_searching = false;
    m_result = result;
    using V = github::MatchResult::Verdict;
    const QString repo = m_session ? m_session->options().repo : QString();
    switch (result.verdict) {
    case V::Existing:
        m_verdict->setText(tr("An open issue carries this cluster's marker: add a comment to it."));
        break;
    case V::Regression:
        m_verdict->setText(
            tr("Only closed issues carry this cluster's marker: it came back (a regression). "
               "Reopen the old issue, or file a new one that links it."));
        break;
    case V::Similar:
        m_verdict->setText(
            tr("No issue carries this cluster's marker, but search found similar issues. "
               "Pick one to comment on, or file a new issue."));
        break;
    case V::New:
        m_verdict->setText(
            tr("No issue in %1 carries this cluster's marker: file a new issue.").arg(repo));
        break;
    case V::Unknown:
        m_verdict->setText(
            tr("Cannot tell whether this cluster has an issue: listing the issues failed (%1). "
               "A new issue is not offered, so nothing is filed twice; search again later.")
                .arg(result.listingError));
        break;
    }
    const QLocale locale;
    for (const auto &c : result.candidates) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NumberColumn, QStringLiteral("#%1").arg(c.number));
        item->setData(NumberColumn, Qt::UserRole, c.number);
        item->setData(StateColumn, Qt::UserRole, c.state);
        item->setText(StateColumn, c.state == QLatin1String("open") ? tr("open") : tr("closed"));
        item->setText(TitleColumn, c.title);
        item->setToolTip(TitleColumn, c.title);
        item->setText(LabelsColumn, c.labels.join(QStringLiteral(", ")));
        item->setText(UpdatedColumn,
                      locale.toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ViaColumn, viaText(c.via));
    }
    QStringList notes;
    if (result.searchUsed)
        notes << tr("Search may lag behind recently created issues, so an issue filed minutes ago "
                    "may be missing "
                    "from the search results; marked issues are found without search.");
    if (!result.searchError.isEmpty())
        notes << tr("Search failed (%1); the marked issues above are complete.")
                     .arg(result.searchError);
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());

    // Preselect what the verdict suggests: the first open (or closed) marked issue.
    m_list->clearSelection();
    for (const auto &c : result.candidates) {
        const bool open = c.state == QLatin1String("open");
        if (c.hasMarker() && ((result.verdict == V::Existing && open) ||
                              (result.verdict == V::Regression && !open))) {
            selectIssue(c.number);
            break;
        }
    }
    updateChoices();
    if (result.verdict == V::Existing)
        m_comment->setChecked(true);
    else if (result.verdict == V::Regression)
        m_reopen->setChecked(true);
    else if (m_new->isEnabled())
        m_new->setChecked(true);
    m_list->setFocus();
}

void MatchChooserDialog::updateChoices()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool selected = item && item->isSelected();
    const int number = selected ? item->data(NumberColumn, Qt::UserRole).toInt() : 0;
    const bool open =
        selected && item->data(StateColumn, Qt::UserRole).toString() == QLatin1String("open");
    const bool ready = !m_searching && m_session;
    m_comment->setText(selected && open ? tr("&Comment on #%1").arg(number)
                                        : tr("&Comment on the selected open issue"));
    m_reopen->setText(selected && !open ? tr("&Reopen #%1 with a comment").arg(number)
                                        : tr("&Reopen the selected closed issue with a comment"));
    m_link->setText(selected && !open
                        ? tr("New issue &linking #%1 (regression)").arg(number)
                        : tr("New issue &linking the selected closed issue (regression)"));
    m_comment->setEnabled(ready && selected && open);
    m_reopen->setEnabled(ready && selected && !open);
    m_link->setEnabled(ready && selected && !open);
    m_new->setEnabled(ready && m_result.verdict != github::MatchResult::Verdict::Unknown);
    QAbstractButton *checked = m_choices->checkedButton();
    if (checked && !checked->isEnabled()) {
        m_choices->setExclusive(false);
        checked->setChecked(false);
        m_choices->setExclusive(true);
    }
    m_create->setEnabled(ready && m_choices->checkedButton() != nullptr);
}

void MatchChooserDialog::createDraft()
{
    if (!m_session || m_searching || m_index < 0 || m_index >= m_items.size() ||
        !m_choices->checkedButton())
        return;
    const QTreeWidgetItem *item = m_list->currentItem();
    github::MatchChoice choice;
    switch (m_choices->checkedId()) {
    case CommentChoice:
        choice.action = github::MatchChoice::Action::Comment;
        break;
    case ReopenChoice:
        choice.action = github::MatchChoice::Action::Reopen;
        break;
    case LinkChoice:
        choice.action = github::MatchChoice::Action::NewIssueLinking;
        break;
    default:
        choice.action = github::MatchChoice::Action::NewIssue;
        break;
    }
    if (choice.action != github::MatchChoice::Action::NewIssue)
        choice.issue = item ? item->data(NumberColumn, Qt::UserRole).toInt() : 0;
    auto draft = m_session->prepareDraft(m_items[m_index].input, m_result, choice);
    if (!draft) {
        m_error->setText(tr("No draft was made: %1").arg(draft.error().what));
        m_error->show();
        return;
    }
    if (auto saved = m_session->drafts().save(*draft); !saved) {
        m_error->setText(tr("The draft could not be saved: %1").arg(saved.error().what));
        m_error->show();
        return;
    }
    m_created << draft->postKey;
    Q_EMIT draftCreated(draft->postKey);
    next();
}

void MatchChooserDialog::next()
{
    ++m_generation;
    showItem(m_index + 1);
}

} // namespace gardener
