#include "core/worklog/worklogdata.h"

namespace gardener::worklog {

QString actionKindName(WorklogAction::Kind kind)
{
    switch (kind) {
    case WorklogAction::Kind::Created:
        return QStringLiteral("created");
    case WorklogAction::Kind::Updated:
        return QStringLiteral("updated");
    case WorklogAction::Kind::Reopened:
        return QStringLiteral("reopened");
    case WorklogAction::Kind::Linked:
        break;
    }
    return QStringLiteral("linked");
}

} // namespace gardener::worklog
