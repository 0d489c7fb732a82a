#pragma once

#include "core/clustering/clusterset.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace gardener {
namespace history {
class HistoryStore;
}

class RunBars;

// The "History" tab of a cluster: how often it was seen in earlier runs (bars, one per run,
// oldest first, this run last), its trend and last GitHub issue, and the user's standing
// decisions for it, kept by fingerprint: a forced priority, or "expected" (muted until its
// frequency changes by a factor).
class ClusterHistoryView final : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterHistoryView(history::HistoryStore *history, QWidget *parent = nullptr);

    // Shows cluster `index` of `set` (-1: nothing selected).
    void setCluster(const clustering::ClusterSet &set, int index);
    QString fingerprint() const { return m_fingerprint; }
    QString summaryText() const;
    int runBars() const;

    QComboBox *priorityBox() const { return m_priority; }
    QCheckBox *expectedBox() const { return m_expected; }

Q_SIGNALS:
    // The user changed an override; triage should run again.
    void overrideChanged(const QString &fingerprint);

private:
    void saveOverride();

    history::HistoryStore *m_history;
    QString m_fingerprint;
    double m_perMinute = 0;
    bool m_loading = false;
    QLabel *m_summary = nullptr;
    RunBars *m_bars = nullptr;
    QComboBox *m_priority = nullptr;
    QCheckBox *m_expected = nullptr;
    QDoubleSpinBox *m_factor = nullptr;
};

} // namespace gardener
