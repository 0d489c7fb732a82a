#pragma once

#include "core/clustering/clusterset.h"
#include "core/naming/clustername.h"
#include "core/util/error.h"

#include <QStringList>

namespace gardener {
class LogStore;
}
namespace gardener::history {
class HistoryStore;
}
namespace gardener::redaction {
class Redactor;
}

namespace gardener::naming {

// The rules' view of one cluster: its templates with one real message each (from `store`,
// may be null), redacted by `redactor` (may be null) before any rule looks at them.
QList<TemplateFacts> templateFacts(const clustering::ClusterSet &set, int cluster,
                                   const LogStore *store,
                                   const redaction::Redactor *redactor = nullptr);

// A name for every cluster of `set` (same order). With `history` (may be null; same thread),
// a cluster keeps the name it was given in an earlier run, a user's edit wins, and new names
// are remembered. Every name is redacted on its full text before it is cut to length.
Result<QStringList> clusterNames(const clustering::ClusterSet &set, const LogStore *store,
                                 history::HistoryStore *history = nullptr);

// The set named by the rules alone (no history): for views of a set being worked on. The set
// records which store its names came from, so clusterNames() with that store keeps them.
clustering::ClusterSet namedByRules(const clustering::ClusterSet &set, const LogStore *store);

// The same set with other names (everything else shared by value); `ruleNamesStore` as in
// ClusterSet::Data, 0 for names that are not the rules' alone.
clustering::ClusterSet withNames(const clustering::ClusterSet &set, const QStringList &names,
                                 quint64 ruleNamesStore = 0);

} // namespace gardener::naming
