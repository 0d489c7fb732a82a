#pragma once

#include "core/models/clustertablemodel.h"
#include "core/triage/clustertriage.h"
#include "core/triage/rules.h"
#include "core/util/jobtracker.h"

#include <QObject>

class QThread;

namespace gardener {
class Session;
namespace history {
class HistoryStore;
}

namespace triage {

// The views of a triage run over `set` (same order as set.clusters()) for the clusters table.
QHash<QString, ClusterTableModel::TriageView>
triageViews(const clustering::ClusterSet &set, const std::vector<TriagedCluster> &triaged);

struct TriageOutcome;
namespace detail {
class TriageWorker;
}

// Keeps the clusters table's priority column and names current: every snapshot of the session
// is triaged with the rules (the user's file when it exists and is valid, else the built-in
// ones) against the history, and once the entries are there its clusters are named. That is
// a worker thread's job, with a history connection of its own: for a thousand clusters it
// took a third of a second, which on the UI thread froze the window when a load finished. A
// newer snapshot supersedes the triage of an older one; the table shows the latest result.
// The rules file is read and parsed on a worker too: until the first read arrives the
// built-in rules apply.
class TriageBinder final : public QObject
{
    Q_OBJECT
public:
    TriageBinder(Session *session, ClusterTableModel *model, history::HistoryStore *history,
                 QString rulesPath, QObject *parent = nullptr);
    ~TriageBinder() override; // waits for the triage in progress, if any

    // Re-reads the rules file (after the user saved it) on a worker, then, on the UI thread,
    // takes its rules and triages again (rulesReloaded). A newer reload supersedes an older
    // one; nothing arrives once the binder is gone. The rules before stay until then.
    void reloadRules();
    // Triages the current clusters again (after an override changed).
    void refresh() { apply(); }
    const RuleSet &rules() const { return m_rules; }
    QString rulesProblem() const { return m_rulesProblem; } // why the user's file is not used

Q_SIGNALS:
    // The table shows the triage of the latest snapshot.
    void triaged(int clusters);
    void problem(const QString &message);
    // The rules of the latest reloadRules() are in place and the clusters triaged with them.
    void rulesReloaded();

private:
    struct LoadedRules
    {
        RuleSet rules = RuleSet::defaults();
        QString problemText; // why the user's file is not used
    };
    // The rules of the file at `path` (the built-in ones when there is none). Any thread.
    static LoadedRules loadRules(const QString &path);
    void setRules(LoadedRules loaded);
    void apply();
    void show(const TriageOutcome &outcome);

    Session *m_session;
    ClusterTableModel *m_model;
    history::HistoryStore *m_history;
    QString m_rulesPath;
    RuleSet m_rules;
    QString m_rulesProblem;
    bool m_reloadShown = true; // false from a rules reload until a triage with them is shown
    QThread *m_thread = nullptr;
    detail::TriageWorker *m_worker = nullptr; // lives on m_thread
    JobTracker m_applyJob{this};
    JobTracker m_rulesLoad{this}; // declared last: gone first, so nothing arrives after
};

} // namespace triage
} // namespace gardener
