#pragma once

#include "core/clustering/clusterset.h"

#include <QWidget>
#include <memory>

class QTextBrowser;
class QUrl;

namespace gardener {

class LogStore;
namespace evidence {
struct ClusterEvidence;
}

// Everything about one issue cluster: its template with the masked parts marked, why its
// templates were grouped, member templates (each can be split out), statistics, and sample
// entries (each opens in full).
class ClusterDetailView final : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterDetailView(QWidget *parent = nullptr);

    // Shows cluster `index` of `set`; the store (nullptr while loading) provides sample texts.
    void showCluster(const clustering::ClusterSet &set, int index,
                     std::shared_ptr<const LogStore> store);
    // Several selected clusters: a short summary and a hint to merge them.
    void showSelectionSummary(const clustering::ClusterSet &set, const std::vector<int> &indices);
    void clear(const QString &message = {});
    // Shows evidence gathered for the cluster on screen (ignored for another cluster); the
    // sections appear after the statistics.
    void setEvidence(const evidence::ClusterEvidence &evidence);
    // A line after the statistics: the cluster's entries inside the table's time range and
    // severities ("120 of 3,400 entries …"); empty removes it.
    void setFilterStatistics(const QString &text);
    QString filterStatistics() const { return m_filterText; }

    QString fingerprint() const { return m_fingerprint; }
    // The shown cluster's Logs Explorer link (empty while loading).
    QString logsExplorerUrl() const { return m_logsUrl; }
    QString plainText() const;
    QString html() const;

    // Marks placeholders ("<NUM>", "<*>") of a template in the given colour, HTML-escaped.
    static QString markedTemplate(const QString &text, const QString &color);

Q_SIGNALS:
    void entryRequested(qulonglong entry);
    void splitRequested(const QStringList &templateFingerprints);
    void codeSettingsRequested();
    // "Copy link to cluster" was clicked.
    void copyLinkRequested(const QString &fingerprint);

private:
    void onAnchor(const QUrl &url);

    void render();
    static QString valuesHtml(const clustering::IssueCluster &c, const QString &mark,
                              const QString &muted);
    // The parts of a cluster's page, top to bottom.
    QString headingHtml(const clustering::ClusterSet &set, const clustering::IssueCluster &c,
                        const QString &mark, const QString &muted) const;
    static QString statisticsHtml(const clustering::IssueCluster &c);
    static QString templatesHtml(const clustering::ClusterSet &set,
                                 const clustering::IssueCluster &c, const QString &mark,
                                 const QString &muted);
    static QString samplesHtml(const clustering::IssueCluster &c, const LogStore *store,
                               const QString &muted);

    QTextBrowser *m_text = nullptr;
    QString m_fingerprint;
    QString m_logsUrl;
    QString m_htmlBefore; // the cluster's page up to the statistics, then the rest
    QString m_htmlAfter;
    QString m_evidenceHtml;
    QString m_filterText;
};

} // namespace gardener
