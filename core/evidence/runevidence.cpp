#include "core/evidence/runevidence.h"

#include "core/clustering/clusterset.h"
#include "core/evidence/attributeindex.h"
#include "core/evidence/codefetcher.h"
#include "core/util/waitfor.h"

#include <QDateTime>

namespace gardener::evidence {

namespace {

void askGitHub(CodeFetcher &fetcher, ClusterEvidence &e, const CodeRepo &repo, int days)
{
    const QDateTime firstSeen = QDateTime::fromMSecsSinceEpoch(e.firstSeenNs / 1'000'000, Qt::UTC);
    auto suspects = waitFor<Result<std::vector<SuspectCommit>>>(
        [&](auto done) { fetcher.suspectCommits(repo.repo, e.where.path, firstSeen, done); });
    if (suspects) {
        e.suspects = *suspects;
        e.suspectsSource =
            QStringLiteral("GitHub commits touching `%1` in the %2 days before first seen")
                .arg(e.where.path)
                .arg(days);
    } else {
        e.notes << QStringLiteral("Suspect commits not available: ") + suspects.error().what;
    }
    auto owners = waitFor<Result<CodeOwners>>(
        [&](auto done) { fetcher.codeOwners(repo.repo, e.where.ref, done); });
    if (owners)
        addOwners(e, *owners, repo.repo, e.where.ref);
    else
        e.notes << QStringLiteral("CODEOWNERS not available: ") + owners.error().what;
}

} // namespace

std::vector<ClusterEvidence> gatherRunEvidence(const LogStore &store,
                                               const clustering::ClusterSet &set,
                                               const RunEvidenceOptions &options)
{
    std::vector<ClusterEvidence> out(set.clusters().size());
    if (options.clusters.empty())
        return out;
    EvidenceConfig config;
    config.deploys = options.deploys;
    config.revisionCommits = options.revisionCommits;
    config.project = options.project;
    auto settings = CodeSettings::load(
        options.codeSettingsPath.isEmpty() ? defaultCodeSettingsPath() : options.codeSettingsPath);
    if (settings)
        config.code = *settings;
    const AttributeIndex index = AttributeIndex::build(store);
    std::unique_ptr<CodeFetcher> fetcher;
    if (options.github) {
        fetcher = std::make_unique<CodeFetcher>(options.github);
        fetcher->setOptions({options.suspectDays, 5});
    }
    for (int c : options.clusters) {
        if (c < 0 || size_t(c) >= out.size())
            continue;
        ClusterEvidence e = gatherEvidence(store, set, c, &index, config);
        if (!settings)
            e.notes << QStringLiteral("Code settings not used: ") + settings.error().toString();
        const CodeRepo repo = config.code.repoFor(e.service);
        if (fetcher && !repo.repo.isEmpty() && !e.where.path.isEmpty())
            askGitHub(*fetcher, e, repo, options.suspectDays);
        out[size_t(c)] = std::move(e);
    }
    return out;
}

} // namespace gardener::evidence
