#pragma once

#include "core/clustering/masker.h"
#include "core/logs/severity.h"

#include <QHash>
#include <QString>
#include <array>
#include <memory>
#include <vector>

namespace gardener::clustering {

inline constexpr quint32 NoIndex = 0xffffffffu;

// One mined template: masked text with placeholders ("<NUM>", "<*>"), how many entries it holds
// and the issue cluster it belongs to (index into ClusterSet::clusters()).
struct TemplateInfo
{
    QString fingerprint; // see fingerprint.h
    QString text;
    quint64 count = 0;
    quint32 cluster = NoIndex;
    QString sourceFile; // the location the template was mined under (may be empty)
    QString function;
    qint64 firstSeenNs = 0;
    qint64 lastSeenNs = 0;
    SeverityCounts severities{};
};

struct SourceLocationCount
{
    QString file; // sourceLocation.file or module
    QString function;
    qint32 line = 0;
    quint64 count = 0;
};

struct NamedCount
{
    QString name;
    quint64 count = 0;
};

// Sample entries of a cluster, as entry indices (into the LogStore / the order entries were
// added). Why each was chosen: the first, the last, and ones from other templates, services or
// severities than those already picked.
struct SampleEntry
{
    quint64 entry = 0;
    enum Reason : quint8
    {
        First,
        Last,
        Diverse
    } reason = First;
};

// A position of a cluster's messages that holds a few plain words (an enumeration: a state, a
// queue, a region), with how many entries carry each value, as a pattern inspector shows it.
struct ValueDistribution
{
    QString pattern;                // the message with this and its other varying positions as <*>
    int position = 0;               // token index of this position in `pattern`
    std::vector<NamedCount> values; // most frequent first
};

// An issue: templates that report the same problem, with statistics over all their entries.
struct IssueCluster
{
    QString fingerprint; // stable identity, see fingerprint.h
    QString name;        // short readable title (the anchor template with placeholders shortened)
    std::vector<quint32> templates; // indices into ClusterSet::templates(), most frequent first
    quint64 count = 0;
    qint64 firstSeenNs = 0;
    qint64 lastSeenNs = 0;
    SeverityCounts severities{};
    Severity maxSeverity = Severity::Default;
    std::vector<SourceLocationCount> locations; // most frequent first (at most 8)
    std::vector<NamedCount> services;           // most frequent first (at most 8)
    std::vector<NamedCount> revisions;          // most frequent first (at most 8)
    // Distinct masked values per CountedValue (users, emails, IPs, ids); saturates at 1<<20.
    std::array<quint64, static_cast<int>(CountedValue::Count)> distinctValues{};
    // Histogram of entry times: buckets[i] counts [bucketStartNs + i*bucketSizeNs, +bucketSizeNs).
    // All clusters of one set share start and size (chosen from the whole time range).
    qint64 bucketStartNs = 0;
    qint64 bucketSizeNs = 0;
    std::vector<quint32> buckets;
    std::vector<SampleEntry> samples;
    // Positions holding 2 to 8 plain words (enumerations), largest first (at most 4).
    std::vector<ValueDistribution> valueDistributions;
    // Why these templates are one cluster, one line per grouping decision, for people.
    QString explanation;
    bool userDecided = false; // a saved merge or split shaped this cluster
};

// The immutable result of clustering: cheap to copy (shared data), safe to read from any thread.
// Clusters are ordered by count (largest first), then fingerprint.
class ClusterSet
{
public:
    ClusterSet();

    const std::vector<IssueCluster> &clusters() const;
    const std::vector<TemplateInfo> &templates() const;
    size_t entryCount() const; // entries clustered (indices 0 .. entryCount()-1)

    // Template / cluster index of an entry, NoIndex when out of range.
    quint32 templateOfEntry(size_t entry) const;
    quint32 clusterOfEntry(size_t entry) const;
    // All entries of a cluster in index order (computed on demand, O(entries)).
    std::vector<quint64> entriesOfCluster(quint32 cluster) const;

    int clusterIndex(const QString &fingerprint) const;  // -1 when absent
    int templateIndex(const QString &fingerprint) const; // -1 when absent

    // Approximate heap bytes, for benchmarks.
    size_t memoryBytes() const;
    // See Data::ruleNamesStore.
    quint64 ruleNamesStore() const;

    struct Data;
    explicit ClusterSet(std::shared_ptr<const Data> data);

private:
    std::shared_ptr<const Data> m_data;
};

struct ClusterSet::Data
{
    std::vector<IssueCluster> clusters;
    std::vector<TemplateInfo> templates;
    std::vector<quint32> entrySignature;    // entry -> signature
    std::vector<quint32> signatureTemplate; // signature -> template
    QHash<QString, int> clusterByFingerprint;
    QHash<QString, int> templateByFingerprint;
    // LogStore::identity() of the store whose messages the naming rules named these clusters
    // from, 0 when the names are anything else (naming::namedByRules sets it).
    quint64 ruleNamesStore = 0;
};

} // namespace gardener::clustering
