#pragma once

#include <QString>
#include <string_view>
#include <vector>

namespace gardener::clustering {

// Stable identities (docs/clustering.md, "Fingerprints"). They depend only on what a message
// says and where it was logged, never on input order, run, machine or app version; the "v1:"
// prefix changes if the rule ever does.
//
// Template fingerprint = "v1:" + first 16 hex digits of SHA-256 over
//     normalisedTemplate + '\x1f' + sourceFile + '\x1f' + function
// where normalisedTemplate has every placeholder written as "<*>", runs of placeholders
// collapsed into one, and tokens joined by single spaces (line numbers are left out: they move
// between revisions).
//
// Cluster fingerprint = the smallest (byte-wise) fingerprint among its member templates, so it
// stays the same as long as that template is in the cluster, whatever else joins.
inline constexpr const char *FingerprintVersion = "v1";

std::string normaliseTemplate(std::string_view templateText);
QString templateFingerprint(std::string_view templateText, std::string_view sourceFile,
                            std::string_view function);
QString clusterFingerprint(const std::vector<QString> &memberTemplateFingerprints);

} // namespace gardener::clustering
