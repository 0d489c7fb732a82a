#include "core/pipeline/worklogimport.h"

#include "core/clustering/fingerprint.h"
#include "core/clustering/masker.h"

#include <QCryptographicHash>

namespace gardener::pipeline {
namespace {

QStringList tokens(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct Best
{
    const history::TemplateRecord *record = nullptr;
    double score = 0;
};

Best bestMatch(const QString &masked, const QString &module, const QString &function,
               const QVector<history::TemplateRecord> &known)
{
    Best best;
    for (const auto &r : known) {
        // A known location that differs rules the template out: same words, other code.
        if (!module.isEmpty() && !r.module.isEmpty() && module != r.module)
            continue;
        if (!function.isEmpty() && !r.function.isEmpty() && function != r.function)
            continue;
        const double s = templateSimilarity(masked, r.text);
        if (s > best.score)
            best = {&r, s};
    }
    return best;
}

} // namespace

double templateSimilarity(const QString &maskedMessage, const QString &templateText)
{
    const QStringList a = tokens(maskedMessage);
    const QStringList b = tokens(templateText);
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype same = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const std::string bt = b[i].toStdString();
        if (a[i] == b[i] || clustering::isPlaceholder(bt))
            ++same;
    }
    return double(same) / double(std::max(a.size(), b.size()));
}

namespace {

// One cluster of the worklog as a cluster of the run: the history's cluster whose template its
// samples match best, else a fingerprint of its own (from its samples, or its title).
std::pair<ImportedCluster, history::RunCluster>
importCluster(const worklog::WorklogCluster &wc, int index, const clustering::Masker &masker,
              const QVector<history::TemplateRecord> &known, double minSimilarity)
{
    ImportedCluster ic;
    ic.worklogCluster = index;
    history::RunCluster rc;
    rc.name = wc.title;
    rc.count = wc.count > 0 ? quint64(wc.count) : 0;
    rc.priority = wc.priority.size() == 2 ? wc.priority.mid(1).toInt() : -1;
    rc.category = wc.category;
    for (const auto &sample : wc.samples) {
        if (sample.message.isEmpty())
            continue;
        const QString module = sample.module.isEmpty() ? wc.module : sample.module;
        const QString function = sample.function.isEmpty() ? wc.function : sample.function;
        const std::string utf8 = sample.message.utf8().toStdString();
        const QString masked = QString::fromStdString(masker.maskToString(utf8));
        const Best best = bestMatch(masked, module, function, known);
        if (best.record && best.score >= minSimilarity && best.score > ic.similarity) {
            ic.fingerprint = best.record->clusterFingerprint;
            ic.matchedHistory = true;
            ic.similarity = best.score;
            ic.matchedTemplate = best.record->text;
        }
        if (ic.fingerprint.isEmpty() || !ic.matchedHistory) {
            const std::string m = masked.toStdString();
            const QString tfp =
                clustering::templateFingerprint(m, module.toStdString(), function.toStdString());
            ic.fingerprint = clustering::clusterFingerprint({tfp});
            rc.templates.push_back({ic.fingerprint, tfp, masked, module, function});
        }
    }
    if (ic.fingerprint.isEmpty()) {
        // No sample to go by: the title is what a person matched on.
        const std::string title = wc.title.toStdString();
        ic.fingerprint = clustering::clusterFingerprint(
            {clustering::templateFingerprint(masker.maskToString(title), {}, {})});
    }
    rc.fingerprint = ic.fingerprint;
    return {ic, rc};
}

// Two clusters of one worklog may map to the same fingerprint; keep one row, add counts.
QVector<history::RunCluster> mergedByFingerprint(const QVector<history::RunCluster> &clusters)
{
    QVector<history::RunCluster> merged;
    for (const auto &rc : clusters) {
        auto it = std::find_if(merged.begin(), merged.end(), [&](const history::RunCluster &m) {
            return m.fingerprint == rc.fingerprint;
        });
        if (it == merged.end())
            merged.push_back(rc);
        else
            it->count += rc.count;
    }
    return merged;
}

// The issues the worklog's actions name, linked to the clusters they act on.
Result<void> linkIssues(const worklog::WorklogData &w, const ImportOutcome &outcome,
                        const QDateTime &when, history::HistoryStore &history)
{
    for (const auto &a : w.actions) {
        if (a.issue <= 0 || a.cluster < 0 || a.cluster >= outcome.clusters.size())
            continue;
        history::IssueLink link;
        link.fingerprint = outcome.clusters[a.cluster].fingerprint;
        link.issue = a.issue;
        link.url = a.url;
        link.state = QStringLiteral("open");
        link.lastAction = worklog::actionKindName(a.kind);
        link.updated = when;
        if (auto linked = history.linkIssue(link); !linked)
            return tl::unexpected(linked.error());
    }
    return {};
}

} // namespace

Result<ImportOutcome> importWorklog(const worklog::WorklogData &w, const QByteArray &content,
                                    const QString &path, history::HistoryStore &history,
                                    double minSimilarity)
{
    const QByteArray hash = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    ImportOutcome outcome;
    auto previous = history.importedRun(hash);
    if (!previous)
        return tl::unexpected(previous.error());
    if (*previous) {
        outcome.runId = **previous;
        outcome.alreadyImported = true;
        return outcome;
    }
    auto known = history.knownTemplates();
    if (!known)
        return tl::unexpected(known.error());
    auto runs = history.runs(100000);
    if (!runs)
        return tl::unexpected(runs.error());

    const clustering::Masker masker;
    history::Run run;
    run.started = w.generated.isValid() ? w.generated : QDateTime::currentDateTimeUtc();
    run.source = QStringLiteral("worklog");
    run.service = w.service;
    run.project = w.project;
    run.entries = w.entriesAnalysed > 0 ? quint64(w.entriesAnalysed) : 0;
    run.worklogPath = path;
    for (int i = 0; i < w.clusters.size(); ++i) {
        auto [ic, rc] = importCluster(w.clusters[i], i, masker, *known, minSimilarity);
        outcome.clusters.append(ic);
        run.clusters.append(rc);
    }
    run.clusters = mergedByFingerprint(run.clusters);
    auto id = history.recordRun(run);
    if (!id)
        return tl::unexpected(id.error());
    outcome.runId = *id;
    if (auto linked = linkIssues(w, outcome, run.started, history); !linked)
        return tl::unexpected(linked.error());
    if (auto marked = history.markImported(hash, path, outcome.runId); !marked)
        return tl::unexpected(marked.error());
    return outcome;
}

} // namespace gardener::pipeline
