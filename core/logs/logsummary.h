#pragma once

#include "core/logs/logstore.h"

#include <QList>
#include <QString>

namespace gardener {

// The raw overview of a store: what `loggardener inspect` prints and the start page shows.
struct LogSummary
{
    struct Revision
    {
        QString service;
        QString revision;
        quint64 count = 0;
    };
    struct Service
    {
        QString name; // empty: entries without a service label
        quint64 count = 0;
    };

    quint64 entries = 0;
    SeverityCounts severities{};
    QList<Service> services;   // by count, descending, then name
    QList<Revision> revisions; // by service, then count descending
    qint64 firstNs = 0;        // 0 when there are no timed entries
    qint64 lastNs = 0;
};

// One pass over the columns; cheap enough for millions of entries. Any thread.
LogSummary summarize(const LogStore &store);

} // namespace gardener
