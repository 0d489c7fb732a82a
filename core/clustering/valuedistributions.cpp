// The values of enumeration positions per cluster (IssueCluster::valueDistributions): templates
// split on a word, or one template whose variable holds few words, show which values occur.
#include "core/clustering/clustersnapshot.h"
#include "core/clustering/templateminer.h"

#include <algorithm>
#include <map>

namespace gardener::clustering::detail {
namespace {

constexpr size_t MaxValues = 8, MaxPerCluster = 4;

struct Position
{
    std::vector<std::pair<std::string_view, quint64>> values;
    bool variable = false; // holds a placeholder or too many values
};

struct Group
{
    quint32 cluster = 0;
    const MinerSignature *first = nullptr;
    quint64 total = 0;
    std::vector<Position> positions;
};

} // namespace

void addValueDistributions(const std::vector<MinerSignature> &sigs,
                           const std::vector<quint32> &sigTemplate,
                           const std::vector<quint32> &templateCluster,
                           std::vector<IssueCluster> &clusters)
{
    // Signatures of one cluster, location and length line up position by position.
    std::map<std::tuple<quint32, quint32, size_t>, Group> groups;
    for (size_t s = 0; s < sigs.size(); ++s) {
        const MinerSignature &sig = sigs[s];
        const quint32 c = templateCluster[sigTemplate[s]];
        Group &g = groups[{c, sig.location, sig.tokens.size()}];
        if (!g.first) {
            g.first = &sig;
            g.cluster = c;
            g.positions.resize(sig.tokens.size());
        }
        g.total += sig.count;
        for (size_t p = 0; p < sig.tokens.size(); ++p) {
            Position &pos = g.positions[p];
            if (pos.variable)
                continue;
            const std::string_view tok = sig.tokens[p];
            if (tok.find('<') != std::string_view::npos) {
                pos.variable = true;
                continue;
            }
            auto it = std::find_if(pos.values.begin(), pos.values.end(),
                                   [&](const auto &v) { return v.first == tok; });
            if (it != pos.values.end())
                it->second += sig.count;
            else if (pos.values.size() == MaxValues)
                pos.variable = true;
            else
                pos.values.emplace_back(tok, sig.count);
        }
    }
    std::vector<std::pair<quint64, const Group *>> ordered;
    for (const auto &[key, g] : groups)
        ordered.emplace_back(g.total, &g);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[total, g] : ordered) {
        IssueCluster &cl = clusters[g->cluster];
        QStringList pattern;
        for (size_t p = 0; p < g->positions.size(); ++p) {
            const Position &pos = g->positions[p];
            pattern << (pos.variable || pos.values.size() > 1
                            ? QStringLiteral("<*>")
                            : QString::fromUtf8(g->first->tokens[p].data(),
                                                qsizetype(g->first->tokens[p].size())));
        }
        for (size_t p = 0; p < g->positions.size() && cl.valueDistributions.size() < MaxPerCluster;
             ++p) {
            const Position &pos = g->positions[p];
            if (pos.variable || pos.values.size() < 2)
                continue;
            ValueDistribution d;
            d.pattern = pattern.join(QLatin1Char(' '));
            d.position = int(p);
            for (const auto &[value, n] : pos.values)
                d.values.push_back({QString::fromUtf8(value.data(), qsizetype(value.size())), n});
            std::stable_sort(d.values.begin(), d.values.end(),
                             [](const NamedCount &a, const NamedCount &b) {
                                 return a.count != b.count ? a.count > b.count : a.name < b.name;
                             });
            cl.valueDistributions.push_back(std::move(d));
        }
    }
}

} // namespace gardener::clustering::detail
