#include "core/pipeline/runpipeline.h"

#include "core/clustering/clusterengine.h"
#include "core/demo/bundleddemo.h"
#include "core/history/historystore.h"
#include "core/history/runidentity.h"
#include "core/logs/logstore.h"
#include "core/naming/clusternaming.h"
#include "core/pipeline/sincelastrun.h"
#include "core/pipeline/worklogbuilder.h"
#include "core/worklog/worklogwriter.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimeZone>

namespace gardener::pipeline {
namespace {

Result<triage::RuleSet> loadRules(const QString &path)
{
    if (path.isEmpty())
        return triage::RuleSet::defaults();
    auto text = triage::RuleSet::readFile(path);
    if (!text || !*text) {
        return fail(QStringLiteral("cannot read the rules: %1")
                        .arg(text ? QStringLiteral("no such file") : text.error().what),
                    path);
    }
    return triage::RuleSet::parse(**text, path);
}

void say(const RunLog &log, const QString &text)
{
    if (log)
        log(text);
}

QString historyPath(const RunOptions &options)
{
    return options.historyPath.isEmpty() ? history::HistoryStore::defaultPath()
                                         : options.historyPath;
}

// The worklog's clusters are in reading order; actions name clusters by their set index.
void addActions(worklog::WorklogData &data, const clustering::ClusterSet &set,
                const std::vector<triage::TriagedCluster> &triaged, const RunActions &actions)
{
    const std::vector<int> order = clusterReadingOrder(set, triaged);
    for (worklog::WorklogAction a : actions.actions) {
        const auto it = std::find(order.begin(), order.end(), a.cluster);
        a.cluster = it == order.end() ? -1 : int(it - order.begin());
        data.actions.append(a);
    }
    if (actions.draftsWaiting > 0)
        data.nextSteps.prepend(QStringLiteral("%1 GitHub draft(s) wait for review in Log Gardener.")
                                   .arg(actions.draftsWaiting));
}

} // namespace

QString defaultWorklogDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("worklogs"));
}

namespace {

QString dataKeyFor(const RunOptions &options, const LogSummary &summary)
{
    if (!options.dataKey.isEmpty())
        return options.dataKey;
    QList<QByteArray> inputs;
    if (options.demo)
        inputs << history::bytesIdentity(demo::bundledExport());
    for (const QString &path : options.inputs)
        inputs << history::fileIdentity(path);
    return history::runDataKey(inputs, summary.firstNs, summary.lastNs, summary.entries);
}

// The run recorded for this data before (0: none), so trends compare with the runs before it
// rather than with itself.
Result<qint64> earlierRecordOf(const history::HistoryStore &history, const QString &dataKey)
{
    auto id = history.runForData(dataKey);
    if (!id)
        return tl::unexpected(id.error());
    return id->value_or(0);
}

} // namespace

Result<RunOutcome> runOnce(const RunOptions &options, const RunLog &log)
{
    auto outcome = analyse(options, log);
    if (!outcome)
        return outcome;
    if (auto done = finish(*outcome, options, {}, log); !done)
        return tl::unexpected(done.error());
    return outcome;
}

Result<RunOutcome> analyse(const RunOptions &options, const RunLog &log)
{
    auto rules = loadRules(options.rulesPath);
    if (!rules)
        return tl::unexpected(rules.error());

    RunOutcome out;
    out.store = std::make_shared<LogStore>();
    int readable = 0;
    auto account = [&](const Result<ReadReport> &report, const QString &name) {
        if (!report) {
            out.warnings << report.error().toString();
            out.partial = true;
            return;
        }
        ++readable;
        if (report->skipped > 0 || !report->complete()) {
            out.partial = true;
            out.warnings << QStringLiteral("%1: %2 entries skipped").arg(name).arg(report->skipped);
            for (const Error &e : report->problems)
                out.warnings << QStringLiteral("  ") + e.toString();
        }
        out.reads.append(*report);
    };
    if (options.demo)
        account(LogReader::readBytes(demo::bundledExport(), demo::bundledExportName(), *out.store,
                                     options.read),
                demo::bundledExportName());
    for (const QString &path : options.inputs) {
        say(log, QStringLiteral("reading %1").arg(path));
        account(LogReader::readFile(path, *out.store, options.read), path);
    }
    if (readable == 0)
        return fail(out.warnings.isEmpty() ? QStringLiteral("no input given")
                                           : QStringLiteral("no input could be read: ") +
                                                 out.warnings.join(QStringLiteral("; ")));
    out.summary = summarize(*out.store);
    if (options.cluster) {
        auto set = options.cluster(*out.store, out.summary);
        if (!set)
            return tl::unexpected(set.error());
        out.clusters = std::move(*set);
    } else {
        say(log, QStringLiteral("clustering %1 entries").arg(out.store->size()));
        clustering::ClusterOptions clusterOptions;
        clusterOptions.decisions = options.decisions;
        out.clusters = clustering::clusterStore(*out.store, clusterOptions);
    }

    history::HistoryStore history;
    if (options.recordHistory) {
        auto opened = history.open(historyPath(options));
        if (!opened)
            return tl::unexpected(opened.error());
        if (!history.openWarning().isEmpty())
            out.warnings << history.openWarning();
    }
    triage::ClusterTriageOptions triageOptions;
    triageOptions.windowStartNs = out.summary.firstNs;
    triageOptions.windowEndNs = out.summary.lastNs;
    out.dataKey = dataKeyFor(options, out.summary);
    if (options.recordHistory) {
        auto earlier = earlierRecordOf(history, out.dataKey);
        if (!earlier)
            return tl::unexpected(earlier.error());
        triageOptions.currentRunId = *earlier;
    }
    auto triaged = triage::triageClusters(out.clusters, out.store.get(), *rules,
                                          options.recordHistory ? &history : nullptr, triageOptions,
                                          &out.comparison);
    if (!triaged)
        return tl::unexpected(triaged.error());
    out.triage = std::move(*triaged);
    // Names by rules, kept per fingerprint in history (after triage: rules match templates).
    auto names = naming::clusterNames(out.clusters, out.store.get(),
                                      options.recordHistory ? &history : nullptr);
    if (!names)
        return tl::unexpected(names.error());
    out.clusters = naming::withNames(out.clusters, *names);
    return out;
}

Result<void> finish(RunOutcome &out, const RunOptions &options, const RunActions &actions,
                    const RunLog &log)
{
    RunOptions withKey = options;
    withKey.dataKey = out.dataKey;
    auto recorded = recordRun(*out.store, out.summary, out.clusters, out.triage, withKey, actions,
                              nullptr, log);
    if (!recorded)
        return tl::unexpected(recorded.error());
    out.runId = recorded->runId;
    out.worklogPath = recorded->worklogPath;
    return {};
}

Result<RecordedRun> recordRun(const LogStore &store, const LogSummary &summary,
                              const clustering::ClusterSet &set,
                              const std::vector<triage::TriagedCluster> &triaged,
                              const RunOptions &options, const RunActions &actions,
                              history::HistoryStore *openHistory, const RunLog &log)
{
    RecordedRun recorded;
    WorklogHeader header;
    header.generated = QDateTime::currentDateTimeUtc();
    header.service = options.service;
    header.project = options.project;
    header.timeRange = options.timeRange;
    header.severityFilter = options.severityFilter;

    history::HistoryStore ownHistory;
    history::HistoryStore *history = openHistory;
    if (!history && options.recordHistory) {
        if (auto opened = ownHistory.open(historyPath(options)); !opened)
            return tl::unexpected(opened.error());
        history = &ownHistory;
    }
    const QString dataKey = dataKeyFor(options, summary);
    qint64 earlierRecord = 0;
    if (history) {
        auto earlier = earlierRecordOf(*history, dataKey);
        if (!earlier)
            return tl::unexpected(earlier.error());
        earlierRecord = *earlier;
    }
    if (options.writeWorklog) {
        const QString dir = options.worklogDir.isEmpty() ? defaultWorklogDir() : options.worklogDir;
        worklog::WorklogData data =
            buildWorklog(header, store, summary, set, triaged, &actions.evidence);
        if (history) {
            // Compared before this run is recorded: the run-level changes since the last one.
            triage::ClusterTriageOptions window;
            window.windowStartNs = summary.firstNs;
            window.windowEndNs = summary.lastNs;
            auto compared = history->compare(triage::memberClusters(set), summary.entries,
                                             triage::windowMinutes(set, window), earlierRecord);
            if (!compared)
                return tl::unexpected(compared.error());
            data.sinceLastRun =
                sinceLastRunLines(set, triaged, *compared, clusterReadingOrder(set, triaged));
        }
        addActions(data, set, triaged, actions);
        auto written = worklog::WorklogWriter::write(data, dir, pipelineWriterOptions());
        if (!written)
            return tl::unexpected(written.error());
        recorded.worklogPath = *written;
        say(log, QStringLiteral("worklog written to %1").arg(recorded.worklogPath));
    }
    if (!options.recordHistory)
        return recorded;

    history::Run run;
    run.started = header.generated;
    run.source = options.inputs.isEmpty() ? QStringLiteral("demo") : QStringLiteral("file");
    run.service = header.service.isEmpty() && !summary.services.isEmpty()
                      ? summary.services.first().name
                      : header.service;
    run.project = options.project;
    run.windowStart = QDateTime::fromMSecsSinceEpoch(summary.firstNs / 1'000'000, QTimeZone::utc());
    run.windowEnd = QDateTime::fromMSecsSinceEpoch(summary.lastNs / 1'000'000, QTimeZone::utc());
    run.entries = summary.entries;
    run.worklogPath = recorded.worklogPath;
    run.dataKey = dataKey;
    for (size_t i = 0; i < set.clusters().size() && i < triaged.size(); ++i)
        run.clusters.push_back(triage::toRunCluster(set, int(i), triaged[i]));
    auto id = history->recordRun(std::move(run));
    if (!id)
        return tl::unexpected(id.error());
    recorded.runId = *id;
    for (const auto &link : actions.links) {
        if (auto linked = history->linkIssue(link); !linked)
            return tl::unexpected(linked.error());
    }
    return recorded;
}

} // namespace gardener::pipeline
