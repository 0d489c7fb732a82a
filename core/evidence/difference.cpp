#include "core/evidence/difference.h"

#include "core/evidence/attributeindex.h"
#include "core/evidence/evidencetext.h"
#include "core/logs/logstore.h"

#include <algorithm>

namespace gardener::evidence {

QString Difference::statement() const
{
    return QStringLiteral("%1 %2: %3 of this cluster, %4 of the rest (%5 of %6 vs %7 of %8)")
        .arg(attribute, shortValue(value), percentText(selectionShare()), percentText(restShare()),
             countText(inSelection), countText(selectionSize), countText(inRest),
             countText(restSize));
}

std::vector<Difference> compareSelection(const AttributeIndex &index,
                                         const std::vector<quint64> &selection,
                                         const DifferenceOptions &options)
{
    const size_t total = index.entryCount();
    std::vector<quint32> counts(index.valueCount(), 0);
    quint64 selected = 0;
    for (quint64 e : selection) {
        if (e >= total)
            continue;
        ++selected;
        for (quint32 v : index.valuesOf(size_t(e)))
            ++counts[v];
    }
    const quint64 rest = total - selected;
    if (selected < options.minEntries || rest == 0)
        return {};

    // Best value per attribute, so one attribute does not fill the whole list.
    std::vector<Difference> best(index.attributeCount());
    std::vector<double> lift(index.attributeCount(), 0.0);
    for (quint32 v = 0; v < index.valueCount(); ++v) {
        const quint32 a = index.attributeOf(v);
        if (counts[v] == 0 || !index.usable(a))
            continue;
        const double selShare = double(counts[v]) / double(selected);
        const double restShare = double(index.totalCount(v) - counts[v]) / double(rest);
        const double gain = selShare - restShare;
        if (selShare < options.minShare || gain < options.minLift || gain <= lift[a])
            continue;
        lift[a] = gain;
        best[a] = Difference{index.attributeName(a),
                             index.valueText(v),
                             counts[v],
                             selected,
                             index.totalCount(v) - counts[v],
                             rest};
    }
    std::vector<Difference> out;
    for (quint32 a = 0; a < index.attributeCount(); ++a) {
        if (lift[a] > 0)
            out.push_back(std::move(best[a]));
    }
    std::sort(out.begin(), out.end(), [](const Difference &x, const Difference &y) {
        const double gx = x.selectionShare() - x.restShare(),
                     gy = y.selectionShare() - y.restShare();
        return gx != gy ? gx > gy : x.attribute < y.attribute;
    });
    if (out.size() > size_t(std::max(0, options.top)))
        out.resize(size_t(std::max(0, options.top)));
    return out;
}

std::vector<quint64> entriesInTimeRange(const LogStore &store, const std::vector<quint64> &members,
                                        qint64 fromNs, qint64 toNs)
{
    std::vector<quint64> out;
    for (quint64 e : members) {
        if (e < store.size() && store.timestampNs(size_t(e)) >= fromNs &&
            store.timestampNs(size_t(e)) < toNs)
            out.push_back(e);
    }
    return out;
}

} // namespace gardener::evidence
