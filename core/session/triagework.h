#pragma once

#include "core/clustering/clusterset.h"
#include "core/models/clustertablemodel.h"
#include "core/triage/rules.h"
#include "core/util/error.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace gardener {
class LogStore;
namespace history {
class HistoryStore;
}

namespace triage {

// What one triage of a snapshot gives the clusters table: each cluster's priority, trend and
// issue by fingerprint, and, once the entries are there and history is kept, their names.
struct TriageOutcome
{
    std::optional<Error> error; // nothing else is set then
    QHash<QString, ClusterTableModel::TriageView> views;
    std::optional<QHash<QString, QString>> names;
    int clusters = 0;
};

// Triage of `set` with `rules` against `history` (may be null), names included when `store`
// and `history` are both there. Reads and writes history (generated names are remembered), so
// it runs on the thread that opened `history`.
TriageOutcome triageSnapshot(const clustering::ClusterSet &set, const LogStore *store,
                             const RuleSet &rules, history::HistoryStore *history,
                             const QString &dataKey);

namespace detail {

// Runs triageSnapshot on a thread of its own, with a connection of its own to the history file
// (a connection serves only the thread that opened it). Opened on first use, there.
class TriageWorker final : public QObject
{
    Q_OBJECT
public:
    explicit TriageWorker(QString historyPath) : m_historyPath(std::move(historyPath)) {}
    ~TriageWorker() override;

    // Opens the worker's connection if it is not open yet; the error when that fails.
    std::optional<Error> openHistory();
    TriageOutcome run(const clustering::ClusterSet &set, const LogStore *store,
                      const RuleSet &rules, const QString &dataKey);

private:
    QString m_historyPath; // empty: no history
    std::unique_ptr<history::HistoryStore> m_history;
};

} // namespace detail
} // namespace triage
} // namespace gardener
