#pragma once

#include "core/util/error.h"

#include <QString>
#include <QStringList>

namespace gardener {

// A reference to one cluster that the desktop app opens and selects (docs/app.md, "Links to a
// cluster"): the export files it was read from (absolute paths, in order) or the bundled demo
// data, and the cluster's fingerprint, which stays the same for the same data.
//   loggardener://open?cluster=v1:3f2a…&file=/home/me/run-0912.json&file=/home/me/run-0913.json
//   loggardener://open?cluster=v1:3f2a…&demo=1
struct ClusterLink
{
    QStringList files;
    bool demo = false;
    QString fingerprint;

    QString toString() const;
    // What is wrong, naming the part, when `text` is not such a link.
    static Result<ClusterLink> parse(const QString &text);
    static bool looksLikeLink(const QString &text); // starts with "loggardener:"
};

} // namespace gardener
