#include "core/session/triagebinder.h"

#include "core/history/clusternames.h"

#include "core/history/historystore.h"
#include "core/logs/logstore.h"
#include "core/session/session.h"
#include "core/session/triagework.h"
#include "core/util/workerpool.h"

#include <QThread>
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
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("triage"));
    m_worker = new detail::TriageWorker(m_history ? m_history->path() : QString());
    m_worker->moveToThread(m_thread);
    // Deleted on its thread as that ends, so its history connection closes where it opened.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    // The thread runs below the UI thread, as the load's workers do: on two cores the triage
    // of a thousand clusters at the end of a load otherwise kept the UI thread waiting for a
    // core. The history is opened now, while the window waits for a file, not when the first
    // load competes for the cores (the integrity check reads the whole history file). A
    // failure here is said by the first triage, which tries again.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            lowerWorkerPriority();
            (void)worker->openHistory();
        },
        Qt::QueuedConnection);
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

TriageBinder::~TriageBinder()
{
    m_applyJob.cancel();
    m_thread->quit();
    m_thread->wait();
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
    m_reloadShown = false; // rulesReloaded once the triage with these rules is shown
    apply();
}

void TriageBinder::apply()
{
    const JobTicket job = m_applyJob.start();
    // The worker gets its own references: the snapshot's data and the store are shared and
    // not changed once made, the rules are copied.
    auto work = [job, worker = m_worker, set = m_session->clusters(), store = m_session->store(),
                 rules = m_rules, dataKey = m_session->dataKey(), target = this] {
        if (job.isCancelled())
            return; // a newer snapshot came meanwhile: its triage follows
        auto outcome =
            std::make_shared<TriageOutcome>(worker->run(set, store.get(), rules, dataKey));
        job.deliver([target, outcome] { target->show(*outcome); });
    };
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void TriageBinder::show(const TriageOutcome &outcome)
{
    if (outcome.error) {
        Q_EMIT problem(tr("Triage failed: %1").arg(outcome.error->toString()));
    } else {
        m_model->setTriage(outcome.views);
        if (outcome.names)
            m_model->setNames(*outcome.names);
        Q_EMIT triaged(outcome.clusters);
    }
    if (!m_reloadShown) {
        m_reloadShown = true;
        Q_EMIT rulesReloaded();
    }
}

} // namespace gardener::triage
