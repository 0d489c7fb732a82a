#include "core/clustering/clusterset.h"

namespace gardener::clustering {

namespace {
const std::shared_ptr<const ClusterSet::Data> &emptyData()
{
    static const auto empty = std::make_shared<const ClusterSet::Data>();
    return empty;
}
} // namespace

ClusterSet::ClusterSet() : m_data(emptyData()) {}
ClusterSet::ClusterSet(std::shared_ptr<const Data> data)
    : m_data(data ? std::move(data) : emptyData())
{
}

const std::vector<IssueCluster> &ClusterSet::clusters() const
{
    return m_data->clusters;
}
const std::vector<TemplateInfo> &ClusterSet::templates() const
{
    return m_data->templates;
}
quint64 ClusterSet::ruleNamesStore() const
{
    return m_data->ruleNamesStore;
}
size_t ClusterSet::entryCount() const
{
    return m_data->entrySignature.size();
}

quint32 ClusterSet::templateOfEntry(size_t entry) const
{
    if (entry >= m_data->entrySignature.size())
        return NoIndex;
    return m_data->signatureTemplate[m_data->entrySignature[entry]];
}

quint32 ClusterSet::clusterOfEntry(size_t entry) const
{
    const quint32 t = templateOfEntry(entry);
    return t == NoIndex ? NoIndex : m_data->templates[t].cluster;
}

std::vector<quint64> ClusterSet::entriesOfCluster(quint32 cluster) const
{
    std::vector<quint64> out;
    for (size_t e = 0; e < m_data->entrySignature.size(); ++e)
        if (clusterOfEntry(e) == cluster)
            out.push_back(e);
    return out;
}

int ClusterSet::clusterIndex(const QString &fingerprint) const
{
    return m_data->clusterByFingerprint.value(fingerprint, -1);
}

int ClusterSet::templateIndex(const QString &fingerprint) const
{
    return m_data->templateByFingerprint.value(fingerprint, -1);
}

size_t ClusterSet::memoryBytes() const
{
    size_t bytes = m_data->entrySignature.capacity() * 4 + m_data->signatureTemplate.capacity() * 4;
    for (const TemplateInfo &t : m_data->templates)
        bytes += sizeof t + size_t(t.text.size() + t.fingerprint.size() + t.sourceFile.size() +
                                   t.function.size()) *
                                2;
    for (const IssueCluster &c : m_data->clusters) {
        bytes += sizeof c + c.buckets.capacity() * 4 + c.templates.capacity() * 4 +
                 size_t(c.explanation.size() + c.name.size()) * 2 + c.samples.capacity() * 16 +
                 (c.services.size() + c.revisions.size() + c.locations.size()) * 64;
        for (const ValueDistribution &d : c.valueDistributions)
            bytes += sizeof d + size_t(d.pattern.size()) * 2 + d.values.size() * 64;
    }
    return bytes;
}

} // namespace gardener::clustering
