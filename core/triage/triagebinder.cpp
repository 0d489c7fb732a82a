#include "triagebinder.h"

#include "history/clusternames.h"
#include "naming/clusternaming.h"

#include "clustertriage.h"
#include "history/historystore.h"
#include "logs/logstore.h"
#include "models/clustertablemodel.h"
#include "session/session.h"

#include <QFile>

namespace gardener::triage {

TriageBinder::TriageBinder(Session *session, ClusterTableModel *model, history::HistoryStore *history,
                           QString rulesPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_history(history)
    , m_rulesPath(std::move(rulesPath))
{
    reloadRules();
    connect(m_session, &Session::clustersChanged, this, &TriageBinder::apply);
    connect(m_session, &Session::loadFinished, this, &TriageBinder::apply);
    // A name the user typed into the table is remembered for the cluster, every later run.
    connect(m_model, &ClusterTableModel::nameEdited, this, [this](const QString &fingerprint, const QString &name) {
        if (!m_history)
            return;
        if (auto saved = history::ClusterNames(*m_history).setEdited(fingerprint, name); !saved)
            emit problem(tr("The cluster name could not be saved: %1").arg(saved.error().toString()));
        else
            apply();
    });
}

void TriageBinder::reloadRules()
{
    m_rules = RuleSet::defaults();
    m_rulesProblem.clear();
    QFile file(m_rulesPath);
    if (!m_rulesPath.isEmpty() && file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            m_rulesProblem = tr("Cannot read the triage rules %1: %2; using the built-in rules.")
                                 .arg(m_rulesPath, file.errorString());
        } else if (auto parsed = RuleSet::parse(QString::fromUtf8(file.readAll()), m_rulesPath)) {
            m_rules = std::move(*parsed);
        } else {
            m_rulesProblem = tr("The triage rules have a mistake (%1); using the built-in rules.")
                                 .arg(parsed.error().toString());
        }
    }
    if (!m_rulesProblem.isEmpty())
        emit problem(m_rulesProblem);
    apply();
}

void TriageBinder::apply()
{
    const auto &set = m_session->clusters();
    const auto store = m_session->store(); // null while loading: no sample texts yet
    // Data recorded before (the same export opened again) is compared with the runs before
    // its record, not with itself.
    ClusterTriageOptions options;
    if (m_history) {
        if (auto earlier = m_history->runForData(m_session->dataKey()); earlier && *earlier)
            options.currentRunId = **earlier;
    }
    auto result = triageClusters(set, store.get(), m_rules, m_history, options);
    if (!result) {
        emit problem(tr("Triage failed: %1").arg(result.error().toString()));
        return;
    }
    m_model->setTriage(ClusterTableModel::triageViews(set, *result));
    // Names kept in history, once the entries are there (names from snapshots without sample
    // messages are not remembered).
    if (store && m_history) {
        if (auto names = naming::clusterNames(set, store.get(), m_history)) {
            QHash<QString, QString> byFingerprint;
            for (size_t i = 0; i < set.clusters().size(); ++i)
                byFingerprint.insert(set.clusters()[i].fingerprint, names->at(qsizetype(i)));
            m_model->setNames(std::move(byFingerprint));
        }
    }
    emit triaged(int(result->size()));
}

} // namespace gardener::triage
