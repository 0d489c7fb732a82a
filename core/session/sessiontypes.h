#pragma once

#include "core/logs/timelinedata.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace gardener {

// How far a load has come; posted to the UI thread a few times per second.
struct LoadProgress
{
    quint64 entries = 0;    // entries read into the store
    quint64 skipped = 0;    // entries that could not be read
    quint64 bytesRead = 0;  // input bytes consumed
    quint64 bytesTotal = 0; // input size, 0 when unknown
    int clusters = 0;       // clusters in the last snapshot
};

// Which entries the entries view and the selection timeline show.
struct EntryQuery
{
    QStringList clusters;     // cluster fingerprints; empty = every entry
    quint32 severityMask = 0; // bit i = keep severity i; 0 = any
    QString service;          // empty = any
    qint64 fromNs = 0;        // [fromNs, toNs); both 0 = any time
    qint64 toNs = 0;
    QString text; // case-insensitive substring of the message; empty = any

    bool isEverything() const
    {
        return clusters.isEmpty() && severityMask == 0 && service.isEmpty() && toNs <= fromNs &&
               text.isEmpty();
    }
};

struct EntryQueryResult
{
    quint64 job = 0;
    EntryQuery query;
    // Matching entry indices in store order; nullptr means "every entry" (no copy of 1M ids).
    std::shared_ptr<const std::vector<quint32>> rows;
    quint64 count = 0;
    TimelineData timeline; // the matches, bucketed like Session::timeline()
};

} // namespace gardener

Q_DECLARE_METATYPE(gardener::LoadProgress)
Q_DECLARE_METATYPE(gardener::EntryQueryResult)
