#pragma once

#include <QString>

class QPalette;

namespace gardener::evidence {
struct ClusterEvidence;
}

namespace gardener {

// The evidence sections of the cluster details view (Started with, Where, Suspect commits,
// Different in this cluster, Owners), each with where its evidence came from; sections without
// evidence are left out, so an empty string means nothing is known yet.
QString evidenceHtml(const evidence::ClusterEvidence &evidence, const QPalette &palette);

} // namespace gardener
