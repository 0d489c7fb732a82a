// Identity and trends across runs. A cluster is the set of its member templates, so a run that
// groups the same messages differently (merges, splits, a renamed template) still compares the
// same messages with their past, and trends are shares of all entries, so more traffic with the
// same mix changes nothing.
#include "core/history/historystore.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gardener::history {
namespace {

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{{}, -1, -1, what + QStringLiteral(": ") + e.text()};
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    auto t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

quint64 requestsOf(const QVector<MemberCluster> &clusters)
{
    quint64 n = 0;
    for (const MemberCluster &c : clusters)
        for (const TemplateCount &t : c.templates)
            n += t.request ? t.count : 0;
    return n;
}

QString times(double factor)
{
    return QStringLiteral("×%1").arg(factor, 0, 'f', factor < 10 ? 1 : 0);
}

// One earlier run seen from the current clusters: which of its clusters each current cluster
// descends from, and how many of its entries belong to each current cluster.
struct Ancestry
{
    QVector<QVector<int>> predecessors; // current cluster -> earlier clusters sharing templates
    QVector<QVector<int>> successors;   // earlier cluster -> current clusters sharing templates
    QVector<double> before;             // current cluster -> entries of the same messages then
};

Ancestry ancestry(const QVector<MemberCluster> &now, const RunMembers &run)
{
    QHash<QString, int> clusterNow;
    for (int i = 0; i < now.size(); ++i)
        for (const TemplateCount &t : now[i].templates)
            clusterNow.insert(t.fingerprint, i);
    Ancestry a;
    a.predecessors.resize(now.size());
    a.successors.resize(run.clusters.size());
    a.before.fill(0, now.size());
    QVector<quint64> vanished(run.clusters.size(), 0); // entries of templates not seen now
    for (int b = 0; b < run.clusters.size(); ++b) {
        for (const TemplateCount &t : run.clusters[b].templates) {
            const auto it = clusterNow.constFind(t.fingerprint);
            if (it == clusterNow.cend()) {
                vanished[b] += t.count;
                continue;
            }
            a.before[*it] += double(t.count);
            if (!a.predecessors[*it].contains(b))
                a.predecessors[*it].append(b);
            if (!a.successors[b].contains(*it))
                a.successors[b].append(*it);
        }
    }
    // A template that vanished from a cluster that lives on, while a template that run never
    // saw joined it, was most likely renamed: its entries count for the clusters that took it.
    QSet<QString> known;
    for (const MemberCluster &c : run.clusters)
        for (const TemplateCount &t : c.templates)
            known.insert(t.fingerprint);
    QVector<bool> gained(now.size(), false);
    for (int i = 0; i < now.size(); ++i)
        for (const TemplateCount &t : now[i].templates)
            gained[i] = gained[i] || !known.contains(t.fingerprint);
    for (int b = 0; b < run.clusters.size(); ++b) {
        QVector<int> heirs;
        for (int i : std::as_const(a.successors[b]))
            if (gained[i])
                heirs.append(i);
        if (vanished[b] == 0 || heirs.isEmpty())
            continue;
        for (int i : std::as_const(heirs))
            a.before[i] += double(vanished[b]) / double(heirs.size());
    }
    return a;
}

// Weighted mean and spread of what earlier windows predict for now (newest weighs most).
void expectation(const QVector<double> &expected, double *mean, double *spread)
{
    double wsum = 0, m = 0;
    for (int i = 0; i < expected.size(); ++i) {
        const double w = double(expected.size() - i);
        wsum += w;
        m += w * expected[i];
    }
    m = wsum > 0 ? m / wsum : 0;
    double var = 0;
    for (int i = 0; i < expected.size(); ++i)
        var += double(expected.size() - i) * (expected[i] - m) * (expected[i] - m);
    *mean = m;
    *spread = wsum > 0 ? std::sqrt(var / wsum) : 0;
}

QList<IssueLink> linksOf(const MemberCluster &c, const QHash<QString, QList<IssueLink>> &links)
{
    QList<IssueLink> result;
    QVector<quint64> weight;
    auto add = [&](const QString &key, quint64 w) {
        for (const IssueLink &l : links.value(key)) {
            const auto it = std::find_if(result.begin(), result.end(),
                                         [&](const IssueLink &r) { return r.issue == l.issue; });
            if (it == result.end()) {
                result.append(l);
                weight.append(w);
            } else {
                weight[int(it - result.begin())] += w;
            }
        }
    };
    add(c.fingerprint, 0);
    for (const TemplateCount &t : c.templates)
        add(t.fingerprint, t.count);
    // Open issues first, then the one most of the cluster's entries point at.
    QVector<int> order(result.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool oa = result[a].state != QLatin1String("closed"),
                   ob = result[b].state != QLatin1String("closed");
        if (oa != ob)
            return oa;
        return weight[a] > weight[b];
    });
    QList<IssueLink> sorted;
    for (int i : order)
        sorted.append(result[i]);
    return sorted;
}

QStringList namesOf(const QVector<MemberCluster> &clusters, const QVector<int> &indices)
{
    QStringList names;
    for (int i : indices)
        names << clusters[i].name;
    return names;
}

double totalVariation(const QVector<MemberCluster> &now, quint64 entriesNow, const RunMembers &run)
{
    QHash<QString, double> diff;
    for (const MemberCluster &c : now)
        for (const TemplateCount &t : c.templates)
            diff[t.fingerprint] += double(t.count) / double(std::max<quint64>(entriesNow, 1));
    for (const MemberCluster &c : run.clusters)
        for (const TemplateCount &t : c.templates)
            diff[t.fingerprint] -= double(t.count) / double(std::max<quint64>(run.entries, 1));
    double sum = 0;
    for (double d : std::as_const(diff))
        sum += std::abs(d);
    return sum / 2;
}

void classify(ClusterTrend &t, quint64 count, const QVector<double> &expected,
              const TrendOptions &o)
{
    double mean = 0, spread = 0;
    expectation(expected, &mean, &spread);
    t.expectedNow = mean;
    t.escalationLimit =
        std::max({mean * o.escalateFactor, mean + o.spread * spread, mean + double(o.minEntries)});
    t.factor = mean > 0 ? double(count) / mean : 0;
    if (count >= o.minEntries && double(count) >= t.escalationLimit)
        t.trend = Trend::Escalating;
    else if (mean >= double(o.minEntries) && double(count) * o.escalateFactor <= mean)
        t.trend = Trend::Decreasing;
    else
        t.trend = Trend::Steady;
}

} // namespace

bool isRequestTemplate(const QString &text)
{
    static const QRegularExpression request(
        QStringLiteral("^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \\S+ (<[^>]+>|[1-5]\\d\\d)$"));
    return request.match(text.trimmed()).hasMatch();
}

QString ClusterTrend::label() const
{
    switch (trend) {
    case Trend::Escalating:
        return QStringLiteral("escalating ") + times(factor);
    case Trend::Decreasing:
        return QStringLiteral("decreasing ") + times(factor);
    case Trend::Regression:
        return regressedIssue > 0
                   ? QStringLiteral("regressed (#%1 closed %2)")
                         .arg(regressedIssue)
                         .arg(regressedClosedAt.isValid()
                                  ? regressedClosedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                                  : QStringLiteral("earlier"))
                   : QStringLiteral("regressed");
    default:
        return trendName(trend);
    }
}

QString NotSeenCluster::text() const
{
    return QStringLiteral("not seen — verify and close #%1").arg(issue.issue);
}

QString Regroup::text() const
{
    QStringList quoted;
    const QStringList &from = earlier;
    for (const QString &n : from)
        quoted << QLatin1Char('"') + n + QLatin1Char('"');
    QStringList to;
    for (const QString &n : now)
        to << QLatin1Char('"') + n + QLatin1Char('"');
    QStringList numbers;
    for (int i : issues)
        numbers << QStringLiteral("#%1").arg(i);
    const QString keeps =
        numbers.isEmpty() ? QString()
                          : QStringLiteral(" (keeps %1)").arg(numbers.join(QStringLiteral(", ")));
    if (kind == Kind::Merge)
        return QStringLiteral("merged: %1 are now one cluster %2%3")
            .arg(quoted.join(QStringLiteral(" and ")), to.join(QString()), keeps);
    return QStringLiteral("split: %1 is now %2%3")
        .arg(quoted.join(QString()), to.join(QStringLiteral(" and ")), keeps);
}

QString RunComparison::volumeText() const
{
    if (!hasEarlier)
        return QStringLiteral("first run: nothing to compare with");
    const QString requests =
        requestFactor > 0 ? QStringLiteral(" (requests %1)").arg(times(requestFactor)) : QString();
    return QStringLiteral("volume %1%2, mix %3")
        .arg(times(volumeFactor), requests,
             mixShift < 0.15 ? QStringLiteral("unchanged")
                             : QStringLiteral("changed (%1 % of entries shifted between messages)")
                                   .arg(std::lround(mixShift * 100)));
}

namespace {

// One current cluster against the earlier runs (newest first) seen through their ancestries.
ClusterTrend trendOf(const MemberCluster &c, int i, quint64 entries, double minutes,
                     const QVector<RunMembers> &earlier, const QVector<Ancestry> &past,
                     const QHash<QString, QList<IssueLink>> &links, const TrendOptions &options,
                     quint64 requestsNow)
{
    ClusterTrend t;
    if (requestsNow > 0)
        t.perRequestNow = double(c.count) / double(requestsNow);
    t.perMinuteNow = double(c.count) / std::max(minutes, 1.0);
    t.shareNow = entries > 0 ? double(c.count) / double(entries) : 0;
    for (int k = int(earlier.size()) - 1; k >= 0; --k) { // oldest first
        const double before = past[k].before[i];
        t.perMinuteByRun.append(before / std::max(earlier[k].minutes, 1.0));
        if (before > 0 && !t.firstEverSeen.isValid())
            t.firstEverSeen = earlier[k].started;
    }
    t.perMinuteByRun.append(t.perMinuteNow);
    // What each earlier window predicts for now: its share of all entries, at today's volume.
    QVector<double> expected;
    for (int k = 0; k < earlier.size(); ++k) {
        const double before = past[k].before[i];
        const double share = earlier[k].entries > 0 ? before / double(earlier[k].entries) : 0;
        expected.append(share * double(entries));
        if (before <= 0)
            continue;
        if (t.earlierRuns++ == 0) {
            t.countBefore = quint64(std::llround(before));
            t.shareBefore = share;
            t.perMinuteBefore = before / std::max(earlier[k].minutes, 1.0);
            t.changePercent = (t.perMinuteNow - t.perMinuteBefore) / t.perMinuteBefore * 100.0;
            const quint64 requestsThen = requestsOf(earlier[k].clusters);
            if (requestsNow > 0 && requestsThen > 0)
                t.perRequestBefore = before / double(requestsThen);
        }
    }
    if (t.earlierRuns == 0)
        t.trend = Trend::New;
    else
        classify(t, c.count, expected, options);
    t.linkedIssues = linksOf(c, links);
    if (!t.linkedIssues.isEmpty())
        t.lastIssue = t.linkedIssues.front();
    const bool allClosed =
        !t.linkedIssues.isEmpty() &&
        std::all_of(t.linkedIssues.cbegin(), t.linkedIssues.cend(),
                    [](const IssueLink &l) { return l.state == QLatin1String("closed"); });
    if (allClosed) {
        t.trend = Trend::Regression;
        t.regressedIssue = t.linkedIssues.front().issue;
        t.regressedClosedAt = t.linkedIssues.front().closedAt;
    }
    return t;
}

// Merges, splits and clusters gone quiet, against the last run.
void regroupsAndAbsences(RunComparison &r, const QVector<MemberCluster> &now,
                         const RunMembers &last, const Ancestry &a,
                         const QHash<QString, QList<IssueLink>> &links)
{
    auto issuesOf = [&](const QVector<int> &earlierIdx, const QVector<int> &nowIdx) {
        QList<int> issues;
        for (int b : earlierIdx)
            for (const IssueLink &l : linksOf(last.clusters[b], links))
                if (!issues.contains(l.issue))
                    issues.append(l.issue);
        for (int i : nowIdx)
            for (const IssueLink &l : r.clusters[i].linkedIssues)
                if (!issues.contains(l.issue))
                    issues.append(l.issue);
        return issues;
    };
    for (int i = 0; i < now.size(); ++i) {
        if (a.predecessors[i].size() < 2)
            continue;
        Regroup g{Regroup::Kind::Merge,
                  namesOf(last.clusters, a.predecessors[i]),
                  {now[i].name},
                  issuesOf(a.predecessors[i], {i})};
        r.clusters[i].regroup = g.text();
        r.regroups.append(g);
    }
    for (int b = 0; b < last.clusters.size(); ++b) {
        if (a.successors[b].size() < 2)
            continue;
        Regroup g{Regroup::Kind::Split,
                  {last.clusters[b].name},
                  namesOf(now, a.successors[b]),
                  issuesOf({b}, a.successors[b])};
        for (int i : a.successors[b])
            if (r.clusters[i].regroup.isEmpty())
                r.clusters[i].regroup = g.text();
        r.regroups.append(g);
    }
    for (int b = 0; b < last.clusters.size(); ++b) {
        if (!a.successors[b].isEmpty())
            continue;
        for (const IssueLink &l : linksOf(last.clusters[b], links)) {
            if (l.state == QLatin1String("closed"))
                continue; // closed and gone: fixed
            const MemberCluster &gone = last.clusters[b];
            r.notSeen.append({gone.fingerprint, gone.name, gone.priority, gone.count, l});
            break;
        }
    }
}

} // namespace

RunComparison compareRuns(const QVector<MemberCluster> &now, quint64 entries, double minutes,
                          const QVector<RunMembers> &earlier,
                          const QHash<QString, QList<IssueLink>> &links,
                          const TrendOptions &options)
{
    RunComparison r;
    r.hasEarlier = !earlier.isEmpty();
    QVector<Ancestry> past;
    for (const RunMembers &run : earlier)
        past.append(ancestry(now, run));
    const quint64 requestsNow = requestsOf(now);
    for (int i = 0; i < now.size(); ++i)
        r.clusters.append(
            trendOf(now[i], i, entries, minutes, earlier, past, links, options, requestsNow));
    if (!r.hasEarlier)
        return r;
    const RunMembers &last = earlier.front();
    const double rateNow = double(entries) / std::max(minutes, 1.0);
    const double rateThen = double(last.entries) / std::max(last.minutes, 1.0);
    r.volumeFactor = rateThen > 0 ? rateNow / rateThen : 0;
    r.mixShift = totalVariation(now, entries, last);
    const quint64 requestsThen = requestsOf(last.clusters);
    if (requestsNow > 0 && requestsThen > 0)
        r.requestFactor = (double(requestsNow) / std::max(minutes, 1.0)) /
                          (double(requestsThen) / std::max(last.minutes, 1.0));
    regroupsAndAbsences(r, now, last, past.front(), links);
    return r;
}

Result<QVector<RunMembers>> HistoryStore::recentRunMembers(int limit, qint64 beforeRunId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, started, entries, window_start, window_end FROM runs "
                             "WHERE (? = 0 OR id < ?) ORDER BY started DESC, id DESC LIMIT ?"));
    q.addBindValue(beforeRunId);
    q.addBindValue(beforeRunId);
    q.addBindValue(limit);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("list runs"), q.lastError()));
    QVector<RunMembers> runs;
    while (q.next()) {
        RunMembers r;
        r.id = q.value(0).toLongLong();
        r.started = fromIso(q.value(1));
        r.entries = q.value(2).toULongLong();
        const QDateTime from = fromIso(q.value(3)), to = fromIso(q.value(4));
        r.minutes = from.isValid() && to.isValid()
                        ? std::max(1.0, double(from.msecsTo(to)) / 60000.0)
                        : 1.0;
        runs.append(r);
    }
    QSqlQuery c(db);
    c.prepare(
        QStringLiteral("SELECT c.fingerprint, c.name, c.priority, c.count, t.template, t.count, "
                       "(SELECT text FROM cluster_templates WHERE template = t.template LIMIT 1) "
                       "FROM run_clusters c LEFT JOIN run_templates t "
                       "ON t.run_id = c.run_id AND t.cluster = c.fingerprint "
                       "WHERE c.run_id = ? ORDER BY c.count DESC, c.fingerprint"));
    for (RunMembers &r : runs) {
        c.addBindValue(r.id);
        if (!c.exec())
            return tl::unexpected(sqlError(QStringLiteral("read run %1").arg(r.id), c.lastError()));
        while (c.next()) {
            const QString fp = c.value(0).toString();
            if (r.clusters.isEmpty() || r.clusters.back().fingerprint != fp) {
                MemberCluster m;
                m.fingerprint = fp;
                m.name = c.value(1).toString();
                m.priority = c.value(2).isNull() ? -1 : c.value(2).toInt();
                m.count = c.value(3).toULongLong();
                r.clusters.append(m);
            }
            if (!c.value(4).isNull())
                r.clusters.back().templates.append({c.value(4).toString(), c.value(5).toULongLong(),
                                                    isRequestTemplate(c.value(6).toString())});
        }
    }
    return runs;
}

Result<QHash<QString, QList<IssueLink>>> HistoryStore::issueLinksByTemplate() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral(
            "SELECT template, issue, url, state, last_action, updated, closed_at FROM "
            "template_links "
            "UNION ALL SELECT fingerprint, issue, url, state, last_action, updated, closed_at "
            "FROM issue_links")))
        return tl::unexpected(sqlError(QStringLiteral("read issue links"), q.lastError()));
    QHash<QString, QList<IssueLink>> links;
    while (q.next()) {
        IssueLink l;
        l.fingerprint = q.value(0).toString();
        l.issue = q.value(1).toInt();
        l.url = q.value(2).toString();
        l.state = q.value(3).toString();
        l.lastAction = q.value(4).toString();
        l.updated = fromIso(q.value(5));
        l.closedAt = fromIso(q.value(6));
        QList<IssueLink> &list = links[l.fingerprint];
        if (std::none_of(list.cbegin(), list.cend(),
                         [&](const IssueLink &o) { return o.issue == l.issue; }))
            list.append(l);
    }
    return links;
}

Result<RunComparison> HistoryStore::compare(const QVector<MemberCluster> &now, quint64 entries,
                                            double minutes, qint64 beforeRunId,
                                            const TrendOptions &options) const
{
    auto runs = recentRunMembers(options.windows, beforeRunId);
    if (!runs)
        return tl::unexpected(runs.error());
    auto links = issueLinksByTemplate();
    if (!links)
        return tl::unexpected(links.error());
    return compareRuns(now, entries, minutes, *runs, *links, options);
}

} // namespace gardener::history
