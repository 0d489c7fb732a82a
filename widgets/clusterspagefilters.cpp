// ClustersPage: the filters (text, severity, service, time range on the chart, muted), the
// counts that follow them, the entries query and the linked issues.
#include "core/logs/logstore.h"
#include "core/logs/timelinedata.h"
#include "core/models/clusterfilterproxy.h"
#include "core/models/clustertablemodel.h"
#include "core/models/filteredcounts.h"
#include "core/models/timelinemodel.h"
#include "core/search/searchquery.h"
#include "core/session/session.h"
#include "core/util/workerpool.h"
#include "widgets/clusterdetailview.h"
#include "widgets/clusterspage.h"
#include "widgets/entriesview.h"
#include "widgets/filterbar.h"
#include "widgets/timelinechartview.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>
#include <climits>

namespace gardener {

namespace {
// Buckets of a zoomed chart: as many as the whole run's chart has, over the dragged range.
constexpr int kZoomBuckets = 90;
} // namespace

quint32 ClustersPage::severityMask() const
{
    // The minimum severity and the search's severity terms narrow each other.
    constexpr quint32 all = (1u << SeverityCount) - 1;
    const int minimum = m_filter->minimumSeverity();
    const quint32 fromBar = minimum > 0 ? all & ~((1u << minimum) - 1) : all;
    const quint32 fromSearch = m_proxy->query().severityMask ? m_proxy->query().severityMask : all;
    const quint32 mask = fromBar & fromSearch;
    return mask == all ? 0 : mask;
}

void ClustersPage::updateCounts()
{
    m_filter->setCounts(m_proxy->rowCount(), m_model->rowCount());
    m_filter->setMutedCount(m_proxy->mutedCount());
    const auto store = m_session->store();
    m_filter->setEntryCounts(m_model->hasFilteredCounts() ? m_filteredEntries : -1,
                             store ? quint64(store->size()) : 0);
}

void ClustersPage::onFilterChanged()
{
    m_proxy->setMinimumSeverity(m_filter->minimumSeverity());
    m_proxy->setService(m_filter->service());
    m_proxy->setTimeRange(m_filter->fromMs() * 1'000'000, m_filter->toMs() * 1'000'000);
    m_proxy->setShowMuted(m_filter->showMuted());
    // A malformed term is said beside the box; the table keeps the last query that parsed.
    if (const auto query = search::parseSearch(m_filter->text()); !query) {
        m_filter->setSearchError(query.error().what);
    } else {
        m_filter->setSearchError({});
        const bool newText = query->text != m_proxy->text();
        m_proxy->setQuery(*query);
        if (newText && !query->text.isEmpty())
            m_session->searchMessages(query->text);
    }
    m_chart->setSelectedRange(m_filter->fromMs(), m_filter->toMs());
    requestFilteredCounts();
    updateCounts();
    m_requery->start();
    if (m_evidenceRange != qMakePair(m_filter->fromMs(), m_filter->toMs()))
        requestEvidence(); // a dragged range: compare that part of the cluster
}

void ClustersPage::requestFilteredCounts()
{
    const auto store = m_session->store();
    if (!store || m_session->isLoading() || m_session->clusters().clusters().empty()) {
        m_counts->cancel();
        return;
    }
    m_counts->request(store, m_session->clusters(), m_filter->fromMs() * 1'000'000,
                      m_filter->toMs() * 1'000'000, severityMask());
}

void ClustersPage::onFilteredCounts(std::shared_ptr<const FilteredCounts> counts)
{
    m_filteredEntries = counts ? qint64(counts->entries) : -1;
    m_model->setFilteredCounts(std::move(counts));
    updateCounts();
    showFilteredStatistics();
}

void ClustersPage::showFilteredStatistics()
{
    const auto indices = selectedClusterIndices();
    const ClusterRangeCounts *f =
        indices.size() == 1 ? m_model->filteredCounts(indices.front()) : nullptr;
    if (!f) {
        m_detail->setFilterStatistics({});
        return;
    }
    const auto &c = m_session->clusters().clusters()[size_t(indices.front())];
    const QLocale locale;
    QStringList severities;
    for (int s = SeverityCount - 1; s >= 0; --s)
        if (f->severities[size_t(s)] > 0)
            severities << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(severityName(Severity(s))),
                locale.toString(f->severities[size_t(s)]));
    QString text = tr("In the chosen time range and severities: %1 of %Ln entry(s)", nullptr,
                      int(qMin<quint64>(c.count, quint64(INT_MAX))))
                       .arg(locale.toString(f->count));
    if (!severities.isEmpty())
        text += QStringLiteral(" (") + severities.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_detail->setFilterStatistics(text);
}

void ClustersPage::onMessageMatches(quint64, const QString &text, const QStringList &fingerprints)
{
    if (text.trimmed().toLower() != m_proxy->text())
        return; // an answer for an older search text
    m_proxy->setMessageMatches(QSet<QString>(fingerprints.begin(), fingerprints.end()));
    updateCounts();
}

void ClustersPage::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_filter->setTimeRange(fromMs, toMs);
    onFilterChanged();
}

bool ClustersPage::openIssue(const QModelIndex &index)
{
    const QString url = index.siblingAtColumn(ClusterTableModel::IssueColumn)
                            .data(ClusterTableModel::IssueUrlRole)
                            .toString();
    if (url.isEmpty()) {
        if (index.siblingAtColumn(ClusterTableModel::IssueColumn).data().toString().isEmpty())
            return false;
        Q_EMIT statusMessage(tr("The address of this issue is not known yet."));
        return false;
    }
    if (!m_openUrl(QUrl(url))) {
        Q_EMIT statusMessage(tr("Could not open %1 in the browser.").arg(url));
        return false;
    }
    Q_EMIT statusMessage(tr("Opened %1 in the browser.").arg(url));
    return true;
}

void ClustersPage::showPostedIssue(const QString &fingerprint, int issue, const QString &url)
{
    m_model->setPostedIssue(fingerprint, issue, url);
}

bool ClustersPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a row's issue cell opens the issue; elsewhere Enter keeps its meaning. Esc in
    // the table leaves a zoomed time range, as it does on the chart.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // (A name being edited gets its keys in the editor, so Esc still cancels the edit.)
        if (key->key() == Qt::Key_Escape && m_filter->toMs() > m_filter->fromMs()) {
            setTimeRange(0, 0);
            return true;
        }
        const QModelIndex current = m_table->currentIndex();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            current.column() == ClusterTableModel::IssueColumn && openIssue(current))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ClustersPage::requery()
{
    if (!m_session->store())
        return;
    EntryQuery query;
    query.clusters = selectedFingerprints();
    query.severityMask = severityMask();
    query.service = m_filter->service();
    query.fromNs = m_filter->fromMs() * 1'000'000;
    query.toNs = m_filter->toMs() * 1'000'000;
    query.text = m_proxy->query().text; // the plain phrase; field terms filter the clusters
    m_lastQuery = m_session->queryEntries(query);
}

bool ClustersPage::zoomTimeline(const EntryQueryResult &result)
{
    const quint64 job = ++m_zoomJob;
    const auto store = m_session->store();
    if (result.query.toNs <= result.query.fromNs || !result.rows || !store)
        return false;
    // Finer buckets over the dragged range, counted on the pool: the matches can be a million.
    auto *watcher = new QFutureWatcher<TimelineData>(this);
    connect(watcher, &QFutureWatcher<TimelineData>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job == m_zoomJob)
            m_timeline->setTimeline(watcher->result());
    });
    const auto rows = result.rows;
    const qint64 from = result.query.fromNs;
    const qint64 last = result.query.toNs - 1;
    watcher->setFuture(QtConcurrent::run(&workerPool(), [store, rows, from, last] {
        lowerWorkerPriority();
        return buildTimeline(*store, from, last, kZoomBuckets, rows.get());
    }));
    return true;
}

void ClustersPage::onEntriesReady(const EntryQueryResult &result)
{
    if (result.job != m_lastQuery)
        return;
    const int count = int(qMin<quint64>(result.count, quint64(INT_MAX)));
    const int selected = int(result.query.clusters.size());
    const bool filtered = result.query.severityMask || !result.query.service.isEmpty() ||
                          result.query.toNs > result.query.fromNs || !result.query.text.isEmpty();
    QString caption;
    if (selected == 1) {
        const auto *c = m_model->cluster(m_model->rowOf(result.query.clusters.front()));
        caption = tr("%Ln entry(s) of “%1”", nullptr, count).arg(c ? c->name : QString());
    } else if (selected > 1) {
        caption = tr("%Ln entry(s) of %1 selected clusters", nullptr, count).arg(selected);
    } else {
        caption = tr("All %Ln entry(s)", nullptr, count);
    }
    if (filtered)
        caption += QStringLiteral(" · ") + tr("filtered");
    m_entries->setEntries(m_session->store(), result.rows, caption);
    // Zoomed, the chart waits for the finer buckets instead of drawing the coarse ones first.
    if (!zoomTimeline(result))
        m_timeline->setTimeline(result.timeline);
    m_chart->setTitle(selected == 1 ? tr("Entries over time: selected cluster")
                      : selected > 1
                          ? tr("Entries over time: %n selected clusters", nullptr, selected)
                      : filtered ? tr("Entries over time: matching the filter")
                                 : tr("Entries over time: all entries"));
}

} // namespace gardener
