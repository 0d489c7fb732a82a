#pragma once

#include <QtGlobal>

namespace gardener {

// What one representative entry stands for: a row of a BigQuery analysis is one sample entry
// counting as the `count` entries it groups (Session::openWeighted, gcp::rowWeights).
struct EntryWeight
{
    quint64 count = 1;
    qint64 lastSeenNs = 0;
    quint64 users = 0; // distinct users, 0 when unknown
};

} // namespace gardener
