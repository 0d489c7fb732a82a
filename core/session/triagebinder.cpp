#include "core/session/triagebinder.h"

#include "core/history/clusternames.h"
#include "core/naming/clusternaming.h"

#include "core/history/historystore.h"
#include "core/logs/logstore.h"
#include "core/session/session.h"

#include <QThreadPool>

#include <memory>

namespace gardener::triage {

QHash<QString, ClusterTableModel::TriageView>
triageViews(const clustering::ClusterSet &set, const std::vector<triage::TriagedCluster> &triaged)
{
    QHash<QString, ClusterTableModel::TriageView> views;
    for (size_t i = 0; i < set.clusters().size() && i < triaged.size(); ++i) {
        const auto &t = triaged[i];
        ClusterTableModel::TriageView view;
        view.priority = t.decision.priority;
        view.category = t.decision.category;
        view.trend = t.trend.label();
        view.trendText = ClusterTableModel::trendText(t.trend);
        view.explanation = t.decision.explanation;
        view.expected = t.decision.expected || t.muted;
        // The most recent link (history lists the cluster's last issue first).
        const auto &link = t.trend.lastIssue ? t.trend.lastIssue
                           : t.trend.linkedIssues.isEmpty()
                               ? std::optional<history::IssueLink>()
                               : std::optional<history::IssueLink>(t.trend.linkedIssues.front());
        if (link) {
            view.issue = link->issue;
            view.issueState = link->state;
            view.issueUrl = link->url;
        }
        views.insert(set.clusters()[i].fingerprint, view);
    }
    return views;
}

TriageBinder::TriageBinder(Session *session, ClusterTableModel *model,
                           history::HistoryStore *history, QString rulesPath, QObject *parent)
    : QObject(parent), m_session(session), m_model(model), m_history(history),
      m_rulesPath(std::move(rulesPath)), m_rules(RuleSet::defaults())
{
    reloadRules();
    connect(m_session, &Session::clustersChanged, this, &TriageBinder::apply);
    connect(m_session, &Session::loadFinished, this, &TriageBinder::apply);
    // A name the user typed into the table is remembered for the cluster, every later run.
    connect(
        m_model, &ClusterTableModel::nameEdited, this,
        [this](const QString &fingerprint, const QString &name) {
            if (!m_history)
                return;
            if (auto saved = history::ClusterNames(*m_history).setEdited(fingerprint, name); !saved)
                Q_EMIT problem(
                    tr("The cluster name could not be saved: %1").arg(saved.error().toString()));
            else
                apply();
        });
}

void TriageBinder::reloadRules()
{
    const JobTicket job = m_rulesLoad.start();
    TriageBinder *const target = this; // reached only through job.deliver
    QThreadPool::globalInstance()->start([job, target, path = m_rulesPath] {
        auto loaded = std::make_shared<LoadedRules>(loadRules(path));
        job.deliver([target, loaded] { target->setRules(std::move(*loaded)); });
    });
}

TriageBinder::LoadedRules TriageBinder::loadRules(const QString &path)
{
    LoadedRules loaded;
    const auto text = path.isEmpty() ? Result<std::optional<QString>>() : RuleSet::readFile(path);
    if (text && !*text)
        return loaded;
    if (!text) {
        loaded.problemText = tr("Cannot read the triage rules %1: %2; using the built-in rules.")
                                 .arg(path, text.error().what);
    } else if (auto parsed = RuleSet::parse(**text, path)) {
        loaded.rules = std::move(*parsed);
    } else {
        loaded.problemText = tr("The triage rules have a mistake (%1); using the built-in rules.")
                                 .arg(parsed.error().toString());
    }
    return loaded;
}

void TriageBinder::setRules(LoadedRules loaded)
{
    m_rules = std::move(loaded.rules);
    m_rulesProblem = std::move(loaded.problemText);
    if (!m_rulesProblem.isEmpty())
        Q_EMIT problem(m_rulesProblem);
    apply();
    Q_EMIT rulesReloaded();
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
        Q_EMIT problem(tr("Triage failed: %1").arg(result.error().toString()));
        return;
    }
    m_model->setTriage(triageViews(set, *result));
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
    Q_EMIT triaged(int(result->size()));
}

} // namespace gardener::triage
