#pragma once

#include "core/worklog/worklogdata.h"

#include <functional>

namespace gardener::worklog {

// "## Since the Last Run" with one bullet per line of data.sinceLastRun (empty when there are
// none, e.g. on a first run). Text from log entries goes through `redact`.
QString sinceLastRunSection(const WorklogData &data,
                            const std::function<QString(const QString &)> &redact);

} // namespace gardener::worklog
