#pragma once

#include "core/util/error.h"

#include <QString>
#include <optional>

// Cluster names kept per fingerprint, so a cluster keeps its name from run to run and a name
// the user edited is remembered. The table lives in the history database; it is created by
// HistoryStore::open through ensureClusterNameTable (its own statement, beside the numbered
// migrations, so it merges with any of them).

namespace gardener::history {

class HistoryStore;

struct ClusterName
{
    QString fingerprint;
    QString generated;    // the name the rules gave when the cluster was first named
    int rulesVersion = 0; // naming::NameRulesVersion of `generated`
    QString edited;       // the user's name, empty when never edited

    QString shown() const { return edited.isEmpty() ? generated : edited; }
};

// Creates the table when missing. `connection` is a QSqlDatabase connection name.
Result<void> ensureClusterNameTable(const QString &connection);

// Reads and writes the names of one open HistoryStore (same thread as the store).
class ClusterNames
{
public:
    explicit ClusterNames(const HistoryStore &store);

    Result<std::optional<ClusterName>> find(const QString &fingerprint) const;
    // Stores the rules' name (and version); an edited name is left as it is.
    Result<void> rememberGenerated(const QString &fingerprint, const QString &name,
                                   int rulesVersion);
    // The user's name for a cluster; an empty name forgets the edit (the rules' name shows again).
    Result<void> setEdited(const QString &fingerprint, const QString &name);

private:
    QString m_connection;
};

} // namespace gardener::history
