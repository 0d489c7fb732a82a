#include "core/evidence/clusterevidence.h"

#include "core/clustering/clusterset.h"
#include "core/evidence/attributeindex.h"
#include "core/evidence/codeowners.h"
#include "core/evidence/evidencetext.h"
#include "core/logs/logstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <map>

namespace gardener::evidence {

namespace {

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// The commit most of the cluster's entries name in their labels, else the one known for the
// revision it started with (or its most frequent revision).
QString commitFor(const std::vector<quint64> &members, const AttributeIndex *index,
                  const EvidenceConfig &config, const QString &revision)
{
    if (index) {
        std::map<QString, quint64> counts;
        for (quint64 m : members) {
            if (m < index->entryCount() && !index->commit(size_t(m)).isEmpty())
                ++counts[index->commit(size_t(m))];
        }
        auto best =
            std::max_element(counts.begin(), counts.end(),
                             [](const auto &a, const auto &b) { return a.second < b.second; });
        if (best != counts.end() && isCommitHash(best->first.toLower()))
            return best->first.toLower();
    }
    return config.revisionCommits.value(revision);
}

ErrorReportingEvidence errorReporting(const LogStore &store, const std::vector<quint64> &members,
                                      const AttributeIndex &index, const QString &project)
{
    ErrorReportingEvidence er;
    er.known = true;
    std::map<QString, quint64> groups;
    for (quint64 m : members) {
        if (m >= index.entryCount())
            continue;
        ++er.entries;
        if (index.hasStackTrace(size_t(m)))
            ++er.withStackTrace;
        const QString g = index.errorGroup(size_t(m));
        if (!g.isEmpty())
            ++groups[g];
        if (er.project.isEmpty() && project.isEmpty())
            er.project = text(store.project(size_t(m)));
    }
    if (!project.isEmpty())
        er.project = project;
    for (const auto &[id, n] : groups)
        er.groups.append({id, n});
    std::stable_sort(er.groups.begin(), er.groups.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return er;
}

QString deploysSource(const DeployEvidence &d, const QString &service, const DeployOptions &options)
{
    if (d.revisions.empty())
        return {};
    quint64 total = 0;
    for (const auto &r : d.revisions)
        total += r.entries;
    QString source =
        QStringLiteral("resource.labels.revision_name of %1 entries of %2 in this window")
            .arg(countText(total), service.isEmpty() ? QStringLiteral("the cluster's services")
                                                     : QStringLiteral("service ") + service);
    if (!options.createdNs.isEmpty())
        source += QStringLiteral("; revision creation times from the Cloud Run Admin API");
    return source;
}

} // namespace

QString ErrorReportingEvidence::consoleUrl(const QString &groupId) const
{
    QUrl url(QStringLiteral("https://console.cloud.google.com/errors/detail/") +
             QString::fromLatin1(QUrl::toPercentEncoding(groupId)));
    if (!project.isEmpty())
        url.setQuery(QUrlQuery{{QStringLiteral("project"), project}});
    return url.toString(QUrl::FullyEncoded);
}

QString OwnersEvidence::teamLabel() const
{
    return teams.isEmpty() ? QString() : QStringLiteral("team:") + teams.first();
}

QString stackTraceOf(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QJsonObject payload = o.value(QLatin1String("jsonPayload")).toObject();
    for (const char *key : {"stack_trace", "stackTrace", "exception", "traceback", "stack"}) {
        const QString s = payload.value(QLatin1String(key)).toString();
        if (!s.isEmpty())
            return s;
    }
    for (const QString &s : {payload.value(QLatin1String("message")).toString(),
                             o.value(QLatin1String("textPayload")).toString()}) {
        const QByteArray utf8 = s.toUtf8();
        if (looksLikeStackTrace({utf8.constData(), size_t(utf8.size())}))
            return s;
    }
    return {};
}

SourceRef clusterSource(const LogStore &store, const clustering::ClusterSet &set, int cluster)
{
    const auto &c = set.clusters()[size_t(cluster)];
    if (!c.locations.empty() && !c.locations.front().file.isEmpty()) {
        const auto &l = c.locations.front();
        return SourceRef{l.file, l.line, l.function,
                         isModuleName(l.file) ? QStringLiteral("module labels of %1 of %2 entries")
                                                    .arg(countText(l.count), countText(c.count))
                                              : QStringLiteral("sourceLocation of %1 of %2 entries")
                                                    .arg(countText(l.count), countText(c.count))};
    }
    for (const auto &sample : c.samples) {
        if (sample.entry >= store.size())
            continue;
        const SourceRef frame =
            innermostAppFrame(stackTraceOf(store.rawJson(size_t(sample.entry))));
        if (!frame.isEmpty())
            return frame;
    }
    return {};
}

ClusterEvidence gatherEvidence(const LogStore &store, const clustering::ClusterSet &set,
                               int cluster, const AttributeIndex *index,
                               const EvidenceConfig &config)
{
    ClusterEvidence e;
    if (cluster < 0 || size_t(cluster) >= set.clusters().size())
        return e;
    const auto &c = set.clusters()[size_t(cluster)];
    const std::vector<quint64> members = set.entriesOfCluster(quint32(cluster));
    e.fingerprint = c.fingerprint;
    e.service = c.services.empty() ? QString() : c.services.front().name;
    e.entries = members.size();
    e.restEntries = store.size() - std::min<size_t>(store.size(), members.size());
    e.firstSeenNs = c.firstSeenNs;

    e.deploys = deployEvidence(store, members, config.deploys);
    e.users = usersAffected(store, members);
    e.deploysSource = deploysSource(e.deploys, e.service, config.deploys);
    if (index && index->entryCount() == store.size()) {
        const bool ranged = config.rangeToNs > config.rangeFromNs;
        const std::vector<quint64> compared =
            ranged ? entriesInTimeRange(store, members, config.rangeFromNs, config.rangeToNs)
                   : members;
        e.compared = compared.size();
        e.restEntries = store.size() - std::min<size_t>(store.size(), compared.size());
        if (ranged) {
            e.rangeFromNs = config.rangeFromNs;
            e.rangeToNs = config.rangeToNs;
        }
        e.differences = compareSelection(*index, compared, config.differences);
        e.errors = errorReporting(store, members, *index, config.project);
    }
    const QString revision = !e.deploys.startedWith.isEmpty() ? e.deploys.startedWith
                             : c.revisions.empty()            ? QString()
                                                              : c.revisions.front().name;
    e.deployedCommit = commitFor(members, index, config, revision);
    e.where = codeLink(clusterSource(store, set, cluster), e.service, config.code.mappings,
                       config.code.repoFor(e.service), e.deployedCommit);
    return e;
}

QString defaultCodeSettingsPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("code-settings.json"));
}

QString offlineEvidenceSections(const LogStore &store, const clustering::ClusterSet &set,
                                int cluster, int level)
{
    EvidenceConfig config;
    auto settings = CodeSettings::load(defaultCodeSettingsPath());
    if (settings)
        config.code = *settings;
    ClusterEvidence e = gatherEvidence(store, set, cluster, nullptr, config);
    if (!settings)
        e.notes << QStringLiteral("Code settings not used: ") + settings.error().toString();
    return evidenceSections(e, level);
}

QStringList offlineEvidenceSectionsForAll(const LogStore &store, const clustering::ClusterSet &set,
                                          int level)
{
    EvidenceConfig config;
    auto settings = CodeSettings::load(defaultCodeSettingsPath());
    if (settings)
        config.code = *settings;
    const std::vector<DeployEvidence> deploys = deployEvidenceForAll(store, set, config.deploys);
    QStringList out;
    for (size_t i = 0; i < set.clusters().size(); ++i) {
        const auto &c = set.clusters()[i];
        ClusterEvidence e;
        e.fingerprint = c.fingerprint;
        e.service = c.services.empty() ? QString() : c.services.front().name;
        e.entries = c.count;
        e.firstSeenNs = c.firstSeenNs;
        e.deploys = deploys[i];
        e.deploysSource = deploysSource(e.deploys, e.service, config.deploys);
        const QString revision = !e.deploys.startedWith.isEmpty() ? e.deploys.startedWith
                                 : c.revisions.empty()            ? QString()
                                                                  : c.revisions.front().name;
        e.deployedCommit = config.revisionCommits.value(revision);
        e.where = codeLink(clusterSource(store, set, int(i)), e.service, config.code.mappings,
                           config.code.repoFor(e.service), e.deployedCommit);
        if (!settings)
            e.notes << QStringLiteral("Code settings not used: ") + settings.error().toString();
        out << evidenceSections(e, level);
    }
    return out;
}

void addOwners(ClusterEvidence &evidence, const CodeOwners &owners, const QString &repo,
               const QString &ref)
{
    if (owners.path().isEmpty() || evidence.where.path.isEmpty())
        return;
    const auto m = owners.match(evidence.where.path);
    if (!m)
        return;
    OwnersEvidence o;
    o.file = owners.path();
    o.repo = repo;
    o.ref = ref;
    o.line = m->line;
    o.pattern = m->pattern;
    o.owners = m->owners;
    o.assignees = CodeOwners::assignees(m->owners);
    o.teams = CodeOwners::teams(m->owners);
    evidence.owners = o;
}

} // namespace gardener::evidence
