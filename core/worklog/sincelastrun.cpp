#include "core/worklog/sincelastrun.h"

namespace gardener::worklog {

QString sinceLastRunSection(const WorklogData &data,
                            const std::function<QString(const QString &)> &redact)
{
    if (data.sinceLastRun.isEmpty())
        return {};
    QString out = QStringLiteral("\n## Since the Last Run\n\n");
    for (const QString &line : data.sinceLastRun)
        out += QStringLiteral("- ") + redact(line).replace(QLatin1Char('\n'), QLatin1Char(' ')) +
               QLatin1Char('\n');
    return out;
}

} // namespace gardener::worklog
