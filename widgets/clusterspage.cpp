#include "widgets/clusterspage.h"

#include "core/evidence/evidencejob.h"
#include "core/logs/logstore.h"
#include "core/models/clusterfilterproxy.h"
#include "core/models/clustertablemodel.h"
#include "core/models/filteredcounts.h"
#include "core/models/timelinemodel.h"
#include "core/session/clusterlink.h"
#include "core/session/session.h"
#include "widgets/appstyle.h"
#include "widgets/clusterdelegates.h"
#include "widgets/clusterdetailview.h"
#include "widgets/codesettingsdialog.h"
#include "widgets/entriesview.h"
#include "widgets/entrydialog.h"
#include "widgets/filterbar.h"
#include "widgets/timelinechartview.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <set>
#include <utility>

namespace gardener {

namespace {
// "3": the layout of the table with its Trend and GitHub columns (older layouts have fewer).
const QString kHeaderKey = QStringLiteral("clustersPage/clusterHeader3");
const QString kEntriesHeaderKey = QStringLiteral("clustersPage/entriesHeader");
const QString kSplitterKey = QStringLiteral("clustersPage/splitter");
const QString kTabKey = QStringLiteral("clustersPage/tab");
} // namespace

ClustersPage::ClustersPage(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("clustersPage"));
    m_model = new ClusterTableModel(this);
    m_proxy = new ClusterFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_timeline = new TimelineModel(this);

    // Created in reading order (chart above the filter), which makes the Tab order.
    m_chart = new TimelineChartView(this);
    m_filter = new FilterBar(this);
    m_chart->setModel(m_timeline);

    setUpTable();
    setUpDetailTabs();
    layOutPanes();

    m_counts = new FilteredCountsJob(this);
    connect(m_counts, &FilteredCountsJob::ready, this, &ClustersPage::onFilteredCounts);

    m_requery = new QTimer(this);
    m_requery->setSingleShot(true);
    m_requery->setInterval(0); // coalesce a burst of selection/filter changes into one query
    connect(m_requery, &QTimer::timeout, this, &ClustersPage::requery);

    connectViews();
    updateCounts();
}

void ClustersPage::setUpTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clusterTable"));
    m_table->setAccessibleName(tr("Issue clusters"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    // Rows are whole clusters: Tab goes on to Details and Entries, the arrows move in the table.
    m_table->setTabKeyNavigation(false);
    m_table->setItemDelegate(new MutedRowDelegate(this));
    m_table->setItemDelegateForColumn(ClusterTableModel::SeverityColumn,
                                      new SeverityBarDelegate(this));
    m_table->setItemDelegateForColumn(ClusterTableModel::TimelineColumn,
                                      new SparklineDelegate(this));
    auto *vertical = m_table->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    vertical->hide();
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    // Widths from the font: sample texts for fixed-format columns, character counts for the rest.
    const QFontMetrics fm = fontMetrics();
    const int cw = style::charWidth(fm, 1);
    const int pad = cw * 3;
    const int timeWidth = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + pad;
    // The count reads "1,234 of 12,345" while a time range or severity is chosen.
    const int countWidth = fm.horizontalAdvance(QStringLiteral("12,345 of 12,345")) + pad;
    const int widths[ClusterTableModel::ColumnCount] = {fm.horizontalAdvance(tr("Priority")) + pad,
                                                        cw * 14,
                                                        cw * 56,
                                                        countWidth,
                                                        cw * 16,
                                                        timeWidth,
                                                        timeWidth,
                                                        cw * 34,
                                                        cw * 20,
                                                        cw * 18,
                                                        cw * 14};
    for (int c = 0; c < ClusterTableModel::ColumnCount; ++c)
        header->resizeSection(c, qMax(widths[c], header->sectionSizeHint(c)));
    // The trend reads with the priority: "P1 · Regressed (#12 …)".
    m_table->horizontalHeader()->moveSection(
        m_table->horizontalHeader()->visualIndex(ClusterTableModel::TrendColumn), 1);
    // And the linked issue right after them, on screen without scrolling at 1280 px.
    header->moveSection(header->visualIndex(ClusterTableModel::IssueColumn), 2);
    // What an on-call engineer looks for first: the most urgent, the largest of each level first.
    m_table->sortByColumn(ClusterTableModel::PriorityColumn, Qt::AscendingOrder);
    // The linked issue opens from its cell: a click, or Enter on the row's issue cell.
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ClusterTableModel::IssueColumn)
            openIssue(index);
    });
    m_table->installEventFilter(this);
}

// Below the table: the selected cluster's details (with its evidence) and its entries.
void ClustersPage::setUpDetailTabs()
{
    m_detail = new ClusterDetailView(this);
    m_evidence = new evidence::EvidenceJob(this);
    connect(m_evidence, &evidence::EvidenceJob::evidenceReady, m_detail,
            &ClusterDetailView::setEvidence);
    connect(m_detail, &ClusterDetailView::codeSettingsRequested, this, [this] {
        CodeSettingsDialog dialog(m_evidence->codeSettingsPath(), this);
        if (dialog.exec() == QDialog::Accepted)
            requestEvidence();
    });
    m_entries = new EntriesView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_detail, style::icon("details"), tr("Details"));
    m_tabs->addTab(m_entries, style::icon("entries"), tr("Entries"));
    m_tabs->setDocumentMode(true);
    setTabOrder(m_table, m_tabs); // the tab bar before the pages it switches
}

// Chart, filter and table, details: one above the other in a splitter.
void ClustersPage::layOutPanes()
{
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("clustersSplitter"));
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(tableBox);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

// The session's loads and answers, and what the views ask for.
void ClustersPage::connectViews()
{
    connect(m_session, &Session::clustersChanged, this, &ClustersPage::onClustersChanged);
    connect(m_session, &Session::loadFinished, this, [this] {
        m_chart->setTitle(tr("All entries"));
        m_requery->start();
        requestFilteredCounts();
    });
    connect(m_session, &Session::entriesReady, this, &ClustersPage::onEntriesReady);
    connect(m_session, &Session::messageMatches, this, &ClustersPage::onMessageMatches);
    connect(m_filter, &FilterBar::changed, this, &ClustersPage::onFilterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClustersPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ClustersPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ClustersPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClustersPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ClustersPage::updateCounts);
    connect(m_chart, &TimelineChartView::timeRangeSelected, this, &ClustersPage::setTimeRange);
    connect(m_detail, &ClusterDetailView::entryRequested, this, &ClustersPage::openEntry);
    connect(m_detail, &ClusterDetailView::copyLinkRequested, this, &ClustersPage::copyClusterLink);
    connect(m_detail, &ClusterDetailView::splitRequested, this, [this](const QStringList &fps) {
        const QString error = splitTemplates(fps);
        if (!error.isEmpty())
            Q_EMIT statusMessage(error);
    });
    connect(m_entries, &EntriesView::entryRequested, this, &ClustersPage::openEntry);
}

ClustersPage::~ClustersPage() = default;

void ClustersPage::setGitHubClient(github::GitHubClient *client)
{
    m_evidence->setGitHubClient(client);
}

void ClustersPage::saveState() const
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kTabKey, m_tabs->currentIndex());
    m_entries->saveState(kEntriesHeaderKey);
}

void ClustersPage::restoreState()
{
    QSettings settings;
    const QByteArray header = settings.value(kHeaderKey).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(kSplitterKey).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_tabs->setCurrentIndex(settings.value(kTabKey, 0).toInt());
    m_entries->restoreState(kEntriesHeaderKey);
}

void ClustersPage::onClustersChanged()
{
    const auto &set = m_session->clusters();
    if (set.clusters().empty()) {
        m_model->clear();
        m_detail->clear();
        m_timeline->setTimeline({});
        m_entries->clear(m_session->isLoading()
                             ? tr("Entries can be listed when loading has finished.")
                             : QString());
        m_chart->setTitle(m_session->isLoading() ? tr("Loading…") : QString());
        m_filter->setServices({});
        return;
    }
    m_model->setClusterSet(set);

    std::set<QString> services;
    for (const auto &c : set.clusters()) {
        for (const auto &s : c.services)
            services.insert(s.name);
    }
    m_filter->setServices(QStringList(services.begin(), services.end()));

    const quint64 shownBefore = m_selectionShown;
    if (!m_pendingTemplate.isEmpty()) {
        // After a merge or split: select the cluster that now holds the template we followed.
        const int ti = set.templateIndex(m_pendingTemplate);
        m_pendingTemplate.clear();
        if (ti >= 0 && set.templates()[size_t(ti)].cluster < set.clusters().size())
            selectCluster(set.clusters()[set.templates()[size_t(ti)].cluster].fingerprint);
        Q_EMIT statusMessage(std::exchange(m_pendingDone, QString()));
    }
    // The selected row may be unchanged while the cluster under it is another one (a merge
    // under an active filter): then the view sent no selection change, so show it here.
    if (m_selectionShown == shownBefore)
        onSelectionChanged();
    requestFilteredCounts(); // indices of the new snapshot
    updateCounts();
}

void ClustersPage::requestEvidence()
{
    const auto indices = selectedClusterIndices();
    m_evidenceRange = {m_filter->fromMs(), m_filter->toMs()};
    if (indices.size() == 1 && m_session->store())
        m_evidence->request(m_session->store(), m_session->clusters(), indices.front(),
                            m_evidenceRange.first * 1'000'000, m_evidenceRange.second * 1'000'000);
    else
        m_evidence->cancel();
}

std::vector<int> ClustersPage::selectedClusterIndices() const
{
    std::vector<int> out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out.push_back(i.data(ClusterTableModel::ClusterIndexRole).toInt());
    return out;
}

QStringList ClustersPage::selectedFingerprints() const
{
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << i.data(ClusterTableModel::FingerprintRole).toString();
    return out;
}

void ClustersPage::selectCluster(const QString &fingerprint)
{
    const int row = m_model->rowOf(fingerprint);
    if (row < 0)
        return;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, ClusterTableModel::NameColumn));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ClustersPage::onSelectionChanged()
{
    ++m_selectionShown;
    const auto indices = selectedClusterIndices();
    const auto &set = m_session->clusters();
    if (indices.empty())
        m_detail->clear();
    else if (indices.size() == 1) {
        m_detail->showCluster(set, indices.front(), m_session->store());
        showFilteredStatistics();
    } else
        m_detail->showSelectionSummary(set, indices);
    requestEvidence();
    m_requery->start();
    Q_EMIT selectionChanged();
}

bool ClustersPage::canMerge() const
{
    return m_session->state() == Session::State::Ready &&
           m_table->selectionModel()->selectedRows().size() >= 2;
}

QString ClustersPage::mergeSelected()
{
    const QStringList fps = selectedFingerprints();
    const auto &set = m_session->clusters();
    QString followed;
    if (!fps.isEmpty()) {
        const int ci = set.clusterIndex(fps.front());
        if (ci >= 0 && !set.clusters()[size_t(ci)].templates.empty())
            followed = set.templates()[set.clusters()[size_t(ci)].templates.front()].fingerprint;
    }
    auto result = m_session->mergeClusters(fps);
    if (!result)
        return result.error().what;
    m_pendingTemplate = followed;
    m_pendingDone = tr("Merged %n clusters into one.", nullptr, int(fps.size()));
    Q_EMIT statusMessage(tr("Merging %n clusters…", nullptr, int(fps.size())));
    return {};
}

QString ClustersPage::splitTemplates(const QStringList &templateFingerprints)
{
    auto result = m_session->splitTemplates(templateFingerprints);
    if (!result)
        return result.error().what;
    m_pendingTemplate = templateFingerprints.value(0);
    m_pendingDone = tr("Split the cluster.");
    Q_EMIT statusMessage(tr("Splitting the cluster…"));
    return {};
}

void ClustersPage::openEntry(qulonglong entry)
{
    const auto store = m_session->store();
    if (!store || entry >= store->size())
        return;
    auto *dialog = new EntryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Stack frames link to code through the same mappings as the evidence; a broken settings
    // file only costs the links (the Code settings dialog reports it).
    if (const auto settings = evidence::CodeSettings::load(m_evidence->codeSettingsPath()))
        dialog->setCodeSettings(*settings);
    dialog->setEntryJson(store->rawJson(size_t(entry)));
    dialog->show();
}

void ClustersPage::setLinkSource(const QStringList &files, bool demo)
{
    m_linkFiles = files;
    m_linkDemo = demo;
}

QString ClustersPage::clusterLink(const QString &fingerprint) const
{
    if (fingerprint.isEmpty() || (m_linkFiles.isEmpty() && !m_linkDemo))
        return QString();
    ClusterLink link;
    link.files = m_linkFiles;
    link.demo = m_linkDemo;
    link.fingerprint = fingerprint;
    return link.toString();
}

void ClustersPage::copyClusterLink(const QString &fingerprint)
{
    const QString link = clusterLink(fingerprint);
    if (link.isEmpty()) {
        Q_EMIT statusMessage(tr("This data was not opened from files, so a link cannot reopen it. "
                                "Save the collection as a file first."));
        return;
    }
    QApplication::clipboard()->setText(link);
    Q_EMIT statusMessage(tr("Copied a link to this cluster; \"loggardener LINK\" opens it."));
}

} // namespace gardener
