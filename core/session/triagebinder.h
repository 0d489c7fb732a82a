#pragma once

#include "core/models/clustertablemodel.h"
#include "core/triage/clustertriage.h"
#include "core/triage/rules.h"
#include "core/util/jobtracker.h"

#include <QObject>

namespace gardener {
class Session;
namespace history {
class HistoryStore;
}

namespace triage {

// The views of a triage run over `set` (same order as set.clusters()) for the clusters table.
QHash<QString, ClusterTableModel::TriageView>
triageViews(const clustering::ClusterSet &set, const std::vector<TriagedCluster> &triaged);

// Keeps the clusters table's priority column current: every snapshot of the session is triaged
// with the rules (the user's file when it exists and is valid, else the built-in ones) against
// the history. Triage of a few hundred clusters is a handful of rule matches and indexed
// queries, cheap enough for the UI thread, where the session delivers its snapshots. The rules
// file is read and parsed on a worker: until the first read arrives the built-in rules apply.
class TriageBinder final : public QObject
{
    Q_OBJECT
public:
    TriageBinder(Session *session, ClusterTableModel *model, history::HistoryStore *history,
                 QString rulesPath, QObject *parent = nullptr);

    // Re-reads the rules file (after the user saved it) on a worker, then, on the UI thread,
    // takes its rules and triages again (rulesReloaded). A newer reload supersedes an older
    // one; nothing arrives once the binder is gone. The rules before stay until then.
    void reloadRules();
    // Triages the current clusters again (after an override changed).
    void refresh() { apply(); }
    const RuleSet &rules() const { return m_rules; }
    QString rulesProblem() const { return m_rulesProblem; } // why the user's file is not used

Q_SIGNALS:
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

    Session *m_session;
    ClusterTableModel *m_model;
    history::HistoryStore *m_history;
    QString m_rulesPath;
    RuleSet m_rules;
    QString m_rulesProblem;
    JobTracker m_rulesLoad{this}; // declared last: gone first, so nothing arrives after
};

} // namespace triage
} // namespace gardener
