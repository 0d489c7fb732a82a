#include "core/session/triagework.h"

#include "core/history/historystore.h"
#include "core/naming/clusternaming.h"
#include "core/session/triagebinder.h"
#include "core/triage/clustertriage.h"

namespace gardener::triage {

TriageOutcome triageSnapshot(const clustering::ClusterSet &set, const LogStore *store,
                             const RuleSet &rules, history::HistoryStore *history,
                             const QString &dataKey)
{
    TriageOutcome out;
    // Data recorded before (the same export opened again) is compared with the runs before
    // its record, not with itself.
    ClusterTriageOptions options;
    if (history) {
        if (auto earlier = history->runForData(dataKey); earlier && *earlier)
            options.currentRunId = **earlier;
    }
    auto result = triageClusters(set, store, rules, history, options);
    if (!result) {
        out.error = result.error();
        return out;
    }
    out.views = triageViews(set, *result);
    out.clusters = int(result->size());
    // Names kept in history, once the entries are there (names from snapshots without sample
    // messages are not remembered).
    if (store && history) {
        if (auto names = naming::clusterNames(set, store, history)) {
            QHash<QString, QString> byFingerprint;
            for (size_t i = 0; i < set.clusters().size(); ++i)
                byFingerprint.insert(set.clusters()[i].fingerprint, names->at(qsizetype(i)));
            out.names = std::move(byFingerprint);
        }
    }
    return out;
}

namespace detail {

// Out of line for the history's complete type. The binder deletes the worker on its own
// thread as that ends, so the connection closes on the thread that opened it.
TriageWorker::~TriageWorker() = default;

std::optional<Error> TriageWorker::openHistory()
{
    if (m_history || m_historyPath.isEmpty())
        return std::nullopt;
    auto history = std::make_unique<history::HistoryStore>();
    if (auto opened = history->open(m_historyPath); !opened)
        return opened.error();
    m_history = std::move(history);
    return std::nullopt;
}

TriageOutcome TriageWorker::run(const clustering::ClusterSet &set, const LogStore *store,
                                const RuleSet &rules, const QString &dataKey)
{
    // Tried again on the next snapshot when it fails (another process may hold a lock).
    if (auto failed = openHistory()) {
        TriageOutcome outcome;
        outcome.error = std::move(failed);
        return outcome;
    }
    return triageSnapshot(set, store, rules, m_history.get(), dataKey);
}

} // namespace detail
} // namespace gardener::triage
