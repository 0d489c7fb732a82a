#include "core/worklog/worklogjson.h"

#include <QJsonArray>

namespace gardener::worklog {
namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue number(qint64 v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(v));
}

QJsonObject sampleJson(const WorklogSample &s)
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), s.kind == WorklogSample::Kind::Json ? QStringLiteral("json")
                                                                        : QStringLiteral("bullet"));
    o.insert(QLatin1String("timestamp"), text(s.timestamp));
    o.insert(QLatin1String("severity"), text(s.severity));
    o.insert(QLatin1String("message"), text(s.message.toString()));
    o.insert(QLatin1String("module"), text(s.module));
    o.insert(QLatin1String("function"), text(s.function));
    o.insert(QLatin1String("line"), number(s.line));
    o.insert(QLatin1String("text"), s.text.toString());
    return o;
}

QJsonObject itemJson(const WorklogSummaryItem &item, const WorklogData &d)
{
    QJsonObject o;
    o.insert(QLatin1String("title"), item.title);
    o.insert(QLatin1String("count"), number(item.count));
    o.insert(QLatin1String("count_lower_bound"), item.lowerBound);
    o.insert(QLatin1String("priority"), text(item.priority));
    o.insert(QLatin1String("cluster"), item.cluster >= 0
                                           ? QJsonValue(d.clusters.at(item.cluster).number)
                                           : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("text"), item.text);
    return o;
}

QJsonObject clusterJson(const WorklogCluster &c)
{
    QJsonObject j;
    j.insert(QLatin1String("number"), c.number);
    j.insert(QLatin1String("title"), c.title);
    j.insert(QLatin1String("severity"), text(c.severity));
    j.insert(QLatin1String("severity_text"), text(c.severityText));
    j.insert(QLatin1String("priority"), text(c.priority));
    j.insert(QLatin1String("priority_label"), text(c.priorityLabel));
    j.insert(QLatin1String("category"), text(c.category));
    j.insert(QLatin1String("count"), number(c.count));
    j.insert(QLatin1String("count_lower_bound"), c.countLowerBound);
    j.insert(QLatin1String("count_phrase"), text(c.countPhrase));
    QJsonArray counts;
    for (const WorklogCount &n : c.statedCounts) {
        counts.append(QJsonObject{{QLatin1String("value"), double(n.value)},
                                  {QLatin1String("lower_bound"), n.lowerBound},
                                  {QLatin1String("phrase"), n.phrase},
                                  {QLatin1String("where"), n.where}});
    }
    j.insert(QLatin1String("counts"), counts);
    j.insert(QLatin1String("frequency"), text(c.frequency));
    j.insert(QLatin1String("impact"), text(c.impact));
    j.insert(QLatin1String("pattern"), text(c.pattern));
    j.insert(QLatin1String("analysis"), text(c.analysis));
    j.insert(QLatin1String("fingerprint"), text(c.fingerprint));
    j.insert(QLatin1String("module"), text(c.module));
    j.insert(QLatin1String("function"), text(c.function));
    j.insert(QLatin1String("line"), number(c.line));
    QJsonArray samples;
    for (const WorklogSample &s : c.samples)
        samples.append(sampleJson(s));
    j.insert(QLatin1String("samples"), samples);
    QJsonArray extra;
    for (const auto &f : c.extraFields)
        extra.append(
            QJsonObject{{QLatin1String("label"), f.first}, {QLatin1String("value"), f.second}});
    j.insert(QLatin1String("fields"), extra);
    j.insert(QLatin1String("notes"), text(c.notes));
    return j;
}

QJsonObject actionJson(const WorklogAction &a, const WorklogData &d)
{
    QJsonObject j;
    j.insert(QLatin1String("issue"), number(a.issue));
    j.insert(QLatin1String("kind"), actionKindName(a.kind));
    j.insert(QLatin1String("priority_change"), text(a.priorityChange));
    j.insert(QLatin1String("cluster"), a.cluster >= 0 && a.cluster < d.clusters.size()
                                           ? QJsonValue(d.clusters.at(a.cluster).number)
                                           : QJsonValue(QJsonValue::Null));
    j.insert(QLatin1String("title"), text(a.title));
    j.insert(QLatin1String("url"), text(a.url));
    j.insert(QLatin1String("status"), text(a.status));
    j.insert(QLatin1String("text"), text(a.text));
    return j;
}

} // namespace

QJsonObject toJson(const WorklogData &d, const QString &file)
{
    QJsonObject o;
    if (!file.isEmpty())
        o.insert(QLatin1String("file"), file);
    o.insert(QLatin1String("title"), text(d.title));
    o.insert(QLatin1String("generated"), d.generated.isValid()
                                             ? QJsonValue(d.generated.toUTC().toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("generated_text"), text(d.generatedText));
    o.insert(QLatin1String("service"), text(d.service));
    o.insert(QLatin1String("project"), text(d.project));
    o.insert(QLatin1String("time_range"), text(d.timeRange));
    o.insert(QLatin1String("severity_filter"), text(d.severityFilter));
    o.insert(QLatin1String("revision"), text(d.revision));
    o.insert(QLatin1String("entries_analysed"), number(d.entriesAnalysed));
    o.insert(QLatin1String("entries_lower_bound"), d.entriesLowerBound);

    QJsonArray clusters;
    for (const WorklogCluster &c : d.clusters)
        clusters.append(clusterJson(c));
    o.insert(QLatin1String("clusters"), clusters);

    QJsonArray actions;
    for (const WorklogAction &a : d.actions)
        actions.append(actionJson(a, d));
    o.insert(QLatin1String("actions"), actions);

    QJsonArray summary, distribution;
    for (const WorklogSummaryItem &i : d.summary)
        summary.append(itemJson(i, d));
    for (const WorklogSummaryItem &i : d.distribution)
        distribution.append(itemJson(i, d));
    o.insert(QLatin1String("summary"), summary);
    o.insert(QLatin1String("distribution"), distribution);
    QJsonObject severities;
    for (const auto &s : d.severityDistribution)
        severities.insert(s.first, double(s.second));
    o.insert(QLatin1String("severity_distribution"), severities);
    o.insert(QLatin1String("next_steps"), QJsonArray::fromStringList(d.nextSteps));
    QJsonArray unparsed;
    for (const WorklogSection &s : d.unparsed)
        unparsed.append(QJsonObject{{QLatin1String("heading"), s.heading},
                                    {QLatin1String("markdown"), s.markdown.toString()}});
    o.insert(QLatin1String("unparsed"), unparsed);
    o.insert(QLatin1String("warnings"), QJsonArray::fromStringList(d.warnings));
    o.insert(QLatin1String("mojibake_repairs"), d.mojibakeRepairs);
    return o;
}

} // namespace gardener::worklog
