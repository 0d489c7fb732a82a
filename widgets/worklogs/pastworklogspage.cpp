#include "widgets/worklogs/pastworklogspage.h"

#include "core/models/worklogbrowsermodel.h"
#include "core/pipeline/worklogjob.h"
#include "core/worklog/worklogreader.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gardener {

namespace {

const QLatin1String kFolderKey("worklogs/browseFolder");

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

// Short columns (dates, counts, priorities) fit their text; the one long text column takes the
// rest, so titles are readable instead of every column getting the same 100 pixels.
// The tables hold one worklog's clusters at most, so fitting to contents stays cheap.
void fitColumns(QTableView *view, int stretchColumn)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

// Count items sort by number; "+" marks a stated lower bound ("17+ occurrences").
QStandardItem *countItem(qint64 count, bool lowerBound)
{
    auto *item = textItem(count < 0 ? QString()
                                    : QString::number(count) +
                                          (lowerBound ? QStringLiteral("+") : QString()));
    item->setData(count, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PastWorklogsPage::PastWorklogsPage(const QString &folder, pipeline::WorklogJob *history,
                                   QWidget *parent)
    : QWidget(parent), m_history(history && !history->historyPath().isEmpty() ? history : nullptr)
{
    m_model = new WorklogBrowserModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorklogBrowserModel::SortRole);

    // Built in the order the focus moves through them.
    QLayout *folderRow = buildFolderRow();
    m_list = makeTable(this);
    m_list->setObjectName(QStringLiteral("worklogList"));
    m_list->setAccessibleName(tr("Worklogs"));
    m_list->setModel(m_proxy);
    fitColumns(m_list, m_proxy->columnCount() - 1);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(WorklogBrowserModel::Generated, Qt::DescendingOrder);

    QWidget *details = buildDetails();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(details);
    split->setStretchFactor(1, 2);
    QLayout *bottom = buildBottomRow();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_import, &QPushButton::clicked, this, &PastWorklogsPage::importSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showWorklog(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });

    const QString remembered = QSettings().value(kFolderKey).toString();
    const QString start = !remembered.isEmpty() && QDir(remembered).exists() ? remembered : folder;
    m_folderEdit->setText(QDir::toNativeSeparators(start));
    m_model->setFolder(start);
    showWorklog(-1);
    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
}

// The folder to read worklogs from: typed, chosen or reloaded.
QLayout *PastWorklogsPage::buildFolderRow()
{
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(QStringLiteral("worklogFolder"));
    m_folderEdit->setPlaceholderText(tr("Type or paste a folder and press Enter"));
    auto *choose = new QPushButton(tr("Ch&oose folder…"), this);
    auto *reload = new QPushButton(tr("Re&load"), this);
    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("&Worklog folder:"), this);
    folderLabel->setBuddy(m_folderEdit);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(choose);
    folderRow->addWidget(reload);

    connect(choose, &QPushButton::clicked, this, &PastWorklogsPage::chooseFolder);
    connect(reload, &QPushButton::clicked, this, &PastWorklogsPage::refresh);
    connect(m_folderEdit, &QLineEdit::returnPressed, this, [this] {
        const QString typed = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
        if (QFileInfo(typed).isDir())
            setFolder(QFileInfo(typed).absoluteFilePath());
        else
            m_status->setText(tr("No such folder: %1").arg(QDir::toNativeSeparators(typed)));
    });
    return folderRow;
}

// The selected worklog's Markdown beside the clusters and actions read from it.
QWidget *PastWorklogsPage::buildDetails()
{
    m_markdown = new QTextBrowser(this);
    m_markdown->setObjectName(QStringLiteral("worklogMarkdown"));
    m_markdown->setAccessibleName(tr("Worklog text"));
    m_markdown->setOpenExternalLinks(true);

    QTabWidget *extracted = buildExtractedTables();
    QWidget::setTabOrder(m_markdown, extracted); // its tab bar before its pages

    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_markdown);
    details->addWidget(extracted);
    return details;
}

QTabWidget *PastWorklogsPage::buildExtractedTables()
{
    m_clusterModel = new QStandardItemModel(this);
    m_clusterModel->setHorizontalHeaderLabels(
        {tr("Title"), tr("Severity"), tr("Priority"), tr("Count"), tr("Category")});
    auto *clusterProxy = new QSortFilterProxyModel(this);
    clusterProxy->setSourceModel(m_clusterModel);
    clusterProxy->setSortRole(Qt::UserRole);
    m_clusters = makeTable(this);
    m_clusters->setObjectName(QStringLiteral("worklogClusters"));
    m_clusters->setAccessibleName(tr("Clusters in the worklog"));
    m_clusters->setModel(clusterProxy);
    fitColumns(m_clusters, 0);
    m_clusters->setSortingEnabled(true);

    m_actionModel = new QStandardItemModel(this);
    m_actionModel->setHorizontalHeaderLabels(
        {tr("Issue"), tr("Action"), tr("Title"), tr("Priority change"), tr("Link")});
    m_actions = makeTable(this);
    m_actions->setObjectName(QStringLiteral("worklogActions"));
    m_actions->setAccessibleName(tr("GitHub actions in the worklog"));
    m_actions->setModel(m_actionModel);
    fitColumns(m_actions, 2);

    m_compareModel = new QStandardItemModel(this);
    m_compareModel->setHorizontalHeaderLabels(
        {tr("Cluster"), tr("Here"), tr("Previous"), tr("Change")});
    auto *compareProxy = new QSortFilterProxyModel(this);
    compareProxy->setSourceModel(m_compareModel);
    compareProxy->setSortRole(Qt::UserRole);
    m_compare = makeTable(this);
    m_compare->setObjectName(QStringLiteral("worklogCompare"));
    m_compare->setAccessibleName(tr("Comparison with the previous worklog"));
    m_compare->setModel(compareProxy);
    fitColumns(m_compare, 0);
    m_compare->setSortingEnabled(true);

    auto *extracted = new QTabWidget(this);
    extracted->addTab(m_clusters, tr("Clusters"));
    extracted->addTab(m_actions, tr("GitHub actions"));
    extracted->addTab(m_compare, tr("Compare with previous"));
    return extracted;
}

QLayout *PastWorklogsPage::buildBottomRow()
{
    m_import = new QPushButton(tr("&Import into history"), this);
    m_import->setObjectName(QStringLiteral("importWorklog"));
    m_import->setEnabled(false);
    m_import->setToolTip(m_history ? tr("Record the selected worklog as a past run, so trends and "
                                        "“new” take it into account")
                                   : tr("No history is open, so worklogs cannot be imported."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("worklogStatus"));
    m_status->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_import);
    return bottom;
}

QString PastWorklogsPage::folder() const
{
    return m_model->folder();
}

void PastWorklogsPage::setFolder(const QString &folder)
{
    QSettings().setValue(kFolderKey, folder);
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
    m_model->setFolder(folder);
    showWorklog(-1);
    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
}

void PastWorklogsPage::refresh()
{
    const QString path = selectedPath();
    m_model->refresh();
    showWorklog(-1);
    const int row = path.isEmpty() ? 0 : qMax(0, m_model->rowOf(path));
    if (m_model->rowCount() > 0)
        selectRow(row);
}

void PastWorklogsPage::chooseFolder()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Choose worklog folder"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void PastWorklogsPage::selectRow(int sourceRow)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid())
        m_list->selectRow(index.row());
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

QString PastWorklogsPage::selectedPath() const
{
    const auto *item = m_model->worklog(m_current);
    return item ? item->path : QString();
}

QString PastWorklogsPage::statusText() const
{
    return m_status->text();
}

void PastWorklogsPage::showWorklog(int sourceRow)
{
    m_current = sourceRow;
    m_clusterModel->removeRows(0, m_clusterModel->rowCount());
    m_actionModel->removeRows(0, m_actionModel->rowCount());
    fillComparison(sourceRow);
    const auto *item = m_model->worklog(sourceRow);
    updateImportButton();
    if (!item) {
        m_markdown->clear();
        const int unreadable = int(m_model->errors().size());
        m_status->setText(m_model->rowCount() == 0
                              ? tr("No worklogs in this folder.")
                              : tr("%n worklog(s).", nullptr, m_model->rowCount()));
        if (unreadable > 0)
            m_status->setText(m_status->text() + QLatin1Char(' ') +
                              tr("%n file(s) could not be read.", nullptr, unreadable));
        return;
    }

    showMarkdown(item->path);

    for (const auto &c : item->data.clusters) {
        auto *severity = textItem(c.severity.isEmpty() ? c.severityText : c.severity);
        auto *priority = textItem(c.priority.isEmpty() ? c.priorityLabel : c.priority);
        m_clusterModel->appendRow({textItem(c.title), severity, priority,
                                   countItem(c.count, c.countLowerBound), textItem(c.category)});
    }
    for (const auto &a : item->data.actions) {
        auto *issue = textItem(a.issue > 0 ? QStringLiteral("#%1").arg(a.issue) : QString());
        m_actionModel->appendRow({issue, textItem(worklog::actionKindName(a.kind)),
                                  textItem(a.title), textItem(a.priorityChange), textItem(a.url)});
    }
    m_status->setText(
        item->data.warnings.isEmpty()
            ? tr("%1: %n cluster(s)", nullptr, int(item->data.clusters.size()))
                  .arg(QDir::toNativeSeparators(item->path))
            : tr("%1: %n reader warning(s), first: %2", nullptr, int(item->data.warnings.size()))
                  .arg(QDir::toNativeSeparators(item->path), item->data.warnings.first()));
    Q_EMIT worklogSelected(item->path);
}

void PastWorklogsPage::showMarkdown(const QString &path)
{
    m_markdown->clear();
    // The watcher is the page's child: a page that is gone gets no answer.
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (selectedPath() != path)
            return; // another worklog was selected meanwhile
        const Result<QString> text = watcher->result();
        if (text)
            m_markdown->setMarkdown(*text);
        else
            m_markdown->setPlainText(tr("Could not read %1: %2").arg(path, text.error().what));
        Q_EMIT markdownShown(path);
    });
    watcher->setFuture(
        QtConcurrent::run([path] { return worklog::WorklogReader::readText(path); }));
}

void PastWorklogsPage::updateImportButton()
{
    m_import->setEnabled(m_model->worklog(m_current) && m_history && !m_importing);
}

void PastWorklogsPage::fillComparison(int sourceRow)
{
    m_compareModel->removeRows(0, m_compareModel->rowCount());
    const auto *item = m_model->worklog(sourceRow);
    // The model lists newest first, so the previous worklog is the next row.
    const auto *previous = m_model->worklog(sourceRow + 1);
    if (!item)
        return;
    // Titles are compared case-insensitively: hand-written worklogs vary in capitalisation.
    // A side is "seen" when the worklog lists the cluster at all; its count may still be
    // unknown (a hand-written worklog that states none), which is not zero.
    struct Side
    {
        qint64 count = -1;
        bool bound = false;
        bool seen = false;
        bool unknown = false;
    };
    struct Counts
    {
        QString title;
        Side here;
        Side before;
    };
    QList<Counts> rows;
    QHash<QString, int> rowOf;
    const auto add = [&](const worklog::WorklogCluster &c, bool isHere) {
        const QString key = c.title.trimmed().toCaseFolded();
        auto it = rowOf.find(key);
        if (it == rowOf.end()) {
            it = rowOf.insert(key, int(rows.size()));
            rows.append(Counts{c.title, {}, {}});
        }
        Side &side = isHere ? rows[*it].here : rows[*it].before;
        side.seen = true;
        side.bound |= c.countLowerBound;
        if (c.count < 0) {
            side.unknown = true;
            return;
        }
        // A title repeated within one worklog adds up.
        side.count = (side.count < 0 ? 0 : side.count) + c.count;
    };
    for (const auto &c : item->data.clusters)
        add(c, true);
    if (previous) {
        for (const auto &c : previous->data.clusters)
            add(c, false);
    }
    const auto cell = [](const Side &side) {
        if (side.seen && side.count < 0) {
            auto *unknown = textItem(tr("?"));
            unknown->setToolTip(tr("The worklog states no count for this cluster."));
            unknown->setData(-1, Qt::UserRole);
            unknown->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return unknown;
        }
        // Some of its mentions had no count: what is known is a lower bound.
        return countItem(side.count, side.bound || side.unknown);
    };
    for (const Counts &r : rows) {
        QString change;
        qint64 delta = 0;
        if (r.here.seen && !r.before.seen) {
            change = previous ? tr("new") : QString();
        } else if (!r.here.seen) {
            change = tr("gone");
        } else if (r.here.count < 0 || r.before.count < 0) {
            change = tr("count unknown");
        } else {
            delta = r.here.count - r.before.count;
            change = delta == 0
                         ? tr("same")
                         : (delta > 0 ? QStringLiteral("+%1").arg(delta) : QString::number(delta));
        }
        auto *changeItem = textItem(change);
        changeItem->setData(delta, Qt::UserRole);
        m_compareModel->appendRow({textItem(r.title), cell(r.here), cell(r.before), changeItem});
    }
}

bool PastWorklogsPage::importSelected()
{
    const auto *item = m_model->worklog(m_current);
    if (!item || !m_history || m_importing) {
        m_status->setText(m_importing ? tr("An import is still running.")
                                      : tr("Nothing to import."));
        return false;
    }
    m_importing = true;
    updateImportButton();
    m_status->setText(tr("Importing %1…").arg(QDir::toNativeSeparators(item->path)));
    m_history->importFile(
        item->data, item->path, this, [this](const Result<pipeline::ImportOutcome> &outcome) {
            m_importing = false;
            updateImportButton();
            if (!outcome) {
                m_status->setText(tr("Import failed: %1").arg(outcome.error().toString()));
                Q_EMIT importFinished(false);
                return;
            }
            if (outcome->alreadyImported) {
                m_status->setText(
                    tr("This worklog was imported before (run %1).").arg(outcome->runId));
                Q_EMIT importFinished(true);
                return;
            }
            int matched = 0;
            for (const auto &c : outcome->clusters)
                matched += c.matchedHistory ? 1 : 0;
            const int total = int(outcome->clusters.size());
            m_status->setText(
                tr("Imported as run %1: %2 of %n cluster(s) joined clusters history already knew.",
                   nullptr, total)
                    .arg(outcome->runId)
                    .arg(matched));
            Q_EMIT imported(outcome->runId, matched, total);
            Q_EMIT importFinished(true);
        });
    return true;
}

} // namespace gardener
