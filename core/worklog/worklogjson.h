#pragma once

#include "core/worklog/worklogdata.h"

#include <QJsonObject>

namespace gardener::worklog {

// The JSON form `loggardener worklog --format json` prints for one worklog. Keys of the
// command-line contract: generated (RFC 3339 UTC or null), service, clusters[] (title,
// severity, priority, count = smallest stated count or null, samples[]), actions[] (issue,
// kind, priority_change or null). Added keys: file, title, project, time_range, ...,
// category, count_lower_bound, count_phrase, counts, summary, distribution, unparsed,
// warnings. Empty strings become null. Pure function.
QJsonObject toJson(const WorklogData &data, const QString &file = QString());

} // namespace gardener::worklog
