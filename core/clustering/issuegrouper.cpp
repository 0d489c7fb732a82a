#include "core/clustering/issuegrouper.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace gardener::clustering::detail {
namespace {

struct UnionFind
{
    std::vector<quint32> parent;
    explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    quint32 find(quint32 x)
    {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    bool unite(quint32 a, quint32 b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return false;
        if (b < a)
            std::swap(a, b);
        parent[b] = a;
        return true;
    }
};

} // namespace

bool isGenericLocation(std::string_view file, std::string_view function)
{
    static const char *const genericFiles[] = {
        "", "logging", "root", "__main__", "logger", "log", "uvicorn.error", "uvicorn.access"};
    static const char *const genericFunctions[] = {
        "callHandlers", "handle",  "emit",  "_log",      "log",      "info",
        "warning",      "warn",    "error", "exception", "debug",    "critical",
        "__call__",     "wrapper", "inner", "dispatch",  "<module>", "run",
        "main",         "format",  "print", "write",     "logger"};
    for (const char *f : genericFiles)
        if (file == f)
            return true;
    for (const char *f : genericFunctions)
        if (function == f)
            return true;
    return false;
}

namespace {

// The templates joined so far, with the reason of each join, and what limits joining: the
// user's splits and one stack per cluster.
class Grouping
{
public:
    explicit Grouping(const std::vector<GroupTemplate> &templates)
        : m_templates(templates), m_uf(templates.size()), m_reasons(templates.size())
    {
    }

    // Templates with one fingerprint are one kind of message by definition (they differ only
    // in how many placeholders a run of variable text took, which the fingerprint collapses),
    // so they always share a cluster: cluster fingerprints stay unique within a set, and a
    // user's decision about a fingerprint reaches every template that has it. Templates a
    // user split out are only grouped by later user merges.
    void joinSameFingerprints(const ClusterDecisions &decisions)
    {
        const size_t n = m_templates.size();
        std::vector<quint32> sameAs(n);
        for (quint32 i = 0; i < n; ++i) {
            const auto it = m_byFingerprint.constFind(m_templates[i].fingerprint);
            sameAs[i] = it == m_byFingerprint.constEnd() ? i : *it;
            if (sameAs[i] == i)
                m_byFingerprint.insert(m_templates[i].fingerprint, i);
        }
        m_splitGroup.assign(n, -1);
        for (size_t d = 0; d < decisions.decisions().size(); ++d) {
            const ClusterDecision &dec = decisions.decisions()[d];
            if (dec.kind != ClusterDecision::Kind::Split)
                continue;
            for (const QString &fp : dec.templates)
                if (auto it = m_byFingerprint.constFind(fp); it != m_byFingerprint.constEnd())
                    m_splitGroup[*it] = int(d);
        }
        for (quint32 i = 0; i < n; ++i)
            m_splitGroup[i] = m_splitGroup[sameAs[i]];
        for (quint32 i = 0; i < n; ++i)
            if (sameAs[i] != i && m_uf.unite(sameAs[i], i))
                m_reasons[std::min(sameAs[i], i)] << QStringLiteral("the same message once masked");
        // One cluster never holds two different stacks, however it was chained together.
        m_stackOf.resize(n);
        for (quint32 i = 0; i < n; ++i)
            m_stackOf[i] = &m_templates[i].stackKey;
    }

    // Joins a and b for `why`, unless a split keeps them apart or their clusters hold
    // different stacks.
    void edge(quint32 a, quint32 b, const QString &why)
    {
        if (!mayJoin(a, b))
            return;
        const std::string *sa = m_stackOf[m_uf.find(a)], *sb = m_stackOf[m_uf.find(b)];
        if (!sa->empty() && !sb->empty() && *sa != *sb)
            return;
        if (m_uf.unite(a, b)) {
            m_reasons[std::min(a, b)] << why;
            m_stackOf[m_uf.find(a)] = sa->empty() ? sb : sa;
        }
    }

    // User decisions, in the order they were made: a merge joins its templates except those a
    // later split took out; a split's templates form one cluster of their own.
    void applyDecisions(const ClusterDecisions &decisions)
    {
        m_decided.assign(m_templates.size(), false);
        for (size_t d = 0; d < decisions.decisions().size(); ++d) {
            const ClusterDecision &dec = decisions.decisions()[d];
            std::vector<quint32> present;
            for (const QString &fp : dec.templates)
                if (auto it = m_byFingerprint.constFind(fp); it != m_byFingerprint.constEnd())
                    if (dec.kind == ClusterDecision::Kind::Split || m_splitGroup[*it] <= int(d))
                        present.push_back(*it);
            for (quint32 t : present)
                m_decided[t] = true;
            const QString why = dec.kind == ClusterDecision::Kind::Split
                                    ? QStringLiteral("split out together by the user")
                                : dec.note.isEmpty()
                                    ? QStringLiteral("merged by the user")
                                    : QStringLiteral("merged by the user: ") + dec.note;
            for (size_t k = 1; k < present.size(); ++k)
                if (m_uf.unite(present[0], present[k]))
                    m_reasons[std::min(present[0], present[k])] << why;
        }
    }

    // The clusters in order of their first template, each explained by its reasons.
    GroupingResult result()
    {
        const size_t n = m_templates.size();
        GroupingResult result;
        result.templateCluster.assign(n, 0);
        std::vector<quint32> clusterOfRoot(n, 0xffffffffu);
        for (quint32 i = 0; i < n; ++i) {
            const quint32 r = m_uf.find(i);
            if (clusterOfRoot[r] == 0xffffffffu) {
                clusterOfRoot[r] = result.clusterCount++;
                result.explanations.emplace_back();
                result.userDecided.push_back(false);
            }
            result.templateCluster[i] = clusterOfRoot[r];
        }
        std::vector<QStringList> lines(result.clusterCount);
        for (quint32 i = 0; i < n; ++i) {
            const quint32 c = result.templateCluster[i];
            lines[c] << m_reasons[i];
            if (m_decided[i])
                result.userDecided[c] = true;
        }
        for (quint32 c = 0; c < result.clusterCount; ++c) {
            lines[c].removeDuplicates();
            if (lines[c].isEmpty())
                result.explanations[c] = QStringLiteral("one template");
            else
                result.explanations[c] = lines[c].mid(0, 8).join(QLatin1Char('\n'));
        }
        return result;
    }

private:
    bool mayJoin(quint32 a, quint32 b) const
    {
        return m_splitGroup[a] == m_splitGroup[b] &&
               sameStackOrNone(m_templates[a], m_templates[b]) &&
               !differentErrorCodes(m_templates[a], m_templates[b]);
    }

    const std::vector<GroupTemplate> &m_templates;
    UnionFind m_uf;
    std::vector<QStringList> m_reasons; // indexed by the smaller template of each edge
    QHash<QString, quint32> m_byFingerprint;
    std::vector<int> m_splitGroup;
    std::vector<const std::string *> m_stackOf;
    std::vector<bool> m_decided;
};

} // namespace

GroupingResult groupTemplates(const std::vector<GroupTemplate> &templates,
                              const std::vector<CoOccurrence> &coOccurrences,
                              const std::vector<std::vector<float>> &series,
                              const ClusterDecisions &decisions, bool automatic,
                              const std::vector<QString> &topicTitles,
                              const std::vector<CoOccurrence> &timePairs)
{
    Grouping grouping(templates);
    grouping.joinSameFingerprints(decisions);
    const EdgeFn edge = [&grouping](quint32 a, quint32 b, const QString &why) {
        grouping.edge(a, b, why);
    };
    if (automatic) {
        // The rules whose evidence says best why come first (the first reason that joins two
        // templates is the one shown): 7. one stack trace (exception type and innermost in-app
        // frame), 4. the same trace, 8. lines logged within milliseconds of each other.
        groupByStack(templates, edge);
        groupCoOccurring(templates, coOccurrences, edge);
        groupLoggedTogether(templates, timePairs, edge);
        groupFamilies(templates, edge);
        // 10. The same message with another value of a short list (not split from one
        //     template because it has too little context around the value).
        groupEnumerations(templates, edge);
        groupByFunction(templates, edge);
        groupByModule(templates, series, edge);
        groupBurstingTogether(templates, series, edge);
        groupByRareWords(templates, edge);
        // 9. One route failing with several 5xx statuses.
        groupRouteFailures(templates, edge);
        // 11. One route whose segment holds a few names, under one status.
        groupRouteValues(templates, edge);
        groupByTopic(templates, topicTitles, edge);
    }
    grouping.applyDecisions(decisions);
    return grouping.result();
}

} // namespace gardener::clustering::detail
