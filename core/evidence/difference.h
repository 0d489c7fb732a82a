#pragma once

#include <QString>
#include <vector>

namespace gardener::evidence {

class AttributeIndex;

// One over-represented attribute value: "instance 00a1…: 92% of this cluster, 7% of the rest".
struct Difference
{
    QString attribute;
    QString value;
    quint64 inSelection = 0;
    quint64 selectionSize = 0;
    quint64 inRest = 0;
    quint64 restSize = 0;
    double selectionShare() const
    {
        return selectionSize ? double(inSelection) / double(selectionSize) : 0;
    }
    double restShare() const { return restSize ? double(inRest) / double(restSize) : 0; }
    QString statement() const;
};

struct DifferenceOptions
{
    int top = 3;
    // A value is only claimed when it is at least this much more common in the selection than in
    // the rest (share points) and holds at least minShare of the selection: small skews are
    // noise, not evidence.
    double minLift = 0.25;
    double minShare = 0.3;
    quint64 minEntries = 5; // selections smaller than this claim nothing
};

// Compares the selected entries (sorted or not, indices into the index's store) with all other
// entries over every usable attribute, BubbleUp-style: for each attribute the value with the
// largest gain in share, then the `top` attributes with the largest gains, largest first. Takes
// time proportional to the selection's facets plus the number of distinct values, not the
// store size. Safe on any thread.
std::vector<Difference> compareSelection(const AttributeIndex &index,
                                         const std::vector<quint64> &selection,
                                         const DifferenceOptions &options = {});

} // namespace gardener::evidence

namespace gardener {
class LogStore;
}

namespace gardener::evidence {

// The members whose time lies in [fromNs, toNs): the range a user drags on a cluster's timeline.
std::vector<quint64> entriesInTimeRange(const LogStore &store, const std::vector<quint64> &members,
                                        qint64 fromNs, qint64 toNs);

} // namespace gardener::evidence
